//! The linear mode (`--plain`), for screen readers and magnifiers: its
//! words, and the parts of its bottom line. The screen is one column read
//! top to bottom (see `ScreenAreas::linear`): the section's path as a line
//! of text at the top, the page, and one line at the bottom that says
//! which page this is, then any message, then the key hints. Drawing and
//! clicks both use [`status_lead`], so a click lands on the hint drawn.

use unicode_width::UnicodeWidthStr;

use super::keymap::KeyContext;
use super::state::AppState;

/// Between the titles of the section's path: read aloud as "greater
/// than" at most, where "›" is read as its long Unicode name.
pub const PATH_BETWEEN: &str = " > ";

/// The title of the contents screen (a message id, `crate::phrases`).
pub const CONTENTS_TITLE: &str = "contents-title";

/// Columns the hints need before the review date is worth a place on the
/// bottom line: at least Help, Search and Contents.
const ROOM_FOR_HINTS: usize = 32;

/// The section's path: "Types of immunotherapy > CAR T-cell therapy".
pub fn path(state: &AppState) -> String {
    path_of(state, state.position.section)
}

/// Any section's path, as the mode shows paths: with "›" between titles,
/// or " > " in the linear mode.
pub fn path_of(state: &AppState, section: usize) -> String {
    let between = if state.linear() {
        PATH_BETWEEN
    } else {
        " › "
    };
    state.guide.breadcrumb(section).join(between)
}

/// "Page 2 of 5." and, when `review` is asked for, "Reviewed 4 December
/// 2026." after it.
pub fn page_words(state: &AppState, review: bool) -> String {
    let (page, pages) = state.page();
    let words = state.phrases();
    let reviewed = state
        .guide
        .section(state.position.section)
        .map(|s| s.reviewed.long(words));
    let (page, pages) = (("page", page.into()), ("pages", pages.into()));
    match reviewed {
        Some(date) if review => words.with(
            "linear-page-reviewed",
            &[page, pages, ("date", date.into())],
        ),
        _ => words.with("linear-page", &[page, pages]),
    }
    .into_owned()
}

/// What the bottom line says before its hints, in the linear mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusLead {
    /// Which page of the section is shown, while reading it.
    pub page: Option<String>,
    /// The notice or "Match 2 of 7".
    pub message: Option<String>,
    /// The column the hints start at: after both, and a gap.
    pub hints_from: u16,
}

/// The bottom line's lead, or `None` outside the linear mode (and in a
/// kiosk, whose touch bar takes the bottom rows).
pub fn status_lead(state: &AppState, width: u16) -> Option<StatusLead> {
    if !state.linear() || state.kiosk.is_some() {
        return None;
    }
    let reading = state.key_context() == KeyContext::Reader;
    let message = state.status_message().map(|m| m.into_owned());
    let lead_width = |page: &Option<String>| {
        let parts = [page.as_deref(), message.as_deref()];
        let words: usize = parts.iter().flatten().map(|p| p.width() + 1).sum();
        // From the second column, where the page's text starts too, and
        // two spaces before the hints, so the last word is not read
        // together with the first key.
        if words == 0 { 0 } else { 1 + words + 1 }
    };
    let page = reading.then(|| {
        let long = Some(page_words(state, true));
        if lead_width(&long) + ROOM_FOR_HINTS <= usize::from(width) {
            page_words(state, true)
        } else {
            page_words(state, false)
        }
    });
    // The message matters more than the page number: when both do not
    // fit, the message is shown whole.
    let fits = message.is_none() || lead_width(&page) <= usize::from(width);
    let page = page.filter(|_| fits);
    let hints_from = u16::try_from(lead_width(&page)).unwrap_or(u16::MAX);
    Some(StatusLead {
        page,
        message,
        hints_from,
    })
}
