//! `immunoguide export`: a handout to print or hand out, as one
//! self-contained HTML file or as Markdown. Both are made from one plan
//! ([`handout::Handout`]) so they hold the same things in the same order.

pub mod escape;
pub mod handout;
pub mod html;
pub mod markdown;

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::content::Guide;

pub use handout::Handout;

/// The kinds of file `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
}

/// The handout for these sections (all of them for none), as text.
/// An unknown section id is returned as the error.
pub fn render(guide: &Guide, format: Format, sections: &[String]) -> Result<String, String> {
    let handout = Handout::new(guide, sections)?;
    Ok(match format {
        Format::Html => html::write(&handout),
        Format::Markdown => markdown::write(&handout),
    })
}

pub fn run(guide: &Guide, format: Format, out: Option<&Path>, sections: &[String]) -> ExitCode {
    let text = match render(guide, format, sections) {
        Ok(text) => text,
        Err(id) => {
            eprintln!(
                "immunoguide export: there is no section `{id}`. `immunoguide check --report` lists every id."
            );
            return ExitCode::from(2);
        }
    };
    let written = match out {
        Some(path) => write_file(path, text.as_bytes()).map_err(|e| {
            format!(
                "could not write {}: {e}. Check the folder exists and you may write there.",
                path.display()
            )
        }),
        None => {
            let mut stdout = io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|_| stdout.flush())
            {
                // A closed pipe (`| head`) is a normal way to stop reading.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(|e| e.to_string()),
            }
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("immunoguide export: {message}");
            ExitCode::from(1)
        }
    }
}

/// Writes the whole file beside its final name first, then moves it
/// into place, so a reader never opens half a handout.
fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "handout".to_string());
    let partial = path.with_file_name(format!(".{name}.partial"));
    let result = std::fs::write(&partial, bytes).and_then(|_| std::fs::rename(&partial, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}
