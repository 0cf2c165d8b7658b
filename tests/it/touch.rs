//! A kiosk by touch alone, in-process: each flow a visitor has with no
//! keyboard, tap by tap, through the same path the event loop feeds
//! (`kiosk_action`, then `update`). The page buttons with the contents
//! open, the Contents button on and off, A–Z, help as a touch page,
//! links and list entries tapped anywhere on their line, the bar growing
//! on larger screens, and each button against the key it stands for. The
//! flow Start → Contents → Page ▶ in a real terminal is in
//! tests/pty/kiosk.rs.

use std::time::Instant;

use immunoguide::app::a_to_z::a_to_z_view;
use immunoguide::app::geometry::{LIST_TOP, overlay_area};
use immunoguide::app::help::{HelpLine, help_lines};
use immunoguide::app::keymap::key_for;
use immunoguide::app::links::Target;
use immunoguide::app::navigate::jump;
use immunoguide::app::overlay::Overlay;
use immunoguide::app::search_box::search_layout;
use immunoguide::app::symptoms::{list_area, visible_entries};
use immunoguide::app::touch::{self, TouchButton};
use immunoguide::app::{Action, AppState, Focus, Screen, update};
use immunoguide::kiosk::config::KioskConfig;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;

use crate::support::kiosk::{into_kiosk, key, press, shown_at, tap, tap_on, wheel};
use crate::support::{builtin_guide, draw, screen};

/// The built-in guide in a kiosk of `width` × `height`, reading its first
/// page.
fn reading(width: u16, height: u16) -> AppState {
    let now = Instant::now();
    let state = AppState::new(builtin_guide(), width, height);
    let mut s = into_kiosk(state, KioskConfig::default(), now);
    tap_on(&mut s, "Start reading");
    assert_eq!(s.screen, Screen::Reader);
    s
}

/// Goes to the first section with at least `pages` pages as it is shown
/// now, as a tap on a link would.
fn go_to_long_section(s: &mut AppState, pages: usize) -> usize {
    let found = (0..s.guide.sections.len()).find(|&i| {
        jump(s, i);
        s.prepare();
        s.page().1 >= pages
    });
    found.unwrap_or_else(|| panic!("no section of {pages} pages"))
}

/// Whether the touch bar's button `label` is drawn pressed.
fn pressed(s: &AppState, label: &str) -> bool {
    let (x, y) = shown_at(s, label).unwrap_or_else(|| panic!("no {label:?} button"));
    draw(s)[(x, y)].modifier.contains(Modifier::REVERSED)
}

/// The text of the touch bar's rows.
fn bar_text(s: &AppState) -> String {
    let status = s.plan().status;
    screen(s)
        .lines()
        .skip(usize::from(status.y))
        .collect::<Vec<_>>()
        .join("\n")
}

/// After Contents, the page buttons still turn the pages of the section
/// being read: the list stays open beside the text on a wide screen, and
/// is put away on a narrow one, where it covers the text. Contents shows
/// pressed while the list is open and puts it away again.
#[test]
fn the_page_buttons_turn_pages_with_the_contents_open() {
    for (width, wide) in [(80u16, true), (60, false)] {
        let mut s = reading(width, 24);
        assert!(
            s.plan().contents.is_none(),
            "{width}: the list shows unasked"
        );
        assert!(!pressed(&s, "Contents"));
        tap_on(&mut s, "Contents");
        assert_eq!(s.focus, Focus::Contents, "{width}");
        assert!(s.plan().contents.is_some(), "{width}: no list");
        assert!(pressed(&s, "Contents"), "{width}: Contents is not shown on");
        let section = go_to_long_section(&mut s, 3);
        s.focus = Focus::Contents;
        s.prepare();
        let selected = s.contents.selected;
        assert_eq!(s.page().0, 1);

        tap_on(&mut s, "Page ▶");
        assert_eq!((s.position.section, s.page().0), (section, 2), "{width}");
        assert_eq!(s.contents.selected, selected, "{width}: the list moved");
        assert_eq!(s.focus == Focus::Contents, wide, "{width}");
        assert_eq!(pressed(&s, "Contents"), wide, "{width}");
        tap_on(&mut s, "Page ▶");
        assert_eq!(s.page().0, 3, "{width}");
        tap_on(&mut s, "◀ Page");
        assert_eq!((s.position.section, s.page().0), (section, 2), "{width}");

        if wide {
            tap_on(&mut s, "Contents");
            assert_eq!(s.focus, Focus::Reader);
            assert!(s.plan().contents.is_none());
            assert!(!pressed(&s, "Contents"));
        }
    }
}

/// The list opening beside the text narrows it; the words at the top of
/// the page stay in view.
#[test]
fn opening_the_contents_keeps_the_words_in_view() {
    let mut s = reading(100, 30);
    go_to_long_section(&mut s, 3);
    tap_on(&mut s, "Page ▶");
    tap_on(&mut s, "Page ▶");
    for _ in 0..2 {
        let first = s.layout_for_drawing().lines[s.position.top].anchor;
        tap_on(&mut s, "Contents");
        let layout = s.layout_for_drawing();
        let line = layout.line_of_anchor(first);
        let h = usize::from(s.plan().page_height());
        assert!(
            (s.position.top..s.position.top + h).contains(&line),
            "line {line} is not on the page from {}",
            s.position.top
        );
    }
}

/// A contents entry opens with a tap anywhere on its line, out to the
/// list's right edge.
#[test]
fn a_contents_entry_opens_from_anywhere_on_its_line() {
    for (width, wide) in [(80u16, true), (60, false)] {
        let mut s = reading(width, 24);
        tap_on(&mut s, "Contents");
        let area = s.plan().contents.expect("the list");
        let (_, row) = shown_at(&s, "Side effects").expect("the Side effects chapter");
        tap(&mut s, area.right() - 2, row);
        let title = &s.guide.sections[s.position.section].title;
        assert_eq!(title, "Side effects", "{width}");
        assert_eq!(s.focus == Focus::Contents, wide, "{width}");
    }
}

/// A–Z opens a chooser; each of its two large buttons opens its list with
/// a tap anywhere on it, and every entry of each list opens with a tap
/// at the end of its line. Back steps out again.
#[test]
fn a_to_z_opens_the_symptom_list_and_the_glossary_by_touch() {
    let mut s = reading(80, 24);
    let start = s.position;
    tap_on(&mut s, "A–Z");
    assert!(
        matches!(s.overlay, Some(Overlay::AToZ(_))),
        "{}",
        screen(&s)
    );
    let shown = screen(&s);
    assert!(shown.contains("Symptoms A to Z") && shown.contains("Words A to Z"));
    let view = a_to_z_view(&s.plan(), s.phrases());
    for choice in &view.choices {
        assert!(choice.height >= 3 && choice.width >= 8, "{choice:?}");
    }

    // Symptoms, from the bottom right corner of its button.
    let symptoms = view.choices[0];
    tap(&mut s, symptoms.right() - 1, symptoms.bottom() - 1);
    let Some(Overlay::Symptoms(list)) = s.overlay.clone() else {
        panic!("no symptom list: {}", screen(&s));
    };
    let entries = visible_entries(&s, &list);
    let (top, entry) = entries.get(2).expect("three symptoms shown");
    let symptom = &s.guide.symptoms[list.shown[entry.at]];
    let wanted = s.guide.section_index(&symptom.section);
    let area = list_area(&s);
    tap(&mut s, area.right() - 1, area.y + top);
    assert!(s.overlay.is_none(), "{}", screen(&s));
    assert_eq!(Some(s.position.section), wanted);
    tap_on(&mut s, "Back");
    assert_eq!(s.position, start);

    // Words, then a word from the end of its line.
    tap_on(&mut s, "A–Z");
    let words = a_to_z_view(&s.plan(), s.phrases()).choices[1];
    tap(&mut s, words.x, words.y);
    let Some(Overlay::Glossary(list)) = s.overlay.clone() else {
        panic!("no glossary: {}", screen(&s));
    };
    let area = overlay_area(&s.plan());
    tap(&mut s, area.right() - 2, area.y + LIST_TOP + 2);
    match &s.overlay {
        Some(Overlay::Definition(def)) => assert_eq!(def.term, list.shown[2].term),
        other => panic!("no definition: {other:?}"),
    }
    tap_on(&mut s, "Back");
    assert!(matches!(s.overlay, Some(Overlay::Glossary(_))));
    // Page ▶ pages the list that is in front.
    tap_on(&mut s, "Page ▶");
    match &s.overlay {
        Some(Overlay::Glossary(l)) => assert!(l.selected > 2, "{}", l.selected),
        other => panic!("{other:?}"),
    }
    tap_on(&mut s, "Back");
    assert!(s.overlay.is_none());
    assert_eq!(s.position, start);
    // A tap beside the chooser puts it away and does nothing else.
    tap_on(&mut s, "A–Z");
    let outer = a_to_z_view(&s.plan(), s.phrases()).outer;
    tap(&mut s, outer.x.saturating_sub(1), outer.y);
    assert!(s.overlay.is_none());
    assert_eq!(s.position, start);
}

/// Help at a kiosk is a page about the buttons: each reading button by
/// its label and what it does, moved by the wheel and the page buttons,
/// put away only by Close. Its bar holds its own page buttons, and Close
/// where Help was.
#[test]
fn help_is_a_touch_page_closed_by_close() {
    let mut s = reading(80, 24);
    let (help_x, help_y) = shown_at(&s, "Help").expect("the Help button");
    tap_on(&mut s, "Help");
    assert!(s.help_open);
    let bar = bar_text(&s);
    for label in ["◀ Page", "Page ▶", "Close"] {
        assert!(bar.contains(label), "{label}: {bar}");
    }
    for label in ["Back", "Contents", "A–Z", "Help"] {
        assert!(!bar.contains(label), "{label}: {bar}");
    }
    let words = s.phrases();
    let lines = help_lines(true, true, words);
    for button in touch::READING {
        assert!(
            lines.contains(&HelpLine::Entry {
                keys: words.get(button.label).into_owned(),
                what: words.get(button.what),
            }),
            "help does not explain {:?}",
            button.label
        );
    }
    assert!(screen(&s).contains("Page ▶ for more"), "{}", screen(&s));

    wheel(&mut s, true, 40, 10);
    assert_eq!(s.help_scroll, 3);
    wheel(&mut s, false, 40, 10);
    assert_eq!(s.help_scroll, 0);
    tap_on(&mut s, "Page ▶");
    let page = s.help_scroll;
    assert!(page > 3, "{page}");
    tap_on(&mut s, "◀ Page");
    assert_eq!(s.help_scroll, 0);

    // Taps on the help, beside it and on the page do not put it away.
    for (x, y) in [(40, 3), (40, 18), (0, 0), (79, 10)] {
        tap(&mut s, x, y);
        assert!(s.help_open, "a tap at {x},{y} closed help");
    }
    // Close sits where Help was.
    tap(&mut s, help_x, help_y);
    assert!(!s.help_open);
    assert!(!screen(&s).contains("The buttons at the bottom"));
}

/// On a touch screen a link (or an underlined word) opens with a tap
/// anywhere on its line, and on the line above or below when those have
/// no link of their own; with a mouse, only on the link.
#[test]
fn a_link_opens_from_anywhere_on_its_line() {
    let mut s = reading(80, 24);
    let n = s.guide.sections.len();
    let found = (0..n).find_map(|i| {
        jump(&mut s, i);
        s.prepare();
        let links = s.links.clone();
        links.iter().find_map(|l| {
            let alone = |row: usize| links.iter().all(|o| o.row != row);
            let single = links.iter().filter(|o| o.row == l.row).count() == 1;
            let above = l.row > 0 && alone(l.row - 1) && (l.row < 2 || alone(l.row - 2));
            (single && above).then_some((i, *l))
        })
    });
    let (section, link) = found.expect("a page with a link alone on its line");
    let plan = s.plan();
    let row = plan.text.y + u16::try_from(link.row).unwrap_or(0);
    let far_right = plan.reader.right() - 2;
    for (x, y) in [(far_right, row), (plan.reader.x + 1, row - 1)] {
        jump(&mut s, section);
        s.overlay = None;
        s.prepare();
        tap(&mut s, x, y);
        match link.target {
            Target::Section(to) => assert_eq!(s.position.section, to),
            Target::Term(term) => match &s.overlay {
                Some(Overlay::Definition(def)) => assert_eq!(def.term, term),
                other => panic!("tap at {x},{y}: {other:?}"),
            },
            Target::Source(_) => assert!(s.status_message().is_some()),
        }
    }

    // At a terminal with a mouse, the rest of a link's line is only text.
    let mut own = AppState::new(builtin_guide(), 80, 24);
    own.screen = Screen::Reader;
    let plan = own.plan();
    let last = usize::from(plan.text.width - 1);
    let link = (0..n)
        .find_map(|i| {
            jump(&mut own, i);
            own.prepare();
            own.links.iter().find(|l| l.end < last).copied()
        })
        .expect("a link that ends before its line does");
    let before = (own.position, own.overlay.clone());
    let row = plan.text.y + u16::try_from(link.row).unwrap_or(0);
    let column = plan.text.x + u16::try_from(last).unwrap_or(0);
    update(&mut own, Action::Click { column, row }, Instant::now());
    assert_eq!((own.position, own.overlay.clone()), before);
    // And the link itself opens.
    let column = plan.text.x + u16::try_from(link.start).unwrap_or(0);
    update(&mut own, Action::Click { column, row }, Instant::now());
    assert_ne!((own.position, own.overlay.clone()), before);
}

/// A search result opens with a tap at the end of its line.
#[test]
fn a_search_result_opens_from_the_end_of_its_line() {
    let mut s = reading(80, 24);
    let now = Instant::now();
    press(&mut s, &key(KeyCode::Char('/'), KeyModifiers::NONE), now);
    for c in "rash".chars() {
        press(&mut s, &key(KeyCode::Char(c), KeyModifiers::NONE), now);
    }
    let Some(Overlay::Search(search)) = s.overlay.clone() else {
        panic!("no search box");
    };
    let hit = search.hits.first().expect("results for rash").clone();
    let layout = search_layout(&s, &search);
    // The page buttons move a screen of results at a time.
    tap_on(&mut s, "Page ▶");
    let Some(Overlay::Search(paged)) = s.overlay.clone() else {
        panic!("the search box closed");
    };
    let last = search.choices() - 1;
    assert_eq!(
        paged.selected,
        (search.selected + layout.hits_visible).min(last)
    );
    assert!(paged.selected > search.selected + 1, "{}", paged.selected);
    tap_on(&mut s, "◀ Page");
    let Some(Overlay::Search(back)) = s.overlay.clone() else {
        panic!("the search box closed");
    };
    assert_eq!(back.selected, search.selected);
    tap(
        &mut s,
        layout.inner.right() - 1,
        layout.inner.y + layout.hits_top,
    );
    assert!(s.overlay.is_none(), "{}", screen(&s));
    let immunoguide::search::HitTarget::Section(section) = hit.target else {
        panic!("the first result is not a section: {hit:?}");
    };
    assert_eq!(s.position.section, section);
}

/// The bar is an eighth of the screen: 3 rows at 80×24, 5 at 120×40,
/// every button framed across all of them.
#[test]
fn the_touch_bar_grows_on_larger_screens() {
    for (width, height, rows) in [(80u16, 24u16, 3u16), (120, 40, 5), (44, 24, 6)] {
        let s = reading(width, height);
        let bar = s.plan().status;
        assert_eq!(bar.height, rows, "{width}x{height}");
        let buffer = draw(&s);
        let words = s.phrases();
        for (rect, button) in touch::placed(touch::buttons(s.key_context()), bar, words) {
            assert!(rect.height >= 3 && rect.width >= 8, "{:?}", button.label);
            assert_eq!(buffer[(rect.x, rect.y)].symbol(), "┌", "{:?}", button.label);
            assert_eq!(buffer[(rect.x, rect.bottom() - 1)].symbol(), "└");
        }
        let shown = bar_text(&s);
        for button in touch::READING {
            let label = words.get(button.label);
            assert!(shown.contains(label.as_ref()), "{width}x{height}: {shown}");
        }
    }
}

/// A place the bar shows in: its name, how to get there, its buttons.
type Place<'a> = (&'a str, &'a dyn Fn() -> AppState, &'static [TouchButton]);

/// A tap on each button does what pressing its key does, in each place
/// the bar shows it: reading, the welcome screen, help, the PIN prompt.
#[test]
fn every_touch_button_does_what_its_key_does() {
    // Reading page 2 of a long section, with somewhere to go back to.
    let reader = || {
        let mut s = reading(80, 24);
        go_to_long_section(&mut s, 3);
        tap_on(&mut s, "Page ▶");
        s
    };
    let welcome = || {
        let state = AppState::new(builtin_guide(), 80, 24);
        into_kiosk(state, KioskConfig::default(), Instant::now())
    };
    let help = || {
        let mut s = reader();
        tap_on(&mut s, "Help");
        tap_on(&mut s, "Page ▶");
        s
    };
    let places: [Place; 3] = [
        ("reading", &reader, touch::READING),
        ("welcome", &welcome, touch::WELCOME),
        ("help", &help, touch::IN_HELP),
    ];
    for (name, make, buttons) in places {
        for button in buttons {
            let mut tapped = make();
            assert_eq!(touch::buttons(tapped.key_context()), buttons, "{name}");
            let label = tapped.phrases().get(button.label).into_owned();
            tap_on(&mut tapped, &label);
            let mut keyed = make();
            let k = key_for(button.place, button.action).expect("a key");
            press(
                &mut keyed,
                &Event::Key(KeyEvent::new(k.code, k.modifiers)),
                Instant::now(),
            );
            assert_eq!(
                screen(&tapped),
                screen(&keyed),
                "{name}: the {:?} button and its key {:?}",
                button.label,
                k.label
            );
        }
    }

    // The staff PIN prompt reads its own keys: Cancel is its Esc.
    let pin = || {
        let mut s = reader();
        let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
        press(&mut s, &key(KeyCode::Char('s'), both), Instant::now());
        press(&mut s, &key(KeyCode::Char('t'), both), Instant::now());
        assert!(screen(&s).contains("Staff only"));
        s
    };
    let mut tapped = pin();
    tap_on(&mut tapped, "Cancel");
    let mut keyed = pin();
    press(
        &mut keyed,
        &key(KeyCode::Esc, KeyModifiers::NONE),
        Instant::now(),
    );
    assert!(!screen(&tapped).contains("Staff only"));
    assert_eq!(screen(&tapped), screen(&keyed));
}
