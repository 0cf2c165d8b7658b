//! Terminal events to actions: keys through the keymap, the mouse to
//! clicks and scrolls, and size changes. Everything else is ignored.

use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};

use super::action::Action;
use super::keymap::{KeyContext, action_for};

pub fn action_for_event(event: &Event, place: KeyContext, mouse: bool) -> Option<Action> {
    match event {
        Event::Key(key) => action_for(key, place),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        Event::Mouse(m) if mouse => {
            let (column, row) = (m.column, m.row);
            match m.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                MouseEventKind::ScrollUp => Some(Action::ScrollUp { column, row }),
                MouseEventKind::ScrollDown => Some(Action::ScrollDown { column, row }),
                _ => None,
            }
        }
        // Pasted text could hold anything, and there is nowhere to type it.
        Event::Paste(_) | Event::FocusGained | Event::FocusLost | Event::Mouse(_) => None,
    }
}
