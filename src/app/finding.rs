//! Finding things: what an open overlay does with a key or a click, a
//! word's definition, and the links and marked words on a page. Going to
//! a section, back and forward are in [`super::navigate`]; the search box,
//! the glossary list, the symptom list and n/N have modules of their own.

use super::a_to_z::{a_to_z_action, a_to_z_click};
use super::action::Action;
use super::geometry::{contains, overlay_area};
use super::glossary::{glossary_action, glossary_click};
use super::links::Target;
use super::navigate::jump;
use super::overlay::{Definition, Overlay};
use super::search_box::{search_action, search_click};
use super::state::AppState;
use super::symptoms::{symptoms_action, symptoms_click};
use crate::phrases::Phrases;

/// Keys while an overlay is open. Back closes it, as Esc does: back to
/// where the person was (from a word's meaning, to the glossary it was
/// chosen in).
pub fn overlay_action(state: &mut AppState, action: Action) {
    let Some(overlay) = state.overlay.take() else {
        return;
    };
    let action = match action {
        Action::Back => Action::Close,
        other => other,
    };
    state.overlay = match overlay {
        Overlay::Search(search) => search_action(state, search, action),
        Overlay::Glossary(list) => glossary_action(state, list, action),
        Overlay::Definition(def) => definition_action(state, def, action),
        Overlay::Symptoms(list) => symptoms_action(state, list, action),
        Overlay::AToZ(list) => a_to_z_action(state, list, action),
    };
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

/// Tab and Shift-Tab through the links and marked words on the page.
pub fn move_mark(state: &mut AppState, forward: bool) {
    let count = state.links.len();
    if count == 0 {
        state.tell("notice-no-links");
        return;
    }
    state.focused_link = Some(match (state.focused_link, forward) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(i), true) => (i + 1) % count,
        (Some(i), false) => (i + count - 1) % count,
    });
}

/// Enter on a focused link or word: go there, or explain the word.
pub fn follow_mark(state: &mut AppState, index: usize) {
    let Some(mark) = state.links.get(index).copied() else {
        return;
    };
    match mark.target {
        Target::Section(section) => jump(state, section),
        Target::Source(_) => state.tell(super::addresses::how_to_open(state)),
        Target::Term(term) => {
            state.overlay = Some(Overlay::Definition(Definition {
                term,
                selected: None,
                from_list: None,
            }))
        }
    }
}

/// "Also called: …": a glossary word's other names, under its meaning.
pub fn also_called(term: &crate::content::Term, words: &Phrases) -> String {
    words
        .with(
            "definition-also-called",
            &[("names", term.aliases.join(", ").into())],
        )
        .into_owned()
}

/// The definition popup: as small as its text allows, centred in the
/// overlay area. Drawing and clicking both use it.
pub fn definition_area(
    plan: &super::geometry::ScreenAreas,
    term: &crate::content::Term,
    words: &Phrases,
) -> ratatui::layout::Rect {
    let area = overlay_area(plan);
    // In the linear mode, a screen of its own, as every box is.
    if plan.linear {
        return area;
    }
    let width = area.width.min(64);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let mut rows = textwrap::wrap(&term.definition, inner).len();
    if !term.aliases.is_empty() {
        rows += 1 + textwrap::wrap(&also_called(term, words), inner).len();
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
    state.overlay = match overlay {
        Overlay::Search(search) => search_click(state, search, row),
        Overlay::Glossary(list) => Some(glossary_click(state, list, row)),
        Overlay::Symptoms(list) => symptoms_click(state, list, row),
        Overlay::Definition(def) => definition_click(state, def, column, row),
        Overlay::AToZ(list) => a_to_z_click(state, list, column, row),
    };
}

/// Related sections are listed last in a definition, one per row, ending
/// one row above the bottom border.
fn definition_click(
    state: &mut AppState,
    def: Definition,
    column: u16,
    row: u16,
) -> Option<Overlay> {
    let term = state.guide.glossary.get(def.term)?;
    let area = definition_area(&state.plan(), term, state.phrases());
    // A click beside the popup closes it.
    if !contains(area, column, row) {
        return None;
    }
    let related = term.see_also.len();
    let first_row = (area.y + area.height).saturating_sub(1 + u16::try_from(related).unwrap_or(0));
    if row >= first_row && related > 0 {
        let chosen = Definition {
            selected: Some(usize::from(row - first_row)),
            ..def
        };
        definition_action(state, chosen, Action::Activate)
    } else {
        Some(Overlay::Definition(def))
    }
}
