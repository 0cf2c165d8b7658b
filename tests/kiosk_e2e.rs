//! End-to-end tests of kiosk mode: the real binary in a pseudo-terminal,
//! pressed, pasted into, clicked, left alone, edited under and signalled
//! the way a clinic's waiting room and its staff would (see docs/kiosk.md).

#![cfg(unix)]

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{
    BIN, DISABLE_MOUSE, ENTER, ENTER_ALTERNATE_SCREEN, ESC, SIGHUP, SIGTERM, TempDir, Tui,
    copy_dir, guide_dir, guide_sections, timeout,
};

/// The default staff keys as a terminal sends them: Ctrl+Alt+S is ESC then
/// Ctrl+S (0x13), Ctrl+Alt+T is ESC then Ctrl+T (0x14).
const STAFF_KEYS: &str = "\x1b\x13\x1b\x14";
const PIN: &str = "2468";
const COLS: u16 = 80;
const ROWS: u16 = 24;

const WELCOME: &str = "Press Enter";
const READER: &str = "Page 1 of";
const HELP: &str = "Close (Esc)";
const STAFF_PROMPT: &str = "Staff only";
const NEW_VERSION: &str = "new version is showing";

/// Everything a visitor might press or paste that a normal terminal
/// program would take as "quit", "suspend", "interrupt" or "end of input".
const PUBLIC_KEYS: &[(&str, &str)] = &[
    ("q", "q"),
    ("Esc", "\x1b"),
    ("Ctrl-C", "\x03"),
    ("Ctrl-Z", "\x1a"),
    ("Ctrl-\\", "\x1c"),
    ("Ctrl-D", "\x04"),
    ("F2", "\x1bOQ"),
    ("F3", "\x1bOR"),
    ("F4", "\x1bOS"),
    ("F5", "\x1b[15~"),
    ("F6", "\x1b[17~"),
    ("F7", "\x1b[18~"),
    ("F8", "\x1b[19~"),
    ("F9", "\x1b[20~"),
    ("F10", "\x1b[21~"),
    ("F11", "\x1b[23~"),
    ("F12", "\x1b[24~"),
    ("Alt-x", "\x1bx"),
    ("Alt-q", "\x1bq"),
    ("Alt-F4", "\x1b[1;3S"),
    ("a bracketed paste", "\x1b[200~q\n:!sh\n\x1b[201~"),
];

const F1: &str = "\x1bOP";

// Helpers.

/// A TOML string holding `text`, quoted and escaped.
fn toml_str(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// A temporary folder holding a kiosk config (`kiosk.toml`) and, for the
/// tests that ask for one, the staff log (`log/kiosk.log`).
struct Setup {
    dir: TempDir,
}

impl Setup {
    fn new(name: &str) -> Setup {
        let dir = TempDir::new(&format!("kiosk-{name}"));
        std::fs::create_dir_all(dir.path().join("log")).expect("make the log folder");
        Setup { dir }
    }

    fn config_path(&self) -> PathBuf {
        self.dir.path().join("kiosk.toml")
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("log").join("kiosk.log")
    }

    /// Writes `settings` plus `log_file` into kiosk.toml; returns its path.
    fn config(&self, settings: &str) -> String {
        let text = format!(
            "{settings}\nlog_file = {}\n",
            toml_str(path_str(&self.log_path()))
        );
        std::fs::write(self.config_path(), text).expect("write kiosk.toml");
        path_str(&self.config_path()).to_string()
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    /// Waits until the log satisfies `pred`; fails with the log and the
    /// screen if it does not in time.
    fn wait_log(&self, tui: &mut Tui, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + timeout();
        loop {
            let log = self.log();
            if pred(&log) {
                return log;
            }
            if Instant::now() >= deadline {
                tui.fail(&format!(
                    "timed out after {:?} waiting for the staff log to have {what}\n--- log ---\n{log}--- end of log ---",
                    timeout()
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Fails if the program has exited, or has left the alternate screen (as
/// it does on every way out, and as a suspended program would have to).
fn assert_running(tui: &mut Tui, after: &str) {
    if let Some(status) = tui.try_status() {
        tui.fail(&format!("the kiosk exited with {status:?} after {after}"));
    }
    if !tui.with_screen(vt100::Screen::alternate_screen) {
        tui.fail(&format!("the kiosk left its screen after {after}"));
    }
}

/// Hashes `pin` with `immunoguide kiosk hash-pin`, fed from a pipe.
fn hash_pin_output(pin: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(["kiosk", "hash-pin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start immunoguide kiosk hash-pin");
    {
        let mut stdin = child.stdin.take().expect("hash-pin's stdin");
        stdin
            .write_all(format!("{pin}\n{pin}\n").as_bytes())
            .expect("type the PIN twice");
    }
    child.wait_with_output().expect("wait for hash-pin")
}

fn explain(out: &Output) -> String {
    format!(
        "status: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn pin_hash() -> String {
    let out = hash_pin_output(PIN);
    assert!(out.status.success(), "{}", explain(&out));
    let stdout = String::from_utf8(out.stdout.clone()).expect("the hash is UTF-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "one line on stdout\n{}", explain(&out));
    assert!(
        lines[0].starts_with("$argon2id$"),
        "an argon2id PHC string\n{}",
        explain(&out)
    );
    lines[0].to_string()
}

/// Opens the staff PIN prompt with the default staff keys.
fn open_staff_prompt(tui: &mut Tui) {
    // A quiet moment first, so the staff keys' ESC cannot merge with an
    // earlier lone ESC.
    tui.wait_quiet();
    tui.send(STAFF_KEYS);
    tui.wait_for(STAFF_PROMPT);
}

fn type_pin(tui: &mut Tui, pin: &str) {
    tui.send(pin);
    tui.send(ENTER);
}

/// True if `text` has `file:LINE:COLUMN:` somewhere.
fn has_location(text: &str, file: &str, line: usize) -> bool {
    let prefix = format!("{file}:{line}:");
    text.match_indices(&prefix).any(|(at, _)| {
        let rest = &text[at + prefix.len()..];
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with(':')
    })
}

fn first_row(screen: &str) -> &str {
    screen.lines().next().unwrap_or("")
}

/// Writes a file the way most editors save: a new file beside it, then
/// renamed over the old one.
fn save_by_rename(path: &Path, text: &str) {
    let name = path.file_name().and_then(|n| n.to_str()).expect("a name");
    let temp = path.with_file_name(format!(".{name}.swp"));
    std::fs::write(&temp, text).expect("write the editor's temporary file");
    std::fs::rename(&temp, path).expect("rename it over the file");
}

/// A copy of the built-in guide's language folder, for reload tests.
fn guide_copy(setup: &Setup) -> PathBuf {
    let folder = setup.dir.path().join("guide");
    copy_dir(&guide_dir().join("en"), &folder);
    folder
}

// 1. Nothing a visitor presses or pastes closes or suspends the kiosk.
// Each key alone is tried in-process on the same bytes (tests/kiosk_loop.rs);
// here they go through a real terminal, all at once.

#[test]
fn public_keys_mashed_at_once_never_leave_the_kiosk() {
    let mut tui = Tui::spawn(&["--kiosk"], COLS, ROWS);
    tui.wait_for(WELCOME);
    tui.send(ENTER);
    tui.wait_for(READER);
    tui.wait_quiet();
    // Compared as seen: a blank cell the program wrote (a space, after help
    // covered it) and one it never touched look the same.
    let seen = |s: &str| -> String { s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n") };
    let before = seen(&tui.screen());
    let all: String = PUBLIC_KEYS.iter().map(|(_, bytes)| *bytes).collect();
    tui.send(&all);
    // Help opening shows every key before it was read (a suspended,
    // frozen or dead kiosk would never show it).
    tui.send("?");
    tui.wait_until("help after all the keys at once", |s| s.contains(HELP));
    tui.send("?");
    tui.wait_until("the reader as before after all the keys at once", |s| {
        seen(s) == before
    });
    assert_running(&mut tui, "all the public keys at once");
    // F1 opens help too; Esc closes it.
    tui.send(F1);
    tui.wait_for(HELP);
    tui.wait_quiet();
    tui.send(ESC);
    tui.wait_until("Esc to close help", |s| seen(s) == before);
    assert!(
        !String::from_utf8_lossy(&tui.raw()).contains(common::LEAVE_ALTERNATE_SCREEN),
        "the kiosk gave the terminal back at some point\n{}",
        tui.describe()
    );
    tui.signal(SIGTERM);
    assert_eq!(tui.wait_exit().exit_code(), 143, "{}", tui.describe());
    tui.assert_restored();
}

// 2. Idle: the countdown and the reset are in tests/kiosk_loop.rs, on a
// clock that lets the minutes pass at once.

// 3. Staff leave with the keys and the PIN.

#[test]
fn hash_pin_from_a_pipe_prints_one_argon2id_line() {
    let out = hash_pin_output(PIN);
    assert!(out.status.success(), "{}", explain(&out));
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", explain(&out));
    assert!(lines[0].starts_with("$argon2id$"), "{}", explain(&out));
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains(PIN),
        "the PIN was echoed\n{}",
        explain(&out)
    );
    // A salt each time: the same PIN hashes differently.
    let again = hash_pin_output(PIN);
    assert!(again.status.success(), "{}", explain(&again));
    assert_ne!(out.stdout, again.stdout, "two hashes of the same PIN");
    // Two different PINs are refused.
    let mut child = Command::new(BIN)
        .args(["kiosk", "hash-pin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start hash-pin");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"2468\n1357\n")
        .expect("type two PINs");
    let out = child.wait_with_output().expect("wait for hash-pin");
    assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    assert!(out.stdout.is_empty(), "{}", explain(&out));
}

#[test]
fn staff_leave_with_the_keys_and_the_right_pin() {
    let hash = pin_hash();
    let setup = Setup::new("staff");
    let config = setup.config(&format!("pin_hash = {}", toml_str(&hash)));
    let mut tui = Tui::spawn(&["--config", &config], COLS, ROWS);
    tui.wait_for(WELCOME);
    tui.send(ENTER);
    tui.wait_for(READER);

    open_staff_prompt(&mut tui);
    type_pin(&mut tui, "9753");
    tui.wait_for_words("That PIN is not right. 2 more tries");
    assert_running(&mut tui, "a wrong PIN");
    // The PIN is never drawn, only dots.
    assert!(
        !tui.screen().contains("9753"),
        "the PIN shows\n{}",
        tui.describe()
    );

    tui.send(PIN);
    tui.wait_for("●●●●");
    assert!(
        !tui.screen().contains(PIN),
        "the PIN shows\n{}",
        tui.describe()
    );
    tui.send(ENTER);
    let status = tui.wait_exit();
    assert!(status.signal().is_none(), "{status:?}\n{}", tui.describe());
    assert_eq!(status.exit_code(), 0, "{}", tui.describe());
    tui.assert_restored();
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(
        raw.contains(DISABLE_MOUSE),
        "mouse capture was not turned off"
    );

    let log = setup.log();
    assert!(log.contains("Kiosk started."), "log:\n{log}");
    assert!(log.contains("Staff left kiosk mode"), "log:\n{log}");
    assert!(log.contains("Kiosk stopped"), "log:\n{log}");
    assert!(
        !log.contains(PIN) && !log.contains("9753") && !log.contains(&hash),
        "the log holds a PIN or the hash:\n{log}"
    );
}

#[test]
fn esc_cancels_the_pin_prompt() {
    let hash = pin_hash();
    let setup = Setup::new("cancel");
    let config = setup.config(&format!("pin_hash = {}", toml_str(&hash)));
    let mut tui = Tui::spawn(&["--config", &config], COLS, ROWS);
    tui.wait_for(WELCOME);
    tui.wait_quiet();
    let before = tui.screen();
    open_staff_prompt(&mut tui);
    tui.send("12");
    tui.wait_for("●●");
    tui.wait_quiet();
    tui.send(ESC);
    tui.wait_until("the prompt to close, leaving the screen as it was", |s| {
        s == before
    });
    // A PIN typed now is not a PIN: the prompt is closed.
    tui.send(PIN);
    tui.send(ENTER);
    tui.wait_for(READER);
    assert_running(&mut tui, "the PIN typed after Esc");
}

/// docs/kiosk.md, "The log": "staff events such as wrong PINs, lockouts
/// and staff leaving", never the PIN or the hash.
#[test]
fn wrong_pins_and_lockouts_are_logged_without_the_pin() {
    let hash = pin_hash();
    let setup = Setup::new("staff-log");
    let config = setup.config(&format!("pin_hash = {}", toml_str(&hash)));
    let mut tui = Tui::spawn(&["--config", &config], COLS, ROWS);
    tui.wait_for(WELCOME);
    setup.wait_log(&mut tui, "\"Kiosk started.\"", |l| {
        l.contains("Kiosk started.")
    });
    open_staff_prompt(&mut tui);
    type_pin(&mut tui, "9753");
    tui.wait_for_words("2 more tries");
    setup.wait_log(&mut tui, "a line about the wrong PIN", |l| {
        l.lines()
            .any(|line| !line.contains("Kiosk started.") && line.to_lowercase().contains("pin"))
    });
    type_pin(&mut tui, "8642");
    type_pin(&mut tui, "7531");
    tui.wait_for_words("Too many wrong PINs.");
    setup.wait_log(&mut tui, "a line about the lock-out", |l| {
        l.to_lowercase().contains("lock")
    });
    let log = setup.log();
    for secret in ["9753", "8642", "7531", PIN, hash.as_str()] {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
}

// 4. Editing the guide while the kiosk runs.

// Edits, broken edits, half-written files, swapped folders and a log in
// the guide folder are tried on the watcher itself in tests/watch.rs;
// here one edit goes through the whole program.

#[test]
fn a_reload_keeps_the_reader_on_its_section() {
    let (_, sections) = guide_sections();
    let index = sections
        .iter()
        .position(|s| s.id == "types")
        .expect("the guide has a `types` chapter");
    let title = sections[index].title.clone();
    let setup = Setup::new("reload-reader");
    let guide = guide_copy(&setup);
    // A relative `guide` is relative to the config file's folder, not to
    // where the kiosk was started.
    let config = setup.config("guide = \"guide\"");
    let mut tui = Tui::spawn(&["--config", &config], COLS, ROWS);
    tui.wait_for(WELCOME);
    tui.send(ENTER);
    tui.wait_for(READER);
    for _ in 0..index {
        tui.send("]");
    }
    tui.wait_until(&format!("the chapter {title:?}"), |s| {
        first_row(s).contains(&title)
    });

    let chapter = guide.join("types.toml");
    let text = std::fs::read_to_string(&chapter).expect("read types.toml");
    let old = "There are many kinds of immunotherapy.";
    assert!(
        text.contains(old),
        "types.toml starts its body with {old:?}"
    );
    let edited = text.replacen(old, "There are many kinds of zebrafinch immunotherapy.", 1);
    save_by_rename(&chapter, &edited);
    setup.wait_log(&mut tui, "a reload line", |l| l.contains(NEW_VERSION));
    tui.wait_until("the edited text, or the reader moving", |s| {
        s.contains("zebrafinch") || !first_row(s).contains(&title)
    });
    let screen = tui.screen();
    assert!(
        first_row(&screen).contains(&title) && screen.contains("zebrafinch"),
        "the reader should stay on {title:?} and show the edit\n{}",
        tui.describe()
    );
    assert_running(&mut tui, "a reload in the reader");
}

// 5. Signals end the kiosk cleanly.

fn signal_ends_the_kiosk(signal: i32, code: u32) {
    let setup = Setup::new(&format!("signal-{signal}"));
    let config = setup.config("");
    let mut tui = Tui::spawn(&["--kiosk", "--config", &config], COLS, ROWS);
    tui.wait_for(WELCOME);
    tui.send(ENTER);
    tui.wait_for(READER);
    tui.signal(signal);
    let status = tui.wait_exit();
    assert!(
        status.signal().is_none(),
        "killed by the signal instead of handling it: {status:?}\n{}",
        tui.describe()
    );
    assert_eq!(status.exit_code(), code, "{}", tui.describe());
    tui.assert_restored();
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(
        raw.contains(DISABLE_MOUSE),
        "mouse capture was not turned off: {}",
        common::escaped_tail(tui.raw().as_slice(), 200)
    );
    let log = setup.log();
    assert!(log.contains("Kiosk started."), "log:\n{log}");
    assert!(log.contains("Kiosk stopped ("), "log:\n{log}");
    let started = log.find("Kiosk started.").unwrap_or(usize::MAX);
    let stopped = log.find("Kiosk stopped (").unwrap_or(0);
    assert!(started < stopped, "started, then stopped:\n{log}");
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    signal_ends_the_kiosk(SIGTERM, 143);
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    signal_ends_the_kiosk(SIGHUP, 129);
}

// 6. A bad config stops the kiosk before the screen changes.

fn run_piped(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run immunoguide")
}

/// Runs `args` in a pty, expecting exit status 1 before any drawing;
/// returns everything it printed.
fn refused_in_a_terminal(args: &[&str]) -> String {
    let mut tui = Tui::spawn(args, COLS, ROWS);
    let status = tui.wait_exit();
    assert!(status.signal().is_none(), "{status:?}\n{}", tui.describe());
    assert_eq!(status.exit_code(), 1, "{}", tui.describe());
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(
        !raw.contains(ENTER_ALTERNATE_SCREEN) && !raw.contains('\x1b'),
        "wrote escape sequences to the terminal: {}",
        common::escaped_tail(raw.as_bytes(), 300)
    );
    tui.assert_termios_unchanged();
    raw
}

#[test]
fn an_unknown_config_key_stops_the_kiosk_with_its_place() {
    let setup = Setup::new("bad-config");
    std::fs::write(setup.config_path(), "idle_seconds = 30\ncolour = \"red\"\n")
        .expect("write kiosk.toml");
    let config = path_str(&setup.config_path()).to_string();

    let args = ["--config", config.as_str()];
    let out = run_piped(&args);
    assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    assert!(out.stdout.is_empty(), "{}", explain(&out));
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        has_location(&stderr, "kiosk.toml", 2),
        "names kiosk.toml:2:<column>:\n{}",
        explain(&out)
    );
    assert!(stderr.contains("kiosk.toml:2:1:"), "{}", explain(&out));
    assert!(stderr.contains("colour"), "{}", explain(&out));
    assert!(stderr.contains("did not start"), "{}", explain(&out));

    for args in [
        vec!["--config", config.as_str()],
        vec!["--kiosk", "--config", config.as_str()],
    ] {
        let raw = refused_in_a_terminal(&args);
        assert!(raw.contains("kiosk.toml:2:1:"), "{raw}");
        assert!(raw.contains("colour"), "{raw}");
    }
    assert!(
        !setup.log_path().exists(),
        "a refused config wrote a staff log"
    );
}

#[test]
fn out_of_range_times_are_refused() {
    let setup = Setup::new("bad-times");
    for (settings, line) in [
        ("idle_seconds = 1", 1),
        ("idle_seconds = 3601", 1),
        ("idle_seconds = 10\ncountdown_seconds = 10", 2),
        ("countdown_seconds = 0", 1),
    ] {
        std::fs::write(setup.config_path(), format!("{settings}\n")).expect("write kiosk.toml");
        let config = path_str(&setup.config_path()).to_string();
        let out = run_piped(&["--config", &config]);
        assert_eq!(out.status.code(), Some(1), "{settings}\n{}", explain(&out));
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(
            has_location(&stderr, "kiosk.toml", line),
            "{settings}: names kiosk.toml:{line}:<column>:\n{}",
            explain(&out)
        );
    }
}

#[test]
fn a_missing_config_file_stops_the_kiosk() {
    let setup = Setup::new("missing-config");
    let missing = setup.dir.path().join("no-such-kiosk.toml");
    let missing = path_str(&missing).to_string();
    let out = run_piped(&["--config", &missing]);
    assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        stderr.contains(&missing),
        "names the file\n{}",
        explain(&out)
    );
    let raw = refused_in_a_terminal(&["--config", &missing]);
    assert!(raw.contains("no-such-kiosk.toml"), "{raw}");
}

// 7. Default settings, and the touch bar.

/// An SGR mouse click (press and release) at a 1-based column and row.
fn click(tui: &mut Tui, column: u16, row: u16) {
    tui.send(&format!("\x1b[<0;{column};{row}M\x1b[<0;{column};{row}m"));
}

#[test]
fn kiosk_without_a_config_starts_and_the_touch_bar_works() {
    let mut tui = Tui::spawn(&["--kiosk"], COLS, ROWS);
    tui.wait_for(WELCOME);
    tui.wait_for("Start reading");
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(
        raw.contains("\x1b[?1006h"),
        "SGR mouse reporting is on in kiosk mode"
    );
    let rows = tui.rows();
    let bar = rows
        .iter()
        .rposition(|r| r.contains("Start reading"))
        .expect("the touch bar's start button");
    assert!(
        bar + 3 >= usize::from(ROWS),
        "the start button is in the bottom rows\n{}",
        tui.describe()
    );
    let label_row = u16::try_from(bar + 1).expect("a row number");
    let start_col = u16::try_from(
        rows[bar]
            .find("Start reading")
            .map(|b| rows[bar][..b].chars().count() + 3)
            .expect("the label's column"),
    )
    .expect("a column number");
    let help_col = u16::try_from(
        rows[bar]
            .find("Help")
            .map(|b| rows[bar][..b].chars().count() + 2)
            .expect("the Help button"),
    )
    .expect("a column number");

    // The bottom Help button opens help, and again closes it: the bar
    // is hit by where the click is, not "any click starts".
    click(&mut tui, help_col, label_row);
    tui.wait_for(HELP);
    click(&mut tui, help_col, label_row);
    tui.wait_until("help to close", |s| {
        !s.contains(HELP) && s.contains(WELCOME)
    });

    click(&mut tui, start_col, label_row);
    tui.wait_for(READER);
    tui.wait_for("Next ▶");
    assert_running(&mut tui, "clicks on the touch bar");

    tui.signal(SIGTERM);
    assert_eq!(tui.wait_exit().exit_code(), 143, "{}", tui.describe());
    tui.assert_restored();
}
