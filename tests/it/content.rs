//! The shipped guide meets the plain-language standard: no errors or
//! warnings from the checker, a median reading grade of 7 or lower (with
//! glossary words left out, and over all words), and the content report
//! in docs/ is exactly what the checker prints today for every language.

// A test stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]

use immunoguide::check::{findings, gather};
use immunoguide::content::lint::{lint, reading_report, whole_guide};

use crate::shared::guide_dir;
use crate::support::builtin_guide as guide;

/// What `check --report guide/` prints: a part for each language folder.
#[test]
fn the_content_report_is_regenerated_not_edited() {
    let gathered = gather(Some(&guide_dir())).unwrap();
    assert!(gathered.unopened.is_empty(), "{:#?}", gathered.unopened);
    let expected = gathered.report().unwrap();
    let written = include_str!("../../docs/content-report.md");
    assert_eq!(
        written, expected,
        "docs/content-report.md is out of date: run `cargo run -- check --report guide/ > docs/content-report.md`"
    );
}

/// Linted as of the day the guide says it was reviewed, not today: the test
/// must give the same answer next year. Freshness against the real calendar
/// is CI's `check --strict guide/`, which staff are meant to see go red.
#[test]
fn the_shipped_guide_has_no_warnings() {
    let guide = guide();
    let warnings = lint(&guide, guide.about.reviewed);
    assert!(warnings.is_empty(), "{warnings:#?}");
}

/// Every language of the shipped guide, as `check guide/` sees it (the
/// Spanish against the English), linted as of the day each says it was
/// reviewed.
#[test]
fn every_language_of_the_shipped_guide_has_no_warnings() {
    let gathered = gather(Some(&guide_dir())).unwrap();
    assert!(gathered.unopened.is_empty(), "{:#?}", gathered.unopened);
    let codes: Vec<&str> = gathered.editions.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["en", "es"]);
    for (i, edition) in gathered.editions.iter().enumerate() {
        let found = findings(&gathered.editions, i, edition.guide.about.reviewed, false);
        assert!(found.is_empty(), "{}: {found:#?}", edition.code);
    }
}

/// The Spanish guide over all its words reads "bastante fácil" or easier.
#[test]
fn the_spanish_guide_reads_fairly_easy_on_the_inflesz_scale() {
    let gathered = gather(Some(&guide_dir())).unwrap();
    let spanish = &gathered.editions[1].guide;
    assert_eq!(spanish.about.language, "es");
    let whole = whole_guide(spanish);
    assert!(whole.words > 10_000, "{whole:?}");
    assert!(whole.ease >= 65.0, "INFLESZ {:.1}", whole.ease);
}

#[test]
fn reading_grade_is_plain() {
    let guide = guide();
    let mut grades: Vec<f64> = reading_report(&guide)
        .iter()
        .filter(|r| r.reading.words > 0)
        .map(|r| r.reading.grade)
        .collect();
    grades.sort_by(f64::total_cmp);
    let median = grades[grades.len() / 2];
    assert!(median <= 7.0, "median grade {median:.1}");
    assert!(
        grades.iter().all(|&g| g <= 8.0),
        "a section reads above grade 8: {grades:?}"
    );
}

#[test]
fn reading_grade_over_all_words_is_plain_too() {
    // Glossary words included: a reader still has to read them.
    let guide = guide();
    let mut grades: Vec<(f64, String)> = reading_report(&guide)
        .iter()
        .filter(|r| r.all_words.words > 0)
        .map(|r| (r.all_words.grade, guide.sections[r.index].id.clone()))
        .collect();
    grades.sort_by(|a, b| a.0.total_cmp(&b.0));
    let median = grades[grades.len() / 2].0;
    assert!(median <= 7.0, "median grade over all words {median:.1}");
    let hard: Vec<_> = grades.iter().filter(|(g, _)| *g > 9.0).collect();
    assert!(hard.is_empty(), "above grade 9 over all words: {hard:?}");
}

#[test]
fn every_section_is_sourced_and_dated() {
    let guide = guide();
    for section in &guide.sections {
        assert!(!section.sources.is_empty(), "{} has no sources", section.id);
        assert!(
            section.reviewed.year >= 2025,
            "{} has no real review date",
            section.id
        );
        for id in &section.sources {
            assert!(
                guide.source(id).is_some(),
                "{} cites unknown {id}",
                section.id
            );
        }
    }
    assert!(guide.glossary.len() >= 40);
}

/// The body text of some sections, in lowercase.
fn words_of(sections: &[immunoguide::content::Section]) -> String {
    sections
        .iter()
        .flat_map(|s| s.body.spans().map(|span| span.text.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn facts_the_brief_corrects_stay_corrected() {
    // Known bad figures and claims that must never come back.
    let text = words_of(&guide().sections);
    for wrong in ["41% vs 27%", "41 in 100", "8 weeks after", "4 weeks near"] {
        assert!(!text.contains(wrong), "the guide says {wrong:?}");
    }
    assert!(text.contains("mesothelioma"));
}

#[test]
fn afami_cel_is_filed_under_tcr_not_car_t() {
    let guide = guide();
    let body = |id: &str| -> String {
        let index = guide
            .section_index(id)
            .unwrap_or_else(|| panic!("no section {id}"));
        let end = guide.sections[index].subtree_end;
        words_of(&guide.sections[index..end])
    };
    assert!(body("tcr-therapy").contains("afami-cel"));
    assert!(
        !body("car-t").contains("afami"),
        "afami-cel is a TCR therapy, not CAR T"
    );
    // CAR T is approved for blood cancers only.
    assert!(
        body("car-t").contains("solid tumor"),
        "the CAR T section says where it is not approved"
    );
}
