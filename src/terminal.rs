//! The terminal: setting it up, putting it back on every way out (normal
//! quit, error, panic, SIGTERM, SIGHUP), and the event loop. This is the
//! only module that talks to the terminal.

use std::io::{self, Stdout, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

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

use crate::app::kiosk_mode::{KioskMode, kiosk_action};
use crate::app::reload::replace_guide;
use crate::app::{Action, AppState, update};
use crate::console::BasicColours;
use crate::content::{Folder, Guide, Problem, load};
use crate::kiosk::config::KioskConfig;
use crate::places::PlacesFile;
use crate::staff_log::StaffLog;
use crate::ui::theme::ThemeName;
use crate::ui::{self, Theme};

/// Whether the terminal is in our hands; restoring twice would print stray
/// escape codes, restoring never would leave a broken shell.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Edits usually arrive as several file events; wait this long for the
/// last one before loading.
const RELOAD_SETTLE: Duration = Duration::from_millis(300);

enum Incoming {
    Input(event::Event),
    InputClosed,
    Signal(i32),
    /// A new version of the guide, loaded and checked away from drawing:
    /// the guide, or the problems that kept it out.
    GuideEdited(Box<Result<Guide, Vec<String>>>),
    /// The whole guide, read while the welcome screen showed.
    GuideReady(Box<Result<Guide, Vec<Problem>>>),
}

/// Reads the rest of a guide whose welcome screen is already showing.
pub type RestOfGuide = Box<dyn FnOnce() -> Result<Guide, Vec<Problem>> + Send>;

/// How the reader runs: for a person at their own terminal, or as a kiosk.
pub struct Session {
    pub guide: Guide,
    /// When `guide` is the manifest alone: how to read the rest. Keys
    /// wait until it is ready.
    pub rest: Option<RestOfGuide>,
    pub mouse: bool,
    pub kiosk: Option<KioskConfig>,
    /// The folder the guide came from, for kiosk reloads.
    pub folder: Option<PathBuf>,
    /// The look asked for; NO_COLOR is applied on top of it.
    pub theme: ThemeName,
    /// Where the reader's place and bookmarks are kept; never for a kiosk.
    pub places: Option<PlacesFile>,
}

pub fn run(session: Session) -> ExitCode {
    let log = Arc::new(StaffLog::new(
        session.kiosk.as_ref().and_then(|k| k.log_file.clone()),
    ));
    let kiosk = session.kiosk.is_some();
    match run_loop(session, Arc::clone(&log)) {
        Ok(code) => code,
        Err(e) => {
            restore();
            if kiosk {
                log.write(&format!("Kiosk stopped after an error: {e}."));
            }
            // The terminal may be gone (SIGHUP): a failed write must not
            // become a panic on the way out.
            let _ = writeln!(
                io::stderr(),
                "immunoguide: the terminal could not be used: {e}"
            );
            ExitCode::from(1)
        }
    }
}

fn run_loop(session: Session, log: Arc<StaffLog>) -> io::Result<ExitCode> {
    let (tx, rx) = mpsc::channel();
    // The rest of the guide is read once the first frame is out, so it
    // does not compete with drawing it. Until it arrives, keys are kept
    // (in order) and played afterwards.
    let mut rest = session.rest;
    let mut waiting: Option<Vec<event::Event>> = rest.as_ref().map(|_| Vec::new());
    let mut failed: Option<Vec<Problem>> = None;
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
    let kiosk = session.kiosk.map(Arc::new);
    if kiosk.is_some() {
        log.write("Kiosk started.");
        let panic_log = Arc::clone(&log);
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // Where it failed, not what it was showing: nothing a visitor
            // read goes into the log.
            let place = info
                .location()
                .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
            panic_log.write(&format!(
                "The kiosk stopped after an internal error{place}."
            ));
            previous(info);
        }));
    }
    // Kept alive for the whole run: dropping the watcher stops it.
    let _watcher = match (&kiosk, &session.folder) {
        (Some(config), Some(folder)) if config.reload => {
            watch(folder, tx.clone(), Arc::clone(&log))
        }
        _ => None,
    };
    let mouse = session.mouse || kiosk.is_some();
    let mut terminal = init(mouse)?;
    let input_tx = tx.clone();
    std::thread::spawn(move || {
        loop {
            let message = match event::read() {
                Ok(ev) => Incoming::Input(ev),
                Err(_) => Incoming::InputClosed,
            };
            let closed = matches!(message, Incoming::InputClosed);
            if input_tx.send(message).is_err() || closed {
                break;
            }
        }
    });

    test_failure()?;
    let size = terminal.size()?;
    let mut state = AppState::new(Arc::new(session.guide), size.width, size.height);
    state.mouse = mouse;
    state.kiosk = kiosk.map(|config| KioskMode::new(config, Instant::now()));
    state.hyperlinks = crate::ui::hyperlinks::wanted(state.kiosk.is_some());
    let places = session.places;
    if let Some(file) = &places {
        file.attach(&mut state);
    }
    let theme = Theme::from_env(session.theme);
    let mut dirty = true;
    let code = loop {
        if dirty {
            terminal.draw(|frame| ui::draw(frame, &state, &theme))?;
            dirty = false;
        }
        if let Some(read_rest) = rest.take() {
            let ready_tx = tx.clone();
            std::thread::spawn(move || {
                let _ = ready_tx.send(Incoming::GuideReady(Box::new(read_rest())));
            });
        }
        // Blocks until something happens; only a kiosk timer (idle, the
        // countdown, a PIN lock) wakes it otherwise. No tick while idle.
        let now = Instant::now();
        let message = match state.kiosk.as_ref().map(|k| k.next_wake(now)) {
            Some(wake) => match rx.recv_timeout(wake.saturating_duration_since(now)) {
                Ok(message) => message,
                Err(RecvTimeoutError::Timeout) => {
                    update(&mut state, Action::Tick, Instant::now());
                    dirty = true;
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => break ExitCode::SUCCESS,
            },
            None => match rx.recv() {
                Ok(message) => message,
                Err(_) => break ExitCode::SUCCESS,
            },
        };
        match message {
            Incoming::Signal(signal) => {
                break ExitCode::from(128u8.saturating_add(u8::try_from(signal).unwrap_or(0)));
            }
            Incoming::InputClosed => break ExitCode::SUCCESS,
            Incoming::Input(ev) => match waiting.as_mut() {
                // A new size is shown at once; the welcome screen can
                // redraw without the rest of the guide.
                Some(keys) if !matches!(ev, event::Event::Resize(..)) => keys.push(ev),
                _ => {
                    dirty |= on_input(&mut state, &ev, &log);
                    if let Some(file) = &places {
                        file.save_if_changed(&mut state);
                    }
                }
            },
            Incoming::GuideReady(loaded) => match *loaded {
                Ok(guide) => {
                    state = state.with_guide(Arc::new(guide));
                    // A kept place shows its title as the guide has it now,
                    // or a note that it is gone: draw that.
                    dirty |= state.reading.is_some();
                    // The welcome screen looks the same with the whole
                    // guide, so it is redrawn only if keys were waiting.
                    for ev in waiting.take().unwrap_or_default() {
                        dirty |= on_input(&mut state, &ev, &log);
                        if state.quit {
                            break;
                        }
                    }
                    if let Some(file) = &places {
                        file.save_if_changed(&mut state);
                    }
                }
                Err(problems) => {
                    failed = Some(problems);
                    break ExitCode::from(1);
                }
            },
            Incoming::GuideEdited(loaded) => match *loaded {
                Ok(guide) => {
                    replace_guide(&mut state, Arc::new(guide));
                    log.write("The guide was edited; the new version is showing.");
                    dirty = true;
                }
                Err(problems) => {
                    log.write("The guide was edited, but the new version has problems; the last good version is still showing:");
                    for problem in problems {
                        log.write(&problem);
                    }
                }
            },
        }
        if state.quit {
            break ExitCode::SUCCESS;
        }
    };
    // Not `drop(terminal)`: ratatui's drop prints to stderr when the
    // terminal is gone, which would panic after a hangup.
    let _ = terminal.show_cursor();
    std::mem::forget(terminal);
    restore();
    if let Some(file) = &places
        && let Err(e) = file.save(&state)
    {
        let _ = writeln!(
            io::stderr(),
            "immunoguide: your place could not be saved in {}: {e}",
            file.path().display()
        );
    }
    if kiosk_log_stop(&state) {
        log.write(&format!("Kiosk stopped ({}).", describe_exit(code)));
    }
    if let Some(problems) = failed {
        return Ok(crate::cli::cannot_open(&problems));
    }
    Ok(code)
}

/// Applies one key, click or resize; whether the screen changed.
fn on_input(state: &mut AppState, ev: &event::Event, log: &StaffLog) -> bool {
    let Some(action) = kiosk_action(ev, state) else {
        return false;
    };
    update(state, action, Instant::now());
    if let Some(kiosk) = state.kiosk.as_mut() {
        for event in kiosk.staff_events.drain(..) {
            log.write(&event);
        }
    }
    true
}

fn kiosk_log_stop(state: &AppState) -> bool {
    state.kiosk.is_some()
}

fn describe_exit(code: ExitCode) -> &'static str {
    if code == ExitCode::SUCCESS {
        "staff exit or input closed"
    } else {
        "signal"
    }
}

/// Test-only ways to fail after the screen is set up, so the tests can
/// prove the terminal is restored on those paths too. Release builds
/// ignore these variables.
fn test_failure() -> io::Result<()> {
    if cfg!(debug_assertions) {
        if std::env::var_os("IMMUNOGUIDE_TEST_PANIC").is_some() {
            panic!("a panic asked for by IMMUNOGUIDE_TEST_PANIC");
        }
        if std::env::var_os("IMMUNOGUIDE_TEST_ERROR").is_some() {
            return Err(io::Error::other(
                "an error asked for by IMMUNOGUIDE_TEST_ERROR",
            ));
        }
    }
    Ok(())
}

/// Watches the guide folder. Edits arrive as bursts of file events; a
/// separate thread waits for the burst to settle, then loads and checks
/// the whole guide, so a half-written file is never shown and drawing
/// never waits for the disk.
fn watch(
    folder: &std::path::Path,
    tx: mpsc::Sender<Incoming>,
    log: Arc<StaffLog>,
) -> Option<notify::RecommendedWatcher> {
    use notify::{RecursiveMode, Watcher};
    let (changed_tx, changed_rx) = mpsc::channel::<()>();
    // Only edits to guide files count: not the staff log (which may sit in
    // the same folder, and would reload itself forever), not an editor's
    // swap files or notes.
    let handler = move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && !event.kind.is_access()
            && event
                .paths
                .iter()
                .any(|p| p.extension().is_some_and(|e| e == "toml"))
        {
            let _ = changed_tx.send(());
        }
    };
    let watcher = notify::recommended_watcher(handler).and_then(|mut w| {
        w.watch(folder, RecursiveMode::Recursive)?;
        Ok(w)
    });
    let watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            log.write(&format!(
                "Cannot watch {} for edits ({e}); restart to show edits.",
                folder.display()
            ));
            return None;
        }
    };
    let folder = folder.to_path_buf();
    std::thread::spawn(move || {
        while changed_rx.recv().is_ok() {
            while changed_rx.recv_timeout(RELOAD_SETTLE).is_ok() {}
            let loaded = Folder::open(&folder).map_err(|e| vec![e]).and_then(|f| {
                load(&f).map_err(|problems| problems.iter().map(ToString::to_string).collect())
            });
            if tx.send(Incoming::GuideEdited(Box::new(loaded))).is_err() {
                break;
            }
        }
    });
    Some(watcher)
}

fn init(mouse: bool) -> io::Result<Terminal<CrosstermBackend<BasicColours<Stdout>>>> {
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
    Terminal::new(CrosstermBackend::new(BasicColours::new(out)))
}

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
