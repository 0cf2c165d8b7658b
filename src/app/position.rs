//! Two ways of saying where in the guide a person is.
//!
//! A [`Position`] is what the screen shows now: a section by its number
//! and the first line of it on screen. It is exact but holds only for
//! this guide laid out at this width. A [`Place`] is what is kept for
//! later (resume, bookmarks): a section by its id and the first word on
//! the page, so it still finds the same text at another window size or
//! in a new version of the guide.

use serde::{Deserialize, Serialize};

/// Where the reader is: a section, and the first line shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub section: usize,
    pub top: usize,
}

/// A place in the guide that outlasts the window and the guide's version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The section's id.
    pub section: String,
    /// Its title when the place was kept, shown until the guide is read.
    pub title: String,
    /// The first word on the page, counted from the start of the section.
    #[serde(default)]
    pub word: usize,
}
