//! Paper: `immunoguide print` as a reader of paper needs it (the contents
//! first, the glossary last, web addresses whole, nothing only about the
//! screen), the `screen_only` mark in guide data, and `export` run as a
//! program (files written, mistakes reported).

use std::process::{Command, Output, Stdio};

use crate::shared::{BIN, TempDir};
use immunoguide::content::{Embedded, Guide, InMemory, load};
use immunoguide::print::render_guide;

fn guide() -> Guide {
    load(&Embedded).unwrap_or_else(|p| panic!("the built-in guide does not load: {p:?}"))
}

fn printed(guide: &Guide) -> Vec<usize> {
    (0..guide.sections.len())
        .filter(|&i| !guide.is_screen_only(i))
        .collect()
}

/// The text between a heading (a line, then a rule of `=` or `-`) and
/// the next line that is only a rule, or the end.
fn part_after<'a>(text: &'a str, heading: &str) -> &'a str {
    let marker = format!("\n{heading}\n");
    let at = text
        .find(&marker)
        .unwrap_or_else(|| panic!("no {heading:?} heading"));
    &text[at + marker.len()..]
}

#[test]
fn print_starts_with_the_contents_in_reading_order() {
    let guide = guide();
    let text = render_guide(&guide, 80);
    let contents = part_after(&text, "Contents");
    let first_section = &guide.sections[printed(&guide)[0]];
    let end = contents
        .find(&format!("\n{}\n=", first_section.title))
        .expect("the first section follows the contents");
    let words = contents[..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut from = 0;
    for index in printed(&guide) {
        let title = &guide.sections[index].title;
        let at = words[from..]
            .find(title.as_str())
            .unwrap_or_else(|| panic!("{title:?} is not in the contents after {from}"));
        from += at + title.len();
    }
    assert!(
        words[from..].contains("Glossary"),
        "the glossary is listed last"
    );
    for (i, section) in guide.sections.iter().enumerate() {
        if guide.is_screen_only(i) {
            assert!(!words.contains(section.title.as_str()), "{}", section.id);
        }
    }
}

#[test]
fn print_ends_with_the_whole_glossary() {
    let guide = guide();
    let text = render_guide(&guide, 80);
    let glossary = part_after(&text, "Glossary\n========");
    let mut from = 0;
    for term in &guide.glossary {
        let at = glossary[from..]
            .find(&format!("\n{}", term.term))
            .or_else(|| (from == 0 && glossary.starts_with(&term.term)).then_some(0))
            .unwrap_or_else(|| panic!("{:?} is not in the glossary", term.term));
        from += at + 1;
        let first_words: String = term
            .definition
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        let flat = glossary[from..]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            flat.contains(&first_words),
            "{}: {first_words:?}",
            term.term
        );
    }
}

#[test]
fn web_addresses_are_never_broken() {
    let guide = guide();
    let mut urls: Vec<&str> = printed(&guide)
        .into_iter()
        .flat_map(|i| guide.sections[i].sources.iter())
        .filter_map(|id| guide.source(id))
        .filter_map(|s| s.url.as_deref())
        .collect();
    urls.sort_unstable();
    urls.dedup();
    assert!(!urls.is_empty(), "the guide cites web pages");
    for width in [30, 40, 80] {
        let text = render_guide(&guide, width);
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for url in &urls {
            assert!(
                lines.contains(url),
                "{url} is not whole on a line at {width}"
            );
        }
        // Any line with an address on it holds one whole known address.
        for line in lines.iter().filter(|l| l.contains("://")) {
            assert!(urls.contains(line), "{line:?} at width {width}");
        }
    }
}

#[test]
fn screen_only_sections_stay_off_paper_unless_asked_for() {
    let guide = guide();
    let marked: Vec<usize> = (0..guide.sections.len())
        .filter(|&i| guide.is_screen_only(i))
        .collect();
    assert!(!marked.is_empty(), "the guide marks its key instructions");
    let text = render_guide(&guide, 80);
    assert!(
        !text.contains("key quits the guide"),
        "no key instructions on paper"
    );
    for &i in &marked {
        let section = &guide.sections[i];
        assert!(
            !text.contains(&format!("\n{}\n", section.title)),
            "{}",
            section.id
        );
    }
    // Asked for by name, a screen-only section is printed: the person
    // wants it.
    let id = &guide.sections[marked[0]].id;
    let out = run(&["print", id]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(&guide.sections[marked[0]].title));
}

fn example_with(from: &str, to: &str) -> InMemory {
    let mut files = InMemory::from_markdown(include_str!("../../docs/guide-format.md"));
    let text = files.0.get_mut("basics.toml").expect("basics.toml");
    assert!(text.contains(from));
    *text = text.replacen(from, to, 1);
    files
}

#[test]
fn screen_only_is_checked_as_true_or_false() {
    let marked = example_with(
        "id = \"t-cells\"\n",
        "id = \"t-cells\"\nscreen_only = true\n",
    );
    let guide = load(&marked).unwrap_or_else(|p| panic!("{p:?}"));
    let t_cells = guide.section_index("t-cells").expect("t-cells");
    let brakes = guide.section_index("brakes").expect("brakes");
    assert!(guide.is_screen_only(t_cells));
    assert!(
        guide.is_screen_only(brakes),
        "what a marked section holds is marked too"
    );
    assert!(!guide.is_screen_only(guide.section_index("basics").expect("basics")));

    let wrong = example_with(
        "id = \"t-cells\"\n",
        "id = \"t-cells\"\nscreen_only = \"yes\"\n",
    );
    let problems = load(&wrong).expect_err("a text is not true or false");
    let message = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        message.contains("`screen_only` should be true or false"),
        "{message}"
    );
    assert!(message.contains("basics.toml:"), "says where: {message}");
}

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

#[test]
fn export_writes_the_file_asked_for() {
    let dir = TempDir::new("export");
    let file = dir.path().join("handout.md");
    let path = file.to_string_lossy().into_owned();
    let out = run(&["export", "--format", "md", "--out", &path, "skin"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "nothing on stdout with --out");
    let text = std::fs::read_to_string(&file).expect("the handout was written");
    assert!(text.contains("## 1 Skin: rash and itching"), "{text}");
    // Nothing half-written is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, [std::ffi::OsString::from("handout.md")]);

    let html = run(&["export"]);
    assert!(html.status.success());
    assert!(
        html.stdout.starts_with(b"<!DOCTYPE html>"),
        "HTML by default, to stdout"
    );
}

#[test]
fn export_mistakes_are_explained() {
    let out = run(&["export", "no-such-section"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no-such-section") && stderr.contains("check --report"),
        "{stderr}"
    );

    let out = run(&["export", "--out", "/no/such/folder/handout.html"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/no/such/folder/handout.html"), "{stderr}");

    let out = run(&["export", "--format", "pdf"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("html") && stderr.contains("md"),
        "lists the formats: {stderr}"
    );
}
