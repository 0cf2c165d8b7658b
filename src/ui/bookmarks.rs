//! Drawing the bookmark list. The welcome screen's two ways in when a
//! place was kept ("Continue: <section>", "Start from the beginning") are
//! laid out with the rest of the welcome screen, in `app::welcome`.

use ratatui::Frame;
use ratatui::layout::Margin;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::AppState;
use crate::app::bookmarks::LIST_FIRST_ROW;
use crate::app::geometry::{list_offset, overlay_area};

use super::frames::{Framing, framed};
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
    let words = state.phrases();
    let inner = framed(
        frame,
        area,
        theme,
        Framing {
            title: &words.get("bookmarks-title"),
            foot: Some(&words.get("bookmarks-keys")),
            focused: true,
            linear: state.linear(),
        },
    );
    let width = usize::from(inner.width.saturating_sub(2));
    let count = reading.bookmarks.len();
    let heading = words.with("bookmarks-count", &[("count", count.into())]);
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
            .map(|index| crate::app::linear::path_of(state, index))
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
    // The cursor on the chosen bookmark, after its marker: the heading
    // is the first row.
    let chosen = selected.saturating_sub(offset) + 1;
    let row = if count == 0 { 0 } else { chosen };
    let column = if count == 0 { 0 } else { 2 };
    frame.render_widget(Paragraph::new(lines), text);
    super::finding::place_cursor(frame, text, row, column);
}
