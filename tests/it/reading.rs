//! Reading level over all words: `check --report` shows each section's
//! grade both with glossary words left out and over every word, with the
//! median of each; `check` warns when a section reads above grade 9 over
//! all its words, and still warns above grade 8 with glossary words left
//! out. The fixture is `tests/fixtures/clean`.

use immunoguide::check::report_table;
use immunoguide::content::lint::{lint, reading_report};
use immunoguide::content::{Date, Guide, InMemory};

use crate::support::{changed, fixture_files, loaded};

/// A fixed day, so no test depends on today's date.
const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

/// Plain words around long drug and illness names.
const HARD: &str = "Pembrolizumab immunotherapy can cause pneumonitis or hypophysitis. \
    Ipilimumab immunotherapy can cause hypophysitis or pneumonitis. \
    Pembrolizumab can cause hypophysitis.";

/// The clean guide with its `signs` section opening with [`HARD`].
fn with_hard_words() -> InMemory {
    changed(
        fixture_files("clean"),
        "care.toml",
        "Some signs need help fast.",
        HARD,
    )
}

/// The same, with those long words defined in the glossary.
fn with_hard_words_defined() -> InMemory {
    let mut files = with_hard_words();
    let glossary = files.0.get("glossary.toml").cloned().unwrap_or_default();
    let mut extra = String::new();
    for word in [
        "Pembrolizumab",
        "Ipilimumab",
        "Immunotherapy",
        "Pneumonitis",
        "Hypophysitis",
    ] {
        extra.push_str(&format!(
            "\n[[term]]\nterm = \"{word}\"\ndefinition = \"A word the guide explains.\"\n"
        ));
    }
    files.0.insert("glossary.toml".into(), glossary + &extra);
    files
}

fn messages(guide: &Guide) -> Vec<String> {
    lint(guide, TODAY).into_iter().map(|p| p.message).collect()
}

#[test]
fn glossary_words_still_count_toward_the_all_words_grade() {
    let guide = loaded(&with_hard_words_defined());
    let signs = guide.section_index("signs").expect("signs");
    let report = &reading_report(&guide)[signs];
    assert!(report.reading.grade <= 8.0, "{report:?}");
    assert!(report.all_words.grade > 9.0, "{report:?}");
    assert!(report.all_words.words > report.reading.words);

    let found = messages(&guide);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("`signs` reads at grade"),
        "{}",
        found[0]
    );
    assert!(found[0].contains("over all its words"), "{}", found[0]);
    assert!(found[0].contains("grade 9 or lower"), "{}", found[0]);
}

#[test]
fn the_grade_eight_rule_still_applies_with_glossary_words_left_out() {
    let guide = loaded(&with_hard_words());
    let signs = guide.section_index("signs").expect("signs");
    let report = &reading_report(&guide)[signs];
    assert!(report.reading.grade > 8.0, "{report:?}");
    let found = messages(&guide);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].contains("with glossary words left out; aim for grade 8"));
    assert!(found[1].contains("over all its words"));
}

#[test]
fn the_report_shows_both_grades_and_both_medians() {
    let guide = loaded(&with_hard_words_defined());
    let reports = reading_report(&guide);
    let table = report_table(&guide);
    assert!(
        table.contains("| section | words | grade | all words | sources | reviewed |"),
        "{table}"
    );
    for (r, id) in reports.iter().zip(["care", "&nbsp;&nbsp;signs"]) {
        let row = format!(
            "| {id} | {} | {:.1} | {:.1} |",
            r.reading.words, r.reading.grade, r.all_words.grade
        );
        assert!(table.contains(&row), "no {row:?} in\n{table}");
    }
    // Two sections: the median is the upper one of each kind of grade.
    let median = reports
        .iter()
        .map(|r| r.reading.grade)
        .fold(f64::MIN, f64::max);
    let median_all = reports
        .iter()
        .map(|r| r.all_words.grade)
        .fold(f64::MIN, f64::max);
    assert!(
        table.contains(&format!(
            "median reading grade {median:.1} ({median_all:.1} over all words)"
        )),
        "{table}"
    );
}
