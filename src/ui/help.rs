//! The help overlay, drawn from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::AppState;
use crate::app::help::{HelpLine, help_lines};

use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect) {
    let width = area.width.saturating_sub(4).min(64);
    let text = wrapped(
        &help_lines(state.mouse, state.kiosk.is_some()),
        usize::from(width.saturating_sub(2)),
        theme,
    );
    let height = u16::try_from(text.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let outer = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, outer);
    let visible = usize::from(height.saturating_sub(2));
    let scroll = state.help_scroll.min(text.len().saturating_sub(visible));
    let more = scroll + visible < text.len();
    let title = if more {
        " Help  (↓ for more) "
    } else {
        " Help "
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Span::styled(title, theme.title()))
        .title_bottom(Line::from(" Esc to close ").right_aligned());
    let inner = block.inner(outer);
    frame.render_widget(block, outer);
    let text: Vec<Line> = text.into_iter().skip(scroll).take(visible).collect();
    frame.render_widget(Paragraph::new(text), inner);
}

/// Keys in a column as wide as the longest key list; a meaning that does
/// not fit continues on the next line, under itself.
fn wrapped(lines: &[HelpLine], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let key_width = lines
        .iter()
        .filter_map(|l| match l {
            HelpLine::Entry { keys, .. } => Some(keys.chars().count()),
            _ => None,
        })
        .max()
        .unwrap_or(0)
        + 2;
    let what_width = width.saturating_sub(key_width + 1).max(8);
    let mut text = Vec::new();
    for line in lines {
        match line {
            HelpLine::Heading(h) => text.push(Line::from(Span::styled(*h, theme.title()))),
            HelpLine::Entry { keys, what } => {
                for (i, part) in textwrap::wrap(what, what_width).into_iter().enumerate() {
                    let keys = if i == 0 { keys.as_str() } else { "" };
                    text.push(Line::from(vec![
                        Span::styled(format!(" {keys:<key_width$}"), theme.key_label()),
                        Span::raw(part.into_owned()),
                    ]));
                }
            }
            HelpLine::Note(n) => {
                for part in textwrap::wrap(n, width.saturating_sub(1).max(8)) {
                    text.push(Line::from(format!(" {part}")));
                }
            }
            HelpLine::Blank => text.push(Line::default()),
        }
    }
    text
}
