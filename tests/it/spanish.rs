//! Every screen in Spanish, at 80×24, on a small Spanish guide
//! (tests/fixtures/es-small): a snapshot of each, and a check that none
//! shows an English screen string. The English strings looked for are
//! every run of two or more words in guide/en/screen.ftl that its Spanish
//! message does not also have, and every one-word English message (of
//! four letters or more) that differs from its Spanish one, as a whole
//! word. `print` and `export` are checked the same way.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use immunoguide::app::bookmarks::{Reading, Saved};
use immunoguide::app::help::{HelpRow, help_view};
use immunoguide::app::{Action, AppState, Screen, update};
use immunoguide::content::Guide;
use immunoguide::kiosk::config::KioskConfig;
use immunoguide::language::Language;
use immunoguide::phrases::built_in_text;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::shared::words;
use crate::support::kiosk::{into_kiosk, key, press, with_pin};
use crate::support::{act, fixture_files, loaded, open, screen};

/// The Spanish fixture guide, loaded once.
fn guide() -> Arc<Guide> {
    static GUIDE: OnceLock<Arc<Guide>> = OnceLock::new();
    Arc::clone(GUIDE.get_or_init(|| loaded(&fixture_files("es-small"))))
}

fn spanish(width: u16, height: u16) -> AppState {
    AppState::new(guide(), width, height)
}

fn reading(id: &str) -> AppState {
    let mut s = spanish(80, 24);
    act(&mut s, &[Action::Start]);
    open(&mut s, id);
    s
}

fn typed(s: &mut AppState, text: &str) {
    for c in text.chars() {
        act(s, &[Action::Type(c)]);
    }
}

/// The literal words of a message, one run per stretch between
/// placeables, from every variant.
fn runs(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(std::mem::take(&mut text));
                if let Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        runs(&variant.value, out);
                    }
                }
            }
        }
    }
    out.push(text);
}

fn messages(language: Language) -> BTreeMap<String, Vec<String>> {
    let resource = match fluent_syntax::parser::parse_runtime(built_in_text(language)) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut found = Vec::new();
            if let Some(value) = &message.value {
                runs(value, &mut found);
            }
            out.insert(message.id.name.to_string(), found);
        }
    }
    out
}

/// What an English screen string looks like on a screen: runs of two or
/// more words, and one-word messages, that Spanish does not share.
struct English {
    runs: Vec<(String, String)>,
    single: Vec<(String, String)>,
}

fn english() -> &'static English {
    static ENGLISH: OnceLock<English> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        let spanish = messages(Language::Spanish);
        let mut found = English {
            runs: Vec::new(),
            single: Vec::new(),
        };
        for (id, runs) in messages(Language::English) {
            let theirs = words(&spanish.get(&id).cloned().unwrap_or_default().join(" "));
            let whole: Vec<&String> = runs.iter().filter(|r| !r.trim().is_empty()).collect();
            for run in &whole {
                let run = words(run);
                let count = run.split(' ').count();
                if count >= 2 && !theirs.contains(&run) {
                    found.runs.push((id.clone(), run));
                } else if count == 1
                    && whole.len() == 1
                    && run.chars().filter(|c| c.is_alphabetic()).count() >= 4
                    && run != theirs
                {
                    found.single.push((id.clone(), run));
                }
            }
        }
        assert!(found.runs.len() > 150, "{} runs", found.runs.len());
        found
    })
}

/// The English screen strings in `text`, each with its message id; and
/// any message id shown as it is (a look-up the code forgot).
fn english_in(text: &str) -> Vec<String> {
    let flat = words(text);
    let tokens: Vec<&str> = flat
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .collect();
    let found = english();
    let mut out: Vec<String> = found
        .runs
        .iter()
        .filter(|(_, run)| flat.contains(run.as_str()))
        .map(|(id, run)| format!("{id}: {run:?}"))
        .collect();
    out.extend(
        found
            .single
            .iter()
            .filter(|(_, word)| tokens.contains(&word.as_str()))
            .map(|(id, word)| format!("{id}: {word:?}")),
    );
    out.extend(
        messages(Language::English)
            .into_keys()
            .filter(|id| id.contains('-') && flat.contains(id.as_str()))
            .map(|id| format!("the id {id} itself")),
    );
    out
}

/// Snapshots a Spanish screen and fails on any English screen string.
fn check(name: &str, state: &AppState) {
    let shown = screen(state);
    let english = english_in(&shown);
    assert!(
        english.is_empty(),
        "{name}: English on screen: {english:?}\n{shown}"
    );
    insta::assert_snapshot!(format!("es_{name}"), shown);
}

#[test]
fn the_english_strings_looked_for_are_found_on_an_english_screen() {
    // The check itself must be able to fail: the same screens in English
    // show English strings of both kinds.
    let mut s = AppState::new(crate::support::example_guide(), 80, 24);
    let shown = screen(&s);
    assert!(!english_in(&shown).is_empty(), "{shown}");
    act(&mut s, &[Action::Start]);
    let shown = screen(&s);
    assert!(
        english_in(&shown)
            .iter()
            .any(|e| e.contains("\"Glossary\"")),
        "{:?}",
        english_in(&shown)
    );
    // A message id shown as it is, never looked up.
    assert_eq!(
        english_in("│ a-to-z-symptoms │"),
        ["the id a-to-z-symptoms itself"]
    );
}

#[test]
fn the_welcome_screens() {
    check("welcome", &spanish(80, 24));
    let mut kept = spanish(80, 24);
    kept.reading = Some(Reading::new(Saved {
        last: Some(immunoguide::app::bookmarks::Place {
            section: "t-cells".into(),
            title: "Las células T de cerca".into(),
            word: 0,
        }),
        bookmarks: Vec::new(),
    }));
    check("welcome_continue", &kept);
    check("too_small", &spanish(24, 6));
}

#[test]
fn the_reader_and_the_contents() {
    let care = reading("care");
    assert!(screen(&care).contains("Página 1 de"), "{}", screen(&care));
    check("reader_callouts", &care);
    check("reader_more_boxes", &reading("brakes"));
    // The plain layout for screen readers: callouts in words.
    let mut plain = reading("brakes");
    plain.set_linear(true);
    assert!(screen(&plain).contains("Nota:"), "{}", screen(&plain));
    check("plain_reader", &plain);
    let mut contents = reading("t-cells");
    act(&mut contents, &[Action::ToggleContents]);
    check("contents", &contents);
    let mut end = reading("questions");
    act(&mut end, &[Action::Last, Action::NextPage]);
    assert!(screen(&end).contains("Este es el final de la guía."));
    check("notice_end_of_guide", &end);
}

#[test]
fn search_says_how_many_places_with_spanish_plurals() {
    let mut s = reading("basics");
    act(&mut s, &[Action::Search]);
    check("search_empty", &s);
    typed(&mut s, "frenos");
    assert!(screen(&s).contains("1 lugar encontrado."), "{}", screen(&s));
    check("search_one", &s);
    act(&mut s, &[Action::Close, Action::Search]);
    typed(&mut s, "células");
    assert!(
        screen(&s).contains("lugares encontrados."),
        "{}",
        screen(&s)
    );
    check("search_many", &s);
    act(&mut s, &[Action::Close, Action::Search]);
    typed(&mut s, "xyzzy");
    check("search_nothing", &s);
}

#[test]
fn the_glossary_a_meaning_and_the_symptom_list() {
    let mut s = reading("basics");
    act(&mut s, &[Action::Glossary]);
    check("glossary", &s);
    typed(&mut s, "linfo");
    assert!(screen(&s).contains("también se llama"), "{}", screen(&s));
    check("glossary_other_name", &s);
    act(&mut s, &[Action::Activate]);
    check("definition", &s);
    let mut symptoms = reading("basics");
    act(&mut symptoms, &[Action::Symptoms]);
    check("symptoms", &symptoms);
}

#[test]
fn help_every_row_of_it() {
    let mut s = reading("basics");
    act(&mut s, &[Action::ToggleHelp]);
    check("help", &s);
    let mut plain = reading("basics");
    plain.set_linear(true);
    act(&mut plain, &[Action::ToggleHelp]);
    for (kiosk, state) in [(false, s), (true, kiosk_reading()), (false, plain)] {
        let mut state = state;
        if state.kiosk.is_some() {
            act(&mut state, &[Action::ToggleHelp]);
        }
        // What each row says; the key column holds key names, which stay
        // as they are printed on the keys ("Delete").
        let rows: Vec<String> = help_view(&state)
            .rows
            .iter()
            .map(|row| match row {
                HelpRow::Heading(text) | HelpRow::Note(text) => text.clone(),
                HelpRow::Entry { what, .. } => what.clone(),
                HelpRow::Blank => String::new(),
            })
            .collect();
        let english = english_in(&rows.join("\n"));
        assert!(
            english.is_empty(),
            "kiosk {kiosk}: English in help: {english:?}"
        );
    }
}

#[test]
fn bookmarks() {
    let mut s = spanish(80, 24);
    s.reading = Some(Reading::new(Saved::default()));
    act(&mut s, &[Action::Start, Action::MarkPage]);
    check("bookmarked", &s);
    act(&mut s, &[Action::ListBookmarks]);
    assert!(screen(&s).contains("1 marcador."), "{}", screen(&s));
    check("bookmark_list", &s);
    act(&mut s, &[Action::Remove]);
    check("bookmark_list_empty", &s);
}

fn kiosk_reading() -> AppState {
    let mut s = into_kiosk(spanish(80, 24), KioskConfig::default(), Instant::now());
    act(&mut s, &[Action::Start]);
    s
}

#[test]
fn the_kiosk_bar_countdown_and_pin_prompt() {
    let t0 = Instant::now();
    let welcome = into_kiosk(spanish(80, 24), KioskConfig::default(), t0);
    check("kiosk_welcome", &welcome);
    check("kiosk_reader", &kiosk_reading());
    let mut help = kiosk_reading();
    act(&mut help, &[Action::ToggleHelp]);
    check("kiosk_help", &help);
    let mut lists = kiosk_reading();
    act(&mut lists, &[Action::AToZ]);
    check("kiosk_a_to_z", &lists);
    act(&mut lists, &[Action::Activate]);
    check("kiosk_symptoms", &lists);

    let mut idle = into_kiosk(spanish(80, 24), KioskConfig::default(), t0);
    update(&mut idle, Action::Start, t0);
    update(&mut idle, Action::Tick, t0 + Duration::from_secs(90));
    assert!(screen(&idle).contains("15 segundos"), "{}", screen(&idle));
    check("kiosk_countdown", &idle);
    update(&mut idle, Action::Tick, t0 + Duration::from_secs(104));
    assert!(screen(&idle).contains("1 segundo."), "{}", screen(&idle));

    let mut staff = into_kiosk(spanish(80, 24), with_pin(), t0);
    let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
    press(&mut staff, &key(KeyCode::Char('s'), both), t0);
    press(&mut staff, &key(KeyCode::Char('t'), both), t0);
    check("kiosk_pin", &staff);
    for pin in ["1111", "2222"] {
        for c in pin.chars() {
            press(&mut staff, &key(KeyCode::Char(c), KeyModifiers::NONE), t0);
        }
        press(&mut staff, &key(KeyCode::Enter, KeyModifiers::NONE), t0);
    }
    assert!(
        screen(&staff).contains("Le queda 1 intento"),
        "{}",
        screen(&staff)
    );
    check("kiosk_pin_wrong", &staff);
    assert!(!staff.quit);
    assert_eq!(staff.screen, Screen::Welcome);
}

#[test]
fn print_and_export_in_spanish() {
    let guide = guide();
    let printed = immunoguide::print::render_guide(&guide, 80);
    assert!(
        printed.contains("Revisado el 1 de noviembre de 2026."),
        "{printed}"
    );
    let english = english_in(&printed);
    assert!(english.is_empty(), "print: {english:?}");
    let handout = immunoguide::export::handout::Handout::new(&guide, &[]).expect("a handout");
    for (format, text) in [
        ("html", immunoguide::export::html::write(&handout)),
        ("md", immunoguide::export::markdown::write(&handout)),
    ] {
        let english = english_in(&readable(&text));
        assert!(english.is_empty(), "{format}: {english:?}");
        assert!(text.contains("Diario de síntomas"), "{format}");
    }
}

/// The words of a handout a reader sees: without the style sheet (whose
/// comments are English), the markup, and link targets.
fn readable(handout: &str) -> String {
    let without_style = match (handout.find("<style>"), handout.find("</style>")) {
        (Some(start), Some(end)) => format!("{}{}", &handout[..start], &handout[end..]),
        _ => handout.to_string(),
    };
    let mut out = String::new();
    let mut in_tag = false;
    let mut in_target = false;
    let mut last = ' ';
    for c in without_style.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            '(' if last == ']' => in_target = true,
            ')' if in_target => in_target = false,
            _ if !in_tag && !in_target => out.push(c),
            _ => {}
        }
        last = c;
    }
    out
}

/// Every message the screens above looked up is in the English file
/// (an id no file has would show as itself).
#[test]
fn every_message_asked_for_exists() {
    let mut s = reading("care");
    for action in [
        Action::Search,
        Action::Close,
        Action::Glossary,
        Action::Close,
        Action::Symptoms,
        Action::Close,
        Action::ToggleHelp,
    ] {
        act(&mut s, &[action]);
        let _ = screen(&s);
    }
    assert_eq!(immunoguide::phrases::unknown_ids(), Vec::<String>::new());
}

/// The built-in Spanish guide, as `--lang es` shows it.
fn shipped_spanish() -> Arc<Guide> {
    static GUIDE: OnceLock<Arc<Guide>> = OnceLock::new();
    Arc::clone(GUIDE.get_or_init(|| {
        match immunoguide::content::GuideSource::BuiltIn.load(Language::Spanish) {
            Ok(guide) => Arc::new(guide),
            Err(problems) => panic!("the built-in Spanish guide does not load: {problems:#?}"),
        }
    }))
}

/// The shipped Spanish guide's screens at 80×24 hold no English screen
/// string: its own words (titles, boxes, the symptom list) meet the
/// screen's words, not only the small fixture's.
#[test]
fn the_shipped_spanish_guide_shows_no_english_screen_string() {
    let guide = shipped_spanish();
    assert_eq!(guide.about.language, "es");
    let no_english = |name: &str, s: &AppState| {
        let shown = screen(s);
        let english = english_in(&shown);
        assert!(
            english.is_empty(),
            "{name}: English on screen: {english:?}\n{shown}"
        );
    };
    // The screen asked for is the one shown.
    let shows = |s: &AppState, words: &str| {
        let shown = screen(s);
        assert!(shown.contains(words), "no {words:?} on:\n{shown}");
    };
    let mut s = AppState::new(Arc::clone(&guide), 80, 24);
    no_english("welcome", &s);
    act(&mut s, &[Action::Start]);
    for id in [
        "call-right-away",
        "car-t",
        "fatigue",
        "checkpoint-inhibitors",
    ] {
        open(&mut s, id);
        no_english(id, &s);
        act(&mut s, &[Action::NextPage]);
        no_english(&format!("{id}, next page"), &s);
    }
    act(&mut s, &[Action::ToggleContents]);
    shows(&s, "Inhibidores de");
    no_english("contents", &s);
    act(&mut s, &[Action::ToggleContents, Action::Search]);
    typed(&mut s, "cansancio");
    shows(&s, "cansancio");
    no_english("search", &s);
    act(&mut s, &[Action::Close, Action::Glossary]);
    shows(&s, "Glosario");
    no_english("glossary", &s);
    act(&mut s, &[Action::Close, Action::Symptoms]);
    shows(&s, "síntomas, de la A a la Z");
    no_english("symptoms", &s);
    act(&mut s, &[Action::Close, Action::ToggleHelp]);
    shows(&s, "Ayuda");
    no_english("help", &s);
}
