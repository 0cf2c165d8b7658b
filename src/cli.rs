//! The command line: what a person or a clinic's setup script can ask for.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::content::{Embedded, Folder, Guide, Problem, load};

#[derive(Debug, Parser)]
#[command(
    name = "immunoguide",
    version,
    about = "A plain-language guide to cancer immunotherapy, for patients and families.",
    long_about = "A plain-language guide to cancer immunotherapy, for patients and families.\n\nRun it with no command to open the guide. When its output is not a terminal, it prints the guide as plain text."
)]
pub struct Cli {
    /// Read the guide from this folder instead of the built-in one.
    #[arg(long, value_name = "DIR", global = true)]
    pub guide: Option<PathBuf>,
    /// Do not capture the mouse (lets the terminal select text as usual).
    #[arg(long)]
    pub no_mouse: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a guide folder for errors and warnings (for staff editing it).
    Check {
        /// The guide folder (holding guide.toml, or en/guide.toml).
        dir: Option<PathBuf>,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
        /// Also print a table of every section: words, reading grade,
        /// sources and reviewed date.
        #[arg(long)]
        report: bool,
    },
    /// Print the guide, or one section, as plain text.
    Print {
        /// The id of a section (see the ids in `check --report`).
        section: Option<String>,
        /// Wrap lines at this many columns.
        #[arg(long, default_value_t = 80)]
        width: u16,
    },
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check {
            ref dir,
            strict,
            report,
        }) => {
            let dir = dir.clone().or(cli.guide.clone());
            crate::check::run(dir.as_deref(), strict, report)
        }
        Some(Command::Print { ref section, width }) => match open_guide(&cli) {
            Ok(guide) => crate::print::run(&guide, section.as_deref(), width),
            Err(code) => code,
        },
        None => match open_guide(&cli) {
            Ok(guide) => {
                if std::io::stdout().is_terminal() {
                    crate::terminal::run(guide, &cli)
                } else {
                    crate::print::run(&guide, None, 80)
                }
            }
            Err(code) => code,
        },
    }
}

/// Loads the guide the person asked for, or explains why it cannot.
pub fn open_guide(cli: &Cli) -> Result<Guide, ExitCode> {
    let loaded = match &cli.guide {
        Some(dir) => match Folder::open(dir) {
            Ok(folder) => load(&folder),
            Err(message) => {
                eprintln!("immunoguide: {message}");
                return Err(ExitCode::from(1));
            }
        },
        None => load(&Embedded),
    };
    loaded.map_err(|problems| {
        report_problems(&problems);
        eprintln!(
            "immunoguide: the guide has {} problem(s) and cannot be opened. Fix them and try again; `immunoguide check` lists them.",
            problems.len()
        );
        ExitCode::from(1)
    })
}

pub fn report_problems(problems: &[Problem]) {
    for problem in problems {
        eprintln!("{problem}");
    }
}
