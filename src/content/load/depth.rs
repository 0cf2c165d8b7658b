//! Nesting too deep, and text that shows nothing: the two checks whose
//! messages must say exactly what is wrong, kept apart from the loader's
//! walk through the files.

use super::MAX_SECTION_DEPTH;

/// Whether a text shows anything: a character that takes room on the
/// screen. Zero-width spaces, joiners, format characters and combining
/// marks alone show nothing.
pub fn has_visible_char(text: &str) -> bool {
    use unicode_width::UnicodeWidthChar;
    text.chars()
        .any(|c| !c.is_whitespace() && c.width().is_some_and(|w| w > 0))
}

pub fn too_deep_message() -> String {
    format!(
        "Sections are nested too deeply here. A chapter may hold sections only {MAX_SECTION_DEPTH} levels deep; move this section up a level."
    )
}

/// A TOML error that is really nesting too deep: where, and what to say.
/// The TOML reader stops at deep nesting before the depth check could
/// run, so sections written as headers are found by their headers;
/// otherwise, past the reader's limit, sections written as inline tables
/// are told apart from any other value (lists in lists, tables in tables).
pub fn nested_too_deeply(text: &str, offset: usize, detail: &str) -> Option<(usize, String)> {
    if let Some(at) = first_too_deep_header(text) {
        return Some((at, too_deep_message()));
    }
    if !detail.contains("recurs") {
        return None;
    }
    let sections = text
        .get(..offset)
        .is_some_and(|before| before.matches("section").count() > MAX_SECTION_DEPTH);
    let message = if sections {
        too_deep_message()
    } else {
        "Values are nested too deeply here (lists or tables inside each other, many levels down). Write this value with fewer levels.".to_string()
    };
    Some((offset, message))
}

/// The offset of the first `[[section.section…]]` header nested deeper than
/// the cap, if any.
fn first_too_deep_header(text: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(header) = trimmed.strip_prefix("[[") {
            let name = header.split("]]").next().unwrap_or("");
            let depth = name
                .split('.')
                .filter(|part| part.trim() == "section")
                .count();
            if depth > MAX_SECTION_DEPTH {
                return Some(offset + (line.len() - trimmed.len()));
            }
        }
        offset += line.len();
    }
    None
}
