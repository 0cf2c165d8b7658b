//! The command line: what a person or a clinic's setup script can ask for.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::PossibleValue;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::content::{Embedded, Folder, Guide, load, load_about};
use crate::kiosk::config::{KioskConfig, load_config};
use crate::message::say;
use crate::places::PlacesFile;
use crate::report;
use crate::session::{RestOfGuide, Session};
use crate::settings::{PLAIN_VARIABLE, THEME_VARIABLE, ThemeName, choose_plain, choose_theme};
use crate::ui::Theme;

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
    /// Run as a kiosk for a waiting room: no way out for the public, reset
    /// after idle time, large touch buttons (see docs/kiosk.md).
    #[arg(long)]
    pub kiosk: bool,
    /// Start clean: forget the place you were reading and your bookmarks.
    #[arg(long)]
    pub fresh: bool,
    /// Kiosk settings file (implies --kiosk).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// How the screen looks. auto (the default) asks the terminal whether
    /// its background is dark or light; high-contrast is bright white on
    /// black with bold titles and links, for low vision. Without this
    /// option, the kiosk setting `theme` or the IMMUNOGUIDE_THEME
    /// environment variable is used; t changes the look while reading;
    /// NO_COLOR turns the colours off in every theme.
    #[arg(long, value_enum, value_name = "THEME", ignore_case = true)]
    pub theme: Option<ThemeName>,
    /// For screen readers and magnifiers: one column, no box drawing,
    /// callouts labelled in words, and the cursor on what is chosen. The
    /// IMMUNOGUIDE_PLAIN=1 environment variable or the kiosk setting
    /// `plain = true` does the same.
    #[arg(long)]
    pub plain: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a guide folder for errors and warnings (for staff editing it).
    Check {
        /// The guide folder: one holding guide.toml is checked alone; one
        /// holding a folder per language (en/, es/) has each checked, and
        /// each translation against the English guide.
        dir: Option<PathBuf>,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
        /// Also print a table of every section, for each language: words,
        /// reading grade (Spanish: INFLESZ reading ease), with glossary
        /// words left out and over all words, sources and dates.
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
    /// Write a handout to print or hand out: one self-contained web page
    /// (with pages to fill in, the sources and the glossary), or Markdown.
    Export {
        /// html: one file to open and print in a web browser; md: Markdown
        /// to edit further.
        #[arg(long, value_enum, value_name = "FORMAT", default_value = "html")]
        format: ExportFormat,
        /// Write to this file instead of the standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Only these sections, each with the sections inside it (see the
        /// ids in `check --report`). Without any, the whole guide.
        #[arg(value_name = "SECTION")]
        sections: Vec<String>,
    },
    /// Kiosk tools for clinic staff.
    Kiosk {
        #[command(subcommand)]
        command: KioskCommand,
    },
    /// Print the tab-completion script for a shell.
    ///
    /// For example, for bash:
    /// `immunoguide completions bash > ~/.local/share/bash-completion/completions/immunoguide`.
    /// The Debian package installs the bash, zsh and fish scripts itself.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Html,
    Md,
}

#[derive(Debug, Subcommand)]
pub enum KioskCommand {
    /// Make the PIN hash for the kiosk settings file. Asks for the PIN twice
    /// without showing it, and prints the hash to paste as `pin_hash`.
    HashPin,
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    match &cli.command {
        Some(Command::Check {
            dir,
            strict,
            report,
        }) => {
            let dir = dir.clone().or(cli.guide.clone());
            crate::check::run(dir.as_deref(), *strict, *report)
        }
        Some(Command::Print { section, width }) => match open_guide(cli.guide.as_ref()) {
            Ok(guide) => crate::print::run(&guide, section.as_deref(), *width),
            Err(code) => code,
        },
        Some(Command::Export {
            format,
            out,
            sections,
        }) => match open_guide(cli.guide.as_ref()) {
            Ok(guide) => {
                let format = match format {
                    ExportFormat::Html => crate::export::Format::Html,
                    ExportFormat::Md => crate::export::Format::Markdown,
                };
                crate::export::run(&guide, format, out.as_deref(), sections)
            }
            Err(code) => code,
        },
        Some(Command::Kiosk {
            command: KioskCommand::HashPin,
        }) => crate::pin_entry::hash_pin_command(),
        Some(Command::Completions { shell }) => {
            crate::install_files::print_completions(Cli::command(), *shell)
        }
        None => interactive(&cli),
    }
}

/// A mistake on the command line (or --help, --version), printed with any
/// escape codes from the arguments shown as their codes.
fn usage_error(e: &clap::Error) -> ExitCode {
    let text = e.render().to_string();
    let shown: Vec<String> = text.lines().map(crate::content::problem::visible).collect();
    let shown = shown.join("\n") + "\n";
    if e.use_stderr() {
        crate::message::say(shown.trim_end());
    } else {
        crate::message::print(&shown);
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

fn interactive(cli: &Cli) -> ExitCode {
    let kiosk = match kiosk_config(cli) {
        Ok(kiosk) => kiosk,
        Err(code) => return code,
    };
    let folder = cli
        .guide
        .clone()
        .or_else(|| kiosk.as_ref().and_then(|k| k.guide.clone()));
    if !std::io::stdout().is_terminal() {
        let guide = match open_guide(folder.as_ref()) {
            Ok(guide) => guide,
            Err(code) => return code,
        };
        if kiosk.is_some() {
            say("immunoguide: kiosk mode needs a terminal to show the guide on.");
            return ExitCode::from(1);
        }
        return crate::print::run(&guide, None, 80);
    }
    let (guide, rest) = match &folder {
        // A guide from a folder is checked whole before the screen
        // changes: one with problems never opens.
        Some(_) => match open_guide(folder.as_ref()) {
            Ok(guide) => (guide, None),
            Err(code) => return code,
        },
        // The built-in guide passed the same checks when it was built, so
        // its welcome screen is shown from the manifest alone while the
        // rest loads beside it.
        None => match load_about(&Embedded) {
            Ok(about) => (Guide::welcome_only(about), Some(rest_of_embedded())),
            Err(problems) => return report::cannot_open(&problems),
        },
    };
    // Checked before the screen changes, so a mistake is seen.
    let theme = match choose_theme(
        cli.theme,
        kiosk.as_ref().and_then(|k| k.theme),
        std::env::var_os(THEME_VARIABLE).as_deref(),
    ) {
        Ok(theme) => theme,
        Err(message) => {
            say(format!("immunoguide: {message}"));
            return ExitCode::from(1);
        }
    };
    let plain = match choose_plain(
        cli.plain,
        kiosk.as_ref().and_then(|k| k.plain),
        std::env::var_os(PLAIN_VARIABLE).as_deref(),
    ) {
        Ok(plain) => plain,
        Err(message) => {
            say(format!("immunoguide: {message}"));
            return ExitCode::from(1);
        }
    };
    // NO_COLOR (https://no-color.org) is read here, once, so drawing
    // never looks at the environment.
    let theme = Theme::new(theme, std::env::var_os("NO_COLOR").as_deref());
    // A kiosk keeps nothing of a visitor: no places file at all.
    let places = match kiosk {
        Some(_) => None,
        None => PlacesFile::in_state_dir(cli.fresh),
    };
    crate::session::run(Session {
        guide,
        rest,
        mouse: !cli.no_mouse,
        kiosk,
        folder,
        theme,
        plain,
        places,
    })
}

// By hand rather than derived, so the settings module does not depend on
// the command line library.
impl ValueEnum for ThemeName {
    fn value_variants<'a>() -> &'a [Self] {
        &ThemeName::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let value = PossibleValue::new(self.name());
        Some(match self {
            // `standard` is the old name of `auto` (see settings.rs).
            ThemeName::Auto => value
                .alias(crate::settings::OLD_STANDARD)
                .help("dark or light, as the terminal's background is (the default)"),
            ThemeName::Dark => value.help("the usual colours, for a dark background"),
            ThemeName::Light => value.help("the usual colours, for a light background"),
            ThemeName::HighContrast => {
                value.help("bright white on black, bold titles and links, for low vision")
            }
        })
    }
}

/// Reads the whole built-in guide.
fn rest_of_embedded() -> RestOfGuide {
    Box::new(|| load(&Embedded))
}

/// The kiosk settings, if kiosk mode was asked for. Bad settings stop the
/// program before the screen changes, with every problem listed.
fn kiosk_config(cli: &Cli) -> Result<Option<KioskConfig>, ExitCode> {
    match &cli.config {
        Some(path) => load_config(path).map(Some).map_err(|problems| {
            report::problems(&problems);
            say(format!(
                "immunoguide: the kiosk settings have {} problem(s); the kiosk did not start. See docs/kiosk.md.",
                problems.len()
            ));
            ExitCode::from(1)
        }),
        None if cli.kiosk => Ok(Some(KioskConfig::default())),
        None => Ok(None),
    }
}

/// Loads the guide from a folder, or the built-in one, or explains why it
/// cannot.
pub fn open_guide(folder: Option<&PathBuf>) -> Result<Guide, ExitCode> {
    let loaded = match folder {
        Some(dir) => match Folder::open(dir) {
            Ok(folder) => load(&folder),
            Err(message) => {
                say(format!("immunoguide: {message}"));
                return Err(ExitCode::from(1));
            }
        },
        None => load(&Embedded),
    };
    let guide = loaded.map_err(|problems| report::cannot_open(&problems))?;
    report::screen_words(&guide.phrase_problems);
    Ok(guide)
}
