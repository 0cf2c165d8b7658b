//! Resume and bookmarks: the place to continue from, offered on the
//! welcome screen, and the pages a person marks with `m` and lists with
//! `'` (as in less). Places are kept by section id and word, so they
//! survive another window size and a new version of the guide (see
//! [`super::position`]). What is kept is in [`super::kept`]; nothing here
//! reads or writes a file (the places file does), and a kiosk has no
//! [`Reading`] at all: it keeps nothing of a visitor.

use crate::phrases::Phrase;
use std::sync::Arc;

use super::action::Action;
use super::geometry::{contains, overlay_area};
use super::language_switch::PAGE_NOT_IN_LANGUAGE;
use super::navigate::open_section;
use super::state::{AppState, Focus, Screen};

// The types are named here too: this is where a newcomer looks for them.
pub use super::kept::{Choice, MAX_BOOKMARKS, Reading, Saved};
pub use super::position::Place;

/// What to keep now: where the reader is (or, if they never left the
/// welcome screen, the place they could have continued from) and the
/// bookmarks.
pub fn to_save(state: &AppState) -> Option<Saved> {
    let reading = state.reading.as_ref()?;
    let last = match state.screen {
        Screen::Reader => here(state),
        Screen::Welcome => reading.resume.clone(),
    };
    Some(Saved {
        last,
        bookmarks: reading.bookmarks.clone(),
    })
}

/// The page being read, as a place.
pub fn here(state: &AppState) -> Option<Place> {
    let section = state.guide.section(state.position.section)?;
    let layout = state.layout_for_drawing();
    let word = layout
        .lines
        .get(state.position.top)
        .map_or(0, |line| line.anchor);
    Some(Place {
        section: section.id.clone(),
        title: section.title.clone(),
        word,
    })
}

/// Once the whole guide is in: places whose section is gone are dropped
/// (with a note), and titles are brought up to date.
pub fn settle(state: &mut AppState) {
    let guide = Arc::clone(&state.guide);
    let editions = state.other_editions.clone();
    let others: Vec<&crate::content::Guide> = editions.iter().map(|e| &*e.guide).collect();
    if let Some(note) = state
        .reading
        .as_mut()
        .and_then(|r| r.settle_among(&guide, &others))
    {
        state.tell(note);
    }
}

/// The title to offer after "Continue:", if there is a place to continue.
pub fn resume_title(state: &AppState) -> Option<&str> {
    let place = state.reading.as_ref()?.resume.as_ref()?;
    Some(
        state
            .guide
            .section_index(&place.section)
            .and_then(|i| state.guide.section(i))
            .map_or(place.title.as_str(), |s| s.title.as_str()),
    )
}

/// Leaving the welcome screen: to the kept place if that was chosen.
/// Either way the offer is used up.
pub fn start(state: &mut AppState) {
    let Some(reading) = state.reading.as_mut() else {
        return;
    };
    let choice = reading.choice;
    let Some(place) = reading.resume.take() else {
        return;
    };
    if choice == Choice::Continue && !go_to(state, &place) {
        state.tell(PAGE_NOT_IN_LANGUAGE);
    }
}

/// Opens a place: its section, at the page holding its first word.
fn go_to(state: &mut AppState, place: &Place) -> bool {
    let Some(index) = state.guide.section_index(&place.section) else {
        return false;
    };
    open_section(state, index, false);
    let layout = state.layout();
    state.position.top = layout.page_start_for(
        layout.line_of_anchor(place.word),
        state.plan().page_height(),
    );
    true
}

/// Keys on the welcome screen when there is a place to continue from:
/// the arrows move between continuing and the beginning (two choices,
/// so either arrow goes to the other one).
pub fn welcome_action(state: &mut AppState, action: Action) {
    let Some(reading) = state.reading.as_mut() else {
        return;
    };
    if reading.resume.is_some() && matches!(action, Action::Up | Action::Down) {
        reading.choice = match reading.choice {
            Choice::Continue => Choice::FromStart,
            Choice::FromStart => Choice::Continue,
        };
    }
}

/// Chooses one of the welcome screen's two ways in (a tap on it), if a
/// place is on offer.
pub fn choose(state: &mut AppState, choice: Choice) {
    if let Some(reading) = state.reading.as_mut()
        && reading.resume.is_some()
    {
        reading.choice = choice;
    }
}

/// `m` and `'`.
pub fn action(state: &mut AppState, action: Action) {
    if state.reading.is_none() {
        state.tell("notice-no-bookmarks-here");
        return;
    }
    match action {
        Action::MarkPage => mark_page(state),
        Action::ListBookmarks => {
            if let Some(reading) = state.reading.as_mut() {
                reading.list = Some(0);
            }
        }
        _ => {}
    }
}

fn mark_page(state: &mut AppState) {
    if state.screen != Screen::Reader {
        state.tell("notice-bookmark-needs-page");
        return;
    }
    let Some(place) = here(state) else {
        return;
    };
    let layout = state.layout();
    let top = state.position.top;
    let h = layout.shown(top, state.plan().page_height());
    let on_this_page = |p: &Place| {
        p.section == place.section && (top..top + h).contains(&layout.line_of_anchor(p.word))
    };
    let Some(reading) = state.reading.as_mut() else {
        return;
    };
    state.notice = Some(if reading.bookmarks.iter().any(on_this_page) {
        Phrase::new("notice-already-bookmarked")
    } else if reading.bookmarks.len() >= MAX_BOOKMARKS {
        Phrase::new("notice-bookmarks-full").arg("count", MAX_BOOKMARKS)
    } else {
        reading.bookmarks.push(place);
        reading.changed = true;
        Phrase::new("notice-bookmarked")
    });
}

pub fn list_open(state: &AppState) -> bool {
    state.reading.as_ref().is_some_and(Reading::list_open)
}

/// Keys while the bookmark list is open.
pub fn list_action(state: &mut AppState, action: Action) {
    let Some(reading) = state.reading.as_mut() else {
        return;
    };
    let Some(selected) = reading.list else {
        return;
    };
    let last = reading.bookmarks.len().saturating_sub(1);
    match action {
        Action::Down => reading.list = Some((selected + 1).min(last)),
        Action::Up => reading.list = Some(selected.saturating_sub(1)),
        Action::First => reading.list = Some(0),
        Action::Last => reading.list = Some(last),
        Action::Remove if selected < reading.bookmarks.len() => {
            reading.bookmarks.remove(selected);
            reading.changed = true;
            reading.list = Some(selected.min(reading.bookmarks.len().saturating_sub(1)));
            state.tell("notice-bookmark-deleted");
        }
        Action::Activate => open_bookmark(state, selected),
        Action::Close | Action::ListBookmarks => reading.list = None,
        _ => {}
    }
}

fn open_bookmark(state: &mut AppState, index: usize) {
    let Some(reading) = state.reading.as_mut() else {
        return;
    };
    reading.list = None;
    let Some(place) = reading.bookmarks.get(index).cloned() else {
        return;
    };
    // From the welcome screen a bookmark is a way in, like Continue.
    reading.resume = None;
    let from = state.position;
    let was_reading = state.screen == Screen::Reader;
    state.screen = Screen::Reader;
    state.focus = Focus::Reader;
    if !go_to(state, &place) {
        state.tell(PAGE_NOT_IN_LANGUAGE);
    } else if was_reading {
        state.history.leave(from);
    }
}

/// The first row of the list inside its box (below the border and the
/// heading line), for drawing and for clicks.
pub const LIST_FIRST_ROW: u16 = 2;

/// A click while the list is open: an entry opens it, outside closes.
pub fn list_click(state: &mut AppState, column: u16, row: u16) {
    let area = overlay_area(&state.plan());
    let Some(reading) = state.reading.as_mut() else {
        return;
    };
    let Some(selected) = reading.list else {
        return;
    };
    if !contains(area, column, row) {
        reading.list = None;
        return;
    }
    let visible = usize::from(area.height.saturating_sub(LIST_FIRST_ROW + 1)).max(1);
    let offset = super::geometry::list_offset(selected, visible);
    let Some(line) = row.checked_sub(area.y + LIST_FIRST_ROW) else {
        return;
    };
    let index = offset + usize::from(line);
    if index < reading.bookmarks.len() && usize::from(line) < visible {
        open_bookmark(state, index);
    }
}
