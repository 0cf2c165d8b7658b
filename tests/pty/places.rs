//! Resume and bookmarks, with the real program in a real terminal and a
//! state folder of the test's own (XDG_STATE_HOME set for the child
//! only): the place and bookmarks round-trip, `--fresh` starts clean, a
//! damaged or unwritable state file is a note and never an error, and a
//! kiosk writes nothing at all.

use std::path::{Path, PathBuf};

use crate::shared::TempDir;
use crate::support::{DOWN, ENTER, ESC, SIGTERM, Tui, guide_sections};

const COLS: u16 = 100;
const ROWS: u16 = 30;

fn places_file(state: &Path) -> PathBuf {
    state.join("immunoguide").join("places.toml")
}

fn start(state: &Path, args: &[&str]) -> Tui {
    let dir = state.to_string_lossy().into_owned();
    Tui::spawn_with_env(args, COLS, ROWS, &[("XDG_STATE_HOME", dir.as_str())])
}

fn quit(mut tui: Tui) {
    tui.send("q");
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 0, "{}", tui.describe());
    tui.assert_restored();
}

/// Every file under a folder.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(files_under(&path));
            } else {
                out.push(path);
            }
        }
    }
    out
}

#[test]
fn the_place_and_bookmarks_come_back_next_time() {
    let (_, sections) = guide_sections();
    let state = TempDir::new("resume");
    let target = &sections[3];
    let crumb = target.crumb.join(" › ");

    let mut tui = start(state.path(), &[]);
    tui.wait_for("Press Enter");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.send("]]]");
    tui.wait_for(&crumb);
    tui.send("m");
    tui.wait_for("Bookmarked");
    quit(tui);

    let kept = std::fs::read_to_string(places_file(state.path())).expect("the place was saved");
    let kept: toml::Table = kept.parse().expect("the file is TOML");
    let last = kept["last"].as_table().expect("a last place");
    assert_eq!(last["section"].as_str(), Some(target.id.as_str()));
    let bookmarks = kept["bookmark"].as_array().expect("bookmarks");
    assert_eq!(bookmarks.len(), 1);

    // Next time: the welcome screen offers to continue, and Enter does.
    let mut tui = start(state.path(), &[]);
    tui.wait_for(&format!("Continue: {}", target.title));
    tui.wait_for("Start from the beginning");
    tui.send(ENTER);
    tui.wait_until("the kept section open", |screen| {
        screen
            .lines()
            .next()
            .is_some_and(|row| row.contains(&crumb))
    });
    // ' lists the bookmark; Enter on it opens it.
    tui.send("'");
    tui.wait_for("1 bookmark.");
    tui.send(ESC);
    tui.wait_until("the list closed", |screen| !screen.contains("1 bookmark."));
    quit(tui);
}

#[test]
fn start_from_the_beginning_is_the_other_choice() {
    let (_, sections) = guide_sections();
    let state = TempDir::new("from-start");
    std::fs::create_dir_all(state.path().join("immunoguide")).expect("folder");
    let kept = &sections[5];
    std::fs::write(
        places_file(state.path()),
        format!(
            "[last]\nsection = \"{}\"\ntitle = \"An old title\"\nword = 0\n",
            kept.id
        ),
    )
    .expect("write a kept place");
    let mut tui = start(state.path(), &[]);
    // The title as the guide has it now, not as it was kept.
    tui.wait_for(&format!("Continue: {}", kept.title));
    tui.send(DOWN);
    tui.send(ENTER);
    let first = sections[0].crumb.join(" › ");
    tui.wait_until("the first section open", |screen| {
        screen
            .lines()
            .next()
            .is_some_and(|row| row.contains(&first))
    });
    quit(tui);
}

#[test]
fn fresh_starts_clean() {
    let (_, sections) = guide_sections();
    let state = TempDir::new("fresh");
    std::fs::create_dir_all(state.path().join("immunoguide")).expect("folder");
    std::fs::write(
        places_file(state.path()),
        format!(
            "[last]\nsection = \"{}\"\ntitle = \"x\"\n\n[[bookmark]]\nsection = \"{}\"\ntitle = \"x\"\n",
            sections[4].id, sections[4].id
        ),
    )
    .expect("write a kept place");
    let mut tui = start(state.path(), &["--fresh"]);
    tui.wait_for("Press Enter");
    assert!(!tui.screen().contains("Continue:"), "{}", tui.describe());
    tui.send("'");
    tui.wait_for("No bookmarks yet");
    tui.send(ESC);
    // Esc and a key at once would read as Alt and the key.
    tui.wait_until("the list closed", |screen| {
        !screen.contains("No bookmarks yet")
    });
    quit(tui);
}

#[test]
fn a_damaged_state_file_is_a_note_not_an_error() {
    let state = TempDir::new("damaged");
    std::fs::create_dir_all(state.path().join("immunoguide")).expect("folder");
    std::fs::write(places_file(state.path()), "[last\nsection = = 3 \u{0}").expect("write junk");
    let mut tui = start(state.path(), &[]);
    tui.wait_for("Press Enter");
    tui.wait_for_words("Your saved place was damaged");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    quit(tui);
    // Closing the guide wrote a good file in its place.
    let text = std::fs::read_to_string(places_file(state.path())).expect("a new file");
    assert!(text.parse::<toml::Table>().is_ok(), "{text}");
}

#[test]
fn an_unwritable_state_folder_is_a_note_not_an_error() {
    let dir = TempDir::new("unwritable");
    // A file where the state folder should be: nothing can be made under
    // it, not even by root.
    let blocker = dir.path().join("state");
    std::fs::write(&blocker, "not a folder").expect("write");
    let mut tui = start(&blocker, &[]);
    tui.wait_for("Press Enter");
    tui.wait_for_words("Your saved place could not be read");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.send("m");
    tui.wait_for_words("Your bookmarks could not be saved");
    tui.send("q");
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 0, "not an error: {}", tui.describe());
    // Said plainly once the terminal is back.
    tui.assert_restored_before_message("your place could not be saved");
    assert_eq!(
        std::fs::read_to_string(&blocker).expect("still there"),
        "not a folder"
    );
}

#[test]
fn a_kiosk_keeps_nothing_on_disk() {
    let (_, sections) = guide_sections();
    let state = TempDir::new("kiosk");
    // A place kept by someone at this machine's own terminal: the kiosk
    // neither offers it nor touches it.
    std::fs::create_dir_all(state.path().join("immunoguide")).expect("folder");
    let kept = format!("[last]\nsection = \"{}\"\ntitle = \"x\"\n", sections[4].id);
    std::fs::write(places_file(state.path()), &kept).expect("write");
    let mut tui = start(state.path(), &["--kiosk"]);
    tui.wait_for("Start reading");
    assert!(!tui.screen().contains("Continue:"), "{}", tui.describe());
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.send("]]");
    tui.send("m");
    tui.wait_for_words("Bookmarks are not kept on a shared screen");
    tui.send("'");
    tui.signal(SIGTERM);
    tui.wait_exit();
    assert_eq!(
        files_under(state.path()),
        [places_file(state.path())],
        "nothing new on disk"
    );
    assert_eq!(
        std::fs::read_to_string(places_file(state.path())).expect("read"),
        kept,
        "the kept place is untouched"
    );
}
