//! The guide in the languages not on screen, ready to switch to: each with
//! its glossary-word finder already made, and its search index made on its
//! first search, as the shown guide's is. A switch swaps one of these with
//! the guide shown, so it costs no loading at all.

use std::sync::{Arc, OnceLock};

use super::links::TermFinder;
use crate::content::Guide;
use crate::language::Language;
use crate::search::SearchIndex;

/// The guide in one language, with what the reader makes from it.
#[derive(Debug, Clone)]
pub struct Edition {
    pub language: Language,
    pub guide: Arc<Guide>,
    pub index: Arc<OnceLock<SearchIndex>>,
    pub terms: Arc<TermFinder>,
}

impl Edition {
    /// The guide in `language`, its glossary words found. Made where the
    /// guide is loaded (a thread of its own at start), not on a key.
    pub fn new(language: Language, guide: Arc<Guide>) -> Self {
        Self {
            language,
            terms: Arc::new(TermFinder::new(&guide)),
            guide,
            index: Arc::default(),
        }
    }
}
