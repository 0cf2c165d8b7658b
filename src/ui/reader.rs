//! The reader pane: a page of the current section, framed with its
//! breadcrumb, review date and page number; in the linear mode, with the
//! section's path as a line of text above it and nothing framed. The
//! cursor goes on the focused link, or else on the page's first line.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use unicode_width::UnicodeWidthStr;

use crate::app::geometry::ScreenAreas;
use crate::app::linear;
use crate::app::links::Target;
use crate::app::{AppState, Focus};
use crate::search;
use crate::typeset;

use super::theme::Theme;
use super::{put_str, truncate_left};

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme) {
    let plan = state.plan();
    let area = plan.reader;
    let Some(section) = state.guide.section(state.position.section) else {
        return;
    };
    if state.linear() {
        draw_linear_frame(frame, state, theme, &plan);
    } else {
        let (page, pages) = state.page();
        let crumb = state.guide.breadcrumb(state.position.section).join(" › ");
        let room = usize::from(area.width.saturating_sub(4));
        let words = state.phrases();
        let date = section.reviewed.long(words);
        let footer = words.with(
            "reader-footer",
            &[
                ("date", date.into()),
                ("page", page.into()),
                ("pages", pages.into()),
            ],
        );
        let footer = if footer.chars().count() + 2 > room {
            words.with(
                "reader-page",
                &[("page", page.into()), ("pages", pages.into())],
            )
        } else {
            footer
        };
        let footer = format!(" {footer} ");
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(theme.border(state.focus == Focus::Reader))
            .title(Span::styled(
                format!(" {} ", truncate_left(&crumb, room.saturating_sub(2))),
                theme.title(),
            ))
            // Its own colour, not the border's: it is text.
            .title_bottom(Line::from(Span::styled(footer, theme.dim())).right_aligned());
        frame.render_widget(block, area);
    }
    let layout = state.layout_for_drawing();
    // A page ends where it may (typeset::pages), which can be before
    // the bottom of the text area.
    let shown = layout.shown(state.position.top, plan.page_height());
    let end = (state.position.top + shown).min(layout.lines.len());
    let page = layout.lines.get(..end).unwrap_or(&layout.lines);
    draw_page(
        frame.buffer_mut(),
        page,
        state.position.top,
        plan.text,
        theme,
    );
    mark_page(frame, state, theme, page, plan.text);
    frame.set_cursor_position(focus(state, plan.text));
}

/// The linear mode's frame, which is no frame: the section's path as a
/// line of text above the page, and in a kiosk, which page this is on the
/// row under it (elsewhere the bottom line says so).
fn draw_linear_frame(frame: &mut Frame, state: &AppState, theme: &Theme, plan: &ScreenAreas) {
    let area = plan.reader;
    let room = usize::from(area.width.saturating_sub(2));
    let buf = frame.buffer_mut();
    let path = truncate_left(&linear::path(state), room);
    put_str(buf, area.x + 1, area.y, &path, room, theme.title());
    if state.kiosk.is_some() && plan.text.bottom() < area.bottom() {
        let long = linear::page_words(state, true);
        let words = if long.width() <= room {
            long
        } else {
            linear::page_words(state, false)
        };
        put_str(
            buf,
            area.x + 1,
            plan.text.bottom(),
            &words,
            room,
            Style::new(),
        );
    }
}

/// Where the cursor goes on the page, for screen readers and magnifiers
/// to follow: the link or word Tab chose, else the page's first line.
fn focus(state: &AppState, text: Rect) -> Position {
    let (row, column) = state
        .focused_link
        .and_then(|i| state.links.get(i))
        .map_or((0, 0), |link| (link.row, link.start));
    let clamp = |at: usize, size: u16| {
        u16::try_from(at)
            .unwrap_or(u16::MAX)
            .min(size.saturating_sub(1))
    };
    Position::new(
        text.x + clamp(column, text.width),
        text.y + clamp(row, text.height),
    )
}

/// Underlines glossary words, shows the link or word Tab chose, and marks
/// every place the search words appear on this page.
fn mark_page(
    frame: &mut Frame,
    state: &AppState,
    theme: &Theme,
    lines: &[typeset::Line],
    area: Rect,
) {
    let buf = frame.buffer_mut();
    let cell = |row: usize, start: usize, end: usize| {
        let width = end
            .saturating_sub(start)
            .min(usize::from(area.width).saturating_sub(start));
        Rect::new(
            area.x + u16::try_from(start).unwrap_or(u16::MAX).min(area.width),
            area.y + u16::try_from(row).unwrap_or(u16::MAX).min(area.height),
            u16::try_from(width).unwrap_or(0),
            u16::from(row < usize::from(area.height)),
        )
    };
    for (i, mark) in state.links.iter().enumerate() {
        let style = if state.focused_link == Some(i) {
            theme.focused_link()
        } else if matches!(mark.target, Target::Term(_)) {
            theme.term_mark()
        } else {
            continue;
        };
        buf.set_style(cell(mark.row, mark.start, mark.end), style);
    }
    let Some(query) = state.highlight.as_deref() else {
        return;
    };
    for (row, line) in lines
        .iter()
        .skip(state.position.top)
        .take(usize::from(area.height))
        .enumerate()
    {
        let text = line.text();
        for word in query.split_whitespace() {
            for range in search::find_in(&text, word) {
                let start = text.get(..range.start).map_or(0, UnicodeWidthStr::width);
                let end = text.get(..range.end).map_or(start, UnicodeWidthStr::width);
                buf.set_style(cell(row, start, end), theme.match_mark());
            }
        }
    }
}

/// One page of lines, written straight into the buffer. Only the lines on
/// screen are touched, so drawing costs the same however long the section
/// is, and nothing is allocated for them.
fn draw_page(buf: &mut Buffer, lines: &[typeset::Line], top: usize, area: Rect, theme: &Theme) {
    for (y, line) in (area.y..area.bottom()).zip(lines.iter().skip(top)) {
        let mut x = area.x;
        for piece in &line.pieces {
            let left = usize::from(area.right().saturating_sub(x));
            if left == 0 {
                break;
            }
            x = put_str(buf, x, y, &piece.text, left, theme.piece(piece));
        }
    }
}
