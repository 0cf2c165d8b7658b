//! Finding things, driven through `update` as a person would: search with
//! a lay word, open a result at its page, n/N across sections, the
//! glossary and its definitions, links and marked words, back and forward.

use immunoguide::app::marks::Target;
use immunoguide::app::overlay::Overlay;
use immunoguide::app::{Action, AppState};

use crate::support::{act, marked_screen, open, screen, state};

fn id(s: &AppState) -> &str {
    &s.guide.sections[s.position.section].id
}

fn type_text(s: &mut AppState, text: &str) {
    for c in text.chars() {
        act(s, &[Action::Type(c)]);
    }
}

fn reading(width: u16, height: u16) -> AppState {
    let mut s = state(width, height);
    act(&mut s, &[Action::Start]);
    s
}

#[test]
fn a_lay_word_in_keywords_finds_its_section() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::Search]);
    type_text(&mut s, "NURSE");
    let Some(Overlay::Search(search)) = &s.overlay else {
        panic!("search is not open")
    };
    assert!(!search.hits.is_empty());
    act(&mut s, &[Action::Activate]);
    assert!(s.overlay.is_none());
    assert_eq!(id(&s), "care");
    assert_eq!(s.highlight.as_deref(), Some("NURSE"));
}

#[test]
fn letters_typed_in_search_are_not_commands() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::Search]);
    // 'q' would quit and 'c' would open the contents outside the box.
    let place = s.place();
    for c in ['q', 'c', 'g', '/', '?'] {
        let key = ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Char(c),
            ratatui::crossterm::event::KeyModifiers::NONE,
        );
        assert_eq!(
            immunoguide::app::keymap::action_for(&key, place),
            Some(Action::Type(c))
        );
    }
    type_text(&mut s, "qc");
    assert!(!s.quit);
    assert!(matches!(&s.overlay, Some(Overlay::Search(b)) if b.query == "qc"));
    act(&mut s, &[Action::Erase, Action::Erase, Action::Erase]);
    assert!(
        matches!(&s.overlay, Some(Overlay::Search(b)) if b.query.is_empty() && b.hits.is_empty())
    );
}

#[test]
fn nothing_found_says_so_kindly() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::Search]);
    type_text(&mut s, "zzzzqqq");
    let shown = screen(&s);
    assert!(shown.contains("Nothing found"), "{shown}");
    assert!(shown.contains("glossary"), "{shown}");
}

#[test]
fn search_opens_at_the_page_of_the_match_and_n_crosses_sections() {
    // Small, so "Questions to ask" has more than one page.
    let mut s = reading(40, 15);
    act(&mut s, &[Action::Search]);
    type_text(&mut s, "scans");
    act(&mut s, &[Action::Activate]);
    assert_eq!(id(&s), "questions");
    let layout = s.layout();
    let h = usize::from(s.plan().page_height());
    let shown: Vec<String> = layout.lines
        [s.position.top..(s.position.top + h).min(layout.lines.len())]
        .iter()
        .map(|l| l.text())
        .collect();
    assert!(
        shown.iter().any(|l| l.to_lowercase().contains("scans")),
        "{shown:?}"
    );
    assert!(s.position.top > 0, "the match is past the first page");

    // "cells" is in several sections: n walks forward through them.
    act(&mut s, &[Action::Search]);
    for _ in 0..5 {
        act(&mut s, &[Action::Erase]);
    }
    type_text(&mut s, "cells");
    act(&mut s, &[Action::Activate]);
    let first = s.position.section;
    let mut visited = vec![first];
    for _ in 0..6 {
        act(&mut s, &[Action::NextMatch]);
        if *visited.last().unwrap_or(&0) != s.position.section {
            visited.push(s.position.section);
        }
    }
    assert!(
        visited.len() >= 2,
        "n moved to another section: {visited:?}"
    );
    assert!(
        visited.windows(2).all(|w| w[0] < w[1]),
        "forward in reading order: {visited:?}"
    );
    assert_eq!(s.notice, Some("No more places after this one."));
    let last = s.position.section;
    act(&mut s, &[Action::PreviousMatch]);
    assert!(s.position.section < last || s.position.top > 0);
}

#[test]
fn escape_clears_search_marks() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::Search]);
    type_text(&mut s, "cells");
    act(&mut s, &[Action::Activate]);
    assert!(s.highlight.is_some());
    act(&mut s, &[Action::Close]);
    assert!(s.highlight.is_none());
}

#[test]
fn glossary_filter_definition_and_see_also() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::Glossary]);
    type_text(&mut s, "t ce");
    let Some(Overlay::Glossary(list)) = &s.overlay else {
        panic!("glossary is not open")
    };
    assert_eq!(list.shown.len(), 1);
    act(&mut s, &[Action::Activate]);
    assert!(matches!(s.overlay, Some(Overlay::Definition(_))));
    let shown = screen(&s);
    assert!(shown.contains("A white blood cell"), "{shown}");
    // Esc goes back to the list, with the filter kept.
    act(&mut s, &[Action::Close]);
    assert!(matches!(&s.overlay, Some(Overlay::Glossary(l)) if l.filter == "t ce"));
    act(
        &mut s,
        &[Action::Activate, Action::NextMark, Action::Activate],
    );
    assert!(s.overlay.is_none());
    assert_eq!(id(&s), "immune-cells");
}

#[test]
fn tab_moves_through_links_and_words_and_enter_follows() {
    let mut s = reading(80, 24);
    open(&mut s, "immune-cells");
    let kinds: Vec<Target> = s.marks.iter().map(|m| m.target).collect();
    assert!(
        kinds.iter().any(|t| matches!(t, Target::Term(_))),
        "T cell is marked: {kinds:?}"
    );
    let care = s.guide.section_index("care").unwrap_or(usize::MAX);
    let link = kinds.iter().position(|t| *t == Target::Section(care));
    let Some(link) = link else {
        panic!("the link to care is on the page: {kinds:?}")
    };
    for _ in 0..=link {
        act(&mut s, &[Action::NextMark]);
    }
    assert_eq!(s.focused_mark, Some(link));
    act(&mut s, &[Action::Activate]);
    assert_eq!(id(&s), "care");

    // Back returns to the page the link was on; forward goes again.
    act(&mut s, &[Action::Back]);
    assert_eq!(id(&s), "immune-cells");
    act(&mut s, &[Action::Forward]);
    assert_eq!(id(&s), "care");
    act(&mut s, &[Action::Forward]);
    assert_eq!(s.notice, Some("There is nowhere to go forward to."));
}

#[test]
fn enter_on_a_marked_word_explains_it() {
    let mut s = reading(80, 24);
    open(&mut s, "immune-cells");
    let term = s
        .marks
        .iter()
        .position(|m| matches!(m.target, Target::Term(_)));
    let Some(term) = term else {
        panic!("no marked word")
    };
    s.focused_mark = Some(term);
    act(&mut s, &[Action::Activate]);
    assert!(matches!(s.overlay, Some(Overlay::Definition(_))));
    act(&mut s, &[Action::Close]);
    assert!(s.overlay.is_none());
}

#[test]
fn clicking_a_link_follows_it() {
    let mut s = reading(100, 30);
    open(&mut s, "immune-cells");
    let care = s.guide.section_index("care").unwrap_or(usize::MAX);
    let Some(mark) = s
        .marks
        .iter()
        .find(|m| m.target == Target::Section(care))
        .copied()
    else {
        panic!("no link")
    };
    let text = s.plan().text;
    let column = text.x + u16::try_from(mark.start).unwrap_or(0);
    let row = text.y + u16::try_from(mark.row).unwrap_or(0);
    act(&mut s, &[Action::Click { column, row }]);
    assert_eq!(id(&s), "care");
}

#[test]
fn snapshots_of_finding_things() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::Search]);
    type_text(&mut s, "cells");
    insta::assert_snapshot!("search_results_80x24", screen(&s));
    act(&mut s, &[Action::Activate]);
    let page = marked_screen(&s);
    assert!(page.contains("⟦cells⟧"), "{page}");
    insta::assert_snapshot!("search_highlighted_page_80x24", page);
    act(&mut s, &[Action::Glossary, Action::Activate]);
    insta::assert_snapshot!("glossary_definition_80x24", marked_screen(&s));
    let mut small = reading(40, 15);
    act(&mut small, &[Action::Search]);
    type_text(&mut small, "brake");
    insta::assert_snapshot!("search_results_40x15", screen(&small));
}
