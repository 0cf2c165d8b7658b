//! One random run: the reader's state fed steps the way the event loop
//! feeds it (`kiosk_action`, then `update`), with every invariant of the
//! state and of the frame drawn from it checked after each step.

use std::sync::Arc;
use std::time::{Duration, Instant};

use immunoguide::app::kiosk_mode::{KioskMode, kiosk_action};
use immunoguide::app::links::page_links;
use immunoguide::app::overlay::Overlay;
use immunoguide::app::reload::replace_guide;
use immunoguide::app::{Action, AppState, update};
use immunoguide::content::Guide;
use immunoguide::kiosk::config::KioskConfig;
use immunoguide::ui::{self, Theme};
use proptest::test_runner::TestCaseError;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::steps::Step;
use super::{HISTORY_CAP, guides};
use crate::support::kiosk::{PIN, key};
use crate::support::{frame_problems, framed_text};

pub struct Run {
    pub state: AppState,
    terminal: Terminal<TestBackend>,
    theme: Theme,
    now: Instant,
    kiosk: bool,
    pub frames: usize,
}

impl Run {
    pub fn new(
        guide: Arc<Guide>,
        (width, height): (u16, u16),
        kiosk: Option<Arc<KioskConfig>>,
        theme: Theme,
    ) -> Run {
        let now = Instant::now();
        let mut state = AppState::new(guide, width, height);
        if let Some(config) = kiosk.clone() {
            state.kiosk = Some(KioskMode::new(config, now));
            state.prepare();
        }
        let terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
        Run {
            state,
            terminal,
            theme,
            now,
            kiosk: kiosk.is_some(),
            frames: 0,
        }
    }

    /// One terminal event, as the event loop handles it. In kiosk runs an
    /// `8` becomes a `9`, so the PIN can never be typed by chance.
    pub fn input(&mut self, event: &Event) {
        let event = match event {
            Event::Key(k) if self.kiosk && k.code == KeyCode::Char('8') => Event::Key(KeyEvent {
                code: KeyCode::Char('9'),
                ..*k
            }),
            other => other.clone(),
        };
        if let Some(action) = kiosk_action(&event, &self.state) {
            update(&mut self.state, action, self.now);
        }
    }

    pub fn step(&mut self, step: &Step) {
        match step {
            Step::Input(event) => self.input(event),
            Step::Act(action) => update(&mut self.state, *action, self.now),
            Step::Tick(seconds) => {
                self.now += Duration::from_secs(u64::from(*seconds));
                update(&mut self.state, Action::Tick, self.now);
            }
            Step::Wait(seconds) => self.now += Duration::from_secs(u64::from(*seconds)),
            Step::Staff => {
                let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
                self.input(&key(KeyCode::Char('s'), both));
                self.input(&key(KeyCode::Char('t'), both));
            }
            Step::Typed(text) => {
                for c in text.chars() {
                    self.input(&key(KeyCode::Char(c), KeyModifiers::NONE));
                }
                self.input(&key(KeyCode::Enter, KeyModifiers::NONE));
            }
            Step::Reload(index) => {
                let guide = Arc::clone(&guides()[index % guides().len()]);
                replace_guide(&mut self.state, guide);
            }
        }
        if !self.kiosk && self.state.quit {
            // The event loop would stop here; carry on, to test more.
            self.state.quit = false;
        }
    }

    /// Every invariant of the state, and of the frame drawn from it.
    pub fn check(&mut self) -> Result<(), String> {
        let state = &self.state;
        let guide = &state.guide;
        let section = state.position.section;
        if guide.section(section).is_none() {
            return Err(format!(
                "the section being read ({section}) does not exist; the guide has {}",
                guide.sections.len()
            ));
        }
        let (page, pages) = state.page();
        if page == 0 || page > pages {
            return Err(format!("page {page} of {pages}"));
        }
        let layout = state.layout_for_drawing();
        if state.position.top > 0 && state.position.top >= layout.lines.len() {
            return Err(format!(
                "the reader shows line {} of a section {} lines long at text width {}: a blank page (\"Page {page} of {pages}\")",
                state.position.top,
                layout.lines.len(),
                state.plan().text.width
            ));
        }
        let (back, forward) = state.history.len();
        if back > HISTORY_CAP || forward > HISTORY_CAP {
            return Err(format!("history holds {back} back and {forward} forward"));
        }
        if state.contents.selected >= guide.sections.len() {
            return Err(format!(
                "the contents select entry {} of {}",
                state.contents.selected,
                guide.sections.len()
            ));
        }
        match &state.overlay {
            Some(Overlay::Search(s)) if !s.hits.is_empty() && s.selected >= s.hits.len() => {
                return Err(format!("search result {} of {}", s.selected, s.hits.len()));
            }
            Some(Overlay::Glossary(g)) if !g.shown.is_empty() && g.selected >= g.shown.len() => {
                return Err(format!("glossary word {} of {}", g.selected, g.shown.len()));
            }
            _ => {}
        }
        // The links and glossary words Tab and clicks follow are the ones
        // on the page shown, in the guide shown.
        let plan = state.plan();
        let fresh = page_links(
            guide,
            &state.terms,
            &layout.lines,
            state.position.top,
            layout.shown(state.position.top, plan.page_height()),
        );
        if state.links != fresh {
            return Err(format!(
                "the links on the page are not the page's: {:?}, but the page has {:?}",
                state.links, fresh
            ));
        }
        if self.kiosk && state.quit {
            return Err("the kiosk quit without the staff PIN".into());
        }
        if let Some(prompt) = state.kiosk.as_ref().and_then(|k| k.prompt.as_ref())
            && prompt.dots() > 64
        {
            return Err(format!("the PIN prompt holds {} characters", prompt.dots()));
        }
        self.draw()
    }

    fn draw(&mut self) -> Result<(), String> {
        let (width, height) = (self.state.width, self.state.height);
        let size = self.terminal.backend().buffer().area;
        if (size.width, size.height) != (width, height) {
            self.terminal.backend_mut().resize(width, height);
        }
        let state = &self.state;
        let theme = self.theme;
        let frame = self
            .terminal
            .draw(|frame| ui::draw(frame, state, &theme))
            .map_err(|e| format!("drawing failed: {e}"))?;
        self.frames += 1;
        let area = frame.buffer.area;
        if (area.x, area.y, area.width, area.height) != (0, 0, width, height) {
            return Err(format!(
                "the frame is {area:?}, but the terminal is {width}x{height}"
            ));
        }
        let problems = frame_problems(frame.buffer);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "the frame at {width}x{height} is not sound:\n  {}\n{}",
                problems.join("\n  "),
                framed_text(frame.buffer)
            ))
        }
    }

    /// At the end of a kiosk run: whatever the visitors left open, staff
    /// can still leave with the PIN (after waiting out any lock).
    pub fn staff_leave(&mut self) -> Result<(), String> {
        self.now += Duration::from_secs(61);
        // A key to wake the kiosk (it may be counting down), Esc to close
        // a PIN prompt left open, then the chord and the PIN.
        self.input(&key(KeyCode::F(12), KeyModifiers::NONE));
        if self
            .state
            .kiosk
            .as_ref()
            .is_some_and(|k| k.prompt.is_some())
        {
            self.input(&key(KeyCode::Esc, KeyModifiers::NONE));
        }
        self.step(&Step::Staff);
        for c in PIN.chars() {
            if let Some(action) =
                kiosk_action(&key(KeyCode::Char(c), KeyModifiers::NONE), &self.state)
            {
                update(&mut self.state, action, self.now);
            }
        }
        self.input(&key(KeyCode::Enter, KeyModifiers::NONE));
        if self.state.quit {
            Ok(())
        } else {
            Err(format!(
                "the staff PIN did not leave the kiosk: {:?}",
                self.state.kiosk
            ))
        }
    }
}

pub fn run_steps(run: &mut Run, steps: &[Step]) -> Result<(), TestCaseError> {
    run.check()
        .map_err(|e| TestCaseError::fail(format!("before any step: {e}")))?;
    for (i, step) in steps.iter().enumerate() {
        run.step(step);
        run.check().map_err(|e| {
            TestCaseError::fail(format!(
                "after step {i} ({step:?}) of {}, at {}x{}: {e}",
                steps.len(),
                run.state.width,
                run.state.height
            ))
        })?;
    }
    Ok(())
}
