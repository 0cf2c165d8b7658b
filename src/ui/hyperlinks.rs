//! Source web addresses as links a person can click, in terminals that
//! show OSC 8 hyperlinks; plain text everywhere else.
//!
//! The screen is a grid of cells that the terminal library sends as they
//! change, one cell at a time, while a link is an escape sequence around
//! a run of text. So each run of an address's cells that look alike is
//! written into its first cell, wrapped in the link, and that cell is
//! marked as that many columns wide: the library then sends the whole run
//! at once and skips the cells it covers. This runs last, over the
//! finished frame, and only over cells that still show the address: a
//! popup drawn over part of it leaves those cells as they are.

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;

use crate::app::web_addresses::on_page;
use crate::app::{AppState, Screen};

/// Whether to make links: a terminal known to show them (the usual
/// `FORCE_HYPERLINK`, VTE, iTerm2, kitty, WezTerm, Windows Terminal…),
/// never the Linux console, and never a kiosk, where a click must not
/// open anything outside the guide.
pub fn wanted(kiosk: bool) -> bool {
    let console = std::env::var("TERM").is_ok_and(|t| t == "linux");
    !kiosk && !console && supports_hyperlinks::on(supports_hyperlinks::Stream::Stdout)
}

/// Turns the source addresses on the page into links.
pub fn apply(buf: &mut Buffer, state: &AppState) {
    if !state.hyperlinks || state.kiosk.is_some() || state.screen != Screen::Reader {
        return;
    }
    let text = state.plan().text;
    let layout = state.layout_for_drawing();
    let pieces = on_page(
        &state.guide,
        &layout.lines,
        state.position.top,
        layout.shown(state.position.top, state.plan().page_height()),
    );
    for piece in pieces {
        let Some(url) = state
            .guide
            .sources
            .get(piece.source)
            .and_then(|s| s.url.as_deref())
            .filter(|url| url.bytes().all(|b| b.is_ascii_graphic()))
        else {
            continue;
        };
        let Some(line) = layout.lines.get(state.position.top + piece.row) else {
            continue;
        };
        let line_text = line.text();
        // Addresses are plain ASCII (checked above for the link itself),
        // so a column is a byte of the line here.
        let Some(expected) = line_text.get(piece.start..piece.end) else {
            continue;
        };
        let y = text
            .y
            .saturating_add(u16::try_from(piece.row).unwrap_or(u16::MAX));
        let x = text
            .x
            .saturating_add(u16::try_from(piece.start).unwrap_or(u16::MAX));
        link_cells(buf, text, x, y, expected, url, piece.source);
    }
}

/// Wraps the cells at (`x`, `y`) that still show `expected` in a link to
/// `url`, one run per look.
fn link_cells(buf: &mut Buffer, area: Rect, x: u16, y: u16, expected: &str, url: &str, id: usize) {
    let mut run: Option<(u16, String)> = None;
    let mut column = x;
    for wanted in expected.chars() {
        let shown = column < area.right()
            && buf.cell((column, y)).is_some_and(|cell| {
                cell.symbol().chars().eq(std::iter::once(wanted))
                    && cell.diff_option == CellDiffOption::None
            });
        let same_look = run
            .as_ref()
            .is_some_and(|(start, _)| same_style(buf, *start, column, y));
        match (&mut run, shown) {
            (Some((_, words)), true) if same_look => words.push(wanted),
            (_, true) => {
                finish(buf, run.take(), y, url, id);
                run = Some((column, wanted.to_string()));
            }
            (_, false) => finish(buf, run.take(), y, url, id),
        }
        column = column.saturating_add(1);
    }
    finish(buf, run.take(), y, url, id);
}

fn same_style(buf: &Buffer, a: u16, b: u16, y: u16) -> bool {
    match (buf.cell((a, y)), buf.cell((b, y))) {
        (Some(a), Some(b)) => a.style() == b.style(),
        _ => false,
    }
}

/// Writes one run into its first cell. The `id` joins the runs of one
/// address, so a terminal treats them as one link.
fn finish(buf: &mut Buffer, run: Option<(u16, String)>, y: u16, url: &str, id: usize) {
    let Some((x, words)) = run else {
        return;
    };
    let Some(width) = u16::try_from(words.len())
        .ok()
        .and_then(std::num::NonZeroU16::new)
    else {
        return;
    };
    if let Some(cell) = buf.cell_mut((x, y)) {
        let symbol = format!("\x1b]8;id=immunoguide-source-{id};{url}\x1b\\{words}\x1b]8;;\x1b\\");
        cell.set_symbol(&symbol);
        cell.set_diff_option(CellDiffOption::ForcedWidth(width));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    fn row(buf: &Buffer, y: u16) -> Vec<(String, CellDiffOption)> {
        (0..buf.area.width)
            .map(|x| (buf[(x, y)].symbol().to_string(), buf[(x, y)].diff_option))
            .collect()
    }

    #[test]
    fn runs_of_one_look_become_one_link_each() {
        let area = Rect::new(0, 0, 12, 1);
        let mut buf = Buffer::empty(area);
        buf.set_string(0, 0, "- https://a", Style::new());
        // A search mark on "tt" splits the address into three runs.
        buf.set_style(Rect::new(3, 0, 2, 1), Style::new().reversed());
        link_cells(&mut buf, area, 2, 0, "https://a", "https://a", 7);
        let cells = row(&buf, 0);
        let open = "\x1b]8;id=immunoguide-source-7;https://a\x1b\\";
        let close = "\x1b]8;;\x1b\\";
        assert_eq!(cells[2].0, format!("{open}h{close}"));
        assert_eq!(cells[3].0, format!("{open}tt{close}"));
        assert_eq!(cells[5].0, format!("{open}ps://a{close}"));
        let width = |n| CellDiffOption::ForcedWidth(std::num::NonZeroU16::new(n).unwrap());
        assert_eq!(
            (cells[2].1, cells[3].1, cells[5].1),
            (width(1), width(2), width(6))
        );
        // The cells a run covers keep their letters, for the next frame's
        // comparison; the terminal is sent the run once.
        assert_eq!(cells[6].0, "s");
        assert_eq!(cells[0].0, "-");
    }

    #[test]
    fn cells_covered_by_a_popup_stay_as_they_are() {
        let area = Rect::new(0, 0, 12, 1);
        let mut buf = Buffer::empty(area);
        buf.set_string(0, 0, "https://a.b", Style::new());
        buf.set_string(4, 0, "│Po", Style::new());
        link_cells(&mut buf, area, 0, 0, "https://a.b", "https://a.b", 1);
        let cells = row(&buf, 0);
        assert!(cells[0].0.ends_with("http\x1b]8;;\x1b\\"));
        assert_eq!(cells[4].0, "│");
        assert_eq!(cells[5].0, "P");
        assert!(cells[7].0.contains("/a.b"), "{:?}", cells[7]);
    }

    #[test]
    fn the_terminal_is_sent_each_run_once_inside_its_link() {
        use ratatui::backend::CrosstermBackend;
        use ratatui::{Terminal, TerminalOptions, Viewport};
        use std::cell::RefCell;
        use std::rc::Rc;
        /// What the terminal would be sent, kept to read afterwards.
        #[derive(Clone, Default)]
        struct Sent(Rc<RefCell<Vec<u8>>>);
        impl std::io::Write for Sent {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.0.borrow_mut().extend_from_slice(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let area = Rect::new(0, 0, 20, 1);
        let sink = Sent::default();
        let backend = CrosstermBackend::new(sink.clone());
        let options = TerminalOptions {
            viewport: Viewport::Fixed(area),
        };
        let mut terminal = Terminal::with_options(backend, options).expect("terminal");
        terminal
            .draw(|frame| {
                let buf = frame.buffer_mut();
                buf.set_string(0, 0, "see https://x.org/a", Style::new());
                link_cells(buf, area, 4, 0, "https://x.org/a", "https://x.org/a", 0);
            })
            .expect("draw");
        let sent = String::from_utf8_lossy(&sink.0.borrow()).into_owned();
        let link =
            "\x1b]8;id=immunoguide-source-0;https://x.org/a\x1b\\https://x.org/a\x1b]8;;\x1b\\";
        assert_eq!(sent.matches(link).count(), 1, "{sent:?}");
        // The letters the run covers are not sent again after it.
        assert_eq!(sent.matches("x.org/a").count(), 2, "{sent:?}");
    }
}
