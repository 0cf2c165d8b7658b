//! The help overlay: what `app::help` lays out, with a Close button in its
//! bottom border.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::AppState;
use crate::app::help::{HelpRow, close_label, help_view};

/// Help's title while there is more below: by key, or at a kiosk by its
/// page button or the wheel.
const MORE_BY_KEY: &str = "help-title-more";
const MORE_BY_TOUCH: &str = "help-title-more-by-touch";

use super::frames::{Framing, framed};
use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, _area: Rect) {
    let view = help_view(state);
    let more = view.scroll < view.max_scroll;
    let title = match (more, state.kiosk.is_some()) {
        (true, false) => MORE_BY_KEY,
        (true, true) => MORE_BY_TOUCH,
        (false, _) => "help-title",
    };
    let title = &state.phrases().get(title);
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
            HelpRow::Heading(h) => Line::from(Span::styled(h.as_str(), theme.title())),
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
        Paragraph::new(Line::from(Span::styled(close_label(state), theme.button()))),
        view.close,
    );
}
