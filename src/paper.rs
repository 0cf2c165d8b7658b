//! What goes on paper, shared by `print` and `export`: the sections
//! chosen (each with the sections inside it), without those that are only
//! about using the guide on a screen, and the glossary words they use.

pub mod text;
pub mod words;

use crate::content::Guide;
use crate::content::lint::contains_word;

pub use words::{PaperWords, paper_words};

/// The sections to put on paper, in reading order. With no ids, the
/// whole guide; otherwise each named section with everything inside it,
/// each once. A section marked `screen_only` is left out unless it was
/// named itself. An unknown id is returned as the error.
pub fn chosen_sections(guide: &Guide, ids: &[String]) -> Result<Vec<usize>, String> {
    let mut roots = Vec::new();
    for id in ids {
        match guide.section_index(id) {
            Some(index) => roots.push(index),
            None => return Err(id.clone()),
        }
    }
    let mut keep = vec![false; guide.sections.len()];
    if roots.is_empty() {
        for (index, slot) in keep.iter_mut().enumerate() {
            *slot = !guide.is_screen_only(index);
        }
        return Ok(picked(&keep));
    }
    for &root in &roots {
        let end = guide.section(root).map_or(root + 1, |s| s.subtree_end);
        // The named section itself is what the person asked for; parts
        // inside it marked `screen_only` still stay off paper.
        for index in root..end {
            if let Some(slot) = keep.get_mut(index) {
                *slot |= index == root || !guide.screen_only_from(root + 1, index);
            }
        }
    }
    Ok(picked(&keep))
}

fn picked(keep: &[bool]) -> Vec<usize> {
    keep.iter()
        .enumerate()
        .filter(|(_, k)| **k)
        .map(|(i, _)| i)
        .collect()
}

/// The glossary entries to print with these sections, A to Z: all of
/// them for the whole guide, otherwise those whose word (or another name
/// for it) appears in the chosen text, so a short handout carries a short
/// glossary.
pub fn chosen_terms(guide: &Guide, sections: &[usize], whole: bool) -> Vec<usize> {
    if whole {
        return (0..guide.glossary.len()).collect();
    }
    let text: String = sections
        .iter()
        .filter_map(|&i| guide.section(i))
        .flat_map(|s| {
            std::iter::once(s.title.to_lowercase())
                .chain(s.summary.iter().map(|x| x.to_lowercase()))
                .chain(s.body.spans().map(|span| span.text.to_lowercase()))
        })
        .collect::<Vec<_>>()
        .join(" ");
    guide
        .glossary
        .iter()
        .enumerate()
        .filter(|(_, term)| {
            std::iter::once(&term.term)
                .chain(term.aliases.iter())
                .any(|name| contains_word(&text, &name.to_lowercase()))
        })
        .map(|(i, _)| i)
        .collect()
}
