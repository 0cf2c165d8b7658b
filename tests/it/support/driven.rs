//! Driving the real event loop in-process: a test backend whose size
//! changes whenever the loop asks for it (a window being dragged while
//! keys are handled), a clock that lets kiosk timers pass in an instant,
//! surroundings that record what the loop asked of them, and the loop
//! with all of these, fed scripted messages or the bytes a terminal sends.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Instant;

use immunoguide::app::AppState;
use immunoguide::content::Guide;
use immunoguide::event_loop::{Clock, Host, Incoming, Outcome, Running, Waited, run_loop};
use immunoguide::kiosk::config::KioskConfig;
use immunoguide::terminal::decode::{Decoder, GIVE_UP_AFTER};
use immunoguide::ui::Theme;
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::{Buffer, Cell as BufferCell};
use ratatui::layout::{Position, Size};

use super::draw::{buffer_text, frame_problems};
use super::kiosk::into_kiosk;

/// A `TestBackend` that takes the next size from a list each time the
/// terminal's size is asked for, and keeps every frame it was sent.
pub struct Storm {
    inner: TestBackend,
    sizes: RefCell<VecDeque<(u16, u16)>>,
    size: Cell<(u16, u16)>,
    /// The screen after every frame, as text, and whether it was sound.
    pub frames: Vec<String>,
    pub problems: Vec<String>,
    /// Keep the text of each frame (costly at large sizes).
    pub keep_text: bool,
}

impl Storm {
    pub fn new(width: u16, height: u16) -> Storm {
        Storm {
            inner: TestBackend::new(width, height),
            sizes: RefCell::new(VecDeque::new()),
            size: Cell::new((width, height)),
            frames: Vec::new(),
            problems: Vec::new(),
            keep_text: true,
        }
    }

    /// The sizes the window takes next, one each time it is measured.
    pub fn then_sizes(&self, sizes: impl IntoIterator<Item = (u16, u16)>) {
        self.sizes.borrow_mut().extend(sizes);
    }

    pub fn buffer(&self) -> &Buffer {
        self.inner.buffer()
    }

    pub fn last_frame(&self) -> &str {
        self.frames.last().map_or("", String::as_str)
    }
}

impl Backend for Storm {
    type Error = std::convert::Infallible;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a BufferCell)>,
    {
        let (width, height) = self.size.get();
        let area = self.inner.buffer().area;
        if (area.width, area.height) != (width, height) {
            self.inner.resize(width, height);
        }
        self.inner.draw(content)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        if let Some(next) = self.sizes.borrow_mut().pop_front() {
            self.size.set(next);
        }
        let (width, height) = self.size.get();
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        let buffer = self.inner.buffer();
        let problems = frame_problems(buffer);
        if !problems.is_empty() {
            self.problems.push(format!(
                "a frame of {}x{}: {}",
                buffer.area.width,
                buffer.area.height,
                problems.join("; ")
            ));
        }
        if self.keep_text {
            self.frames.push(buffer_text(buffer));
        } else {
            self.frames.push(String::new());
        }
        Ok(())
    }
}

/// A clock that only moves when the loop has nothing left to do: then it
/// jumps to the loop's next timer, until `until`, when the run ends.
pub struct ScriptClock {
    now: Cell<Instant>,
    pub until: Cell<Instant>,
}

impl ScriptClock {
    /// Starts at `start`; timers up to `seconds` later fire.
    pub fn new(start: Instant, seconds: u64) -> ScriptClock {
        ScriptClock {
            now: Cell::new(start),
            until: Cell::new(start + std::time::Duration::from_secs(seconds)),
        }
    }

    /// Lets timers fire for `seconds` more from now.
    pub fn run_for(&self, seconds: u64) {
        self.until
            .set(self.now.get() + std::time::Duration::from_secs(seconds));
    }
}

impl Clock for ScriptClock {
    fn now(&self) -> Instant {
        self.now.get()
    }

    fn wait(&self, events: &Receiver<Incoming>, until: Option<Instant>) -> Waited {
        match events.try_recv() {
            Ok(message) => Waited::Message(message),
            Err(TryRecvError::Empty | TryRecvError::Disconnected) => match until {
                Some(wake) if wake <= self.until.get() => {
                    self.now.set(self.now.get().max(wake));
                    Waited::Time
                }
                // The time asked for has passed, with nothing more to do.
                _ => {
                    self.now.set(self.now.get().max(self.until.get()));
                    Waited::Closed
                }
            },
        }
    }
}

/// Surroundings that record what the loop asked for.
#[derive(Default)]
pub struct Recorder {
    pub log: RefCell<Vec<String>>,
    pub first_frames: usize,
    pub suspended: usize,
    pub resumed: usize,
}

impl Host for Recorder {
    fn first_frame_out(&mut self) {
        self.first_frames += 1;
    }

    fn suspend(&mut self) -> std::io::Result<()> {
        self.suspended += 1;
        Ok(())
    }

    fn resume(&mut self) -> std::io::Result<()> {
        self.resumed += 1;
        Ok(())
    }

    fn log(&self, line: &str) {
        self.log.borrow_mut().push(line.to_string());
    }
}

/// The event loop with everything it runs on, kept for a look afterwards.
pub struct Driven {
    pub terminal: Terminal<Storm>,
    pub running: Running,
    pub clock: ScriptClock,
    pub host: Recorder,
    /// The program's own key decoder, for bytes typed at the terminal.
    decoder: Decoder,
}

impl Driven {
    /// `guide` at `width`×`height`, in a kiosk if given its settings.
    pub fn new(guide: Arc<Guide>, width: u16, height: u16, kiosk: Option<KioskConfig>) -> Driven {
        let start = Instant::now();
        let mut state = AppState::new(guide, width, height);
        if let Some(config) = kiosk {
            state = into_kiosk(state, config, start);
        }
        Driven {
            terminal: Terminal::new(Storm::new(width, height)).expect("a test terminal"),
            running: Running {
                state,
                theme: Theme::PLAIN,
                waiting_for_guide: false,
            },
            clock: ScriptClock::new(start, 0),
            host: Recorder::default(),
            decoder: Decoder::default(),
        }
    }

    /// Runs the loop on `messages` until they run out; how it ended.
    pub fn run(&mut self, messages: Vec<Incoming>) -> Outcome {
        let (tx, rx) = channel();
        for message in messages {
            let _ = tx.send(message);
        }
        drop(tx);
        self.run_on(&rx)
    }

    fn run_on(&mut self, events: &Receiver<Incoming>) -> Outcome {
        run_loop(
            &mut self.terminal,
            events,
            &mut self.running,
            &self.clock,
            &mut self.host,
        )
    }

    /// Bytes typed at the terminal, then timers for `seconds`; how it
    /// ended.
    pub fn type_bytes(&mut self, bytes: &[u8], seconds: u64) -> Outcome {
        let now = self.clock.now();
        let mut messages: Vec<Incoming> = self
            .decoder
            .feed(bytes, false, now)
            .into_iter()
            .map(Incoming::Input)
            .collect();
        // Whatever waits unfinished is given up once its time is out, as
        // the keyboard's reader does.
        if let Some(deadline) = self.decoder.deadline() {
            let expired = self.decoder.expire(deadline.max(now + GIVE_UP_AFTER));
            messages.extend(expired.into_iter().map(Incoming::Input));
        }
        self.clock.run_for(seconds);
        self.run(messages)
    }

    pub fn frames(&self) -> &[String] {
        &self.terminal.backend().frames
    }

    /// The last frame drawn, as text.
    pub fn screen(&self) -> &str {
        self.terminal.backend().last_frame()
    }

    pub fn first_row(&self) -> &str {
        self.screen().lines().next().unwrap_or("")
    }
}
