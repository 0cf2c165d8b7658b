//! Watching a kiosk's guide folder for edits, so they show without a
//! restart, in a way that never silently stops:
//!
//! - the folder's parent is watched too, so a folder swapped in by rename
//!   (the usual atomic deploy), or deleted and copied back, is noticed;
//!   the watch is then made again on the new folder, which is read whole;
//! - every few seconds the folder is checked to be the one watched, in
//!   case a swap's events were missed;
//! - symbolic links inside the folder are never followed (the loader
//!   refuses them as guide files anyway);
//! - a file is read only once it has stopped changing: after the burst
//!   of events dies down, the size and time of every guide file must stay
//!   the same across the settle time;
//! - if watching fails, the staff log says so, and it is tried again.
//!
//! The guide is loaded and checked here, away from drawing, and sent to
//! the event loop whole, with its problems if it has any: every language
//! the folder holds, each on its own, so a mistake in one translation
//! keeps only that language at its last good version.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, SystemTime};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use crate::content::GuideSource;
use crate::event_loop::Incoming;
use crate::staff_log::StaffLog;

/// How long the watcher waits.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// Edits arrive as bursts of file events; this long without one, and
    /// with no guide file changing size or time, and the edit is done.
    pub settle: Duration,
    /// How often the folder is checked to still be the one watched, and a
    /// failed watch is tried again.
    pub check_every: Duration,
}

pub const TIMING: Timing = Timing {
    settle: Duration::from_millis(500),
    check_every: Duration::from_secs(3),
};

/// Starts watching `folder` on a thread of its own; the new versions go
/// to `tx`. Stops once the event loop is gone.
pub fn start(folder: PathBuf, tx: Sender<Incoming>, log: Arc<StaffLog>, timing: Timing) {
    // Absolute, so the parent's events can be matched to the folder.
    let folder = std::path::absolute(&folder).unwrap_or(folder);
    let mut watch = Watch::new(folder, tx, log, timing);
    // Watching before this returns: an edit made right after is seen.
    watch.arm();
    std::thread::spawn(move || watch.run());
}

/// Which folder a path names right now (device and inode), to see a swap.
type Identity = Option<(u64, u64)>;

fn identity(path: &Path) -> Identity {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

struct Watch {
    folder: PathBuf,
    tx: Sender<Incoming>,
    log: Arc<StaffLog>,
    timing: Timing,
    /// A guide file changed (false) or the folder itself came or went
    /// (true).
    changed_tx: Sender<bool>,
    changed_rx: Receiver<bool>,
    /// The watcher, and which folder it watches. Dropping it stops it.
    armed: Option<(RecommendedWatcher, Identity)>,
    failing: bool,
}

impl Watch {
    fn new(folder: PathBuf, tx: Sender<Incoming>, log: Arc<StaffLog>, timing: Timing) -> Self {
        let (changed_tx, changed_rx) = mpsc::channel();
        Self {
            folder,
            tx,
            log,
            timing,
            changed_tx,
            changed_rx,
            armed: None,
            failing: false,
        }
    }

    fn run(mut self) {
        loop {
            if self.armed.is_none() && self.arm() {
                // A new folder, or the watch working again: whatever
                // changed meanwhile is read now.
                let _ = self.changed_tx.send(false);
            }
            match self.changed_rx.recv_timeout(self.timing.check_every) {
                Ok(folder_itself) => {
                    let folder_itself = self.settle() || folder_itself;
                    // A folder made anew may even reuse the old one's
                    // inode: after any event on the folder itself, the
                    // watch is made again.
                    let swapped =
                        self.armed.as_ref().map(|(_, id)| *id) != Some(identity(&self.folder));
                    if folder_itself || swapped {
                        self.armed = None;
                        if !self.arm() {
                            continue;
                        }
                    }
                    if !self.send_new_version() {
                        return;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    let swapped = self
                        .armed
                        .as_ref()
                        .is_some_and(|(_, id)| *id != identity(&self.folder));
                    if swapped {
                        self.armed = None;
                    }
                }
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    /// Watches the folder (and its parent, for swaps). False, and said in
    /// the staff log once, if it cannot.
    fn arm(&mut self) -> bool {
        match self.watcher() {
            Ok(watcher) => {
                if self.failing {
                    self.log.write(&format!(
                        "Watching {} for edits again.",
                        crate::message::shown(&self.folder)
                    ));
                }
                self.failing = false;
                self.armed = Some((watcher, identity(&self.folder)));
                true
            }
            Err(e) => {
                if !self.failing {
                    self.log.write(&format!(
                        "Cannot watch {} for edits ({}); trying again every {:.0} seconds.",
                        crate::message::shown(&self.folder),
                        crate::content::problem::visible(&e.to_string()),
                        self.timing.check_every.as_secs_f32()
                    ));
                }
                self.failing = true;
                false
            }
        }
    }

    fn watcher(&self) -> notify::Result<RecommendedWatcher> {
        let changed = self.changed_tx.clone();
        let folder = self.folder.clone();
        // Only edits to guide files count: not the staff log (which may
        // sit in the same folder, and would reload itself forever), not an
        // editor's swap files or notes. In the parent, only the folder.
        let handler = move |event: notify::Result<notify::Event>| {
            if let Ok(event) = event
                && counts(&event, &folder)
            {
                let _ = changed.send(event.paths.iter().any(|p| p.as_path() == folder));
            }
        };
        let config = notify::Config::default().with_follow_symlinks(false);
        let mut watcher = RecommendedWatcher::new(handler, config)?;
        let real = std::fs::canonicalize(&self.folder)?;
        watcher.watch(&real, RecursiveMode::Recursive)?;
        // The parent shows a swap at once; if it cannot be watched (no
        // permission), the check every few seconds still finds the swap.
        if let Some(parent) = self.folder.parent().filter(|p| !p.as_os_str().is_empty()) {
            let _ = watcher.watch(parent, RecursiveMode::NonRecursive);
        }
        Ok(watcher)
    }

    /// Waits for the burst of events to die down, then for every guide
    /// file to keep its size and time across the settle time. Whether an
    /// event was about the folder itself.
    fn settle(&self) -> bool {
        let mut folder_itself = false;
        loop {
            while let Ok(itself) = self.changed_rx.recv_timeout(self.timing.settle) {
                folder_itself |= itself;
            }
            let before = snapshot(&self.folder);
            std::thread::sleep(self.timing.settle);
            let mut quiet = true;
            while let Ok(itself) = self.changed_rx.try_recv() {
                folder_itself |= itself;
                quiet = false;
            }
            if quiet && snapshot(&self.folder) == before {
                return folder_itself;
            }
        }
    }

    /// Loads and checks the guide in every language; false once the
    /// event loop is gone. The loop keeps a language unchanged by the edit
    /// as it was.
    fn send_new_version(&self) -> bool {
        let source = match GuideSource::open(Some(&self.folder)) {
            Ok(source) => source,
            Err(message) => {
                // Said once, for the language on screen: the folder
                // holds no guide at all now.
                let loaded = Box::new(Err(vec![message]));
                return self
                    .tx
                    .send(Incoming::GuideEdited {
                        language: crate::language::Language::default(),
                        loaded,
                    })
                    .is_ok();
            }
        };
        source.languages().into_iter().all(|language| {
            let loaded = source
                .load(language)
                .map_err(|problems| problems.iter().map(ToString::to_string).collect());
            self.tx
                .send(Incoming::GuideEdited {
                    language,
                    loaded: Box::new(loaded),
                })
                .is_ok()
        })
    }
}

/// Whether a file event is an edit of the guide: a guide file changed,
/// or the folder itself came or went. Reading is not an edit.
pub fn counts(event: &notify::Event, folder: &Path) -> bool {
    !event.kind.is_access()
        && event
            .paths
            .iter()
            .any(|p| is_guide_file(p) || p.as_path() == folder)
}

/// The files a guide is made of: its TOML files, and its own screen
/// words (`screen.ftl`).
fn is_guide_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "toml" || e == "ftl")
}

/// Every guide file under `folder` with its size and time, without
/// following symbolic links.
fn snapshot(folder: &Path) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    let mut out = Vec::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            let path = entry.path();
            if meta.is_dir() {
                stack.push(path);
            } else if is_guide_file(&path) {
                out.push((path, meta.len(), meta.modified().ok()));
            }
        }
    }
    out.sort();
    out
}
