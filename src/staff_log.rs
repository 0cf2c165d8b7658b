//! A small log for clinic staff in kiosk mode: start and stop, guide
//! reloads and their problems, staff exits, crashes. Never a PIN, and
//! nothing a visitor read or searched. With no log file set it goes to
//! stderr when that is not the screen (systemd sends it to the journal);
//! otherwise nowhere, because the screen is for the public.

use std::io::Write;
use std::path::PathBuf;

use crate::content::Date;

pub struct StaffLog {
    path: Option<PathBuf>,
    to_stderr: bool,
}

impl StaffLog {
    pub fn new(path: Option<PathBuf>) -> Self {
        use std::io::IsTerminal;
        let to_stderr = path.is_none() && !std::io::stderr().is_terminal();
        Self { path, to_stderr }
    }

    /// Appends one line with the date and time (UTC). A log that cannot be
    /// written must not stop the kiosk, so errors are ignored.
    pub fn write(&self, message: &str) {
        if self.path.is_none() && !self.to_stderr {
            return;
        }
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let date = Date::from_unix_days(i64::try_from(secs / 86_400).unwrap_or(0));
        let time = secs % 86_400;
        let line = format!(
            "{date} {:02}:{:02}:{:02} UTC {}\n",
            time / 3600,
            time % 3600 / 60,
            time % 60,
            message.replace('\n', " ")
        );
        match &self.path {
            Some(path) => {
                let file = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path);
                if let Ok(mut file) = file {
                    let _ = file.write_all(line.as_bytes());
                }
            }
            None => {
                let _ = std::io::stderr().write_all(line.as_bytes());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_appended_with_a_timestamp() {
        let path = std::env::temp_dir().join(format!("immunoguide-log-{}.txt", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let log = StaffLog::new(Some(path.clone()));
        log.write("first");
        log.write("second\nline");
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let _ = std::fs::remove_file(&path);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].ends_with("UTC first"), "{text}");
        assert!(lines[1].ends_with("UTC second line"), "{text}");
    }
}
