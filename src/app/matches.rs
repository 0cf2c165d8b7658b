//! n and N: from one place the search words appear to the next, through
//! the pages of a section and then the sections search found, best first,
//! as its results listed them. The bottom line says "Match 2 of 7" (the
//! section's place among them), and going past the last comes back to the
//! first, saying so.

use super::navigate::jump;
use super::state::AppState;
use crate::search::{self, Hit};

/// Said when n goes past the last match, or N past the first.
/// The notices when n or N goes round (message ids).
pub const WRAPPED_TO_FIRST: &str = "notice-wrapped-to-first";
pub const WRAPPED_TO_LAST: &str = "notice-wrapped-to-last";

// The trail is state; it is named here too, beside what moves along it.
pub use super::trail::Trail;

/// The words of the active search, to find on a line: each part is one
/// group (a phrase keeps its hyphens).
fn search_words(state: &AppState) -> Vec<String> {
    state
        .highlight
        .as_deref()
        .map(|q| q.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

fn line_matches(words: &[String], text: &str) -> bool {
    words.iter().any(|w| !search::find_in(text, w).is_empty())
}

/// Shows the page of the section being read that holds its first (or,
/// going back, its last) line with the search words.
fn show_match_in_section(state: &mut AppState, words: &[String], first: bool) {
    let layout = state.layout();
    let mut lines = layout.lines.iter().enumerate();
    let found = if first {
        lines.find(|(_, l)| line_matches(words, &l.text()))
    } else {
        lines.rev().find(|(_, l)| line_matches(words, &l.text()))
    };
    if let Some((line, _)) = found {
        state.position.top = layout.page_start_for(line, state.plan().page_height());
    }
}

/// n and N: the next or previous page, in this section or another, where
/// the search words appear.
pub fn next_match(state: &mut AppState, forward: bool) {
    let words = search_words(state);
    if words.is_empty() {
        state.tell("notice-search-first");
        return;
    }
    let layout = state.layout();
    let top = state.position.top;
    let h = layout.shown(top, state.plan().page_height());
    let here = if forward {
        layout
            .lines
            .iter()
            .enumerate()
            .skip(top + h)
            .find(|(_, l)| line_matches(&words, &l.text()))
    } else {
        layout
            .lines
            .iter()
            .enumerate()
            .take(top)
            .rev()
            .find(|(_, l)| line_matches(&words, &l.text()))
    };
    let trail = match state.trail.take() {
        Some(trail) => trail,
        None => {
            let query = state.highlight.clone().unwrap_or_default();
            Trail::from_hits(&state.index().search(&query, usize::MAX))
        }
    };
    let current = state.position.section;
    if let Some((line, _)) = here {
        state.position.top = layout.page_start_for(line, state.plan().page_height());
        state.match_count = trail.count(current);
        state.trail = Some(trail);
        return;
    }
    let count = trail.sections.len();
    if count == 0 {
        state.tell("notice-words-not-found");
        state.trail = Some(trail);
        return;
    }
    // Off the trail (reached from the contents, say), n starts at its first
    // section and N at its last.
    let at = trail.sections.iter().position(|&s| s == current);
    let next = match (at, forward) {
        (Some(i), true) if i + 1 < count => i + 1,
        (Some(_), true) => {
            state.tell(WRAPPED_TO_FIRST);
            0
        }
        (Some(0), false) => {
            state.tell(WRAPPED_TO_LAST);
            count - 1
        }
        (Some(i), false) => i - 1,
        (None, true) => 0,
        (None, false) => count - 1,
    };
    let section = trail.sections[next];
    if section != current {
        jump(state, section);
    }
    show_match_in_section(state, &words, forward);
    state.match_count = Some((next + 1, count));
    state.trail = Some(trail);
}

/// After a result is opened: its place among the sections found.
pub fn opened(state: &mut AppState, hits: &[Hit], section: usize) {
    let trail = Trail::from_hits(hits);
    state.match_count = trail.count(section);
    state.trail = Some(trail);
}
