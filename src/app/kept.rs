//! What a person keeps: their place and bookmarks as saved between runs
//! ([`Saved`]), and while the guide is open ([`Reading`]: the offer to
//! continue, the bookmark list). Data only; what the keys do with it is
//! in [`super::bookmarks`], and the places file reads and writes it.

use serde::{Deserialize, Serialize};

use super::position::Place;
use crate::content::Guide;

/// Enough for any reader; a bound keeps the file and the list small.
pub const MAX_BOOKMARKS: usize = 50;

/// What is kept between runs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Saved {
    /// Where the reader was when the guide last closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<Place>,
    #[serde(default, rename = "bookmark")]
    pub bookmarks: Vec<Place>,
}

/// The two ways into the guide when a place was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Choice {
    #[default]
    Continue,
    FromStart,
}

/// Resume and bookmarks for a person at their own terminal.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The place to continue from, until the person starts reading.
    pub resume: Option<Place>,
    pub choice: Choice,
    pub bookmarks: Vec<Place>,
    /// The bookmark list, when it is open: the entry chosen.
    pub list: Option<usize>,
    /// Bookmarks changed and are not saved yet.
    pub changed: bool,
}

impl Reading {
    pub fn new(saved: Saved) -> Self {
        let mut bookmarks = saved.bookmarks;
        bookmarks.truncate(MAX_BOOKMARKS);
        Self {
            resume: saved.last,
            bookmarks,
            ..Self::default()
        }
    }

    /// Whether the bookmark list is open.
    pub fn list_open(&self) -> bool {
        self.list.is_some()
    }

    /// Titles in the words of `guide` (the guide now shown in another
    /// language): a place whose section it lacks keeps its old title and
    /// is never dropped, as the section is still there in the language it
    /// was kept in.
    pub fn retitle(&mut self, guide: &Guide) {
        let places = self.resume.iter_mut().chain(self.bookmarks.iter_mut());
        for place in places {
            if let Some(section) = guide
                .section_index(&place.section)
                .and_then(|i| guide.section(i))
            {
                place.title.clone_from(&section.title);
            }
        }
    }

    /// Once the whole guide is in: places whose section is gone are
    /// dropped, and titles are brought up to date. The note to show when
    /// a place was dropped (a message id).
    pub fn settle(&mut self, guide: &Guide) -> Option<&'static str> {
        self.settle_among(guide, &[])
    }

    /// As [`Reading::settle`], with the guide in its other languages as
    /// well: a place whose section is only in another language (a
    /// translation not finished yet) is kept, under its title there.
    pub fn settle_among(&mut self, guide: &Guide, others: &[&Guide]) -> Option<&'static str> {
        if guide.sections.is_empty() {
            return None;
        }
        let mut lost = false;
        let mut refresh = |place: &mut Place| {
            let found = std::iter::once(guide)
                .chain(others.iter().copied())
                .find_map(|g| g.section_index(&place.section).and_then(|i| g.section(i)));
            match found {
                Some(section) => {
                    place.title.clone_from(&section.title);
                    true
                }
                None => {
                    lost = true;
                    false
                }
            }
        };
        if let Some(place) = self.resume.as_mut()
            && !refresh(place)
        {
            self.resume = None;
        }
        let before = self.bookmarks.len();
        self.bookmarks.retain_mut(|place| refresh(place));
        self.changed |= self.bookmarks.len() != before;
        lost.then_some("notice-kept-page-gone")
    }
}
