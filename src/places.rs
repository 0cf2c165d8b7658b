//! Keeping a person's place and bookmarks between runs, in a small file
//! under the XDG state directory (`$XDG_STATE_HOME/immunoguide/
//! places.toml`, usually `~/.local/state/immunoguide/places.toml`).
//!
//! Only for a person at their own terminal: the command line never opens
//! one for a kiosk, and [`PlacesFile::attach`] refuses a kiosk's state
//! as well, so a kiosk keeps nothing on disk. A missing, unreadable or
//! damaged file is never an error: the guide starts fresh, with a note
//! in the status line. A file that cannot be written is a note too.

use std::io;
use std::path::{Path, PathBuf};

use crate::app::AppState;
use crate::app::bookmarks::{Reading, Saved, to_save};

/// A places file is a few hundred bytes; anything far larger is not ours.
const MAX_FILE_BYTES: u64 = 256 * 1024;

/// The file a person's places are kept in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacesFile {
    path: PathBuf,
    /// `--fresh`: what was kept is not read, and is replaced when the
    /// guide closes.
    fresh: bool,
}

/// What reading the file gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read {
    pub saved: Saved,
    /// Why nothing was read, for the status line (a message id); `None`
    /// when all is well or there was simply nothing kept yet.
    pub note: Option<&'static str>,
}

impl PlacesFile {
    /// The file in the user's XDG state directory, if one can be found.
    pub fn in_state_dir(fresh: bool) -> Option<Self> {
        use etcetera::BaseStrategy;
        let strategy = etcetera::choose_base_strategy().ok()?;
        let dir = strategy.state_dir().unwrap_or_else(|| strategy.data_dir());
        Some(Self::in_dir(&dir, fresh))
    }

    /// The file under a given state directory (tests pass their own).
    pub fn in_dir(state_dir: &Path, fresh: bool) -> Self {
        Self {
            path: state_dir.join("immunoguide").join("places.toml"),
            fresh,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn read(&self) -> Read {
        let nothing = |note| Read {
            saved: Saved::default(),
            note,
        };
        if self.fresh {
            return nothing(None);
        }
        let too_big = std::fs::metadata(&self.path).is_ok_and(|m| m.len() > MAX_FILE_BYTES);
        if too_big {
            return nothing(Some(DAMAGED));
        }
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return nothing(None),
            Err(e) if e.kind() == io::ErrorKind::InvalidData => return nothing(Some(DAMAGED)),
            Err(_) => return nothing(Some(UNREADABLE)),
        };
        match toml::from_str::<Saved>(&text) {
            Ok(saved) => Read { saved, note: None },
            Err(_) => nothing(Some(DAMAGED)),
        }
    }

    /// Writes the whole file beside its final name, then moves it into
    /// place, so a crash mid-write never leaves half a file. What a person
    /// reads about their illness is private: the folder and the file are
    /// theirs alone to read.
    pub fn write(&self, saved: &Saved) -> io::Result<()> {
        let text = toml::to_string(saved).map_err(io::Error::other)?;
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
            private_folder(dir)?;
        }
        let partial = self.path.with_extension("toml.partial");
        let written = write_private(&partial, text.as_bytes())
            .and_then(|_| std::fs::rename(&partial, &self.path));
        if written.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        written
    }

    /// Reads what was kept into the state of a run just started. Never for
    /// a kiosk.
    pub fn attach(&self, state: &mut AppState) {
        if state.kiosk.is_some() {
            return;
        }
        let read = self.read();
        state.reading = Some(Reading::new(read.saved));
        if let Some(note) = read.note {
            state.tell(note);
        }
        crate::app::bookmarks::settle(state);
    }

    /// Saves the bookmarks as soon as they change, so none is lost if
    /// the terminal is closed. A failure is a note, not an error.
    pub fn save_if_changed(&self, state: &mut AppState) {
        let changed = state.reading.as_ref().is_some_and(|r| r.changed);
        if !changed {
            return;
        }
        if let Some(reading) = state.reading.as_mut() {
            reading.changed = false;
        }
        if self.save(state).is_err() {
            state.tell(NOT_SAVED);
        }
    }

    /// Saves the place being read and the bookmarks. Nothing for a kiosk.
    pub fn save(&self, state: &AppState) -> io::Result<()> {
        if state.kiosk.is_some() {
            return Ok(());
        }
        match to_save(state) {
            Some(saved) => self.write(&saved),
            None => Ok(()),
        }
    }
}

#[cfg(unix)]
fn private_folder(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn private_folder(_dir: &Path) -> io::Result<()> {
    Ok(())
}

fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

// Notices, by their message ids (`crate::phrases`).
const UNREADABLE: &str = "notice-place-unreadable";
const DAMAGED: &str = "notice-place-damaged";
const NOT_SAVED: &str = "notice-bookmarks-not-saved";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::bookmarks::Place;

    fn temp(name: &str) -> PathBuf {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "immunoguide-places-{name}-{}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        dir
    }

    fn place(id: &str, word: usize) -> Place {
        Place {
            section: id.into(),
            title: format!("Title of {id} \"quoted\" = [x]"),
            word,
        }
    }

    #[test]
    fn places_round_trip_through_the_file() {
        let dir = temp("round-trip");
        let file = PlacesFile::in_dir(&dir, false);
        assert_eq!(
            file.read(),
            Read {
                saved: Saved::default(),
                note: None
            },
            "nothing kept yet"
        );
        let saved = Saved {
            last: Some(place("skin", 120)),
            bookmarks: vec![place("fatigue", 0), place("liver", 33)],
        };
        file.write(&saved).expect("write");
        assert_eq!(file.path(), dir.join("immunoguide/places.toml"));
        assert_eq!(
            file.read(),
            Read {
                saved: saved.clone(),
                note: None
            }
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).map(|m| m.permissions().mode() & 0o777);
            assert_eq!(mode(file.path()).ok(), Some(0o600), "the file is private");
            assert_eq!(
                mode(&dir.join("immunoguide")).ok(),
                Some(0o700),
                "so is its folder"
            );
        }
        // --fresh reads nothing, though the file is there.
        assert_eq!(
            PlacesFile::in_dir(&dir, true).read().saved,
            Saved::default()
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_damaged_or_unreadable_file_starts_fresh_with_a_note() {
        let dir = temp("damaged");
        let file = PlacesFile::in_dir(&dir, false);
        std::fs::create_dir_all(dir.join("immunoguide")).expect("folder");
        for junk in [
            &b"last = 3\n"[..],
            b"[[bookmark]]\nsection = 1\n",
            b"\xff\xfe\x00",
            b"not toml at all [",
        ] {
            std::fs::write(file.path(), junk).expect("write junk");
            assert_eq!(
                file.read(),
                Read {
                    saved: Saved::default(),
                    note: Some(DAMAGED)
                },
                "{junk:?}"
            );
        }
        std::fs::write(file.path(), vec![b'#'; 300 * 1024]).expect("write a huge file");
        assert_eq!(file.read().note, Some(DAMAGED));
        // A folder where the file should be cannot be read as one.
        std::fs::remove_file(file.path()).expect("remove");
        std::fs::create_dir_all(file.path()).expect("a folder in its place");
        assert_eq!(file.read().note, Some(UNREADABLE));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn an_unwritable_place_is_an_error_to_report_not_a_panic() {
        let dir = temp("unwritable");
        // A file where the state folder should be: nothing can be made
        // under it, even by root.
        let blocker = dir.join("state");
        std::fs::write(&blocker, "a file").expect("write");
        let file = PlacesFile::in_dir(&blocker, false);
        assert!(file.write(&Saved::default()).is_err());
        assert_eq!(file.read().note, Some(UNREADABLE));
        let _ = std::fs::remove_dir_all(dir);
    }
}
