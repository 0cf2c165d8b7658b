//! Regressions: cases the properties and the fuzz targets found, kept
//! as plain tests.

use std::sync::Arc;

use immunoguide::app::Action;
use immunoguide::app::links::Target;
use immunoguide::ui::Theme;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::fuzz_bounded::{FILE_NAMES, check_loader_input, check_markup_input};
use super::run::Run;
use super::steps::Step;
use super::{guides, kiosk_config};
use crate::support::kiosk::key;
use crate::support::{example_files, open};

/// The loader fuzz seeds in fuzz/seeds/loader pass the same checks.
#[test]
fn loader_seed_corpus_passes() {
    let files = example_files();
    let joined: Vec<Vec<u8>> = FILE_NAMES
        .iter()
        .map(|n| files.0[*n].clone().into_bytes())
        .collect();
    check_loader_input(&joined.join(&0x1e)).unwrap_or_else(|e| panic!("{e}"));
    check_loader_input(b"").unwrap_or_else(|e| panic!("{e}"));
}

/// Found by the kiosk property once reloads were among its steps: staff
/// add a chapter while a visitor reads "Immune cells", whose page links to
/// "Getting care". The reload keeps the reader on the same page, but the
/// link still pointed at the old place of "Getting care" (index 4, now the
/// new chapter): Tab and Enter on "care" opened the wrong chapter.
#[test]
fn links_on_the_page_follow_the_guide_after_a_reload() {
    let mut run = Run::new(
        Arc::clone(&guides()[1]),
        (70, 15),
        Some(kiosk_config(false)),
        Theme::PLAIN,
    );
    open(&mut run.state, "immune-cells");
    // The page with the link to "Getting care".
    while !run
        .state
        .links
        .iter()
        .any(|l| matches!(l.target, Target::Section(_)))
    {
        let before = run.state.position;
        run.step(&Step::Act(Action::NextPage));
        assert_ne!(
            run.state.position, before,
            "no page links to another section"
        );
    }
    run.check()
        .unwrap_or_else(|e| panic!("before the reload: {e}"));
    run.step(&Step::Reload(2));
    let guide = Arc::clone(&run.state.guide);
    assert_eq!(
        guide.sections[run.state.position.section].id, "immune-cells",
        "the reader stays on the section"
    );
    run.check()
        .unwrap_or_else(|e| panic!("after the reload: {e}"));
    // Tab to the link, Enter: "Getting care", in the new guide.
    let care = guide.section_index("care").expect("care");
    for _ in 0..run.state.links.len() {
        run.step(&Step::Input(key(KeyCode::Tab, KeyModifiers::NONE)));
        let focused = run.state.focused_link.map(|i| run.state.links[i].target);
        if matches!(focused, Some(Target::Section(_))) {
            break;
        }
    }
    run.step(&Step::Input(key(KeyCode::Enter, KeyModifiers::NONE)));
    assert_eq!(
        run.state.position.section, care,
        "the link to #care opened {:?}",
        guide.sections[run.state.position.section].title
    );
}

/// Lists written inside lists ("- - - - x") indent two columns a level
/// with no limit: fourteen levels deep, a line at the narrowest text column
/// (26) is wider than the column and its end is cut off; twenty levels
/// deep the words start past the edge and none of them is shown.
#[test]
fn deeply_nested_lists_stay_inside_the_text_column() {
    for depth in [12, 14, 20, 40] {
        let body = format!("{}Fever, rash or cough.\n", "- ".repeat(depth));
        check_markup_input(&body).unwrap_or_else(|e| panic!("{depth} levels: {e}"));
    }
}

/// Found by `random_input_never_breaks_the_reader`: the glossary's
/// definition box opens over the contents list, and its left border lands
/// on the second cell of 疫 in the entry "• 免疫療法 ❤️ Café". The frame
/// then holds half a wide character: a terminal draws 疫 over the border
/// or blanks it, and the next frame's changes land one column off.
#[test]
fn a_popup_never_covers_half_of_a_wide_character() {
    let mut run = Run::new(Arc::clone(&guides()[2]), (76, 8), None, Theme::PLAIN);
    let steps = [
        Step::Input(key(KeyCode::Enter, KeyModifiers::NONE)),
        Step::Input(key(KeyCode::Char(']'), KeyModifiers::NONE)),
        Step::Typed("g".into()),
    ];
    for step in &steps {
        run.step(step);
        run.check()
            .unwrap_or_else(|e| panic!("after {step:?}: {e}"));
    }
}

/// Found by the reader invariant "the page shown is a real page": a
/// person reads page 3 of a section in a narrow window, follows a link,
/// makes the window wide, and presses Back. History kept the old line
/// number (34), but at the new width the section is 27 lines long: the
/// page is blank and the status says "Page 1 of 1". Back (and Forward)
/// must land on the page holding the words that were shown.
#[test]
fn back_after_a_resize_shows_a_real_page() {
    let mut run = Run::new(Arc::clone(&guides()[0]), (40, 20), None, Theme::PLAIN);
    let steps = [
        Action::Start,
        Action::NextPage,
        Action::NextPage,
        Action::NextPage,
        Action::ToggleContents,
        Action::Down,
        Action::Activate,
        Action::Resize {
            width: 300,
            height: 100,
        },
        Action::Back,
        Action::Resize {
            width: 40,
            height: 20,
        },
        Action::Forward,
        Action::Resize {
            width: 300,
            height: 100,
        },
        Action::Back,
    ];
    for action in steps {
        run.step(&Step::Act(action));
        run.check()
            .unwrap_or_else(|e| panic!("after {action:?}: {e}"));
    }
}
