//! The bottom line: key hints that are also buttons, and a short message
//! at the right end (a notice, "Match 2 of 7"), for which hints make room.
//! In the linear mode it is one line of text read left to right: which
//! page this is, the message, then the hints (`app::linear`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::AppState;
use crate::app::hints::{Hint, hint_room, hints, placed};
use crate::app::linear::{StatusLead, status_lead};

use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect) {
    let all = hints(state.context(), state.help_open, state.phrases());
    if let Some(lead) = status_lead(state, area.width) {
        draw_linear(frame, state, theme, area, &all, lead);
        return;
    }
    let message = state.status_message();
    let room = hint_room(area.width, message.as_deref());
    let (mut spans, used) = hint_spans(&all, room, theme);
    if let Some(message) = message {
        let width = usize::from(area.width);
        let text = super::truncate_right(&message, width);
        let gap = width.saturating_sub(usize::from(used) + text.chars().count());
        spans.push(Span::raw(" ".repeat(gap)));
        spans.push(Span::styled(text, message_style(state, theme)));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The hints that fit in `room` columns, as " key label" spans, and the
/// columns they take.
fn hint_spans(all: &[Hint<'_>], room: u16, theme: &Theme) -> (Vec<Span<'static>>, u16) {
    let mut spans = Vec::new();
    let mut used = 0u16;
    for (x, w, hint) in placed(all, room) {
        if x > used {
            spans.push(Span::raw(" ".repeat(usize::from(x - used))));
        }
        spans.push(Span::styled(format!(" {} ", hint.key), theme.key()));
        spans.push(Span::raw(hint.label.to_string()));
        used = x + w - 1;
    }
    (spans, used)
}

/// A notice stands out; "Match 2 of 7" alone is plain information.
fn message_style(state: &AppState, theme: &Theme) -> Style {
    if state.notice.is_some() {
        theme.notice()
    } else {
        theme.title()
    }
}

fn draw_linear(
    frame: &mut Frame,
    state: &AppState,
    theme: &Theme,
    area: Rect,
    all: &[Hint<'_>],
    lead: StatusLead,
) {
    let width = usize::from(area.width);
    let mut spans = Vec::new();
    let mut used = 0;
    if lead.hints_from > 0 {
        spans.push(Span::raw(" "));
        used = 1;
    }
    let parts = [
        lead.page.map(|p| (p, Style::new())),
        lead.message.map(|m| (m, message_style(state, theme))),
    ];
    for (text, style) in parts.into_iter().flatten() {
        let text = super::truncate_right(&format!("{text} "), width.saturating_sub(used));
        used += text.width();
        spans.push(Span::styled(text, style));
    }
    let from = lead.hints_from;
    if usize::from(from) > used {
        spans.push(Span::raw(" ".repeat(usize::from(from) - used)));
    }
    let (hints, _) = hint_spans(all, area.width.saturating_sub(from), theme);
    spans.extend(hints);
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
