//! The help overlay, drawn from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::AppState;
use crate::app::help::{HelpLine, help_lines};

use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect) {
    let lines = help_lines(state.mouse);
    let width = area.width.saturating_sub(4).min(64);
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX).min(area.height);
    let outer = Rect::new(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
    frame.render_widget(Clear, outer);
    let visible = usize::from(height.saturating_sub(2));
    let scroll = state.help_scroll.min(lines.len().saturating_sub(visible));
    let more = scroll + visible < lines.len();
    let title = if more { " Help  (↓ for more) " } else { " Help " };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Span::styled(title, theme.title()))
        .title_bottom(Line::from(" Esc to close ").right_aligned());
    let inner = block.inner(outer);
    frame.render_widget(block, outer);
    let key_width = 16;
    let text: Vec<Line> = lines
        .iter()
        .skip(scroll)
        .take(visible)
        .map(|line| match line {
            HelpLine::Heading(h) => Line::from(Span::styled(*h, theme.title())),
            HelpLine::Entry { keys, what } => Line::from(vec![
                Span::styled(format!(" {keys:<key_width$}"), theme.key_label()),
                Span::raw(*what),
            ]),
            HelpLine::Note(n) => Line::from(format!(" {n}")),
            HelpLine::Blank => Line::default(),
        })
        .collect();
    frame.render_widget(Paragraph::new(text), inner);
}
