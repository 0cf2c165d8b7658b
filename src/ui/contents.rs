//! The contents list: chapters and sections as a tree, with the section
//! being read marked and the selected entry highlighted.
//!
//! Drawn straight into the buffer, and only the rows in the box: this runs
//! on every frame, and a 10,000-section guide fills the box, so a frame
//! must cost the same whatever the guide's size (issue 8).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Clear};
use unicode_width::UnicodeWidthStr;

use crate::app::{AppState, Focus};

use super::theme::Theme;
use super::{fit_right, put_str};

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
    let width = usize::from(inner.width);
    let buf = frame.buffer_mut();
    let rows = state
        .contents
        .walk(&state.guide)
        .skip(state.contents.offset)
        .take(usize::from(inner.height));
    for (y, row) in (inner.y..inner.bottom()).zip(rows) {
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
        let indent = row.depth.saturating_mul(2);
        let room = width.saturating_sub(indent + glyph.width() + mark.width());
        let style = if focused && row.section == state.contents.selected {
            theme.selected()
        } else if reading {
            theme.current()
        } else {
            Style::new()
        };
        // The whole row takes the style, the indent and the space after the
        // title included: the box was cleared, so those cells are blank.
        if style != Style::new() {
            buf.set_style(
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
                style,
            );
        }
        let mut x = inner
            .x
            .saturating_add(u16::try_from(indent).unwrap_or(u16::MAX));
        for text in [glyph, &fit_right(title, room), mark] {
            let left = usize::from(inner.right().saturating_sub(x));
            if left == 0 {
                break;
            }
            x = put_str(buf, x, y, text, left, style);
        }
    }
}
