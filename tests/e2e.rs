//! End-to-end tests: the real binary, in a real pseudo-terminal or with
//! its output piped, as a person or a clinic's script would run it.

// A test stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]
#![cfg(unix)]

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::{
    BIN, DISABLE_MOUSE, DOWN, ENABLE_MOUSE_BASIC, ENTER, ENTER_ALTERNATE_SCREEN,
    LEAVE_ALTERNATE_SCREEN, PAGE_DOWN, SHOW_CURSOR, SIGHUP, SIGINT, SIGTERM, Section, TempDir, Tui,
    copy_dir, guide_dir, guide_sections, headings, normalize,
};

/// The reader's breadcrumb, as drawn in the title of the text's box.
fn crumb(section: &Section) -> String {
    section.crumb.join(" › ")
}

/// Runs the binary with stdout and stderr piped and stdin empty.
fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap_or_else(|e| panic!("run immunoguide {args:?}: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

fn explain(args: &[&str], out: &Output) -> String {
    format!(
        "immunoguide {}\nstatus: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        args.join(" "),
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn assert_plain_text(args: &[&str], out: &Output) {
    let bad = out
        .stdout
        .iter()
        .position(|&b| (b < 0x20 && b != b'\n') || b == 0x7f);
    if let Some(at) = bad {
        let from = at.saturating_sub(60);
        panic!(
            "immunoguide {}: control byte {:#04x} at offset {at} of stdout, near {:?}",
            args.join(" "),
            out.stdout[at],
            String::from_utf8_lossy(&out.stdout[from..(at + 20).min(out.stdout.len())])
        );
    }
    let stdout = text(&out.stdout);
    if let Some(c) = stdout.chars().find(|c| ('\u{80}'..='\u{9f}').contains(c)) {
        panic!(
            "immunoguide {}: C1 control character {c:?} in stdout",
            args.join(" ")
        );
    }
}

/// A copy of the guide with one chapter made invalid TOML (an unclosed
/// string on line 2), for the error paths.
fn broken_guide(name: &str) -> TempDir {
    let dir = TempDir::new(name);
    copy_dir(&guide_dir(), dir.path());
    let chapter = dir.path().join("en").join("types.toml");
    let original = std::fs::read_to_string(&chapter).expect("read types.toml");
    let mut lines: Vec<&str> = original.lines().collect();
    assert!(
        lines[1].starts_with("title = \"") && lines[1].ends_with('"'),
        "line 2 of types.toml is expected to be its title, found {:?}",
        lines[1]
    );
    let unclosed = lines[1].trim_end_matches('"').to_string();
    lines[1] = &unclosed;
    std::fs::write(&chapter, lines.join("\n") + "\n").expect("write the broken chapter");
    dir
}

/// True if `text` has `file:LINE:COLUMN:` somewhere.
fn has_location(text: &str, file: &str, line: usize) -> bool {
    let prefix = format!("{file}:{line}:");
    text.match_indices(&prefix).any(|(at, _)| {
        let rest = &text[at + prefix.len()..];
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with(':')
    })
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
        common::escaped_tail(tui.raw().as_slice(), 200)
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
    tui.send(common::ESC);
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

// 2. Signals: the terminal is put back and the status says which signal.

fn signal_exits_with(signal: i32, start_reading: bool) {
    let mut tui = Tui::spawn(&[], 80, 24);
    tui.wait_for("Press Enter");
    if start_reading {
        tui.send(ENTER);
        tui.wait_for("Page 1 of");
    }
    tui.signal(signal);
    let status = tui.wait_exit();
    // portable-pty reports a death by signal as code 1 with the signal's
    // name; the guide catches the signal and exits with 128 + signal itself.
    assert!(
        status.signal().is_none(),
        "the program was killed by the signal instead of handling it: {status:?}\n{}",
        tui.describe()
    );
    assert_eq!(
        status.exit_code(),
        128 + signal as u32,
        "exit status after signal {signal}\n{}",
        tui.describe()
    );
    tui.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    signal_exits_with(SIGTERM, true);
}

#[test]
fn sigterm_on_the_welcome_screen_exits_143() {
    signal_exits_with(SIGTERM, false);
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    signal_exits_with(SIGHUP, true);
}

#[test]
fn sigint_restores_the_terminal_and_exits_130() {
    signal_exits_with(SIGINT, true);
}

#[test]
fn ctrl_c_key_quits_with_status_0() {
    let mut tui = Tui::spawn(&[], 80, 24);
    tui.wait_for("Press Enter");
    tui.send("\x03");
    let status = tui.wait_exit();
    assert!(status.signal().is_none(), "{status:?}\n{}", tui.describe());
    assert_eq!(status.exit_code(), 0, "{}", tui.describe());
    tui.assert_restored();
}

#[test]
fn closing_the_terminal_ends_the_program() {
    let mut tui = Tui::spawn(&[], 80, 24);
    tui.wait_for("Press Enter");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.close_terminal();
    let status = tui.wait_exit();
    // The kernel sends SIGHUP when the terminal goes away; the program
    // must handle it (129), or notice its input has ended (0), not die
    // of it, panic (101) or hang.
    if status.signal().is_none() && [0, 129].contains(&status.exit_code()) {
        return;
    }
    // Once more with stderr in a file, to show what went wrong: with the
    // terminal gone, stderr on it fails too.
    let log = TempDir::new("hangup");
    let stderr_file = log.path().join("stderr.txt");
    let script = format!("exec \"$0\" 2>\"{}\"", stderr_file.display());
    let mut again = Tui::spawn_program(
        "sh",
        &["-c", &script, BIN],
        80,
        24,
        &[("RUST_BACKTRACE", "1")],
    );
    again.wait_for("Press Enter");
    again.send(ENTER);
    again.wait_for("Page 1 of");
    again.close_terminal();
    let again_status = again.wait_exit();
    let stderr = std::fs::read_to_string(&stderr_file).unwrap_or_default();
    panic!(
        "exit status after the terminal closed: {status:?} (101 is a panic)\n\
         run again with stderr in a file instead of on the closed terminal: {again_status:?}, stderr:\n{stderr}"
    );
}

// 3. Resizing keeps the place and changes the layout.

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
        first_row_has_title(s) && s.contains("┌ Contents") && !normalize(s).contains("Please make")
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

// 4. Plain text when the output is not a terminal.

#[test]
fn print_is_plain_text_with_every_chapter() {
    let (title, sections) = guide_sections();
    let args = ["print"];
    let out = run(&args);
    assert!(out.status.success(), "{}", explain(&args, &out));
    assert_plain_text(&args, &out);
    let stdout = text(&out.stdout);
    let found = headings(&stdout, 80);
    // The contents first and the glossary last; sections only about
    // using the screen stay off paper.
    let mut want = vec![title, "Contents".to_string()];
    want.extend(
        sections
            .iter()
            .filter(|s| !s.screen_only)
            .map(|s| s.crumb.join(" > ")),
    );
    want.push("Glossary".to_string());
    assert_eq!(found, want, "the headings of `immunoguide print`");
    let chapters: Vec<&Section> = sections.iter().filter(|s| s.depth == 0).collect();
    assert!(chapters.len() >= 3, "several chapters: {chapters:?}");
}

#[test]
fn print_one_section_prints_only_its_subtree() {
    let (_, sections) = guide_sections();
    for id in ["checkpoints", "types"] {
        let index = sections
            .iter()
            .position(|s| s.id == id)
            .unwrap_or_else(|| panic!("the guide has a section `{id}`"));
        let args = ["print", id];
        let out = run(&args);
        assert!(out.status.success(), "{}", explain(&args, &out));
        assert_plain_text(&args, &out);
        let stdout = text(&out.stdout);
        let subtree: Vec<String> = sections[index..sections[index].subtree_end]
            .iter()
            .filter(|s| !s.screen_only)
            .map(|s| s.crumb.join(" > "))
            .collect();
        // A contents list when there is more than one section, and the
        // glossary of the words these sections use at the end.
        let mut want = Vec::new();
        if subtree.len() > 1 {
            want.push("Contents".to_string());
        }
        want.extend(subtree.iter().cloned());
        want.push("Glossary".to_string());
        assert_eq!(headings(&stdout, 80), want, "{}", explain(&args, &out));
        assert!(
            stdout.starts_with(&want[0]),
            "starts with the contents or the section's own breadcrumb\n{}",
            explain(&args, &out)
        );
    }
}

#[test]
fn print_an_unknown_section_fails_helpfully() {
    let args = ["print", "no-such-id"];
    let out = run(&args);
    assert!(!out.status.success(), "{}", explain(&args, &out));
    assert!(
        out.stdout.is_empty(),
        "nothing on stdout\n{}",
        explain(&args, &out)
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("no-such-id"),
        "names the id\n{}",
        explain(&args, &out)
    );
    assert!(
        stderr.contains("check --report"),
        "says where to find ids\n{}",
        explain(&args, &out)
    );
}

#[test]
fn print_wraps_at_the_width_asked_for() {
    let args = ["print", "--width", "40"];
    let out = run(&args);
    assert!(out.status.success(), "{}", explain(&args, &out));
    let stdout = text(&out.stdout);
    // Headings (breadcrumbs) and web addresses are never broken.
    let headings = headings(&stdout, 40);
    let too_long: Vec<&str> = stdout
        .lines()
        .filter(|l| l.chars().count() > 40)
        .filter(|l| {
            !headings.iter().any(|h| h == l)
                && !l.contains("://")
                && !l.chars().all(|c| c == '=' || c == '-')
        })
        .collect();
    assert!(
        too_long.is_empty(),
        "lines wider than 40 columns: {too_long:#?}"
    );
}

#[test]
fn no_arguments_with_piped_output_prints_the_guide() {
    let out = run(&[]);
    assert!(out.status.success(), "{}", explain(&[], &out));
    assert_plain_text(&[], &out);
    let printed = run(&["print"]);
    assert_eq!(
        text(&out.stdout),
        text(&printed.stdout),
        "`immunoguide | cat` prints the same as `immunoguide print`"
    );
}

#[test]
fn print_into_a_closed_pipe_is_not_an_error() {
    let mut child = Command::new(BIN)
        .arg("print")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start immunoguide print");
    // Like `immunoguide print | head -1`: read a little, then hang up.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut stdout, &mut first).expect("read the start");
    drop(stdout);
    let out = child
        .wait_with_output()
        .expect("wait for immunoguide print");
    assert!(
        out.status.success(),
        "status {:?}, stderr {}",
        out.status,
        text(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "stderr: {}", text(&out.stderr));
}

// 5. Checking a guide folder.

#[test]
fn check_the_guide_passes_even_when_strict() {
    for args in [
        &["check", "guide/"][..],
        &["check", "--strict", "guide/"],
        &["check", "guide/", "--strict"],
    ] {
        let out = run(args);
        assert!(out.status.success(), "{}", explain(args, &out));
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains("0 errors"),
            "a summary line\n{}",
            explain(args, &out)
        );
    }
}

#[test]
fn check_report_lists_every_section() {
    let (_, sections) = guide_sections();
    let args = ["check", "--report", "guide/"];
    let out = run(&args);
    assert!(out.status.success(), "{}", explain(&args, &out));
    let stdout = text(&out.stdout);
    for s in &sections {
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with('|') && l.contains(&format!("{} |", s.id))),
            "the report has no row for `{}`\n{}",
            s.id,
            explain(&args, &out)
        );
    }
}

#[test]
fn check_a_broken_chapter_fails_with_its_location() {
    let dir = broken_guide("check");
    let path = dir.path().to_str().expect("a UTF-8 temp path").to_string();
    for args in [
        vec!["check", path.as_str()],
        vec!["--guide", path.as_str(), "check"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(1), "{}", explain(&args, &out));
        let stderr = text(&out.stderr);
        assert!(
            has_location(&stderr, "types.toml", 2),
            "names the file, line and column of the error\n{}",
            explain(&args, &out)
        );
        assert!(
            stderr.contains(
                &Path::new(&path)
                    .join("en")
                    .join("types.toml")
                    .display()
                    .to_string()
            ),
            "names the file by its path\n{}",
            explain(&args, &out)
        );
    }
}

#[test]
fn check_a_missing_folder_fails() {
    let args = ["check", "/no/such/folder/for/immunoguide"];
    let out = run(&args);
    assert!(!out.status.success(), "{}", explain(&args, &out));
    assert!(
        text(&out.stderr).contains("/no/such/folder/for/immunoguide"),
        "{}",
        explain(&args, &out)
    );
}

#[test]
fn opening_a_broken_guide_explains_and_leaves_the_terminal_alone() {
    let dir = broken_guide("open");
    let path = dir.path().to_str().expect("a UTF-8 temp path").to_string();
    let mut tui = Tui::spawn(&["--guide", &path], 80, 24);
    let status = tui.wait_exit();
    assert!(status.signal().is_none(), "{status:?}\n{}", tui.describe());
    assert_eq!(status.exit_code(), 1, "{}", tui.describe());
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(
        normalize(&raw).contains("cannot be opened"),
        "explains why: {raw}"
    );
    assert!(raw.contains("types.toml:2:"), "says where: {raw}");
    assert!(
        !raw.contains('\x1b'),
        "wrote escape sequences to the terminal (alternate screen: {}): {}",
        raw.contains(ENTER_ALTERNATE_SCREEN),
        common::escaped_tail(raw.as_bytes(), 300)
    );
    tui.assert_termios_unchanged();

    // Piped, the same message and status.
    let args = ["--guide", path.as_str(), "print"];
    let out = run(&args);
    assert_eq!(out.status.code(), Some(1), "{}", explain(&args, &out));
    assert!(out.stdout.is_empty(), "{}", explain(&args, &out));
}

#[test]
fn a_missing_guide_folder_is_explained() {
    let mut tui = Tui::spawn(&["--guide", "/no/such/folder/for/immunoguide"], 80, 24);
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 1, "{}", tui.describe());
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(raw.contains("/no/such/folder/for/immunoguide"), "{raw}");
    assert!(!raw.contains(ENTER_ALTERNATE_SCREEN), "{raw:?}");
}

#[test]
fn the_guide_folder_can_be_opened_with_guide() {
    let mut tui = Tui::spawn(&["--guide", "guide/"], 80, 24);
    tui.wait_for("Press Enter");
    tui.send("q");
    assert_eq!(tui.wait_exit().exit_code(), 0, "{}", tui.describe());
    tui.assert_restored();
}

// 6. --help and --version.

#[test]
fn help_and_version() {
    let out = run(&["--help"]);
    assert!(out.status.success(), "{}", explain(&["--help"], &out));
    let help = text(&out.stdout);
    for word in [
        "Usage:",
        "check",
        "print",
        "--guide",
        "--no-mouse",
        "--version",
    ] {
        assert!(help.contains(word), "--help mentions {word}\n{help}");
    }
    for args in [&["check", "--help"][..], &["print", "--help"]] {
        let out = run(args);
        assert!(out.status.success(), "{}", explain(args, &out));
        assert!(
            text(&out.stdout).contains("Usage:"),
            "{}",
            explain(args, &out)
        );
    }
    let strict = text(&run(&["check", "--help"]).stdout);
    assert!(
        strict.contains("--strict") && strict.contains("--report"),
        "{strict}"
    );

    let out = run(&["--version"]);
    assert!(out.status.success(), "{}", explain(&["--version"], &out));
    assert_eq!(
        text(&out.stdout).trim(),
        format!("immunoguide {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn unknown_options_are_usage_errors() {
    let args = ["--no-such-option"];
    let out = run(&args);
    assert_eq!(out.status.code(), Some(2), "{}", explain(&args, &out));
    assert!(out.stdout.is_empty(), "{}", explain(&args, &out));
    assert!(
        text(&out.stderr).contains("Usage:"),
        "{}",
        explain(&args, &out)
    );
}

#[test]
fn help_in_a_terminal_does_not_start_the_guide() {
    let mut tui = Tui::spawn(&["--help"], 80, 24);
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 0, "{}", tui.describe());
    // The help is longer than the screen, so look at everything printed.
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(raw.contains("Usage:"), "{}", tui.describe());
    assert!(!raw.contains(ENTER_ALTERNATE_SCREEN), "{raw:?}");
}

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

// 7. Arguments are echoed safely.

#[test]
fn arguments_with_escape_codes_are_echoed_as_codes() {
    let hostile = "x\u{1b}]0;owned\u{7}\u{9b}2J\u{202e}y";
    let folder = format!("/no/such/{hostile}");
    for args in [
        vec!["print", hostile],
        vec!["check", folder.as_str()],
        vec!["--guide", folder.as_str()],
        vec!["--guide", folder.as_str(), "print"],
        vec!["--config", folder.as_str()],
        vec!["--theme", hostile],
        vec![hostile],
    ] {
        let out = run(&args);
        assert!(!out.status.success(), "{}", explain(&args, &out));
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(
            !stderr.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}']),
            "a raw escape code reached the terminal\n{}",
            explain(&args, &out)
        );
        if args[0] != "--theme" && args[0] != hostile {
            assert!(
                stderr.contains("x<U+001B>]0;owned<U+0007><U+009B>2J<U+202E>y"),
                "the argument is not shown as codes\n{}",
                explain(&args, &out)
            );
        }
    }
}
