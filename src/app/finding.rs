//! Finding things: the search box, the glossary, a word's definition, the
//! links and marked words on a page, n/N between search matches, and back
//! and forward through the places visited.

use std::sync::Arc;

use super::action::Action;
use super::geometry::{LIST_TOP, contains, list_offset, overlay_area};
use super::marks::Target;
use super::overlay::{Definition, GlossaryList, MAX_RESULTS, Overlay, SearchBox};
use super::state::{AppState, Focus, Position};
use super::update::open_section;
use crate::search::{self, HitTarget};

/// Rows each search result takes: its place in the guide, then the words
/// around the match.
pub const RESULT_ROWS: u16 = 2;

pub fn open_search(state: &mut AppState) {
    let query = state.highlight.clone().unwrap_or_default();
    let mut search = SearchBox {
        query,
        ..SearchBox::default()
    };
    refresh_hits(state, &mut search);
    state.overlay = Some(Overlay::Search(search));
}

fn refresh_hits(state: &AppState, search: &mut SearchBox) {
    search.hits = state.index().search(&search.query, MAX_RESULTS);
    search.selected = 0;
}

pub fn open_glossary(state: &mut AppState) {
    let mut list = GlossaryList::default();
    filter_glossary(state, &mut list);
    state.overlay = Some(Overlay::Glossary(list));
}

fn filter_glossary(state: &AppState, list: &mut GlossaryList) {
    let filter = search::fold(list.filter.trim());
    list.shown = state
        .guide
        .glossary
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            filter.is_empty()
                || std::iter::once(&t.term)
                    .chain(t.aliases.iter())
                    .any(|name| search::fold(name).contains(&filter))
        })
        .map(|(i, _)| i)
        .collect();
    list.selected = list.selected.min(list.shown.len().saturating_sub(1));
}

/// Keys while an overlay is open.
pub fn overlay_action(state: &mut AppState, action: Action) {
    let Some(overlay) = state.overlay.take() else {
        return;
    };
    state.overlay = match overlay {
        Overlay::Search(search) => search_action(state, search, action),
        Overlay::Glossary(list) => glossary_action(state, list, action),
        Overlay::Definition(def) => definition_action(state, def, action),
    };
}

fn search_action(state: &mut AppState, mut search: SearchBox, action: Action) -> Option<Overlay> {
    match action {
        // A bound keeps a pasted novel from becoming a query.
        Action::Type(c) if search.query.chars().count() < 200 && !c.is_control() => {
            search.query.push(c);
            refresh_hits(state, &mut search);
        }
        Action::Erase => {
            search.query.pop();
            refresh_hits(state, &mut search);
        }
        Action::Down | Action::NextPage => {
            search.selected = (search.selected + 1).min(search.hits.len().saturating_sub(1))
        }
        Action::Up | Action::PreviousPage => search.selected = search.selected.saturating_sub(1),
        Action::Activate => {
            open_hit(state, &search, search.selected);
            return None;
        }
        Action::Close => {
            state.highlight = None;
            return None;
        }
        _ => {}
    }
    Some(Overlay::Search(search))
}

/// Opens a search result at the page where the words are, with every
/// match on the page marked.
fn open_hit(state: &mut AppState, search: &SearchBox, index: usize) {
    let Some(hit) = search.hits.get(index) else {
        return;
    };
    state.highlight = Some(search.query.trim().to_string()).filter(|q| !q.is_empty());
    match hit.target {
        HitTarget::Section(section) => {
            jump(state, section);
            if let Some(word) = hit.word {
                let layout = state.layout();
                let h = usize::from(state.plan().page_height());
                state.position.top = layout.line_of_anchor(word) / h * h;
            }
        }
        HitTarget::Term(term) => {
            state.overlay = Some(Overlay::Definition(Definition {
                term,
                selected: None,
                from_list: None,
            }));
        }
    }
}

fn glossary_action(
    state: &mut AppState,
    mut list: GlossaryList,
    action: Action,
) -> Option<Overlay> {
    let page = usize::from(
        overlay_area(&state.plan())
            .height
            .saturating_sub(LIST_TOP + 1),
    )
    .max(1);
    match action {
        Action::Type(c) if list.filter.chars().count() < 60 && !c.is_control() => {
            list.filter.push(c);
            list.selected = 0;
            filter_glossary(state, &mut list);
        }
        Action::Erase => {
            list.filter.pop();
            filter_glossary(state, &mut list);
        }
        Action::Down => list.selected = (list.selected + 1).min(list.shown.len().saturating_sub(1)),
        Action::Up => list.selected = list.selected.saturating_sub(1),
        Action::NextPage => {
            list.selected = (list.selected + page).min(list.shown.len().saturating_sub(1))
        }
        Action::PreviousPage => list.selected = list.selected.saturating_sub(page),
        Action::Activate => {
            if let Some(&term) = list.shown.get(list.selected) {
                return Some(Overlay::Definition(Definition {
                    term,
                    selected: None,
                    from_list: Some(list),
                }));
            }
        }
        Action::Close => return None,
        _ => {}
    }
    Some(Overlay::Glossary(list))
}

fn definition_action(state: &mut AppState, mut def: Definition, action: Action) -> Option<Overlay> {
    let related = state
        .guide
        .glossary
        .get(def.term)
        .map_or(0, |t| t.see_also.len());
    match action {
        Action::NextMark | Action::Down if related > 0 => {
            def.selected = Some(def.selected.map_or(0, |s| (s + 1) % related));
        }
        Action::PreviousMark | Action::Up if related > 0 => {
            def.selected = Some(
                def.selected
                    .map_or(related - 1, |s| (s + related - 1) % related),
            );
        }
        Action::Activate if def.selected.is_none() && related > 1 => def.selected = Some(0),
        Action::Activate => {
            let chosen = def.selected.or((related == 1).then_some(0));
            let target = chosen
                .and_then(|i| {
                    state
                        .guide
                        .glossary
                        .get(def.term)
                        .and_then(|t| t.see_also.get(i))
                })
                .and_then(|id| state.guide.section_index(id));
            if let Some(section) = target {
                jump(state, section);
                return None;
            }
        }
        Action::Close => return def.from_list.map(Overlay::Glossary),
        _ => {}
    }
    Some(Overlay::Definition(def))
}

/// A jump to another section that Back can undo.
pub fn jump(state: &mut AppState, section: usize) {
    state.history.leave(state.position);
    open_section(state, section, false);
    state.focus = Focus::Reader;
}

fn go_to(state: &mut AppState, to: Position) {
    let guide = Arc::clone(&state.guide);
    if guide.section(to.section).is_none() {
        return;
    }
    state.position = to;
    state.contents.select(&guide, to.section);
}

pub fn back(state: &mut AppState) {
    match state.history.back(state.position) {
        Some(to) => go_to(state, to),
        None => state.notice = Some("There is nowhere to go back to yet."),
    }
}

pub fn forward(state: &mut AppState) {
    match state.history.forward(state.position) {
        Some(to) => go_to(state, to),
        None => state.notice = Some("There is nowhere to go forward to."),
    }
}

/// Tab and Shift-Tab through the links and marked words on the page.
pub fn move_mark(state: &mut AppState, forward: bool) {
    let count = state.marks.len();
    if count == 0 {
        state.notice = Some("No links or marked words on this page.");
        return;
    }
    state.focused_mark = Some(match (state.focused_mark, forward) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(i), true) => (i + 1) % count,
        (Some(i), false) => (i + count - 1) % count,
    });
}

/// Enter on a focused link or word: go there, or explain the word.
pub fn follow_mark(state: &mut AppState, index: usize) {
    let Some(mark) = state.marks.get(index).copied() else {
        return;
    };
    match mark.target {
        Target::Section(section) => jump(state, section),
        Target::Source(_) => state.notice = Some(super::addresses::how_to_open(state)),
        Target::Term(term) => {
            state.overlay = Some(Overlay::Definition(Definition {
                term,
                selected: None,
                from_list: None,
            }))
        }
    }
}

/// The words of the active search, to find on a line.
fn search_words(state: &AppState) -> Vec<String> {
    state
        .highlight
        .as_deref()
        .map(|q| q.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

fn line_matches(words: &[String], text: &str) -> bool {
    words.iter().any(|w| !search::find_in(text, w).is_empty())
}

/// n and N: the next or previous page, in this section or another, where
/// the search words appear.
pub fn next_match(state: &mut AppState, forward: bool) {
    let words = search_words(state);
    if words.is_empty() {
        state.notice = Some("Search first with /, then n finds the next place.");
        return;
    }
    let h = usize::from(state.plan().page_height());
    let layout = state.layout();
    let top = state.position.top;
    let here = if forward {
        layout
            .lines
            .iter()
            .enumerate()
            .skip(top + h)
            .find(|(_, l)| line_matches(&words, &l.text()))
    } else {
        layout
            .lines
            .iter()
            .enumerate()
            .take(top)
            .rev()
            .find(|(_, l)| line_matches(&words, &l.text()))
    };
    if let Some((line, _)) = here {
        state.position.top = line / h * h;
        return;
    }
    let query = state.highlight.clone().unwrap_or_default();
    let mut sections: Vec<usize> = state
        .index()
        .search(&query, usize::MAX)
        .into_iter()
        .filter_map(|hit| match hit.target {
            HitTarget::Section(s) => Some(s),
            HitTarget::Term(_) => None,
        })
        .collect();
    sections.sort_unstable();
    let current = state.position.section;
    let next = if forward {
        sections.into_iter().find(|&s| s > current)
    } else {
        sections.into_iter().rev().find(|&s| s < current)
    };
    let Some(section) = next else {
        state.notice = Some(if forward {
            "No more places after this one."
        } else {
            "No more places before this one."
        });
        return;
    };
    jump(state, section);
    let layout = state.layout();
    let mut lines = layout.lines.iter().enumerate();
    let found = if forward {
        lines.find(|(_, l)| line_matches(&words, &l.text()))
    } else {
        lines.rev().find(|(_, l)| line_matches(&words, &l.text()))
    };
    if let Some((line, _)) = found {
        state.position.top = line / h * h;
    }
}

/// The definition popup: as small as its text allows, centred in the
/// overlay area. Drawing and clicking both use it.
pub fn definition_area(
    plan: &super::geometry::Plan,
    term: &crate::content::Term,
) -> ratatui::layout::Rect {
    let area = overlay_area(plan);
    let width = area.width.min(64);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let mut rows = textwrap::wrap(&term.definition, inner).len();
    if !term.aliases.is_empty() {
        rows +=
            1 + textwrap::wrap(&format!("Also called: {}", term.aliases.join(", ")), inner).len();
    }
    if !term.see_also.is_empty() {
        rows += 2 + term.see_also.len();
    }
    let height = u16::try_from(rows + 2).unwrap_or(u16::MAX).min(area.height);
    ratatui::layout::Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// A click inside an open overlay: choose a result, a word or a related
/// section; a click outside closes it.
pub fn overlay_click(state: &mut AppState, column: u16, row: u16) {
    let plan = state.plan();
    let area = overlay_area(&plan);
    let Some(overlay) = state.overlay.take() else {
        return;
    };
    if !contains(area, column, row) {
        if matches!(overlay, Overlay::Search(_)) {
            // Closing search by clicking away keeps the marks: the person
            // may still be reading them.
        }
        return;
    }
    let visible = usize::from(area.height.saturating_sub(LIST_TOP + 1));
    let offset_row = row.saturating_sub(area.y + LIST_TOP);
    state.overlay = Some(overlay);
    match state.overlay.take() {
        Some(Overlay::Search(search)) if row >= area.y + LIST_TOP => {
            let per = usize::from(RESULT_ROWS);
            let offset = list_offset(search.selected, visible / per);
            let index = offset + usize::from(offset_row) / per;
            if index < search.hits.len() {
                open_hit(state, &search, index);
            } else {
                state.overlay = Some(Overlay::Search(search));
            }
        }
        Some(Overlay::Glossary(mut list)) if row >= area.y + LIST_TOP => {
            let index = list_offset(list.selected, visible) + usize::from(offset_row);
            if let Some(&term) = list.shown.get(index) {
                list.selected = index;
                state.overlay = Some(Overlay::Definition(Definition {
                    term,
                    selected: None,
                    from_list: Some(list),
                }));
            } else {
                state.overlay = Some(Overlay::Glossary(list));
            }
        }
        Some(Overlay::Definition(def)) => {
            // Related sections are listed last, one per row, ending one row
            // above the bottom border.
            let Some(term) = state.guide.glossary.get(def.term) else {
                return;
            };
            let area = definition_area(&plan, term);
            if !contains(area, column, row) {
                return;
            }
            let related = term.see_also.len();
            let first_row =
                (area.y + area.height).saturating_sub(1 + u16::try_from(related).unwrap_or(0));
            if row >= first_row && related > 0 {
                let chosen = Definition {
                    selected: Some(usize::from(row - first_row)),
                    ..def
                };
                state.overlay = definition_action(state, chosen, Action::Activate);
            } else {
                state.overlay = Some(Overlay::Definition(def));
            }
        }
        other => state.overlay = other,
    }
}
