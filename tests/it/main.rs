//! The library tested in-process: the loader and the guide's content, the
//! reader's screens and flows, kiosk mode and the event loop driven with a
//! test backend and a scripted clock, the watcher on real folders, and
//! random input. One test program, so the whole crate is linked once;
//! the real program in a terminal is tested in tests/pty.

// A test stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]

#[path = "../shared/mod.rs"]
mod shared;
mod support;

mod bookmarks;
mod citations;
mod content;
mod contrast;
mod cursor;
mod emergency;
mod event_loop;
mod finding;
mod flows;
mod handout;
mod help_and_hints;
mod hostile;
#[cfg(unix)]
mod install_files;
mod kiosk;
mod kiosk_loop;
mod language_kiosk;
mod language_switch;
mod languages;
mod linear;
mod links;
mod loader;
mod properties;
mod reading;
mod screens;
mod spanish;
mod spanish_search;
mod symptoms;
mod theme;
mod touch;
mod watch;
