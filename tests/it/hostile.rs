//! Hostile guide content. A guide folder is edited by clinic staff and may
//! be copied from anywhere, so every file is treated as hostile: terminal
//! escape sequences (CSI, OSC 52 clipboard writes, OSC 0 window titles),
//! C1 controls, DEL, NUL, bidi overrides, files of 50 MB, 10,000 sections,
//! nesting 1,000 deep, paths out of the folder, bad UTF-8, and ids that
//! differ only in case. Each is either refused with `file:line:column` and
//! a clear message that itself carries no control character, or (a byte
//! order mark, CR LF line endings, CJK, emoji, ZWJ sequences, combining
//! accents) loaded and drawn cell for cell: no line wider than the text
//! column, wide characters in two cells, and nothing left behind after
//! paging forward and back, in the test buffer and in a terminal emulator.
//!
//! Small fixtures are in tests/fixtures/hostile (exact bytes: see its
//! .gitattributes); big ones are made at test time. Each fixture replaces
//! one file of the documented example guide, or (a chapter) is added to it
//! as `hostile.toml`.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use immunoguide::app::{Action, AppState, Screen, update};
use immunoguide::content::{Folder, Guide, InMemory, Problem, Severity, load};
use immunoguide::typeset;
use immunoguide::ui::{self, Theme};
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::{Terminal, TerminalOptions, Viewport};
use unicode_width::UnicodeWidthStr;

use crate::shared::{TempDir, fixture_dir, run};
use crate::support::{
    cells_text, draw, example_files, frame_problems, framed_text as show, is_hidden_char,
};

// ---------------------------------------------------------------------------
// Helpers

fn fixture_path(name: &str) -> PathBuf {
    fixture_dir("hostile").join(name)
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixture_path(name)).unwrap_or_else(|e| panic!("read the fixture {name}: {e}"))
}

const CHAPTERS: &str = "chapters = [\"basics.toml\", \"care.toml\"]";
const WITH_HOSTILE: &str = "chapters = [\"basics.toml\", \"care.toml\", \"hostile.toml\"]";

/// The documented example guide in a temporary folder, with `bytes` as
/// the file `name`. A new chapter is `hostile.toml`, listed last.
fn guide_with(name: &str, bytes: &[u8]) -> TempDir {
    let dir = TempDir::new("hostile");
    for (file, text) in example_files().0 {
        let text = if name == "hostile.toml" && file == "guide.toml" {
            text.replace(CHAPTERS, WITH_HOSTILE)
        } else {
            text
        };
        std::fs::write(dir.path().join(file), text).expect("write a guide file");
    }
    std::fs::write(dir.path().join(name), bytes).expect("write the hostile file");
    dir
}

/// Which file of the guide a fixture stands for, from its name.
fn replaces(fixture: &str) -> &'static str {
    if fixture.starts_with("manifest_") {
        "guide.toml"
    } else if fixture.starts_with("glossary_") {
        "glossary.toml"
    } else if fixture.starts_with("sources_") {
        "sources.toml"
    } else {
        "hostile.toml"
    }
}

fn load_fixture(name: &str) -> (TempDir, Result<Guide, Vec<Problem>>) {
    let dir = guide_with(replaces(name), &fixture(name));
    let loaded = load(&Folder::open(dir.path()).expect("open the guide folder"));
    (dir, loaded)
}

fn list(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p:?}\n")).collect()
}

fn loads(name: &str) -> Arc<Guide> {
    match load_fixture(name) {
        (_, Ok(guide)) => Arc::new(guide),
        (_, Err(problems)) => panic!("{name} should load, but:\n{}", list(&problems)),
    }
}

// ---------------------------------------------------------------------------
// 1. Refused, at the right place, with a clear message.

/// A fixture and the problem it must cause: file, line, column, words.
struct Refused {
    fixture: &'static str,
    file: &'static str,
    line: usize,
    column: usize,
    phrase: &'static str,
}

const fn refused(
    fixture: &'static str,
    file: &'static str,
    line: usize,
    column: usize,
    phrase: &'static str,
) -> Refused {
    Refused {
        fixture,
        file,
        line,
        column,
        phrase,
    }
}

const HIDDEN_ESC: &str = "hidden control character (U+001B)";

const REFUSED: &[Refused] = &[
    // Terminal escapes written as TOML escapes: TOML decodes them, the
    // loader refuses them at the start of the value.
    refused("escaped_osc52_body.toml", "hostile.toml", 3, 8, HIDDEN_ESC),
    refused("escaped_osc0_title.toml", "hostile.toml", 2, 9, HIDDEN_ESC),
    refused(
        "escaped_csi_summary.toml",
        "hostile.toml",
        4,
        11,
        HIDDEN_ESC,
    ),
    refused(
        "escaped_c1_keyword.toml",
        "hostile.toml",
        4,
        22,
        "hidden control character (U+009B)",
    ),
    refused(
        "escaped_del_body.toml",
        "hostile.toml",
        3,
        8,
        "hidden control character (U+007F)",
    ),
    refused(
        "escaped_nul_body.toml",
        "hostile.toml",
        3,
        8,
        "hidden control character (U+0000)",
    ),
    refused(
        "escaped_bidi_title.toml",
        "hostile.toml",
        2,
        9,
        "hidden control character (U+202E)",
    ),
    refused(
        "glossary_osc52_definition.toml",
        "glossary.toml",
        4,
        14,
        HIDDEN_ESC,
    ),
    refused("sources_osc0_url.toml", "sources.toml", 5, 7, HIDDEN_ESC),
    refused(
        "manifest_osc52_emergency.toml",
        "guide.toml",
        10,
        13,
        HIDDEN_ESC,
    ),
    // Written raw: TOML itself refuses C0 controls and DEL; the loader
    // names the character at its exact column.
    refused("raw_osc52_body.toml", "hostile.toml", 3, 20, HIDDEN_ESC),
    refused("raw_osc0_multiline.toml", "hostile.toml", 5, 6, HIDDEN_ESC),
    refused("raw_csi_literal.toml", "hostile.toml", 3, 17, HIDDEN_ESC),
    refused(
        "raw_del_title.toml",
        "hostile.toml",
        2,
        14,
        "hidden control character (U+007F)",
    ),
    refused(
        "raw_nul_body.toml",
        "hostile.toml",
        3,
        16,
        "hidden control character (U+0000)",
    ),
    // TOML lets C1 controls and bidi overrides through; the loader does not.
    refused(
        "raw_c1_body.toml",
        "hostile.toml",
        3,
        16,
        "hidden control character (U+009B)",
    ),
    refused(
        "raw_bidi_body.toml",
        "hostile.toml",
        3,
        14,
        "hidden control character (U+202E)",
    ),
    // Hostile text in names the loader repeats in its messages.
    refused("echo_unknown_key.toml", "hostile.toml", 4, 1, "unknown key"),
    refused("echo_id.toml", "hostile.toml", 1, 6, HIDDEN_ESC),
    refused(
        "echo_link.toml",
        "hostile.toml",
        3,
        26,
        "hidden control character (U+202E)",
    ),
    refused(
        "manifest_chapter_escape_name.toml",
        "guide.toml",
        11,
        41,
        HIDDEN_ESC,
    ),
    // Ids are lowercase slugs, so two that differ only in case cannot both
    // exist: the second is refused as not a slug.
    refused(
        "duplicate_case.toml",
        "hostile.toml",
        15,
        6,
        "The id \"Skin\" is not a slug",
    ),
    // Not UTF-8: refused where the manifest names the file, with the bad
    // byte's own line and column in the message.
    refused(
        "invalid_utf8.toml",
        "guide.toml",
        11,
        41,
        "`hostile.toml` is not UTF-8 text (a bad byte at line 2, column 21)",
    ),
    refused(
        "invalid_utf8_surrogate.toml",
        "guide.toml",
        11,
        41,
        "`hostile.toml` is not UTF-8 text (a bad byte at line 3, column 27)",
    ),
    // Paths out of the folder.
    refused(
        "manifest_sources_dotdot.toml",
        "guide.toml",
        13,
        11,
        "`../sources.toml` points outside the guide folder",
    ),
    refused(
        "manifest_glossary_absolute.toml",
        "guide.toml",
        12,
        12,
        "`/etc/passwd` is an absolute path",
    ),
    refused(
        "manifest_chapter_nested_dotdot.toml",
        "guide.toml",
        11,
        41,
        "`sub/../../outside.toml` points outside the guide folder",
    ),
];

fn find<'p>(
    problems: &'p [Problem],
    dir: &Path,
    file: &str,
    line: usize,
    column: usize,
    phrase: &str,
) -> Option<&'p Problem> {
    let path = dir.join(file).display().to_string();
    problems.iter().find(|p| {
        p.file == path
            && (p.line, p.column) == (line, column)
            && p.message.contains(phrase)
            && p.severity == Severity::Error
    })
}

#[test]
fn every_hostile_fixture_is_refused_at_its_place() {
    let mut failures = Vec::new();
    for case in REFUSED {
        let (dir, loaded) = load_fixture(case.fixture);
        match loaded {
            Ok(_) => failures.push(format!("{}: loaded", case.fixture)),
            Err(problems) => {
                if find(
                    &problems,
                    dir.path(),
                    case.file,
                    case.line,
                    case.column,
                    case.phrase,
                )
                .is_none()
                {
                    failures.push(format!(
                        "{}: no error at {}:{}:{} saying {:?}; got:\n{}",
                        case.fixture,
                        case.file,
                        case.line,
                        case.column,
                        case.phrase,
                        list(&problems)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_is_in_a_test() {
    let mut names: Vec<String> = std::fs::read_dir(fixture_path(""))
        .expect("list the fixtures")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    let covered: Vec<&str> = REFUSED
        .iter()
        .map(|c| c.fixture)
        .chain(LOADED.iter().copied())
        .collect();
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !covered.contains(&n.as_str()))
        .collect();
    assert!(missing.is_empty(), "fixtures no test uses: {missing:?}");
}

/// Messages go to a staff member's terminal (`immunoguide check`) and to
/// the kiosk's staff log. A message that repeats hostile text verbatim
/// (an unknown key, an id, a link target, a file name) would carry its
/// escape sequence there: it must show the character as `U+001B`, never
/// the character itself.
#[test]
fn problem_messages_never_carry_control_characters() {
    let mut failures = Vec::new();
    for case in REFUSED {
        let (_dir, loaded) = load_fixture(case.fixture);
        for p in loaded.err().unwrap_or_default() {
            let text = format!("{}{}", p.file, p.message);
            if let Some(c) = text.chars().find(|&c| is_hidden_char(c)) {
                failures.push(format!(
                    "{} -> {}:{}:{}: the message holds U+{:04X}: {:?}",
                    case.fixture,
                    Path::new(&p.file)
                        .file_name()
                        .map_or(String::new(), |f| f.to_string_lossy().into_owned()),
                    p.line,
                    p.column,
                    u32::from(c),
                    p.message
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The same, end to end: what `immunoguide check` writes to a terminal.
#[test]
fn check_never_writes_control_characters_to_the_terminal() {
    let mut failures = Vec::new();
    for name in [
        "echo_unknown_key.toml",
        "echo_id.toml",
        "echo_link.toml",
        "manifest_chapter_escape_name.toml",
        "raw_osc52_body.toml",
        "raw_c1_body.toml",
    ] {
        let dir = guide_with(replaces(name), &fixture(name));
        let path = dir.path().to_str().expect("a UTF-8 temporary path");
        let out = run(&["check", path]);
        assert_eq!(out.status.code(), Some(1), "{name}: {out:?}");
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            if let Some(c) = text.chars().find(|&c| c != '\n' && is_hidden_char(c)) {
                let line = text
                    .lines()
                    .find(|l| l.contains(c))
                    .unwrap_or_default()
                    .escape_debug()
                    .to_string();
                failures.push(format!(
                    "check on {name}: {stream} holds U+{:04X}: {line}",
                    u32::from(c)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------
// 2. Files too big, guides too big, nesting too deep.

#[test]
fn fifty_megabyte_files_are_refused_without_being_read() {
    let size = 50 * 1024 * 1024;
    let mut big = b"id = \"hostile\"\ntitle = \"Big\"\nbody = \"".to_vec();
    big.resize(size - 2, b'a');
    big.extend_from_slice(b"\"\n");
    for (file, line, column) in [
        ("hostile.toml", 11, 41),
        ("glossary.toml", 12, 12),
        ("guide.toml", 1, 1),
    ] {
        let dir = guide_with(file, &big);
        let loaded = load(&Folder::open(dir.path()).expect("open"));
        let problems = loaded
            .err()
            .unwrap_or_else(|| panic!("a 50 MB {file} loaded"));
        let phrase =
            format!("`{file}` is {size} bytes; a guide file may be at most 1048576 bytes (1 MiB)");
        let place = if file == "guide.toml" {
            file
        } else {
            "guide.toml"
        };
        assert!(
            find(&problems, dir.path(), place, line, column, &phrase).is_some(),
            "a 50 MB {file}: no error at {place}:{line}:{column} saying {phrase:?}; got:\n{}",
            list(&problems)
        );
    }
}

/// Ten chapters of a thousand sections each, every one with a link to the
/// next and a glossary word.
fn ten_thousand_sections() -> TempDir {
    let dir = TempDir::new("ten-thousand");
    let mut chapters = Vec::new();
    for c in 0..10 {
        let mut text = String::new();
        for s in 0..1000 {
            let n = c * 1000 + s;
            let next = (n + 1) % 10_000;
            if s > 0 {
                text.push_str("\n[[section]]\n");
            }
            text.push_str(&format!(
                "id = \"s{n}\"\ntitle = \"Section {n}\"\nbody = \"Part {n} of the guide. A T cell is here. Next is [section {next}](#s{next}).\"\nsources = [\"nci-immunotherapy\"]\nreviewed = 2026-11-01\n"
            ));
        }
        let name = format!("c{c}.toml");
        std::fs::write(dir.path().join(&name), text).expect("write a chapter");
        chapters.push(format!("\"{name}\""));
    }
    for (file, text) in example_files().0 {
        let text = match file.as_str() {
            "guide.toml" => {
                text.replace(CHAPTERS, &format!("chapters = [{}]", chapters.join(", ")))
            }
            "glossary.toml" => text.replace("[\"immune-cells\"]", "[\"s9999\"]"),
            // The example's symptoms open its own sections; here, others.
            "symptoms.toml" => text
                .replace("\"care\"", "\"s5000\"")
                .replace("\"basics\"", "\"s0\""),
            _ => text,
        };
        std::fs::write(dir.path().join(file), text).expect("write a guide file");
    }
    dir
}

#[test]
fn ten_thousand_sections_load_and_can_be_read_to_the_end() {
    let dir = ten_thousand_sections();
    let guide = match load(&Folder::open(dir.path()).expect("open")) {
        Ok(guide) => Arc::new(guide),
        Err(problems) => panic!(
            "10,000 sections did not load:\n{}",
            list(&problems[..5.min(problems.len())])
        ),
    };
    assert_eq!(guide.sections.len(), 10_000);
    assert_eq!(guide.chapters.len(), 10);
    let mut state = AppState::new(Arc::clone(&guide), 120, 40);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    let now = Instant::now();
    for action in [
        Action::Start,
        Action::ToggleContents,
        Action::Last,
        Action::Activate,
    ] {
        update(&mut state, action, now);
        let frame = terminal
            .draw(|f| ui::draw(f, &state, &Theme::PLAIN))
            .expect("draw");
        let problems = frame_problems(frame.buffer);
        assert!(problems.is_empty(), "{problems:?}");
    }
    // The last entry of the contents is the last chapter, c9's first section.
    assert_eq!(state.position.section, 9000, "{:?}", state.position);
    update(&mut state, Action::Search, now);
    for c in "part 9999".chars() {
        update(&mut state, Action::Type(c), now);
    }
    update(&mut state, Action::Activate, now);
    assert_eq!(
        state.position.section, 9999,
        "search finds the last section"
    );
    let screen = crate::support::screen(&state);
    // How fast this is, is measured in benches/reader.rs (10k guide), not here.
    assert!(screen.contains("Section 9999"), "{screen}");
}

/// A chapter whose sections nest `depth` levels, each under a
/// `[[section.section...]]` header of its own (seven lines per level).
fn nested_headers(depth: usize) -> String {
    let mut text = String::from(
        "id = \"hostile\"\ntitle = \"Deep\"\nbody = \"Deep.\"\nsources = [\"nci-immunotherapy\"]\nreviewed = 2026-11-01\n",
    );
    let mut header = String::from("section");
    for level in 0..depth {
        text.push_str(&format!(
            "\n[[{header}]]\nid = \"level-{level}\"\ntitle = \"Level {level}\"\nbody = \"Deeper.\"\nsources = [\"nci-immunotherapy\"]\nreviewed = 2026-11-01\n"
        ));
        header.push_str(".section");
    }
    text
}

/// The same nesting as inline tables, all on line 6.
fn nested_inline(depth: usize) -> String {
    let mut text = String::from(
        "id = \"hostile\"\ntitle = \"Deep\"\nbody = \"Deep.\"\nsources = [\"nci-immunotherapy\"]\nreviewed = 2026-11-01\nsection = ",
    );
    for level in 0..depth {
        text.push_str(&format!(
            "[{{ id = \"level-{level}\", title = \"Level {level}\", body = \"Deeper.\", sources = [\"nci-immunotherapy\"], reviewed = 2026-11-01, section = "
        ));
    }
    text.push_str("[]");
    text.push_str(&"}]".repeat(depth));
    text.push('\n');
    text
}

const TOO_DEEP: &str = "Sections are nested too deeply";

/// Loads in a thread with the default 2 MiB stack, as the kiosk's reload
/// thread does: a loader that recursed without bound would overflow it.
fn load_in_thread(files: InMemory) -> Result<Guide, Vec<Problem>> {
    std::thread::spawn(move || load(&files))
        .join()
        .expect("the loader thread finished")
}

fn with_chapter(text: String) -> InMemory {
    let mut files = example_files();
    let manifest = files.0["guide.toml"].replace(CHAPTERS, WITH_HOSTILE);
    files.0.insert("guide.toml".into(), manifest);
    files.0.insert("hostile.toml".into(), text);
    files
}

#[test]
fn nesting_a_thousand_deep_is_refused_with_the_depth_error() {
    // The fourth level below the chapter is the first too deep: its header
    // is on line 5 + 7 × 3 + 2 = 28.
    for depth in [4, 20, 1000] {
        let problems = load_in_thread(with_chapter(nested_headers(depth)))
            .err()
            .unwrap_or_else(|| panic!("{depth} levels of [[section]] headers loaded"));
        let found = problems.iter().find(|p| {
            p.file == "hostile.toml"
                && (p.line, p.column) == (28, 1)
                && p.message.contains(TOO_DEEP)
        });
        assert!(
            found.is_some(),
            "{depth} levels of [[section]] headers: no {TOO_DEEP:?} at hostile.toml:28:1; got:\n{}",
            list(&problems[..problems.len().min(5)])
        );
    }
    for depth in [4, 20, 1000] {
        let problems = load_in_thread(with_chapter(nested_inline(depth)))
            .err()
            .unwrap_or_else(|| panic!("{depth} levels of inline tables loaded"));
        assert!(
            problems
                .iter()
                .any(|p| p.file == "hostile.toml" && p.line == 6 && p.message.contains(TOO_DEEP)),
            "{depth} levels of inline tables: no {TOO_DEEP:?} on line 6 of hostile.toml; got:\n{}",
            list(&problems[..problems.len().min(5)])
        );
    }
}

#[test]
fn the_deepest_nesting_a_file_under_the_size_cap_can_hold_is_refused() {
    // As deep as 1 MiB allows: about 500 levels of headers, or tens of
    // thousands of bare inline tables. Read from disk, as a guide is.
    let headers = nested_headers(495);
    assert!(headers.len() <= 1024 * 1024, "{}", headers.len());
    let mut inline = String::from(
        "id = \"hostile\"\ntitle = \"Deep\"\nbody = \"Deep.\"\nsources = [\"nci-immunotherapy\"]\nreviewed = 2026-11-01\nsection = ",
    );
    let levels = (1024 * 1024 - inline.len() - 8) / 12;
    inline.push_str(&"[{section=".repeat(levels));
    inline.push_str("[]");
    inline.push_str(&"}]".repeat(levels));
    inline.push('\n');
    assert!(inline.len() <= 1024 * 1024, "{}", inline.len());
    for (what, text) in [("headers", headers), ("inline tables", inline)] {
        let dir = guide_with("hostile.toml", text.as_bytes());
        let path = dir.path().to_path_buf();
        let problems = std::thread::spawn(move || load(&Folder::open(&path).expect("open")))
            .join()
            .expect("the loader thread finished")
            .err()
            .unwrap_or_else(|| panic!("1 MiB of nested {what} loaded"));
        let hostile = dir.path().join("hostile.toml").display().to_string();
        let line = if what == "headers" { 28 } else { 6 };
        assert!(
            problems
                .iter()
                .any(|p| p.file == hostile && p.line == line && p.message.contains(TOO_DEEP)),
            "1 MiB of nested {what}: no {TOO_DEEP:?} on line {line} of hostile.toml; got:\n{}",
            list(&problems[..problems.len().min(5)])
        );
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_folder_are_refused() {
    use std::os::unix::fs::symlink;
    let outside = TempDir::new("outside");
    let secret = outside.path().join("secret.toml");
    std::fs::write(&secret, "id = \"secret\"\n").expect("write outside the guide");
    // The sources file, and the manifest itself, as links out.
    for (file, line, column) in [("sources.toml", 13, 11), ("guide.toml", 1, 1)] {
        let dir = guide_with("hostile.toml", b"");
        let target = dir.path().join(file);
        std::fs::rename(&target, outside.path().join(file)).expect("move the real file out");
        symlink(outside.path().join(file), &target).expect("make the link");
        let problems = load(&Folder::open(dir.path()).expect("open"))
            .err()
            .unwrap_or_else(|| panic!("a linked {file} loaded"));
        let phrase = format!("`{file}` is a symbolic link");
        assert!(
            find(&problems, dir.path(), "guide.toml", line, column, &phrase).is_some(),
            "a linked {file}: no error at guide.toml:{line}:{column} saying {phrase:?}; got:\n{}",
            list(&problems)
        );
    }
    // A chapter that links to a file elsewhere on the machine.
    let dir = guide_with("hostile.toml", b"");
    std::fs::remove_file(dir.path().join("hostile.toml")).expect("remove");
    symlink(&secret, dir.path().join("hostile.toml")).expect("make the link");
    let problems =
        load(&Folder::open(dir.path()).expect("open")).expect_err("a linked chapter loaded");
    assert!(
        find(
            &problems,
            dir.path(),
            "guide.toml",
            11,
            41,
            "`hostile.toml` is a symbolic link"
        )
        .is_some(),
        "{}",
        list(&problems)
    );
}

// ---------------------------------------------------------------------------
// 3. Loaded, and drawn correctly.

const LOADED: &[&str] = &["bom.toml", "crlf.toml", "unicode.toml"];

#[test]
fn a_byte_order_mark_and_windows_line_endings_load() {
    let guide = loads("bom.toml");
    let index = guide
        .section_index("hostile")
        .expect("the id is read past the BOM");
    let section = &guide.sections[index];
    assert_eq!(section.title, "Byte order mark");
    assert!(!section.id.contains('\u{feff}'));

    let guide = loads("crlf.toml");
    let section = &guide.sections[guide.section_index("hostile").expect("id")];
    assert_eq!(section.title, "Windows line endings");
    let spans: Vec<&str> = section.body.spans().map(|s| s.text).collect();
    assert!(
        spans.iter().all(|s| !s.contains('\r')),
        "a CR survived into the text: {spans:?}"
    );
    assert_eq!(
        spans,
        ["This file was saved on Windows.", "One line.", "Two lines."]
    );
    for name in ["bom.toml", "crlf.toml"] {
        let guide = loads(name);
        for (width, height) in [(80, 24), (40, 12)] {
            let state = reading(&guide, width, height);
            let frame = draw(&state);
            assert!(
                frame_problems(&frame).is_empty(),
                "{name}: {:?}",
                frame_problems(&frame)
            );
        }
    }
}

/// The guide open at the `hostile` section.
fn reading(guide: &Arc<Guide>, width: u16, height: u16) -> AppState {
    let mut state = AppState::new(Arc::clone(guide), width, height);
    let index = guide.section_index("hostile").expect("the hostile section");
    immunoguide::app::navigate::open_section(&mut state, index, false);
    state.screen = Screen::Reader;
    state.prepare();
    state
}

const SIZES: [(u16, u16); 5] = [(120, 40), (80, 24), (60, 20), (40, 14), (30, 8)];

#[test]
fn cjk_emoji_zwj_and_combining_accents_are_drawn_cell_for_cell() {
    let guide = loads("unicode.toml");
    let index = guide.section_index("hostile").expect("id");
    assert_eq!(guide.sections[index].title, "免疫療法 ❤️ Café");
    let mut failures = Vec::new();
    for (width, height) in SIZES {
        let mut state = reading(&guide, width, height);
        let text = state.plan().text;
        let laid = typeset::section(&guide, index, text.width);
        // No line wider than the text column, measured as the terminal
        // measures it (a ZWJ family is 2 columns, ❤️ with VS16 is 2).
        for line in &laid.lines {
            let shown = line.text();
            if shown.width() > usize::from(text.width) {
                failures.push(format!(
                    "{width}x{height}: a line {} columns wide in a text column of {}, so its end is cut off: {shown:?}",
                    shown.width(),
                    text.width
                ));
            }
        }
        // Every page drawn exactly as laid out, wide characters in two
        // cells, nothing cut off.
        loop {
            let frame = draw(&state);
            let problems = frame_problems(&frame);
            if !problems.is_empty() {
                failures.push(format!("{width}x{height}: {problems:?}\n{}", show(&frame)));
            }
            for (row, line) in laid
                .lines
                .iter()
                .skip(state.position.top)
                .take(laid.shown(state.position.top, text.height))
                .enumerate()
            {
                let y = text.y + u16::try_from(row).expect("a row");
                let drawn = cells_text(&frame, y, text.x, text.right());
                if drawn != line.text().trim_end() {
                    failures.push(format!(
                        "{width}x{height}: line {} of the section is drawn as {drawn:?}, laid out as {:?}",
                        state.position.top + row,
                        line.text().trim_end()
                    ));
                }
                failures.extend(wide_cell_problems(&frame, y, text.x, text.right()));
            }
            failures.extend(underline_problems(
                &frame,
                text,
                &format!("{width}x{height}"),
            ));
            let before = state.position;
            update(&mut state, Action::NextPage, Instant::now());
            if state.position.section != index || state.position == before {
                break;
            }
        }
    }
    failures.dedup();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each wide character's second cell is blank, and the next character
/// starts two columns on: "免疫" is 免 at x, 疫 at x + 2. Combining
/// accents stay on their letter, and a ZWJ family is one cell.
fn wide_cell_problems(buffer: &ratatui::buffer::Buffer, y: u16, from: u16, to: u16) -> Vec<String> {
    let mut problems = Vec::new();
    let mut x = from;
    while x < to {
        let symbol = buffer[(x, y)].symbol();
        if symbol.width() == 2 {
            let next = buffer[(x + 1, y)].symbol();
            if next != " " {
                problems.push(format!(
                    "the cell after {symbol:?} at ({x}, {y}) holds {next:?}"
                ));
            }
            x += 2;
        } else {
            x += 1;
        }
    }
    for x in from..to {
        let symbol = buffer[(x, y)].symbol();
        if symbol.starts_with('\u{301}') || symbol.starts_with('\u{200d}') {
            problems.push(format!(
                "the cell at ({x}, {y}) starts with a combining mark or joiner: {symbol:?}"
            ));
        }
        if symbol.contains('\u{200d}') && symbol != "👨\u{200d}👩\u{200d}👧" {
            problems.push(format!("the family at ({x}, {y}) is split: {symbol:?}"));
        }
    }
    problems
}

/// Glossary words are underlined where they are: the underlined cells of a
/// row spell the word (here "T cell", also after a ZWJ family on its row).
fn underline_problems(buffer: &ratatui::buffer::Buffer, text: Rect, size: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for y in text.top()..text.bottom() {
        let row = cells_text(buffer, y, text.x, text.right());
        let underlined: String = (text.x..text.right())
            .filter(|&x| buffer[(x, y)].modifier.contains(Modifier::UNDERLINED))
            .map(|x| buffer[(x, y)].symbol())
            .collect();
        if !underlined.is_empty() && underlined != "T cell" && underlined != "T cells" {
            problems.push(format!(
                "{size}: the underline on row {y} covers {underlined:?}, not the glossary word, in {row:?}"
            ));
        }
    }
    problems
}

/// A terminal emulator fed what the program would write, next to the
/// test buffer: `vt100` applies each frame's changes the way a terminal
/// does, including wide characters.
struct Emulated {
    terminal: Terminal<CrosstermBackend<Written>>,
    written: Written,
    parser: vt100::Parser,
}

/// What the backend writes, kept where the test can read it.
#[derive(Clone, Default)]
struct Written(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Written {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Emulated {
    fn new(width: u16, height: u16) -> Emulated {
        let written = Written::default();
        let backend = CrosstermBackend::new(written.clone());
        let terminal = Terminal::with_options(
            backend,
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
            },
        )
        .expect("an emulated terminal");
        let rows = std::num::NonZeroU16::new(height).expect("rows");
        let cols = std::num::NonZeroU16::new(width).expect("columns");
        Emulated {
            terminal,
            written,
            parser: vt100::Parser::new(rows, cols, 0),
        }
    }

    /// Draws a frame and returns the emulated screen's rows, and the
    /// test buffer's rows for the same frame.
    fn draw(&mut self, state: &AppState) -> (Vec<String>, Vec<String>) {
        let frame = self
            .terminal
            .draw(|f| ui::draw(f, state, &Theme::PLAIN))
            .expect("draw");
        let buffer = frame.buffer.clone();
        let bytes = std::mem::take(&mut *self.written.0.lock().unwrap_or_else(|e| e.into_inner()));
        self.parser.process(&bytes);
        let screen = self.parser.screen();
        let (_, cols) = screen.size();
        let emulated = screen
            .rows(0, cols.get())
            .map(|r| r.trim_end().to_string())
            .collect();
        let buffered = (0..buffer.area.height)
            .map(|y| cells_text(&buffer, y, 0, buffer.area.width))
            .collect();
        (emulated, buffered)
    }
}

/// unicode.toml without its emoji sequences (ZWJ joiners and the VS16
/// that makes ❤ an emoji). Terminals disagree on how wide those are (a
/// ZWJ family is one emoji or three; ❤️ one column or two), so the
/// comparisons with a terminal emulator use text whose width every
/// terminal agrees on: CJK, Hangul, wide emoji, combining accents.
fn unambiguous() -> Arc<Guide> {
    let text = String::from_utf8(fixture("unicode.toml")).expect("UTF-8");
    let text = text.replace(['\u{200d}', '\u{fe0f}'], "");
    let dir = guide_with("hostile.toml", text.as_bytes());
    match load(&Folder::open(dir.path()).expect("open")) {
        Ok(guide) => Arc::new(guide),
        Err(problems) => panic!("{}", list(&problems)),
    }
}

/// Paging forward and back ends on the screen it started from, with
/// nothing of the other pages left over. The screen is judged in a
/// terminal emulator: a `TestBackend` copies each frame's changed cells
/// one by one, so it keeps the cell after a new wide character that a
/// real terminal overwrites, and would show leftovers no terminal shows.
#[test]
fn paging_forward_and_back_leaves_nothing_behind() {
    for (guide, width, height) in [
        (loads("unicode.toml"), 60, 12),
        (unambiguous(), 60, 12),
        (unambiguous(), 40, 10),
        (unambiguous(), 100, 14),
    ] {
        // Emoji sequences are drawn, but not compared with the emulator.
        let emulate = !guide.sections.iter().any(|s| s.title.contains('\u{fe0f}'));
        let mut state = reading(&guide, width, height);
        let mut emulated = Emulated::new(width, height);
        let first = draw(&state);
        let (first_screen, first_frame) = emulated.draw(&state);
        if emulate {
            assert_eq!(
                first_screen, first_frame,
                "{width}x{height}: the terminal shows something else than the frame"
            );
        }
        let pages = state.page().1;
        assert!(
            pages >= 2,
            "{width}x{height}: the section fits one page; make it longer"
        );
        let now = Instant::now();
        let mut moves = vec![Action::NextPage; pages - 1];
        moves.extend([Action::Down, Action::Up]);
        moves.extend(vec![Action::PreviousPage; pages - 1]);
        for action in moves {
            update(&mut state, action, now);
            let (screen, frame) = emulated.draw(&state);
            if emulate {
                assert_eq!(
                    screen, frame,
                    "{width}x{height} after {action:?}: the terminal shows something else than the frame"
                );
            }
        }
        assert_eq!(state.page().0, 1, "{width}x{height}: back on page 1");
        assert_eq!(
            show(&draw(&state)),
            show(&first),
            "{width}x{height}: after paging forward and back the frame differs from the first"
        );
        let (screen, _) = emulated.draw(&state);
        if emulate {
            assert_eq!(
                screen, first_screen,
                "{width}x{height}: after paging forward and back the terminal shows something of another page"
            );
        }
    }
}

#[test]
fn searching_and_the_contents_show_wide_titles_whole() {
    let guide = unambiguous();
    for (width, height) in SIZES {
        let mut state = reading(&guide, width, height);
        let now = Instant::now();
        let mut emulated = Emulated::new(width, height);
        for action in [
            Action::ToggleContents,
            Action::Down,
            Action::Up,
            Action::ToggleContents,
            Action::Search,
            Action::Type('免'),
            Action::Type('疫'),
            Action::Activate,
            Action::NextMatch,
            Action::Glossary,
            Action::Activate,
            Action::Close,
            Action::ToggleHelp,
        ] {
            update(&mut state, action, now);
            let frame = draw(&state);
            let problems = frame_problems(&frame);
            assert!(
                problems.is_empty(),
                "{width}x{height} after {action:?}: {problems:?}\n{}",
                show(&frame)
            );
            let (screen, buffer) = emulated.draw(&state);
            assert_eq!(
                screen, buffer,
                "{width}x{height} after {action:?}: the terminal shows something else than the frame"
            );
        }
    }
}
