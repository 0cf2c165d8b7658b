//! The A to Z chooser, opened by the kiosk's "A–Z" button or `a`: two
//! large choices, symptoms A to Z (the symptom list) and words A to Z
//! (the glossary). A tap anywhere on a choice opens it, as do Enter and
//! its own key (`s`, `g`). Where the box and each choice go is worked out
//! here, for drawing and for taps alike.

use ratatui::layout::Rect;

use super::action::Action;
use super::geometry::{ScreenAreas, contains, overlay_area};
use super::glossary::open_glossary;
use super::overlay::{AToZList, Overlay};
use super::state::AppState;
use super::symptoms::open_symptoms;
use crate::phrases::Phrases;

/// The chooser's title, and each list's name and words about it, are
/// message ids (`crate::phrases`).
pub const TITLE: &str = "a-to-z-title";

/// One list the chooser offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listing {
    pub name: &'static str,
    pub about: &'static str,
    /// What opens it: the key of the same action opens it too.
    pub action: Action,
}

pub const LISTS: [Listing; 2] = [
    Listing {
        name: "a-to-z-symptoms",
        about: "a-to-z-symptoms-about",
        action: Action::Symptoms,
    },
    Listing {
        name: "a-to-z-words",
        about: "a-to-z-words-about",
        action: Action::Glossary,
    },
];

pub fn open_a_to_z(state: &mut AppState) {
    state.overlay = Some(Overlay::AToZ(AToZList::default()));
}

/// Opens one of the lists in place of the chooser.
fn open(state: &mut AppState, action: Action) {
    match action {
        Action::Symptoms => open_symptoms(state),
        Action::Glossary => open_glossary(state),
        _ => {}
    }
}

pub fn a_to_z_action(state: &mut AppState, mut list: AToZList, action: Action) -> Option<Overlay> {
    let last = LISTS.len() - 1;
    match action {
        Action::Down | Action::NextMark => list.selected = (list.selected + 1).min(last),
        Action::Up | Action::PreviousMark => list.selected = list.selected.saturating_sub(1),
        Action::Activate => {
            open(state, LISTS[list.selected.min(last)].action);
            return state.overlay.take();
        }
        Action::Symptoms | Action::Glossary => {
            open(state, action);
            return state.overlay.take();
        }
        Action::Close => return None,
        _ => {}
    }
    Some(Overlay::AToZ(list))
}

/// The chooser's box and its choices, each a rectangle a tap opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AToZView {
    pub outer: Rect,
    pub choices: Vec<Rect>,
    /// Each choice drawn as a framed button (at least three rows).
    pub framed: bool,
    /// Rows of the words about each list inside its button (none when
    /// the screen is short).
    pub about_rows: u16,
}

/// Columns of text inside a framed choice: its frame and a space each
/// side.
pub fn text_width(choice: Rect) -> usize {
    usize::from(choice.width.saturating_sub(4)).max(1)
}

fn wrapped_rows(text: &str, width: usize) -> u16 {
    u16::try_from(textwrap::wrap(text, width).len()).unwrap_or(u16::MAX)
}

/// The tallest layout that fits, of: framed buttons with the words about
/// each list, framed buttons with the names only, then a row per name.
pub fn a_to_z_view(plan: &ScreenAreas, words: &Phrases) -> AToZView {
    let area = overlay_area(plan);
    // In the linear mode, a screen of its own, read from the top.
    let width = if plan.linear {
        area.width
    } else {
        area.width.min(60)
    };
    let inner = width.saturating_sub(2);
    let columns = usize::from(inner.saturating_sub(4)).max(1);
    let about = LISTS
        .iter()
        .map(|l| wrapped_rows(&words.get(l.about), columns))
        .max()
        .unwrap_or(1);
    let room = area.height.saturating_sub(2);
    let count = u16::try_from(LISTS.len()).unwrap_or(2);
    // (rows of each choice, framed, rows about it); a blank row above
    // each framed choice and below the last.
    let (rows, framed, about_rows) = [(about.saturating_add(3), true, about), (3, true, 0)]
        .into_iter()
        .find(|&(rows, _, _)| count.saturating_mul(rows.saturating_add(1)) < room)
        .unwrap_or((1, false, 0));
    let gap = u16::from(framed);
    let height = (count * (rows + gap) + gap + 2).min(area.height);
    let outer = if plan.linear {
        area
    } else {
        Rect::new(
            area.x + (area.width - width) / 2,
            area.y + (area.height - height) / 2,
            width,
            height,
        )
    };
    let choices = (0..count)
        .map(|i| {
            let y = outer.y + 1 + gap + i * (rows + gap);
            let bottom = outer.bottom().saturating_sub(1);
            Rect::new(
                outer.x + 1,
                y.min(bottom),
                inner,
                rows.min(bottom.saturating_sub(y)),
            )
        })
        .collect();
    AToZView {
        outer,
        choices,
        framed,
        about_rows,
    }
}

/// A tap on a choice opens its list; a tap beside the box closes it.
pub fn a_to_z_click(
    state: &mut AppState,
    list: AToZList,
    column: u16,
    row: u16,
) -> Option<Overlay> {
    let view = a_to_z_view(&state.plan(), state.phrases());
    if !contains(view.outer, column, row) {
        return None;
    }
    match view.choices.iter().position(|c| contains(*c, column, row)) {
        Some(at) => {
            open(state, LISTS[at].action);
            state.overlay.take()
        }
        None => Some(Overlay::AToZ(list)),
    }
}
