//! The welcome screen: what the guide is, that it does not replace the
//! care team, what to do in an emergency, the way in by symptom, and how
//! to start. Where each part goes is `app::welcome`'s, so a tap lands on
//! what is drawn.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::app::AppState;
use crate::app::bookmarks::Choice;
use crate::app::welcome::{Part, Text, welcome_view};

use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect) {
    // The disclaimer, the emergency note and the way to start are shown
    // whole or not at all: a window too small for them asks to be larger.
    let resume = crate::app::bookmarks::resume_title(state);
    let languages = state.languages.len() > 1;
    let Some(view) = welcome_view(&state.guide, area, resume, state.callouts(), languages) else {
        super::too_small(frame, area, state.phrases());
        return;
    };
    let width = usize::from(view.text.width);
    let chosen = state.reading.as_ref().map(|r| r.choice).unwrap_or_default();
    let mut previous = None;
    let lines: Vec<Line> = view
        .rows
        .iter()
        .map(|(part, text)| {
            let first_of_part = *part != previous;
            previous = *part;
            (part, text, first_of_part)
        })
        .map(|(part, text, first_of_part)| match text {
            Text::Gap => Line::default(),
            Text::Body(line) => Line::from(
                line.pieces
                    .iter()
                    .map(|p| Span::styled(p.text.clone(), theme.piece(p)))
                    .collect::<Vec<_>>(),
            ),
            Text::Plain(words) => {
                let part = part.unwrap_or(Part::Welcome);
                if resume.is_some() && matches!(part, Part::Continue | Part::Start) {
                    // Two ways in: the chosen one marked with ▸ as well as
                    // by its look.
                    let this = if part == Part::Continue {
                        Choice::Continue
                    } else {
                        Choice::FromStart
                    };
                    let (lead, style) = match (this == chosen, first_of_part) {
                        (true, true) => ("▸ ", theme.button()),
                        (true, false) => ("  ", theme.button()),
                        (false, _) => ("  ", theme.base().add_modifier(Modifier::BOLD)),
                    };
                    Line::from(Span::styled(format!("{lead}{words} "), style)).centered()
                } else if part.is_button() {
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
    if !state.linear() {
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(theme.border(true));
        frame.render_widget(block, view.outer);
    }
    // The cursor on the way in that Enter takes, where its words start.
    let chosen_part = match (resume.is_some(), chosen) {
        (true, Choice::Continue) => Part::Continue,
        _ => Part::Start,
    };
    let cursor = view
        .rows
        .iter()
        .zip(&lines)
        .enumerate()
        .find(|(_, ((part, _), _))| *part == Some(chosen_part))
        .map(|(row, (_, line))| {
            let width = u16::try_from(line.width()).unwrap_or(u16::MAX);
            // Past the padding and the ▸ marker, to the first word.
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            let words = text.trim_start_matches([' ', '▸']);
            let lead = u16::try_from(text.width() - words.width()).unwrap_or(0);
            // Centred as a paragraph centres a line.
            let offset = (view.text.width / 2).saturating_sub(width / 2);
            let x = view.text.x + offset + lead;
            let y = view.text.y + u16::try_from(row).unwrap_or(u16::MAX);
            Position::new(x, y)
        });
    frame.render_widget(Paragraph::new(lines), view.text);
    if let Some(at) = cursor.filter(|at| view.text.contains(*at)) {
        frame.set_cursor_position(at);
    }
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
