//! The command line: what a person or a clinic's setup script can ask for.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::PossibleValue;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::kiosk::config::{KioskConfig, load_config};
use crate::language::Language;
use crate::message::say;
use crate::opening::{open_for_reading, open_guide};
use crate::places::PlacesFile;
use crate::report;
use crate::session::{Languages, Session};
use crate::settings::{
    Locale, PLAIN_VARIABLE, THEME_VARIABLE, ThemeName, choose_language, choose_plain, choose_theme,
};
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
    /// The language to read the guide in: es (Español) or en (English).
    /// Without this option, the kiosk setting `language`, then the
    /// computer's language (LC_ALL, LC_MESSAGES or LANG: es_US.UTF-8 is
    /// Spanish), then English. L switches language while reading.
    #[arg(long, value_enum, value_name = "LANGUAGE", ignore_case = true)]
    pub lang: Option<Language>,
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
        /// The language to print in: es (Español) or en (English).
        /// Without it, the computer's language (LANG), then English.
        #[arg(long, value_enum, value_name = "LANGUAGE", ignore_case = true)]
        lang: Option<Language>,
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
        /// The language of the handout: es (Español) or en (English).
        /// Without it, the computer's language (LANG), then English.
        #[arg(long, value_enum, value_name = "LANGUAGE", ignore_case = true)]
        lang: Option<Language>,
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
        Some(Command::Print {
            section,
            width,
            lang,
        }) => match open_guide(cli.guide.as_deref(), wanted(&cli, *lang, None)) {
            Ok(guide) => crate::print::run(&guide, section.as_deref(), *width),
            Err(code) => code,
        },
        Some(Command::Export {
            format,
            out,
            sections,
            lang,
        }) => match open_guide(cli.guide.as_deref(), wanted(&cli, *lang, None)) {
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

/// The language asked for: `--lang` after the command or before it, then
/// the kiosk's setting, then the computer's language, read here once.
fn wanted(cli: &Cli, lang: Option<Language>, kiosk: Option<Language>) -> Option<Language> {
    choose_language(lang.or(cli.lang), kiosk, &Locale::from_environment())
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
    let wanted = wanted(cli, None, kiosk.as_ref().and_then(|k| k.language));
    if !std::io::stdout().is_terminal() {
        let guide = match open_guide(folder.as_deref(), wanted) {
            Ok(guide) => guide,
            Err(code) => return code,
        };
        if kiosk.is_some() {
            say("immunoguide: kiosk mode needs a terminal to show the guide on.");
            return ExitCode::from(1);
        }
        return crate::print::run(&guide, None, 80);
    }
    let opening = match open_for_reading(folder.as_deref(), wanted) {
        Ok(opening) => opening,
        Err(code) => return code,
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
        guide: opening.guide,
        rest: opening.rest,
        mouse: !cli.no_mouse,
        kiosk,
        folder,
        theme,
        plain,
        places,
        languages: Languages {
            shown: opening.language,
            all: opening.languages,
            others: opening.others,
            later: opening.others_later,
            notice: opening.notice,
        },
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

// By hand, as for the theme: the language type knows nothing of the
// command line library.
impl ValueEnum for Language {
    fn value_variants<'a>() -> &'a [Self] {
        &Language::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let help = match self {
            Language::English => "English",
            Language::Spanish => "Español (Spanish)",
        };
        Some(PossibleValue::new(self.code()).help(help))
    }
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
