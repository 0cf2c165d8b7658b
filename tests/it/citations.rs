//! Sources a reader can find (`check` errors): a title, a publisher or a
//! journal, a year, and the exact page or a DOI, never a bare home page.
//! What the loader needs to build a source stops the guide loading; the
//! rest is reported by `check` with the file, line and column, while the
//! guide still opens. The fixture is `tests/fixtures/clean`, whose two
//! sources (a web page, and a journal article with only a DOI) are both
//! findable; each case changes it in one place.

use immunoguide::content::lint::lint;
use immunoguide::content::{Date, InMemory, Problem, Severity, load};

use crate::shared::{TempDir, reviewed_today, run};
use crate::support::{changed, fixture_files, loaded};

/// A fixed day, so no test depends on today's date.
const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

const PAGE: &str =
    "url = \"https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/side-effects\"";

fn sources_with(from: &str, to: &str) -> InMemory {
    changed(fixture_files("clean"), "sources.toml", from, to)
}

/// The errors `check` reports for a guide that loads.
fn errors(files: &InMemory) -> Vec<Problem> {
    lint(&loaded(files), TODAY)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect()
}

/// The one error for a case, at `sources.toml:line:column`, saying `words`.
fn one_error(files: &InMemory, line: usize, column: usize, words: &[&str]) {
    let found = errors(files);
    assert_eq!(found.len(), 1, "{found:#?}");
    let error = &found[0];
    assert_eq!(
        (error.file.as_str(), error.line, error.column),
        ("sources.toml", line, column),
        "{error}"
    );
    for w in words {
        assert!(error.message.contains(w), "{error}");
    }
}

#[test]
fn findable_sources_have_no_errors() {
    let found = lint(&loaded(&fixture_files("clean")), TODAY);
    assert!(found.is_empty(), "{found:#?}");
    // A home page is fine when a DOI finds the article.
    let files = sources_with(
        PAGE,
        "url = \"https://www.cancer.gov\"\ndoi = \"10.1000/182\"",
    );
    assert!(errors(&files).is_empty());
}

#[test]
fn a_source_with_no_year_is_an_error() {
    let files = sources_with("year = 2025\n", "");
    one_error(
        &files,
        2,
        6,
        &["`nci-side-effects`", "no `year`", "year = 2024"],
    );
}

#[test]
fn a_bare_home_page_is_an_error_at_the_url() {
    for home in [
        "https://www.cancer.gov",
        "https://www.cancer.gov/",
        "http://CANCER.gov/?x=1",
    ] {
        let files = sources_with(PAGE, &format!("url = \"{home}\""));
        one_error(&files, 5, 7, &["home page", home, "exact page", "`doi`"]);
    }
    let files = sources_with(PAGE, "url = \"www.cancer.gov/page\"");
    one_error(&files, 5, 7, &["not a web address", "https://"]);
}

#[test]
fn a_source_with_neither_url_nor_doi_is_an_error() {
    let files = sources_with("doi = \"10.1200/JCO.21.01440\"\n", "");
    one_error(&files, 9, 6, &["`asco-guideline`", "no `url` or `doi`"]);
}

#[test]
fn a_doi_written_as_an_address_is_an_error() {
    let files = sources_with(
        "doi = \"10.1200/JCO.21.01440\"",
        "doi = \"https://doi.org/10.1200/JCO.21.01440\"",
    );
    one_error(&files, 9, 6, &["not a DOI", "without https://doi.org/"]);
}

#[test]
fn an_empty_title_or_publisher_is_an_error() {
    let files = sources_with("title = \"Immunotherapy Side Effects\"", "title = \" \"");
    one_error(&files, 2, 6, &["empty `title`"]);
    let files = sources_with(
        "publisher = \"National Cancer Institute\"",
        "publisher = \"\"",
    );
    one_error(&files, 2, 6, &["who published it", "`journal`"]);
}

#[test]
fn a_source_with_neither_publisher_nor_journal_does_not_load() {
    let files = sources_with("journal = \"Journal of Clinical Oncology\"\n", "");
    let problems = load(&files).expect_err("the guide must not load");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].file, "sources.toml");
    assert!(
        problems[0].message.contains("no `publisher`") && problems[0].message.contains("`journal"),
        "{}",
        problems[0]
    );
}

#[test]
fn a_year_that_is_not_a_year_does_not_load() {
    let files = sources_with("year = 2021", "year = 20210");
    let problems = load(&files).expect_err("the guide must not load");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let p = &problems[0];
    assert_eq!(
        (p.file.as_str(), p.line, p.column),
        ("sources.toml", 13, 8),
        "{p}"
    );
    assert!(p.message.contains("not a year"), "{p}");
}

fn path_of(dir: &TempDir) -> &str {
    dir.path().to_str().expect("a UTF-8 temporary path")
}

/// A temporary folder holding `files`, reviewed today: `check` lints
/// freshness against the real calendar.
fn folder_with(label: &str, files: &InMemory) -> TempDir {
    let dir = TempDir::new(label);
    for (name, text) in &files.0 {
        dir.write(name, reviewed_today(text));
    }
    dir
}

#[test]
fn check_fails_on_a_source_a_reader_cannot_find_and_says_where() {
    let check = |dir: &TempDir| run(&["check", path_of(dir)]);
    let clean = folder_with("clean", &fixture_files("clean"));
    let out = check(&clean);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains(": 0 errors"), "{stderr}");

    let home = folder_with(
        "home",
        &sources_with(PAGE, "url = \"https://www.cancer.gov\""),
    );
    let out = check(&home);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("sources.toml:5:7: error: "), "{stderr}");
    assert!(stderr.contains(": 1 errors, 0 warning(s)"), "{stderr}");
    // The guide still opens: these errors are for staff to fix.
    let out = run(&["--guide", path_of(&home), "print"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
