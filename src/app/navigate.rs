//! Moving the reader to a section: the one step every way of getting
//! somewhere ends in (the contents, a link, a search result, a bookmark,
//! the next page at a section's end), and back and forward through the
//! places visited.

use std::sync::Arc;

use super::position::Position;
use super::state::{AppState, Focus, Screen};

/// Opens a section at its first page (or last, going backwards) and shows
/// it selected in the contents.
pub fn open_section(state: &mut AppState, section: usize, at_end: bool) {
    let guide = Arc::clone(&state.guide);
    if guide.section(section).is_none() {
        return;
    }
    state.position.section = section;
    state.position.top = 0;
    if at_end {
        let layout = state.layout();
        state.position.top = layout.last_page(state.plan().page_height());
    }
    state.contents.select(&guide, section);
}

/// A jump to another section that Back can undo; from the welcome screen
/// (a search or the symptom list opened there), into the reader.
pub fn jump(state: &mut AppState, section: usize) {
    state.screen = Screen::Reader;
    state.history.leave(state.position);
    open_section(state, section, false);
    state.focus = Focus::Reader;
}

fn go_to(state: &mut AppState, to: Position) {
    let guide = Arc::clone(&state.guide);
    if guide.section(to.section).is_none() {
        return;
    }
    state.position = to;
    state.contents.select(&guide, to.section);
}

pub fn back(state: &mut AppState) {
    match state.history.back(state.position) {
        Some(to) => go_to(state, to),
        None => state.tell("notice-nowhere-back"),
    }
}

pub fn forward(state: &mut AppState) {
    match state.history.forward(state.position) {
        Some(to) => go_to(state, to),
        None => state.tell("notice-nowhere-forward"),
    }
}
