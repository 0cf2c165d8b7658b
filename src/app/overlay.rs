//! What can open over the reader: the search box with its results, the
//! glossary list, a word's definition, the symptom list, and the A to Z
//! chooser between those two lists.

use super::action::Action;
use crate::search::Hit;

/// The most results kept for one query: more than a person reads, few
/// enough to draw at once.
pub const MAX_RESULTS: usize = 200;

#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Search(SearchBox),
    Glossary(GlossaryList),
    Definition(Definition),
    Symptoms(SymptomList),
    AToZ(AToZList),
}

/// Something the search box offers besides its results: shown above them,
/// chosen with Tab or the arrows, opened with Enter or a click.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offer {
    /// "Did you mean nivolumab?": searches for it.
    Suggestion(String),
    /// Opens the symptom list.
    Symptoms,
    /// Opens the glossary.
    Glossary,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchBox {
    pub query: String,
    pub hits: Vec<Hit>,
    pub offers: Vec<Offer>,
    /// An index into the offers, then the hits, as one list.
    pub selected: usize,
    /// See [`browsing_after`].
    pub browsing: bool,
}

impl SearchBox {
    /// The chosen result, if a result (not an offer) is chosen.
    pub fn selected_hit(&self) -> Option<usize> {
        self.selected.checked_sub(self.offers.len())
    }

    /// Offers and results together.
    pub fn choices(&self) -> usize {
        self.offers.len() + self.hits.len()
    }
}

/// Why a glossary term is listed for the letters typed, in the order the
/// list shows them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Why {
    /// No letters typed: every term, A to Z.
    All,
    /// The term starts with the letters.
    Starts,
    /// The term holds the letters further in.
    Contains,
    /// One of its other names (this one) holds the letters.
    Alias(String),
}

/// One term shown in the glossary list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// An index into `guide.glossary`.
    pub term: usize,
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GlossaryList {
    pub filter: String,
    /// Terms that pass the filter: those starting with it, then those
    /// holding it, then those with an alias holding it, each A to Z.
    pub shown: Vec<Shown>,
    pub selected: usize,
    /// See [`browsing_after`].
    pub browsing: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub term: usize,
    /// The "see also" entry chosen with Tab, if any.
    pub selected: Option<usize>,
    /// Opened from the glossary list: Esc goes back to it.
    pub from_list: Option<GlossaryList>,
}

/// The symptom list: symptoms in everyday words, A to Z, narrowed by
/// letters typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SymptomList {
    pub filter: String,
    /// Indexes into `guide.symptoms` that pass the filter.
    pub shown: Vec<usize>,
    pub selected: usize,
    /// See [`browsing_after`].
    pub browsing: bool,
}

/// Whether the person is moving through a list's entries (true after
/// the arrows, Tab or the wheel) rather than typing in its field (false
/// after a letter or Backspace). The terminal's cursor follows: on the
/// chosen entry, or after the letters typed, so a screen reader reads
/// what the person is at.
pub fn browsing_after(action: Action, was: bool) -> bool {
    match action {
        Action::Type(_) | Action::Erase => false,
        Action::Down
        | Action::Up
        | Action::NextPage
        | Action::PreviousPage
        | Action::NextMark
        | Action::PreviousMark
        | Action::First
        | Action::Last => true,
        _ => was,
    }
}

/// The A to Z chooser: which of its lists is chosen (an index into
/// `a_to_z::LISTS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AToZList {
    pub selected: usize,
}
