//! The program's own way of running the reader on the terminal
//! (`immunoguide::session`), made to fail the ways a released program
//! cannot be made to from outside, so `tests/pty/restore.rs` can check in a
//! real terminal that the screen is put back before anything is said:
//!
//! ```text
//! terminal-faults broken-guide [--kiosk LOG]   the rest of the guide fails after the welcome screen
//! terminal-faults draw-error   [--kiosk LOG]   drawing fails once the screen is set up
//! terminal-faults panic        [--kiosk LOG]   drawing panics once the screen is set up
//! terminal-faults no-mouse draw-error          the same without mouse capture
//! ```

// An example stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::io::Stdout;
use std::path::PathBuf;
use std::process::ExitCode;

use immunoguide::console::BasicColours;
use immunoguide::content::problem::file_problem;
use immunoguide::content::{Embedded, Guide, load_about};
use immunoguide::kiosk::config::KioskConfig;
use immunoguide::session::{Session, run, run_on};
use immunoguide::settings::ThemeName;
use immunoguide::ui::Theme;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// Crossterm, failing or panicking on the first frame.
struct Failing {
    inner: CrosstermBackend<BasicColours<Stdout>>,
    panic: bool,
}

impl Backend for Failing {
    type Error = std::io::Error;

    fn draw<'a, I: Iterator<Item = (u16, u16, &'a Cell)>>(&mut self, _: I) -> std::io::Result<()> {
        if self.panic {
            panic!("a panic while drawing, made by terminal-faults");
        }
        Err(std::io::Error::other(
            "an error while drawing, made by terminal-faults",
        ))
    }
    fn hide_cursor(&mut self) -> std::io::Result<()> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> std::io::Result<()> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> std::io::Result<Position> {
        self.inner.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, p: P) -> std::io::Result<()> {
        self.inner.set_cursor_position(p)
    }
    fn clear(&mut self) -> std::io::Result<()> {
        self.inner.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> std::io::Result<()> {
        self.inner.clear_region(clear_type)
    }
    fn size(&self) -> std::io::Result<Size> {
        self.inner.size()
    }
    fn window_size(&mut self) -> std::io::Result<WindowSize> {
        self.inner.window_size()
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kiosk = args
        .iter()
        .position(|a| a == "--kiosk")
        .map(|at| KioskConfig {
            log_file: args.get(at + 1).map(PathBuf::from),
            reload: false,
            ..KioskConfig::default()
        });
    let about = load_about(&Embedded).expect("the built-in manifest");
    let failing_rest = args.iter().any(|a| a == "broken-guide");
    let session = Session {
        guide: Guide::welcome_only(about),
        rest: Some(Box::new(move || {
            if failing_rest {
                Err(vec![file_problem(
                    "guide.toml",
                    "A problem made by terminal-faults.",
                )])
            } else {
                immunoguide::content::load(&Embedded)
            }
        })),
        mouse: !args.iter().any(|a| a == "no-mouse"),
        kiosk,
        folder: None,
        // As the program does: NO_COLOR read once, at start-up.
        theme: Theme::new(ThemeName::Dark, std::env::var_os("NO_COLOR").as_deref()),
        plain: false,
        places: None,
    };
    if failing_rest {
        return run(session);
    }
    let panic = args.iter().any(|a| a == "panic");
    run_on(session, |out| Failing {
        inner: CrosstermBackend::new(BasicColours::new(out)),
        panic,
    })
}
