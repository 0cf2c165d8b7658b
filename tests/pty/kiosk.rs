//! Kiosk mode as a clinic's waiting room uses it, through the real
//! program in a pseudo-terminal (see docs/kiosk.md): keys mashed and
//! pasted, the guide edited while it runs, and the touch bar clicked.
//! Staff and the PIN are in tests/pty/kiosk_staff.rs, settings that stop
//! the kiosk in tests/pty/kiosk_settings.rs, and its ways out in
//! tests/pty/restore.rs.

use std::path::Path;

use crate::shared::{copy_dir, guide_dir};
use crate::support::kiosk::{KioskSetup, PUBLIC_KEYS, assert_running};
use crate::support::{ENTER, ESC, LEAVE_ALTERNATE_SCREEN, SIGTERM, Tui, guide_sections};

const COLS: u16 = 80;
const ROWS: u16 = 24;

const WELCOME: &str = "Press Enter";
const READER: &str = "Page 1 of";
const HELP: &str = "The buttons at the bottom";
const NEW_VERSION: &str = "new version is showing";

const F1: &str = "\x1bOP";

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

// 1. Nothing a visitor presses or pastes closes or suspends the kiosk.
// Each key alone is tried in-process on the same bytes
// (tests/it/kiosk_loop.rs); here they go through a real terminal, all at
// once.

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
        !String::from_utf8_lossy(&tui.raw()).contains(LEAVE_ALTERNATE_SCREEN),
        "the kiosk gave the terminal back at some point\n{}",
        tui.describe()
    );
    tui.signal(SIGTERM);
    tui.expect_exit(143);
    tui.assert_restored();
}

// 2. Idle: the countdown and the reset are in tests/it/kiosk_loop.rs, on
// a clock that lets the minutes pass at once.

// 3. Editing the guide while the kiosk runs.

// Edits, broken edits, half-written files, swapped folders and a log in
// the guide folder are tried on the watcher itself in tests/it/watch.rs;
// here one edit goes through the whole program.

#[test]
fn a_reload_keeps_the_reader_on_its_section() {
    let (_, sections) = guide_sections();
    let index = sections
        .iter()
        .position(|s| s.id == "types")
        .expect("the guide has a `types` chapter");
    let title = sections[index].title.clone();
    let setup = KioskSetup::new("reload-reader");
    // A copy of the built-in guide's language folder, to edit.
    let guide = setup.dir().join("guide");
    copy_dir(&guide_dir().join("en"), &guide);
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

// 4. Default settings, and the touch bar.

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
    tui.wait_for("Page ▶");
    assert_running(&mut tui, "clicks on the touch bar");

    tui.signal(SIGTERM);
    tui.expect_exit(143);
    tui.assert_restored();
}

/// Where `label` is on the screen, looking from the bottom row up (the
/// touch bar is at the bottom): its 1-based middle column and row.
fn button(tui: &Tui, label: &str) -> Option<(u16, u16)> {
    let rows = tui.rows();
    rows.iter().enumerate().rev().find_map(|(row, text)| {
        let at = text.find(label)?;
        let column = text[..at].chars().count() + label.chars().count() / 2 + 1;
        Some((u16::try_from(column).ok()?, u16::try_from(row + 1).ok()?))
    })
}

/// Taps the middle of the button labelled `label`.
fn tap(tui: &mut Tui, label: &str) {
    let Some((column, row)) = button(tui, label) else {
        tui.fail(&format!("no {label:?} button to tap"));
    };
    click(tui, column, row);
}

/// Whether the cell at a 1-based column and row is drawn as chosen: on a
/// background of its own (the themes' look for a pressed button), or in
/// reverse video (without colour).
fn pressed(tui: &Tui, column: u16, row: u16) -> bool {
    tui.with_screen(|s| {
        s.cell(row - 1, column - 1)
            .is_some_and(|c| c.inverse() || c.bgcolor() != vt100::Color::Default)
    })
}

/// A visitor with only a touch screen: Start, then Contents (which opens
/// the list beside the text and shows pressed), then Page ▶, which turns
/// the page of the section being read, not the list; Contents puts the
/// list away again.
#[test]
fn start_contents_then_page_turns_a_page_by_touch_alone() {
    let (_, sections) = guide_sections();
    let contents_box = "┌ Contents";
    let mut tui = Tui::spawn(&["--kiosk"], COLS, ROWS);
    tui.wait_for("Start reading");
    tap(&mut tui, "Start reading");
    tui.wait_for(READER);
    tui.wait_for("Page ▶");
    assert!(!tui.screen().contains(contents_box), "{}", tui.describe());
    let first = first_row(&tui.screen()).to_string();
    assert!(first.contains(&sections[0].title), "{}", tui.describe());

    tap(&mut tui, "Contents");
    tui.wait_until("the contents list beside the text", |s| {
        s.contains(contents_box)
    });
    tui.wait_quiet();
    let (column, row) = button(&tui, "Contents").expect("the Contents button");
    assert!(
        pressed(&tui, column, row),
        "Contents is not shown pressed\n{}",
        tui.describe()
    );

    // The first section is one page long, so the next page is the next
    // section's first; then its second page.
    tap(&mut tui, "Page ▶");
    tui.wait_until("the next section, with the list still open", |s| {
        first_row(s).contains(&sections[1].title) && s.contains(contents_box)
    });
    tap(&mut tui, "Page ▶");
    tui.wait_until("page 2 of the section", |s| {
        s.contains("Page 2 of") && first_row(s).contains(&sections[1].title)
    });
    tap(&mut tui, "◀ Page");
    tui.wait_until("page 1 again", |s| {
        s.contains("Page 1 of") && first_row(s).contains(&sections[1].title)
    });

    tap(&mut tui, "Contents");
    tui.wait_until("the list put away", |s| !s.contains(contents_box));
    tui.wait_quiet();
    let (column, row) = button(&tui, "Contents").expect("the Contents button");
    assert!(!pressed(&tui, column, row), "{}", tui.describe());
    assert_running(&mut tui, "touch alone");

    tui.signal(SIGTERM);
    tui.expect_exit(143);
    tui.assert_restored();
}
