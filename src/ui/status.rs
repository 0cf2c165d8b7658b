//! The bottom line: key hints that are also buttons, and a short notice.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::AppState;
use crate::app::hints::{hints, placed};

use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, area: ratatui::layout::Rect) {
    let all = hints(state.place(), state.help_open);
    let mut spans = Vec::new();
    let mut used = 0u16;
    for (x, w, hint) in placed(&all, area.width) {
        if x > used {
            spans.push(Span::raw(" ".repeat(usize::from(x - used))));
        }
        spans.push(Span::styled(format!(" {} ", hint.key), theme.key()));
        spans.push(Span::raw(hint.label));
        used = x + w - 1;
    }
    if let Some(notice) = state.notice {
        let room = usize::from(area.width.saturating_sub(used));
        if notice.chars().count() + 2 <= room {
            spans.push(Span::raw(" ".repeat(room - notice.chars().count() - 1)));
            spans.push(Span::styled(notice, theme.emergency()));
        } else {
            // On a narrow screen the notice matters more than the hints,
            // which come back with the next key.
            spans = vec![Span::styled(
                super::truncate_right(notice, usize::from(area.width)),
                theme.emergency(),
            )];
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
