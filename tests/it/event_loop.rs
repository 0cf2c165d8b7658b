//! The event loop itself, driven in-process on a test backend with
//! scripted messages: keys that wait while the guide loads, resize storms
//! between keys, reloads good and broken, a failure after the welcome
//! screen, signals, Ctrl+Z from outside, and every way it ends.

use std::sync::Arc;
use std::sync::mpsc::channel;
use std::time::Instant;

use immunoguide::app::AppState;
use immunoguide::content::problem::file_problem;
use immunoguide::content::{Embedded, Guide, load_about};
use immunoguide::event_loop::{Incoming, Outcome, Running, run_loop};
use immunoguide::kiosk::config::KioskConfig;
use immunoguide::terminal::signals;
use immunoguide::ui::Theme;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::support::builtin_guide;
use crate::support::driven::{Driven, Recorder, ScriptClock};

fn key(c: char) -> Incoming {
    Incoming::Input(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

fn enter() -> Incoming {
    Incoming::Input(Event::Key(KeyEvent::new(
        KeyCode::Enter,
        KeyModifiers::NONE,
    )))
}

fn crumb_of(guide: &Guide, index: usize) -> String {
    let mut titles: Vec<&str> = guide
        .ancestors(index)
        .iter()
        .filter_map(|&i| guide.section(i).map(|s| s.title.as_str()))
        .collect();
    titles.reverse();
    titles.push(&guide.sections[index].title);
    titles.join(" › ")
}

#[test]
fn keys_typed_while_the_guide_loads_wait_then_play_in_order() {
    let about = load_about(&Embedded).expect("the manifest");
    let mut drive = Driven::new(Arc::new(Guide::welcome_only(about)), 100, 30, None);
    drive.running.waiting_for_guide = true;
    let outcome = drive.run(vec![
        enter(),
        key(']'),
        Incoming::GuideReady(Box::new(Ok((*builtin_guide()).clone()))),
    ]);
    assert!(matches!(outcome, Outcome::InputClosed), "{outcome:?}");
    let frames = drive.frames();
    // The welcome screen, untouched by the keys; then, once the guide is
    // there, Enter opened the first section and `]` went on to the second.
    assert_eq!(frames.len(), 2, "{frames:#?}");
    assert!(frames[0].contains("Press Enter"), "{}", frames[0]);
    let second = crumb_of(&builtin_guide(), 1);
    assert!(drive.first_row().contains(&second), "{}", drive.screen());
    assert_eq!(drive.host.first_frames, 1);
    assert!(!drive.running.waiting_for_guide);
}

#[test]
fn a_guide_that_fails_after_the_welcome_screen_ends_the_loop_with_its_problems() {
    let about = load_about(&Embedded).expect("the manifest");
    let mut drive = Driven::new(Arc::new(Guide::welcome_only(about)), 80, 24, None);
    drive.running.waiting_for_guide = true;
    let problem = file_problem("guide.toml", "A broken chapter.");
    let outcome = drive.run(vec![
        enter(),
        Incoming::GuideReady(Box::new(Err(vec![problem.clone()]))),
        key('q'),
    ]);
    match &outcome {
        Outcome::GuideFailed(problems) => assert_eq!(problems, &vec![problem]),
        other => panic!("{other:?}"),
    }
    assert_eq!(outcome.exit_code(), 1);
    assert!(drive.frames()[0].contains("Press Enter"));
}

#[test]
fn q_quits_and_the_staff_pin_is_the_kiosks_only_way_out() {
    let mut drive = Driven::new(builtin_guide(), 80, 24, None);
    let outcome = drive.run(vec![enter(), key('q'), key(']')]);
    assert!(matches!(outcome, Outcome::Quit), "{outcome:?}");
    assert_eq!(outcome.exit_code(), 0);

    let mut kiosk = Driven::new(builtin_guide(), 80, 24, Some(KioskConfig::default()));
    let outcome = kiosk.run(vec![enter(), key('q')]);
    assert!(matches!(outcome, Outcome::InputClosed), "{outcome:?}");
    assert!(kiosk.screen().contains("Page 1 of"), "{}", kiosk.screen());
}

#[test]
fn every_signal_that_ends_the_program_ends_the_loop_with_128_plus_its_number() {
    for signal in signals::ENDING {
        let mut drive = Driven::new(builtin_guide(), 80, 24, None);
        let outcome = drive.run(vec![enter(), Incoming::Signal(signal), key(']')]);
        match outcome {
            Outcome::Signal(s) => assert_eq!(s, signal),
            other => panic!("signal {signal}: {other:?}"),
        }
        assert_eq!(
            i32::from(outcome.exit_code()),
            128 + signal,
            "signal {signal}"
        );
        // The key after the signal was never handled.
        assert!(drive.first_row().contains(&crumb_of(&builtin_guide(), 0)));
    }
}

#[test]
fn ctrl_z_from_outside_gives_the_terminal_back_and_going_on_redraws_it_whole() {
    let mut drive = Driven::new(builtin_guide(), 80, 24, None);
    let outcome = drive.run(vec![
        enter(),
        Incoming::Signal(signals::STOP),
        Incoming::Signal(signals::CONTINUE),
        key(']'),
    ]);
    assert!(matches!(outcome, Outcome::InputClosed), "{outcome:?}");
    assert_eq!((drive.host.suspended, drive.host.resumed), (1, 1));
    // Each time the terminal was taken again, the whole screen was drawn:
    // after a clear, a frame holds every row, not only what changed.
    let frames = drive.frames();
    assert!(frames.len() >= 4, "{frames:#?}");
    assert!(drive.first_row().contains(&crumb_of(&builtin_guide(), 1)));

    // A kiosk is never stopped.
    let mut kiosk = Driven::new(builtin_guide(), 80, 24, Some(KioskConfig::default()));
    kiosk.run(vec![Incoming::Signal(signals::STOP), enter()]);
    assert_eq!(kiosk.host.suspended, 0);
    assert!(kiosk.screen().contains("Page 1 of"), "{}", kiosk.screen());
}

#[test]
fn a_good_edit_is_shown_and_logged_and_a_broken_one_only_logged() {
    let mut drive = Driven::new(builtin_guide(), 80, 24, Some(KioskConfig::default()));
    let mut edited = (*builtin_guide()).clone();
    edited.about.title = "A Title From The Edit".into();
    let outcome = drive.run(vec![
        Incoming::GuideEdited(Box::new(Ok(edited))),
        Incoming::GuideEdited(Box::new(Err(vec!["types.toml:9:1: broken".into()]))),
    ]);
    assert!(matches!(outcome, Outcome::InputClosed), "{outcome:?}");
    assert!(
        drive.screen().contains("A Title From The Edit"),
        "{}",
        drive.screen()
    );
    let log = drive.host.log.borrow().join("\n");
    assert!(log.contains("the new version is showing"), "{log}");
    assert!(log.contains("has problems"), "{log}");
    assert!(log.contains("types.toml:9:1: broken"), "{log}");
}

#[test]
fn a_resize_while_a_key_is_handled_never_draws_outside_the_frame() {
    // The terminal says 200x60 in its events but is far smaller (and
    // then larger) when the frame is drawn: the frame's size wins.
    for kiosk in [None, Some(KioskConfig::default())] {
        let mut drive = Driven::new(builtin_guide(), 80, 24, kiosk);
        drive.terminal.backend().then_sizes([
            (80, 24),
            (20, 5),
            (0, 0),
            (1, 1),
            (500, 200),
            (41, 9),
            (31, 8),
        ]);
        let outcome = drive.run(vec![
            enter(),
            Incoming::Input(Event::Resize(200, 60)),
            key(' '),
            Incoming::Input(Event::Resize(10, 3)),
            key(']'),
            Incoming::Signal(signals::RESIZED),
            key('c'),
            Incoming::Signal(signals::RESIZED),
        ]);
        assert!(matches!(outcome, Outcome::InputClosed), "{outcome:?}");
        let backend = drive.terminal.backend();
        assert!(backend.problems.is_empty(), "{:#?}", backend.problems);
        let area = backend.buffer().area;
        assert_eq!((area.width, area.height), (31, 8));
        assert_eq!(
            (drive.running.state.width, drive.running.state.height),
            (31, 8)
        );
    }
}

fn storm_event() -> impl Strategy<Value = Event> {
    let keys = prop::sample::select(vec![
        KeyCode::Enter,
        KeyCode::Char(' '),
        KeyCode::Char(']'),
        KeyCode::Char('['),
        KeyCode::Char('c'),
        KeyCode::Char('?'),
        KeyCode::Char('/'),
        KeyCode::Char('g'),
        KeyCode::Char('e'),
        KeyCode::Tab,
        KeyCode::Esc,
        KeyCode::Down,
        KeyCode::PageDown,
        KeyCode::End,
        KeyCode::Backspace,
    ]);
    prop_oneof![
        6 => keys.prop_map(|code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE))),
        2 => (0u16..520, 0u16..220).prop_map(|(column, row)| Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })),
        2 => size().prop_map(|(w, h)| Event::Resize(w, h)),
    ]
}

/// From 0×0 to 500×200, mostly the sizes people use.
fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        3 => (0u16..=130, 0u16..=50),
        1 => (0u16..=500, 0u16..=200),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(16),
        failure_persistence: None,
        rng_seed: proptest::test_runner::RngSeed::Fixed(13),
        ..ProptestConfig::default()
    })]

    /// The window is resized between every two messages (and the events
    /// say other sizes still): no panic, every frame sound, and the state
    /// ends at the window's size.
    #[test]
    fn resizing_between_every_event_never_breaks_a_frame(
        kiosk in any::<bool>(),
        steps in prop::collection::vec((storm_event(), size(), size()), 1..20),
    ) {
        let config = kiosk.then(KioskConfig::default);
        let mut drive = Driven::new(builtin_guide(), 80, 24, config);
        drive.terminal.backend_mut().keep_text = false;
        let mut messages = Vec::new();
        for (event, a, b) in &steps {
            drive.terminal.backend().then_sizes([*a, *b]);
            messages.push(Incoming::Input(event.clone()));
            messages.push(Incoming::Signal(signals::RESIZED));
        }
        let _ = drive.run(messages);
        let backend = drive.terminal.backend();
        prop_assert!(backend.problems.is_empty(), "{:#?}", backend.problems);
        let area = backend.buffer().area;
        prop_assert_eq!(
            (drive.running.state.width, drive.running.state.height),
            (area.width, area.height)
        );
    }
}

#[test]
fn a_state_drawn_into_a_frame_of_another_size_draws_nothing_outside_it() {
    let state = AppState::new(builtin_guide(), 120, 40);
    for (width, height) in [(0, 0), (1, 1), (20, 5), (119, 40), (120, 39), (500, 200)] {
        let mut terminal =
            Terminal::new(ratatui::backend::TestBackend::new(width, height)).expect("a terminal");
        terminal
            .draw(|frame| immunoguide::ui::draw(frame, &state, &Theme::DARK))
            .expect("drawn");
    }
}

/// A screen that takes the first frame and refuses every later one, as a
/// terminal closed while the program runs does.
struct ClosedAfterFirstFrame {
    inner: ratatui::backend::TestBackend,
    frames: usize,
}

impl ratatui::backend::Backend for ClosedAfterFirstFrame {
    type Error = std::io::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a ratatui::buffer::Cell)>,
    {
        self.frames += 1;
        if self.frames > 1 {
            return Err(std::io::Error::other("Input/output error"));
        }
        self.inner.draw(content).map_err(|never| match never {})
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
    fn get_cursor_position(&mut self) -> Result<ratatui::layout::Position, Self::Error> {
        Ok(ratatui::layout::Position::ORIGIN)
    }
    fn set_cursor_position<P: Into<ratatui::layout::Position>>(
        &mut self,
        _: P,
    ) -> Result<(), Self::Error> {
        Ok(())
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
    fn clear_region(&mut self, _: ratatui::backend::ClearType) -> Result<(), Self::Error> {
        Ok(())
    }
    fn size(&self) -> Result<ratatui::layout::Size, Self::Error> {
        self.inner.size().map_err(|never| match never {})
    }
    fn window_size(&mut self) -> Result<ratatui::backend::WindowSize, Self::Error> {
        self.inner.window_size().map_err(|never| match never {})
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

/// Runs the loop on a terminal that is closed after its first frame; Enter
/// asks for a second one.
fn closed_terminal(after_enter: Vec<Incoming>) -> Outcome {
    let mut terminal = Terminal::new(ClosedAfterFirstFrame {
        inner: ratatui::backend::TestBackend::new(80, 24),
        frames: 0,
    })
    .expect("a test terminal");
    let start = Instant::now();
    let mut running = Running {
        state: AppState::new(builtin_guide(), 80, 24),
        theme: Theme::PLAIN,
        waiting_for_guide: false,
    };
    let (tx, rx) = channel();
    for message in std::iter::once(enter()).chain(after_enter) {
        let _ = tx.send(message);
    }
    drop(tx);
    run_loop(
        &mut terminal,
        &rx,
        &mut running,
        &ScriptClock::new(start, 0),
        &mut Recorder::default(),
    )
}

#[test]
fn a_frame_refused_by_a_closed_terminal_ends_as_the_closing_does() {
    // The closing's own news, arriving just after the refused frame, names
    // the reason: a hang-up (129) or the end of input (0), never a failure.
    match closed_terminal(vec![Incoming::Signal(signal_hook::consts::SIGHUP)]) {
        Outcome::Signal(s) => assert_eq!(s, signal_hook::consts::SIGHUP),
        other => panic!("{other:?}"),
    }
    let outcome = closed_terminal(vec![key('j'), Incoming::InputClosed]);
    assert!(matches!(outcome, Outcome::InputClosed), "{outcome:?}");
    assert_eq!(outcome.exit_code(), 0);
    // With no such news the frame's own failure is the reason.
    match closed_terminal(vec![]) {
        Outcome::TerminalFailed(e) => assert!(e.contains("Input/output error"), "{e}"),
        other => panic!("{other:?}"),
    }
}
