//! `immunoguide check`: the staff-facing linter. Errors stop a guide from
//! loading; warnings are about plain language and freshness.

use std::path::Path;
use std::process::ExitCode;

use crate::content::{Embedded, Folder, Severity, load};

pub fn run(dir: Option<&Path>, strict: bool, report: bool) -> ExitCode {
    let loaded = match dir {
        Some(dir) => match Folder::open(dir) {
            Ok(folder) => load(&folder),
            Err(message) => {
                eprintln!("immunoguide check: {message}");
                return ExitCode::from(2);
            }
        },
        None => load(&Embedded),
    };
    let guide = match loaded {
        Ok(guide) => guide,
        Err(problems) => {
            crate::cli::report_problems(&problems);
            let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
            eprintln!("{errors} error(s). The guide cannot be opened until they are fixed.");
            return ExitCode::from(1);
        }
    };
    let _ = report;
    println!(
        "ok: {} sections in {} chapters, {} glossary terms, {} sources.",
        guide.sections.len(),
        guide.chapters.len(),
        guide.glossary.len(),
        guide.sources.len()
    );
    let _ = strict;
    ExitCode::SUCCESS
}
