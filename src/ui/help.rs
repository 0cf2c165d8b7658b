//! The help overlay: what `app::help` lays out, with a Close button in its
//! bottom border.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::AppState;
use crate::app::help::{HelpRow, close_label, help_view};

/// Help's title while there is more below: by key, or at a kiosk by its
/// page button or the wheel (message ids, `crate::phrases`).
const MORE_BY_KEY: &str = "help-title-more";
const MORE_BY_TOUCH: &str = "help-title-more-by-touch";

use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, _area: Rect) {
    let view = help_view(state);
    frame.render_widget(Clear, view.outer);
    let more = view.scroll < view.max_scroll;
    let title = match (more, state.kiosk.is_some()) {
        (true, false) => MORE_BY_KEY,
        (true, true) => MORE_BY_TOUCH,
        (false, _) => "help-title",
    };
    let title = format!(" {} ", state.phrases().get(title));
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Span::styled(title, theme.title()));
    let inner = block.inner(view.outer);
    frame.render_widget(block, view.outer);
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
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(close_label(state), theme.button()))),
        view.close,
    );
}
