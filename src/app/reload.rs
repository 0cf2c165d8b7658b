//! Swapping in a new version of the guide while someone reads: the reader
//! stays on the same section (found by id) and the same words. A new
//! version in a language not on screen is kept ready for a switch.

use std::sync::Arc;

use super::editions::Edition;
use super::links::TermFinder;
use super::state::AppState;
use crate::content::Guide;
use crate::language::Language;

/// A new version of the guide in one language (from the kiosk's watcher,
/// which reads every language after any edit): shown at once if it is the
/// language on screen, kept ready for a switch if not, and nothing done
/// if it is the version already held, so an edit of one language leaves
/// a reader of another where they were. Whether anything changed.
pub fn replace_edition(state: &mut AppState, language: Language, guide: Guide) -> bool {
    if language == state.language {
        if *state.guide == guide {
            return false;
        }
        replace_guide(state, Arc::new(guide));
        return true;
    }
    match state
        .other_editions
        .iter_mut()
        .find(|e| e.language == language)
    {
        Some(held) if *held.guide == guide => false,
        Some(held) => {
            *held = Edition::new(language, Arc::new(guide));
            true
        }
        // A language folder added while the kiosk runs.
        None => {
            state
                .other_editions
                .push(Edition::new(language, Arc::new(guide)));
            if !state.languages.contains(&language) {
                state.languages.push(language);
                state
                    .languages
                    .sort_by_key(|l| Language::ALL.iter().position(|a| a == l));
            }
            true
        }
    }
}

pub fn replace_guide(state: &mut AppState, guide: Arc<Guide>) {
    // The section and its parents, nearest first: if an edit removed the
    // section, the reader lands on the closest part of the guide that is
    // still there.
    let mut path: Vec<String> = state
        .guide
        .ancestors(state.position.section)
        .iter()
        .filter_map(|&i| state.guide.section(i).map(|s| s.id.clone()))
        .collect();
    if let Some(s) = state.guide.section(state.position.section) {
        path.push(s.id.clone());
    }
    path.reverse();
    let anchor = state
        .layout()
        .lines
        .get(state.position.top)
        .map_or(0, |l| l.anchor);
    state.index = Arc::default();
    state.terms = Arc::new(TermFinder::new(&guide));
    state.guide = Arc::clone(&guide);
    state.pages.clear();
    // Results, definitions and history point at the old version.
    state.overlay = None;
    state.history.clear();
    state.focused_link = None;
    let same = path.first().and_then(|id| guide.section_index(id));
    let nearest = path.iter().find_map(|id| guide.section_index(id));
    state.position.section = nearest.unwrap_or(0);
    state.position.top = 0;
    if same.is_some() {
        let layout = state.layout();
        state.position.top =
            layout.page_start_for(layout.line_of_anchor(anchor), state.plan().page_height());
    } else {
        state.tell("notice-section-moved");
    }
    state.contents.select(&guide, state.position.section);
    state.forget_marks();
    state.prepare();
}
