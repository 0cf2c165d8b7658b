//! The welcome screen: what the guide is, that it does not replace the
//! care team, what to do in an emergency, and how to start.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::AppState;
use crate::layout;

use super::theme::Theme;

const START: &str = " Press Enter or tap here to start ";

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect) {
    let width = area.width.saturating_sub(4).min(72);
    let about = &state.guide.about;
    let wrap = |text: &str, style: Style| -> Vec<Line<'static>> {
        textwrap::wrap(text, usize::from(width.max(1)))
            .into_iter()
            .map(|l| Line::from(Span::styled(l.into_owned(), style)))
            .collect()
    };
    // Built in order of importance; if the window is short, the welcome
    // text and review note go first, never the disclaimer or emergency.
    let title = wrap(&about.title, theme.title());
    let purpose = wrap(&about.purpose, Style::new());
    let welcome: Vec<Line> = layout::body(&about.welcome, width)
        .iter()
        .map(|l| {
            Line::from(
                l.pieces
                    .iter()
                    .map(|p| Span::styled(p.text.clone(), theme.piece(p)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    let disclaimer = wrap(
        &about.disclaimer,
        Style::new().add_modifier(ratatui::style::Modifier::BOLD),
    );
    let emergency = wrap(&about.emergency, theme.emergency());
    let review = match &about.reviewed_by {
        Some(who) => format!(
            "Guide reviewed {}. Reviewed by your clinic: {who}.",
            about.reviewed.long()
        ),
        None => format!(
            "Guide reviewed {}. Not yet reviewed by your clinic.",
            about.reviewed.long()
        ),
    };
    let review = wrap(&review, theme.dim());
    let start = vec![Line::from(Span::styled(START, theme.button())).centered()];

    let room = usize::from(area.height.saturating_sub(2));
    let essential =
        title.len() + purpose.len() + disclaimer.len() + emergency.len() + start.len() + 4;
    let mut lines: Vec<Line> = Vec::new();
    let add = |part: Vec<Line<'static>>, lines: &mut Vec<Line<'static>>| {
        if !part.is_empty() {
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.extend(part);
        }
    };
    add(title, &mut lines);
    add(purpose, &mut lines);
    if essential + welcome.len() + 1 <= room {
        add(welcome, &mut lines);
    }
    add(disclaimer, &mut lines);
    add(emergency, &mut lines);
    if lines.len() + review.len() + start.len() + 2 <= room {
        add(review, &mut lines);
    }
    add(start, &mut lines);

    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let box_width = (width + 4).min(area.width);
    let outer = Rect::new(
        area.x + (area.width - box_width) / 2,
        area.y + (area.height - height) / 2,
        box_width,
        height,
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(true));
    let inner = block.inner(outer);
    frame.render_widget(block, outer);
    let text = Rect::new(
        inner.x + 1,
        inner.y,
        inner.width.saturating_sub(2),
        inner.height,
    );
    frame.render_widget(Paragraph::new(lines), text);
}

/// Where the start button is drawn, for tests and for people reading the
/// code: any click on the welcome screen starts, so this is informational.
pub const START_LABEL: &str = START;
