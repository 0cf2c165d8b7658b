//! The glossary list and its filter. Letters typed narrow it: terms that
//! start with them first, then terms that hold them further in, then
//! terms with another name that holds them ("ster" lists Steroid before
//! Pituitary gland, also called "master gland"), each group A to Z, each
//! term with why it is there.

use super::action::Action;
use super::geometry::{LIST_TOP, list_offset, overlay_area};
use super::overlay::{Definition, GlossaryList, Overlay, Shown, Why, browsing_after};
use super::state::AppState;
use crate::content::Guide;
use crate::search::fold;

/// The most characters of the filter.
const MAX_FILTER_CHARS: usize = 60;

pub fn open_glossary(state: &mut AppState) {
    let mut list = GlossaryList::default();
    filter_glossary(&state.guide, &mut list);
    state.overlay = Some(Overlay::Glossary(list));
}

/// Why `term` is listed for folded `filter`, or `None` if it is not.
fn why(term: &crate::content::Term, filter: &str) -> Option<Why> {
    if filter.is_empty() {
        return Some(Why::All);
    }
    let name = fold(&term.term);
    if name.starts_with(filter) {
        return Some(Why::Starts);
    }
    if name.contains(filter) {
        return Some(Why::Contains);
    }
    term.aliases
        .iter()
        .find(|alias| fold(alias).contains(filter))
        .map(|alias| Why::Alias(alias.clone()))
}

pub fn filter_glossary(guide: &Guide, list: &mut GlossaryList) {
    let filter = fold(list.filter.trim());
    let mut shown: Vec<Shown> = guide
        .glossary
        .iter()
        .enumerate()
        .filter_map(|(term, t)| why(t, &filter).map(|why| Shown { term, why }))
        .collect();
    // The glossary is A to Z already; a stable sort keeps that in each group.
    shown.sort_by_key(|s| match s.why {
        Why::All | Why::Starts => 0,
        Why::Contains => 1,
        Why::Alias(_) => 2,
    });
    list.shown = shown;
    list.selected = list.selected.min(list.shown.len().saturating_sub(1));
}

/// Rows of the list on one screen.
fn page(state: &AppState) -> usize {
    usize::from(
        overlay_area(&state.plan())
            .height
            .saturating_sub(LIST_TOP + 1),
    )
    .max(1)
}

pub fn glossary_action(
    state: &mut AppState,
    mut list: GlossaryList,
    action: Action,
) -> Option<Overlay> {
    let page = page(state);
    let last = list.shown.len().saturating_sub(1);
    list.browsing = browsing_after(action, list.browsing);
    match action {
        Action::Type(c) if list.filter.chars().count() < MAX_FILTER_CHARS && !c.is_control() => {
            list.filter.push(c);
            list.selected = 0;
            filter_glossary(&state.guide, &mut list);
        }
        Action::Erase => {
            list.filter.pop();
            filter_glossary(&state.guide, &mut list);
        }
        Action::Down => list.selected = (list.selected + 1).min(last),
        Action::Up => list.selected = list.selected.saturating_sub(1),
        Action::NextPage => list.selected = (list.selected + page).min(last),
        Action::PreviousPage => list.selected = list.selected.saturating_sub(page),
        Action::Activate => {
            if let Some(shown) = list.shown.get(list.selected) {
                return Some(Overlay::Definition(Definition {
                    term: shown.term,
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

/// A click on a row of the list opens that term's definition.
pub fn glossary_click(state: &AppState, mut list: GlossaryList, row: u16) -> Overlay {
    let area = overlay_area(&state.plan());
    let visible = usize::from(area.height.saturating_sub(LIST_TOP + 1));
    let Some(offset_row) = row.checked_sub(area.y + LIST_TOP) else {
        return Overlay::Glossary(list);
    };
    let index = list_offset(list.selected, visible) + usize::from(offset_row);
    match list.shown.get(index) {
        Some(shown) => {
            let term = shown.term;
            list.selected = index;
            Overlay::Definition(Definition {
                term,
                selected: None,
                from_list: Some(list),
            })
        }
        None => Overlay::Glossary(list),
    }
}
