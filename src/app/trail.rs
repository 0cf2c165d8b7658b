//! The sections a search found, kept so n and N can move through them
//! (see [`super::matches`]). Data only, so the app's state can hold it
//! without depending on the code that moves the reader.

use crate::search::{Hit, HitTarget};

/// The sections a search found, in the order of its results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trail {
    pub sections: Vec<usize>,
}

impl Trail {
    pub fn from_hits(hits: &[Hit]) -> Self {
        Self {
            sections: hits
                .iter()
                .filter_map(|hit| match hit.target {
                    HitTarget::Section(s) => Some(s),
                    HitTarget::Term(_) => None,
                })
                .collect(),
        }
    }

    /// "Match n of m" for a section on the trail.
    pub fn count(&self, section: usize) -> Option<(usize, usize)> {
        let at = self.sections.iter().position(|&s| s == section)?;
        Some((at + 1, self.sections.len()))
    }
}
