//! Swapping in a new version of the guide while someone reads: the reader
//! stays on the same section (found by id) and the same words.

use std::sync::Arc;

use super::marks::TermFinder;
use super::state::AppState;
use crate::content::Guide;
use crate::search::SearchIndex;

pub fn replace_guide(state: &mut AppState, guide: Arc<Guide>) {
    let id = state
        .guide
        .section(state.position.section)
        .map(|s| s.id.clone())
        .unwrap_or_default();
    let anchor = state
        .layout()
        .lines
        .get(state.position.top)
        .map_or(0, |l| l.anchor);
    state.index = Arc::new(SearchIndex::new(&guide));
    state.terms = Arc::new(TermFinder::new(&guide));
    state.guide = Arc::clone(&guide);
    state.pages.clear();
    // Results, definitions and history point at the old version.
    state.overlay = None;
    state.history.clear();
    state.focused_mark = None;
    let section = guide.section_index(&id);
    state.position.section = section.unwrap_or(0);
    state.position.top = 0;
    if section.is_some() {
        let layout = state.layout();
        let h = usize::from(state.plan().page_height());
        state.position.top = layout.line_of_anchor(anchor) / h * h;
    } else {
        state.notice = Some("The guide was updated; this section moved, so here is the start.");
    }
    state.contents.select(&guide, state.position.section);
    state.prepare();
}
