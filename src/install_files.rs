//! The files a package installs beside the program: manual pages and shell
//! completion scripts. Both are made from the command line's own definition
//! (passed in, so this module does not depend on `cli`), so they always list
//! the options and commands the program really has. `immunoguide
//! completions SHELL` prints a script; the man pages are written by
//! `examples/man-pages.rs` when the package is built.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Command;
use clap_complete::{Generator, Shell};
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};

/// The name people type, which the scripts and pages complete and show.
pub const PROGRAM: &str = "immunoguide";

/// One manual page: its file name (`immunoguide-check.1`) and its roff text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManPage {
    pub file_name: String,
    pub text: String,
}

/// `immunoguide completions SHELL`: the script, on standard output.
pub fn print_completions(cmd: Command, shell: Shell) -> ExitCode {
    match completion_script(cmd, shell) {
        Ok(script) => write_to_stdout("completions", script.as_bytes()),
        Err(e) => {
            eprintln!("immunoguide completions: could not make the {shell} script: {e}");
            ExitCode::from(1)
        }
    }
}

/// The completion script for one shell.
pub fn completion_script(mut cmd: Command, shell: Shell) -> io::Result<String> {
    cmd.set_bin_name(PROGRAM);
    cmd.build();
    // Into memory first: the generators panic if their writer fails (a
    // closed pipe, a full disk); writing to a Vec cannot fail.
    let mut script = Vec::new();
    shell.try_generate(&cmd, &mut script)?;
    String::from_utf8(script).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// Every manual page, the program's own first, then one per command that
/// `--help` shows (`immunoguide-check(1)`, as git and cargo do), nested
/// commands included. `date` is shown at the foot of each page; the
/// packaging script passes the date of the last commit, so the pages do
/// not change from one build to the next.
pub fn man_pages(cmd: Command, date: &str) -> Vec<ManPage> {
    let mut cmd = cmd.name(PROGRAM).disable_help_subcommand(true);
    cmd.build();
    let version = cmd.get_version().unwrap_or_default().to_owned();
    let title = Title {
        date,
        source: &format!("{PROGRAM} {version}"),
    };
    let mut pages = Vec::new();
    collect_pages(&cmd, None, &title, &mut pages);
    pages
}

/// What every page's title line shares.
struct Title<'a> {
    date: &'a str,
    source: &'a str,
}

fn collect_pages(cmd: &Command, parent: Option<&str>, title: &Title, pages: &mut Vec<ManPage>) {
    let man = Man::new(cmd.clone());
    let file_name = man.get_filename();
    let page_name = file_name.trim_end_matches(".1").to_owned();
    let mut text = Vec::new();
    // Rendering into a Vec cannot fail.
    let _ = man.render(&mut text);
    let text = String::from_utf8_lossy(&text).into_owned();
    let extra = match parent {
        None => program_sections(),
        Some(parent) => see_also(&[parent]),
    };
    let text = replace_title_line(text, &title_line(&page_name, title));
    pages.push(ManPage {
        file_name,
        text: insert_before_version(text, &extra),
    });
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect_pages(sub, Some(&page_name), title, pages);
    }
}

/// The `.TH` line. Written here because clap_mangen leaves an empty date
/// out altogether, which moves the source and manual into the wrong places;
/// every argument is quoted, so an empty one keeps its place.
fn title_line(page_name: &str, title: &Title) -> String {
    let quoted = |text: &str| format!("\"{}\"", text.replace(['"', '\\', '\n'], ""));
    format!(
        ".TH {} 1 {} {} {}\n",
        quoted(&page_name.to_uppercase()),
        quoted(title.date),
        quoted(title.source),
        quoted("immunoguide manual")
    )
}

fn replace_title_line(page: String, line: &str) -> String {
    let mut out = String::with_capacity(page.len() + line.len());
    for old in page.split_inclusive('\n') {
        if old.starts_with(".TH ") {
            out.push_str(line);
        } else {
            out.push_str(old);
        }
    }
    out
}

/// The sections clap does not know about, for the program's own page.
fn program_sections() -> String {
    let mut roff = Roff::new();
    roff.control("SH", ["EXIT STATUS"]).text([roman(
        "0 when it did what was asked. Anything else means it could not, and standard \
             error says why; 2 is a mistake in the command line. When ended by SIGTERM or \
             SIGHUP (as by systemctl stop), the status is 128 plus the signal number: 143 \
             or 129.",
    )]);
    roff.control("SH", ["ENVIRONMENT"]);
    definition(
        &mut roff,
        "NO_COLOR",
        "Any value but empty turns colours off; bold, underline and reverse video stay, \
         and nothing in the guide depends on colour alone.",
    );
    definition(
        &mut roff,
        "IMMUNOGUIDE_THEME",
        "auto (dark or light, as the terminal's background is), dark, light or \
         high-contrast (bright white on black, for low vision), used when neither --theme \
         nor the kiosk setting theme chooses one. Any other value stops the program with \
         a message.",
    );
    roff.control("SH", ["FILES"]);
    definition(
        &mut roff,
        "/etc/immunoguide/kiosk.toml",
        "Kiosk settings, read with --config: idle time, staff keys, the staff PIN hash, \
         the guide folder, the log file and the theme. Every mistake is reported with its \
         line and column.",
    );
    definition(
        &mut roff,
        "/etc/immunoguide/foot.ini",
        "Terminal settings (font size, colours, keys) for the touch-screen kiosk, which \
         runs the guide in the foot terminal under the cage compositor.",
    );
    definition(
        &mut roff,
        "/usr/lib/systemd/system/immunoguide-kiosk.service",
        "Runs the kiosk on the first text console. immunoguide-kiosk-touch.service runs \
         it on a touch screen instead.",
    );
    definition(
        &mut roff,
        "/usr/share/doc/immunoguide/",
        "The documentation: kiosk.md (kiosk mode and every setting), deploy/README.md \
         (setting up a kiosk step by step), guide-format.md (writing a guide), and \
         example settings in examples/.",
    );
    let mut text = roff.to_roff();
    text.push_str(&see_also(&[
        "cage(1)",
        "foot(1)",
        "foot.ini(5)",
        "systemctl(1)",
    ]));
    text
}

/// A SEE ALSO section naming other pages.
fn see_also(pages: &[&str]) -> String {
    let mut roff = Roff::new();
    roff.control("SH", ["SEE ALSO"]);
    let mut line = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        if i > 0 {
            line.push(roman(", "));
        }
        match page.split_once('(') {
            Some((name, section)) => {
                line.push(bold(name));
                line.push(roman(format!("({section}")));
            }
            None => {
                line.push(bold(*page));
                line.push(roman("(1)"));
            }
        }
    }
    roff.text(line);
    roff.to_roff()
}

/// A term and what it means, as a tagged paragraph.
fn definition(roff: &mut Roff, term: &str, meaning: &str) {
    roff.control("TP", [])
        .text([bold(term)])
        .text([roman(meaning)]);
}

/// Puts the extra sections before VERSION (which clap_mangen writes last),
/// where a reader of man pages expects them.
fn insert_before_version(mut page: String, extra: &str) -> String {
    match page.find("\n.SH VERSION") {
        Some(at) => page.insert_str(at + 1, extra),
        None => page.push_str(extra),
    }
    page
}

/// Writes to standard output; a closed pipe (`| head`) is a normal way to
/// stop reading, not an error.
fn write_to_stdout(command: &str, bytes: &[u8]) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("immunoguide {command}: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_sections_go_before_version() {
        let page = ".TH X 1\n.SH NAME\nx\n.SH VERSION\nv1\n".to_owned();
        let out = insert_before_version(page, ".SH FILES\nf\n");
        assert_eq!(out, ".TH X 1\n.SH NAME\nx\n.SH FILES\nf\n.SH VERSION\nv1\n");
    }

    #[test]
    fn title_line_keeps_an_empty_date_in_its_place() {
        let title = Title {
            date: "",
            source: "immunoguide 1.2.3",
        };
        assert_eq!(
            title_line("immunoguide-check", &title),
            ".TH \"IMMUNOGUIDE-CHECK\" 1 \"\" \"immunoguide 1.2.3\" \"immunoguide manual\"\n"
        );
    }

    #[test]
    fn only_the_title_line_is_replaced() {
        let page = ".ie x\n.TH old 1  \"s\"\n.SH NAME\n".to_owned();
        assert_eq!(
            replace_title_line(page, ".TH new\n"),
            ".ie x\n.TH new\n.SH NAME\n"
        );
    }

    #[test]
    fn extra_sections_go_last_without_version() {
        let out = insert_before_version(".SH NAME\nx\n".to_owned(), ".SH FILES\nf\n");
        assert_eq!(out, ".SH NAME\nx\n.SH FILES\nf\n");
    }

    #[test]
    fn see_also_keeps_sections_and_defaults_to_1() {
        let text = see_also(&["immunoguide", "foot.ini(5)"]);
        assert!(text.starts_with(".SH \"SEE ALSO\"\n"), "{text}");
        assert!(text.contains("\\fBimmunoguide\\fR(1)"), "{text}");
        assert!(text.contains("\\fBfoot.ini\\fR(5)"), "{text}");
    }
}
