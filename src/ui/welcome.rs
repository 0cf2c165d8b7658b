//! The welcome screen: what the guide is, that it does not replace the
//! care team, what to do in an emergency, the way in by symptom, and how
//! to start. Where each part goes is `app::welcome`'s, so a tap lands on
//! what is drawn.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::AppState;
use crate::app::welcome::{Part, Text, welcome_view};

use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect) {
    // The disclaimer, the emergency note and the way to start are shown
    // whole or not at all: a window too small for them asks to be larger.
    let Some(view) = welcome_view(&state.guide.about, area) else {
        super::too_small(frame, area);
        return;
    };
    let width = usize::from(view.text.width);
    let lines: Vec<Line> = view
        .rows
        .iter()
        .map(|(part, text)| match text {
            Text::Gap => Line::default(),
            Text::Body(line) => Line::from(
                line.pieces
                    .iter()
                    .map(|p| Span::styled(p.text.clone(), theme.piece(p)))
                    .collect::<Vec<_>>(),
            ),
            Text::Plain(words) => {
                let part = part.unwrap_or(Part::Welcome);
                if part.is_button() {
                    // Padded when there is room, so it reads as a button.
                    let padded = if words.chars().count() + 2 <= width {
                        format!(" {words} ")
                    } else {
                        words.clone()
                    };
                    Line::from(Span::styled(padded, theme.button())).centered()
                } else {
                    Line::from(Span::styled(words.clone(), style(part, theme)))
                }
            }
        })
        .collect();
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(true));
    frame.render_widget(block, view.outer);
    frame.render_widget(Paragraph::new(lines), view.text);
}

fn style(part: Part, theme: &Theme) -> Style {
    match part {
        Part::Title => theme.title(),
        Part::Disclaimer => Style::new().add_modifier(Modifier::BOLD),
        Part::Emergency => theme.emergency(),
        Part::Review => theme.dim(),
        _ => Style::new(),
    }
}

/// The start button's words, for tests and for people reading the code.
pub const START_LABEL: &str = crate::app::welcome::START;
