//! The frame around a pane or a box: box-drawing lines with the title in
//! the top one, or in the linear mode (`--plain`) no lines at all: the
//! title is a line of text on the top row and the note at the foot a line
//! of text on the bottom row, so a screen reader reads words rather than
//! "│ │". The room inside is the same either way, so what a click hits is
//! the same too.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};

use super::put_str;
use super::theme::Theme;

/// What goes on a frame: a title at the top (none if empty), a note at
/// the foot, and whether the frame has the focus (a brighter line).
#[derive(Debug, Clone, Copy)]
pub struct Framing<'a> {
    pub title: &'a str,
    pub foot: Option<&'a str>,
    pub focused: bool,
    pub linear: bool,
}

/// Clears `area`, frames it, and returns the room inside.
pub fn framed(frame: &mut Frame, area: Rect, theme: &Theme, framing: Framing<'_>) -> Rect {
    frame.render_widget(Clear, area);
    if framing.linear {
        let room = usize::from(area.width.saturating_sub(2));
        let buf = frame.buffer_mut();
        if area.height > 0 {
            put_str(buf, area.x + 1, area.y, framing.title, room, theme.title());
        }
        if let Some(foot) = framing.foot
            && area.height > 1
        {
            put_str(buf, area.x + 1, area.bottom() - 1, foot, room, theme.dim());
        }
        return area.inner(Margin::new(1, 1));
    }
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(framing.focused));
    if !framing.title.is_empty() {
        block = block.title(Span::styled(format!(" {} ", framing.title), theme.title()));
    }
    if let Some(foot) = framing.foot {
        block = block.title_bottom(Line::from(format!(" {foot} ")).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}
