//! Making guide text safe to put inside HTML and Markdown. Guide text is
//! written by people, and a `<` or `*` in it must come out as itself,
//! never as markup.

/// Text between tags: `&`, `<` and `>` become entities.
pub fn html_text(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
}

/// An attribute value in double quotes: quotes too.
pub fn html_attr(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// A web address shown as text: escaped, with places a line may break
/// (after a slash, before `?`, `&`, `=` and `#`), so a long address
/// wraps at a natural point instead of running off the page.
pub fn html_url_text(url: &str, out: &mut String) {
    for c in url.chars() {
        if matches!(c, '?' | '&' | '=' | '#') {
            out.push_str("<wbr />");
        }
        let mut one = [0u8; 4];
        html_text(c.encode_utf8(&mut one), out);
        if c == '/' {
            out.push_str("<wbr />");
        }
    }
}

/// A string inside CSS double quotes (`content: "Page "`), safe in a
/// `<style>` element: a `<` can never start `</style>`.
pub fn css_string(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            // A CSS escape is hex digits then a space.
            '\n' => out.push_str("\\A "),
            '<' => out.push_str("\\3C "),
            '>' => out.push_str("\\3E "),
            '&' => out.push_str("\\26 "),
            c if c.is_control() => {}
            _ => out.push(c),
        }
    }
}

/// Whether an address may be a link: only web pages, never a script or
/// a file on the reader's computer.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// Markdown inline text: every character Markdown could read as markup
/// is escaped with a backslash. Text that starts a line also needs
/// [`protect_line_start`].
pub fn markdown_text(text: &str, out: &mut String) {
    for (at, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            // Only an `&` that starts an entity (`&amp;`, `&#38;`) changes.
            '&' if starts_entity(&text[at + 1..]) => out.push_str("\\&"),
            _ => out.push(c),
        }
    }
}

/// Whether the text after an `&` would make it an entity: a name or a
/// `#` number, then `;`.
fn starts_entity(rest: &str) -> bool {
    let name = rest.strip_prefix('#').unwrap_or(rest);
    let len = name
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(name.len());
    len > 0 && name[len..].starts_with(';')
}

/// Escapes what would make the text at `start` a block of its own when it
/// begins a line: `#`, `-`, `+`, `=`, or a number followed by `.` or `)`.
pub fn protect_line_start(out: &mut String, start: usize) {
    let Some(rest) = out.get(start..) else {
        return;
    };
    let first = rest.chars().next();
    let needs = match first {
        Some('#' | '-' | '+' | '=') => Some(start),
        Some(c) if c.is_ascii_digit() => {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            // A list marker is the number, `.` or `)`, then a space.
            let after = &rest[digits..];
            let marker = after.starts_with(['.', ')'])
                && after[1..].chars().next().is_none_or(char::is_whitespace);
            marker.then_some(start + digits)
        }
        _ => None,
    };
    if let Some(at) = needs {
        out.insert(at, '\\');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markdown_line(text: &str, out: &mut String) {
        let start = out.len();
        markdown_text(text, out);
        protect_line_start(out, start);
    }

    fn run(f: fn(&str, &mut String), text: &str) -> String {
        let mut out = String::new();
        f(text, &mut out);
        out
    }

    #[test]
    fn html_special_characters_become_entities() {
        assert_eq!(
            run(html_text, "<script>a & b</script>"),
            "&lt;script&gt;a &amp; b&lt;/script&gt;"
        );
        assert_eq!(run(html_attr, "\"x' onload=1"), "&quot;x&#39; onload=1");
    }

    #[test]
    fn urls_break_after_slashes_and_are_escaped() {
        assert_eq!(
            run(html_url_text, "https://a.org/x?y=1&z"),
            "https:/<wbr />/<wbr />a.org/<wbr />x<wbr />?y<wbr />=1<wbr />&amp;z"
        );
        assert!(is_web_address("https://www.cancer.gov/x"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("file:///etc/passwd"));
        assert!(!is_web_address("https://a.org/\u{1b}]8"));
    }

    #[test]
    fn css_strings_cannot_close_the_style_element() {
        assert_eq!(run(css_string, "a\"</style>"), "a\\\"\\3C /style\\3E ");
    }

    #[test]
    fn markdown_markup_characters_are_escaped() {
        assert_eq!(
            run(markdown_text, "a *b* [c](d) x_y"),
            "a \\*b\\* \\[c\\](d) x\\_y"
        );
        assert_eq!(run(markdown_line, "# not a heading"), "\\# not a heading");
        assert_eq!(run(markdown_line, "- not a list"), "\\- not a list");
        assert_eq!(run(markdown_line, "2026. A year"), "2026\\. A year");
        assert_eq!(run(markdown_line, "38.3 °C"), "38.3 °C");
        assert_eq!(run(markdown_text, "# in a line"), "# in a line");
        assert_eq!(run(markdown_text, "AT&T &amp;"), "AT&T \\&amp;");
    }
}
