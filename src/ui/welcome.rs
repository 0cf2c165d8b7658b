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
    let review = about.review_note();
    let review = wrap(&review, theme.dim());
    // The start button wraps on a narrow window rather than lose words.
    let start: Vec<Line<'static>> = textwrap::wrap(START.trim(), usize::from(width.max(1)))
        .into_iter()
        .map(|l| {
            let padded = if l.chars().count() + 2 <= usize::from(width) {
                format!(" {l} ")
            } else {
                l.into_owned()
            };
            Line::from(Span::styled(padded, theme.button())).centered()
        })
        .collect();
    // With a place kept from last time: "Continue" and "Start from the
    // beginning" in place of the start button.
    let choices = super::bookmarks::choice_lines(state, theme, width);
    let start = match &choices {
        Some(choices) => choices.iter().map(|(_, line)| line.clone()).collect(),
        None => start,
    };

    let room = usize::from(area.height.saturating_sub(2));
    let lines = fit(
        room,
        vec![
            (Part::Optional(3), title),
            (Part::Optional(2), purpose),
            (Part::Optional(0), welcome),
            (Part::Essential, disclaimer),
            (Part::Essential, emergency),
            (Part::Optional(1), review),
            (Part::Essential, start),
        ],
    );
    // The disclaimer, the emergency note and the way to start are shown
    // whole or not at all: a window too small for them asks to be larger.
    let Some(lines) = lines else {
        super::too_small(frame, area);
        return;
    };

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
    if let Some(choices) = &choices {
        let kinds: Vec<_> = choices.iter().map(|(choice, _)| *choice).collect();
        super::bookmarks::record_rows(state, &kinds, text.y, lines.len());
    }
    frame.render_widget(Paragraph::new(lines), text);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Essential,
    /// Dropped when space is short, lowest number first.
    Optional(u8),
}

/// Fits the parts into `room` lines, in importance order: the welcome
/// text goes first, then the review note, then the purpose, then the
/// title, then the blank lines between parts. The disclaimer, the
/// emergency note and the way to start are never cut: `None` when even
/// they do not fit.
fn fit(room: usize, mut parts: Vec<(Part, Vec<Line<'static>>)>) -> Option<Vec<Line<'static>>> {
    let total = |parts: &[(Part, Vec<Line<'static>>)], gaps: bool| {
        let lines: usize = parts.iter().map(|(_, l)| l.len()).sum();
        let gaps = if gaps {
            parts
                .iter()
                .filter(|(_, l)| !l.is_empty())
                .count()
                .saturating_sub(1)
        } else {
            0
        };
        lines + gaps
    };
    for level in 0..=3u8 {
        if total(&parts, true) <= room {
            break;
        }
        for (part, lines) in parts.iter_mut() {
            if *part == Part::Optional(level) {
                lines.clear();
            }
        }
    }
    let gaps = total(&parts, true) <= room;
    let mut out: Vec<Line<'static>> = Vec::new();
    for (_, lines) in parts.into_iter().filter(|(_, l)| !l.is_empty()) {
        if gaps && !out.is_empty() {
            out.push(Line::default());
        }
        out.extend(lines);
    }
    (out.len() <= room).then_some(out)
}

/// Where the start button is drawn, for tests and for people reading the
/// code: any click on the welcome screen starts, so this is informational.
pub const START_LABEL: &str = START;
