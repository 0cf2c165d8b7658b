//! Bounded versions of the fuzz targets in fuzz/fuzz_targets, run in CI:
//! the loader on mutated guide files and on any bytes, and the body markup
//! on pieces of markup valid and not.

use immunoguide::content::markup::parse_body;
use immunoguide::content::problem::SourceText;
use immunoguide::content::{GuideFiles, InMemory, fields::Text, load};
use immunoguide::typeset;
use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

use super::config;
use crate::support::{example_files, is_hidden_char};

/// The guide's files in the order the fuzz loader target fills them.
pub const FILE_NAMES: [&str; 5] = [
    "guide.toml",
    "sources.toml",
    "glossary.toml",
    "basics.toml",
    "care.toml",
];

/// Guide files from fuzz input, the way fuzz/fuzz_targets/loader.rs makes
/// them: the input split at the record separator (0x1E) into up to five
/// files; a file the input does not give is the documented example's.
fn files_from_bytes(data: &[u8]) -> InMemory {
    let mut files = example_files();
    for (name, part) in FILE_NAMES.iter().zip(data.split(|&b| b == 0x1e)) {
        files.0.insert(
            (*name).to_string(),
            String::from_utf8_lossy(part).into_owned(),
        );
    }
    files
}

/// Mutations of a real guide file: bytes overwritten, inserted, removed.
fn mutated(original: String) -> impl Strategy<Value = Vec<u8>> {
    let len = original.len().max(1);
    let edit = (
        0..len,
        prop_oneof![
            3 => any::<u8>().prop_map(|b| vec![b]),
            2 => prop::sample::select(vec![
                b"\"".to_vec(), b"\"\"\"".to_vec(), b"[[section]]\n".to_vec(), b"[[section.section]]\n".to_vec(),
                b"\n".to_vec(), b"\r\n".to_vec(), b"=".to_vec(), b"\\u001b".to_vec(), b"\x1b]52;c;x\x07".to_vec(),
                b"\xef\xbb\xbf".to_vec(), b"\xff".to_vec(), b"- ".to_vec(), b"> [!NOTE]\n> ".to_vec(),
                b"**".to_vec(), b"[x](#care)".to_vec(), b"\x00".to_vec(), "免疫👨\u{200d}👩".as_bytes().to_vec(),
            ]),
            1 => Just(Vec::new()),
        ],
        0..4usize,
    );
    prop::collection::vec(edit, 1..8).prop_map(move |edits| {
        let mut bytes = original.clone().into_bytes();
        for (at, insert, remove) in edits {
            let at = at.min(bytes.len());
            let end = (at + remove).min(bytes.len());
            bytes.splice(at..end, insert);
        }
        bytes
    })
}

fn loader_input() -> impl Strategy<Value = Vec<u8>> {
    let files = example_files();
    let pick = prop::sample::select(FILE_NAMES.to_vec());
    prop_oneof![
        // One file of the example mutated, the others intact.
        4 => pick.prop_flat_map(move |name| {
            let index = FILE_NAMES.iter().position(|n| *n == name).unwrap_or(0);
            let originals: Vec<String> = FILE_NAMES.iter().map(|n| files.0[*n].clone()).collect();
            mutated(originals[index].clone()).prop_map(move |m| {
                let mut parts: Vec<Vec<u8>> = originals.iter().map(|s| s.clone().into_bytes()).collect();
                parts[index] = m;
                parts.join(&0x1e)
            })
        }),
        // Anything at all.
        1 => prop::collection::vec(any::<u8>(), 0..600),
    ]
}

/// What the loader fuzz target checks: loading never panics; every
/// problem points inside its file with a message free of control
/// characters; a guide that loads can be laid out.
pub fn check_loader_input(data: &[u8]) -> Result<(), String> {
    let files = files_from_bytes(data);
    match load(&files) {
        Ok(guide) => {
            for index in 0..guide.sections.len() {
                for width in [1u16, 26, 80] {
                    typeset::section(&guide, index, width);
                }
            }
            Ok(())
        }
        Err(problems) => {
            if problems.is_empty() {
                return Err("the load failed with no problem reported".into());
            }
            for p in &problems {
                let text = files.read(&p.file).ok();
                if let Some(text) = text {
                    let lines = text.split('\n').count();
                    if p.line == 0 || p.line > lines || p.column == 0 {
                        return Err(format!("{p} points outside its file ({lines} lines)"));
                    }
                }
                if let Some(c) = p.message.chars().find(|&c| is_hidden_char(c) && c != '\n') {
                    return Err(format!(
                        "the message of {}:{}:{} holds the control character U+{:04X}, which would reach the staff's terminal: {:?}",
                        p.file,
                        p.line,
                        p.column,
                        u32::from(c),
                        p.message
                    ));
                }
            }
            Ok(())
        }
    }
}

/// A chapter whose body is `body`, written as a TOML basic string.
fn chapter_with_body(body: &str) -> String {
    let mut quoted = String::from("\"");
    for c in body.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                quoted.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    format!(
        "id = \"care\"\ntitle = \"Getting care\"\nbody = {quoted}\nsources = [\"nci-immunotherapy\"]\nreviewed = 2026-11-01\n\n[[section]]\nid = \"questions\"\ntitle = \"Questions\"\nbody = \"Ask.\"\nsources = [\"nci-immunotherapy\"]\nreviewed = 2026-11-01\n"
    )
}

/// The narrowest text column the reader ever lays out (a 30-column
/// terminal: the reader's frame and margins take four columns).
const NARROWEST_TEXT: u16 = 26;

/// What the markup fuzz target checks: any body parses without a panic
/// and lays out at every width; a body that loads never makes a line wider
/// than the text column, from the narrowest the reader uses up.
pub fn check_markup_input(body: &str) -> Result<(), String> {
    // Straight through the markup parser, problems or not.
    let toml = chapter_with_body(body);
    let file = SourceText::new("care.toml", toml.clone());
    let start = toml.find("body = ").map_or(0, |i| i + 7);
    let end = toml[start..]
        .find("\nsources")
        .map_or(toml.len(), |i| start + i);
    let text = Text {
        value: body.to_string(),
        span: start..end,
    };
    let mut problems = Vec::new();
    let mut links = Vec::new();
    let parsed = parse_body(&file, &text, &mut problems, &mut links);
    for width in [0u16, 1, 2, 5, 26, 80, 200] {
        typeset::body(&parsed, width, &Default::default());
    }
    // And through the loader, as a real chapter.
    let mut files = example_files();
    files.0.insert("care.toml".into(), toml);
    if let Ok(guide) = load(&files) {
        let index = guide.section_index("care").ok_or("no care section")?;
        for width in [NARROWEST_TEXT, 40, 80] {
            let laid = typeset::section(&guide, index, width);
            for line in &laid.lines {
                let text = line.text();
                if text.width() > usize::from(width) {
                    return Err(format!(
                        "at text width {width} a line is {} columns wide, so its end is cut off: {text:?}",
                        text.width()
                    ));
                }
            }
        }
    }
    Ok(())
}

fn markup_input() -> impl Strategy<Value = String> {
    let pieces = pieces_again();
    // Lists inside lists, written the short way ("- - - x").
    let nested = (1usize..24).prop_map(|n| format!("{}x y z\n\n", "- ".repeat(n)));
    prop_oneof![
        4 => prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat()),
        1 => (prop::collection::vec(pieces_again(), 0..10), nested)
            .prop_map(|(p, n)| format!("{}\n\n{n}", p.concat())),
        1 => ".{0,200}",
    ]
}

/// Pieces of markup, valid and not.
fn pieces_again() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "word ",
        "words and more words ",
        "\n",
        "\n\n",
        "- ",
        "  - ",
        "1. ",
        "3) ",
        "> ",
        "> [!NOTE]\n",
        "> [!WARNING]\n> ",
        "**",
        "*",
        "_",
        "[link](#basics)",
        "[web](https://x.org)",
        "#",
        "`",
        "```",
        "<b>",
        "---\n",
        "| a | b |\n|---|---|\n",
        "\\",
        "免疫療法 ",
        "👨\u{200d}👩\u{200d}👧 ",
        "❤\u{fe0f} ",
        "e\u{301} ",
        "\u{200d}",
        "\t",
        "    ",
        "verylongwordwithoutanyspacesatallthatgoesonandon ",
    ])
}

proptest! {
    #![proptest_config(config(32))]

    #[test]
    fn fuzz_loader_bounded(data in loader_input()) {
        check_loader_input(&data).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn fuzz_markup_bounded(body in markup_input()) {
        check_markup_input(&body).map_err(TestCaseError::fail)?;
    }
}
