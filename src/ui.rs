//! Drawing: turns the app state into a frame. No input or output, no
//! state changes; what a click hits is decided by the same geometry.

pub mod a_to_z;
pub mod bookmarks;
pub mod contents;
pub mod finding;
pub mod frames;
pub mod help;
pub mod hyperlinks;
pub mod kiosk;
pub mod reader;
pub mod status;
pub mod symptoms;
pub mod theme;
pub mod welcome;

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::app::geometry::Shape;
use crate::app::{AppState, Screen};

pub use theme::Theme;

/// Draws the state. `theme` is the look the program started with; a look
/// the state names (`t`) is shown instead.
pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme) {
    let theme = &theme.showing(state.theme);
    // The layout is worked out for the state's size. Drawn into a frame of
    // another size it would write outside the buffer, so nothing is drawn:
    // the event loop gives the state the frame's size before drawing, so
    // this is only a guard.
    let area = frame.area();
    if (area.width, area.height) == (state.width, state.height) {
        draw_parts(frame, state, theme);
    }
    // Every cell gets the theme's background, so a light terminal does not
    // show through the high-contrast theme; see `Theme::fill`.
    theme.fill(frame.buffer_mut());
    // Last, over the finished frame: see the module.
    hyperlinks::apply(frame.buffer_mut(), state);
}

fn draw_parts(frame: &mut Frame, state: &AppState, theme: &Theme) {
    let plan = state.plan();
    let area = frame.area();
    if plan.shape == Shape::TooSmall {
        too_small(frame, area, state.phrases());
        return;
    }
    match state.screen {
        Screen::Welcome => welcome::draw(
            frame,
            state,
            theme,
            Rect {
                height: plan.status.y,
                ..area
            },
        ),
        Screen::Reader => {
            reader::draw(frame, state, theme);
            contents::draw(frame, state, theme);
        }
    }
    if state.overlay.is_some() {
        finding::draw(frame, state, theme);
    }
    let bookmark_list = crate::app::bookmarks::list_open(state);
    if bookmark_list {
        bookmarks::draw_list(frame, state, theme);
    }
    if state.kiosk.is_some() {
        kiosk::touch_bar(frame, state, theme, plan.status);
    } else {
        status::draw(frame, state, theme, plan.status);
    }
    let above_bar = Rect {
        height: plan.status.y,
        ..area
    };
    if state.help_open {
        help::draw(frame, state, theme, above_bar);
    }
    if let Some(k) = &state.kiosk {
        kiosk::notice(frame, state, theme, above_bar);
        kiosk::countdown(frame, state, theme, above_bar, k.clock);
        kiosk::pin_prompt(frame, state, theme, above_bar);
    }
    // Only a box drawn over the page can split a wide character, so the
    // plain reading frame skips the pass over every cell.
    let boxed = state.help_open
        || state.overlay.is_some()
        || bookmark_list
        || (plan.shape == Shape::Narrow && plan.contents.is_some())
        || state.kiosk.as_ref().is_some_and(|k| {
            k.prompt.is_some() || k.countdown_since.is_some() || state.status_message().is_some()
        });
    if boxed {
        mend_wide_characters(frame.buffer_mut());
    }
}

/// A popup drawn over text can cover the right half of a wide character
/// (CJK, emoji) and leave its left half, which terminals draw over the
/// popup's border. Such halves become spaces.
fn mend_wide_characters(buf: &mut Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let width = buf[(x, y)].symbol().width();
            if width < 2 {
                x += 1;
                continue;
            }
            let covered = (1..width).any(|d| {
                let next = usize::from(x) + d;
                next >= usize::from(area.right())
                    || u16::try_from(next).is_ok_and(|n| buf[(n, y)].symbol() != " ")
            });
            if covered {
                buf[(x, y)].set_symbol(" ");
                x += 1;
            } else {
                x = x.saturating_add(u16::try_from(width).unwrap_or(1));
            }
        }
    }
}

/// Writes `text` at column `x` of row `y`, at most `max_width` columns,
/// and returns the column after it: the same cells as
/// [`Buffer::set_stringn`]. That splits text into graphemes, the costliest
/// step of a frame; printable ASCII, nearly all of a guide, is one column
/// per byte, so it is written directly.
pub fn put_str(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    text: &str,
    max_width: usize,
    style: Style,
) -> u16 {
    if !text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return buf.set_stringn(x, y, text, max_width, style).0;
    }
    let right = buf
        .area
        .right()
        .min(x.saturating_add(u16::try_from(max_width).unwrap_or(u16::MAX)));
    let mut x = x;
    for i in 0..text.len() {
        if x >= right {
            break;
        }
        // Outside the buffer (a row below it): nothing to write, no panic.
        let (Some(cell), Some(symbol)) = (buf.cell_mut((x, y)), text.get(i..=i)) else {
            break;
        };
        cell.set_symbol(symbol).set_style(style);
        x += 1;
    }
    x
}

/// A calm note instead of a squashed layout.
pub(crate) fn too_small(frame: &mut Frame, area: Rect, words: &crate::phrases::Phrases) {
    let text = words.get("too-small");
    let lines = textwrap::wrap(&text, usize::from(area.width.max(1)));
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    let top = area.y + (area.height - height) / 2;
    let lines: Vec<Line> = lines
        .into_iter()
        .map(|l| Line::from(l.into_owned()).centered())
        .collect();
    // The cursor where the note starts, so a screen reader reads it.
    if let Some(first) = lines.first().filter(|_| area.width > 0 && height > 0) {
        let width = u16::try_from(first.width()).unwrap_or(u16::MAX);
        let x = area.x + (area.width / 2).saturating_sub(width / 2);
        frame.set_cursor_position(Position::new(x.min(area.right() - 1), top));
    }
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }),
        Rect::new(area.x, top, area.width, height),
    );
}

/// Keeps the end of a text that is too wide ("… › Side effects › Skin"),
/// because the end of a breadcrumb says where you are.
pub fn truncate_left(text: &str, width: usize) -> String {
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut kept = Vec::new();
    let mut used = 1;
    for c in text.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        kept.push(c);
    }
    kept.push('…');
    kept.into_iter().rev().collect()
}

/// Cuts a text to `width` columns with an ellipsis.
pub fn truncate_right(text: &str, width: usize) -> String {
    fit_right(text, width).into_owned()
}

/// [`truncate_right`] that borrows a text that already fits, as most do,
/// so drawing a list of titles allocates nothing.
pub fn fit_right(text: &str, width: usize) -> Cow<'_, str> {
    // No character is wider on screen than it is long in UTF-8, so a text
    // with no more bytes than columns fits without measuring.
    if text.len() <= width {
        return Cow::Borrowed(text);
    }
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return Cow::Borrowed(text);
    }
    if width == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 1;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_fits_and_marks_the_cut() {
        assert_eq!(truncate_left("Side effects › Skin", 8), "… › Skin");
        assert_eq!(truncate_right("Side effects", 6), "Side …");
        assert_eq!(truncate_right("Skin", 6), "Skin");
        assert_eq!(truncate_right("Skin", 0), "");
    }

    #[test]
    fn put_str_writes_what_set_stringn_writes() {
        let style = Style::new().bold();
        for text in [
            "Skin",
            "Side effects",
            "a\tb",
            "日本語 text",
            "▸ ",
            "",
            "x\u{200b}y",
        ] {
            for (x, max) in [(0, 20), (3, 4), (8, 20), (9, 1), (10, 5), (2, 0)] {
                let area = Rect::new(0, 0, 10, 2);
                let (mut ours, mut theirs) = (Buffer::empty(area), Buffer::empty(area));
                let end = put_str(&mut ours, x, 1, text, max, style);
                let (their_end, _) = theirs.set_stringn(x, 1, text, max, style);
                assert_eq!(ours, theirs, "{text:?} at {x}, {max} columns");
                assert_eq!(end, their_end, "{text:?} at {x}, {max} columns");
            }
        }
        // A row outside the buffer is skipped, not a panic.
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
        assert_eq!(put_str(&mut buf, 0, 5, "Skin", 4, style), 0);
    }
}
