//! The event loop: everything that happens while the guide is on screen
//! arrives as an [`Incoming`] message on one channel (keys, clicks,
//! signals, the rest of the guide, edits of it) and the loop applies it,
//! redraws, and ends with an [`Outcome`]. It is generic over the
//! terminal's backend and takes its clock and its surroundings ([`Host`])
//! as arguments, so the tests drive the very same loop on ratatui's
//! `TestBackend` with scripted messages and a clock of their own.
//!
//! The size of the screen comes from one place: each frame's area. Before
//! drawing, the state takes the frame's size, so the layout always fits
//! the buffer it is drawn into, however the window was resized meanwhile.

pub mod clock;
pub mod outcome;

use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event;

use crate::app::editions::Edition;
use crate::app::kiosk_mode::kiosk_action;
use crate::app::reload::replace_edition;
use crate::app::{Action, AppState, update};
use crate::content::{Guide, Problem};
use crate::language::Language;
use crate::terminal::signals;
use crate::ui::{self, Theme};

pub use clock::{Clock, SystemClock, Waited};
pub use outcome::Outcome;

/// Everything the loop reacts to.
pub enum Incoming {
    /// A key, click or paste.
    Input(Event),
    /// The terminal's input ended: it was closed.
    InputClosed,
    /// A signal: one that ends the program, Ctrl+Z from outside
    /// (SIGTSTP), going on after it (SIGCONT), or a new window size
    /// (SIGWINCH).
    Signal(i32),
    /// The whole guide, read while the welcome screen showed.
    GuideReady(Box<Result<Guide, Vec<Problem>>>),
    /// The guide in its other languages, read while the welcome screen
    /// showed; sent before [`Incoming::GuideReady`], so a key that switches
    /// language finds them.
    OtherLanguages(Vec<Edition>),
    /// A new version of the guide in one language, loaded and checked
    /// away from drawing: the guide, or the problems that kept it out.
    GuideEdited {
        language: Language,
        loaded: Box<Result<Guide, Vec<String>>>,
    },
}

/// What the loop needs from around it besides the screen.
pub trait Host {
    /// The first frame is on screen: work that would have slowed it down
    /// (reading the rest of the guide) can start.
    fn first_frame_out(&mut self) {}
    /// Gives the terminal back and stops the program (Ctrl+Z from
    /// outside); returns once it goes on, with the terminal set up again.
    fn suspend(&mut self) -> std::io::Result<()>;
    /// Sets the terminal up again after the program was stopped and went
    /// on (SIGCONT).
    fn resume(&mut self) -> std::io::Result<()>;
    /// A line for the staff log.
    fn log(&self, line: &str);
    /// The reader may have moved or changed a bookmark: keep it, if
    /// places are kept at all (never for a kiosk).
    fn keep_place(&mut self, _state: &mut AppState) {}
}

/// What the loop runs on, and what it leaves behind for a look afterwards.
pub struct Running {
    pub state: AppState,
    pub theme: Theme,
    /// The guide is only its welcome screen until [`Incoming::GuideReady`]
    /// arrives; keys wait (in order) until then.
    pub waiting_for_guide: bool,
}

pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    events: &Receiver<Incoming>,
    run: &mut Running,
    clock: &dyn Clock,
    host: &mut dyn Host,
) -> Outcome
where
    B::Error: std::fmt::Display,
{
    let mut waiting: Option<Vec<Event>> = run.waiting_for_guide.then(Vec::new);
    let mut dirty = true;
    let mut first = true;
    loop {
        if dirty {
            if let Err(e) = draw(terminal, &mut run.state, &run.theme, clock.now()) {
                return after_terminal_failed(events, clock, e.to_string());
            }
            dirty = false;
            if first {
                first = false;
                host.first_frame_out();
            }
        }
        // Blocks until something happens; only a kiosk timer (idle, the
        // countdown, a PIN lock) wakes it otherwise. No tick while idle.
        let wake = run.state.kiosk.as_ref().map(|k| k.next_wake(clock.now()));
        let message = match clock.wait(events, wake) {
            Waited::Message(message) => message,
            Waited::Time => {
                update(&mut run.state, Action::Tick, clock.now());
                dirty = true;
                continue;
            }
            Waited::Closed => return Outcome::InputClosed,
        };
        let kiosk = run.state.kiosk.is_some();
        match message {
            Incoming::Signal(signals::RESIZED) => dirty = true,
            // A kiosk is never stopped by a visitor or a stray signal.
            Incoming::Signal(signals::STOP) if kiosk => {}
            Incoming::Signal(signals::STOP) => {
                if let Err(e) = host.suspend() {
                    return after_terminal_failed(events, clock, e.to_string());
                }
                dirty |= redraw_whole(terminal);
            }
            Incoming::Signal(signals::CONTINUE) => {
                if let Err(e) = host.resume() {
                    return after_terminal_failed(events, clock, e.to_string());
                }
                dirty |= redraw_whole(terminal);
            }
            Incoming::Signal(signal) => return Outcome::Signal(signal),
            Incoming::InputClosed => return Outcome::InputClosed,
            Incoming::Input(ev) => match waiting.as_mut() {
                // A new size is shown at once; the welcome screen can
                // redraw without the rest of the guide.
                Some(keys) if !matches!(ev, Event::Resize(..)) => keys.push(ev),
                _ => {
                    dirty |= on_input(&mut run.state, &ev, clock.now(), host);
                    host.keep_place(&mut run.state);
                }
            },
            Incoming::GuideReady(loaded) => match *loaded {
                Ok(guide) => {
                    run.state = run.state.clone().with_guide(Arc::new(guide));
                    run.waiting_for_guide = false;
                    // The welcome screen looks the same with the whole
                    // guide, so it is redrawn only if keys were waiting,
                    // or a kept place now shows its title as the guide
                    // has it (or a note that it is gone). A redraw that
                    // changes nothing still moves the cursor, so none is
                    // made without a kept place.
                    dirty |= run
                        .state
                        .reading
                        .as_ref()
                        .is_some_and(|r| r.resume.is_some() || !r.bookmarks.is_empty());
                    for ev in waiting.take().unwrap_or_default() {
                        dirty |= on_input(&mut run.state, &ev, clock.now(), host);
                        if run.state.quit {
                            break;
                        }
                    }
                    host.keep_place(&mut run.state);
                }
                Err(problems) => return Outcome::GuideFailed(problems),
            },
            Incoming::OtherLanguages(editions) => {
                let shown = run.state.language;
                run.state
                    .other_editions
                    .extend(editions.into_iter().filter(|e| e.language != shown));
            }
            Incoming::GuideEdited { language, loaded } => match *loaded {
                Ok(guide) => {
                    if !guide.phrase_problems.is_empty() {
                        host.log(&format!("Its screen.ftl ({}) has problems; the built-in words are shown where it could not be used:", language.code()));
                        for problem in &guide.phrase_problems {
                            host.log(&problem.to_string());
                        }
                    }
                    if replace_edition(&mut run.state, language, guide) {
                        host.log(&format!(
                            "The guide was edited ({}); the new version is showing.",
                            language.code()
                        ));
                        dirty = true;
                    }
                }
                Err(problems) => {
                    host.log(&format!("The guide was edited ({}), but the new version has problems; the last good version is still showing:", language.code()));
                    for problem in problems {
                        host.log(&problem);
                    }
                }
            },
        }
        if run.state.quit {
            return if kiosk {
                Outcome::StaffLeft
            } else {
                Outcome::Quit
            };
        }
    }
}

/// How long a failed frame waits to learn whether the terminal was
/// closed: the end of input and the hang-up signal are already on their
/// way when a closed terminal refuses a frame.
const CLOSING_GRACE: std::time::Duration = std::time::Duration::from_secs(1);

/// The reason the terminal could not be used (a frame, or taking it back
/// after Ctrl+Z). A terminal closed while the program draws refuses the
/// frame a moment before its input ends and SIGHUP arrives; the closing,
/// not the refused frame, is why the program ends, so it exits as a
/// closed terminal does (0 or 129), whichever of the three comes first.
fn after_terminal_failed(events: &Receiver<Incoming>, clock: &dyn Clock, error: String) -> Outcome {
    let until = clock.now() + CLOSING_GRACE;
    loop {
        match clock.wait(events, Some(until)) {
            Waited::Message(Incoming::InputClosed) => return Outcome::InputClosed,
            Waited::Message(Incoming::Signal(signal)) if signals::ENDING.contains(&signal) => {
                return Outcome::Signal(signal);
            }
            Waited::Message(_) => {}
            Waited::Time | Waited::Closed => return Outcome::TerminalFailed(error),
        }
    }
}

/// Draws one frame. The frame's area is the truth about the screen's size:
/// the state takes it before anything is laid out, so nothing is drawn
/// for a size the screen no longer has.
fn draw<B: Backend>(
    terminal: &mut Terminal<B>,
    state: &mut AppState,
    theme: &Theme,
    now: Instant,
) -> Result<(), B::Error> {
    terminal.draw(|frame| {
        let area = frame.area();
        if (area.width, area.height) != (state.width, state.height) {
            let (width, height) = (area.width, area.height);
            update(state, Action::Resize { width, height }, now);
        }
        ui::draw(frame, state, theme);
    })?;
    Ok(())
}

/// After the terminal was given back and taken again, nothing on it can
/// be trusted: the next frame is drawn whole.
fn redraw_whole<B: Backend>(terminal: &mut Terminal<B>) -> bool {
    // Not `Terminal::clear`, which asks the terminal where its cursor is
    // and waits for the answer on the input the keyboard reader owns.
    if let Ok(size) = terminal.size() {
        let _ = terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height));
    }
    true
}

/// Applies one key, click or resize; whether the screen changed.
fn on_input(state: &mut AppState, ev: &Event, now: Instant, host: &mut dyn Host) -> bool {
    let Some(action) = kiosk_action(ev, state) else {
        return false;
    };
    update(state, action, now);
    if let Some(kiosk) = state.kiosk.as_mut() {
        for event in kiosk.staff_events.drain(..) {
            host.log(&event);
        }
    }
    true
}
