//! The terminal is put back on every way out, proven on the bytes the
//! program writes to a real pseudo-terminal and on the terminal's settings
//! (raw mode, by comparing termios before and after):
//!
//! - quitting with `q` and reading on are in tests/pty/browsing.rs; here
//!   Ctrl-C, every signal that would end the program, and closing the
//!   terminal;
//! - an error after the screen is set up (exit status 1), a panic (101)
//!   and the built-in guide failing after its welcome screen (1),
//!   with and without the mouse, and in kiosk mode: the terminal is restored first, then the
//!   message is printed on the normal screen. A released program cannot
//!   be made to fail so from outside, so these run the program's own
//!   session code from the `terminal-faults` example, with a backend that
//!   fails or a guide that does;
//! - SIGTSTP then SIGCONT: the terminal given back, then taken again;
//! - in kiosk mode: SIGTERM and SIGHUP, an error and a panic, each also
//!   written to the staff log, and SIGTSTP ignored.
//!
//! Staff leaving the kiosk with the keys and the PIN is in
//! tests/pty/kiosk_staff.rs.

use crate::shared::{BIN, TempDir};
use crate::support::kiosk::{KioskSetup, path_str};
use crate::support::{
    DISABLE_MOUSE, ENTER, ENTER_ALTERNATE_SCREEN, LEAVE_ALTERNATE_SCREEN, SIGHUP, SIGINT, SIGTERM,
    Tui, escaped_tail, example, timeout,
};

const SIGQUIT: i32 = 3;
const SIGUSR1: i32 = 10;
const SIGUSR2: i32 = 12;
const SIGPIPE: i32 = 13;
const SIGALRM: i32 = 14;
const SIGCONT: i32 = 18;
const SIGTSTP: i32 = 20;

const ERROR_MESSAGE: &str =
    "immunoguide: the terminal could not be used: an error while drawing, made by terminal-faults";
const PANIC_MESSAGE: &str = "a panic while drawing, made by terminal-faults";
/// A backtrace would push the panic's message off a 24-row screen.
const NO_BACKTRACE: (&str, &str) = ("RUST_BACKTRACE", "0");

/// The program's session code run by the `terminal-faults` example, made
/// to fail as `args` say.
fn faults(args: &[&str]) -> Tui {
    Tui::spawn_program(&example("terminal-faults"), args, 80, 24, &[NO_BACKTRACE])
}

// ---------------------------------------------------------------------------
// Signals: the terminal is put back and the status says which signal.

/// Starts the guide with `args`, waits for `wait_for` (and, if asked,
/// opens the reader), sends `signal`: the program catches it, exits with
/// 128 + the signal and puts the terminal back.
fn signal_exits_with(args: &[&str], signal: i32, start_reading: bool) -> Tui {
    let mut tui = Tui::spawn(args, 80, 24);
    tui.wait_for("Press Enter");
    if start_reading {
        tui.send(ENTER);
        tui.wait_for("Page 1 of");
    }
    tui.signal(signal);
    // portable-pty reports a death by signal as code 1 with the signal's
    // name; the guide catches the signal and exits with 128 + signal itself.
    tui.expect_exit(128 + signal.unsigned_abs());
    tui.assert_restored();
    tui
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    signal_exits_with(&[], SIGTERM, true);
}

#[test]
fn sigterm_on_the_welcome_screen_exits_143() {
    signal_exits_with(&[], SIGTERM, false);
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    signal_exits_with(&[], SIGHUP, true);
}

#[test]
fn sigint_restores_the_terminal_and_exits_130() {
    signal_exits_with(&[], SIGINT, true);
}

/// SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM and SIGPIPE would end a program
/// that did not catch them, leaving the screen as it was.
#[test]
fn every_other_ending_signal_restores_the_terminal_and_exits_128_plus_n() {
    for signal in [SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE] {
        signal_exits_with(&[], signal, false);
    }
}

/// A kiosk ended by `signal` puts the terminal back, turns the mouse off,
/// and its staff log says it started, then stopped and `why`.
fn kiosk_signal_is_logged(signal: i32, why: &str) {
    let setup = KioskSetup::new(&format!("signal-{signal}"));
    let config = setup.config("");
    let tui = signal_exits_with(&["--kiosk", "--config", &config], signal, true);
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(
        raw.contains(DISABLE_MOUSE),
        "mouse capture was not turned off: {}",
        escaped_tail(tui.raw().as_slice(), 200)
    );
    let log = setup.log();
    let started = log.find("Kiosk started.");
    let stopped = log.find(&format!("Kiosk stopped ({why}"));
    assert!(
        started.is_some() && stopped.is_some() && started < stopped,
        "the log should say the kiosk started, then stopped ({why}):\n{log}"
    );
}

/// systemd stopping the kiosk.
#[test]
fn in_kiosk_mode_sigterm_restores_the_terminal_and_is_logged() {
    kiosk_signal_is_logged(SIGTERM, "SIGTERM: asked to stop");
}

/// The kiosk's terminal closed.
#[test]
fn in_kiosk_mode_sighup_restores_the_terminal_and_is_logged() {
    kiosk_signal_is_logged(SIGHUP, "SIGHUP: the terminal was closed");
}

#[test]
fn ctrl_c_key_quits_with_status_0() {
    let mut tui = Tui::spawn(&[], 80, 24);
    tui.wait_for("Press Enter");
    tui.send("\x03");
    tui.expect_exit(0);
    tui.assert_restored();
}

#[test]
fn closing_the_terminal_ends_the_program() {
    let mut tui = Tui::spawn(&[], 80, 24);
    tui.wait_for("Press Enter");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.close_terminal();
    let status = tui.wait_exit();
    // The kernel sends SIGHUP when the terminal goes away; the program
    // must handle it (129), or notice its input has ended (0), not die
    // of it, panic (101) or hang.
    if status.signal().is_none() && [0, 129].contains(&status.exit_code()) {
        return;
    }
    // Once more with stderr in a file, to show what went wrong: with the
    // terminal gone, stderr on it fails too.
    let log = TempDir::new("hangup");
    let stderr_file = log.path().join("stderr.txt");
    let script = format!("exec \"$0\" 2>\"{}\"", stderr_file.display());
    let mut again = Tui::spawn_program(
        "sh",
        &["-c", &script, BIN],
        80,
        24,
        &[("RUST_BACKTRACE", "1")],
    );
    again.wait_for("Press Enter");
    again.send(ENTER);
    again.wait_for("Page 1 of");
    again.close_terminal();
    let again_status = again.wait_exit();
    let stderr = std::fs::read_to_string(&stderr_file).unwrap_or_default();
    panic!(
        "exit status after the terminal closed: {status:?} (101 is a panic)\n\
         run again with stderr in a file instead of on the closed terminal: {again_status:?}, stderr:\n{stderr}"
    );
}

// ---------------------------------------------------------------------------
// An error and a panic after the screen is set up.

#[test]
fn an_error_restores_the_terminal_then_says_why_and_exits_1() {
    let mut tui = faults(&["draw-error"]);
    tui.expect_exit(1);
    tui.assert_restored_before_message(ERROR_MESSAGE);
}

/// The built-in guide's welcome screen is up before the rest is read; if
/// the rest failed (it cannot in a released build, as the tests check it),
/// the screen is put back before the problems are listed.
#[test]
fn a_guide_that_fails_after_the_welcome_screen_restores_the_terminal_and_exits_1() {
    let mut tui = faults(&["broken-guide"]);
    tui.expect_exit(1);
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
    tui.expect_exit(101);
    tui.assert_restored_before_message(PANIC_MESSAGE);
}

#[test]
fn without_the_mouse_an_error_and_a_panic_restore_the_terminal() {
    let mut tui = faults(&["no-mouse", "draw-error"]);
    tui.expect_exit(1);
    tui.assert_restored_before_message(ERROR_MESSAGE);

    let mut tui = faults(&["no-mouse", "panic"]);
    tui.expect_exit(101);
    tui.assert_restored_before_message(PANIC_MESSAGE);
}

#[test]
fn in_kiosk_mode_an_error_restores_the_terminal_and_is_logged() {
    let kiosk = KioskSetup::new("error");
    let log_path = path_str(&kiosk.log_path()).to_string();
    let mut tui = faults(&["draw-error", "--kiosk", &log_path]);
    tui.expect_exit(1);
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
    let kiosk = KioskSetup::new("panic");
    let log_path = path_str(&kiosk.log_path()).to_string();
    let mut tui = faults(&["panic", "--kiosk", &log_path]);
    tui.expect_exit(101);
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
// Stopped and continued.

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
    let deadline = std::time::Instant::now() + timeout();
    while !stopped(tui.pid()) {
        if std::time::Instant::now() >= deadline {
            tui.fail("the program did not stop after SIGTSTP");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // Stopped, with the terminal as the shell needs it: the program wrote
    // that before it stopped, but this side may not have read it yet.
    tui.wait_for_output("the terminal given back before the stop", |raw| {
        raw.rfind(LEAVE_ALTERNATE_SCREEN) > raw.rfind(ENTER_ALTERNATE_SCREEN)
    });
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
    tui.expect_exit(0);
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
    tui.expect_exit(143);
    tui.assert_restored();
}
