//! The real program, as a person, a clinic's staff or a script runs it:
//! in a pseudo-terminal (keys, clicks, signals, resizes, the terminal put
//! back on every way out) or with its output piped. What can be tested
//! in-process is in tests/it, which is quicker.

// A test stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]
#![cfg(unix)]

#[path = "../shared/mod.rs"]
mod shared;
mod support;

mod background;
mod browsing;
mod colours;
mod command_line;
mod hyperlinks;
mod kiosk;
mod kiosk_settings;
mod kiosk_staff;
mod languages;
mod paper;
mod places;
mod plain;
mod restore;
mod screen_words;
