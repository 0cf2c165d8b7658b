//! What Enter (or a click) on a source's web address tells the person.
//! The addresses themselves are found by [`super::web_addresses`]; this
//! is apart from it because it reads the app state, which needs the
//! finder.

use super::state::AppState;

/// What Enter (or a click) on a source's address says: how to open it
/// here, in words that fit the status line (a message id).
pub fn how_to_open(state: &AppState) -> &'static str {
    if state.kiosk.is_some() {
        "notice-source-kiosk"
    } else if state.hyperlinks && state.mouse {
        "notice-source-ctrl-click-mouse"
    } else if state.hyperlinks {
        "notice-source-ctrl-click"
    } else if state.mouse {
        "notice-source-copy-mouse"
    } else {
        "notice-source-select"
    }
}
