//! The terminal: setting it up, putting it back on every way out (normal
//! quit, error, panic, SIGTERM, SIGHUP), and the event loop. This is the
//! only module that talks to the terminal.

use std::io::{self, Stdout, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::app::input::action_for_event;
use crate::app::{AppState, update};
use crate::cli::Cli;
use crate::content::Guide;
use crate::ui::{self, Theme};

/// Whether the terminal is in our hands; restoring twice would print stray
/// escape codes, restoring never would leave a broken shell.
static ACTIVE: AtomicBool = AtomicBool::new(false);

enum Incoming {
    Input(event::Event),
    InputClosed,
    Signal(i32),
}

pub fn run(guide: Guide, cli: &Cli) -> ExitCode {
    let mouse = !cli.no_mouse;
    match run_loop(guide, mouse) {
        Ok(code) => code,
        Err(e) => {
            restore();
            eprintln!("immunoguide: the terminal could not be used: {e}");
            ExitCode::from(1)
        }
    }
}

fn run_loop(guide: Guide, mouse: bool) -> io::Result<ExitCode> {
    let (tx, rx) = mpsc::channel();
    // Signals are caught before the screen changes, so none can leave it
    // half set up.
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    let signal_tx = tx.clone();
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if signal_tx.send(Incoming::Signal(signal)).is_err() {
                break;
            }
        }
    });
    let mut terminal = init(mouse)?;
    std::thread::spawn(move || {
        loop {
            let message = match event::read() {
                Ok(ev) => Incoming::Input(ev),
                Err(_) => Incoming::InputClosed,
            };
            let closed = matches!(message, Incoming::InputClosed);
            if tx.send(message).is_err() || closed {
                break;
            }
        }
    });

    let size = terminal.size()?;
    let mut state = AppState::new(Arc::new(guide), size.width, size.height);
    state.mouse = mouse;
    let theme = Theme::from_env();
    let mut dirty = true;
    let code = loop {
        if dirty {
            terminal.draw(|frame| ui::draw(frame, &state, &theme))?;
            dirty = false;
        }
        // Blocks until something happens: no timer ticks while idle.
        let Ok(message) = rx.recv() else {
            break ExitCode::SUCCESS;
        };
        match message {
            Incoming::Signal(signal) => {
                break ExitCode::from(128 + u8::try_from(signal).unwrap_or(0));
            }
            Incoming::InputClosed => break ExitCode::SUCCESS,
            Incoming::Input(ev) => {
                if let Some(action) = action_for_event(&ev, state.place(), mouse) {
                    update(&mut state, action, Instant::now());
                    dirty = true;
                }
            }
        }
        if state.quit {
            break ExitCode::SUCCESS;
        }
    };
    drop(terminal);
    restore();
    Ok(code)
}

fn init(mouse: bool) -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    install_panic_hook();
    ACTIVE.store(true, Ordering::SeqCst);
    MOUSE.store(mouse, Ordering::SeqCst);
    enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
    }
    Terminal::new(CrosstermBackend::new(out))
}

static MOUSE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was. Safe to call from anywhere, any number
/// of times; errors are ignored because the terminal may already be gone
/// (after SIGHUP), and there is nothing better to do on the way out.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
