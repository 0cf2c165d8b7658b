//! What kiosk mode adds to the screen: the touch bar of large buttons, the
//! calm "Still reading?" countdown, and the staff PIN prompt.

use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::kiosk_state::PinMessage;
use crate::app::touch::{self, is_on};
use crate::app::{AppState, Focus, Screen};

use super::frames::{Framing, framed};
use super::theme::Theme;

/// The touch bar (`app::touch`). A button that is on (Contents while the
/// list is open) is drawn in reverse video, which shows without colour.
pub fn touch_bar(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect) {
    let contents_open = state.screen == Screen::Reader && state.focus == Focus::Contents;
    let words = state.phrases();
    let buttons = touch::bar_buttons(
        state.key_context(),
        state.language,
        &state.languages,
        area,
        words,
    );
    for (rect, button) in touch::placed(&buttons, area, words) {
        let on = is_on(button, contents_open);
        if state.linear() {
            // No lines in the linear mode: each button a solid block, a
            // column apart from the next so they do not run together. One
            // that is on is the other way round: its label alone,
            // underlined.
            let solid = Rect {
                width: rect.width.saturating_sub(1).max(1),
                ..rect
            };
            let style = if on {
                theme.title().add_modifier(Modifier::UNDERLINED)
            } else {
                frame.buffer_mut().set_style(solid, theme.button());
                theme.button()
            };
            let label = Line::from(Span::styled(words.get(button.label), style)).centered();
            let middle = solid.centered_vertically(Constraint::Length(1));
            frame.render_widget(Paragraph::new(label), middle);
            continue;
        }
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(theme.border(true));
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let label_style = if on {
            frame.buffer_mut().set_style(inner, theme.selected());
            theme.selected()
        } else {
            theme.title()
        };
        let label = Line::from(Span::styled(words.get(button.label), label_style)).centered();
        let middle = inner.centered_vertically(Constraint::Length(1));
        frame.render_widget(Paragraph::new(label), middle);
    }
}

/// The width of the kiosk's message boxes.
fn box_width(within: Rect) -> u16 {
    within.width.saturating_sub(4).min(60)
}

/// A framed message in the middle of `within`; in the linear mode, a
/// screen of its own with the title as its first line. The cursor goes
/// on the message's first line, or where `cursor_at` says (a row of
/// `lines` and a column in it).
fn centred_box(
    frame: &mut Frame,
    state: &AppState,
    theme: &Theme,
    lines: Vec<Line<'static>>,
    title: &str,
    within: Rect,
    cursor_at: Option<(usize, u16)>,
) {
    let linear = state.linear();
    // Read from the left in the linear mode, as every screen is there.
    let lines: Vec<Line<'static>> = if linear {
        lines.into_iter().map(Line::left_aligned).collect()
    } else {
        lines
    };
    let inner = if linear {
        let inner = framed(
            frame,
            within,
            theme,
            Framing {
                title,
                foot: None,
                focused: true,
                linear: true,
            },
        );
        frame.render_widget(Paragraph::new(lines.clone()), inner);
        inner
    } else {
        message_box(frame, theme, lines.clone(), Some(title), within, false)
    };
    let (row, column) = cursor_at.unwrap_or((0, 0));
    // A centred line starts where a paragraph centres it.
    let start = lines.get(row).filter(|_| !linear).map_or(0, |line| {
        let width = u16::try_from(line.width()).unwrap_or(u16::MAX);
        (inner.width / 2).saturating_sub(width / 2)
    });
    super::finding::place_cursor(frame, inner, row, start + column);
}

/// A framed message, centred across `within`: in the middle of it, or at
/// its foot (just above the touch bar, where a tap was made). Centred by
/// hand: `Rect::centered` puts an odd row or column on the other side.
fn message_box(
    frame: &mut Frame,
    theme: &Theme,
    lines: Vec<Line<'static>>,
    title: Option<&str>,
    within: Rect,
    at_foot: bool,
) -> Rect {
    let width = box_width(within);
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(within.height);
    let top = if at_foot {
        // One row up, so the page's own bottom line (its page number)
        // stays in sight when there is room.
        within.height.saturating_sub(height + 1)
    } else {
        (within.height - height) / 2
    };
    let area = Rect::new(
        within.x + (within.width - width) / 2,
        within.y + top,
        width,
        height,
    );
    frame.render_widget(Clear, area);
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(true));
    if let Some(title) = title {
        block = block.title(Span::styled(format!(" {title} "), theme.title()));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines), inner);
    inner
}

/// Wraps text for a message box drawn in `within`.
fn wrapped(text: &str, within: u16) -> Vec<Line<'static>> {
    let inner = box_width(Rect::new(0, 0, within, 1)).saturating_sub(2);
    textwrap::wrap(text, usize::from(inner.max(8)))
        .into_iter()
        .map(|l| Line::from(l.into_owned()).centered())
        .collect()
}

pub fn countdown(frame: &mut Frame, state: &AppState, theme: &Theme, within: Rect, now: Instant) {
    let Some(seconds) = state.kiosk.as_ref().and_then(|k| k.countdown_left(now)) else {
        return;
    };
    let words = state.phrases();
    let mut lines = wrapped(&words.get("countdown-still-reading"), within.width);
    lines.push(Line::default());
    lines.extend(wrapped(
        &words.with("countdown-restart", &[("seconds", seconds.into())]),
        within.width,
    ));
    let title = words.get("countdown-title");
    centred_box(frame, state, theme, lines, &title, within, None);
}

/// A short notice ("This is the end of the guide."): without a status
/// line, it shows in a box just above the touch bar until the next touch
/// or key. The countdown and the PIN prompt come first.
pub fn notice(frame: &mut Frame, state: &AppState, theme: &Theme, within: Rect) {
    let Some(notice) = state.status_message() else {
        return;
    };
    if state
        .kiosk
        .as_ref()
        .is_some_and(|k| k.prompt.is_some() || k.countdown_since.is_some())
    {
        return;
    }
    if state.linear() {
        // One line of text above the touch bar, over the page number
        // until the next touch or key.
        let row = Rect {
            y: within.bottom().saturating_sub(1),
            height: within.height.min(1),
            ..within
        };
        frame.render_widget(Clear, row);
        let room = usize::from(row.width.saturating_sub(2));
        let text = super::truncate_right(&notice, room);
        super::put_str(
            frame.buffer_mut(),
            row.x + 1,
            row.y,
            &text,
            room,
            theme.emergency(),
        );
        return;
    }
    let lines = wrapped(&notice, within.width)
        .into_iter()
        .map(|l| l.style(theme.notice()))
        .collect();
    message_box(frame, theme, lines, None, within, true);
}

pub fn pin_prompt(frame: &mut Frame, state: &AppState, theme: &Theme, within: Rect) {
    let Some(prompt) = state.kiosk.as_ref().and_then(|k| k.prompt.as_ref()) else {
        return;
    };
    let words = state.phrases();
    let mut lines = wrapped(&words.get("pin-prompt"), within.width);
    lines.push(Line::default());
    let field_row = lines.len();
    // One dot per character typed: the PIN itself is never drawn.
    let dots = "●".repeat(
        prompt
            .dots()
            .min(usize::from(within.width.saturating_sub(8))),
    );
    lines.push(
        Line::from(vec![
            Span::raw(format!("{} ", words.get("pin-label"))),
            Span::styled(format!("{dots} "), theme.key()),
        ])
        .centered(),
    );
    let message = prompt.message.map(|m| match m {
        PinMessage::Wrong { tries_left } => {
            words.with("pin-wrong", &[("tries", tries_left.into())])
        }
        PinMessage::Locked => match state.kiosk.as_ref().and_then(|k| k.gate.locked(k.clock)) {
            Some(seconds) => words.with("pin-locked", &[("seconds", seconds.into())]),
            None => words.get("pin-unlocked"),
        },
    });
    if let Some(message) = &message {
        lines.push(Line::default());
        lines.extend(
            wrapped(message, within.width)
                .into_iter()
                .map(|l| l.style(theme.emergency())),
        );
    }
    // The cursor in the PIN field, after the dots.
    let field = lines.get(field_row).map(|line| {
        u16::try_from(line.width())
            .unwrap_or(u16::MAX)
            .saturating_sub(1)
    });
    centred_box(
        frame,
        state,
        theme,
        lines,
        &words.get("pin-title"),
        within,
        field.map(|column| (field_row, column)),
    );
}
