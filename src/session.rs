//! A run of the reader on the real terminal: the threads that feed the
//! event loop (the keyboard, signals, the rest of the guide, edits of
//! it), the loop itself on crossterm, and the way out: the terminal put
//! back, then the reason told to the person and to the staff log.

use std::io::{self, IsTerminal, Stdout};
use std::mem::ManuallyDrop;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{self, Sender};

use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use signal_hook::iterator::Signals;

use crate::app::AppState;
use crate::app::editions::Edition;
use crate::app::kiosk_state::KioskMode;
use crate::console::BasicColours;
use crate::content::{Guide, Problem};
use crate::event_loop::{Host, Incoming, Outcome, Running, SystemClock, run_loop};
use crate::kiosk::config::KioskConfig;
use crate::language::Language;
use crate::message::say;
use crate::phrases::Phrase;
use crate::places::PlacesFile;
use crate::settings::ThemeName;
use crate::staff_log::StaffLog;
use crate::terminal::reader::Keyboard;
use crate::terminal::{self, signals};
use crate::ui::Theme;

/// Reads the rest of a guide whose welcome screen is already showing.
pub type RestOfGuide = Box<dyn FnOnce() -> Result<Guide, Vec<Problem>> + Send>;

/// Reads the guide in its other languages, beside the welcome screen.
pub type OtherLanguages = Box<dyn FnOnce() -> Vec<Edition> + Send>;

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
    /// The look asked for, with NO_COLOR already applied. `auto` is
    /// settled here (see [`settle_auto`]).
    pub theme: Theme,
    /// The linear mode for screen readers and magnifiers (`--plain`).
    pub plain: bool,
    /// Where the reader's place and bookmarks are kept; never for a kiosk.
    pub places: Option<PlacesFile>,
    /// The languages: the one shown first, and the others.
    pub languages: Languages,
}

/// The languages a session shows the guide in.
pub struct Languages {
    /// The language of `Session::guide`.
    pub shown: Language,
    /// Every language the guide comes in, `shown` included.
    pub all: Vec<Language>,
    /// The guide in the other languages, already loaded.
    pub others: Vec<Edition>,
    /// How to load the other languages after the first frame, when they
    /// are not loaded yet. Keys wait for them as for the rest of the guide.
    pub later: Option<OtherLanguages>,
    /// Said on the first screen (the language asked for is not there).
    pub notice: Option<Phrase>,
}

impl Languages {
    /// One language, and no other: the guide's own.
    pub fn only(shown: Language) -> Self {
        Self {
            shown,
            all: vec![shown],
            others: Vec::new(),
            later: None,
            notice: None,
        }
    }
}

/// Runs the reader on the terminal until it ends; the exit status.
pub fn run(session: Session) -> ExitCode {
    run_on(session, |out| CrosstermBackend::new(BasicColours::new(out)))
}

/// [`run`] drawing through any backend made from standard output.
pub fn run_on<B: Backend>(session: Session, backend: impl FnOnce(Stdout) -> B) -> ExitCode
where
    B::Error: std::fmt::Display,
{
    let log = Arc::new(StaffLog::new(
        session.kiosk.as_ref().and_then(|k| k.log_file.clone()),
    ));
    let kiosk = session.kiosk.map(Arc::new);
    let (tx, rx) = mpsc::channel();
    // Signals are caught before the screen changes, so none can leave it
    // half set up.
    if let Err(e) = catch_signals(tx.clone()) {
        say(format!("immunoguide: cannot catch signals: {e}"));
        return ExitCode::from(1);
    }
    if kiosk.is_some() {
        log.write("Kiosk started.");
        if !session.guide.phrase_problems.is_empty() {
            log.write("The guide's screen.ftl has problems; the built-in words are shown where it could not be used:");
            for problem in &session.guide.phrase_problems {
                log.write(&problem.to_string());
            }
        }
        log_kiosk_panics(Arc::clone(&log));
    }
    if let Some(folder) = watched(kiosk.as_deref(), session.folder.as_ref()) {
        crate::watch::start(
            folder.clone(),
            tx.clone(),
            Arc::clone(&log),
            crate::watch::TIMING,
        );
    }
    let mouse = session.mouse || kiosk.is_some();
    // The place to keep, with the state it was left in: saved once the
    // terminal is back to normal, so a message about it can be read.
    let mut kept = None;
    let mut theme = session.theme;
    let outcome = match terminal::enter(mouse).and_then(|()| {
        // Between the two: see terminal::background.
        theme = settle_auto(theme, kiosk.is_some());
        read_keys(tx.clone())
    }) {
        Err(e) => Outcome::TerminalFailed(e.to_string()),
        Ok(()) => {
            // Never dropped: ratatui's drop prints to stderr when the
            // terminal is gone, which would panic after a hang-up.
            let mut screen = match Terminal::new(backend(io::stdout())) {
                Ok(t) => ManuallyDrop::new(t),
                Err(e) => return finish(Outcome::TerminalFailed(e.to_string()), &kiosk, &log),
            };
            let (width, height) = screen.size().map_or((0, 0), |s| (s.width, s.height));
            let mut state = AppState::new(Arc::new(session.guide), width, height);
            let languages = session.languages;
            state.language = languages.shown;
            state.languages = languages.all;
            state.other_editions = languages.others;
            state.notice = languages.notice;
            state.mouse = mouse;
            state.kiosk = kiosk.clone().map(|config| KioskMode {
                // Each visitor starts in the language the kiosk started in.
                home_language: languages.shown,
                ..KioskMode::new(config, std::time::Instant::now())
            });
            state.hyperlinks = crate::ui::hyperlinks::wanted(state.kiosk.is_some());
            state.set_linear(session.plain);
            state.theme = Some(theme.name);
            if let Some(file) = &session.places {
                file.attach(&mut state);
            }
            let mut running = Running {
                state,
                theme,
                waiting_for_guide: session.rest.is_some(),
            };
            let mut host = Live {
                rest: session.rest,
                others_later: languages.later,
                tx,
                log: Arc::clone(&log),
                places: session.places,
            };
            let outcome = run_loop(&mut screen, &rx, &mut running, &SystemClock, &mut host);
            let _ = screen.show_cursor();
            kept = host.places.take().map(|file| (file, running.state));
            outcome
        }
    };
    let code = finish(outcome, &kiosk, &log);
    if let Some((file, state)) = kept
        && let Err(e) = file.save(&state)
    {
        say(format!(
            "immunoguide: your place could not be saved in {}: {e}",
            file.path().display()
        ));
    }
    code
}

/// `auto` made dark or light as the terminal's background is. The terminal
/// is asked only when the answer matters and the asking is safe: never at
/// a kiosk (which may start before anyone could answer, on a console that
/// cannot: it takes the dark look, or the theme its settings name), never
/// with NO_COLOR (no colours to choose), and only with the keyboard and
/// the screen both on the terminal. The real program only comes here with
/// its output on a terminal (cli.rs prints otherwise).
fn settle_auto(theme: Theme, kiosk: bool) -> Theme {
    if theme.name != ThemeName::Auto {
        return theme;
    }
    let ask = !kiosk && theme.color && io::stdin().is_terminal() && io::stdout().is_terminal();
    let background = if ask {
        terminal::background::ask()
    } else {
        None
    };
    Theme {
        name: theme.name.resolve(background),
        ..theme
    }
}

/// The folder to watch for edits: a kiosk's guide folder, unless its
/// settings say `reload = false`. The built-in guide is never edited.
fn watched<'a>(kiosk: Option<&KioskConfig>, folder: Option<&'a PathBuf>) -> Option<&'a PathBuf> {
    folder.filter(|_| kiosk.is_some_and(|k| k.reload))
}

/// The terminal put back, then the reason told: on the normal screen, and
/// in the staff log. The exit status.
fn finish(outcome: Outcome, kiosk: &Option<Arc<KioskConfig>>, log: &StaffLog) -> ExitCode {
    terminal::restore();
    if kiosk.is_some() {
        log.write(&format!("Kiosk stopped ({}).", outcome.reason()));
    }
    match &outcome {
        Outcome::GuideFailed(problems) => {
            crate::report::cannot_open(problems);
        }
        Outcome::TerminalFailed(e) => say(format!(
            "immunoguide: the terminal could not be used: {}",
            crate::content::problem::visible(e)
        )),
        _ => {}
    }
    ExitCode::from(outcome.exit_code())
}

fn catch_signals(tx: Sender<Incoming>) -> io::Result<()> {
    let mut caught = Signals::new(signals::caught())?;
    std::thread::spawn(move || {
        for signal in caught.forever() {
            if tx.send(Incoming::Signal(signal)).is_err() {
                break;
            }
        }
    });
    Ok(())
}

fn read_keys(tx: Sender<Incoming>) -> io::Result<()> {
    let keyboard = Keyboard::open()?;
    std::thread::spawn(move || {
        keyboard.read_all(|event| tx.send(Incoming::Input(event)).is_ok());
        let _ = tx.send(Incoming::InputClosed);
    });
    Ok(())
}

/// A kiosk's panic is logged with its place only: nothing a visitor read
/// goes into the log. The terminal is put back first by the hook
/// [`terminal::enter`] installs.
fn log_kiosk_panics(log: Arc<StaffLog>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let place = info
            .location()
            .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
        log.write(&format!(
            "The kiosk stopped after an internal error{place}."
        ));
        previous(info);
    }));
}

/// The loop's surroundings on the real terminal.
struct Live {
    rest: Option<RestOfGuide>,
    others_later: Option<OtherLanguages>,
    tx: Sender<Incoming>,
    log: Arc<StaffLog>,
    places: Option<PlacesFile>,
}

impl Host for Live {
    fn first_frame_out(&mut self) {
        // The rest of the guide is read once the first frame is out, so it
        // does not compete with drawing it; then its other languages, sent
        // first, so keys that wait for the guide find them there too.
        if let Some(read_rest) = self.rest.take() {
            let tx = self.tx.clone();
            let read_others = self.others_later.take();
            std::thread::spawn(move || {
                let rest = read_rest();
                if rest.is_ok()
                    && let Some(read_others) = read_others
                {
                    let _ = tx.send(Incoming::OtherLanguages(read_others()));
                }
                let _ = tx.send(Incoming::GuideReady(Box::new(rest)));
            });
        }
    }

    fn suspend(&mut self) -> io::Result<()> {
        terminal::suspend_until_continued()
    }

    fn resume(&mut self) -> io::Result<()> {
        terminal::take_again()
    }

    fn log(&self, line: &str) {
        self.log.write(line);
    }

    fn keep_place(&mut self, state: &mut AppState) {
        if let Some(file) = &self.places {
            file.save_if_changed(state);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_kiosk_with_reload_on_watches_its_folder() {
        let folder = PathBuf::from("/srv/guide");
        let on = KioskConfig::default();
        let off = KioskConfig {
            reload: false,
            ..KioskConfig::default()
        };
        assert_eq!(watched(Some(&on), Some(&folder)), Some(&folder));
        assert_eq!(watched(Some(&off), Some(&folder)), None);
        assert_eq!(watched(None, Some(&folder)), None);
        assert_eq!(watched(Some(&on), None), None);
    }
}
