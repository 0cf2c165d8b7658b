//! A kiosk set up as a clinic would: a settings file and a staff log in a
//! temporary folder, the staff PIN and keys, and the steps staff take at
//! the screen.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::terminal::{ENTER, Tui, timeout};
use crate::shared::TempDir;
pub use crate::shared::kiosk::{PIN, PUBLIC_KEYS, STAFF_KEYS};

/// The staff PIN prompt's title.
pub const STAFF_PROMPT: &str = "Staff only";

/// A temporary folder for a kiosk's settings (`kiosk.toml`) and its staff
/// log (`log/kiosk.log`).
pub struct KioskSetup {
    dir: TempDir,
}

impl KioskSetup {
    pub fn new(name: &str) -> KioskSetup {
        let dir = TempDir::new(&format!("kiosk-{name}"));
        std::fs::create_dir_all(dir.path().join("log")).expect("make the log folder");
        KioskSetup { dir }
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn config_path(&self) -> PathBuf {
        self.dir.path().join("kiosk.toml")
    }

    pub fn log_path(&self) -> PathBuf {
        self.dir.path().join("log").join("kiosk.log")
    }

    /// Writes `settings` plus the `log_file` into kiosk.toml; returns its
    /// path.
    pub fn config(&self, settings: &str) -> String {
        let text = format!(
            "{settings}\nlog_file = {}\n",
            toml_str(path_str(&self.log_path()))
        );
        std::fs::write(self.config_path(), text).expect("write kiosk.toml");
        path_str(&self.config_path()).to_string()
    }

    /// kiosk.toml with `hash` as the staff PIN's hash; returns its path.
    pub fn config_with_pin_hash(&self, hash: &str) -> String {
        self.config(&format!("pin_hash = {}", toml_str(hash)))
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    /// Waits until the log satisfies `pred`; fails with the log and the
    /// screen if it does not in time.
    pub fn wait_log(&self, tui: &mut Tui, what: &str, pred: impl Fn(&str) -> bool) -> String {
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

/// [`PIN`] hashed by the library, as `immunoguide kiosk hash-pin` does
/// (which tests/pty/kiosk_staff.rs runs).
pub fn pin_hash() -> String {
    immunoguide::kiosk::pin::hash_pin(PIN).expect("hash the PIN")
}

/// A TOML string holding `text`, quoted and escaped.
pub fn toml_str(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// Fails if the program has exited, or has left the alternate screen (as
/// it does on every way out, and as a suspended program would have to).
pub fn assert_running(tui: &mut Tui, after: &str) {
    if let Some(status) = tui.try_status() {
        tui.fail(&format!("the kiosk exited with {status:?} after {after}"));
    }
    if !tui.with_screen(vt100::Screen::alternate_screen) {
        tui.fail(&format!("the kiosk left its screen after {after}"));
    }
}

/// Opens the staff PIN prompt with the default staff keys.
pub fn open_staff_prompt(tui: &mut Tui) {
    // A quiet moment first, so the staff keys' ESC cannot merge with an
    // earlier lone ESC.
    tui.wait_quiet();
    tui.send(STAFF_KEYS);
    tui.wait_for(STAFF_PROMPT);
}

pub fn type_pin(tui: &mut Tui, pin: &str) {
    tui.send(pin);
    tui.send(ENTER);
}
