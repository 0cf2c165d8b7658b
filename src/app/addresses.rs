//! What Enter (or a click) on a source's web address tells the person.
//! The addresses themselves are found by [`super::web_addresses`]; this
//! is apart from it because it reads the app state, which needs the
//! finder.

use super::state::AppState;

/// What Enter (or a click) on a source's address says: how to open it
/// here, in words that fit the status line.
pub fn how_to_open(state: &AppState) -> &'static str {
    if state.kiosk.is_some() {
        "This source is at the web address shown. Note it to read it later."
    } else if state.hyperlinks && state.mouse {
        "To open it, Ctrl-click the address (Ctrl-Shift-click in some terminals)."
    } else if state.hyperlinks {
        "To open it, Ctrl-click the address, or copy it into a web browser."
    } else if state.mouse {
        "To open it, copy the address into a web browser. Shift-drag selects it."
    } else {
        "To open it, select the address and copy it into a web browser."
    }
}
