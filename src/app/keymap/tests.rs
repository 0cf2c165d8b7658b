//! The keymap: the same key means what the place needs; letters are text
//! in boxes, and a hint elsewhere.

use super::*;
use ratatui::crossterm::event::KeyEventState;

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn the_same_key_means_what_the_place_needs() {
    assert_eq!(
        action_for(&press(KeyCode::Down), KeyContext::Reader),
        Some(Action::Down)
    );
    assert_eq!(
        action_for(&press(KeyCode::Right), KeyContext::Reader),
        Some(Action::NextPage)
    );
    assert_eq!(
        action_for(&press(KeyCode::Right), KeyContext::Contents),
        Some(Action::Expand)
    );
    assert_eq!(
        action_for(&press(KeyCode::Char('q')), KeyContext::Contents),
        Some(Action::Quit)
    );
    // A letter that is no key here is typing, to be told about `/`.
    assert_eq!(
        action_for(&press(KeyCode::Char('x')), KeyContext::Reader),
        Some(Action::Type('x'))
    );
    assert_eq!(action_for(&press(KeyCode::F(9)), KeyContext::Reader), None);
}

#[test]
fn letters_are_text_in_the_search_box() {
    assert_eq!(
        action_for(&press(KeyCode::Char('q')), KeyContext::Search),
        Some(Action::Type('q'))
    );
    assert_eq!(
        action_for(&press(KeyCode::Char('/')), KeyContext::Glossary),
        Some(Action::Type('/'))
    );
    assert_eq!(
        action_for(&press(KeyCode::Backspace), KeyContext::Search),
        Some(Action::Erase)
    );
    assert_eq!(
        action_for(&press(KeyCode::Backspace), KeyContext::Reader),
        Some(Action::Back)
    );
    assert_eq!(
        action_for(&press(KeyCode::Esc), KeyContext::Search),
        Some(Action::Close)
    );
    let alt_left = KeyEvent::new(KeyCode::Left, KeyModifiers::ALT);
    assert_eq!(
        action_for(&alt_left, KeyContext::Reader),
        Some(Action::Back)
    );
    let big_n = KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT);
    assert_eq!(
        action_for(&big_n, KeyContext::Reader),
        Some(Action::PreviousMatch)
    );
    let back_tab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(
        action_for(&back_tab, KeyContext::Reader),
        Some(Action::PreviousMark)
    );
}

#[test]
fn releases_do_not_count() {
    let release = KeyEvent {
        kind: KeyEventKind::Release,
        state: KeyEventState::NONE,
        ..press(KeyCode::Char('q'))
    };
    assert_eq!(action_for(&release, KeyContext::Reader), None);
}

#[test]
fn shifted_question_mark_opens_help() {
    let event = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
    assert_eq!(
        action_for(&event, KeyContext::Reader),
        Some(Action::ToggleHelp)
    );
}
