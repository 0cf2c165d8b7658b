//! The symptom list, "Worried about a symptom?": symptoms in everyday
//! words, A to Z, each with how soon to act in words (call 911 now, call
//! your team now, tell your team soon), opening the section that explains
//! it. Letters typed narrow it (those starting with them first). Keys,
//! clicks and taps all work; the rows each entry takes are worked out
//! here once, for drawing and for clicks.

use crate::phrases::Phrases;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::action::Action;
use super::geometry::{LIST_TOP, overlay_area};
use super::navigate::jump;
use super::overlay::{Overlay, SymptomList, browsing_after};
use super::state::{AppState, Screen};
use crate::content::{Guide, Symptom, Urgency};
use crate::search::{find_in, fold};

/// The most characters of the filter.
const MAX_FILTER_CHARS: usize = 40;

/// Columns before a name: the "▶ " of the chosen entry.
const MARKER: usize = 2;

pub fn open_symptoms(state: &mut AppState) {
    let mut list = SymptomList::default();
    filter_symptoms(&state.guide, &mut list);
    state.overlay = Some(Overlay::Symptoms(list));
}

/// Symptoms whose name starts with the letters typed come first, then
/// those with a later word starting with them; with several words typed,
/// each must start a word of the name.
pub fn filter_symptoms(guide: &Guide, list: &mut SymptomList) {
    let filter = fold(list.filter.trim());
    let words: Vec<&str> = filter.split_whitespace().collect();
    let mut shown: Vec<(bool, usize)> = guide
        .symptoms
        .iter()
        .enumerate()
        .filter(|(_, s)| words.iter().all(|w| !find_in(&s.name, w).is_empty()))
        .map(|(i, s)| (!fold(&s.name).starts_with(&filter), i))
        .collect();
    shown.sort();
    list.shown = shown.into_iter().map(|(_, i)| i).collect();
    list.selected = list.selected.min(list.shown.len().saturating_sub(1));
}

/// One entry as shown: its name in lines, and its urgency label at the
/// end of the last line, or on a line of its own when it does not fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Index into `list.shown`.
    pub at: usize,
    pub name: Vec<String>,
    pub label_alone: bool,
}

impl Entry {
    pub fn rows(&self) -> usize {
        self.name.len() + usize::from(self.label_alone)
    }
}

pub fn entry(symptom: &Symptom, at: usize, width: usize, words: &Phrases) -> Entry {
    let label = symptom.urgency.label(words).width();
    let room = width.saturating_sub(MARKER).max(1);
    let name: Vec<String> = textwrap::wrap(&symptom.name, room)
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    let last = name.last().map_or(0, |l| l.width());
    let label_alone = MARKER + last + 2 + label > width;
    Entry {
        at,
        name,
        label_alone,
    }
}

/// Rows kept at the bottom of the box for what the chosen symptom's label
/// means, as a whole sentence: as many as the longest one needs, at most
/// two.
pub fn advice_rows(width: u16, words: &Phrases) -> u16 {
    let rows = Urgency::ALL
        .iter()
        .map(|u| textwrap::wrap(&u.advice(words), usize::from(width.max(1))).len())
        .max()
        .unwrap_or(1)
        .min(2);
    u16::try_from(rows).unwrap_or(2)
}

/// The box's room for entries, inside the border and below the filter
/// and the count, above the advice.
pub fn list_area(state: &AppState) -> Rect {
    let area = overlay_area(&state.plan());
    let width = area.width.saturating_sub(2);
    Rect::new(
        area.x + 1,
        area.y + LIST_TOP,
        width,
        area.height
            .saturating_sub(LIST_TOP + 1)
            .saturating_sub(advice_rows(width, state.phrases())),
    )
}

/// The entries that fit in the box, the chosen one among them, each with
/// the row it starts at inside [`list_area`].
pub fn visible_entries(state: &AppState, list: &SymptomList) -> Vec<(u16, Entry)> {
    let area = list_area(state);
    let width = usize::from(area.width);
    let height = usize::from(area.height);
    let entries: Vec<Entry> = list
        .shown
        .iter()
        .enumerate()
        .filter_map(|(at, &i)| {
            let symptom = state.guide.symptoms.get(i)?;
            Some(entry(symptom, at, width, state.phrases()))
        })
        .collect();
    // As many entries before the chosen one as fit with it, so it is
    // always seen whole (at the bottom, once the list is scrolled).
    let selected = list.selected.min(entries.len().saturating_sub(1));
    let mut start = selected;
    let mut used = entries.get(selected).map_or(0, Entry::rows);
    while start > 0 && used + entries[start - 1].rows() <= height {
        start -= 1;
        used += entries[start].rows();
    }
    let mut out = Vec::new();
    let mut row = 0usize;
    for entry in entries.into_iter().skip(start) {
        if row + entry.rows() > height {
            break;
        }
        let top = u16::try_from(row).unwrap_or(u16::MAX);
        row += entry.rows();
        out.push((top, entry));
    }
    out
}

pub fn symptoms_action(
    state: &mut AppState,
    mut list: SymptomList,
    action: Action,
) -> Option<Overlay> {
    let page = visible_entries(state, &list).len().max(1);
    let last = list.shown.len().saturating_sub(1);
    list.browsing = browsing_after(action, list.browsing);
    match action {
        Action::Type(c) if list.filter.chars().count() < MAX_FILTER_CHARS && !c.is_control() => {
            list.filter.push(c);
            list.selected = 0;
            filter_symptoms(&state.guide, &mut list);
        }
        Action::Erase => {
            list.filter.pop();
            filter_symptoms(&state.guide, &mut list);
        }
        Action::Down | Action::NextMark => list.selected = (list.selected + 1).min(last),
        Action::Up | Action::PreviousMark => list.selected = list.selected.saturating_sub(1),
        Action::NextPage => list.selected = (list.selected + page).min(last),
        Action::PreviousPage => list.selected = list.selected.saturating_sub(page),
        Action::First => list.selected = 0,
        Action::Last => list.selected = last,
        Action::Activate => {
            open_symptom(state, &list, list.selected);
            return state.overlay.take();
        }
        Action::Close => return None,
        _ => {}
    }
    Some(Overlay::Symptoms(list))
}

/// Opens the section that explains the `at`-th symptom shown.
fn open_symptom(state: &mut AppState, list: &SymptomList, at: usize) {
    let section = list
        .shown
        .get(at)
        .and_then(|&i| state.guide.symptoms.get(i))
        .and_then(|s| state.guide.section_index(&s.section));
    if let Some(section) = section {
        state.screen = Screen::Reader;
        jump(state, section);
    }
}

/// A click or tap on an entry opens it.
pub fn symptoms_click(state: &mut AppState, list: SymptomList, row: u16) -> Option<Overlay> {
    let area = list_area(state);
    let hit = row.checked_sub(area.y).and_then(|row| {
        visible_entries(state, &list)
            .into_iter()
            .find(|(top, e)| row >= *top && usize::from(row - top) < e.rows())
            .map(|(_, e)| e.at)
    });
    match hit {
        Some(at) => {
            open_symptom(state, &list, at);
            state.overlay.take()
        }
        None => Some(Overlay::Symptoms(list)),
    }
}
