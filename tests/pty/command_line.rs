//! The command line, as a script or a person at a shell uses it: `print`
//! with its output piped, `check` on good and broken guide folders, a
//! guide that cannot be opened, `--help` and `--version`, usage errors,
//! and arguments echoed without their escape codes.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::shared::{
    BIN, TempDir, explain, guide_dir, has_location, make_reviewed_today, run, words,
};
use crate::support::{ENTER_ALTERNATE_SCREEN, Section, Tui, guide_sections, headings};

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
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
    let dir = TempDir::copy_of(name, &guide_dir());
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

// 1. Plain text when the output is not a terminal.

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

// 2. Checking a guide folder.

/// The shipped guide has no errors, and with `--strict` (before or after
/// the folder) no warnings either. `check` lints freshness against the
/// real calendar, which CI's own `check --strict guide/` is there for; here
/// the strict runs read a copy reviewed today, so the answer does not
/// change with the day the tests run.
#[test]
fn check_the_guide_passes_even_when_strict() {
    let fresh = TempDir::copy_of("fresh", &guide_dir());
    make_reviewed_today(fresh.path());
    let fresh = fresh.path().to_str().expect("a UTF-8 temporary path");
    for args in [
        &["check", "guide/"][..],
        &["check", "--strict", fresh],
        &["check", fresh, "--strict"],
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
    let raw = Tui::refused(&["--guide", &path], 1);
    assert!(
        words(&raw).contains("cannot be opened"),
        "explains why: {raw}"
    );
    assert!(raw.contains("types.toml:2:"), "says where: {raw}");

    // Piped, the same message and status.
    let args = ["--guide", path.as_str(), "print"];
    let out = run(&args);
    assert_eq!(out.status.code(), Some(1), "{}", explain(&args, &out));
    assert!(out.stdout.is_empty(), "{}", explain(&args, &out));
}

#[test]
fn a_missing_guide_folder_is_explained() {
    let raw = Tui::refused(&["--guide", "/no/such/folder/for/immunoguide"], 1);
    assert!(raw.contains("/no/such/folder/for/immunoguide"), "{raw}");
}

// 3. --help and --version.

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

// 4. Arguments are echoed safely.

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
