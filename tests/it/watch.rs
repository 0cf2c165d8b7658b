//! The kiosk's watcher on a real folder: edits saved in place and by
//! rename, a broken edit, a file still being written, a folder swapped in
//! by `mv` or deleted and copied back (and edits after that), symbolic
//! links inside the folder, a folder that is not there yet, and a folder
//! of language folders, each language sent with its code. Every
//! test waits for what the watcher sends, never a fixed time.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use immunoguide::event_loop::Incoming;
use immunoguide::staff_log::StaffLog;
use immunoguide::watch::{Timing, counts, start};
use notify::event::{AccessKind, CreateKind, EventKind, ModifyKind};

use crate::shared::TempDir;
use crate::support::example_files;

const TIMING: Timing = Timing {
    settle: Duration::from_millis(100),
    check_every: Duration::from_millis(300),
};

/// The documented example guide, written into `folder` with `title`.
fn write_guide(folder: &Path, title: &str) {
    std::fs::create_dir_all(folder).expect("the guide folder");
    for (name, text) in &example_files().0 {
        let text = if name == "guide.toml" {
            text.replacen(
                "title = \"Example guide\"",
                &format!("title = \"{title}\""),
                1,
            )
        } else {
            text.clone()
        };
        std::fs::write(folder.join(name), text).expect("a guide file");
    }
}

fn set_title(folder: &Path, title: &str) {
    let path = folder.join("guide.toml");
    let text = std::fs::read_to_string(&path).expect("guide.toml");
    let line = text
        .lines()
        .find(|l| l.starts_with("title = "))
        .expect("a title line")
        .to_string();
    let temp = folder.join(".guide.toml.swp");
    std::fs::write(
        &temp,
        text.replacen(&line, &format!("title = \"{title}\""), 1),
    )
    .expect("the editor's file");
    std::fs::rename(&temp, &path).expect("saved by rename");
}

struct Watched {
    rx: Receiver<Incoming>,
    log_path: PathBuf,
}

fn watch(folder: &Path, log_dir: &Path) -> Watched {
    let (tx, rx) = channel();
    let log_path = log_dir.join("kiosk.log");
    start(
        folder.to_path_buf(),
        tx,
        Arc::new(StaffLog::new(Some(log_path.clone()))),
        TIMING,
    );
    Watched { rx, log_path }
}

impl Watched {
    /// Waits for a version of the guide with this title; fails with what
    /// came instead if none does in time.
    fn expect_title(&self, title: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut seen = Vec::new();
        while Instant::now() < deadline {
            if let Ok(Incoming::GuideEdited { loaded, .. }) =
                self.rx.recv_timeout(Duration::from_millis(100))
            {
                match *loaded {
                    Ok(guide) if guide.about.title == title => return,
                    Ok(guide) => seen.push(guide.about.title),
                    Err(problems) => seen.push(problems.join("; ")),
                }
            }
        }
        panic!(
            "no version titled {title:?}; came instead: {seen:?}\nlog: {}",
            self.log()
        );
    }

    /// Waits for the next version, whatever it is.
    fn next(&self) -> Result<immunoguide::content::Guide, Vec<String>> {
        match self.rx.recv_timeout(Duration::from_secs(15)) {
            Ok(Incoming::GuideEdited { loaded, .. }) => *loaded,
            _ => panic!("nothing came\nlog: {}", self.log()),
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }

    fn wait_log(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while !self.log().contains(text) {
            assert!(
                Instant::now() < deadline,
                "no {text:?} in the log: {}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn edits_in_place_and_by_rename_are_loaded_and_a_broken_one_comes_with_its_place() {
    let temp = TempDir::new("edits");
    let guide = temp.path().join("guide");
    write_guide(&guide, "First");
    let watched = watch(&guide, temp.path());
    set_title(&guide, "Saved By Rename");
    watched.expect_title("Saved By Rename");
    let chapter = guide.join("care.toml");
    let good = std::fs::read_to_string(&chapter).expect("care.toml");
    let line = good.lines().count() + 1;
    std::fs::write(&chapter, format!("{good}oops = \n")).expect("a broken edit");
    let problems = loop {
        if let Err(problems) = watched.next() {
            break problems.join("\n");
        }
    };
    assert!(
        problems.contains(&format!("care.toml:{line}:")),
        "{problems}"
    );
}

#[test]
fn a_folder_swapped_in_by_mv_is_loaded_and_so_are_later_edits() {
    let temp = TempDir::new("swap");
    let guide = temp.path().join("guide");
    write_guide(&guide, "Old Release");
    let watched = watch(&guide, temp.path());
    let next = temp.path().join("guide.new");
    write_guide(&next, "New Release");
    std::fs::rename(&guide, temp.path().join("guide.old")).expect("mv guide guide.old");
    std::fs::rename(&next, &guide).expect("mv guide.new guide");
    watched.expect_title("New Release");
    set_title(&guide, "Edited After The Swap");
    watched.expect_title("Edited After The Swap");
}

#[test]
fn a_folder_deleted_and_copied_back_is_loaded_and_so_are_later_edits() {
    let temp = TempDir::new("recopy");
    let guide = temp.path().join("guide");
    write_guide(&guide, "Before");
    let watched = watch(&guide, temp.path());
    std::fs::remove_dir_all(&guide).expect("rm -r guide");
    write_guide(&guide, "Copied Back");
    watched.expect_title("Copied Back");
    set_title(&guide, "Edited After The Copy");
    watched.expect_title("Edited After The Copy");
}

#[test]
fn symbolic_links_inside_the_folder_do_not_stop_the_watch() {
    let temp = TempDir::new("links");
    let guide = temp.path().join("guide");
    write_guide(&guide, "Linked");
    std::os::unix::fs::symlink("..", guide.join("up")).expect("a link to the parent");
    std::os::unix::fs::symlink("/", guide.join("root")).expect("a link to /");
    std::os::unix::fs::symlink(guide.join("nowhere"), guide.join("dangling"))
        .expect("a dangling link");
    let watched = watch(&guide, temp.path());
    set_title(&guide, "Edited Beside Links");
    watched.expect_title("Edited Beside Links");
    assert!(!watched.log().contains("Cannot watch"), "{}", watched.log());
}

#[test]
fn a_chapter_still_being_written_is_read_only_once_it_stops_changing() {
    let temp = TempDir::new("half");
    let guide = temp.path().join("guide");
    write_guide(&guide, "Whole");
    let chapter = guide.join("care.toml");
    let whole = std::fs::read_to_string(&chapter).expect("care.toml");
    let watched = watch(&guide, temp.path());
    // Written a little at a time, never pausing as long as the settle
    // time, for several settle times.
    let writer = {
        let chapter = chapter.clone();
        let whole = whole.clone();
        std::thread::spawn(move || {
            use std::io::Write;
            let mut file = std::fs::File::create(&chapter).expect("care.toml");
            let pieces = 8;
            let size = whole.len().div_ceil(pieces);
            for piece in whole.as_bytes().chunks(size) {
                file.write_all(piece).expect("a piece");
                file.flush().expect("flushed");
                std::thread::sleep(TIMING.settle / 3);
            }
        })
    };
    let first = watched.next();
    writer.join().expect("the writer");
    let guide = first.unwrap_or_else(|p| panic!("a half-written chapter was read: {p:?}"));
    assert_eq!(std::fs::read_to_string(&chapter).expect("care.toml"), whole);
    assert!(guide.sections.iter().any(|s| s.id == "care"), "{guide:?}");
}

#[test]
fn a_folder_that_cannot_be_watched_is_logged_and_tried_again() {
    let temp = TempDir::new("missing");
    let guide = temp.path().join("guide");
    let watched = watch(&guide, temp.path());
    watched.wait_log("Cannot watch");
    write_guide(&guide, "Arrived Later");
    watched.expect_title("Arrived Later");
    watched.wait_log("for edits again");
}

#[test]
fn only_guide_files_and_the_folder_itself_count_as_edits() {
    let folder = Path::new("/srv/guide");
    let event = |kind, path: &str| notify::Event::new(kind).add_path(PathBuf::from(path));
    let modify = EventKind::Modify(ModifyKind::Any);
    assert!(counts(&event(modify, "/srv/guide/care.toml"), folder));
    assert!(counts(
        &event(EventKind::Create(CreateKind::Folder), "/srv/guide"),
        folder
    ));
    // The staff log in the guide folder, an editor's swap file, a read.
    assert!(!counts(&event(modify, "/srv/guide/kiosk.log"), folder));
    assert!(!counts(&event(modify, "/srv/guide/.care.toml.swp"), folder));
    assert!(!counts(
        &event(EventKind::Access(AccessKind::Any), "/srv/guide/care.toml"),
        folder
    ));
    assert!(!counts(&event(modify, "/srv/other"), folder));
}

#[test]
fn each_language_of_a_folder_comes_with_its_language() {
    let temp = TempDir::new("languages");
    let guide = temp.path().join("guide");
    crate::shared::copy_dir(&crate::shared::fixture_dir("two-languages"), &guide);
    let watched = watch(&guide, temp.path());
    set_title(&guide.join("es"), "Una guía editada");
    // Every language is read again, each sent with its language: the
    // Spanish one with the new title.
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut seen = Vec::new();
    while Instant::now() < deadline {
        if let Ok(Incoming::GuideEdited { language, loaded }) =
            watched.rx.recv_timeout(Duration::from_millis(100))
        {
            let title = match *loaded {
                Ok(g) => g.about.title,
                Err(p) => p.join("; "),
            };
            if language == immunoguide::language::Language::Spanish && title == "Una guía editada"
            {
                return;
            }
            seen.push((language, title));
        }
    }
    panic!("no Spanish edit came; came instead: {seen:?}");
}
