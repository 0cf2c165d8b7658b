//! What a handout holds, before it is written as HTML or Markdown: the
//! sections in reading order with their numbers ("5.2"), the sources as
//! numbered notes in the order they are first cited, and the glossary.
//! Both writers read this one plan, so they always say the same things.

use std::collections::HashMap;

use crate::content::{Guide, Section, Source, Term};
use crate::paper::{PaperWords, chosen_sections, chosen_terms, paper_words};

/// One section of the handout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub index: usize,
    /// "3" for a top-level entry, "3.2" for one inside it, and so on.
    pub number: String,
    /// 0 for a top-level entry of the handout, 1 inside it, and so on.
    pub level: usize,
    /// The numbers of the notes this section cites, in its own order.
    pub notes: Vec<usize>,
}

pub struct Handout<'g> {
    pub guide: &'g Guide,
    pub words: PaperWords,
    pub entries: Vec<Entry>,
    /// The numbered notes: note `n` is `notes[n - 1]`.
    pub notes: Vec<&'g Source>,
    pub glossary: Vec<&'g Term>,
    /// Where each section of the handout is in `entries`.
    by_section: HashMap<usize, usize>,
}

impl<'g> Handout<'g> {
    /// The handout for these section ids, or the whole guide for none.
    /// An unknown id is returned as the error.
    pub fn new(guide: &'g Guide, ids: &[String]) -> Result<Self, String> {
        let sections = chosen_sections(guide, ids)?;
        let whole = ids.is_empty();
        let mut entries: Vec<Entry> = Vec::with_capacity(sections.len());
        let mut by_section = HashMap::with_capacity(sections.len());
        let mut note_of: HashMap<&str, usize> = HashMap::new();
        let mut notes: Vec<&Source> = Vec::new();
        // Counters per level of the handout's own tree.
        let mut counters: Vec<usize> = Vec::new();
        for &index in &sections {
            let Some(section) = guide.section(index) else {
                continue;
            };
            let level = handout_level(guide, &by_section, &entries, section);
            counters.truncate(level + 1);
            counters.resize(level + 1, 0);
            if let Some(last) = counters.last_mut() {
                *last += 1;
            }
            let number = counters
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(".");
            let mut cited = Vec::new();
            for id in &section.sources {
                let Some(source) = guide.source(id) else {
                    continue;
                };
                let n = *note_of.entry(source.id.as_str()).or_insert_with(|| {
                    notes.push(source);
                    notes.len()
                });
                if !cited.contains(&n) {
                    cited.push(n);
                }
            }
            // In number order, as a reader looks them up.
            cited.sort_unstable();
            by_section.insert(index, entries.len());
            entries.push(Entry {
                index,
                number,
                level,
                notes: cited,
            });
        }
        let glossary = chosen_terms(guide, &sections, whole)
            .into_iter()
            .filter_map(|i| guide.glossary.get(i))
            .collect();
        Ok(Self {
            guide,
            words: paper_words(guide),
            entries,
            notes,
            glossary,
            by_section,
        })
    }

    pub fn section(&self, entry: &Entry) -> Option<&'g Section> {
        self.guide.section(entry.index)
    }

    /// Where a link to a section id leads in the handout: its entry, if
    /// the section is in it.
    pub fn target(&self, id: &str) -> Option<&Entry> {
        let index = self.guide.section_index(id)?;
        self.by_section
            .get(&index)
            .and_then(|&at| self.entries.get(at))
    }
}

/// A section's level in the handout: one below the nearest ancestor that
/// is in it (read earlier, so already in `entries`), or the top for a
/// section chosen on its own.
fn handout_level(
    guide: &Guide,
    by_section: &HashMap<usize, usize>,
    entries: &[Entry],
    section: &Section,
) -> usize {
    let mut at = section.parent;
    // Bounded by the depth cap; the guard only protects against a
    // malformed tree built by hand.
    for _ in 0..64 {
        let Some(parent) = at else {
            break;
        };
        if let Some(entry) = by_section.get(&parent).and_then(|&i| entries.get(i)) {
            return entry.level + 1;
        }
        at = guide.section(parent).and_then(|s| s.parent);
    }
    0
}

/// Fragment identifiers used by both writers, so a link in one place
/// always finds its target.
pub fn section_anchor(id: &str) -> String {
    format!("s-{id}")
}

pub fn note_anchor(n: usize) -> String {
    format!("note-{n}")
}

pub fn term_anchor(id: &str) -> String {
    format!("term-{id}")
}
