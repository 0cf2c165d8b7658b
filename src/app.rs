//! The app: its state, the actions that change it, and the keys and clicks
//! that become actions. No drawing and no input or output here.

pub mod a_to_z;
pub mod action;
pub mod addresses;
pub mod bookmarks;
pub mod contents;
pub mod finding;
pub mod geometry;
pub mod glossary;
pub mod help;
pub mod hints;
pub mod history;
pub mod input;
pub mod kept;
pub mod keymap;
pub mod kiosk_mode;
pub mod kiosk_state;
pub mod linear;
pub mod links;
pub mod looks;
pub mod matches;
pub mod navigate;
pub mod overlay;
pub mod pages;
pub mod position;
pub mod reload;
pub mod search_box;
pub mod state;
pub mod symptoms;
pub mod touch;
pub mod trail;
pub mod update;
pub mod web_addresses;
pub mod welcome;
pub mod wheel;

pub use action::Action;
pub use state::{AppState, Focus, Screen};
pub use update::update;
