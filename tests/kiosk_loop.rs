//! Kiosk mode through the real event loop, in-process: the bytes a
//! visitor's keyboard sends (through the program's own decoder), the idle
//! countdown and reset, and the PIN lock counting down, with a clock that
//! lets the minutes pass at once.

mod support;

use std::sync::Arc;
use std::sync::mpsc::channel;
use std::time::Instant;

use immunoguide::app::AppState;
use immunoguide::app::kiosk_mode::KioskMode;
use immunoguide::content::{Embedded, Guide, load};
use immunoguide::event_loop::{Incoming, Outcome, Running, run_loop};
use immunoguide::kiosk::config::KioskConfig;
use immunoguide::kiosk::pin::hash_pin;
use immunoguide::terminal::decode::{Decoder, GIVE_UP_AFTER};
use immunoguide::ui::Theme;
use ratatui::Terminal;
use support::driven::{Recorder, ScriptClock, Storm};
use support::normalize_words;

const PIN: &str = "2468";
const STAFF_KEYS: &[u8] = b"\x1b\x13\x1b\x14";

/// Everything a visitor might press or paste that a normal terminal
/// program would take as "quit", "suspend", "interrupt" or "end of input",
/// as the bytes a terminal sends.
const PUBLIC_KEYS: &[&[u8]] = &[
    b"q",
    b"\x1b",
    b"\x03",
    b"\x1a",
    b"\x1c",
    b"\x04",
    b"\x1bOQ",
    b"\x1bOS",
    b"\x1b[15~",
    b"\x1b[21~",
    b"\x1b[24~",
    b"\x1bx",
    b"\x1bq",
    b"\x1b[1;3S",
    b"\x1b[200~q\n:!sh\n\x1b[201~",
    // Alt+[ then `2 0 0 ~`: the start of a paste that never ends.
    b"\x1b[200~",
];

fn builtin() -> Arc<Guide> {
    static GUIDE: std::sync::OnceLock<Arc<Guide>> = std::sync::OnceLock::new();
    Arc::clone(GUIDE.get_or_init(|| Arc::new(load(&Embedded).expect("the built-in guide"))))
}

struct Kiosk {
    terminal: Terminal<Storm>,
    running: Running,
    clock: ScriptClock,
    host: Recorder,
    decoder: Decoder,
}

impl Kiosk {
    fn new(config: KioskConfig) -> Kiosk {
        let start = Instant::now();
        let mut state = AppState::new(builtin(), 80, 24);
        state.kiosk = Some(KioskMode::new(Arc::new(config), start));
        state.prepare();
        Kiosk {
            terminal: Terminal::new(Storm::new(80, 24)).expect("a test terminal"),
            running: Running {
                state,
                theme: Theme::PLAIN,
                waiting_for_guide: false,
            },
            clock: ScriptClock::new(start, 0),
            host: Recorder::default(),
            decoder: Decoder::default(),
        }
    }

    /// Bytes typed at the terminal, then timers for `seconds`; how it
    /// ended.
    fn type_bytes(&mut self, bytes: &[u8], seconds: u64) -> Outcome {
        let (tx, rx) = channel();
        let now = immunoguide::event_loop::Clock::now(&self.clock);
        for event in self.decoder.feed(bytes, false, now) {
            let _ = tx.send(Incoming::Input(event));
        }
        // Whatever waits unfinished is given up once its time is out, as
        // the keyboard's reader does.
        if let Some(deadline) = self.decoder.deadline() {
            for event in self.decoder.expire(deadline.max(now + GIVE_UP_AFTER)) {
                let _ = tx.send(Incoming::Input(event));
            }
        }
        drop(tx);
        self.clock.run_for(seconds);
        run_loop(
            &mut self.terminal,
            &rx,
            &mut self.running,
            &self.clock,
            &mut self.host,
        )
    }

    fn screen(&self) -> String {
        self.terminal.backend().last_frame().to_string()
    }
}

fn with_pin() -> KioskConfig {
    KioskConfig {
        pin_hash: Some(hash_pin(PIN).expect("hash the PIN")),
        idle_seconds: 90,
        countdown_seconds: 15,
        ..KioskConfig::default()
    }
}

fn public_keys_change_nothing(kiosk: &mut Kiosk, place: &str) {
    let before = kiosk.screen();
    for bytes in PUBLIC_KEYS {
        let outcome = kiosk.type_bytes(bytes, 0);
        assert!(
            matches!(outcome, Outcome::InputClosed),
            "{bytes:?} on the {place}: {outcome:?}"
        );
        assert_eq!(kiosk.screen(), before, "{bytes:?} on the {place}");
        assert!(!kiosk.running.state.quit);
    }
    // All at once, as a visitor mashing the keyboard would.
    let all: Vec<u8> = PUBLIC_KEYS.concat();
    kiosk.type_bytes(&all, 0);
    assert_eq!(kiosk.screen(), before, "all at once on the {place}");
    // And the keys still work: help opens.
    kiosk.type_bytes(b"?", 0);
    assert!(kiosk.screen().contains("Close (Esc)"), "{}", kiosk.screen());
    kiosk.type_bytes(b"?", 0);
    assert_eq!(kiosk.screen(), before);
}

#[test]
fn nothing_a_visitor_types_leaves_or_freezes_the_kiosk() {
    let mut kiosk = Kiosk::new(with_pin());
    kiosk.type_bytes(b"", 0);
    public_keys_change_nothing(&mut kiosk, "welcome screen");
    kiosk.type_bytes(b"\r", 0);
    assert!(kiosk.screen().contains("Page 1 of"), "{}", kiosk.screen());
    public_keys_change_nothing(&mut kiosk, "reader");
    // After the never-ending paste start, the staff keys and the PIN
    // still get out.
    kiosk.type_bytes(b"\x1b[200~", 0);
    kiosk.type_bytes(STAFF_KEYS, 0);
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
    let mut kiosk = Kiosk::new(with_pin());
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
    let screen = kiosk.screen();
    let search = screen
        .lines()
        .find(|l| l.contains("Search:"))
        .unwrap_or_default();
    assert!(!search.contains("rash"), "{screen}");
}

#[test]
fn a_key_during_the_countdown_keeps_the_reader_where_it_was() {
    let mut kiosk = Kiosk::new(with_pin());
    kiosk.type_bytes(b"\r]", 0);
    let reading = kiosk.screen();
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
    let mut kiosk = Kiosk::new(with_pin());
    kiosk.type_bytes(STAFF_KEYS, 0);
    kiosk.type_bytes(b"1111\r2222\r3333\r", 0);
    assert!(
        normalize_words(&kiosk.screen()).contains("Try again in 60 seconds"),
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
        normalize_words(&kiosk.screen()).contains("Try again in 56 seconds"),
        "{}",
        kiosk.screen()
    );
    // The right PIN is refused while it is locked.
    let outcome = kiosk.type_bytes(format!("{PIN}\r").as_bytes(), 0);
    assert!(matches!(outcome, Outcome::InputClosed), "{outcome:?}");
    assert!(kiosk.screen().contains("Staff only"));
}
