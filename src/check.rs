//! `immunoguide check`: the staff-facing linter. Errors stop a guide from
//! loading; warnings are about plain language and freshness. `--report`
//! prints a table of every section for review meetings.

use std::path::Path;
use std::process::ExitCode;

use crate::content::lint::{lint, reading_report, today};
use crate::content::{Embedded, Folder, Guide, Severity, load};
use crate::message::{print, say};

pub fn run(dir: Option<&Path>, strict: bool, report: bool) -> ExitCode {
    let loaded = match dir {
        Some(dir) => match Folder::open(dir) {
            Ok(folder) => load(&folder),
            Err(message) => {
                say(format!("immunoguide check: {message}"));
                return ExitCode::from(2);
            }
        },
        None => load(&Embedded),
    };
    let guide = match loaded {
        Ok(guide) => guide,
        Err(problems) => {
            crate::cli::report_problems(&problems);
            let errors = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            say(format!(
                "{errors} error(s). The guide cannot be opened until they are fixed."
            ));
            return ExitCode::from(1);
        }
    };
    let warnings = lint(&guide, today());
    crate::cli::report_problems(&warnings);
    if report {
        print(&report_table(&guide));
    }
    say(format!(
        "{} sections in {} chapters, {} glossary terms, {} sources: 0 errors, {} warning(s).",
        guide.sections.len(),
        guide.chapters.len(),
        guide.glossary.len(),
        guide.sources.len(),
        warnings.len()
    ));
    if strict && !warnings.is_empty() {
        say("--strict: warnings count as errors.");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// A Markdown table of every section: its words, reading grade, sources
/// and review date. `docs/content-report.md` is this output.
pub fn report_table(guide: &Guide) -> String {
    let reports = reading_report(guide);
    let mut grades: Vec<f64> = reports
        .iter()
        .filter(|r| r.reading.words > 0)
        .map(|r| r.reading.grade)
        .collect();
    grades.sort_by(f64::total_cmp);
    let median = grades.get(grades.len() / 2).copied().unwrap_or(0.0);
    let mut out = String::new();
    out.push_str(&format!("# Content report: {}\n\n", guide.about.title));
    out.push_str("Made by `immunoguide check --report guide/`; do not edit by hand.\n");
    out.push_str(
        "Reading grade is Flesch-Kincaid, measured as docs/guide-format.md describes.\n\n",
    );
    out.push_str(&format!(
        "{} sections; median reading grade {median:.1}; highest {:.1}.\n\n",
        reports.len(),
        grades.last().copied().unwrap_or(0.0)
    ));
    out.push_str("| section | words | grade | sources | reviewed |\n|---|---:|---:|---:|---|\n");
    for r in &reports {
        let Some(s) = guide.section(r.index) else {
            continue;
        };
        out.push_str(&format!(
            "| {}{} | {} | {:.1} | {} | {} |\n",
            "  ".repeat(s.depth).replace(' ', "&nbsp;"),
            s.id,
            r.reading.words,
            r.reading.grade,
            s.sources.len(),
            s.reviewed
        ));
    }
    out
}
