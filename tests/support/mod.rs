//! Shared by the screen and flow tests: the example guide from
//! docs/guide-format.md, loaded from memory, and drawing into a test
//! terminal.

// A test stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]
#![allow(dead_code)]

pub mod driven;

use std::sync::Arc;
use std::time::Instant;

use immunoguide::app::{Action, AppState, update};
use immunoguide::content::{Guide, InMemory, load};
use immunoguide::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Guide files held in memory (the library's own in-memory guide files).
#[allow(unused_imports)]
pub use immunoguide::content::InMemory as Memory;

/// The ```toml file=NAME blocks of docs/guide-format.md.
pub fn example_files() -> InMemory {
    InMemory::from_markdown(include_str!("../../docs/guide-format.md"))
}

pub fn example_guide() -> Arc<Guide> {
    match load(&example_files()) {
        Ok(guide) => Arc::new(guide),
        Err(problems) => panic!("the documented example does not load: {problems:#?}"),
    }
}

pub fn state(width: u16, height: u16) -> AppState {
    AppState::new(example_guide(), width, height)
}

pub fn act(state: &mut AppState, actions: &[Action]) {
    for action in actions {
        update(state, *action, Instant::now());
    }
}

/// Draws the state into a test terminal of its size.
pub fn draw(state: &AppState) -> ratatui::buffer::Buffer {
    let backend = TestBackend::new(state.width, state.height);
    let mut terminal = Terminal::new(backend).expect("a test terminal");
    terminal
        .draw(|frame| ui::draw(frame, state, &Theme::PLAIN))
        .expect("drawing into a test terminal");
    terminal.backend().buffer().clone()
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

/// Opens a section by id through the contents list, as a person would.
pub fn open(state: &mut AppState, id: &str) {
    let index = state.guide.section_index(id).expect("section id exists");
    immunoguide::app::update::open_section(state, index, false);
    state.screen = immunoguide::app::Screen::Reader;
    state.prepare();
}

/// Like [`screen`], but runs in reverse video are wrapped in ⟦ ⟧ and
/// underlined runs in ⟨ ⟩, so a snapshot shows what is marked without
/// relying on colour.
pub fn marked_screen(state: &AppState) -> String {
    use ratatui::style::Modifier;
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

// ---------------------------------------------------------------------------
// Frame checks shared by tests/properties.rs and tests/hostile.rs.

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
pub fn frame_problems(buffer: &ratatui::buffer::Buffer) -> Vec<String> {
    use ratatui::buffer::CellWidth;
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
pub fn cells_text(buffer: &ratatui::buffer::Buffer, y: u16, from: u16, to: u16) -> String {
    use ratatui::buffer::CellWidth;
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

// ---------------------------------------------------------------------------
// Fixture guides in memory, so a test can change one place in them.

/// The files of `tests/fixtures/NAME`, read into memory.
pub fn fixture_files(name: &str) -> InMemory {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let mut files = std::collections::HashMap::new();
    for entry in std::fs::read_dir(&dir).expect("the fixture folder") {
        let path = entry.expect("a fixture file").path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.insert(name, std::fs::read_to_string(&path).expect("a text file"));
    }
    InMemory(files)
}

/// `files` with the first `from` in `file` made `to`. The text must be
/// there, so a fixture that drifts fails loudly rather than testing nothing.
pub fn changed(mut files: InMemory, file: &str, from: &str, to: &str) -> InMemory {
    let text = files.0.get(file).cloned().unwrap_or_default();
    assert!(text.contains(from), "{file} has no {from:?}");
    files.0.insert(file.to_string(), text.replacen(from, to, 1));
    files
}

/// A guide that must load.
pub fn loaded(files: &InMemory) -> Arc<Guide> {
    match load(files) {
        Ok(guide) => Arc::new(guide),
        Err(problems) => panic!("the guide does not load: {problems:#?}"),
    }
}

/// Text with box-drawing characters taken out and all runs of whitespace
/// made one space, so words wrapped across rows or framed in a box can be
/// found.
pub fn normalize_words(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| {
            if ('\u{2500}'..='\u{257f}').contains(&c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}
