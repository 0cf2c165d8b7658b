//! Moving the reader to a section: the one step every way of getting
//! somewhere ends in (the contents, a link, a search result, a bookmark,
//! the next page at a section's end).

use std::sync::Arc;

use super::state::AppState;

/// Opens a section at its first page (or last, going backwards) and shows
/// it selected in the contents.
pub fn open_section(state: &mut AppState, section: usize, at_end: bool) {
    let guide = Arc::clone(&state.guide);
    if guide.section(section).is_none() {
        return;
    }
    state.position.section = section;
    state.position.top = 0;
    if at_end {
        let layout = state.layout();
        let h = usize::from(state.plan().page_height());
        state.position.top = (layout.page_count(state.plan().page_height()) - 1) * h;
    }
    state.contents.select(&guide, section);
}
