//! Resume and bookmarks in the app itself, driven by actions on the
//! documented example guide, with no files: `m` keeps the page, `'` lists
//! what was kept, places survive a new window size, the welcome screen's
//! choices work by keys and by clicks on what was drawn, and a kiosk has
//! none of it.

use std::sync::Arc;

use crate::support::{act, example_guide, notice, open, screen, state};
use immunoguide::app::bookmarks::{Choice, Place, Reading, Saved, settle, to_save};
use immunoguide::app::keymap::KeyContext;
use immunoguide::app::{Action, AppState, Screen};

fn reading(saved: Saved) -> AppState {
    reading_at(saved, 80, 24)
}

fn reading_at(saved: Saved, width: u16, height: u16) -> AppState {
    let mut state = state(width, height);
    state.reading = Some(Reading::new(saved));
    settle(&mut state);
    state
}

fn place(id: &str, word: usize) -> Place {
    Place {
        section: id.into(),
        title: "Kept title".into(),
        word,
    }
}

fn bookmarks(state: &AppState) -> Vec<(String, usize)> {
    state
        .reading
        .as_ref()
        .map(|r| {
            r.bookmarks
                .iter()
                .map(|p| (p.section.clone(), p.word))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn m_keeps_the_page_once_and_the_list_opens_and_deletes() {
    // A small window, so the section has more than one page.
    let mut state = reading_at(Saved::default(), 50, 14);
    act(&mut state, &[Action::Start]);
    open(&mut state, "questions");
    act(&mut state, &[Action::NextPage, Action::MarkPage]);
    assert_eq!(
        notice(&state).as_deref(),
        Some("Bookmarked. Press ' to see your bookmarks.")
    );
    let top = state.position.top;
    assert!(top > 0, "the second page of a long section");
    let word = state.layout().lines[top].anchor;
    assert_eq!(bookmarks(&state), [("questions".to_string(), word)]);
    assert!(
        state.reading.as_ref().is_some_and(|r| r.changed),
        "to be saved"
    );
    act(&mut state, &[Action::MarkPage]);
    assert_eq!(bookmarks(&state).len(), 1, "the same page is kept once");

    // Elsewhere, then back through the list, to the same page.
    open(&mut state, "basics");
    act(&mut state, &[Action::ListBookmarks]);
    assert_eq!(state.context(), KeyContext::Bookmarks);
    assert!(screen(&state).contains("Getting care › Questions to ask"));
    act(&mut state, &[Action::Activate]);
    assert_eq!(state.context(), KeyContext::Reader);
    assert_eq!(
        state.position.section,
        state.guide.section_index("questions").unwrap()
    );
    assert_eq!(state.position.top, top);
    act(&mut state, &[Action::Back]);
    assert_eq!(
        state.position.section,
        state.guide.section_index("basics").unwrap(),
        "Back returns from a bookmark like from a link"
    );

    act(
        &mut state,
        &[Action::ListBookmarks, Action::Remove, Action::Close],
    );
    assert!(bookmarks(&state).is_empty());
}

#[test]
fn a_kept_place_survives_a_new_window_size() {
    let mut state = reading_at(Saved::default(), 50, 14);
    act(&mut state, &[Action::Start]);
    open(&mut state, "questions");
    act(&mut state, &[Action::NextPage]);
    let first_word = state.layout().lines[state.position.top].text();
    let saved = to_save(&state).expect("interactive state is kept");
    assert_eq!(
        saved.last.as_ref().map(|p| p.section.as_str()),
        Some("questions")
    );

    // Next time, in a narrower and shorter window.
    let mut next = AppState::new(example_guide(), 40, 12);
    next.reading = Some(Reading::new(saved));
    settle(&mut next);
    assert!(screen(&next).contains("Continue: Questions to ask"));
    act(&mut next, &[Action::Start]);
    assert_eq!(next.screen, Screen::Reader);
    let layout = next.layout();
    let h = usize::from(next.plan().page_height());
    let page: Vec<String> = layout
        .lines
        .iter()
        .skip(next.position.top)
        .take(h)
        .map(|l| l.text())
        .collect();
    let word = first_word
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(
        page.iter().any(|l| l.contains(&word)),
        "the page shows {word:?}: {page:#?}"
    );
}

#[test]
fn welcome_choices_work_by_keys_and_by_clicks() {
    let saved = Saved {
        last: Some(place("brakes", 0)),
        bookmarks: vec![],
    };
    let brakes = example_guide().section_index("brakes").unwrap();

    let mut keys = reading(saved.clone());
    assert_eq!(
        keys.reading.as_ref().map(|r| r.choice),
        Some(Choice::Continue)
    );
    act(&mut keys, &[Action::Down]);
    assert_eq!(
        keys.reading.as_ref().map(|r| r.choice),
        Some(Choice::FromStart)
    );
    act(&mut keys, &[Action::Start]);
    assert_eq!((keys.screen, keys.position.section), (Screen::Reader, 0));

    // A click on the line that says "Start from the beginning", found
    // where it was drawn.
    let mut clicks = reading(saved.clone());
    let drawn = screen(&clicks);
    let row = drawn
        .lines()
        .position(|l| l.contains("Start from the beginning"))
        .expect("drawn");
    assert!(
        drawn.contains("Continue: Brakes on T cells"),
        "the title from the guide"
    );
    let row = u16::try_from(row).unwrap();
    act(&mut clicks, &[Action::Click { column: 40, row }]);
    assert_eq!(
        (clicks.screen, clicks.position.section),
        (Screen::Reader, 0)
    );

    let mut clicks = reading(saved);
    let drawn = screen(&clicks);
    let row = drawn
        .lines()
        .position(|l| l.contains("Continue:"))
        .expect("drawn");
    act(
        &mut clicks,
        &[Action::Click {
            column: 40,
            row: u16::try_from(row).unwrap(),
        }],
    );
    assert_eq!(clicks.position.section, brakes);
    // The offer is used up: it is not made again in this run.
    assert!(clicks.reading.as_ref().is_some_and(|r| r.resume.is_none()));
}

#[test]
fn places_no_longer_in_the_guide_are_left_out_with_a_note() {
    let state = reading(Saved {
        last: Some(place("gone", 3)),
        bookmarks: vec![place("gone-too", 0), place("care", 0)],
    });
    let reading = state.reading.as_ref().unwrap();
    assert!(reading.resume.is_none());
    assert_eq!(bookmarks(&state), [("care".to_string(), 0)]);
    assert!(reading.changed, "saved without them");
    assert!(notice(&state).is_some_and(|n| n.contains("no longer in the guide")));
    assert!(screen(&state).contains("Press Enter or tap here to start"));
}

#[test]
fn a_kiosk_has_no_bookmarks_and_keeps_no_place() {
    let mut kiosk = state(80, 24);
    kiosk.kiosk = Some(immunoguide::app::kiosk_mode::KioskMode::new(
        Arc::new(Default::default()),
        std::time::Instant::now(),
    ));
    act(&mut kiosk, &[Action::Start, Action::MarkPage]);
    assert_eq!(
        notice(&kiosk).as_deref(),
        Some("Bookmarks are not kept on a shared screen.")
    );
    assert!(kiosk.reading.is_none());
    assert!(to_save(&kiosk).is_none());
    let words = immunoguide::phrases::Phrases::default();
    let help = immunoguide::app::help::help_lines(true, true, &words);
    assert!(
        !format!("{help:?}").contains("Bookmark"),
        "kiosk help has no bookmark keys"
    );
    let help = immunoguide::app::help::help_lines(true, false, &words);
    assert!(format!("{help:?}").contains("Bookmark this page"));
}
