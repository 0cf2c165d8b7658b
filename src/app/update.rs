//! The one place state changes: `update(state, action, now)`. It does no
//! input or output and takes the clock as an argument, so every behaviour
//! can be tested by feeding actions.

use std::sync::Arc;
use std::time::Instant;

use super::a_to_z::open_a_to_z;
use super::action::Action;
use super::bookmarks;
use super::finding::{follow_mark, move_mark, overlay_action, overlay_click};
use super::geometry::{Shape, contains, contents_parts};
use super::glossary::open_glossary;
use super::help::{help_action, help_click};
use super::hints::{hint_room, hints, placed};
use super::language_switch::switch_to_next;
use super::matches::next_match;
use super::navigate::{back, forward, open_section};
use super::overlay::Overlay;
use super::search_box::open_search;
use super::state::{AppState, Focus, Screen};
use super::symptoms::open_symptoms;
use super::touch::{self, TouchButton};
use super::welcome::{Part, welcome_view};
use super::wheel::wheel;

pub fn update(state: &mut AppState, action: Action, now: Instant) {
    if super::kiosk_mode::before_update(state, action, now) {
        state.prepare();
        return;
    }
    if matches!(action, Action::Tick | Action::StaffStep | Action::Nothing) {
        return;
    }
    state.notice = None;
    state.match_count = None;
    // Typing without a box goes on only while letters keep coming.
    let was_typing = std::mem::take(&mut state.typing);
    let place = kept_place(state);
    match action {
        Action::Quit => state.quit = true,
        Action::Resize { width, height } => resize(state, width, height),
        Action::ToggleHelp => {
            state.help_open = !state.help_open;
            state.help_scroll = 0;
        }
        // Works over help and every box: the colours may be why a person
        // cannot read them.
        Action::SwitchTheme => super::looks::switch_theme(state),
        Action::Click { column, row } => click(state, column, row, now),
        Action::ScrollUp { column, row } => wheel(state, column, row, false),
        Action::ScrollDown { column, row } => wheel(state, column, row, true),
        // Anywhere, help and the lists included: they show the new
        // language at once.
        Action::SwitchLanguage => switch_to_next(state),
        _ if state.help_open => help_action(state, action),
        Action::AToZ if !bookmarks::list_open(state) => open_a_to_z(state),
        _ if state.overlay.is_some() => overlay_action(state, action),
        _ if bookmarks::list_open(state) => bookmarks::list_action(state, action),
        Action::Type(c) => {
            // A letter that is no key here: words typed without `/`.
            state.typing = was_typing || c.is_alphabetic();
            state.tell("notice-press-slash");
        }
        Action::Close => close(state),
        Action::Start => start(state),
        Action::MarkPage | Action::ListBookmarks => bookmarks::action(state, action),
        Action::Symptoms => open_symptoms(state),
        // Search and the glossary open over the welcome screen too: what
        // they open is read in the reader.
        Action::Search => open_search(state),
        Action::Glossary => open_glossary(state),
        _ if state.screen == Screen::Welcome => {
            if matches!(
                action,
                Action::ToggleContents | Action::Activate | Action::NextPage
            ) {
                start(state);
            }
            bookmarks::welcome_action(state, action);
        }
        Action::Back => back(state),
        Action::Forward => forward(state),
        _ => match state.focus {
            Focus::Reader => reader(state, action),
            Focus::Contents => contents(state, action),
        },
    }
    keep_place(state, place);
    state.prepare();
}

/// Where the reader is, and the first word on the page: at a kiosk the
/// text widens and narrows as the contents list opens and closes beside
/// it, and the same words stay in view.
struct KeptPlace {
    width: u16,
    position: super::position::Position,
    anchor: usize,
}

fn kept_place(state: &mut AppState) -> Option<KeptPlace> {
    state.kiosk.as_ref()?;
    let layout = state.layout();
    Some(KeptPlace {
        width: state.plan().text.width,
        position: state.position,
        anchor: layout.lines.get(state.position.top).map_or(0, |l| l.anchor),
    })
}

/// After an action that changed the text's width but did not move the
/// reader, the page that holds the same first word.
fn keep_place(state: &mut AppState, kept: Option<KeptPlace>) {
    let Some(kept) = kept else {
        return;
    };
    if state.position != kept.position || state.plan().text.width == kept.width {
        return;
    }
    let layout = state.layout();
    let line = layout.line_of_anchor(kept.anchor);
    let h = usize::from(state.plan().page_height());
    state.position.top = (line / h) * h;
}

fn start(state: &mut AppState) {
    state.screen = Screen::Reader;
    state.focus = Focus::Reader;
    // To the place kept from last time, if that was chosen.
    bookmarks::start(state);
}

/// Esc: close the contents overlay, then the focus on a link, then the
/// search marks, one step at a time.
fn close(state: &mut AppState) {
    if state.focus == Focus::Contents {
        state.focus = Focus::Reader;
    } else if state.focused_link.is_some() {
        state.focused_link = None;
    } else if state.highlight.is_some() {
        state.highlight = None;
        state.trail = None;
    }
}

fn resize(state: &mut AppState, width: u16, height: u16) {
    // Keep the first word on screen in view across the change.
    let layout = state.layout();
    let anchor = layout.lines.get(state.position.top).map_or(0, |l| l.anchor);
    state.width = width;
    state.height = height;
    let layout = state.layout();
    let line = layout.line_of_anchor(anchor);
    state.position.top = layout.page_start_for(line, state.plan().page_height());
}

fn reader(state: &mut AppState, action: Action) {
    let layout = state.layout();
    let height = state.plan().page_height();
    let h = usize::from(height);
    let lines = layout.lines.len();
    let pos = state.position;
    let last_section = state.guide.sections.len().saturating_sub(1);
    match action {
        Action::NextPage => {
            if let Some(next) = layout.next_page(pos.top, height) {
                state.position.top = next;
            } else if pos.section < last_section {
                open_section(state, pos.section + 1, false);
            } else {
                state.tell("notice-end-of-guide");
            }
        }
        Action::PreviousPage => {
            if let Some(previous) = layout.previous_page(pos.top, height) {
                state.position.top = previous;
            } else if pos.section > 0 {
                open_section(state, pos.section - 1, true);
            } else {
                state.tell("notice-start-of-guide");
            }
        }
        Action::Down if pos.top + h < lines => state.position.top += 1,
        Action::Up => state.position.top = pos.top.saturating_sub(1),
        Action::NextSection => {
            if pos.section < last_section {
                open_section(state, pos.section + 1, false);
            } else {
                state.tell("notice-last-section");
            }
        }
        Action::PreviousSection => {
            if pos.top > 0 {
                state.position.top = 0;
            } else if pos.section > 0 {
                open_section(state, pos.section - 1, false);
            }
        }
        Action::First => state.position.top = 0,
        Action::Last => state.position.top = layout.last_page(height),
        Action::ToggleContents => {
            state.focus = Focus::Contents;
            let guide = Arc::clone(&state.guide);
            state.contents.select(&guide, pos.section);
        }
        Action::NextMark => move_mark(state, true),
        Action::PreviousMark => move_mark(state, false),
        Action::Activate => match state.focused_link {
            Some(mark) => follow_mark(state, mark),
            None => move_mark(state, true),
        },
        Action::NextMatch => next_match(state, true),
        Action::PreviousMatch => next_match(state, false),
        _ => {}
    }
}

fn contents(state: &mut AppState, action: Action) {
    let guide = Arc::clone(&state.guide);
    let page = state.plan().contents.map_or(10, |r| {
        isize::try_from(r.height.saturating_sub(2))
            .unwrap_or(1)
            .max(1)
    });
    match action {
        Action::Down => state.contents.move_by(&guide, 1),
        Action::Up => state.contents.move_by(&guide, -1),
        Action::NextPage => state.contents.move_by(&guide, page),
        Action::PreviousPage => state.contents.move_by(&guide, -page),
        Action::First => state.contents.move_to_end(&guide, false),
        Action::Last => state.contents.move_to_end(&guide, true),
        Action::Expand => state.contents.expand(&guide),
        Action::Collapse => state.contents.collapse(&guide),
        Action::Activate => {
            if state.contents.selected != state.position.section {
                super::navigate::jump(state, state.contents.selected);
            }
            state.focus = Focus::Reader;
        }
        Action::ToggleContents => state.focus = Focus::Reader,
        _ => {}
    }
}

fn click(state: &mut AppState, column: u16, row: u16, now: Instant) {
    let plan = state.plan();
    if contains(plan.status, column, row) {
        if state.kiosk.is_some() {
            let words = state.phrases();
            let buttons = touch::bar_buttons(
                state.key_context(),
                state.language,
                &state.languages,
                plan.status,
                words,
            );
            if let Some(button) = touch::button_at(&buttons, plan.status, column, row, words) {
                press(state, &button, now);
            }
            return;
        }
        let all = hints(state.context(), state.help_open, state.phrases());
        let hit = if let Some(lead) = super::linear::status_lead(state, plan.status.width) {
            // The linear mode: the hints come after the page and message.
            let from = lead.hints_from;
            placed(&all, plan.status.width.saturating_sub(from))
                .into_iter()
                .find(|(x, w, _)| column >= x + from && column < x + from + w)
                .map(|(_, _, h)| h.action)
        } else {
            let message = state.status_message();
            placed(&all, hint_room(plan.status.width, message.as_deref()))
                .into_iter()
                .find(|(x, w, _)| column >= *x && column < x + w)
                .map(|(_, _, h)| h.action)
        };
        if let Some(action) = hit {
            update(state, action, now);
        }
        return;
    }
    if state.help_open {
        help_click(state, column, row);
        return;
    }
    if state.overlay.is_some() {
        overlay_click(state, column, row);
        return;
    }
    if bookmarks::list_open(state) {
        bookmarks::list_click(state, column, row);
        return;
    }
    if state.screen == Screen::Welcome {
        let above_bar = ratatui::layout::Rect::new(0, 0, plan.area.width, plan.status.y);
        let resume = bookmarks::resume_title(state);
        let languages = state.languages.len() > 1;
        let part = welcome_view(&state.guide, above_bar, resume, state.callouts(), languages)
            .and_then(|view| view.part_at(column, row));
        match part {
            Some(Part::Symptoms) => open_symptoms(state),
            Some(Part::Language) => switch_to_next(state),
            // A tap on either way in chooses it; anywhere else keeps the
            // choice already made.
            Some(Part::Continue) => {
                bookmarks::choose(state, bookmarks::Choice::Continue);
                start(state);
            }
            Some(Part::Start) => {
                bookmarks::choose(state, bookmarks::Choice::FromStart);
                start(state);
            }
            _ => start(state),
        }
        return;
    }
    if let Some(area) = plan.contents
        && contains(area, column, row)
    {
        let guide = Arc::clone(&state.guide);
        let (button, list) = contents_parts(area, &guide);
        if button.is_some_and(|b| contains(b, column, row)) {
            open_symptoms(state);
            return;
        }
        let width = usize::from(list.width);
        let hit = row.checked_sub(list.y).and_then(|line| {
            state
                .contents
                .entry_at_line(&guide, usize::from(line), width, state.position.section)
        });
        if let Some((entry, first_line)) = hit {
            let arrow_column = list.x + u16::try_from(entry.depth * 2).unwrap_or(u16::MAX);
            // The arrow is on the entry's first line; the rest of a long
            // title opens the section like its first words.
            if entry.has_children && first_line && column <= arrow_column + 1 {
                state.contents.selected = entry.section;
                state.contents.toggle(&guide, entry.section);
            } else {
                super::navigate::jump(state, entry.section);
                // At a kiosk on a wide screen the list stays open beside
                // the text for the next tap, until Contents puts it away.
                if state.kiosk.is_some() && plan.shape == Shape::Wide {
                    state.focus = Focus::Contents;
                }
            }
        }
        return;
    }
    // On a touch screen a link's target is its whole line (see
    // `links::link_at`), margins included.
    let touch = state.kiosk.is_some();
    let target = if touch { plan.reader } else { plan.text };
    if contains(target, column, row) && row >= plan.text.y {
        let at_row = usize::from(row - plan.text.y);
        let at_column = usize::from(column.saturating_sub(plan.text.x));
        if let Some(index) = super::links::link_at(&state.links, at_row, at_column, touch) {
            state.focused_link = Some(index);
            follow_mark(state, index);
            return;
        }
    }
    // A click on the text while the narrow overlay is closed goes back to
    // reading; nothing else is hidden there yet.
    if plan.shape == Shape::Narrow && state.focus == Focus::Contents {
        state.focus = Focus::Reader;
    }
}

/// A tap on a button of the kiosk's touch bar: what its key does in the
/// place it is bound (`touch::TouchButton`), with what is in front put
/// away first where it would swallow it. The page buttons turn the pages
/// of the section being read even with the contents list open (keys in
/// the list move in it instead), and page a list or help that is in
/// front.
fn press(state: &mut AppState, button: &TouchButton, now: Instant) {
    match (button.place, button.action) {
        (super::keymap::KeyContext::Reader, Action::NextPage | Action::PreviousPage) => {
            match state.overlay {
                Some(Overlay::Search(_) | Overlay::Glossary(_) | Overlay::Symptoms(_)) => {
                    return update(state, button.action, now);
                }
                // A word's meaning or the A to Z chooser: put away.
                Some(_) => state.overlay = None,
                None => {}
            }
            if state.screen == Screen::Welcome {
                return update(state, button.action, now);
            }
            // A list over the text on a narrow screen is put away, so the
            // page is seen to turn; beside it, it stays.
            if state.plan().shape == Shape::Narrow {
                state.focus = Focus::Reader;
            }
            reader(state, button.action);
        }
        (_, Action::ToggleContents) => {
            state.overlay = None;
            if state.screen == Screen::Welcome {
                start(state);
                state.focus = Focus::Contents;
                let guide = Arc::clone(&state.guide);
                state.contents.select(&guide, state.position.section);
            } else {
                update(state, Action::ToggleContents, now);
            }
        }
        (_, action) => update(state, action, now),
    }
}
