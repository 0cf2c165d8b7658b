//! Proof that the program put the terminal back as it found it, read
//! from the bytes it wrote and from the emulated screen: every mode it
//! switched on is off again, the main screen is back with a visible
//! cursor, no mouse reporting, no bracketed paste, and raw mode is off;
//! or, for a program that refuses to start, never changed at all.

use super::output::{escaped_tail, strip_escapes};
use super::terminal::Tui;
use crate::shared::words;

/// What the program sends to leave or enter the alternate screen, to
/// show the cursor, and crossterm's `DisableMouseCapture` (one sequence
/// per mouse mode it turned on, `?1000l` last).
pub const LEAVE_ALTERNATE_SCREEN: &str = "\x1b[?1049l";
pub const ENTER_ALTERNATE_SCREEN: &str = "\x1b[?1049h";
pub const SHOW_CURSOR: &str = "\x1b[?25h";
pub const DISABLE_MOUSE: &str = "\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l";
pub const ENABLE_MOUSE_BASIC: &str = "\x1b[?1000h";

/// Every mode the program may switch on, with the sequence that switches
/// it off again.
const MODES: &[(&str, &str)] = &[
    ("\x1b[?1049h", "\x1b[?1049l"),
    ("\x1b[?25l", "\x1b[?25h"),
    ("\x1b[?2004h", "\x1b[?2004l"),
    ("\x1b[?1000h", "\x1b[?1000l"),
    ("\x1b[?1002h", "\x1b[?1002l"),
    ("\x1b[?1003h", "\x1b[?1003l"),
    ("\x1b[?1006h", "\x1b[?1006l"),
    ("\x1b[?1015h", "\x1b[?1015l"),
];

/// Every mode switched on in `text` is switched off again after the last
/// time it was switched on.
fn assert_modes_switched_off(text: &str, context: &dyn Fn() -> String) {
    for (on, off) in MODES {
        if let Some(on_at) = text.rfind(on) {
            assert!(
                text.rfind(off).is_some_and(|off_at| off_at > on_at),
                "{on:?} was switched on but not off again afterwards\n{}",
                context()
            );
        }
    }
}

impl Tui {
    /// Starts `immunoguide ARGS`, which must refuse to start: it exits
    /// with `code` before any drawing, writing no escape sequence and
    /// leaving the terminal's settings alone. Returns what it printed.
    pub fn refused(args: &[&str], code: u32) -> String {
        let mut tui = Tui::spawn(args, 80, 24);
        tui.expect_exit(code);
        let raw = String::from_utf8_lossy(&tui.raw()).to_string();
        assert!(
            !raw.contains('\x1b'),
            "wrote escape sequences to the terminal: {}\n{}",
            escaped_tail(raw.as_bytes(), 300),
            tui.describe()
        );
        tui.assert_termios_unchanged();
        raw
    }

    /// Asserts that the program left the terminal as it found it: every
    /// mode it switched on is switched off again after the last time it
    /// was switched on, the output ends with those sequences (no drawing
    /// after them), the emulated screen is back on the main screen with a
    /// visible cursor and no mouse reporting, and raw mode is off.
    pub fn assert_restored(&self) {
        let raw = self.raw();
        let text = String::from_utf8_lossy(&raw);
        let context = || {
            format!(
                "{}\n\nlast output bytes: {}",
                self.describe(),
                escaped_tail(&raw, 400)
            )
        };
        assert_modes_switched_off(&text, &context);
        for needed in [LEAVE_ALTERNATE_SCREEN, SHOW_CURSOR] {
            assert!(
                text.contains(needed),
                "the output never sent {needed:?}\n{}",
                context()
            );
        }
        let leave = text.rfind(LEAVE_ALTERNATE_SCREEN).unwrap_or(0);
        let after = strip_escapes(&text[leave..]);
        assert!(
            after.trim().is_empty(),
            "the program wrote {after:?} after leaving the alternate screen\n{}",
            context()
        );
        self.assert_modes_off(&context);
    }

    /// The emulated screen is back on the main screen with the cursor
    /// shown, no mouse capture and no bracketed paste, and the terminal's
    /// settings are as they were before the program started.
    fn assert_modes_off(&self, context: &dyn Fn() -> String) {
        self.with_screen(|s| {
            assert!(
                !s.alternate_screen(),
                "still on the alternate screen\n{}",
                context()
            );
            assert!(
                !s.hide_cursor(),
                "the cursor is still hidden\n{}",
                context()
            );
            assert_eq!(
                s.mouse_protocol_mode(),
                vt100::MouseProtocolMode::None,
                "the mouse is still captured\n{}",
                context()
            );
            assert!(
                !s.bracketed_paste(),
                "bracketed paste is still on\n{}",
                context()
            );
        });
        self.assert_termios_unchanged();
    }

    /// Like [`Tui::assert_restored`], for a program that ends by telling
    /// the person something (an error, a panic): every mode it switched
    /// on is off again, the terminal is back on the main screen with a
    /// visible cursor, no mouse reporting and no bracketed paste, raw mode
    /// is off, and `message` was written only after all that, as plain
    /// text: no escape sequence after leaving the alternate screen, and
    /// every line ending arrived as CR LF, which the terminal only makes
    /// of a program's `\n` once raw mode is off again.
    pub fn assert_restored_before_message(&self, message: &str) {
        let raw = self.raw();
        let text = String::from_utf8_lossy(&raw).to_string();
        let context = || {
            format!(
                "{}\n\nlast output bytes: {}",
                self.describe(),
                escaped_tail(&raw, 600)
            )
        };
        assert_modes_switched_off(&text, &context);
        let Some(leave) = text.rfind(LEAVE_ALTERNATE_SCREEN) else {
            panic!("the alternate screen was never left\n{}", context());
        };
        let mut after = text[leave + LEAVE_ALTERNATE_SCREEN.len()..].to_string();
        for (_, off) in MODES {
            after = after.replace(off, "");
        }
        assert!(
            !after.contains('\x1b'),
            "an escape sequence was written after the terminal was put back: {:?}\n{}",
            after,
            context()
        );
        assert!(
            after.contains(message),
            "the message {message:?} was not written after the terminal was put back; after it came {after:?}\n{}",
            context()
        );
        let newlines = after.matches('\n').count();
        assert!(
            newlines > 0 && after.matches("\r\n").count() == newlines,
            "the message was written while the terminal was still in raw mode (a bare \\n): {after:?}\n{}",
            context()
        );
        assert!(
            words(&self.screen()).contains(&words(message)),
            "the message is not on the screen\n{}",
            context()
        );
        self.assert_modes_off(&context);
    }
}
