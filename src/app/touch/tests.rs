//! The touch bar's rule: buttons a finger finds, whole labels, the bar's
//! height, room for one more button, and every button a key of the
//! keymap.

use super::*;
use crate::app::keymap::{action_for, key_for};
use ratatui::crossterm::event::KeyEvent;

/// Every set of buttons the bar shows, with where it shows.
const SETS: &[(&str, &[TouchButton])] = &[
    ("reading", READING),
    ("welcome", WELCOME),
    ("help", IN_HELP),
    ("staff PIN", AT_PIN),
    // Shown one at a time, after the place's buttons.
    ("to English", &[TO_ENGLISH]),
    ("to Spanish", &[TO_SPANISH]),
];

#[test]
fn the_bar_is_an_eighth_of_the_screen_from_three_rows_to_five() {
    assert_eq!(button_height(10), 3);
    assert_eq!(button_height(24), 3);
    assert_eq!(button_height(31), 3);
    assert_eq!(button_height(32), 4);
    assert_eq!(button_height(39), 4);
    assert_eq!(button_height(40), 5);
    assert_eq!(button_height(200), 5);
    let en = Phrases::default();
    // One line of buttons where they fit across.
    assert_eq!(bar_rows(80, 24, &en), Some(3));
    assert_eq!(bar_rows(120, 40, &en), Some(5));
    // Two lines on a narrow screen with the rows for them.
    assert_eq!(bar_rows(40, 24, &en), Some(6));
    assert_eq!(bar_rows(49, 13, &en), Some(6));
    // Too short for two lines: buttons shrink to their labels if they fit.
    assert_eq!(bar_rows(45, 12, &en), Some(3));
    // Neither: the screen asks to be made larger.
    assert_eq!(bar_rows(40, 12, &en), None);
}

/// Wherever the bar has its rows, every button is at least 3 rows by 8
/// columns, shows its whole label, and stays inside the bar without
/// touching another: in every language built in.
#[test]
fn buttons_are_finger_sized_and_whole_wherever_the_bar_fits() {
    for language in crate::language::Language::ALL {
        let words = Phrases::built_in(language.code());
        finger_sized_and_whole(&words);
    }
}

fn finger_sized_and_whole(words: &Phrases) {
    for width in 40..=240u16 {
        for height in [13u16, 16, 24, 32, 40, 60] {
            let Some(rows) = bar_rows(width, height, words) else {
                panic!("{}: {width}x{height}: no room for the bar", words.code());
            };
            let bar = Rect::new(0, height - rows, width, rows);
            for (name, set) in SETS {
                let placed = placed(set, bar, words);
                assert_eq!(placed.len(), set.len(), "{name} at {width}x{height}");
                for (i, (rect, button)) in placed.iter().enumerate() {
                    let label = words.get(button.label);
                    let at = format!("{name}: {label:?} at {width}x{height}: {rect:?}");
                    assert!(rect.width >= MIN_BUTTON_WIDTH, "{at}");
                    assert!(rect.height >= 3, "{at}");
                    assert!(usize::from(rect.width) >= label.width() + 2, "{at}");
                    assert_eq!(rect.intersection(bar), *rect, "{at}");
                    for (other, _) in &placed[i + 1..] {
                        assert!(!rect.intersects(*other), "{at} overlaps {other:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn bigger_screens_have_bigger_buttons() {
    for (width, height, rows) in [(80u16, 24u16, 3u16), (100, 32, 4), (120, 40, 5)] {
        let bar = Rect::new(0, height - rows, width, rows);
        for (rect, _) in placed(READING, bar, &Phrases::default()) {
            assert_eq!(rect.height, rows, "{width}x{height}");
            assert!(rect.width >= 12, "{width}x{height}: {rect:?}");
        }
    }
}

/// Another branch of work adds a language button: the same rule lays out
/// one more, whole and finger-sized, from 40 columns up.
#[test]
fn there_is_room_for_one_more_button() {
    // A label as long as a language's own name ("Español").
    let language = button("touch-contents", KeyContext::Anywhere, Action::Nothing, "");
    let mut seven = READING.to_vec();
    seven.push(language);
    let words = Phrases::default();
    for width in 40..=200u16 {
        let rows = 2 * button_height(24);
        let arranged = arrangement(&seven, width, rows, &words);
        assert!(
            matches!(arranged, Some((_, false))),
            "{width}: {arranged:?}"
        );
        let bar = Rect::new(0, 24 - rows, width, rows);
        for (rect, b) in placed(&seven, bar, &words) {
            assert!(rect.width >= MIN_BUTTON_WIDTH, "{width}: {:?}", b.label);
        }
    }
}

/// On two lines, the page buttons stay side by side on the first.
#[test]
fn the_page_buttons_stay_together() {
    let bar = Rect::new(0, 18, 40, 6);
    for language in crate::language::Language::ALL {
        let words = Phrases::built_in(language.code());
        let placed = placed(READING, bar, &words);
        let row_of =
            |button: TouchButton| placed.iter().find(|(_, b)| **b == button).map(|(r, _)| r.y);
        assert_eq!(row_of(PAGE_BACK), row_of(PAGE_ON), "{language:?}");
        assert_ne!(row_of(BACK), row_of(HELP), "{language:?}");
    }
}

/// Each button stands for a key: the keymap has a key that does the
/// button's action in the place the button names, and that key really
/// does it there (no binding of the place takes it first). The staff PIN
/// prompt reads its own keys (Esc cancels it); its button is tested with
/// the kiosk's keys in tests/it/touch.rs.
#[test]
fn every_button_is_a_key_of_the_keymap() {
    for (name, set) in SETS {
        for b in set.iter().filter(|b| b.place != KeyContext::Pin) {
            let key = key_for(b.place, b.action)
                .unwrap_or_else(|| panic!("{name}: {:?} has no key in {:?}", b.label, b.place));
            let event = KeyEvent::new(key.code, key.modifiers);
            assert_eq!(
                action_for(&event, b.place),
                Some(b.action),
                "{name}: {:?} and its key {:?}",
                b.label,
                key.label
            );
        }
    }
}

/// One clear name per button: no two buttons of a set share a label or
/// an action, and every button says in help what it does.
#[test]
fn one_name_per_button() {
    for (name, set) in SETS {
        for (i, a) in set.iter().enumerate() {
            assert!(!a.what.is_empty(), "{name}: {:?}", a.label);
            for b in &set[i + 1..] {
                assert_ne!(a.label, b.label, "{name}");
                assert_ne!(a.action, b.action, "{name}");
            }
        }
    }
}

#[test]
fn a_tap_finds_the_button_under_it() {
    let bar = Rect::new(0, 21, 80, 3);
    let words = Phrases::default();
    for (rect, b) in placed(READING, bar, &words) {
        for (x, y) in [
            (rect.x, rect.y),
            (rect.right() - 1, rect.bottom() - 1),
            (rect.x + rect.width / 2, rect.y + 1),
        ] {
            assert_eq!(button_at(READING, bar, x, y, &words), Some(*b));
        }
    }
    assert_eq!(button_at(READING, bar, 10, 20, &words), None);
}

/// With a second language the bar makes room for its button where it can
/// (the same rule, seven buttons), never makes a screen "too small" that
/// was not, and where the button cannot be whole it is left out; every
/// button shown is finger-sized and whole, in the words of each language.
#[test]
fn the_language_button_fits_by_the_same_rule_or_is_left_out() {
    let both = [Language::English, Language::Spanish];
    for shown in both {
        let words = Phrases::built_in(shown.code());
        for width in 40..=160u16 {
            for height in 8..=60u16 {
                let with = bar_rows_with(true, width, height, &words);
                let without = bar_rows(width, height, &words);
                assert_eq!(with.is_some(), without.is_some(), "{width}x{height}");
                let Some(rows) = with else { continue };
                let bar = Rect::new(0, height - rows, width, rows);
                for place in [KeyContext::Welcome, KeyContext::Reader, KeyContext::Help] {
                    let buttons = bar_buttons(place, shown, &both, bar, &words);
                    let placed = placed(&buttons, bar, &words);
                    assert_eq!(placed.len(), buttons.len(), "{place:?} at {width}x{height}");
                    for (rect, button) in &placed {
                        let label = words.get(button.label);
                        let at = format!("{label:?} at {width}x{height}: {rect:?}");
                        assert!(usize::from(rect.width) >= label.width() + 2, "{at}");
                        assert!(rect.height >= 3, "{at}");
                    }
                }
            }
        }
    }
    // Where there is room, it shows, named in the other language.
    let en = Phrases::default();
    let bar = Rect::new(0, 21, 80, 3);
    let buttons = bar_buttons(KeyContext::Reader, Language::English, &both, bar, &en);
    assert_eq!(buttons.last(), Some(&TO_SPANISH));
    let es = Phrases::built_in("es");
    let buttons = bar_buttons(KeyContext::Welcome, Language::Spanish, &both, bar, &es);
    assert_eq!(buttons.last(), Some(&TO_ENGLISH));
    for words in [&en, &es] {
        assert_eq!(words.get(TO_SPANISH.label), "Español");
        assert_eq!(words.get(TO_ENGLISH.label), "English");
    }
    // Never at the staff PIN prompt, and never with one language.
    let at_pin = bar_buttons(KeyContext::Pin, Language::English, &both, bar, &en);
    assert!(!at_pin.contains(&TO_SPANISH));
    let one = bar_buttons(
        KeyContext::Reader,
        Language::English,
        &[Language::English],
        bar,
        &en,
    );
    assert_eq!(one, READING);
}
