//! The contents list: chapters and sections as a tree, with the section
//! being read marked, and the selected entry highlighted with the cursor
//! on it while the list has the focus.
//!
//! Drawn straight into the buffer, and only the rows in the box: this runs
//! on every frame, and a 10,000-section guide fills the box, so a frame
//! must cost the same whatever the guide's size (issue 8).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;

use crate::app::contents::title_lines;
use crate::app::geometry::{contents_parts, symptom_button_lines};
use crate::app::linear::CONTENTS_TITLE;
use crate::app::{AppState, Focus};

use super::frames::{Framing, framed};
use super::put_str;
use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme) {
    let Some(area) = state.plan().contents else {
        return;
    };
    let focused = state.focus == Focus::Contents;
    framed(
        frame,
        area,
        theme,
        Framing {
            title: &state.phrases().get(CONTENTS_TITLE),
            foot: None,
            focused,
            linear: state.linear(),
        },
    );
    let (button, inner) = contents_parts(area, &state.guide);
    let mut cursor = None;
    let width = usize::from(inner.width);
    let buf = frame.buffer_mut();
    // The way in by symptom, above the chapters.
    if let Some(button) = button {
        for (y, line) in
            (button.y..button.bottom()).zip(symptom_button_lines(button.width, state.phrases()))
        {
            put_str(
                buf,
                button.x,
                y,
                &line,
                usize::from(button.width),
                theme.button(),
            );
        }
    }
    let rows = state
        .contents
        .walk(&state.guide)
        .skip(state.contents.offset);
    let mut y = inner.y;
    for row in rows {
        if y >= inner.bottom() {
            break;
        }
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
        let style = if focused && row.section == state.contents.selected {
            theme.selected()
        } else if reading {
            theme.current()
        } else {
            Style::new()
        };
        let lines = title_lines(title, row.depth, width, reading);
        let last = lines.len().saturating_sub(1);
        let indent = u16::try_from(row.depth.saturating_mul(2)).unwrap_or(u16::MAX);
        for (n, line) in lines.iter().enumerate() {
            if y >= inner.bottom() {
                break;
            }
            // Every line of the entry takes the style, the indent and the
            // space after the title included: the box was cleared, so those
            // cells are blank.
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
            // The glyph starts the first line; the rest of a long title
            // lines up under its first word.
            let lead = if n == 0 { glyph } else { "  " };
            // The cursor on the chosen entry's title, for screen readers
            // and magnifiers to follow.
            if n == 0 && focused && row.section == state.contents.selected {
                let x = inner.x.saturating_add(indent).saturating_add(2);
                cursor = Some(Position::new(x.min(inner.right().saturating_sub(1)), y));
            }
            let mark = if reading && n == last { " ◀" } else { "" };
            let mut x = inner.x.saturating_add(indent);
            for text in [lead, line.as_ref(), mark] {
                let left = usize::from(inner.right().saturating_sub(x));
                if left == 0 {
                    break;
                }
                x = put_str(buf, x, y, text, left, style);
            }
            y += 1;
        }
    }
    if let Some(at) = cursor {
        frame.set_cursor_position(at);
    }
}
