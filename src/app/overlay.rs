//! What can open over the reader: the search box with its results, the
//! glossary list, and a word's definition.

use crate::search::Hit;

/// The most results kept for one query: more than a person reads, few
/// enough to draw at once.
pub const MAX_RESULTS: usize = 200;

#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Search(SearchBox),
    Glossary(GlossaryList),
    Definition(Definition),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchBox {
    pub query: String,
    pub hits: Vec<Hit>,
    pub selected: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GlossaryList {
    pub filter: String,
    /// Glossary indexes that pass the filter, A to Z.
    pub shown: Vec<usize>,
    pub selected: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub term: usize,
    /// The "see also" entry chosen with Tab, if any.
    pub selected: Option<usize>,
    /// Opened from the glossary list: Esc goes back to it.
    pub from_list: Option<GlossaryList>,
}
