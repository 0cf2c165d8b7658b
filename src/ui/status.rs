//! The bottom line: key hints that are also buttons, and a short message
//! at the right end (a notice, "Match 2 of 7"), for which hints make room.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::AppState;
use crate::app::hints::{hint_room, hints, placed};

use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, area: ratatui::layout::Rect) {
    let all = hints(state.context(), state.help_open, state.phrases());
    let message = state.status_message();
    let room = hint_room(area.width, message.as_deref());
    let mut spans = Vec::new();
    let mut used = 0u16;
    for (x, w, hint) in placed(&all, room) {
        if x > used {
            spans.push(Span::raw(" ".repeat(usize::from(x - used))));
        }
        spans.push(Span::styled(format!(" {} ", hint.key), theme.key()));
        spans.push(Span::raw(hint.label.as_ref()));
        used = x + w - 1;
    }
    if let Some(message) = message {
        // A notice stands out like the emergency note; "Match 2 of 7"
        // alone is plain information.
        let style = if state.notice.is_some() {
            theme.emergency()
        } else {
            theme.title()
        };
        let width = usize::from(area.width);
        let text = super::truncate_right(&message, width);
        let gap = width.saturating_sub(usize::from(used) + text.chars().count());
        spans.push(Span::raw(" ".repeat(gap)));
        spans.push(Span::styled(text, style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
