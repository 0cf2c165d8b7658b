//! A reader in kiosk mode, in-process: the staff PIN hashed once for all
//! tests, and terminal events fed the way the event loop feeds them.

use std::sync::{Arc, OnceLock};
use std::time::Instant;

use immunoguide::app::kiosk_mode::{KioskMode, kiosk_action};
use immunoguide::app::{AppState, update};
use immunoguide::kiosk::config::KioskConfig;
use immunoguide::kiosk::pin::hash_pin;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

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
