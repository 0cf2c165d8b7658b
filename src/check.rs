//! `immunoguide check`: the staff-facing linter. Errors stop a guide from
//! loading; warnings are about plain language and freshness. `--report`
//! prints a table of every section for review meetings.

use std::path::Path;
use std::process::ExitCode;

use crate::content::lint::{lint, reading_report};
use crate::content::{Date, Embedded, Folder, Guide, Severity, load};
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
            crate::report::problems(&problems);
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
    let found = lint(&guide, Date::today());
    crate::report::problems(&found);
    if report {
        print(&report_table(&guide));
    }
    let errors = found
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = found.len() - errors;
    say(format!(
        "{} sections in {} chapters, {} glossary terms, {} sources: {errors} errors, {warnings} warning(s).",
        guide.sections.len(),
        guide.chapters.len(),
        guide.glossary.len(),
        guide.sources.len(),
    ));
    if errors > 0 {
        // The guide still opens; these are for staff to fix before sharing it.
        say("The guide can be shown, but fix the errors before you share it.");
        return ExitCode::from(1);
    }
    if strict && warnings > 0 {
        say("--strict: warnings count as errors.");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// The median of some grades (the upper middle one for an even count).
fn median(grades: &mut [f64]) -> f64 {
    grades.sort_by(f64::total_cmp);
    grades.get(grades.len() / 2).copied().unwrap_or(0.0)
}

/// A Markdown table of every section: its words, reading grade (with
/// glossary words left out, and over all words), sources and review date.
/// `docs/content-report.md` is this output.
pub fn report_table(guide: &Guide) -> String {
    let reports = reading_report(guide);
    let graded: Vec<_> = reports.iter().filter(|r| r.reading.words > 0).collect();
    let mut grades: Vec<f64> = graded.iter().map(|r| r.reading.grade).collect();
    let mut all_grades: Vec<f64> = graded.iter().map(|r| r.all_words.grade).collect();
    let (median_grade, median_all) = (median(&mut grades), median(&mut all_grades));
    let mut out = String::new();
    out.push_str(&format!("# Content report: {}\n\n", guide.about.title));
    out.push_str("Made by `immunoguide check --report guide/`; do not edit by hand.\n");
    out.push_str(
        "Reading grade is Flesch-Kincaid, measured as docs/guide-format.md describes:\n\"grade\" leaves out the words the glossary defines; \"all words\" counts them too.\n\n",
    );
    out.push_str(&format!(
        "{} sections; median reading grade {median_grade:.1} ({median_all:.1} over all words); highest {:.1} ({:.1} over all words).\n\n",
        reports.len(),
        grades.last().copied().unwrap_or(0.0),
        all_grades.last().copied().unwrap_or(0.0)
    ));
    out.push_str(
        "| section | words | grade | all words | sources | reviewed |\n|---|---:|---:|---:|---:|---|\n",
    );
    for r in &reports {
        let Some(s) = guide.section(r.index) else {
            continue;
        };
        out.push_str(&format!(
            "| {}{} | {} | {:.1} | {:.1} | {} | {} |\n",
            "  ".repeat(s.depth).replace(' ', "&nbsp;"),
            s.id,
            r.reading.words,
            r.reading.grade,
            r.all_words.grade,
            s.sources.len(),
            s.reviewed
        ));
    }
    out
}
