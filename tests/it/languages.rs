//! Two languages: `check` on a folder of language folders checks each
//! one, and each translation against the English guide (the same section
//! ids, translated from the English section's latest review); a Spanish
//! guide read for ease with INFLESZ; the report's part per language. The
//! fixture is `tests/fixtures/bilingual` (`en/` and `es/`); each case
//! changes a copy of it in one place.

use std::path::Path;

use immunoguide::check::{Gathered, findings, gather};
use immunoguide::content::lint::reading_report;
use immunoguide::content::{Date, Problem, Severity};

use crate::shared::{TempDir, fixture_dir, make_reviewed_today, run};

/// A fixed day, so no test depends on today's date.
const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

fn gathered(dir: &Path) -> Gathered {
    gather(Some(dir)).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
}

/// Everything `check` reports for every language of a folder.
fn all_findings(g: &Gathered) -> Vec<Problem> {
    assert!(g.unopened.is_empty(), "{:#?}", g.unopened);
    (0..g.editions.len())
        .flat_map(|i| findings(&g.editions, i, TODAY, g.alone))
        .collect()
}

/// A copy of the fixture with `from` replaced by `to` (once) in `file`.
fn bilingual_with(file: &str, from: &str, to: &str) -> TempDir {
    let dir = TempDir::copy_of("bilingual", &fixture_dir("bilingual"));
    let text = dir.read(file);
    assert!(text.contains(from), "{file} has no {from:?}");
    dir.write(file, text.replacen(from, to, 1));
    dir
}

/// The one problem found, which must be a warning in `file` at
/// `line:column` saying every one of `words`.
fn one_warning(found: &[Problem], file: &str, line: usize, column: usize, words: &[&str]) {
    assert_eq!(found.len(), 1, "{found:#?}");
    let p = &found[0];
    assert_eq!(p.severity, Severity::Warning, "{p}");
    assert!(
        Path::new(&p.file).ends_with(file) && (p.line, p.column) == (line, column),
        "not at {file}:{line}:{column}: {p}"
    );
    for w in words {
        assert!(p.message.contains(w), "no {w:?} in: {p}");
    }
}

#[test]
fn every_language_folder_is_checked_english_first() {
    let g = gathered(&fixture_dir("bilingual"));
    assert!(!g.alone);
    let codes: Vec<&str> = g.editions.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["en", "es"]);
    assert_eq!(g.editions[1].guide.about.language, "es");
    let found = all_findings(&g);
    assert!(found.is_empty(), "{found:#?}");

    // A folder holding guide.toml is checked alone, Spanish or not.
    let alone = gathered(&fixture_dir("bilingual").join("es"));
    assert!(alone.alone);
    assert_eq!(alone.editions.len(), 1);
    assert!(all_findings(&alone).is_empty());
}

#[test]
fn a_missing_or_extra_section_is_a_warning_naming_the_language() {
    let dir = bilingual_with("es/care.toml", "id = \"children\"", "id = \"kids\"");
    let found = all_findings(&gathered(dir.path()));
    assert_eq!(found.len(), 2, "{found:#?}");
    let (missing, extra): (Vec<Problem>, Vec<Problem>) = found
        .into_iter()
        .partition(|p| p.message.contains("has no section"));
    // The missing one is shown where the English guide has it.
    one_warning(
        &missing,
        "en/care.toml",
        37,
        6,
        &["The Spanish guide has no section `children` (\"Children\")"],
    );
    one_warning(
        &extra,
        "es/care.toml",
        40,
        6,
        &["The Spanish section `kids` has no English section with that id"],
    );
}

#[test]
fn a_translation_of_an_older_english_version_names_both_dates_and_places() {
    let dir = bilingual_with(
        "en/care.toml",
        "reviewed = 2026-11-20",
        "reviewed = 2026-11-25",
    );
    let found = all_findings(&gathered(dir.path()));
    let english_place = format!("{}:9:12", dir.path().join("en").join("care.toml").display());
    one_warning(
        &found,
        "es/care.toml",
        10,
        19,
        &[
            "The Spanish section `care` was translated from an older English version",
            "`translated_from = 2026-11-20`",
            "reviewed on 2026-11-25",
            &english_place,
            "set `translated_from = 2026-11-25`",
        ],
    );

    // No `translated_from` at all: shown at the section, with the date to write.
    let text = dir.read("es/care.toml");
    dir.write(
        "es/care.toml",
        text.replacen("translated_from = 2026-11-20\n", "", 1),
    );
    let found = all_findings(&gathered(dir.path()));
    one_warning(
        &found,
        "es/care.toml",
        1,
        6,
        &[
            "does not say which English version it was translated from",
            "`translated_from = 2026-11-25`",
            &english_place,
        ],
    );

    // A date later than the English review names no version that exists.
    let dir = bilingual_with(
        "es/care.toml",
        "translated_from = 2026-11-20",
        "translated_from = 2027-01-01",
    );
    let found = all_findings(&gathered(dir.path()));
    one_warning(
        &found,
        "es/care.toml",
        10,
        19,
        &["later than the English section's `reviewed` date, 2026-11-20"],
    );
}

#[test]
fn strict_check_fails_on_a_stale_translation_and_plain_check_warns() {
    let dir = TempDir::copy_of("stale", &fixture_dir("bilingual"));
    make_reviewed_today(dir.path());
    let path = dir.path().to_str().expect("a UTF-8 temporary path");
    let out = run(&["check", "--strict", path]);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("English (`en`): 4 sections"), "{stderr}");
    assert!(stderr.contains("Spanish (`es`): 4 sections"), "{stderr}");

    let text = dir.read("es/care.toml");
    let today = Date::today().to_string();
    dir.write(
        "es/care.toml",
        text.replacen(
            &format!("translated_from = {today}"),
            "translated_from = 2020-01-01",
            1,
        ),
    );
    let out = run(&["check", "--strict", path]);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("translated from an older English version"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Spanish (`es`): 4 sections in 1 chapters, 4 glossary terms, 1 sources: 0 errors, 1 warning(s)."),
        "{stderr}"
    );
    assert!(stderr.contains("--strict"), "{stderr}");
    // Without --strict the warning is shown and the check passes.
    let out = run(&["check", path]);
    assert!(out.status.success());
}

/// Long words in long sentences: hard Spanish.
const HARD: &str = "Frecuentemente, determinadas manifestaciones inmunológicas \
    extraordinariamente complicadas necesitarían consideraciones terapéuticas \
    individualizadas y evaluaciones multidisciplinarias.";

#[test]
fn spanish_reading_ease_is_checked_per_section_and_for_the_whole_guide() {
    let dir = bilingual_with(
        "es/care.toml",
        "Descanse cuando lo necesite.",
        &[HARD; 8].join(" "),
    );
    let g = gathered(dir.path());
    let spanish = &g.editions[1].guide;
    let fatigue = spanish.section_index("fatigue").expect("fatigue");
    let report = &reading_report(spanish)[fatigue];
    assert!(report.reading.ease < 55.0, "{report:?}");
    let found = all_findings(&g);
    assert_eq!(found.len(), 2, "{found:#?}");
    let (whole, section): (Vec<Problem>, Vec<Problem>) = found
        .into_iter()
        .partition(|p| p.message.contains("as a whole"));
    one_warning(
        &section,
        "es/care.toml",
        13,
        6,
        &[
            "`fatigue` has a Spanish reading ease (INFLESZ) of",
            "aim for 55 or more",
        ],
    );
    // Shown at the manifest's `language` line.
    one_warning(
        &whole,
        "es/guide.toml",
        3,
        1,
        &[
            "The Spanish guide as a whole has a reading ease (INFLESZ) of",
            "it must be 65 or more, \"bastante fácil\"",
        ],
    );

    // The same hard text in the English guide is graded, not eased.
    let dir = bilingual_with("en/care.toml", "Rest when you need to.", HARD);
    let found = all_findings(&gathered(dir.path()));
    assert!(
        found
            .iter()
            .any(|p| p.message.contains("`fatigue` reads at grade")),
        "{found:#?}"
    );
    assert!(
        found.iter().all(|p| !p.message.contains("INFLESZ")),
        "{found:#?}"
    );
}

#[test]
fn a_folder_whose_manifest_names_another_language_is_flagged() {
    let dir = bilingual_with("es/guide.toml", "language = \"es\"", "language = \"en\"");
    let found = all_findings(&gathered(dir.path()));
    let named: Vec<Problem> = found
        .into_iter()
        .filter(|p| p.message.contains("its manifest says"))
        .collect();
    one_warning(
        &named,
        "es/guide.toml",
        3,
        1,
        &["the folder `es/`, but its manifest says `language = \"en\"`"],
    );
}

#[test]
fn the_report_has_a_part_for_each_language() {
    let g = gathered(&fixture_dir("bilingual"));
    let report = g.report().expect("a report");
    let english = report
        .find("## English (`en`): Two-language guide")
        .expect("English part");
    let spanish = report
        .find("## Spanish (`es`): Guía en dos idiomas")
        .expect("Spanish part");
    assert!(english < spanish, "English first\n{report}");
    let (en, es) = report.split_at(spanish);
    assert!(en.contains("| section | words | grade | all words | sources | reviewed |"));
    assert!(es.contains("Szigriszt-Pazos on the INFLESZ scale"));
    assert!(
        es.contains(
            "| section | words | ease | all words | sources | reviewed | translated from |"
        )
    );
    let guide = &g.editions[1].guide;
    let reports = reading_report(guide);
    let bowel = guide.section_index("bowel").expect("bowel");
    let r = &reports[bowel];
    let row = format!(
        "| &nbsp;&nbsp;bowel | {} | {:.1} | {:.1} | 1 | 2026-11-20 | 2026-11-20 |",
        r.reading.words, r.reading.ease, r.all_words.ease
    );
    assert!(es.contains(&row), "no {row:?} in\n{es}");
    // Glossary words left out make it easier, here "diarrea" and "úlcera".
    assert!(r.reading.ease > r.all_words.ease);
    assert!(es.contains("Whole guide over all words: "), "{es}");
}

#[test]
fn a_folder_without_guides_is_refused_with_its_name() {
    let dir = TempDir::new("empty");
    let message = match gather(Some(dir.path())) {
        Ok(_) => panic!("an empty folder was gathered"),
        Err(message) => message,
    };
    assert!(message.contains("has no guide.toml"), "{message}");
}

#[cfg(unix)]
#[test]
fn a_language_folder_named_with_escape_codes_is_shown_as_codes() {
    let dir = TempDir::new("escaped");
    let named = dir.path().join("x\u{1b}]0;owned\u{7}");
    crate::shared::copy_dir(&fixture_dir("bilingual").join("es"), &named);
    let path = dir.path().to_str().expect("a UTF-8 temporary path");
    let out = run(&["check", "--report", path]);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    for text in [&stderr, &stdout] {
        assert!(!text.contains(['\u{1b}', '\u{7}']), "{text:?}");
    }
    assert!(
        stderr.contains("Spanish (`x<U+001B>]0;owned<U+0007>`): 4 sections"),
        "{stderr}"
    );
    assert!(stderr.contains("There is no `en` folder"), "{stderr}");
    assert!(
        stdout.contains("## Spanish (`x<U+001B>]0;owned<U+0007>`)"),
        "{stdout}"
    );
}
