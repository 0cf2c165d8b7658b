//! What both test programs need, compiled into each of them (tests/it
//! and tests/pty): the program under test and runs of it with its output
//! piped, temporary folders that clean up after themselves, and text
//! compared word for word.

// Each test program uses only part of this.
#![allow(dead_code)]

pub mod kiosk;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The program under test, built by `cargo test` beside the tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_immunoguide");

/// Runs `immunoguide ARGS` in the crate's folder as a script would: stdin
/// empty, stdout and stderr piped.
pub fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap_or_else(|e| panic!("run immunoguide {args:?}: {e}"))
}

/// A run's command line, status and output, for failure messages.
pub fn explain(args: &[&str], out: &Output) -> String {
    format!(
        "immunoguide {}\nstatus: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        args.join(" "),
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// True if `text` has `FILE:LINE:COLUMN:` somewhere, with any column.
pub fn has_location(text: &str, file: &str, line: usize) -> bool {
    let prefix = format!("{file}:{line}:");
    text.match_indices(&prefix).any(|(at, _)| {
        let rest = &text[at + prefix.len()..];
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with(':')
    })
}

/// The guide shipped with the program (`guide/`, its language folders
/// inside).
pub fn guide_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("guide")
}

/// A folder of `tests/fixtures`.
pub fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Tells apart the folders one test process makes in the same instant.
static NEXT_FOLDER: AtomicUsize = AtomicUsize::new(0);

/// A temporary folder, removed with everything in it when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    /// A new empty folder; `name` only helps to recognise it.
    pub fn new(name: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let n = NEXT_FOLDER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "immunoguide-test-{name}-{}-{nanos}-{n}",
            std::process::id()
        ));
        std::fs::create_dir_all(&path).expect("make a temporary folder");
        TempDir(path)
    }

    /// A new folder holding a copy of `from` and everything inside it.
    pub fn copy_of(name: &str, from: &Path) -> TempDir {
        let dir = TempDir::new(name);
        copy_dir(from, dir.path());
        dir
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The file `name` in the folder, with `bytes` in it.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }

    pub fn read(&self, name: &str) -> String {
        let path = self.0.join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Copies the folder `from` and everything inside it to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("make a folder");
    for entry in std::fs::read_dir(from).expect("list a folder") {
        let entry = entry.expect("read a folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}

/// A guide file's text with every `reviewed = DATE` made today's date,
/// line for line, and every `translated_from = DATE` too (a translation
/// stays translated from the English version it matched). `immunoguide check` lints freshness against the real
/// calendar (as staff and CI need it to), so a test that checks a copy of
/// a guide through the program freshens the copy first, and gives the same
/// answer whatever the day it runs. In-process tests lint as of a fixed
/// date instead.
pub fn reviewed_today(text: &str) -> String {
    let today = immunoguide::content::Date::today();
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\r', '\n']);
        let indent = &body[..body.len() - body.trim_start().len()];
        let key = ["reviewed", "translated_from"]
            .into_iter()
            .find(|key| body.trim_start().starts_with(&format!("{key} = ")));
        if let Some(key) = key {
            out.push_str(&format!("{indent}{key} = {today}"));
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Every `.toml` file in `folder` and the folders inside it, freshened
/// with [`reviewed_today`].
pub fn make_reviewed_today(folder: &Path) {
    for entry in std::fs::read_dir(folder).expect("list a folder") {
        let path = entry.expect("read a folder entry").path();
        if path.is_dir() {
            make_reviewed_today(&path);
        } else if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).expect("read a guide file");
            std::fs::write(&path, reviewed_today(&text)).expect("write a guide file");
        }
    }
}

/// Text with box-drawing characters taken out and all runs of
/// whitespace made one space, so words wrapped across rows or framed in
/// a box can be found.
pub fn words(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| {
            if ('\u{2500}'..='\u{257f}').contains(&c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}
