//! The terminal is put back on every way out, proven on the bytes the
//! program writes to a real pseudo-terminal and on the terminal's settings
//! (raw mode, by comparing termios before and after). tests/e2e.rs already
//! covers a normal quit, Ctrl-C, SIGTERM, SIGHUP, SIGINT and closing the
//! terminal in interactive mode; this file covers the rest:
//!
//! - an error after the screen is set up (exit status 1), a panic (101)
//!   and the built-in guide failing after its welcome screen (1),
//!   interactive, with `--no-mouse`, and in kiosk mode: the terminal is
//!   restored first, then the message is printed on the normal screen.
//!   A released program cannot be made to fail so from outside, so these
//!   run the program's own session code from the `terminal-faults`
//!   example, with a backend that fails or a guide that does;
//! - every other signal that would end the program (SIGQUIT, SIGUSR1,
//!   SIGUSR2, SIGALRM, SIGPIPE), SIGTERM and SIGHUP in kiosk mode, and
//!   SIGTSTP then SIGCONT (the terminal given back, then taken again);
//! - a kiosk left by staff with the keys and the PIN;
//!
//! and the colour conventions of what is written: with NO_COLOR no colour
//! at all, on the Linux console no 256-colour or true-colour sequences, and
//! without colour the selected entry and search matches in reverse video.

#![cfg(unix)]

mod common;

use std::path::PathBuf;

use common::{
    DOWN, ENTER, ESC, SIGHUP, SIGTERM, TempDir, Tui, UP, colours_in, example, guide_sections,
    sgr_sequences,
};

const SIGQUIT: i32 = 3;
const SIGUSR1: i32 = 10;
const SIGUSR2: i32 = 12;
const SIGPIPE: i32 = 13;
const SIGALRM: i32 = 14;
const SIGCONT: i32 = 18;
const SIGTSTP: i32 = 20;

/// The staff keys of the default kiosk settings, as a terminal sends
/// them: Alt is an ESC in front, Ctrl+S is 0x13 and Ctrl+T is 0x14.
const CTRL_ALT_S: &str = "\x1b\x13";
const CTRL_ALT_T: &str = "\x1b\x14";
const PIN: &str = "2468";

const ERROR_MESSAGE: &str =
    "immunoguide: the terminal could not be used: an error while drawing, made by terminal-faults";
const PANIC_MESSAGE: &str = "a panic while drawing, made by terminal-faults";
/// A backtrace would push the panic's message off a 24-row screen.
const NO_BACKTRACE: (&str, &str) = ("RUST_BACKTRACE", "0");

/// A kiosk settings file with a staff PIN and a log, in a temporary folder.
struct Kiosk {
    dir: TempDir,
}

impl Kiosk {
    fn new(name: &str) -> Kiosk {
        let dir = TempDir::new(name);
        let hash = immunoguide::kiosk::pin::hash_pin(PIN).expect("hash the PIN");
        let config = format!("pin_hash = \"{hash}\"\nlog_file = \"kiosk.log\"\nreload = false\n");
        std::fs::write(dir.path().join("kiosk.toml"), config).expect("write the settings");
        Kiosk { dir }
    }

    fn config(&self) -> String {
        self.dir
            .path()
            .join("kiosk.toml")
            .to_str()
            .expect("a UTF-8 temporary path")
            .to_string()
    }

    fn log_path(&self) -> String {
        self.dir
            .path()
            .join("kiosk.log")
            .to_str()
            .expect("a UTF-8 temporary path")
            .to_string()
    }

    fn log(&self) -> String {
        let path: PathBuf = self.dir.path().join("kiosk.log");
        std::fs::read_to_string(path).unwrap_or_default()
    }
}

fn exits_with(tui: &mut Tui, code: u32) {
    let status = tui.wait_exit();
    assert!(
        status.signal().is_none(),
        "killed by a signal: {status:?}\n{}",
        tui.describe()
    );
    assert_eq!(status.exit_code(), code, "exit status\n{}", tui.describe());
}

fn faults(args: &[&str]) -> Tui {
    Tui::spawn_program(&example("terminal-faults"), args, 80, 24, &[NO_BACKTRACE])
}

// ---------------------------------------------------------------------------
// An error and a panic after the screen is set up.

#[test]
fn an_error_restores_the_terminal_then_says_why_and_exits_1() {
    let mut tui = faults(&["draw-error"]);
    exits_with(&mut tui, 1);
    tui.assert_restored_before_message(ERROR_MESSAGE);
}

/// The built-in guide's welcome screen is up before the rest is read; if
/// the rest failed (it cannot in a released build, as the tests check it),
/// the screen is put back before the problems are listed.
#[test]
fn a_guide_that_fails_after_the_welcome_screen_restores_the_terminal_and_exits_1() {
    let mut tui = faults(&["broken-guide"]);
    exits_with(&mut tui, 1);
    tui.assert_restored_before_message("A problem made by terminal-faults.");
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(
        raw.contains("Press Enter"),
        "the welcome screen was drawn: {raw}"
    );
    assert!(
        raw.contains("cannot be opened"),
        "says it cannot open: {raw}"
    );
}

#[test]
fn a_panic_restores_the_terminal_then_shows_the_panic_and_exits_101() {
    let mut tui = faults(&["panic"]);
    exits_with(&mut tui, 101);
    tui.assert_restored_before_message(PANIC_MESSAGE);
}

#[test]
fn without_the_mouse_an_error_and_a_panic_restore_the_terminal() {
    let mut tui = faults(&["no-mouse", "draw-error"]);
    exits_with(&mut tui, 1);
    tui.assert_restored_before_message(ERROR_MESSAGE);

    let mut tui = faults(&["no-mouse", "panic"]);
    exits_with(&mut tui, 101);
    tui.assert_restored_before_message(PANIC_MESSAGE);
}

#[test]
fn in_kiosk_mode_an_error_restores_the_terminal_and_is_logged() {
    let kiosk = Kiosk::new("kiosk-error");
    let log_path = kiosk.log_path();
    let mut tui = faults(&["draw-error", "--kiosk", &log_path]);
    exits_with(&mut tui, 1);
    tui.assert_restored_before_message(ERROR_MESSAGE);
    // Staff read the log to learn why the screen went back to a shell.
    let log = kiosk.log();
    assert!(log.contains("Kiosk started."), "the log: {log:?}");
    assert!(
        log.contains("Kiosk stopped (the terminal could not be used: an error while drawing"),
        "the kiosk stopped on an error and the staff log does not say why: {log:?}"
    );
}

#[test]
fn in_kiosk_mode_a_panic_restores_the_terminal_and_is_logged() {
    let kiosk = Kiosk::new("kiosk-panic");
    let log_path = kiosk.log_path();
    let mut tui = faults(&["panic", "--kiosk", &log_path]);
    exits_with(&mut tui, 101);
    tui.assert_restored_before_message(PANIC_MESSAGE);
    let log = kiosk.log();
    assert!(
        log.contains("The kiosk stopped after an internal error at examples/terminal-faults.rs:"),
        "the log: {log:?}"
    );
    assert!(
        !log.contains(PANIC_MESSAGE),
        "the log holds the panic's words, not only its place: {log:?}"
    );
}

// ---------------------------------------------------------------------------
// Signals e2e.rs does not send, and the kiosk's ways out.

fn signal_restores(args: &[&str], signal: i32, wait_for: &str) -> Tui {
    let mut tui = Tui::spawn(args, 80, 24);
    tui.wait_for(wait_for);
    tui.signal(signal);
    exits_with(&mut tui, 128 + signal as u32);
    tui.assert_restored();
    tui
}

/// SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM and SIGPIPE would end a program
/// that did not catch them, leaving the screen as it was.
#[test]
fn every_other_ending_signal_restores_the_terminal_and_exits_128_plus_n() {
    for signal in [SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE] {
        signal_restores(&[], signal, "Press Enter");
    }
}

#[test]
fn in_kiosk_mode_sigterm_and_sighup_restore_the_terminal_and_log_why() {
    for (signal, why) in [
        (SIGTERM, "SIGTERM: asked to stop"),
        (SIGHUP, "SIGHUP: the terminal was closed"),
    ] {
        let kiosk = Kiosk::new("kiosk-signal");
        let config = kiosk.config();
        signal_restores(&["--config", &config], signal, "Press Enter");
        let log = kiosk.log();
        assert!(
            log.contains(&format!("Kiosk stopped ({why}")),
            "signal {signal}: the log: {log:?}"
        );
    }
}

/// The process's state letter from /proc: `T` once it is stopped.
fn stopped(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| {
            stat.rsplit_once(") ")
                .and_then(|(_, rest)| rest.chars().next())
        })
        .is_some_and(|state| state == 'T' || state == 't')
}

#[test]
fn sigtstp_gives_the_terminal_back_and_sigcont_takes_it_again() {
    let mut tui = Tui::spawn(&[], 80, 24);
    tui.wait_for("Press Enter");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.signal(SIGTSTP);
    let deadline = std::time::Instant::now() + common::timeout();
    while !stopped(tui.pid()) {
        if std::time::Instant::now() >= deadline {
            tui.fail("the program did not stop after SIGTSTP");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // Stopped, with the terminal as the shell needs it.
    tui.assert_restored();
    tui.signal(SIGCONT);
    tui.wait_until("the reader drawn again on the alternate screen", |s| {
        s.contains("Page 1 of")
    });
    tui.with_screen(|s| assert!(s.alternate_screen(), "not on the alternate screen"));
    tui.send("]");
    tui.wait_until("the next section after going on", |s| {
        s.lines().next().is_some_and(|row| !row.is_empty()) && s.contains("Page 1 of")
    });
    tui.send("q");
    exits_with(&mut tui, 0);
    tui.assert_restored();
}

#[test]
fn a_kiosk_ignores_sigtstp() {
    let mut tui = Tui::spawn(&["--kiosk"], 80, 24);
    tui.wait_for("Press Enter");
    tui.signal(SIGTSTP);
    // A stopped program could not act on the key.
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    assert!(!stopped(tui.pid()));
    tui.signal(SIGTERM);
    exits_with(&mut tui, 143);
    tui.assert_restored();
}

#[test]
fn staff_leave_the_kiosk_with_the_keys_and_the_pin() {
    let kiosk = Kiosk::new("kiosk-staff");
    let config = kiosk.config();
    let mut tui = Tui::spawn(&["--config", &config], 80, 24);
    tui.wait_for("Press Enter");
    // What a visitor might press first: none of it leaves.
    tui.send("q");
    tui.send("\x03");
    tui.send(ESC);
    // A lone ESC is a key only once nothing follows it for a moment;
    // ESC then Enter at once is Alt+Enter.
    tui.wait_quiet();
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    assert!(tui.try_status().is_none(), "{}", tui.describe());
    tui.send(CTRL_ALT_S);
    tui.send(CTRL_ALT_T);
    tui.wait_for("Staff only");
    tui.send(PIN);
    tui.send(ENTER);
    exits_with(&mut tui, 0);
    tui.assert_restored();
    let log = kiosk.log();
    assert!(
        log.contains("Staff left kiosk mode with the PIN."),
        "the log: {log:?}"
    );
    assert!(!log.contains(PIN), "the log holds the PIN: {log:?}");
}

// ---------------------------------------------------------------------------
// Colour conventions.

/// Cells or runs of cells: their text, and whether in reverse video.
type Cells = Vec<(String, bool)>;

/// Reads the guide as a person checking the colours would: the contents
/// list focused, then a search opened at its first result.
fn read_with_colours(env: &[(&str, &str)]) -> (Tui, Cells, Cells) {
    let (_, sections) = guide_sections();
    let mut tui = Tui::spawn_with_env(&[], 100, 30, env);
    tui.wait_for("Press Enter");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.send("c");
    tui.send(DOWN);
    tui.send(UP);
    // Titles may be cut short in the list ("How to use this gu…").
    let selected: String = sections[0].title.chars().take(14).collect();
    tui.wait_until("the contents list to have the focus", |s| {
        s.contains("Enter Read")
    });
    tui.wait_quiet();
    let contents = cells_of_row(&tui, &selected);
    tui.send("c");
    tui.send("/");
    tui.wait_for("Search:");
    tui.send("immune");
    tui.wait_for("places found");
    tui.send(ENTER);
    tui.wait_until("the search box to close", |s| !s.contains("Search:"));
    tui.wait_quiet();
    let matches = cells_matching(&tui, "immune");
    tui.send("q");
    exits_with(&mut tui, 0);
    tui.assert_restored();
    (tui, contents, matches)
}

/// The cells of the first row of the contents list holding `text`:
/// (contents, in reverse video).
fn cells_of_row(tui: &Tui, text: &str) -> Cells {
    tui.with_screen(|s| {
        let (rows, cols) = s.size();
        let cols = cols.get();
        for row in 0..rows.get() {
            let line: String = (0..cols)
                .map(|c| {
                    s.cell(row, c)
                        .map_or(" ".into(), |c| c.contents().to_string())
                })
                .collect();
            // An entry of the contents list, not the breadcrumb above it
            // nor the page's title beside it.
            let in_list: String = line.chars().skip(1).take_while(|&c| c != '│').collect();
            if line.starts_with('│') && in_list.contains(text) {
                return (0..cols)
                    .filter_map(|c| s.cell(row, c))
                    .map(|c| (c.contents().to_string(), c.inverse()))
                    .collect();
            }
        }
        Vec::new()
    })
}

/// Every run of cells in reverse video, as text, with whether it spells
/// `word` (any case).
fn cells_matching(tui: &Tui, word: &str) -> Cells {
    tui.with_screen(|s| {
        let (rows, cols) = s.size();
        let mut runs = Vec::new();
        for row in 0..rows.get() {
            let mut run = String::new();
            for col in 0..=cols.get() {
                match s.cell(row, col) {
                    Some(cell) if cell.inverse() => run.push_str(cell.contents()),
                    _ => {
                        if !run.is_empty() {
                            let hit = run.to_lowercase().contains(word);
                            runs.push((std::mem::take(&mut run), hit));
                        }
                    }
                }
            }
        }
        runs
    })
}

#[test]
fn no_color_writes_no_colour_and_marks_in_reverse_video() {
    let (tui, contents, matches) = read_with_colours(&[("NO_COLOR", "1")]);
    let coloured: Vec<String> = sgr_sequences(&tui.raw())
        .iter()
        .filter(|sgr| !colours_in(sgr).is_empty())
        .cloned()
        .collect();
    assert!(
        coloured.is_empty(),
        "with NO_COLOR=1 these colour sequences were written: {coloured:?}"
    );
    // Information is still there without colour: the selected entry of
    // the contents is in reverse video, and so are the search matches.
    let (_, sections) = guide_sections();
    let selected: String = sections[0].title.chars().take(14).collect();
    let inverse: String = contents
        .iter()
        .filter(|(_, inverse)| *inverse)
        .map(|(c, _)| c.as_str())
        .collect();
    assert!(
        inverse.contains(selected.as_str()),
        "the selected contents entry {selected:?} is not in reverse video; reverse cells of its row: {inverse:?}\n{}",
        tui.describe()
    );
    assert!(
        matches.iter().any(|(_, hit)| *hit),
        "no search match for \"immune\" is in reverse video; reverse runs: {matches:?}\n{}",
        tui.describe()
    );
    // And the emphasis that is used is only bold, underline and reverse.
    let allowed = ["", "0", "1", "4", "7", "22", "24", "27", "39", "49", "59"];
    let other: Vec<&str> = sgr_sequences(&tui.raw())
        .iter()
        .flat_map(|sgr| sgr.split(';').map(str::to_string).collect::<Vec<_>>())
        .filter(|p| !allowed.contains(&p.as_str()))
        .map(|p| {
            if p == "3" || p == "23" {
                "italic"
            } else {
                "other"
            }
        })
        .collect();
    assert!(
        other.iter().all(|p| *p == "italic"),
        "with NO_COLOR=1, attributes other than bold, italic, underline and reverse: {other:?}"
    );
}

#[test]
fn the_linux_console_gets_no_256_colour_or_true_colour_sequences() {
    let (tui, contents, _) = read_with_colours(&[("TERM", "linux")]);
    let sgrs = sgr_sequences(&tui.raw());
    let extended: Vec<String> = sgrs
        .iter()
        .flat_map(|sgr| colours_in(sgr))
        .filter(|c| c.starts_with("38;") || c.starts_with("48;") || c.starts_with("58;"))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(
        extended.is_empty(),
        "with TERM=linux these 256-colour or true-colour sequences were written (the Linux console shows only the 16 basic colours, SGR 30–37, 40–47, 90–97 and 100–107): {extended:?}"
    );
    assert!(!contents.is_empty(), "{}", tui.describe());
}
