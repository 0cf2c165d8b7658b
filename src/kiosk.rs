//! Kiosk mode: the guide running unattended on a clinic waiting-room screen
//! for weeks, where anyone may press anything.
//!
//! This module holds the parts that do not touch the terminal:
//!
//! - [`config`]: the kiosk settings file (`--config FILE`), read with every
//!   mistake reported at its file:line:column in a plain sentence.
//! - [`key_chord`]: the staff key chords ([`key_chord::KeyChord`]), written
//!   like `ctrl+alt+s`.
//! - [`pin`]: the staff PIN, stored only as an argon2 hash, and the
//!   [`pin::PinGate`] that locks the PIN prompt for a minute after three
//!   wrong tries. Time is passed in, so nothing here reads a clock.
//!
//! `docs/kiosk.md` describes kiosk mode for the people who run it.

pub mod config;
pub mod key_chord;
pub mod pin;
