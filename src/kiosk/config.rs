//! The kiosk settings file: a short TOML file given with `--config FILE`.
//! Every mistake in it is reported at once, at its file:line:column, in a
//! plain sentence saying what is allowed (see `docs/kiosk.md`).

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use toml::de::DeTable;

use crate::content::problem::{Problem, SourceText, file_problem};
use crate::settings::ThemeName;

// Defined in key_chord.rs; named here too, as the type of `staff_keys`.
pub use super::key_chord::KeyChord;

mod parse;
pub use parse::parse_config;

/// The largest kiosk config file read; a real one is a few hundred bytes.
pub const MAX_CONFIG_BYTES: u64 = 64 * 1024;

pub const DEFAULT_IDLE_SECONDS: u64 = 90;
/// Short times are for testing a set-up; a waiting room wants 60 to 180.
pub const IDLE_SECONDS: std::ops::RangeInclusive<u64> = 2..=3600;
pub const DEFAULT_COUNTDOWN_SECONDS: u64 = 15;
pub const COUNTDOWN_SECONDS: std::ops::RangeInclusive<u64> = 1..=120;
pub const DEFAULT_STAFF_KEYS: [&str; 2] = ["ctrl+alt+s", "ctrl+alt+t"];
pub const MAX_STAFF_KEYS: usize = 8;

/// How kiosk mode behaves. Paths are as written in the file after
/// [`parse_config`]; [`load_config`] makes relative ones relative to the
/// config file's folder.
#[derive(Clone, PartialEq, Eq)]
pub struct KioskConfig {
    /// Seconds without input before the "Still reading?" countdown starts.
    pub idle_seconds: u64,
    /// Seconds the countdown lasts before the guide goes back to the
    /// welcome screen; always less than `idle_seconds`.
    pub countdown_seconds: u64,
    /// Keys staff press in order to reach the PIN prompt.
    pub staff_keys: Vec<KeyChord>,
    /// Argon2 PHC string made by `immunoguide kiosk hash-pin`, checked at
    /// load. `None`: staff cannot leave from the keyboard (stop the service
    /// instead).
    pub pin_hash: Option<String>,
    /// The guide folder; `None` is the built-in guide.
    pub guide: Option<PathBuf>,
    /// Watch the guide folder and swap in valid edits.
    pub reload: bool,
    /// Where reload errors and staff events are written (never a PIN).
    /// `None`: no log (stderr is the screen in kiosk mode, so it is not used).
    pub log_file: Option<PathBuf>,
    /// How the screen looks. `None`: not set here, so `IMMUNOGUIDE_THEME`
    /// or the dark theme applies (a kiosk does not ask the terminal, so
    /// `auto` is dark); `--theme` overrides it.
    pub theme: Option<ThemeName>,
    /// The linear mode for screen readers and magnifiers. `None`: not set
    /// here, so `IMMUNOGUIDE_PLAIN` decides; `--plain` turns it on.
    pub plain: Option<bool>,
}

impl Default for KioskConfig {
    fn default() -> Self {
        Self {
            idle_seconds: DEFAULT_IDLE_SECONDS,
            countdown_seconds: DEFAULT_COUNTDOWN_SECONDS,
            staff_keys: default_staff_keys(),
            pin_hash: None,
            guide: None,
            reload: true,
            log_file: None,
            theme: None,
            plain: None,
        }
    }
}

/// The default staff keys as chords. Both parse (the `defaults` test
/// checks they are both there); one that did not would be left out, not
/// stop the kiosk.
fn default_staff_keys() -> Vec<KeyChord> {
    DEFAULT_STAFF_KEYS
        .iter()
        .filter_map(|text| KeyChord::parse(text).ok())
        .collect()
}

impl fmt::Debug for KioskConfig {
    // By hand: the PIN hash stays out of logs. A hash of a four-digit PIN
    // can be reversed by trying all 10,000 PINs, so it is nearly as
    // sensitive as the PIN.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let labels: Vec<String> = self.staff_keys.iter().map(KeyChord::label).collect();
        f.debug_struct("KioskConfig")
            .field("idle_seconds", &self.idle_seconds)
            .field("countdown_seconds", &self.countdown_seconds)
            .field("staff_keys", &labels)
            .field(
                "pin_hash",
                &if self.pin_hash.is_some() {
                    "(set)"
                } else {
                    "(none)"
                },
            )
            .field("guide", &self.guide)
            .field("reload", &self.reload)
            .field("log_file", &self.log_file)
            .field("theme", &self.theme)
            .field("plain", &self.plain)
            .finish()
    }
}

/// Reads the kiosk config file at `path` (at most 64 KiB) and makes a
/// relative `guide` or `log_file` relative to the file's folder.
pub fn load_config(path: &Path) -> Result<KioskConfig, Vec<Problem>> {
    let name = path.display().to_string();
    let text = read_capped(path).map_err(|message| vec![file_problem(&name, message)])?;
    let mut config = parse_config(&text, &name)?;
    let folder = std::path::absolute(path)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    let resolve = |p: PathBuf| if p.is_absolute() { p } else { folder.join(p) };
    config.guide = config.guide.map(resolve);
    config.log_file = config.log_file.map(resolve);
    // A guide folder that is not there is found now, and pointed at where
    // it is written, not when the kiosk would open it.
    if let Some(guide) = &config.guide
        && let Err(message) = crate::content::Folder::open(guide)
    {
        let at = DeTable::parse(&text)
            .ok()
            .and_then(|table| table.get_ref().get("guide").map(|v| v.span().start))
            .unwrap_or(0);
        return Err(vec![
            SourceText::new(name, text).error(at, format!("`guide`: {message}")),
        ]);
    }
    Ok(config)
}

fn read_capped(path: &Path) -> Result<String, String> {
    let unreadable = |e: std::io::Error| {
        match e.kind() {
        std::io::ErrorKind::NotFound => {
            "The kiosk config file does not exist. Check the path given to --config.".to_string()
        }
        std::io::ErrorKind::PermissionDenied => {
            "The kiosk config file cannot be read: permission denied. Let the kiosk's user read it (see docs/kiosk.md).".to_string()
        }
        _ => format!("The kiosk config file cannot be read: {e}."),
    }
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if !meta.is_file() {
        return Err(
            "This is not a file. Give --config the path of the kiosk config file, like /etc/immunoguide/kiosk.toml."
                .into(),
        );
    }
    let mut bytes = Vec::new();
    file.take(MAX_CONFIG_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(format!(
            "The kiosk config file is larger than {} KiB; it should be a few lines. Check that --config names the right file.",
            MAX_CONFIG_BYTES / 1024
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "The kiosk config file is not UTF-8 text (bad byte at position {}). Save it as UTF-8.",
            e.utf8_error().valid_up_to()
        )
    })
}

#[cfg(test)]
mod tests;
