//! The parts of `immunoguide print` that only paper needs, as plain
//! text: the contents list, a section's sources with whole web addresses,
//! and the glossary. A web address is never broken across lines: a reader
//! types it from paper, and a break in the middle reads as two addresses.

use crate::content::Guide;
use crate::typeset::{Line, Tone};

use super::PaperWords;

/// A heading underlined with `rule`, as the rest of `print` writes them.
pub fn heading(title: &str, rule: char, width: u16, out: &mut String) {
    out.push_str(title);
    out.push('\n');
    let len = title.chars().count().min(usize::from(width.max(1)));
    out.extend(std::iter::repeat_n(rule, len));
    out.push('\n');
}

/// Every section to be printed, indented by its depth, then the glossary
/// if it follows.
pub fn contents(
    guide: &Guide,
    sections: &[usize],
    glossary: bool,
    words: &PaperWords,
    width: u16,
) -> String {
    let mut out = String::new();
    heading(&words.contents, '-', width, &mut out);
    out.push('\n');
    let top = sections
        .iter()
        .filter_map(|&i| guide.section(i))
        .map(|s| s.depth)
        .min()
        .unwrap_or(0);
    for section in sections.iter().filter_map(|&i| guide.section(i)) {
        let indent = "  ".repeat(section.depth.saturating_sub(top) + 1);
        wrap_into(
            &section.title,
            &indent,
            &format!("{indent}  "),
            width,
            &mut out,
        );
    }
    if glossary {
        wrap_into(&words.glossary, "  ", "    ", width, &mut out);
    }
    out.push('\n');
    out
}

/// The lines of a laid-out section up to its list of sources, which
/// [`sources`] writes for paper instead.
pub fn before_sources(lines: &[Line]) -> &[Line] {
    let is_meta =
        |line: &Line| !line.pieces.is_empty() && line.pieces.iter().all(|p| p.tone == Tone::Meta);
    let mut end = lines.len();
    // The sources are the Meta lines at the end (with the blank line
    // before them); the text above never uses that tone.
    while end > 0 && lines.get(end - 1).is_some_and(is_meta) {
        end -= 1;
    }
    if end < lines.len() {
        while end > 0 && lines.get(end - 1).is_some_and(|l| l.pieces.is_empty()) {
            end -= 1;
        }
    }
    lines.get(..end).unwrap_or_default()
}

/// A section's sources: each citation wrapped to the width, and its web
/// address whole on a line of its own.
pub fn sources(guide: &Guide, index: usize, words: &PaperWords, width: u16) -> String {
    let mut out = String::new();
    let Some(section) = guide.section(index) else {
        return out;
    };
    let cited: Vec<_> = section
        .sources
        .iter()
        .filter_map(|id| guide.source(id))
        .collect();
    if cited.is_empty() {
        return out;
    }
    out.push('\n');
    out.push_str(&words.sources);
    out.push('\n');
    for source in cited {
        let mut citation = format!("{}. {}", source.publisher, source.title);
        if let Some(year) = source.year {
            citation.push_str(&format!(" ({year})"));
        }
        citation.push('.');
        wrap_into(&citation, "- ", "  ", width, &mut out);
        if let Some(url) = &source.url {
            out.push_str("  ");
            out.push_str(url);
            out.push('\n');
        }
    }
    out
}

/// The glossary: each word, with its other names, and its meaning
/// indented under it.
pub fn glossary(guide: &Guide, terms: &[usize], words: &PaperWords, width: u16) -> String {
    let mut out = String::new();
    if terms.is_empty() {
        return out;
    }
    heading(&words.glossary, '=', width, &mut out);
    out.push('\n');
    for term in terms.iter().filter_map(|&i| guide.glossary.get(i)) {
        let mut name = term.term.clone();
        if !term.aliases.is_empty() {
            name.push_str(&format!(
                " ({}: {})",
                words.also_called.to_lowercase(),
                term.aliases.join(", ")
            ));
        }
        wrap_into(&name, "", "  ", width, &mut out);
        wrap_into(&term.definition, "    ", "    ", width, &mut out);
        out.push('\n');
    }
    out
}

/// Wraps `text` to `width` with a prefix on its first line and another on
/// the rest. A word longer than the line (a web address) is kept whole.
fn wrap_into(text: &str, first: &str, rest: &str, width: u16, out: &mut String) {
    let options = textwrap::Options::new(usize::from(width.max(1)))
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        // Lines break at spaces only: never after the slashes of an address.
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    for line in textwrap::wrap(text, options) {
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, tone: Tone) -> Line {
        Line::plain(text, tone)
    }

    #[test]
    fn the_sources_block_is_cut_off_the_end() {
        let lines = vec![
            line("Title", Tone::Title),
            Line::default(),
            line("Body", Tone::Body),
            Line::default(),
            line("Sources", Tone::Meta),
            line("- A source", Tone::Meta),
        ];
        let kept: Vec<String> = before_sources(&lines).iter().map(Line::text).collect();
        assert_eq!(kept, ["Title", "", "Body"]);
        // A section with no sources keeps everything.
        assert_eq!(before_sources(&lines[..3]).len(), 3);
    }

    #[test]
    fn long_words_are_never_broken() {
        let mut out = String::new();
        let url = "https://www.cancer.gov/about-cancer/treatment/types/immunotherapy";
        wrap_into(&format!("See {url} now"), "- ", "  ", 20, &mut out);
        assert!(out.lines().any(|l| l.trim() == url), "{out}");
        for line in out.lines().filter(|l| !l.contains(url)) {
            assert!(line.chars().count() <= 20, "{line:?}");
        }
    }
}
