//! Asking the terminal for its background colour (OSC 11), so `auto`
//! can pick the dark or the light look. The question goes out once, after
//! the terminal is set up (raw mode, so an answer is never echoed on the
//! screen) and before the keyboard is read (so the answer is not taken for
//! keys). `terminal-colorsaurus` asks a second, well-known question after
//! it (the device attributes, DA1): a terminal that answers that one first
//! does not know the colour question, and is given up on at once. Only a
//! terminal that answers neither makes it wait, for [`WAIT`] at most; an
//! answer that comes later still is dropped by the key decoder
//! (`decode`), never read as keys.

use std::time::Duration;

use terminal_colorsaurus::{QueryOptions, background_color};

use crate::settings::Background;

/// How long the program waits for an answer before drawing in the dark
/// look. Terminals answer within milliseconds; this is for a slow remote
/// connection.
pub const WAIT: Duration = Duration::from_millis(500);

/// The terminal's background, or `None` when it did not say.
pub fn ask() -> Option<Background> {
    let mut options = QueryOptions::default();
    options.timeout = WAIT;
    let colour = background_color(options).ok()?;
    let (r, g, b) = colour.scale_to_8bit();
    Some(Background::of([r, g, b]))
}
