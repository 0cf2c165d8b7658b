//! Staff at the kiosk: a PIN hashed with `immunoguide kiosk hash-pin`,
//! the staff keys and the PIN to leave, Esc to cancel the prompt, and
//! wrong PINs and lock-outs written to the staff log, never the PIN.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use crate::shared::{BIN, explain};
use crate::support::kiosk::{
    KioskSetup, PIN, assert_running, open_staff_prompt, pin_hash, type_pin,
};
use crate::support::{DISABLE_MOUSE, ENTER, ESC, Tui};

const COLS: u16 = 80;
const ROWS: u16 = 24;

const WELCOME: &str = "Press Enter";
const READER: &str = "Page 1 of";

const HASH_PIN: &[&str] = &["kiosk", "hash-pin"];

/// Runs `immunoguide kiosk hash-pin` with `typed` fed to it from a pipe.
fn hash_pin_typed(typed: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(HASH_PIN)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start immunoguide kiosk hash-pin");
    {
        let mut stdin = child.stdin.take().expect("hash-pin's stdin");
        stdin
            .write_all(typed.as_bytes())
            .expect("type into hash-pin");
    }
    child.wait_with_output().expect("wait for hash-pin")
}

/// [`PIN`] typed twice into `immunoguide kiosk hash-pin`: it prints one
/// line, an argon2id PHC string, and does not echo the PIN.
fn hash_from_the_command() -> String {
    let out = hash_pin_typed(&format!("{PIN}\n{PIN}\n"));
    let explained = explain(HASH_PIN, &out);
    assert!(out.status.success(), "{explained}");
    let stdout = String::from_utf8(out.stdout.clone()).expect("the hash is UTF-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "one line on stdout\n{explained}");
    assert!(
        lines[0].starts_with("$argon2id$"),
        "an argon2id PHC string\n{explained}"
    );
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains(PIN),
        "the PIN was echoed\n{explained}"
    );
    lines[0].to_string()
}

#[test]
fn hash_pin_from_a_pipe_prints_one_argon2id_line() {
    // One argon2id line, and the PIN not echoed.
    let first = hash_from_the_command();
    // A salt each time: the same PIN hashes differently.
    let again = hash_from_the_command();
    assert_ne!(first, again, "two hashes of the same PIN");
    // Two different PINs are refused.
    let out = hash_pin_typed(&format!("{PIN}\n1357\n"));
    assert_eq!(out.status.code(), Some(1), "{}", explain(HASH_PIN, &out));
    assert!(out.stdout.is_empty(), "{}", explain(HASH_PIN, &out));
}

/// What a visitor might press first leaves nothing; a wrong PIN is
/// refused with the tries left; the PIN, typed as dots, lets staff out
/// with the terminal put back; the log says so, without the PIN or its
/// hash. The hash comes from `kiosk hash-pin`, as staff would make it.
#[test]
fn staff_leave_with_the_keys_and_the_right_pin() {
    let hash = hash_from_the_command();
    let setup = KioskSetup::new("staff");
    let config = setup.config_with_pin_hash(&hash);
    let mut tui = Tui::spawn(&["--config", &config], COLS, ROWS);
    tui.wait_for(WELCOME);
    // What a visitor might press first: none of it leaves.
    tui.send("q");
    tui.send("\x03");
    tui.send(ESC);
    // A lone ESC is a key only once nothing follows it for a moment;
    // ESC then Enter at once is Alt+Enter.
    tui.wait_quiet();
    tui.send(ENTER);
    tui.wait_for(READER);
    assert_running(&mut tui, "q, Ctrl-C and Esc");

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
    tui.expect_exit(0);
    tui.assert_restored();
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(
        raw.contains(DISABLE_MOUSE),
        "mouse capture was not turned off"
    );

    let log = setup.log();
    assert!(log.contains("Kiosk started."), "log:\n{log}");
    assert!(
        log.contains("Staff left kiosk mode with the PIN."),
        "log:\n{log}"
    );
    assert!(log.contains("Kiosk stopped"), "log:\n{log}");
    assert!(
        !log.contains(PIN) && !log.contains("9753") && !log.contains(&hash),
        "the log holds a PIN or the hash:\n{log}"
    );
}

#[test]
fn esc_cancels_the_pin_prompt() {
    let setup = KioskSetup::new("cancel");
    let config = setup.config_with_pin_hash(&pin_hash());
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
    let setup = KioskSetup::new("staff-log");
    let config = setup.config_with_pin_hash(&hash);
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
