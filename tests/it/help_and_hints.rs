//! Help explains the screen and scrolls to its end by keys, the wheel and
//! taps, closing only with Esc, `?` or its Close button; and letters typed
//! without `/` first bring a hint, never something else ("cough" must not
//! open the glossary). Keys go through `kiosk_action`, as the event loop
//! sends them.

use std::time::Instant;

use crate::support::{act, notice, screen, state};
use immunoguide::app::help::help_view;
use immunoguide::app::kiosk_mode::kiosk_action;
use immunoguide::app::overlay::Overlay;
use immunoguide::app::{Action, AppState, Focus, update};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn key(s: &mut AppState, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(action) = kiosk_action(&event, s) {
        update(s, action, Instant::now());
    }
}

fn typed(s: &mut AppState, text: &str) {
    for c in text.chars() {
        key(s, KeyCode::Char(c));
    }
}

fn reading(width: u16, height: u16) -> AppState {
    let mut s = state(width, height);
    act(&mut s, &[Action::Start]);
    s
}

const HINT: &str = "To search, press / first.";

#[test]
fn words_typed_without_a_slash_bring_a_hint_not_the_glossary() {
    for (w, h) in [(80, 24), (40, 15)] {
        let mut s = reading(w, h);
        typed(&mut s, "cough");
        assert!(s.overlay.is_none(), "{w}x{h}: {:?}", s.overlay);
        assert!(!s.quit);
        assert_eq!(notice(&s).as_deref(), Some(HINT));
        assert!(screen(&s).contains(HINT), "{w}x{h}: {}", screen(&s));
        // The first letter was a key ("c": contents); the rest were typing.
        assert_eq!(s.focus, Focus::Contents);
    }
    // "x" is no key: the hint at once; and the hint ends with the typing,
    // so the next key is a key again.
    let mut s = reading(80, 24);
    typed(&mut s, "xg");
    assert!(s.overlay.is_none());
    assert_eq!(notice(&s).as_deref(), Some(HINT));
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Char('g'));
    assert!(matches!(s.overlay, Some(Overlay::Glossary(_))));
    // `/` still opens search while typing, as the hint says.
    let mut s = reading(80, 24);
    typed(&mut s, "rash/");
    assert!(matches!(s.overlay, Some(Overlay::Search(_))));
}

#[test]
fn help_explains_the_screen() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::ToggleHelp]);
    let view = help_view(&s);
    let text: String = view
        .rows
        .iter()
        .map(|r| format!("{r:?}"))
        .collect::<Vec<_>>()
        .join(" ");
    for words in [
        "◀",
        "▸",
        "▾",
        "bold and underlined, with →",
        "underlined only",
        "Page 2 of 3",
        "Match 2 of 7",
        "Worried about a symptom?",
        "Next page",
    ] {
        assert!(text.contains(words), "help does not explain {words:?}");
    }
}

#[test]
fn help_scrolls_to_its_end_and_back() {
    for (w, h) in [(80, 24), (40, 15)] {
        let mut s = reading(w, h);
        key(&mut s, KeyCode::Char('?'));
        assert!(s.help_open);
        let view = help_view(&s);
        assert!(view.max_scroll > 0, "{w}x{h}: help fits on one screen");
        key(&mut s, KeyCode::End);
        assert!(s.help_open, "{w}x{h}: End closed help");
        assert_eq!(s.help_scroll, view.max_scroll);
        let shown = screen(&s);
        assert!(
            shown.contains("To select text") || shown.contains("drag"),
            "{w}x{h}: the end of help is not shown:\n{shown}"
        );
        assert!(!shown.contains("for more"), "{shown}");
        // Past the end goes nowhere.
        key(&mut s, KeyCode::Down);
        key(&mut s, KeyCode::PageDown);
        assert_eq!(s.help_scroll, view.max_scroll);
        // Up from the end moves at once (it is not stuck past it).
        key(&mut s, KeyCode::Up);
        assert_eq!(s.help_scroll, view.max_scroll - 1);
        key(&mut s, KeyCode::PageUp);
        assert!(s.help_scroll < view.max_scroll - 1);
        key(&mut s, KeyCode::Home);
        assert_eq!(s.help_scroll, 0);
        key(&mut s, KeyCode::PageDown);
        assert_eq!(s.help_scroll, view.visible - 1);
        // The wheel scrolls too.
        let below = view.outer.y + 2;
        act(
            &mut s,
            &[Action::ScrollDown {
                column: view.outer.x + 2,
                row: below,
            }],
        );
        assert_eq!(s.help_scroll, view.visible + 2);
        assert!(s.help_open);
    }
}

#[test]
fn help_closes_only_with_esc_question_mark_or_close() {
    let mut s = reading(80, 24);
    key(&mut s, KeyCode::Char('?'));
    // Keys that are not help's own do nothing but say how to close.
    for code in [
        KeyCode::Enter,
        KeyCode::Tab,
        KeyCode::Char('x'),
        KeyCode::Char('g'),
        KeyCode::Char('/'),
        KeyCode::Left,
        KeyCode::Backspace,
    ] {
        key(&mut s, code);
        assert!(s.help_open, "{code:?} closed help");
        assert!(s.overlay.is_none(), "{code:?} opened {:?}", s.overlay);
    }
    assert_eq!(notice(&s).as_deref(), Some("Esc closes help."));
    key(&mut s, KeyCode::Esc);
    assert!(!s.help_open);
    key(&mut s, KeyCode::Char('?'));
    key(&mut s, KeyCode::Char('?'));
    assert!(!s.help_open);
    key(&mut s, KeyCode::F(1));
    assert!(s.help_open);
    key(&mut s, KeyCode::F(1));
    assert!(!s.help_open);

    // Taps: the top half goes up a screen, the bottom half down one; the
    // Close button closes.
    act(&mut s, &[Action::ToggleHelp]);
    let view = help_view(&s);
    let (x, bottom) = (view.outer.x + 3, view.outer.bottom() - 3);
    act(
        &mut s,
        &[Action::Click {
            column: x,
            row: bottom,
        }],
    );
    assert!(s.help_open);
    assert_eq!(s.help_scroll, view.visible - 1);
    act(
        &mut s,
        &[Action::Click {
            column: x,
            row: view.outer.y + 2,
        }],
    );
    assert_eq!(s.help_scroll, 0);
    act(&mut s, &[Action::Click { column: 0, row: 0 }]);
    assert!(s.help_open, "a tap beside help closes nothing");
    assert!(screen(&s).contains("Close (Esc)"));
    act(
        &mut s,
        &[Action::Click {
            column: view.close.x + 2,
            row: view.close.y,
        }],
    );
    assert!(!s.help_open);
}
