//! Finding things, driven through `update` as a person would: search with
//! a lay word, open a result at its page, n/N across sections, the
//! glossary and its definitions, links and marked words, back and forward.

use immunoguide::app::links::Target;
use immunoguide::app::overlay::Overlay;
use immunoguide::app::{Action, AppState};

use crate::support::{act, marked_screen, notice, open, screen, state};

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
    // The words to mark, folded as search found them.
    assert_eq!(s.highlight.as_deref(), Some("nurse"));
}

#[test]
fn letters_typed_in_search_are_not_commands() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::Search]);
    // 'q' would quit and 'c' would open the contents outside the box.
    let place = s.context();
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
fn nothing_found_leads_to_the_care_team_the_help_lines_and_the_lists() {
    for (w, h) in [(80, 24), (40, 15)] {
        let mut s = reading(w, h);
        act(&mut s, &[Action::Search]);
        type_text(&mut s, "zzqxv");
        let shown = screen(&s);
        let flat = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("No answer in this guide"), "{shown}");
        assert!(flat.contains("Ask your care team"), "{shown}");
        assert!(flat.contains("symptom list"), "{shown}");
        assert!(flat.contains("glossary"), "{shown}");
        if w == 80 {
            // The help line comes from the guide's manifest.
            assert!(
                flat.contains("American Cancer Society: 1-800-227-2345"),
                "{shown}"
            );
        }
        // Tab and Enter work from inside the box: letters would be typed.
        act(&mut s, &[Action::NextMark, Action::Activate]);
        assert!(matches!(s.overlay, Some(Overlay::Glossary(_))), "{w}x{h}");
        act(&mut s, &[Action::Close, Action::Search]);
        type_text(&mut s, "zzqxv");
        act(&mut s, &[Action::Activate]);
        assert!(matches!(s.overlay, Some(Overlay::Symptoms(_))), "{w}x{h}");
    }
}

#[test]
fn did_you_mean_offers_the_nearest_word_and_enter_searches_it() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::Search]);
    // "cels" is one letter off "cells", too short to be corrected
    // unasked: it is offered, and chosen, as nothing else is found.
    type_text(&mut s, "cels");
    assert!(screen(&s).contains("Did you mean cells?"), "{}", screen(&s));
    act(&mut s, &[Action::Activate]);
    let Some(Overlay::Search(search)) = &s.overlay else {
        panic!("search is not open")
    };
    assert_eq!(search.query, "cells");
    assert!(!search.hits.is_empty());
    // A longer word is corrected at once, and still offered.
    act(&mut s, &[Action::Close, Action::Search]);
    type_text(&mut s, "remembr");
    let Some(Overlay::Search(search)) = &s.overlay else {
        panic!("search is not open")
    };
    assert!(!search.hits.is_empty());
    let shown = screen(&s);
    assert!(shown.contains("Did you mean remember?"));
    // A click on the offer searches for it.
    let row = shown
        .lines()
        .position(|l| l.contains("Did you mean remember?"))
        .and_then(|r| u16::try_from(r).ok())
        .unwrap_or(0);
    act(&mut s, &[Action::Click { column: 20, row }]);
    assert!(matches!(&s.overlay, Some(Overlay::Search(b)) if b.query == "remember"));
    act(&mut s, &[Action::Close, Action::Search]);
    type_text(&mut s, "remembr");
    // Enter opens the first result, not the offer above it.
    act(&mut s, &[Action::Activate]);
    assert_eq!(id(&s), "immune-cells");
    assert_eq!(s.highlight.as_deref(), Some("remember"));
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

    // "cells" is in several sections: n walks through them in the order
    // of the results, saying where it is, and comes back round.
    act(&mut s, &[Action::Search]);
    for _ in 0..5 {
        act(&mut s, &[Action::Erase]);
    }
    type_text(&mut s, "cells");
    let Some(Overlay::Search(search)) = &s.overlay else {
        panic!("search is not open")
    };
    let found: Vec<usize> = search
        .hits
        .iter()
        .filter_map(|h| match h.target {
            immunoguide::search::HitTarget::Section(s) => Some(s),
            immunoguide::search::HitTarget::Term(_) => None,
        })
        .collect();
    assert!(found.len() >= 2, "{found:?}");
    act(&mut s, &[Action::Activate]);
    assert_eq!(s.position.section, found[0]);
    assert_eq!(s.match_count, Some((1, found.len())));
    assert!(screen(&s).contains(&format!("Match 1 of {}", found.len())));
    let mut visited = vec![s.position.section];
    for _ in 0..40 {
        act(&mut s, &[Action::NextMatch]);
        if s.notice.is_some() {
            break;
        }
        if *visited.last().unwrap_or(&usize::MAX) != s.position.section {
            visited.push(s.position.section);
        }
    }
    assert_eq!(visited, found, "n visits the results in their order");
    // Past the last: back to the first, and it says so.
    assert_eq!(
        s.notice.as_ref().map(|n| n.id),
        Some(immunoguide::app::matches::WRAPPED_TO_FIRST)
    );
    assert!(notice(&s).is_some_and(|n| n.contains("back to the first")));
    assert_eq!(s.position.section, found[0]);
    assert_eq!(s.match_count, Some((1, found.len())));
    let shown = screen(&s);
    assert!(shown.contains("Match 1 of"), "{shown}");
    // N from the first goes round to the last.
    act(&mut s, &[Action::PreviousMatch]);
    assert_eq!(
        s.notice.as_ref().map(|n| n.id),
        Some(immunoguide::app::matches::WRAPPED_TO_LAST)
    );
    assert_eq!(s.position.section, found[found.len() - 1]);
    assert_eq!(s.match_count, Some((found.len(), found.len())));
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
    let kinds: Vec<Target> = s.links.iter().map(|m| m.target).collect();
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
    assert_eq!(s.focused_link, Some(link));
    act(&mut s, &[Action::Activate]);
    assert_eq!(id(&s), "care");

    // Back returns to the page the link was on; forward goes again.
    act(&mut s, &[Action::Back]);
    assert_eq!(id(&s), "immune-cells");
    act(&mut s, &[Action::Forward]);
    assert_eq!(id(&s), "care");
    act(&mut s, &[Action::Forward]);
    assert_eq!(
        notice(&s).as_deref(),
        Some("There is nowhere to go forward to.")
    );
}

#[test]
fn enter_on_a_marked_word_explains_it() {
    let mut s = reading(80, 24);
    open(&mut s, "immune-cells");
    let term = s
        .links
        .iter()
        .position(|m| matches!(m.target, Target::Term(_)));
    let Some(term) = term else {
        panic!("no marked word")
    };
    s.focused_link = Some(term);
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
        .links
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

#[test]
fn opening_the_second_result_says_match_2() {
    let mut s = reading(80, 24);
    act(&mut s, &[Action::Search]);
    type_text(&mut s, "cells");
    act(&mut s, &[Action::Down, Action::Activate]);
    let Some((2, of)) = s.match_count else {
        panic!("no \"Match 2 of\": {:?}", s.match_count)
    };
    assert!(screen(&s).contains(&format!("Match 2 of {of}")));
    // The next key clears it, as it does a notice.
    act(&mut s, &[Action::Down]);
    assert_eq!(s.match_count, None);
}

#[test]
fn the_glossary_filter_lists_starts_then_insides_then_other_names() {
    use immunoguide::app::overlay::Why;
    use immunoguide::content::Term;
    let mut s = reading(80, 24);
    // Terms whose letters are found in three ways.
    let term = |name: &str, aliases: &[&str]| Term {
        id: name.to_lowercase().replace(' ', "-"),
        term: name.to_string(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        definition: "Words.".to_string(),
        see_also: Vec::new(),
        origin: Default::default(),
    };
    let mut guide = (*s.guide).clone();
    guide.glossary = vec![
        term("Corticosteroid", &[]),
        term("Pituitary gland", &["master gland"]),
        term("Steroid", &[]),
    ];
    s = AppState::new(std::sync::Arc::new(guide), 80, 24);
    act(&mut s, &[Action::Start, Action::Glossary]);
    type_text(&mut s, "ster");
    let Some(Overlay::Glossary(list)) = &s.overlay else {
        panic!("the glossary is not open")
    };
    let shown: Vec<(&str, &Why)> = list
        .shown
        .iter()
        .map(|t| (s.guide.glossary[t.term].term.as_str(), &t.why))
        .collect();
    assert_eq!(
        shown,
        [
            ("Steroid", &Why::Starts),
            ("Corticosteroid", &Why::Contains),
            ("Pituitary gland", &Why::Alias("master gland".to_string())),
        ]
    );
    // Why it is there is shown: the other name, with the letters marked.
    let page = marked_screen(&s);
    assert!(page.contains("⟦▶ Steroid"), "{page}");
    assert!(page.contains("Cortico⟦ster⟧oid"), "{page}");
    assert!(
        page.contains("Pituitary gland · also called “ma⟦ster⟧ gland”"),
        "{page}"
    );
    act(&mut s, &[Action::Down, Action::Up, Action::Down]);
    assert!(
        marked_screen(&s).contains("  ⟦Ster⟧oid"),
        "{}",
        marked_screen(&s)
    );
    act(&mut s, &[Action::Up]);
    act(&mut s, &[Action::Activate]);
    assert!(matches!(&s.overlay, Some(Overlay::Definition(d)) if d.term == 2));
}
