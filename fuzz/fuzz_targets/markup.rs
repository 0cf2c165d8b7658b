//! Body markup never panics, neither when parsed nor when laid out.
//!
//! The input (as UTF-8, bad bytes replaced) is a chapter's body. It goes
//! straight through the markup parser and is laid out at widths from 0 to
//! 200 whatever the problems; then it is written into care.toml of the
//! documented example as a TOML string, the whole guide is loaded, and a
//! guide that loads is laid out at the widths the reader uses.
//! tests/it/properties/fuzz_bounded.rs (`fuzz_markup_bounded`) runs the same
//! in CI.

#![no_main]

use immunoguide::content::fields::Text;
use immunoguide::content::markup::parse_body;
use immunoguide::content::problem::SourceText;
use immunoguide::content::{InMemory, load};
use immunoguide::typeset;
use libfuzzer_sys::fuzz_target;

/// docs/guide-format.md, whose example guide is the base the input changes.
const EXAMPLE: &str = include_str!("../../docs/guide-format.md");

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

fuzz_target!(|data: &[u8]| {
    let body = String::from_utf8_lossy(data);
    let toml = chapter_with_body(&body);
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
    let mut files = InMemory::from_markdown(EXAMPLE);
    files.0.insert("care.toml".into(), toml);
    if let Ok(guide) = load(&files)
        && let Some(index) = guide.section_index("care")
    {
        for width in [1u16, 26, 40, 80] {
            typeset::section(&guide, index, width);
        }
    }
});
