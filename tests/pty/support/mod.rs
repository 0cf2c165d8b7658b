//! Helpers for the tests of the real program in a pseudo-terminal: the
//! terminal driver, the checks that the terminal was put back, reading
//! the bytes written, a kiosk set up as a clinic would, and the shipped
//! guide's outline to compare with.

pub mod kiosk;
pub mod outline;
pub mod output;
pub mod restored;
pub mod terminal;

pub use outline::{Section, guide_sections, headings};
pub use output::{colours_in, escaped_tail, sgr_sequences};
pub use restored::{
    DISABLE_MOUSE, ENABLE_MOUSE_BASIC, ENTER_ALTERNATE_SCREEN, LEAVE_ALTERNATE_SCREEN, SHOW_CURSOR,
};
pub use terminal::{
    Answers, DOWN, ENTER, ESC, PAGE_DOWN, SIGHUP, SIGINT, SIGTERM, Tui, UP, example, timeout,
};
