//! Helpers for the in-process tests: the guides they read, a reader's
//! state driven by actions and keys as the event loop would, and what it
//! draws into a test terminal.

pub mod draw;
pub mod driven;
pub mod guides;
pub mod kiosk;

use std::time::Instant;

use immunoguide::app::{Action, AppState, Screen, update};

pub use draw::{
    cells_text, draw, draw_with, draw_with_cursor, find, frame_problems, framed_text,
    is_hidden_char, marked_screen, screen,
};
pub use guides::{
    bilingual, builtin_guide, changed, example_files, example_guide, fixture_files, loaded,
    two_languages,
};

/// The documented example guide's welcome screen at `width`×`height`.
pub fn state(width: u16, height: u16) -> AppState {
    AppState::new(example_guide(), width, height)
}

pub fn act(state: &mut AppState, actions: &[Action]) {
    for action in actions {
        update(state, *action, Instant::now());
    }
}

/// The notice on the bottom line, in the words shown.
pub fn notice(state: &AppState) -> Option<String> {
    state
        .notice
        .as_ref()
        .map(|n| state.phrases().phrase(n).into_owned())
}

/// Opens a section by id in the reader, as following a link would.
pub fn open(state: &mut AppState, id: &str) {
    let index = state.guide.section_index(id).expect("section id exists");
    immunoguide::app::navigate::open_section(state, index, false);
    state.screen = Screen::Reader;
    state.prepare();
}
