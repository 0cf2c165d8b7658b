//! immunoguide: a calm, plain-language guide to cancer immunotherapy for
//! patients and families, shown as a paged reader in the terminal.

pub mod app;
pub mod check;
pub mod cli;
pub mod console;
pub mod content;
pub mod contrast;
pub mod event_loop;
pub mod export;
pub mod install_files;
pub mod kiosk;
pub mod language;
pub mod message;
pub mod opening;
pub mod paper;
pub mod phrases;
pub mod pin_entry;
pub mod places;
pub mod print;
pub mod report;
pub mod search;
pub mod session;
pub mod settings;
pub mod staff_log;
pub mod terminal;
pub mod typeset;
pub mod ui;
pub mod watch;
