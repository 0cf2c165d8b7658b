//! Drawing the bookmark list, and the welcome screen's two ways in when a
//! place was kept: "Continue: <section>" and "Start from the beginning".

use ratatui::Frame;
use ratatui::layout::Margin;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::AppState;
use crate::app::bookmarks::{Choice, ChoiceRows, LIST_FIRST_ROW, resume_title};
use crate::app::geometry::{list_offset, overlay_area};

use super::theme::Theme;
use super::truncate_right;

pub fn draw_list(frame: &mut Frame, state: &AppState, theme: &Theme) {
    let Some(reading) = state.reading.as_ref() else {
        return;
    };
    let Some(selected) = reading.list else {
        return;
    };
    let area = overlay_area(&state.plan());
    if area.width < 12 || area.height < LIST_FIRST_ROW + 2 {
        return;
    }
    frame.render_widget(Clear, area);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Span::styled(" Bookmarks ", theme.title()))
        .title_bottom(Line::from(" Enter open · d delete · Esc close ").right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width.saturating_sub(2));
    let count = reading.bookmarks.len();
    let heading = match count {
        0 => "No bookmarks yet. On a page, press m to add one.".to_string(),
        1 => "1 bookmark.".to_string(),
        n => format!("{n} bookmarks."),
    };
    let mut lines = vec![Line::from(Span::styled(
        truncate_right(&heading, width),
        theme.dim(),
    ))];
    let visible = usize::from(area.height.saturating_sub(LIST_FIRST_ROW + 1)).max(1);
    let offset = list_offset(selected, visible);
    for (i, place) in reading
        .bookmarks
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
    {
        let title = state
            .guide
            .section_index(&place.section)
            .map(|index| state.guide.breadcrumb(index).join(" › "))
            .unwrap_or_else(|| place.title.clone());
        let marker = if i == selected { "▸ " } else { "  " };
        let text = format!(
            "{marker}{}",
            truncate_right(&title, width.saturating_sub(2))
        );
        let style = if i == selected {
            theme.selected()
        } else {
            theme.base()
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    let text = inner.inner(Margin::new(1, 0));
    frame.render_widget(Paragraph::new(lines), text);
}

/// The welcome screen's ways in, when a place was kept: each a button,
/// the chosen one marked with ▸ as well as by its look. `None` when
/// there is no kept place (the usual start button is drawn).
pub fn choice_lines(
    state: &AppState,
    theme: &Theme,
    width: u16,
) -> Option<Vec<(Choice, Line<'static>)>> {
    let title = resume_title(state)?;
    let chosen = state.reading.as_ref().map(|r| r.choice).unwrap_or_default();
    let width = usize::from(width.max(1));
    let mut out = Vec::new();
    for (choice, label) in [
        (Choice::Continue, format!("Continue: {title}")),
        (Choice::FromStart, "Start from the beginning".to_string()),
    ] {
        let marker = if choice == chosen { "▸ " } else { "  " };
        let style = if choice == chosen {
            theme.button()
        } else {
            theme.base().add_modifier(Modifier::BOLD)
        };
        for (n, line) in textwrap::wrap(&label, width.saturating_sub(4).max(1))
            .into_iter()
            .enumerate()
        {
            let lead = if n == 0 { marker } else { "  " };
            out.push((
                choice,
                Line::from(Span::styled(format!("{lead}{line} "), style)).centered(),
            ));
        }
    }
    Some(out)
}

/// Remembers where the choices were drawn: they are the last lines of
/// the welcome box, whose text starts at row `top`.
pub fn record_rows(state: &AppState, choices: &[Choice], top: u16, total_lines: usize) {
    let Some(reading) = state.reading.as_ref() else {
        return;
    };
    let first = total_lines.saturating_sub(choices.len());
    let row_of = |i: usize| top.saturating_add(u16::try_from(first + i).unwrap_or(u16::MAX));
    let span = |which: Choice| {
        let mut rows = choices
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == which)
            .map(|(i, _)| row_of(i));
        let from = rows.next().unwrap_or(0);
        let to = rows.next_back().unwrap_or(from).saturating_add(1);
        (from, to)
    };
    reading.rows.set(Some(ChoiceRows {
        continue_rows: span(Choice::Continue),
        start_rows: span(Choice::FromStart),
    }));
}
