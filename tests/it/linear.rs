//! The linear mode (`--plain`) for screen readers and magnifiers, in
//! process: no box-drawing character on any screen a person can reach,
//! at 80×24 and 40×15, in kiosk mode too; callouts, the section's path
//! and the page number in words; the contents as a screen of its own;
//! and snapshots of the reader, the contents and help. Where the cursor
//! goes, in this mode and the other, is in `tests/it/cursor.rs`; the real
//! program's cursor in `tests/pty/plain.rs`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use immunoguide::app::bookmarks::{Place, Reading, Saved, settle};
use immunoguide::app::{Action, AppState, Focus, Screen, update};
use immunoguide::content::Guide;
use immunoguide::kiosk::config::KioskConfig;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::support::kiosk::{into_kiosk, key, press, with_pin};
use crate::support::{
    act, builtin_guide, changed, example_files, example_guide, loaded, open, screen,
};

const SIZES: [(u16, u16); 2] = [(80, 24), (40, 15)];

/// The box-drawing block of Unicode: every line and corner a frame or a
/// callout box is drawn with.
fn is_box_drawing(c: char) -> bool {
    ('\u{2500}'..='\u{257f}').contains(&c)
}

/// A reader of `guide` in the linear mode at `width`×`height`.
fn linear_with(guide: Arc<Guide>, width: u16, height: u16) -> AppState {
    let mut s = AppState::new(guide, width, height);
    s.set_linear(true);
    s
}

fn linear(width: u16, height: u16) -> AppState {
    linear_with(builtin_guide(), width, height)
}

fn with(mut s: AppState, actions: &[Action]) -> AppState {
    act(&mut s, actions);
    s
}

fn typed(text: &str) -> Vec<Action> {
    text.chars().map(Action::Type).collect()
}

/// Every kind of screen a person can reach, by name: the welcome screen
/// (with and without a place kept), a page with a link chosen, the
/// contents, help, search (with results, with none), the glossary and a
/// definition, the symptom list, bookmarks, and a kiosk's screens: its
/// touch bar, the countdown, the staff PIN prompt and a notice.
pub fn every_screen(width: u16, height: u16) -> Vec<(&'static str, AppState)> {
    let reading = || with(linear(width, height), &[Action::Start]);
    let page = |id: &str| {
        let mut s = reading();
        open(&mut s, id);
        s
    };
    let kept = |s: AppState| {
        let mut s = s;
        let last = Place {
            section: "call-right-away".into(),
            title: "Warning signs".into(),
            word: 0,
        };
        s.reading = Some(Reading::new(Saved {
            last: Some(last.clone()),
            bookmarks: vec![last],
        }));
        settle(&mut s);
        s
    };
    let mut search = vec![Action::Search];
    search.extend(typed("fever"));
    let mut nothing = vec![Action::Search];
    nothing.extend(typed("zzqqx"));
    let mut glossary = vec![Action::Glossary];
    glossary.extend(typed("cell"));
    let t0 = Instant::now();
    let kiosk = |actions: &[Action]| {
        let s = into_kiosk(linear(width, height), with_pin(), t0);
        with(s, actions)
    };
    let mut countdown = kiosk(&[]);
    update(&mut countdown, Action::Start, t0);
    update(&mut countdown, Action::Tick, t0 + Duration::from_secs(90));
    let mut pin = kiosk(&[Action::Start]);
    let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
    press(&mut pin, &key(KeyCode::Char('s'), both), t0);
    press(&mut pin, &key(KeyCode::Char('t'), both), t0);
    for c in "12".chars() {
        press(&mut pin, &key(KeyCode::Char(c), KeyModifiers::NONE), t0);
    }
    press(&mut pin, &key(KeyCode::Enter, KeyModifiers::NONE), t0);
    vec![
        ("the welcome screen", linear(width, height)),
        (
            "the welcome screen with a kept place",
            kept(linear(width, height)),
        ),
        (
            "a page with a link chosen",
            with(page("car-t"), &[Action::NextMark]),
        ),
        (
            "a page with a notice",
            with(page("car-t"), &[Action::Back, Action::Back]),
        ),
        ("the contents", with(reading(), &[Action::ToggleContents])),
        (
            "the contents with a chapter open",
            with(
                reading(),
                &[Action::ToggleContents, Action::Down, Action::Expand],
            ),
        ),
        ("help", with(reading(), &[Action::ToggleHelp])),
        (
            "the end of help",
            with(reading(), &[Action::ToggleHelp, Action::Last]),
        ),
        ("search with results", with(reading(), &search)),
        (
            "a search result chosen",
            with(reading(), &[search.as_slice(), &[Action::Down]].concat()),
        ),
        ("search that finds nothing", with(reading(), &nothing)),
        (
            "a match in the text",
            with(
                reading(),
                &[search.as_slice(), &[Action::Activate]].concat(),
            ),
        ),
        ("the glossary", with(reading(), &glossary)),
        (
            "a definition",
            with(
                reading(),
                &[glossary.as_slice(), &[Action::Activate, Action::NextMark]].concat(),
            ),
        ),
        (
            "the symptom list",
            with(reading(), &[Action::Symptoms, Action::Down]),
        ),
        (
            "the A to Z chooser",
            with(reading(), &[Action::AToZ, Action::Down]),
        ),
        ("no bookmarks", {
            let mut s = reading();
            s.reading = Some(Reading::new(Saved::default()));
            with(s, &[Action::ListBookmarks])
        }),
        ("bookmarks", with(kept(reading()), &[Action::ListBookmarks])),
        ("a kiosk's welcome screen", kiosk(&[])),
        ("a kiosk's page", kiosk(&[Action::Start])),
        (
            "a kiosk's contents",
            kiosk(&[Action::Start, Action::ToggleContents]),
        ),
        ("a kiosk's help", kiosk(&[Action::ToggleHelp])),
        (
            "a kiosk's help over a page",
            kiosk(&[Action::Start, Action::ToggleHelp]),
        ),
        ("a kiosk's A to Z", kiosk(&[Action::Start, Action::AToZ])),
        ("a kiosk's notice", kiosk(&[Action::Start, Action::Back])),
        ("the kiosk's countdown", countdown),
        ("the staff PIN prompt", pin),
    ]
}

/// Each screen is the one its name says, at both sizes, so the tests over
/// them test what they claim to.
#[test]
fn the_screens_are_the_ones_named() {
    let expected = [
        ("the welcome screen", "Press Enter"),
        ("the welcome screen with a kept place", "Continue"),
        ("a page with a notice", "nowhere to go back"),
        ("the contents with a chapter open", "•"),
        ("search with results", "places found"),
        ("search that finds nothing", "No answer"),
        ("the glossary", "Find a word: cell"),
        ("a definition", "Read more"),
        ("the symptom list", "Worried about a symptom?"),
        ("the A to Z chooser", "Words A to Z"),
        ("a kiosk's A to Z", "Symptoms A to Z"),
        ("no bookmarks", "No bookmarks yet"),
        ("bookmarks", "1 bookmark"),
        ("a kiosk's page", "Page ▶"),
        ("a kiosk's notice", "nowhere to go back"),
        ("the kiosk's countdown", "Still reading?"),
        ("the staff PIN prompt", "That PIN is not right"),
    ];
    for (width, height) in SIZES {
        let all = every_screen(width, height);
        for (name, words) in expected {
            let (_, s) = all.iter().find(|(what, _)| *what == name).expect(name);
            let shown = screen(s).split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(shown.contains(words), "{name} at {width}x{height}: {shown}");
        }
    }
}

/// The first box-drawing character on the screen, with where it is.
fn box_drawing(s: &AppState) -> Option<(char, usize, String)> {
    let shown = screen(s);
    shown.lines().enumerate().find_map(|(row, line)| {
        line.chars()
            .find(|&c| is_box_drawing(c))
            .map(|c| (c, row, line.to_string()))
    })
}

#[test]
fn no_screen_draws_a_box_drawing_character() {
    for (width, height) in SIZES {
        for (what, s) in every_screen(width, height) {
            if let Some((c, row, line)) = box_drawing(&s) {
                panic!(
                    "{what} at {width}x{height}: {c:?} on row {row}: {line:?}\n{}",
                    screen(&s)
                );
            }
        }
    }
}

/// The screens are worth checking: the same screens outside the linear
/// mode do draw boxes, so the test above would see one.
#[test]
fn the_same_screens_draw_boxes_outside_the_linear_mode() {
    for (what, mut s) in every_screen(80, 24) {
        s.set_linear(false);
        s.prepare();
        assert!(box_drawing(&s).is_some(), "{what}:\n{}", screen(&s));
    }
}

/// Every page of every section of the guide, read with the next-page key
/// from the first to the end, as a screen reader user would.
#[test]
fn no_page_of_the_guide_draws_a_box_drawing_character() {
    for (width, height) in SIZES {
        let mut s = with(linear(width, height), &[Action::Start]);
        let mut pages = 0;
        loop {
            if let Some((c, row, line)) = box_drawing(&s) {
                panic!(
                    "page {pages} at {width}x{height}: {c:?} on row {row}: {line:?}\n{}",
                    screen(&s)
                );
            }
            let before = s.position;
            act(&mut s, &[Action::NextPage]);
            pages += 1;
            if s.position == before {
                break;
            }
            assert!(pages < 5000, "the pages never end");
        }
        assert!(pages > 50, "only {pages} pages at {width}x{height}");
    }
}

#[test]
fn callouts_are_labelled_in_words_and_end_in_words() {
    let mut s = linear(80, 40);
    act(&mut s, &[Action::Start]);
    open(&mut s, "call-right-away");
    let mut shown = String::new();
    loop {
        shown.push_str(&screen(&s));
        let before = s.position;
        act(&mut s, &[Action::NextPage]);
        if s.position.section != before.section || s.position == before {
            break;
        }
    }
    for words in [
        " Emergency: Call 911",
        " End of emergency note.",
        " Warning: Call your care team now",
        " End of warning.",
    ] {
        assert!(shown.contains(words), "{words:?} is not shown:\n{shown}");
    }
    // The callout's list is indented under its label.
    assert!(shown.contains("\n   • chest pain"), "{shown}");
}

#[test]
fn the_path_is_a_line_of_text_and_the_page_number_is_on_the_bottom_line() {
    let mut s = linear(80, 24);
    act(&mut s, &[Action::Start]);
    open(&mut s, "car-t");
    let shown = screen(&s);
    let rows: Vec<&str> = shown.lines().collect();
    assert_eq!(
        rows[0], " Types of immunotherapy > Cell therapies > CAR T-cell therapy",
        "{shown}"
    );
    assert!(rows[1].starts_with(" CAR T-cell therapy"), "{shown}");
    let (page, pages) = s.page();
    let bottom = rows[23];
    assert!(
        bottom.starts_with(&format!(" Page {page} of {pages}. Reviewed ")),
        "{bottom:?}"
    );
    assert!(bottom.contains("? Help"), "{bottom:?}");
    // Narrow: the page and the keys, the review date left for the hints.
    let mut s = linear(40, 15);
    act(&mut s, &[Action::Start]);
    open(&mut s, "car-t");
    let shown = screen(&s);
    let bottom = shown.lines().nth(14).unwrap_or_default();
    assert!(bottom.starts_with(" Page 1 of "), "{bottom:?}");
    assert!(!bottom.contains("Reviewed"), "{bottom:?}");
    assert!(bottom.contains("? Help"), "{bottom:?}");
}

#[test]
fn a_hint_after_the_page_number_is_a_button_where_it_is_drawn() {
    let mut s = linear(80, 24);
    act(&mut s, &[Action::Start]);
    let shown = screen(&s);
    let bottom = shown.lines().nth(23).unwrap_or_default();
    let at = bottom.find("/ Search").expect("the search hint is shown");
    let column = u16::try_from(bottom[..at].chars().count()).unwrap();
    act(&mut s, &[Action::Click { column, row: 23 }]);
    assert!(screen(&s).contains("Search the guide"), "{}", screen(&s));
    // A click on the page number does nothing.
    let mut s = linear(80, 24);
    act(
        &mut s,
        &[Action::Start, Action::Click { column: 2, row: 23 }],
    );
    assert_eq!(s.focus, Focus::Reader);
    assert!(s.overlay.is_none() && !s.help_open);
}

#[test]
fn the_contents_is_a_screen_of_its_own_opened_and_closed_by_its_key() {
    for (width, height) in [(200, 50), (80, 24), (40, 15)] {
        let mut s = linear(width, height);
        act(&mut s, &[Action::Start]);
        let page = screen(&s);
        assert!(page.starts_with(" About this guide\n"), "{page}");
        act(&mut s, &[Action::ToggleContents]);
        let contents = screen(&s);
        assert!(contents.starts_with(" Contents\n"), "{contents}");
        assert!(!contents.contains("This chapter shows you"), "{contents}");
        act(&mut s, &[Action::ToggleContents]);
        assert_eq!(screen(&s), page, "{width}x{height}");
    }
}

#[test]
fn help_explains_labels_in_words_rather_than_boxes() {
    let words = |linear: bool| {
        let mut s = AppState::new(builtin_guide(), 80, 200);
        s.set_linear(linear);
        act(&mut s, &[Action::Start, Action::ToggleHelp]);
        screen(&s).split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let plain = words(true);
    assert!(
        plain.contains("A line that starts with a label, like \"Warning:\""),
        "{plain}"
    );
    assert!(!plain.contains("A box with a label"), "{plain}");
    let boxed = words(false);
    assert!(boxed.contains("A box with a label"), "{boxed}");
}

#[test]
fn the_welcome_text_lays_out_its_callouts_in_words() {
    let files = changed(
        example_files(),
        "guide.toml",
        "welcome = \"This guide shows how a guide is written. Press **?** for help.\"",
        "welcome = \"\"\"\nThis guide shows how a guide is written.\n\n> [!IMPORTANT]\n> Press **?** for help.\n\"\"\"",
    );
    let guide = loaded(&files);
    for (width, height) in [(80, 40), (120, 50)] {
        let plain = linear_with(Arc::clone(&guide), width, height);
        assert_eq!(plain.screen, Screen::Welcome);
        let shown = screen(&plain);
        assert!(shown.contains("Important: Press ? for help."), "{shown}");
        assert!(box_drawing(&plain).is_none(), "{shown}");
        // Outside the linear mode, the same text is a box.
        let boxed = AppState::new(Arc::clone(&guide), width, height);
        assert!(
            screen(&boxed).contains("┌─ Important"),
            "{}",
            screen(&boxed)
        );
    }
}

#[test]
fn a_kiosk_can_be_linear_and_keeps_its_touch_bar() {
    let s = into_kiosk(linear(80, 24), KioskConfig::default(), Instant::now());
    let s = with(s, &[Action::Start]);
    let shown = screen(&s);
    let rows: Vec<&str> = shown.lines().collect();
    assert!(rows[0].starts_with(" About this guide"), "{shown}");
    // The page number on the row above the touch bar.
    let bar = s.plan().status;
    let above = usize::from(bar.y) - 1;
    assert!(rows[above].starts_with(" Page 1 of 1. Reviewed"), "{shown}");
    let (row, line) = (bar.y..bar.bottom())
        .map(|y| (y, rows[usize::from(y)]))
        .find(|(_, line)| line.contains("Contents"))
        .expect("the buttons' labels");
    for label in ["Back", "Contents", "Page ▶"] {
        assert!(line.contains(label), "{label}: {shown}");
    }
    // The buttons still work by touch.
    let column = u16::try_from(line[..line.find("Contents").unwrap()].chars().count()).unwrap();
    let mut s = s;
    act(&mut s, &[Action::Click { column, row }]);
    assert_eq!(s.focus, Focus::Contents);
}

#[test]
fn snapshots_of_the_reader_the_contents_and_help() {
    for (width, height) in SIZES {
        let reading = || {
            let mut s = linear_with(example_guide(), width, height);
            act(&mut s, &[Action::Start]);
            open(&mut s, "care");
            s
        };
        insta::assert_snapshot!(format!("reader_{width}x{height}"), screen(&reading()));
        let contents = with(reading(), &[Action::ToggleContents]);
        insta::assert_snapshot!(format!("contents_{width}x{height}"), screen(&contents));
        let help = with(reading(), &[Action::ToggleHelp]);
        insta::assert_snapshot!(format!("help_{width}x{height}"), screen(&help));
    }
}
