//! The keys at a kiosk, as the bytes a terminal sends: the staff's PIN and
//! keys, and everything a visitor might press or paste that a normal
//! terminal program would take as "quit", "suspend", "interrupt" or "end
//! of input". Tried in-process one at a time (tests/it/kiosk_loop.rs) and
//! all at once through a real terminal (tests/pty/kiosk.rs).

/// The staff PIN of every kiosk the tests set up. The random-input tests
/// never type an `8`, so they cannot type it by chance.
pub const PIN: &str = "2468";

/// The default staff keys: Ctrl+Alt+S is ESC then Ctrl+S (0x13),
/// Ctrl+Alt+T is ESC then Ctrl+T (0x14).
pub const STAFF_KEYS: &str = "\x1b\x13\x1b\x14";

/// Keys and pastes that must not end, stop or leave the kiosk, by name.
pub const PUBLIC_KEYS: &[(&str, &str)] = &[
    ("q", "q"),
    ("Esc", "\x1b"),
    ("Ctrl-C", "\x03"),
    ("Ctrl-Z", "\x1a"),
    ("Ctrl-\\", "\x1c"),
    ("Ctrl-D", "\x04"),
    ("F2", "\x1bOQ"),
    ("F3", "\x1bOR"),
    ("F4", "\x1bOS"),
    ("F5", "\x1b[15~"),
    ("F6", "\x1b[17~"),
    ("F7", "\x1b[18~"),
    ("F8", "\x1b[19~"),
    ("F9", "\x1b[20~"),
    ("F10", "\x1b[21~"),
    ("F11", "\x1b[23~"),
    ("F12", "\x1b[24~"),
    ("Alt-x", "\x1bx"),
    ("Alt-q", "\x1bq"),
    ("Alt-F4", "\x1b[1;3S"),
    ("a bracketed paste", "\x1b[200~q\n:!sh\n\x1b[201~"),
];
