//! The real program's cursor, read from the emulated terminal as a
//! screen reader or a magnifier reads it: shown, and on the welcome
//! screen's way in, the page's first line, the chosen contents entry, the
//! search field and the link Tab chose, with `--plain` and without. And
//! the linear mode chosen by `--plain`, `IMMUNOGUIDE_PLAIN` and the kiosk
//! setting `plain`, with no box drawing on the screen.

use crate::shared::TempDir;
use crate::support::{DOWN, ENTER, ESC, SIGTERM, Tui};

/// What the row under the cursor shows from the cursor on; `None` while
/// the cursor is hidden.
fn from_cursor(screen: &vt100::Screen) -> Option<String> {
    if screen.hide_cursor() {
        return None;
    }
    let (row, column) = screen.cursor_position();
    let (_, columns) = screen.size();
    Some(screen.contents_between(row, column, row, columns.get()))
}

/// The row under the cursor up to the cursor.
/// Every cell's place and look (colours, bold, reverse video), row by row.
type CellLook = (u16, u16, vt100::Color, vt100::Color, bool, bool);

fn cell_looks(screen: &vt100::Screen) -> Vec<CellLook> {
    let (rows, columns) = screen.size();
    let mut out = Vec::new();
    for row in 0..rows.get() {
        for column in 0..columns.get() {
            if let Some(c) = screen.cell(row, column) {
                out.push((row, column, c.fgcolor(), c.bgcolor(), c.bold(), c.inverse()));
            }
        }
    }
    out
}

fn looks(tui: &Tui) -> Vec<CellLook> {
    tui.with_screen(cell_looks)
}

fn before_cursor(screen: &vt100::Screen) -> String {
    let (row, column) = screen.cursor_position();
    screen.contents_between(row, 0, row, column)
}

fn cursor_on(tui: &mut Tui, what: &str, words: &str) {
    tui.wait_until_screen(&format!("the cursor on {what} ({words:?})"), |s| {
        from_cursor(s).is_some_and(|text| text.starts_with(words))
    });
}

fn is_box_drawing(c: char) -> bool {
    ('\u{2500}'..='\u{257f}').contains(&c)
}

#[test]
fn the_cursor_follows_the_focus_with_plain_and_without() {
    for args in [&["--plain"][..], &[]] {
        let mut tui = Tui::spawn(args, 80, 24);
        tui.wait_for("Press Enter");
        cursor_on(&mut tui, "the start button", "Press Enter");

        // The page: its first line, the section's title.
        tui.send(ENTER);
        tui.wait_for("Page 1 of");
        tui.wait_until_screen("the cursor on the first line of the page", |s| {
            from_cursor(s).is_some_and(|t| t.starts_with("About this guide"))
                && s.cursor_position().0 == 1
        });

        // The contents: the chosen entry, moving with the arrows.
        tui.send("c");
        tui.wait_until_screen("the cursor on the contents entry being read", |s| {
            from_cursor(s).is_some_and(|t| t.starts_with("About this guide ◀"))
        });
        tui.send(DOWN);
        cursor_on(&mut tui, "the next contents entry", "How to use this");
        tui.send(ENTER);
        tui.wait_until_screen("the cursor on the opened page's first line", |s| {
            from_cursor(s).is_some_and(|t| t.starts_with("How to use this guide"))
                && s.cursor_position().0 == 1
        });

        // The search field: after the words typed.
        tui.send("/");
        tui.wait_for("Search the guide");
        tui.send("fever");
        tui.wait_until_screen("the cursor after the words typed", |s| {
            !s.hide_cursor() && before_cursor(s).ends_with("Search: fever")
        });
        // A search whose first result is a page with links and glossary
        // words on its first page, at this size in either mode.
        for _ in "fever".chars() {
            tui.send("\x7f");
        }
        tui.send("chimeric");
        tui.wait_for("Search: chimeric");
        tui.send(ENTER);
        tui.wait_until("search closed", |s| !s.contains("Search the guide"));
        tui.wait_quiet();

        // Tab: the link or word it chose takes the chosen look, whatever
        // that is in the theme; the first cell whose look changed is where
        // the chosen thing starts, and the cursor is there.
        let before = looks(&tui);
        tui.send("\t");
        tui.wait_until_screen("the cursor at the start of the chosen link", |s| {
            let (row, column) = s.cursor_position();
            let first_changed = cell_looks(s)
                .into_iter()
                .zip(&before)
                .find(|(now, was)| now != *was)
                .map(|(now, _)| (now.0, now.1));
            !s.hide_cursor() && row > 0 && first_changed == Some((row, column))
        });

        tui.send("q");
        let status = tui.wait_exit();
        assert_eq!(status.exit_code(), 0, "{}", tui.describe());
        tui.assert_restored();
    }
}

#[test]
fn plain_draws_no_box_and_puts_the_path_on_the_first_row() {
    let mut tui = Tui::spawn(&["--plain"], 80, 24);
    tui.wait_for("Press Enter");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.send("]");
    tui.wait_for("About this guide > How to use this guide");
    tui.wait_quiet();
    for keys in ["", "c", "c", "?", ESC, "/", "rash"] {
        tui.send(keys);
        tui.wait_quiet();
        let screen = tui.screen();
        assert!(
            !screen.chars().any(is_box_drawing),
            "after {keys:?}:\n{screen}"
        );
    }
    // A moment between the two, or Esc and q read as Alt+q.
    tui.send(ESC);
    tui.wait_quiet();
    tui.send("q");
    tui.wait_exit();
    tui.assert_restored();
}

/// The first page without a box: the linear mode is on.
fn wait_for_linear_page(tui: &mut Tui) {
    tui.wait_for("Press Enter");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.wait_quiet();
    let screen = tui.screen();
    assert!(!screen.chars().any(is_box_drawing), "{screen}");
    assert!(screen.starts_with(" About this guide\n"), "{screen}");
}

#[test]
fn the_environment_variable_and_the_kiosk_setting_turn_it_on() {
    let mut tui = Tui::spawn_with_env(&[], 80, 24, &[("IMMUNOGUIDE_PLAIN", "1")]);
    wait_for_linear_page(&mut tui);
    tui.send("q");
    tui.wait_exit();
    tui.assert_restored();

    let dir = TempDir::new("plain-kiosk");
    let config = dir.path().join("kiosk.toml");
    std::fs::write(&config, "plain = true\nreload = false\n").expect("write the settings");
    let config = config.to_string_lossy().into_owned();
    let mut tui = Tui::spawn_with_env(
        &["--config", &config],
        80,
        24,
        &[("IMMUNOGUIDE_PLAIN", "0")],
    );
    wait_for_linear_page(&mut tui);
    tui.signal(SIGTERM);
    tui.wait_exit();
    tui.assert_restored();
}

#[test]
fn a_wrong_plain_variable_stops_before_the_screen_changes() {
    let mut tui = Tui::spawn_with_env(&[], 80, 24, &[("IMMUNOGUIDE_PLAIN", "maybe")]);
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 1, "{}", tui.describe());
    let screen = tui.screen();
    assert!(
        screen.contains("IMMUNOGUIDE_PLAIN is set to \"maybe\""),
        "{screen}"
    );
    assert!(!String::from_utf8_lossy(&tui.raw()).contains("\x1b[?1049h"));
}
