//! The loader never panics, whatever the guide's files hold.
//!
//! The input is split at the byte 0x1E (record separator) into up to five
//! files: guide.toml, sources.toml, glossary.toml, basics.toml, care.toml.
//! A file the input does not give is the documented example's, so one
//! mangled file is loaded with four good ones. Bytes that are not UTF-8
//! are replaced, as `GuideFiles` hands the loader text.
//!
//! Checked: no panic; a failed load reports at least one problem, each at
//! a line and column inside its file; a guide that loads can be laid out.
//! tests/it/properties/fuzz_bounded.rs (`fuzz_loader_bounded`) runs the same
//! checks in CI.

#![no_main]

use immunoguide::content::{GuideFiles, InMemory, load};
use immunoguide::typeset;
use libfuzzer_sys::fuzz_target;

/// docs/guide-format.md, whose example guide is the base the input changes.
const EXAMPLE: &str = include_str!("../../docs/guide-format.md");

const FILE_NAMES: [&str; 5] = [
    "guide.toml",
    "sources.toml",
    "glossary.toml",
    "basics.toml",
    "care.toml",
];

fuzz_target!(|data: &[u8]| {
    let mut files = InMemory::from_markdown(EXAMPLE);
    for (name, part) in FILE_NAMES.iter().zip(data.split(|&b| b == 0x1e)) {
        files.0.insert(
            (*name).to_string(),
            String::from_utf8_lossy(part).into_owned(),
        );
    }
    match load(&files) {
        Ok(guide) => {
            for index in 0..guide.sections.len() {
                for width in [1u16, 26, 80] {
                    typeset::section(&guide, index, width);
                }
            }
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "a failed load with no problem");
            for p in &problems {
                assert!(p.line >= 1 && p.column >= 1, "{p}");
                if let Ok(text) = files.read(&p.file) {
                    let lines = text.split('\n').count();
                    assert!(p.line <= lines, "{p} is past the end ({lines} lines)");
                }
            }
        }
    }
});
