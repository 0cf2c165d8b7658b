//! The terminal's cursor, shown and on what has the focus, so screen
//! readers (Orca's focus tracking, NVDA in Windows Terminal) and screen
//! magnifiers follow it: the page's first line, the link Tab chose, the
//! chosen contents entry, the field where typing goes or the entry the
//! arrows chose in a list, the top of help, the welcome screen's way in,
//! the kiosk's PIN field and countdown. In the linear mode and outside
//! it. The real program's cursor is read in `tests/pty/plain.rs`.

use std::time::{Duration, Instant};

use immunoguide::app::bookmarks::{Place, Reading, Saved, settle};
use immunoguide::app::{Action, AppState, update};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::Modifier;

use crate::linear::every_screen;
use crate::support::draw::row_text;
use crate::support::kiosk::{into_kiosk, key, press, with_pin};
use crate::support::{act, builtin_guide, draw_with_cursor, open};

/// Both modes, at a usual and a small size.
const LOOKS: [(bool, u16, u16); 4] = [
    (false, 80, 24),
    (true, 80, 24),
    (false, 40, 15),
    (true, 40, 15),
];

fn reader(linear: bool, width: u16, height: u16) -> AppState {
    let mut s = AppState::new(builtin_guide(), width, height);
    s.set_linear(linear);
    act(&mut s, &[Action::Start]);
    open(&mut s, "car-t");
    s
}

/// Draws `s`; the screen, and where the cursor is. It must be shown.
fn drawn(s: &AppState, what: &str) -> (Buffer, u16, u16) {
    let (buffer, cursor) = draw_with_cursor(s);
    let Some((x, y)) = cursor else {
        panic!("{what}: the cursor is hidden");
    };
    (buffer, x, y)
}

/// The text of row `y` from column `x`.
fn from_cursor(buffer: &Buffer, x: u16, y: u16) -> String {
    row_text(buffer, y).chars().skip(usize::from(x)).collect()
}

#[test]
fn the_cursor_is_shown_inside_the_screen_on_every_screen() {
    for linear in [false, true] {
        for (width, height) in [(80, 24), (40, 15)] {
            for (what, mut s) in every_screen(width, height) {
                s.set_linear(linear);
                s.prepare();
                let (_, x, y) = drawn(&s, what);
                assert!(x < width && y < height, "{what}: ({x}, {y})");
            }
        }
    }
}

#[test]
fn the_cursor_is_on_the_first_line_of_the_page() {
    for (linear, width, height) in LOOKS {
        let s = reader(linear, width, height);
        let (buffer, x, y) = drawn(&s, "a page");
        let text = s.plan().text;
        assert_eq!((x, y), (text.x, text.y), "linear {linear} {width}x{height}");
        let words = from_cursor(&buffer, x, y);
        assert!(words.starts_with("CAR T-cell therapy"), "{words:?}");
        // The next page: still its first line.
        let mut s = s;
        act(&mut s, &[Action::NextPage]);
        let (_, x, y) = drawn(&s, "the next page");
        assert_eq!((x, y), (text.x, text.y));
    }
}

#[test]
fn the_cursor_is_on_the_link_or_word_tab_chose() {
    for (linear, width, height) in LOOKS {
        let mut s = reader(linear, width, height);
        for n in 0..3 {
            act(&mut s, &[Action::NextMark]);
            let chosen = s.focused_link.and_then(|i| s.links.get(i)).copied();
            let link = chosen.expect("Tab chose a link or word");
            let (buffer, x, y) = drawn(&s, "a link chosen");
            let text = s.plan().text;
            let at = (
                text.x + u16::try_from(link.start).unwrap(),
                text.y + u16::try_from(link.row).unwrap(),
            );
            assert_eq!((x, y), at, "Tab {n}, linear {linear} {width}x{height}");
            // The chosen link is drawn in reverse video from there.
            assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
            assert!(x == text.x || !buffer[(x - 1, y)].modifier.contains(Modifier::REVERSED));
        }
    }
}

#[test]
fn the_cursor_is_on_the_chosen_contents_entry() {
    for (linear, width, height) in LOOKS {
        let mut s = reader(linear, width, height);
        act(&mut s, &[Action::ToggleContents]);
        for step in 0..4 {
            let title = s
                .guide
                .section(s.contents.selected)
                .map(|s| s.title.clone())
                .unwrap_or_default();
            let (buffer, x, y) = drawn(&s, "the contents");
            let words = from_cursor(&buffer, x, y);
            assert!(
                words.starts_with(&title[..title.len().min(10)]),
                "step {step}, linear {linear} {width}x{height}: {words:?} is not {title:?}"
            );
            act(&mut s, &[Action::Down]);
        }
        // Back to the text: back to its first line.
        act(&mut s, &[Action::ToggleContents]);
        let (_, x, y) = drawn(&s, "the page again");
        assert_eq!((x, y), (s.plan().text.x, s.plan().text.y));
    }
}

#[test]
fn the_cursor_is_in_the_search_field_then_on_the_chosen_result() {
    for (linear, width, height) in LOOKS {
        let mut s = reader(linear, width, height);
        act(&mut s, &[Action::Search]);
        for c in "fever".chars() {
            act(&mut s, &[Action::Type(c)]);
        }
        let (buffer, x, y) = drawn(&s, "search");
        let row = row_text(&buffer, y);
        let field = row
            .find("Search: fever")
            .expect("the field is on the cursor's row");
        let after = row[..field].chars().count() + "Search: fever".len();
        assert_eq!(usize::from(x), after, "linear {linear}: {row:?}");
        // The arrows choose a result: the cursor goes to it.
        act(&mut s, &[Action::Down]);
        let (buffer, x, y) = drawn(&s, "a result chosen");
        let marker = from_cursor(&buffer, x - 2, y);
        assert!(marker.starts_with("▶ "), "linear {linear}: {marker:?}");
        // Typing again: back in the field.
        act(&mut s, &[Action::Type('s')]);
        let (buffer, _, y) = drawn(&s, "typing again");
        assert!(row_text(&buffer, y).contains("Search: fevers"));
    }
}

#[test]
fn the_cursor_is_in_the_glossary_field_then_on_the_chosen_word_and_its_links() {
    for (linear, width, height) in LOOKS {
        let mut s = reader(linear, width, height);
        act(&mut s, &[Action::Glossary]);
        for c in "tape".chars() {
            act(&mut s, &[Action::Type(c)]);
        }
        let (buffer, x, y) = drawn(&s, "the glossary");
        let row = row_text(&buffer, y);
        assert!(row.contains("Find a word: tape"), "{row:?}");
        assert_eq!(buffer[(x - 1, y)].symbol(), "e", "{row:?}");
        act(&mut s, &[Action::Down, Action::Up]);
        let (buffer, x, y) = drawn(&s, "a word chosen");
        assert!(from_cursor(&buffer, x - 2, y).starts_with("▶ "));
        // A definition: its first line, then the related section Tab chose.
        act(&mut s, &[Action::Activate]);
        let (buffer, x, y) = drawn(&s, "a definition");
        assert!(!from_cursor(&buffer, x, y).trim().is_empty());
        assert!(from_cursor(&buffer, x, y).starts_with("Lowering a medicine"));
        act(&mut s, &[Action::NextMark]);
        let (buffer, _, y) = drawn(&s, "a related section chosen");
        let row = row_text(&buffer, y);
        assert!(row.contains("Taking steroids safely"), "{row:?}");
    }
}

#[test]
fn the_cursor_is_in_the_symptom_field_then_on_the_chosen_symptom() {
    for (linear, width, height) in LOOKS {
        let mut s = reader(linear, width, height);
        act(&mut s, &[Action::Symptoms]);
        let (buffer, x, y) = drawn(&s, "the symptom list");
        assert!(row_text(&buffer, y).contains("Find: "));
        assert_eq!(buffer[(x, y)].symbol(), " ");
        act(&mut s, &[Action::Down, Action::Down]);
        let (buffer, x, y) = drawn(&s, "a symptom chosen");
        assert!(from_cursor(&buffer, x - 2, y).starts_with("▶ "));
    }
}

#[test]
fn the_cursor_is_on_the_chosen_bookmark_and_at_the_top_of_help() {
    for (linear, width, height) in LOOKS {
        let mut s = reader(linear, width, height);
        let place = |id: &str| Place {
            section: id.into(),
            title: id.into(),
            word: 0,
        };
        s.reading = Some(Reading::new(Saved {
            last: None,
            bookmarks: vec![place("car-t"), place("call-right-away")],
        }));
        act(&mut s, &[Action::ListBookmarks, Action::Down]);
        let (buffer, x, y) = drawn(&s, "bookmarks");
        let words = from_cursor(&buffer, x - 2, y);
        assert!(words.starts_with("▸ Side effects"), "{words:?}");

        let mut s = reader(linear, width, height);
        act(&mut s, &[Action::ToggleHelp]);
        let (buffer, x, y) = drawn(&s, "help");
        assert!(from_cursor(&buffer, x, y).starts_with("What you see"));
    }
}

#[test]
fn the_cursor_is_on_the_welcome_screens_way_in() {
    for (linear, width, height) in LOOKS {
        let mut s = AppState::new(builtin_guide(), width, height);
        s.set_linear(linear);
        let (buffer, x, y) = drawn(&s, "the welcome screen");
        assert!(from_cursor(&buffer, x, y).starts_with("Press Enter"));
        // With a place kept: Continue, or the other way in once chosen.
        s.reading = Some(Reading::new(Saved {
            last: Some(Place {
                section: "car-t".into(),
                title: "CAR T-cell therapy".into(),
                word: 0,
            }),
            bookmarks: Vec::new(),
        }));
        settle(&mut s);
        let (buffer, x, y) = drawn(&s, "Continue");
        assert!(from_cursor(&buffer, x, y).starts_with("Continue"));
        act(&mut s, &[Action::Down]);
        let (buffer, x, y) = drawn(&s, "Start from the beginning");
        assert!(from_cursor(&buffer, x, y).starts_with("Start from the"));
    }
}

#[test]
fn the_cursor_is_in_the_kiosk_pin_field_and_on_the_countdown() {
    for (linear, width, height) in LOOKS {
        let t0 = Instant::now();
        let mut s = AppState::new(builtin_guide(), width, height);
        s.set_linear(linear);
        let mut s = into_kiosk(s, with_pin(), t0);
        act(&mut s, &[Action::Start]);
        let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
        press(&mut s, &key(KeyCode::Char('s'), both), t0);
        press(&mut s, &key(KeyCode::Char('t'), both), t0);
        press(&mut s, &key(KeyCode::Char('4'), KeyModifiers::NONE), t0);
        let (buffer, x, y) = drawn(&s, "the PIN prompt");
        let row = row_text(&buffer, y);
        assert!(row.contains("PIN: ●"), "{row:?}");
        assert_eq!(buffer[(x - 1, y)].symbol(), "●", "{row:?}");

        let mut s = AppState::new(builtin_guide(), width, height);
        s.set_linear(linear);
        let mut s = into_kiosk(s, with_pin(), t0);
        update(&mut s, Action::Start, t0);
        update(&mut s, Action::Tick, t0 + Duration::from_secs(90));
        let (buffer, x, y) = drawn(&s, "the countdown");
        assert!(from_cursor(&buffer, x, y).starts_with("Still reading?"));
    }
}

#[test]
fn the_cursor_is_on_the_note_asking_for_a_larger_window() {
    let s = AppState::new(builtin_guide(), 29, 10);
    let (buffer, x, y) = drawn(&s, "too small");
    assert!(from_cursor(&buffer, x, y).starts_with("Please"));
}

#[test]
fn the_cursor_is_on_the_chosen_list_of_the_a_to_z_chooser() {
    for (linear, width, height) in LOOKS {
        let mut s = reader(linear, width, height);
        act(&mut s, &[Action::AToZ]);
        let (buffer, x, y) = drawn(&s, "A to Z");
        assert!(from_cursor(&buffer, x, y).starts_with("Symptoms A to Z"));
        act(&mut s, &[Action::Down]);
        let (buffer, x, y) = drawn(&s, "A to Z, the second");
        assert!(from_cursor(&buffer, x, y).starts_with("Words A to Z"));
    }
}
