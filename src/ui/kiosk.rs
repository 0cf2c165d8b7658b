//! What kiosk mode adds to the screen: the touch bar of large buttons, the
//! calm "Still reading?" countdown, and the staff PIN prompt.

use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::kiosk_state::PinMessage;
use crate::app::touch::{self, is_on};
use crate::app::{AppState, Focus, Screen};

use super::theme::Theme;

/// The touch bar (`app::touch`). A button that is on (Contents while the
/// list is open) is drawn in reverse video, which shows without colour.
pub fn touch_bar(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect) {
    let contents_open = state.screen == Screen::Reader && state.focus == Focus::Contents;
    let buttons = touch::buttons(state.key_context());
    let words = state.phrases();
    for (rect, button) in touch::placed(buttons, area, words) {
        let on = is_on(button, contents_open);
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

fn centred_box(
    frame: &mut Frame,
    theme: &Theme,
    lines: Vec<Line<'static>>,
    title: &str,
    within: Rect,
) {
    message_box(frame, theme, lines, Some(title), within, false);
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
) {
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
    centred_box(frame, theme, lines, &words.get("countdown-title"), within);
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
    let lines = wrapped(&notice, within.width)
        .into_iter()
        .map(|l| l.style(theme.emergency()))
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
    centred_box(frame, theme, lines, &words.get("pin-title"), within);
}
