//! The content report `check --report` prints: for each language, a
//! Markdown table of every section with its words, reading measure (with
//! glossary words left out, and over all words), sources and dates. The
//! English part gives Flesch-Kincaid grades, the Spanish part the
//! INFLESZ reading ease. `docs/content-report.md` is this output for the
//! shipped guide.

use super::Edition;
use crate::content::Guide;
use crate::content::lint::{SectionReport, language_of, reading_report, whole_guide};
use crate::content::problem::visible;
use crate::content::readability::inflesz::{GUIDE_EASE_MIN, Level};
use crate::content::translation::language_name;
use crate::language::Language;

const MADE_BY: &str = "Made by `immunoguide check --report guide/`; do not edit by hand.\n";

/// The median of some figures (the upper middle one for an even count).
fn median(figures: &mut [f64]) -> f64 {
    figures.sort_by(f64::total_cmp);
    figures.get(figures.len() / 2).copied().unwrap_or(0.0)
}

/// The report for one guide folder, checked alone.
pub fn report_table(guide: &Guide) -> String {
    let mut out = format!("# Content report: {}\n\n{MADE_BY}", guide.about.title);
    out.push_str(&part(guide));
    out
}

/// The report for a folder of languages: one part for each.
pub fn report(editions: &[Edition]) -> String {
    let mut out = format!("# Content report\n\n{MADE_BY}");
    for edition in editions {
        // A folder's name could hold escape codes: shown as codes.
        out.push_str(&format!(
            "\n## {} (`{}`): {}\n\n",
            visible(&language_name(&edition.guide.about.language)),
            visible(&edition.code),
            edition.guide.about.title
        ));
        out.push_str(&part(&edition.guide));
    }
    out
}

/// One guide's explanation, summary and table, measured as its language
/// is.
fn part(guide: &Guide) -> String {
    let reports = reading_report(guide);
    match language_of(guide) {
        Language::English => grades(guide, &reports),
        Language::Spanish => ease(guide, &reports),
    }
}

/// A section's id, indented by its depth.
fn indented(guide: &Guide, r: &SectionReport) -> Option<String> {
    let s = guide.section(r.index)?;
    Some(format!(
        "{}{}",
        "  ".repeat(s.depth).replace(' ', "&nbsp;"),
        s.id
    ))
}

/// Flesch-Kincaid grades, for English.
fn grades(guide: &Guide, reports: &[SectionReport]) -> String {
    let graded: Vec<_> = reports.iter().filter(|r| r.reading.words > 0).collect();
    let mut grades: Vec<f64> = graded.iter().map(|r| r.reading.grade).collect();
    let mut all_grades: Vec<f64> = graded.iter().map(|r| r.all_words.grade).collect();
    let (median_grade, median_all) = (median(&mut grades), median(&mut all_grades));
    let mut out = String::new();
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
    for r in reports {
        let (Some(id), Some(s)) = (indented(guide, r), guide.section(r.index)) else {
            continue;
        };
        out.push_str(&format!(
            "| {id} | {} | {:.1} | {:.1} | {} | {} |\n",
            r.reading.words,
            r.reading.grade,
            r.all_words.grade,
            s.sources.len(),
            s.reviewed
        ));
    }
    out
}

/// Szigriszt-Pazos reading ease on the INFLESZ scale, for Spanish; the
/// lowest is the hardest.
fn ease(guide: &Guide, reports: &[SectionReport]) -> String {
    let measured: Vec<_> = reports.iter().filter(|r| r.reading.words > 0).collect();
    let mut eases: Vec<f64> = measured.iter().map(|r| r.reading.ease).collect();
    let mut all_eases: Vec<f64> = measured.iter().map(|r| r.all_words.ease).collect();
    let (median_ease, median_all) = (median(&mut eases), median(&mut all_eases));
    let whole = whole_guide(guide).ease;
    let mut out = String::new();
    out.push_str(
        "Reading ease is Szigriszt-Pazos on the INFLESZ scale (higher is easier), measured as docs/guide-format.md describes:\n\"ease\" leaves out the words the glossary defines; \"all words\" counts them too.\n\n",
    );
    out.push_str(&format!(
        "Whole guide over all words: {whole:.1}, \"{}\" ({GUIDE_EASE_MIN:.0} or more is needed).\n",
        Level::of(whole).name()
    ));
    out.push_str(&format!(
        "{} sections; median reading ease {median_ease:.1} ({median_all:.1} over all words); lowest {:.1} ({:.1} over all words).\n\n",
        reports.len(),
        eases.first().copied().unwrap_or(0.0),
        all_eases.first().copied().unwrap_or(0.0)
    ));
    out.push_str(
        "| section | words | ease | all words | sources | reviewed | translated from |\n|---|---:|---:|---:|---:|---|---|\n",
    );
    for r in reports {
        let (Some(id), Some(s)) = (indented(guide, r), guide.section(r.index)) else {
            continue;
        };
        let translated = s
            .translated_from
            .map_or_else(|| "—".to_string(), |d| d.to_string());
        out.push_str(&format!(
            "| {id} | {} | {:.1} | {:.1} | {} | {} | {translated} |\n",
            r.reading.words,
            r.reading.ease,
            r.all_words.ease,
            s.sources.len(),
            s.reviewed
        ));
    }
    out
}
