//! Shared by the screen and flow tests: the example guide from
//! docs/guide-format.md, loaded from memory, and drawing into a test
//! terminal.

#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use immunoguide::app::{Action, AppState, update};
use immunoguide::content::{Guide, GuideFiles, load};
use immunoguide::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Guide files held in memory.
pub struct Memory(pub HashMap<String, String>);

impl GuideFiles for Memory {
    fn read(&self, relative: &str) -> Result<String, String> {
        self.0
            .get(relative)
            .cloned()
            .ok_or_else(|| format!("no file {relative}"))
    }
}

/// The ```toml file=NAME blocks of docs/guide-format.md.
pub fn example_files() -> Memory {
    let doc = include_str!("../../docs/guide-format.md");
    let mut files = HashMap::new();
    let mut current: Option<(String, String)> = None;
    for line in doc.lines() {
        if let Some((name, text)) = &mut current {
            if line.starts_with("```") {
                files.insert(name.clone(), std::mem::take(text));
                current = None;
            } else {
                text.push_str(line);
                text.push('\n');
            }
        } else if let Some(name) = line.strip_prefix("```toml file=") {
            current = Some((name.trim().to_string(), String::new()));
        }
    }
    Memory(files)
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

/// Draws the state and returns the screen as text, one row per line.
pub fn screen(state: &AppState) -> String {
    let backend = TestBackend::new(state.width, state.height);
    let mut terminal = Terminal::new(backend).expect("a test terminal");
    terminal
        .draw(|frame| ui::draw(frame, state, &Theme::PLAIN))
        .expect("drawing into a test terminal");
    let buffer = terminal.backend().buffer();
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
    let backend = TestBackend::new(state.width, state.height);
    let mut terminal = Terminal::new(backend).expect("a test terminal");
    terminal
        .draw(|frame| ui::draw(frame, state, &Theme::PLAIN))
        .expect("drawing into a test terminal");
    let buffer = terminal.backend().buffer();
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
