//! A person reading in a terminal: the welcome screen, turning pages and
//! sections, the contents, help, search, resizing the window, and
//! quitting with the terminal put back.

use crate::shared::words;
use crate::support::{
    DISABLE_MOUSE, DOWN, ENABLE_MOUSE_BASIC, ENTER, ESC, LEAVE_ALTERNATE_SCREEN, PAGE_DOWN,
    SHOW_CURSOR, Section, Tui, escaped_tail, guide_sections,
};

/// The reader's breadcrumb, as drawn in the title of the text's box.
fn crumb(section: &Section) -> String {
    section.crumb.join(" › ")
}

// 1. Reading: welcome, pages, sections, contents, quit.

#[test]
fn read_navigate_and_quit_restores_the_terminal() {
    let (_, sections) = guide_sections();
    let mut tui = Tui::spawn(&[], 100, 30);
    tui.wait_for("Press Enter");
    tui.with_screen(|s| {
        assert!(
            s.alternate_screen(),
            "the guide draws on the alternate screen"
        )
    });

    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    let first = crumb(&sections[0]);
    tui.wait_until(&format!("the breadcrumb {first:?} on the first row"), |s| {
        s.lines().next().is_some_and(|row| row.contains(&first))
    });

    // `]` a few times, stopping on a section with nothing inside it, so the
    // next row of the contents list is the next section.
    let mut at = 0;
    while at < 2 || !sections[at].is_leaf(at) {
        tui.send("]");
        at += 1;
        assert!(
            at + 1 < sections.len(),
            "the guide has no leaf section to test with"
        );
        let want = crumb(&sections[at]);
        tui.wait_until(
            &format!("the breadcrumb {want:?} after {at} presses of ]"),
            |s| s.lines().next().is_some_and(|row| row.contains(&want)),
        );
    }

    // Contents: c, down one entry, Enter opens it in the reader.
    tui.send("c");
    tui.send(DOWN);
    tui.send(ENTER);
    let next = crumb(&sections[at + 1]);
    tui.wait_until(
        &format!("the breadcrumb {next:?} opened from the contents"),
        |s| s.lines().next().is_some_and(|row| row.contains(&next)),
    );
    tui.wait_for("Page 1 of");

    // Focus is back in the text: PgDn turns pages, and past the last page
    // goes on to the following section.
    tui.send(PAGE_DOWN);
    tui.wait_until("the reader to move on after PgDn", |s| {
        !s.contains("Page 1 of") || !s.contains(&next)
    });

    tui.send("q");
    let status = tui.wait_exit();
    assert!(
        status.signal().is_none(),
        "killed by a signal: {status:?}\n{}",
        tui.describe()
    );
    assert_eq!(
        status.exit_code(),
        0,
        "q exits with status 0\n{}",
        tui.describe()
    );
    tui.assert_restored();
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(
        raw.contains(DISABLE_MOUSE),
        "crossterm's DisableMouseCapture was not sent"
    );
    assert!(
        raw.trim_end()
            .ends_with(&format!("{LEAVE_ALTERNATE_SCREEN}{SHOW_CURSOR}")),
        "the output should end by leaving the alternate screen and showing the cursor: {}",
        escaped_tail(tui.raw().as_slice(), 200)
    );
}

#[test]
fn help_opens_and_escape_closes_it() {
    let mut tui = Tui::spawn(&[], 100, 30);
    tui.wait_for("Press Enter");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.send("?");
    let help_open = |s: &str| s.contains("Close (Esc)") && s.contains("What you see");
    tui.wait_until("the help screen", help_open);
    tui.send(ESC);
    tui.wait_until("the help screen to close", |s| {
        !help_open(s) && s.contains("Page 1 of")
    });
    tui.send("q");
    assert_eq!(tui.wait_exit().exit_code(), 0);
    tui.assert_restored();
}

#[test]
fn no_mouse_never_captures_the_mouse() {
    let mut tui = Tui::spawn(&["--no-mouse"], 80, 24);
    tui.wait_for("Press Enter");
    tui.send("q");
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 0, "{}", tui.describe());
    tui.assert_restored();
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(
        !raw.contains(ENABLE_MOUSE_BASIC),
        "--no-mouse still turned on mouse capture"
    );
}

// 2. Resizing keeps the place and changes the layout.

#[test]
fn resize_keeps_the_section_and_switches_layout() {
    let (_, sections) = guide_sections();
    // The second chapter: a short breadcrumb that fits even a narrow box.
    let target = sections
        .iter()
        .position(|s| s.depth == 0 && !std::ptr::eq(s, &sections[0]))
        .expect("the guide has a second chapter");
    let title = sections[target].title.clone();

    let mut tui = Tui::spawn(&[], 100, 30);
    tui.wait_for("Press Enter");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    for _ in 0..target {
        tui.send("]");
    }
    let first_row_has_title = |s: &str| s.lines().next().is_some_and(|row| row.contains(&title));
    tui.wait_until(
        &format!("the chapter {title:?} in the breadcrumb"),
        first_row_has_title,
    );
    tui.wait_for("┌ Contents");

    tui.resize(40, 15);
    tui.wait_until(
        &format!("the narrow layout (no contents box) still showing {title:?}"),
        |s| !s.contains("┌ Contents") && first_row_has_title(s) && s.contains("Page 1 of"),
    );

    tui.resize(20, 6);
    tui.wait_for_words("Please make the window larger");

    // And back: the same chapter, with the contents box again.
    tui.resize(100, 30);
    tui.wait_until(&format!("the wide layout showing {title:?} again"), |s| {
        first_row_has_title(s) && s.contains("┌ Contents") && !words(s).contains("Please make")
    });

    tui.send("q");
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 0, "{}", tui.describe());
    tui.assert_restored();
}

#[test]
fn starting_in_a_tiny_terminal_asks_for_more_room_and_quits_cleanly() {
    let mut tui = Tui::spawn(&[], 20, 6);
    tui.wait_for_words("Please make the window larger");
    tui.send("q");
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 0, "{}", tui.describe());
    tui.assert_restored();
}

// 3. Finding and opening.

#[test]
fn searching_a_lay_word_lands_on_the_right_section() {
    // "pee" is nowhere in the kidney text itself: the section's keywords
    // say people use it for urine.
    let mut tui = Tui::spawn(&[], 100, 30);
    tui.wait_for("Press Enter");
    tui.send("\r");
    tui.wait_for("Page 1 of");
    tui.send("/");
    tui.wait_for("Search:");
    tui.send("pee");
    tui.wait_for("found");
    tui.wait_for("Kidneys");
    tui.send("\r");
    tui.wait_until("the kidney section is open", |screen| {
        screen
            .lines()
            .next()
            .is_some_and(|top| top.contains("Kidneys"))
    });
    // Back goes to where the search started.
    tui.send("\x7f");
    tui.wait_until("back on the first page", |screen| {
        screen
            .lines()
            .next()
            .is_some_and(|top| top.contains("About this guide") && !top.contains("Kidneys"))
    });
    tui.send("q");
    assert_eq!(tui.wait_exit().exit_code(), 0, "{}", tui.describe());
    tui.assert_restored();
}

#[test]
fn the_guide_folder_can_be_opened_with_guide() {
    let mut tui = Tui::spawn(&["--guide", "guide/"], 80, 24);
    tui.wait_for("Press Enter");
    tui.send("q");
    assert_eq!(tui.wait_exit().exit_code(), 0, "{}", tui.describe());
    tui.assert_restored();
}
