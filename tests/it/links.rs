//! Links a reader can follow on paper: `[](#id)` shows its target's title
//! (on screen, in print and to search); `print` names the target's title
//! after a link whose words are not that title; `check` warns when a
//! link's words read like a title (a capital letter, or right after "see"
//! or "read") but are not its target's title. The fixture is
//! `tests/fixtures/clean`; each warning case changes it in one place.

use immunoguide::app::{Action, AppState};
use immunoguide::content::lint::lint;
use immunoguide::content::{Date, InMemory, Problem, Severity, load};
use immunoguide::print::render_section;
use immunoguide::search::{HitTarget, SearchIndex};

use crate::support::{act, changed, fixture_files, loaded, open, screen};

const TITLE: &str = "Warning signs: when to call right away";

/// A fixed day, so no test depends on today's date.
const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

fn clean() -> InMemory {
    fixture_files("clean")
}

fn warnings(files: &InMemory) -> Vec<Problem> {
    lint(&loaded(files), TODAY)
}

#[test]
fn an_empty_link_shows_its_targets_title_everywhere() {
    let guide = loaded(&clean());
    let care = guide.section_index("care").expect("care");
    let linked: Vec<&str> = guide.sections[care]
        .body
        .spans()
        .filter(|s| s.link_id() == Some("signs"))
        .map(|s| s.text)
        .collect();
    assert_eq!(linked, ["what to watch for", TITLE, TITLE]);

    // On screen, with the arrow every link has there.
    let mut state = AppState::new(guide.clone(), 120, 40);
    act(&mut state, &[Action::Start]);
    open(&mut state, "care");
    let shown = screen(&state);
    assert!(
        shown.contains(&format!("Keep this list close: → {TITLE}.")),
        "{shown}"
    );

    // In print, with no note (its words are the title) and no arrow:
    // on paper a link cannot be followed.
    let printed = render_section(&guide, care, 200);
    assert!(
        printed.contains(&format!("Keep this list close: {TITLE}.\n")),
        "{printed}"
    );
    assert!(!printed.contains('→'), "{printed}");

    // To search, the title's words are part of the page like any others.
    let hits = SearchIndex::new(&guide).search("keep this list close", 5);
    let hit = hits.first().expect("the page is found");
    assert_eq!(hit.target, HitTarget::Section(care));
    assert!(
        hit.snippet.contains("close: Warning signs: when"),
        "{:?}",
        hit.snippet
    );
}

#[test]
fn print_names_the_title_after_link_words_that_are_not_it() {
    let guide = loaded(&clean());
    let care = guide.section_index("care").expect("care");
    let printed = render_section(&guide, care, 200);
    assert!(
        printed.contains(&format!(
            "Read about what to watch for (see \u{201C}{TITLE}\u{201D}) before you go home."
        )),
        "{printed}"
    );
    // A link whose words are the title needs no note.
    assert!(
        printed.contains(&format!("On paper, see {TITLE}.\n")),
        "{printed}"
    );
    assert_eq!(printed.matches('\u{201C}').count(), 1, "{printed}");

    // On screen the link can be followed, so there is no note.
    let mut state = AppState::new(guide.clone(), 120, 40);
    act(&mut state, &[Action::Start]);
    open(&mut state, "care");
    let shown = screen(&state);
    assert!(
        shown.contains("Read about → what to watch for before"),
        "{shown}"
    );
    assert!(!shown.contains('\u{201C}'), "{shown}");
}

#[test]
fn the_clean_fixture_has_nothing_to_warn_about() {
    let found = warnings(&clean());
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn check_warns_when_link_words_read_like_a_title_they_are_not() {
    let cases = [
        // A capital letter.
        "Read about [Warning signs](#signs) before",
        // Right after "see" or "read", in any case.
        "Read about [what to watch for](#signs) before you go home. On paper, see [the warning signs](#signs)",
        "Read [the list](#signs) before",
        "Read about [what to watch for](#signs) before you go home. On paper, See: [the signs](#signs)",
    ];
    for (case, link) in cases.iter().enumerate() {
        let from = if case == 0 || case == 2 {
            "Read about [what to watch for](#signs) before"
        } else {
            "Read about [what to watch for](#signs) before you go home. On paper, see [Warning signs: when to call right away](#signs)"
        };
        let found = warnings(&changed(clean(), "care.toml", from, link));
        assert_eq!(found.len(), 1, "{link}: {found:#?}");
        let warning = &found[0];
        assert_eq!(warning.severity, Severity::Warning);
        assert_eq!(
            (warning.file.as_str(), warning.line),
            ("care.toml", 1),
            "{warning}"
        );
        for words in [
            "`care`",
            "reads like a title",
            &format!("\"{TITLE}\""),
            "[](#signs)",
        ] {
            assert!(warning.message.contains(words), "{link}: {warning}");
        }
    }
}

#[test]
fn link_words_that_are_the_title_in_another_case_are_fine() {
    let files = changed(
        clean(),
        "care.toml",
        "see [Warning signs: when to call right away](#signs)",
        "see [warning signs: When to call right away](#signs)",
    );
    assert!(warnings(&files).is_empty());
}

#[test]
fn the_welcome_text_cannot_use_an_empty_link() {
    let files = changed(clean(), "guide.toml", "[getting care](#care)", "[](#care)");
    let problems = load(&files).expect_err("the guide must not load");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let problem = &problems[0];
    assert_eq!(problem.severity, Severity::Error);
    assert_eq!(
        (problem.file.as_str(), problem.line, problem.column),
        ("guide.toml", 7, 32),
        "{problem}"
    );
    assert!(problem.message.contains("[words](#care)"), "{problem}");
}
