//! The contents list: chapters and sections as a tree, with the section
//! being read marked and the selected entry highlighted.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::app::{AppState, Focus};

use super::theme::Theme;
use super::truncate_right;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme) {
    let Some(area) = state.plan().contents else {
        return;
    };
    let focused = state.focus == Focus::Contents;
    frame.render_widget(Clear, area);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(focused))
        .title(Span::styled(" Contents ", theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = state.contents.rows(&state.guide);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = rows
        .iter()
        .skip(state.contents.offset)
        .take(usize::from(inner.height))
        .map(|row| {
            let title = state
                .guide
                .section(row.section)
                .map_or("", |s| s.title.as_str());
            let glyph = match (row.has_children, row.open) {
                (true, true) => "▾ ",
                (true, false) => "▸ ",
                (false, _) => "• ",
            };
            let reading = row.section == state.position.section;
            let mark = if reading { " ◀" } else { "" };
            let indent = "  ".repeat(row.depth);
            let room = width.saturating_sub(indent.width() + glyph.width() + mark.width());
            let text = format!("{indent}{glyph}{}{mark}", truncate_right(title, room));
            let style = if focused && row.section == state.contents.selected {
                theme.selected()
            } else if reading {
                theme.current()
            } else {
                ratatui::style::Style::new()
            };
            let pad = width.saturating_sub(text.width());
            Line::from(Span::styled(format!("{text}{}", " ".repeat(pad)), style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
