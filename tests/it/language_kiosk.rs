//! A kiosk in two languages, in-process, on the two-language fixture
//! guide: the touch bar's button named in the other language (tapped, in
//! kiosk help, left out rather than cut where the bar has no room), and
//! the idle reset back to the kiosk's own language, even after a visitor
//! who only switched the language.

use std::time::{Duration, Instant};

use immunoguide::app::touch;
use immunoguide::app::{Action, AppState, Screen, update};
use immunoguide::kiosk::config::KioskConfig;
use immunoguide::language::Language::{self, English, Spanish};

use crate::support::kiosk::into_kiosk;
use crate::support::{bilingual, draw, find, screen};

fn kiosk(shown: Language, config: KioskConfig, size: (u16, u16), start: Instant) -> AppState {
    into_kiosk(bilingual(shown, size.0, size.1), config, start)
}

/// The touch bar's labels as shown.
fn labels(state: &AppState) -> Vec<String> {
    let area = state.plan().status;
    let words = state.phrases();
    let buttons = touch::bar_buttons(
        state.key_context(),
        state.language,
        &state.languages,
        area,
        words,
    );
    touch::placed(&buttons, area, words)
        .into_iter()
        .map(|(_, b)| words.get(b.label).into_owned())
        .collect()
}

#[test]
fn the_kiosk_touch_bar_switches_language_by_tap() {
    let t0 = Instant::now();
    let mut s = kiosk(English, KioskConfig::default(), (80, 24), t0);
    assert!(
        labels(&s).iter().any(|l| l == "Español"),
        "{:?}",
        labels(&s)
    );
    update(&mut s, Action::Start, t0);
    assert!(
        labels(&s).iter().any(|l| l == "Español"),
        "{:?}",
        labels(&s)
    );
    let bar = draw(&s);
    let (x, y) = find(&bar, "Español").expect("the button is drawn");
    assert!(y >= s.plan().status.y, "on the touch bar: row {y}");
    // Kiosk help explains it with the other buttons.
    update(&mut s, Action::ToggleHelp, t0);
    let help = screen(&s);
    assert!(
        help.contains("Read this guide in Spanish (Español)"),
        "{help}"
    );
    update(&mut s, Action::ToggleHelp, t0);

    update(&mut s, Action::Click { column: x, row: y }, t0);
    assert_eq!(s.language, Spanish);
    assert!(
        labels(&s).iter().any(|l| l == "English"),
        "{:?}",
        labels(&s)
    );

    // On two lines of buttons it fits at 40 columns; on a screen too short
    // for two lines and too narrow for seven buttons on one, it is left
    // out rather than any label cut, and the screen is not "too small";
    // the welcome screen still has it.
    let mut narrow = kiosk(English, KioskConfig::default(), (40, 24), t0);
    update(&mut narrow, Action::Start, t0);
    assert!(
        labels(&narrow).iter().any(|l| l == "Español"),
        "{:?}",
        labels(&narrow)
    );
    let mut short = kiosk(English, KioskConfig::default(), (45, 12), t0);
    assert!(
        labels(&short).iter().any(|l| l == "Español"),
        "{:?}",
        labels(&short)
    );
    update(&mut short, Action::Start, t0);
    let shown = labels(&short);
    assert!(!shown.iter().any(|l| l == "Español"), "{shown:?}");
    assert_eq!(shown.len(), 6, "{shown:?}");
}

fn walk_away(s: &mut AppState, from: Instant) -> Instant {
    let mut now = from;
    for _ in 0..4 {
        now += Duration::from_secs(200);
        update(s, Action::Tick, now);
    }
    now
}

#[test]
fn the_idle_reset_returns_to_the_kiosks_language() {
    let t0 = Instant::now();
    let config = KioskConfig {
        language: Some(Spanish),
        ..KioskConfig::default()
    };
    let mut s = kiosk(Spanish, config.clone(), (80, 24), t0);
    assert_eq!(s.kiosk.as_ref().map(|k| k.home_language), Some(Spanish));
    // A visitor switches to English and reads.
    update(&mut s, Action::SwitchLanguage, t0);
    update(&mut s, Action::Start, t0);
    update(&mut s, Action::NextSection, t0);
    assert_eq!(s.language, English);
    walk_away(&mut s, t0);
    assert_eq!((s.language, s.screen), (Spanish, Screen::Welcome));
    assert!(screen(&s).contains("Guía de prueba en dos idiomas"));
    assert_eq!(s.history.len(), (0, 0));
    // The other language is still there for the next visitor.
    update(&mut s, Action::SwitchLanguage, t0);
    assert_eq!(s.language, English);

    // A visitor who only switched language on the welcome screen has left
    // something too: the countdown runs and the kiosk goes back.
    let mut s = kiosk(Spanish, config, (80, 24), t0);
    update(&mut s, Action::SwitchLanguage, t0);
    walk_away(&mut s, t0);
    assert_eq!((s.language, s.screen), (Spanish, Screen::Welcome));
}
