//! The mouse wheel, and a swipe on a touch screen (foot turns one into
//! the other): it scrolls help, moves the choice in a list, scrolls the
//! contents list under it, or moves the text a few lines.

use std::sync::Arc;

use super::action::Action;
use super::finding::overlay_action;
use super::geometry::contains;
use super::help::help_action;
use super::overlay::Overlay;
use super::state::{AppState, Screen};

/// Lines the mouse wheel moves.
const WHEEL_LINES: usize = 3;

/// The wheel turned over the cell at `column`, `row`.
pub fn wheel(state: &mut AppState, column: u16, row: u16, down: bool) {
    let plan = state.plan();
    if state.help_open {
        let step = if down { Action::Down } else { Action::Up };
        for _ in 0..WHEEL_LINES {
            help_action(state, step);
        }
        return;
    }
    // Over a list (results, the glossary, the symptom list), the wheel
    // moves the choice, as the arrows do.
    if matches!(
        state.overlay,
        Some(Overlay::Search(_) | Overlay::Glossary(_) | Overlay::Symptoms(_) | Overlay::AToZ(_))
    ) {
        let step = if down { Action::Down } else { Action::Up };
        for _ in 0..WHEEL_LINES {
            overlay_action(state, step);
        }
        return;
    }
    if state.screen == Screen::Welcome {
        return;
    }
    if let Some(area) = plan.contents
        && contains(area, column, row)
    {
        let guide = Arc::clone(&state.guide);
        let delta = if down {
            WHEEL_LINES as isize
        } else {
            -(WHEEL_LINES as isize)
        };
        state.contents.move_by(&guide, delta);
        return;
    }
    let layout = state.layout();
    let h = usize::from(plan.page_height());
    let max_top = layout.lines.len().saturating_sub(h);
    state.position.top = if down {
        (state.position.top + WHEEL_LINES).min(max_top.max(state.position.top))
    } else {
        state.position.top.saturating_sub(WHEEL_LINES)
    };
}
