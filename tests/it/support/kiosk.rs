//! A reader in kiosk mode, in-process: the staff PIN hashed once for all
//! tests, and terminal events fed the way the event loop feeds them.

use std::sync::{Arc, OnceLock};
use std::time::Instant;

use immunoguide::app::kiosk_mode::{KioskMode, kiosk_action};
use immunoguide::app::{AppState, update};
use immunoguide::kiosk::config::KioskConfig;
use immunoguide::kiosk::pin::hash_pin;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::draw::{draw, row_text};

pub use crate::shared::kiosk::{PIN, PUBLIC_KEYS, STAFF_KEYS};

/// [`PIN`]'s hash, made once: hashing is deliberately slow.
pub fn pin_hash() -> String {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| hash_pin(PIN).expect("hash the test PIN"))
        .clone()
}

/// The default kiosk settings with [`PIN`] as the staff PIN.
pub fn with_pin() -> KioskConfig {
    KioskConfig {
        pin_hash: Some(pin_hash()),
        ..KioskConfig::default()
    }
}

/// `state` turned into a kiosk with `config`, started at `start`.
pub fn into_kiosk(mut state: AppState, config: KioskConfig, start: Instant) -> AppState {
    state.kiosk = Some(KioskMode::new(Arc::new(config), start));
    state.prepare();
    state
}

pub fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

/// Feeds a terminal event the way the event loop does.
pub fn press(state: &mut AppState, event: &Event, now: Instant) {
    if let Some(action) = kiosk_action(event, state) {
        update(state, action, now);
    }
}

/// A mouse event at a cell, as a terminal reports a tap or the wheel.
pub fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

/// A tap (a left click) at a cell, fed as the event loop feeds it.
pub fn tap(state: &mut AppState, column: u16, row: u16) {
    let event = mouse(MouseEventKind::Down(MouseButton::Left), column, row);
    press(state, &event, Instant::now());
}

/// The mouse wheel (or a swipe) over a cell.
pub fn wheel(state: &mut AppState, down: bool, column: u16, row: u16) {
    let kind = if down {
        MouseEventKind::ScrollDown
    } else {
        MouseEventKind::ScrollUp
    };
    press(state, &mouse(kind, column, row), Instant::now());
}

/// Where `text` is shown, looking from the bottom row up (the touch bar
/// is at the bottom): its first column and its row.
pub fn shown_at(state: &AppState, text: &str) -> Option<(u16, u16)> {
    let buffer = draw(state);
    (0..buffer.area.height).rev().find_map(|y| {
        let row = row_text(&buffer, y);
        row.find(text)
            .map(|at| (u16::try_from(row[..at].chars().count()).unwrap_or(0), y))
    })
}

/// Taps the middle of `text` where it is shown, as a visitor would tap a
/// button by its label.
pub fn tap_on(state: &mut AppState, text: &str) {
    let Some((x, y)) = shown_at(state, text) else {
        panic!(
            "{text:?} is not on the screen:\n{}",
            super::draw::buffer_text(&draw(state))
        );
    };
    let middle = u16::try_from(text.chars().count() / 2).unwrap_or(0);
    tap(state, x + middle, y);
}
