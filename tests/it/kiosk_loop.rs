//! Kiosk mode through the real event loop, in-process: the bytes a
//! visitor's keyboard sends (through the program's own decoder), the idle
//! countdown and reset, and the PIN lock counting down, with a clock that
//! lets the minutes pass at once.

use immunoguide::event_loop::Outcome;
use immunoguide::kiosk::config::KioskConfig;

use crate::shared::words;
use crate::support::builtin_guide;
use crate::support::driven::Driven;
use crate::support::kiosk::{PIN, PUBLIC_KEYS, STAFF_KEYS, with_pin};

/// A paste that starts and never ends (Alt+[ then `2 0 0 ~`), given up
/// after a moment.
const UNFINISHED_PASTE: &[u8] = b"\x1b[200~";

/// Every key of [`PUBLIC_KEYS`] as bytes, then the unfinished paste.
fn public_keys() -> Vec<&'static [u8]> {
    PUBLIC_KEYS
        .iter()
        .map(|(_, bytes)| bytes.as_bytes())
        .chain([UNFINISHED_PASTE])
        .collect()
}

/// The built-in guide in a kiosk at 80×24.
fn kiosk(config: KioskConfig) -> Driven {
    Driven::new(builtin_guide(), 80, 24, Some(config))
}

/// The PIN, 90 seconds idle before the countdown, 15 of countdown.
fn settings() -> KioskConfig {
    KioskConfig {
        idle_seconds: 90,
        countdown_seconds: 15,
        ..with_pin()
    }
}

fn public_keys_change_nothing(kiosk: &mut Driven, place: &str) {
    let before = kiosk.screen().to_string();
    for bytes in public_keys() {
        let outcome = kiosk.type_bytes(bytes, 0);
        assert!(
            matches!(outcome, Outcome::InputClosed),
            "{bytes:?} on the {place}: {outcome:?}"
        );
        assert_eq!(kiosk.screen(), before, "{bytes:?} on the {place}");
        assert!(!kiosk.running.state.quit);
    }
    // All at once, as a visitor mashing the keyboard would.
    let all: Vec<u8> = public_keys().concat();
    kiosk.type_bytes(&all, 0);
    assert_eq!(kiosk.screen(), before, "all at once on the {place}");
    // And the keys still work: help opens.
    kiosk.type_bytes(b"?", 0);
    assert!(
        kiosk.screen().contains("The buttons at the bottom"),
        "{}",
        kiosk.screen()
    );
    kiosk.type_bytes(b"?", 0);
    assert_eq!(kiosk.screen(), before);
}

#[test]
fn nothing_a_visitor_types_leaves_or_freezes_the_kiosk() {
    let mut kiosk = kiosk(settings());
    kiosk.type_bytes(b"", 0);
    public_keys_change_nothing(&mut kiosk, "welcome screen");
    kiosk.type_bytes(b"\r", 0);
    assert!(kiosk.screen().contains("Page 1 of"), "{}", kiosk.screen());
    public_keys_change_nothing(&mut kiosk, "reader");
    // After the never-ending paste start, the staff keys and the PIN
    // still get out.
    kiosk.type_bytes(UNFINISHED_PASTE, 0);
    kiosk.type_bytes(STAFF_KEYS.as_bytes(), 0);
    assert!(kiosk.screen().contains("Staff only"), "{}", kiosk.screen());
    let outcome = kiosk.type_bytes(format!("{PIN}\r").as_bytes(), 0);
    assert!(matches!(outcome, Outcome::StaffLeft), "{outcome:?}");
    assert_eq!(outcome.exit_code(), 0);
    let log = kiosk.host.log.borrow().join("\n");
    assert!(log.contains("Staff left kiosk mode with the PIN."), "{log}");
    assert!(!log.contains(PIN), "{log}");
}

#[test]
fn idle_resets_to_the_welcome_screen_and_forgets_the_search() {
    let mut kiosk = kiosk(settings());
    kiosk.type_bytes(b"\r/rash", 0);
    assert!(
        kiosk.screen().contains("places found"),
        "{}",
        kiosk.screen()
    );
    kiosk.type_bytes(b"\r", 0);
    assert!(
        kiosk.screen().lines().next().unwrap_or("").contains("rash")
            || kiosk.screen().contains("Page "),
        "{}",
        kiosk.screen()
    );
    // 90 seconds idle: the countdown; then 15 more: the welcome screen.
    kiosk.type_bytes(b"", 89);
    assert!(!kiosk.screen().contains("Still reading?"));
    kiosk.type_bytes(b"", 2);
    assert!(
        kiosk.screen().contains("Still reading?"),
        "{}",
        kiosk.screen()
    );
    kiosk.type_bytes(b"", 15);
    assert!(kiosk.screen().contains("Press Enter"), "{}", kiosk.screen());
    // The next visitor starts fresh.
    kiosk.type_bytes(b"\r/", 0);
    let screen = kiosk.screen().to_string();
    let search = screen
        .lines()
        .find(|l| l.contains("Search:"))
        .unwrap_or_default();
    assert!(!search.contains("rash"), "{screen}");
}

#[test]
fn a_key_during_the_countdown_keeps_the_reader_where_it_was() {
    let mut kiosk = kiosk(settings());
    kiosk.type_bytes(b"\r]", 0);
    let reading = kiosk.screen().to_string();
    kiosk.type_bytes(b"", 91);
    assert!(
        kiosk.screen().contains("Still reading?"),
        "{}",
        kiosk.screen()
    );
    // `]` would go on to the next section; now it only says "still here".
    kiosk.type_bytes(b"]", 0);
    assert_eq!(kiosk.screen(), reading);
}

#[test]
fn the_locked_pin_prompt_counts_down_the_seconds_left() {
    let mut kiosk = kiosk(settings());
    kiosk.type_bytes(STAFF_KEYS.as_bytes(), 0);
    kiosk.type_bytes(b"1111\r2222\r3333\r", 0);
    assert!(
        words(kiosk.screen()).contains("Try again in 60 seconds"),
        "{}",
        kiosk.screen()
    );
    let frames_before = kiosk.terminal.backend().frames.len();
    // No input: the prompt counts down by itself, once a second.
    kiosk.type_bytes(b"", 4);
    let frames = &kiosk.terminal.backend().frames[frames_before..];
    // The frame each run of the loop starts with, then one a second.
    assert_eq!(frames.len(), 5, "one frame a second");
    assert!(
        words(kiosk.screen()).contains("Try again in 56 seconds"),
        "{}",
        kiosk.screen()
    );
    // The right PIN is refused while it is locked.
    let outcome = kiosk.type_bytes(format!("{PIN}\r").as_bytes(), 0);
    assert!(matches!(outcome, Outcome::InputClosed), "{outcome:?}");
    assert!(kiosk.screen().contains("Staff only"));
}
