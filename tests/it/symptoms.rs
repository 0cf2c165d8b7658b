//! The way in by symptom: the list's file is checked like the rest of the
//! guide (every mistake at its file, line and column), the shipped list
//! follows the three tiers of the warning signs, and a person reaches a
//! symptom's section by keys, by clicks on the welcome screen and the
//! contents, and by taps at a kiosk.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::support::{act, screen, state};
use immunoguide::app::kiosk_mode::{KioskMode, kiosk_action};
use immunoguide::app::overlay::Overlay;
use immunoguide::app::symptoms::{list_area, visible_entries};
use immunoguide::app::{Action, AppState, Screen, update};
use immunoguide::content::{Embedded, Folder, Problem, Severity, Urgency, load};
use immunoguide::kiosk::config::KioskConfig;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/invalid")
        .join(name)
}

/// The one problem a broken fixture has.
fn problem(name: &str) -> Problem {
    let dir = fixture(name);
    let folder = Folder::open(&dir).unwrap_or_else(|e| panic!("{name}: {e}"));
    let problems = match load(&folder) {
        Ok(_) => panic!("{name} loaded, but it has a mistake"),
        Err(problems) => problems,
    };
    assert_eq!(problems.len(), 1, "{name}: {problems:#?}");
    assert_eq!(problems[0].severity, Severity::Error);
    problems[0].clone()
}

fn check(name: &str, file: &str, line: usize, column: usize, phrase: &str) {
    let p = problem(name);
    assert!(p.file.ends_with(file), "{name}: {p}");
    assert_eq!((p.line, p.column), (line, column), "{name}: {p}");
    assert!(p.message.contains(phrase), "{name}: {phrase:?} not in {p}");
}

#[test]
fn mistakes_in_the_symptom_list_are_found_where_they_are() {
    check(
        "symptom_urgency",
        "symptoms.toml",
        8,
        11,
        "`urgency` is \"soon\", which is not one the guide knows. Use one of `emergency`, `call-now`, `tell-soon`.",
    );
    check(
        "symptom_section",
        "symptoms.toml",
        4,
        11,
        "names `fevers`, but no section has that id",
    );
    check(
        "symptom_duplicate",
        "symptoms.toml",
        7,
        8,
        "\"fever\" is listed twice",
    );
    check(
        "symptom_missing_field",
        "symptoms.toml",
        1,
        1,
        "This symptom has no `urgency`",
    );
    check("symptom_none", "symptoms.toml", 1, 1, "has no symptoms");
}

#[test]
fn mistakes_in_the_help_lines_and_about_the_guide_are_found() {
    check(
        "help_line_phone",
        "guide.toml",
        16,
        9,
        "`phone` should be a phone number",
    );
    check(
        "about_the_guide_id",
        "guide.toml",
        13,
        30,
        "`about_the_guide` names `how-to`, but no section has that id",
    );
}

#[test]
fn the_shipped_list_names_worried_words_in_three_tiers() {
    let guide = load(&Embedded).expect("the shipped guide loads");
    let names: Vec<String> = guide
        .symptoms
        .iter()
        .map(|s| s.name.to_lowercase())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "A to Z");
    for word in [
        "belly pain",
        "cough",
        "diarrhea",
        "fever",
        "rash",
        "tired",
        "yellow eyes",
        "chest pain",
    ] {
        assert!(
            names.iter().any(|n| n.contains(word)),
            "{word} is not in the symptom list"
        );
    }
    for urgency in Urgency::ALL {
        assert!(
            guide.symptoms.iter().any(|s| s.urgency == urgency),
            "no symptom is {urgency:?}"
        );
    }
    let of = |name: &str| {
        guide
            .symptoms
            .iter()
            .find(|s| s.name.to_lowercase().starts_with(name))
            .map(|s| s.urgency)
    };
    // The three tiers of the warning signs.
    assert_eq!(of("chest pain"), Some(Urgency::Emergency));
    assert_eq!(of("trouble breathing"), Some(Urgency::Emergency));
    assert_eq!(of("fever"), Some(Urgency::CallNow));
    assert_eq!(of("yellow eyes"), Some(Urgency::CallNow));
    assert_eq!(of("rash or itching, mild"), Some(Urgency::TellSoon));
    for symptom in &guide.symptoms {
        assert!(guide.section_index(&symptom.section).is_some());
    }
    // The manifest names the help lines the search box shows.
    assert!(
        guide
            .about
            .help_lines
            .iter()
            .any(|l| l.phone.contains("1-800-227-2345"))
    );
}

fn reading(width: u16, height: u16) -> AppState {
    let mut s = state(width, height);
    act(&mut s, &[Action::Start]);
    s
}

fn id(s: &AppState) -> &str {
    &s.guide.sections[s.position.section].id
}

#[test]
fn by_keys_the_list_opens_narrows_and_opens_a_section() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::Symptoms]);
    let shown = screen(&s);
    assert!(shown.contains("Worried about a symptom?"), "{shown}");
    assert!(shown.contains("Chest pain"), "{shown}");
    assert!(shown.contains("Call 911 now"), "{shown}");
    assert!(shown.contains("Tell team soon"), "{shown}");
    // Typed letters narrow the list: they are not keys here.
    for c in "fev".chars() {
        act(&mut s, &[Action::Type(c)]);
    }
    let Some(Overlay::Symptoms(list)) = &s.overlay else {
        panic!("the symptom list is not open")
    };
    assert_eq!(list.shown.len(), 1);
    let shown = screen(&s);
    assert!(
        shown.contains("Call your care team now, day or night."),
        "{shown}"
    );
    act(&mut s, &[Action::Activate]);
    assert!(s.overlay.is_none());
    assert_eq!(id(&s), "care");
    // Back goes to where the list was opened from.
    act(&mut s, &[Action::Back]);
    assert_ne!(id(&s), "care");
}

#[test]
fn from_the_welcome_screen_by_key_and_by_click() {
    for (w, h) in [(80, 24), (40, 15)] {
        let mut s = state(w, h);
        let shown = screen(&s);
        assert!(
            shown.contains("Worried about a symptom?"),
            "{w}x{h}: {shown}"
        );
        // A click on the button: its row on screen.
        let row = shown
            .lines()
            .position(|l| l.contains("Worried about a symptom?"))
            .and_then(|r| u16::try_from(r).ok())
            .unwrap_or(0);
        act(&mut s, &[Action::Click { column: w / 2, row }]);
        assert!(
            matches!(s.overlay, Some(Overlay::Symptoms(_))),
            "{w}x{h}: the click did not open the list"
        );
        assert_eq!(s.screen, Screen::Welcome);
        // A click on a symptom opens its section in the reader.
        let Some(Overlay::Symptoms(list)) = &s.overlay else {
            panic!("not open")
        };
        let (top, entry) = visible_entries(&s, list)
            .into_iter()
            .find(|(_, e)| s.guide.symptoms[list.shown[e.at]].name == "Chest pain")
            .expect("chest pain is on the first screen");
        let area = list_area(&s);
        act(
            &mut s,
            &[Action::Click {
                column: area.x + 3,
                row: area.y + top + u16::try_from(entry.rows() - 1).unwrap_or(0),
            }],
        );
        assert_eq!(s.screen, Screen::Reader, "{w}x{h}");
        assert_eq!(id(&s), "care", "{w}x{h}");
        // Any other click on the welcome screen still starts reading.
        let mut s = state(w, h);
        act(&mut s, &[Action::Click { column: 1, row: 0 }]);
        assert_eq!(s.screen, Screen::Reader);
        assert!(s.overlay.is_none());
        // And the key.
        let mut s = state(w, h);
        act(&mut s, &[Action::Symptoms]);
        assert!(matches!(s.overlay, Some(Overlay::Symptoms(_))));
    }
}

#[test]
fn from_the_top_of_the_contents_by_click() {
    let mut s = reading(100, 30);
    let shown = screen(&s);
    let first = shown.lines().nth(1).unwrap_or_default();
    assert!(first.contains("Worried about a symptom?"), "{shown}");
    act(&mut s, &[Action::Click { column: 3, row: 1 }]);
    assert!(matches!(s.overlay, Some(Overlay::Symptoms(_))));
    // The entry under it still opens its own section.
    let mut s = reading(100, 30);
    act(&mut s, &[Action::Click { column: 8, row: 2 }]);
    assert!(s.overlay.is_none());
    assert_eq!(id(&s), "basics");
}

fn tap(column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

#[test]
fn at_a_kiosk_taps_reach_a_symptom() {
    let now = Instant::now();
    let mut s = state(80, 24);
    s.kiosk = Some(KioskMode::new(Arc::new(KioskConfig::default()), now));
    s.prepare();
    let press = |s: &mut AppState, event: Event| {
        if let Some(action) = kiosk_action(&event, s) {
            update(s, action, now);
        }
    };
    let shown = screen(&s);
    let row = shown
        .lines()
        .position(|l| l.contains("Worried about a symptom?"))
        .and_then(|r| u16::try_from(r).ok())
        .expect("the welcome screen offers the symptom list");
    press(&mut s, tap(40, row));
    let Some(Overlay::Symptoms(list)) = &s.overlay else {
        panic!("the tap did not open the list: {}", screen(&s))
    };
    let (top, _) = visible_entries(&s, list)[1];
    let area = list_area(&s);
    let second = s.guide.symptoms[list.shown[1]].section.clone();
    press(&mut s, tap(area.x + 4, area.y + top));
    assert_eq!(s.screen, Screen::Reader);
    assert_eq!(id(&s), second);
    // Letters typed at the kiosk's keyboard narrow the list, and Enter
    // opens.
    press(
        &mut s,
        Event::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::NONE)),
    );
    for c in "che".chars() {
        press(
            &mut s,
            Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    press(
        &mut s,
        Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
    );
    assert!(s.overlay.is_none());
    assert_eq!(id(&s), "care");
}

#[test]
fn no_size_breaks_the_list() {
    for width in 0..=50u16 {
        for height in [0u16, 3, 8, 12, 15] {
            let mut s = reading(width, height);
            act(&mut s, &[Action::Symptoms]);
            screen(&s);
            for action in [
                Action::Down,
                Action::NextPage,
                Action::Last,
                Action::Type('x'),
                Action::Erase,
                Action::Click { column: 5, row: 5 },
            ] {
                act(&mut s, &[action]);
                screen(&s);
            }
        }
    }
}

#[test]
fn the_wheel_moves_through_the_list() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::Symptoms]);
    act(
        &mut s,
        &[Action::ScrollDown {
            column: 40,
            row: 10,
        }],
    );
    let Some(Overlay::Symptoms(list)) = &s.overlay else {
        panic!("the list closed")
    };
    assert_eq!(list.selected, 2, "three symptoms in the example: the last");
    act(
        &mut s,
        &[Action::ScrollUp {
            column: 40,
            row: 10,
        }],
    );
    assert!(matches!(&s.overlay, Some(Overlay::Symptoms(l)) if l.selected == 0));
}
