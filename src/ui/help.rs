//! The help overlay: what `app::help` lays out, with a Close button in its
//! bottom border.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::AppState;
use crate::app::help::{CLOSE, HelpRow, help_view};

use super::frames::{Framing, framed};
use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, _area: Rect) {
    let view = help_view(state);
    let more = view.scroll < view.max_scroll;
    let title = if more { "Help  (↓ for more)" } else { "Help" };
    let inner = framed(
        frame,
        view.outer,
        theme,
        Framing {
            title,
            foot: None,
            focused: true,
            linear: state.linear(),
        },
    );
    let text: Vec<Line> = view
        .rows
        .iter()
        .skip(view.scroll)
        .take(view.visible)
        .map(|row| match row {
            HelpRow::Heading(h) => Line::from(Span::styled(*h, theme.title())),
            HelpRow::Entry { keys, what } => Line::from(vec![
                Span::styled(keys.clone(), theme.key_label()),
                Span::raw(what.clone()),
            ]),
            HelpRow::Note(n) => Line::from(n.clone()),
            HelpRow::Blank => Line::default(),
        })
        .collect();
    frame.render_widget(Paragraph::new(text), inner);
    // The cursor at the top of what is shown, so a screen reader reads
    // on from there and a magnifier shows it.
    if inner.width > 0 && inner.height > 0 {
        frame.set_cursor_position(inner.as_position());
    }
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(CLOSE, theme.button()))),
        view.close,
    );
}
