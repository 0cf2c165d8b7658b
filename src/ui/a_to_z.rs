//! Drawing the A to Z chooser: a box with its two lists as large framed
//! buttons (in the linear mode, blocks with no lines), each where
//! `app::a_to_z` says a tap opens it, the cursor on the chosen one.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::AppState;
use crate::app::a_to_z::{LISTS, TITLE, a_to_z_view, text_width};
use crate::app::overlay::AToZList;

use super::finding::{open_box, place_cursor};
use super::theme::Theme;
use super::truncate_right;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, list: &AToZList) {
    let words = state.phrases();
    let view = a_to_z_view(&state.plan(), words);
    open_box(frame, state, view.outer, &words.get(TITLE), theme);
    for (i, (area, listing)) in view.choices.iter().zip(LISTS.iter()).enumerate() {
        let chosen = i == list.selected;
        let style = if chosen {
            theme.selected()
        } else {
            Style::new()
        };
        if !view.framed {
            let name = truncate_right(&words.get(listing.name), usize::from(area.width));
            frame.render_widget(Paragraph::new(Line::from(Span::styled(name, style))), *area);
            if chosen {
                place_cursor(frame, *area, 0, 0);
            }
            continue;
        }
        if state.linear() {
            // No lines in the linear mode: the chosen one in reverse
            // video, each with its name and what it holds.
            if chosen {
                frame.buffer_mut().set_style(*area, style);
            }
            let text = area.inner(Margin::new(1, 0));
            let width = usize::from(text.width).max(1);
            let name_style = if chosen { style } else { theme.title() };
            let mut lines = vec![Line::from(Span::styled(
                truncate_right(&words.get(listing.name), width),
                name_style,
            ))];
            lines.extend(
                textwrap::wrap(&words.get(listing.about), width)
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l.into_owned(), style))),
            );
            frame.render_widget(Paragraph::new(lines), text);
            if chosen {
                place_cursor(frame, text, 0, 0);
            }
            continue;
        }
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(theme.border(chosen));
        let inner = block.inner(*area);
        frame.render_widget(block, *area);
        if chosen {
            frame.buffer_mut().set_style(inner, style);
        }
        let width = text_width(*area);
        let mut lines = vec![Line::from(Span::styled(
            truncate_right(&words.get(listing.name), width),
            if chosen { style } else { theme.title() },
        ))];
        if view.about_rows > 0 {
            lines.extend(
                textwrap::wrap(&words.get(listing.about), width)
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l.into_owned(), style))),
            );
        }
        let text = Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(2),
            ..inner
        };
        frame.render_widget(Paragraph::new(lines), text);
        // The cursor on the chosen list's name.
        if chosen {
            place_cursor(frame, text, 0, 0);
        }
    }
}
