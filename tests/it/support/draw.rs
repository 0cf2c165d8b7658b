//! Drawing a reader's state into a test terminal and reading it back: as
//! text, with its marks shown, cell by cell; and every way a frame could
//! break the terminal.

use immunoguide::app::AppState;
use immunoguide::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, CellWidth};
use ratatui::style::Modifier;

/// Draws the state into a test terminal of its size, in `theme`.
pub fn draw_with(state: &AppState, theme: &Theme) -> Buffer {
    let backend = TestBackend::new(state.width, state.height);
    let mut terminal = Terminal::new(backend).expect("a test terminal");
    terminal
        .draw(|frame| ui::draw(frame, state, theme))
        .expect("drawing into a test terminal");
    terminal.backend().buffer().clone()
}

/// Draws the state without colour, and says where the terminal's cursor
/// was left: `None` when the frame hid it.
pub fn draw_with_cursor(state: &AppState) -> (Buffer, Option<(u16, u16)>) {
    let backend = TestBackend::new(state.width, state.height);
    let mut terminal = Terminal::new(backend).expect("a test terminal");
    terminal
        .draw(|frame| ui::draw(frame, state, &Theme::PLAIN))
        .expect("drawing into a test terminal");
    let backend = terminal.backend();
    let cursor = backend.cursor_visible().then(|| {
        let at = backend.cursor_position();
        (at.x, at.y)
    });
    (backend.buffer().clone(), cursor)
}

/// Draws the state into a test terminal of its size, without colour.
pub fn draw(state: &AppState) -> Buffer {
    draw_with(state, &Theme::PLAIN)
}

/// Draws the state and returns the screen as text, one row per line.
pub fn screen(state: &AppState) -> String {
    let buffer = draw(state);
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut row = String::new();
        for x in 0..buffer.area.width {
            row.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// Like [`screen`], but runs in reverse video are wrapped in ⟦ ⟧ and
/// underlined runs in ⟨ ⟩, so a snapshot shows what is marked without
/// relying on colour.
pub fn marked_screen(state: &AppState) -> String {
    let buffer = draw(state);
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut row = String::new();
        let mut open: Option<&str> = None;
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            let want = if cell.modifier.contains(Modifier::REVERSED) {
                Some("⟦")
            } else if cell.modifier.contains(Modifier::UNDERLINED) {
                Some("⟨")
            } else {
                None
            };
            if want != open {
                match open {
                    Some("⟦") => row.push('⟧'),
                    Some(_) => row.push('⟩'),
                    None => {}
                }
                if let Some(mark) = want {
                    row.push_str(mark);
                }
                open = want;
            }
            row.push_str(cell.symbol());
        }
        match open {
            Some("⟦") => row.push('⟧'),
            Some(_) => row.push('⟩'),
            None => {}
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// Row `y` of the buffer, every cell's symbol in turn.
pub fn row_text(buffer: &Buffer, y: u16) -> String {
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect()
}

/// The column and row where `text` is shown.
pub fn find(buffer: &Buffer, text: &str) -> Option<(u16, u16)> {
    (0..buffer.area.height).find_map(|y| {
        let row = row_text(buffer, y);
        row.find(text)
            .map(|at| (u16::try_from(row[..at].chars().count()).unwrap_or(0), y))
    })
}

/// The whole buffer as a terminal shows it, one row per line.
pub fn buffer_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        out.push_str(&cells_text(buffer, y, 0, buffer.area.width));
        out.push('\n');
    }
    out
}

/// Up to 60 rows of up to 200 columns of the buffer as a terminal shows
/// them, each row after a `|`, for failure messages.
pub fn framed_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height.min(60) {
        out.push('|');
        out.push_str(&cells_text(buffer, y, 0, buffer.area.width.min(200)));
        out.push('\n');
    }
    out
}

/// Characters that must never be written into a terminal cell: C0 controls
/// (ESC starts every terminal command), DEL, C1 controls (single-byte
/// terminal commands), and the bidi overrides and isolates that reorder
/// what is shown.
pub fn is_hidden_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Every way a finished frame could break the terminal: a cell holding a
/// control character, a wide character in the last column (it would spill
/// out of the frame), or a wide character whose second cell holds
/// something (the terminal would draw the two over each other). Empty
/// when the frame is sound.
pub fn frame_problems(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    let mut problems = Vec::new();
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let symbol = buffer[(x, y)].symbol();
            if let Some(c) = symbol.chars().find(|&c| is_hidden_char(c)) {
                problems.push(format!(
                    "cell ({x}, {y}) holds the control character U+{:04X} in {symbol:?}",
                    u32::from(c)
                ));
            }
            let width = if symbol.len() == 1 {
                1
            } else {
                symbol.cell_width()
            };
            if width > 2 {
                problems.push(format!(
                    "cell ({x}, {y}) holds {symbol:?}, {width} columns wide"
                ));
            }
            if width >= 2 {
                if x + 1 >= area.right() {
                    problems.push(format!(
                        "cell ({x}, {y}) holds the wide {symbol:?} in the last column"
                    ));
                } else {
                    let next = buffer[(x + 1, y)].symbol();
                    if next != " " && !next.is_empty() {
                        problems.push(format!(
                            "cell ({x}, {y}) holds the wide {symbol:?} but the cell after it holds {next:?}"
                        ));
                    }
                }
                x += 2;
            } else {
                x += 1;
            }
        }
    }
    problems
}

/// The text of columns `from..to` of row `y` as a terminal shows it: a
/// wide character once, its second cell skipped. Trailing blanks trimmed.
pub fn cells_text(buffer: &Buffer, y: u16, from: u16, to: u16) -> String {
    let mut out = String::new();
    let mut x = from;
    while x < to {
        let symbol = buffer[(x, y)].symbol();
        out.push_str(symbol);
        let width = if symbol.len() == 1 {
            1
        } else {
            symbol.cell_width()
        };
        x += width.max(1);
    }
    out.trim_end().to_string()
}
