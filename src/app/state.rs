//! Everything the screen shows, in one place. Only [`super::update`]
//! changes it.

use std::sync::Arc;

use crate::content::Guide;
use crate::layout::SectionLayout;

use super::contents::Contents;
use super::geometry::Plan;
use super::keymap::Place;
use super::pages::Pages;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Reader,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Reader,
    Contents,
}

/// Where the reader is: a section, and the first line shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub section: usize,
    pub top: usize,
}

#[derive(Debug, Clone)]
pub struct AppState {
    pub guide: Arc<Guide>,
    pub screen: Screen,
    pub focus: Focus,
    pub help_open: bool,
    /// First line of help shown, when help is taller than the screen.
    pub help_scroll: usize,
    /// Whether clicks are captured; help says how to select text.
    pub mouse: bool,
    pub contents: Contents,
    pub position: Position,
    pub width: u16,
    pub height: u16,
    pub pages: Pages,
    /// A short calm message in the status bar ("This is the end of the
    /// guide."), cleared by the next action.
    pub notice: Option<&'static str>,
    pub quit: bool,
}

impl AppState {
    pub fn new(guide: Arc<Guide>, width: u16, height: u16) -> Self {
        let mut state = Self {
            guide,
            screen: Screen::Welcome,
            focus: Focus::Reader,
            help_open: false,
            help_scroll: 0,
            mouse: true,
            contents: Contents::default(),
            position: Position::default(),
            width,
            height,
            pages: Pages::default(),
            notice: None,
            quit: false,
        };
        let guide = Arc::clone(&state.guide);
        state.contents.select(&guide, 0);
        state.prepare();
        state
    }

    /// The narrow-screen contents overlay is open when the contents list
    /// has the focus.
    pub fn plan(&self) -> Plan {
        Plan::new(self.width, self.height, self.focus == Focus::Contents)
    }

    /// Which keys apply now.
    pub fn place(&self) -> Place {
        match (self.screen, self.focus) {
            (Screen::Welcome, _) => Place::Welcome,
            (Screen::Reader, Focus::Contents) => Place::Contents,
            (Screen::Reader, Focus::Reader) => Place::Reader,
        }
    }

    /// The current section laid out at the current width.
    pub fn layout(&mut self) -> Arc<SectionLayout> {
        let width = self.plan().text.width;
        let section = self.position.section;
        self.pages.get(&self.guide, section, width)
    }

    /// The current section's layout for drawing; lays it out afresh only
    /// if [`AppState::prepare`] was not called (never after `update`).
    pub fn layout_for_drawing(&self) -> Arc<SectionLayout> {
        let width = self.plan().text.width;
        self.pages
            .peek(self.position.section, width)
            .unwrap_or_else(|| {
                Arc::new(crate::layout::section(
                    &self.guide,
                    self.position.section,
                    width,
                ))
            })
    }

    /// Makes sure what will be drawn is laid out and in view.
    pub fn prepare(&mut self) {
        let _ = self.layout();
        let plan = self.plan();
        let rows = plan
            .contents
            .map_or(1, |r| usize::from(r.height.saturating_sub(2)));
        let guide = Arc::clone(&self.guide);
        self.contents.keep_visible(&guide, rows);
    }

    /// Page N of M for the current place.
    pub fn page(&self) -> (usize, usize) {
        let layout = self.layout_for_drawing();
        let height = self.plan().page_height();
        let total = layout.page_count(height);
        let h = usize::from(height);
        let n = if self.position.top + h >= layout.lines.len() {
            total
        } else {
            self.position.top / h + 1
        };
        (n.min(total), total)
    }
}
