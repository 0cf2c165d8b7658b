//! The reader pane: a page of the current section, framed with its
//! breadcrumb, review date and page number.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::{AppState, Focus};
use crate::layout;

use super::theme::Theme;
use super::truncate_left;

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme) {
    let plan = state.plan();
    let area = plan.reader;
    let Some(section) = state.guide.section(state.position.section) else {
        return;
    };
    let (page, pages) = state.page();
    let crumb = state.guide.breadcrumb(state.position.section).join(" › ");
    let room = usize::from(area.width.saturating_sub(4));
    let footer = format!(
        " Reviewed {} · Page {page} of {pages} ",
        section.reviewed.long()
    );
    let footer = if footer.chars().count() > room {
        format!(" Page {page} of {pages} ")
    } else {
        footer
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(state.focus == Focus::Reader))
        .title(Span::styled(
            format!(" {} ", truncate_left(&crumb, room.saturating_sub(2))),
            theme.title(),
        ))
        .title_bottom(Line::from(footer).right_aligned());
    frame.render_widget(block, area);
    let layout = state.layout_for_drawing();
    let text = page_lines(&layout.lines, state.position.top, plan.text, theme);
    frame.render_widget(Paragraph::new(text), plan.text);
}

/// The lines of one page, styled. Only the lines on screen are touched, so
/// drawing costs the same however long the section is.
pub fn page_lines(
    lines: &[layout::Line],
    top: usize,
    area: Rect,
    theme: &Theme,
) -> Vec<Line<'static>> {
    lines
        .iter()
        .skip(top)
        .take(usize::from(area.height))
        .map(|line| {
            Line::from(
                line.pieces
                    .iter()
                    .map(|p| Span::styled(p.text.clone(), theme.piece(p)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
}
