//! Kiosk mode driven through the same paths the terminal uses: terminal
//! events become actions (`kiosk_action`), then `update` with an injected
//! clock, so idle resets and PIN locks are tested without waiting.

use std::time::{Duration, Instant};

use immunoguide::app::{Action, AppState, Screen, update};
use immunoguide::kiosk::config::{KioskConfig, parse_config};
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};

use crate::support::kiosk::{PIN, into_kiosk, key, press, tap, tap_on, with_pin};
use crate::support::{act, screen, state};

/// The documented example guide in a kiosk at 80×24.
fn kiosk(config: KioskConfig, start: Instant) -> AppState {
    into_kiosk(state(80, 24), config, start)
}

fn type_pin(s: &mut AppState, pin: &str, now: Instant) {
    for c in pin.chars() {
        press(s, &key(KeyCode::Char(c), KeyModifiers::NONE), now);
    }
    press(s, &key(KeyCode::Enter, KeyModifiers::NONE), now);
}

fn staff_keys(s: &mut AppState, now: Instant) {
    let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
    press(s, &key(KeyCode::Char('s'), both), now);
    press(s, &key(KeyCode::Char('t'), both), now);
}

#[test]
fn nothing_the_public_presses_leaves_the_guide() {
    let t0 = Instant::now();
    let mut s = kiosk(KioskConfig::default(), t0);
    act(&mut s, &[Action::Start]);
    let ctrl = KeyModifiers::CONTROL;
    let mut events = vec![
        key(KeyCode::Char('q'), KeyModifiers::NONE),
        key(KeyCode::Esc, KeyModifiers::NONE),
        key(KeyCode::Char('c'), ctrl),
        key(KeyCode::Char('z'), ctrl),
        key(KeyCode::Char('\\'), ctrl),
        key(KeyCode::Char('d'), ctrl),
        key(KeyCode::Char('x'), KeyModifiers::ALT),
        key(KeyCode::Char('q'), KeyModifiers::ALT),
        key(KeyCode::F(4), KeyModifiers::ALT),
        Event::Paste("q\n:!sh\n".into()),
    ];
    events.extend((1..=12).map(|n| key(KeyCode::F(n), KeyModifiers::NONE)));
    for event in events {
        press(&mut s, &event, t0);
        assert!(!s.quit, "{event:?} ended the kiosk");
        // And inside every place a visitor can reach.
        for open in [
            Action::Search,
            Action::Glossary,
            Action::ToggleHelp,
            Action::ToggleContents,
        ] {
            act(&mut s, &[open]);
            press(&mut s, &event, t0);
            assert!(!s.quit, "{event:?} after {open:?} ended the kiosk");
            act(&mut s, &[Action::Close, Action::Close]);
        }
    }
}

#[test]
fn idle_countdown_then_everything_of_the_visitor_is_gone() {
    let t0 = Instant::now();
    let mut s = kiosk(KioskConfig::default(), t0);
    // A visitor reads, searches, opens things.
    update(&mut s, Action::Start, t0);
    update(&mut s, Action::Search, t0);
    for c in "cells".chars() {
        update(&mut s, Action::Type(c), t0);
    }
    update(&mut s, Action::Activate, t0);
    update(&mut s, Action::ToggleContents, t0);
    update(&mut s, Action::Down, t0);
    update(&mut s, Action::Activate, t0);
    // The visitor starts another search and walks away with it open.
    update(&mut s, Action::Search, t0);
    for c in " zqxv".chars() {
        update(&mut s, Action::Type(c), t0);
    }
    assert!(s.highlight.is_some());
    assert_ne!(s.history.len(), (0, 0));
    assert!(
        format!("{s:?}").contains("zqxv"),
        "the state holds what was typed"
    );

    // 89 s: nothing yet. 90 s: the countdown.
    update(&mut s, Action::Tick, t0 + Duration::from_secs(89));
    assert!(!screen(&s).contains("Still reading?"));
    let t90 = t0 + Duration::from_secs(90);
    update(&mut s, Action::Tick, t90);
    let shown = screen(&s);
    assert!(shown.contains("Still reading?"), "{shown}");
    assert!(shown.contains("in 15"), "{shown}");
    update(&mut s, Action::Tick, t90 + Duration::from_secs(5));
    assert!(screen(&s).contains("in 10"));

    // 15 s later: the welcome screen, and nothing of the visitor left.
    update(&mut s, Action::Tick, t90 + Duration::from_secs(15));
    assert_eq!(s.screen, Screen::Welcome);
    assert!(s.overlay.is_none());
    assert!(s.highlight.is_none());
    assert_eq!(s.history.len(), (0, 0));
    assert!(!s.help_open);
    assert_eq!(s.position.top, 0);
    assert_eq!(s.contents.offset, 0);
    let everything = format!("{s:?}");
    assert!(
        !everything.contains("zqxv"),
        "the search words are still in memory"
    );
    assert!(!screen(&s).contains("Still reading?"));
    assert!(s.kiosk.is_some(), "still a kiosk");
}

/// The row of `shown` holding `text`.
fn row_of(shown: &str, text: &str) -> Option<usize> {
    shown.lines().position(|row| row.contains(text))
}

#[test]
fn notices_show_above_the_touch_bar_until_the_next_touch() {
    let t0 = Instant::now();
    let mut s = kiosk(KioskConfig::default(), t0);
    update(&mut s, Action::Start, t0);
    // Back with nowhere to go: with no status line, the notice has its own
    // box just above the buttons.
    update(&mut s, Action::Back, t0);
    let shown = screen(&s);
    let notice = row_of(&shown, "There is nowhere to go back to yet.");
    let buttons = row_of(&shown, "◀ Page");
    assert!(
        matches!((notice, buttons), (Some(n), Some(b)) if n < b),
        "{shown}"
    );
    // The next touch clears it.
    update(&mut s, Action::NextPage, t0);
    assert!(!screen(&s).contains("nowhere to go back"), "{}", screen(&s));

    // The end of the guide says so.
    update(&mut s, Action::Last, t0);
    for _ in 0..50 {
        update(&mut s, Action::NextPage, t0);
    }
    let shown = screen(&s);
    assert!(shown.contains("This is the end of the guide."), "{shown}");

    // The "Still reading?" countdown comes first.
    update(&mut s, Action::NextPage, t0);
    update(&mut s, Action::Tick, t0 + Duration::from_secs(90));
    s.tell("notice-end-of-guide");
    let shown = screen(&s);
    assert!(shown.contains("Still reading?"), "{shown}");
    assert!(!shown.contains("end of the guide"), "{shown}");
}

#[test]
fn a_touch_during_the_countdown_keeps_the_visitor_where_they_were() {
    let t0 = Instant::now();
    let mut s = kiosk(KioskConfig::default(), t0);
    update(&mut s, Action::Start, t0);
    update(&mut s, Action::NextSection, t0);
    let place = s.position;
    let t90 = t0 + Duration::from_secs(90);
    update(&mut s, Action::Tick, t90);
    // The tap that answers "Still reading?" does nothing else.
    update(
        &mut s,
        Action::Click {
            column: 60,
            row: 10,
        },
        t90 + Duration::from_secs(3),
    );
    assert_eq!(s.position, place);
    assert!(!screen(&s).contains("Still reading?"));
    // And the idle time starts again from that tap.
    update(&mut s, Action::Tick, t90 + Duration::from_secs(20));
    assert_eq!(s.screen, Screen::Reader);
    assert!(!screen(&s).contains("Still reading?"));
}

#[test]
fn the_welcome_screen_does_not_count_down() {
    let t0 = Instant::now();
    let mut s = kiosk(KioskConfig::default(), t0);
    update(&mut s, Action::Tick, t0 + Duration::from_secs(500));
    assert!(!screen(&s).contains("Still reading?"));
}

#[test]
fn staff_keys_then_the_right_pin_leave() {
    let t0 = Instant::now();
    let mut s = kiosk(with_pin(), t0);
    staff_keys(&mut s, t0);
    let shown = screen(&s);
    assert!(shown.contains("Staff only"), "{shown}");
    type_pin(&mut s, PIN, t0);
    assert!(s.quit);
}

#[test]
fn the_pin_is_never_shown_or_kept() {
    let t0 = Instant::now();
    let mut s = kiosk(with_pin(), t0);
    staff_keys(&mut s, t0);
    for c in "97531".chars() {
        press(&mut s, &key(KeyCode::Char(c), KeyModifiers::NONE), t0);
    }
    let shown = screen(&s);
    assert!(shown.contains("●●●●●"), "{shown}");
    assert!(!shown.contains("97531"));
    assert!(!format!("{s:?}").contains("97531"));
    press(&mut s, &key(KeyCode::Enter, KeyModifiers::NONE), t0);
    assert!(!s.quit);
}

#[test]
fn three_wrong_pins_lock_the_prompt_for_a_minute() {
    let t0 = Instant::now();
    let mut s = kiosk(with_pin(), t0);
    staff_keys(&mut s, t0);
    type_pin(&mut s, "1111", t0);
    assert!(screen(&s).contains("2 more tries"));
    type_pin(&mut s, "2222", t0);
    type_pin(&mut s, "3333", t0);
    assert!(
        screen(&s).contains("Try again in 60 seconds"),
        "{}",
        screen(&s)
    );
    // Even the right PIN is refused while locked.
    type_pin(&mut s, PIN, t0 + Duration::from_secs(30));
    assert!(!s.quit);
    // A visitor walking up and leaving does not reset the lock.
    type_pin(&mut s, PIN, t0 + Duration::from_secs(61));
    assert!(s.quit, "after the lock, the right PIN works");
}

#[test]
fn staff_keys_out_of_order_do_nothing() {
    let t0 = Instant::now();
    let mut s = kiosk(with_pin(), t0);
    let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
    press(&mut s, &key(KeyCode::Char('s'), both), t0);
    press(&mut s, &key(KeyCode::Char('x'), KeyModifiers::NONE), t0);
    press(&mut s, &key(KeyCode::Char('t'), both), t0);
    assert!(!screen(&s).contains("Staff only"));
}

#[test]
fn the_touch_bar_buttons_work() {
    let t0 = Instant::now();
    let mut s = kiosk(KioskConfig::default(), t0);
    let shown = screen(&s);
    assert!(shown.contains("Start reading"), "{shown}");
    // The start button covers the left of the bottom three rows.
    tap(&mut s, 10, 22);
    assert_eq!(s.screen, Screen::Reader);
    let shown = screen(&s);
    for label in ["Back", "Contents", "◀ Page", "Page ▶", "A–Z", "Help"] {
        assert!(shown.contains(label), "{label}: {shown}");
    }
    let first = s.position.section;
    tap_on(&mut s, "Page ▶");
    assert_ne!(s.position.section, first);
    tap_on(&mut s, "Help");
    assert!(s.help_open);
    insta::assert_snapshot!("kiosk_reader_80x24", screen(&s));
}

#[test]
fn the_documented_example_settings_load() {
    let text = include_str!("../../deploy/kiosk.toml");
    assert!(parse_config(text, "deploy/kiosk.toml").is_ok());
}

#[test]
fn no_size_breaks_the_kiosk_screens() {
    let t0 = Instant::now();
    for width in 0..=40u16 {
        for height in 0..=12u16 {
            let mut s = kiosk(KioskConfig::default(), t0);
            update(&mut s, Action::Resize { width, height }, t0);
            screen(&s);
            update(&mut s, Action::Start, t0);
            update(&mut s, Action::Tick, t0 + Duration::from_secs(95));
            screen(&s);
            staff_keys(&mut s, t0 + Duration::from_secs(96));
            screen(&s);
        }
    }
}
