//! Switching language while reading, in-process, on the two-language
//! fixture guide (tests/fixtures/two-languages): `L` keeps the section and
//! the place in it; history, the contents and bookmarks by id stay valid;
//! search and glossary words are the new language's; the welcome screen's
//! button by key and by tap; a new version of the language not shown; and
//! the event loop with the other language arriving beside the welcome
//! screen. The kiosk's language button and reset are in language_kiosk.rs.

use std::sync::Arc;
use std::time::Instant;

use immunoguide::app::bookmarks::{Place, Reading, Saved};
use immunoguide::app::editions::Edition;
use immunoguide::app::links::Target;
use immunoguide::app::navigate::jump;
use immunoguide::app::overlay::Overlay;
use immunoguide::app::reload::replace_edition;
use immunoguide::app::{Action, AppState, Screen, update};
use immunoguide::content::Guide;
use immunoguide::event_loop::{Incoming, Outcome};
use immunoguide::language::Language::{English, Spanish};
use immunoguide::search::HitTarget;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use crate::support::driven::Driven;
use crate::support::{
    act, bilingual, changed, draw, find, fixture_files, loaded, open, screen, state, two_languages,
};

/// What the bottom line (or, at a kiosk, the box above the buttons) says.
fn said(state: &AppState) -> String {
    state
        .status_message()
        .map(|words| words.into_owned())
        .unwrap_or_default()
}

fn section_id(state: &AppState) -> String {
    state.guide.sections[state.position.section].id.clone()
}

/// The first words of each paragraph of "Day to day", in both languages.
const PARAGRAPHS: [(&str, &str); 7] = [
    ("Rest when", "Descanse cuando"),
    ("Move a little", "Muévase un poco"),
    ("Eat what", "Coma lo que"),
    ("Keep a note", "Anote cómo"),
    ("Tell your care", "Dígale a su"),
    ("Ask family", "Pida ayuda"),
    ("Plan something", "Planee algo"),
];

/// The paragraphs (by number) that start on the page shown.
fn paragraphs_on_page(state: &AppState) -> Vec<usize> {
    let shown = screen(state);
    PARAGRAPHS
        .iter()
        .enumerate()
        .filter(|(_, (en, es))| {
            shown.contains(match state.language {
                English => en,
                Spanish => es,
            })
        })
        .map(|(i, _)| i)
        .collect()
}

#[test]
fn l_keeps_the_section_and_the_words_on_screen() {
    // A small window, so the section takes several pages.
    let mut s = bilingual(English, 60, 14);
    act(&mut s, &[Action::Start]);
    open(&mut s, "day-to-day");
    act(&mut s, &[Action::NextPage, Action::NextPage]);
    let (page, pages) = s.page();
    assert!(page == 3 && pages >= 4, "page {page} of {pages}");
    let english = paragraphs_on_page(&s);
    assert!(!english.is_empty(), "{}", screen(&s));

    act(&mut s, &[Action::SwitchLanguage]);
    assert_eq!(s.language, Spanish);
    assert_eq!(section_id(&s), "day-to-day");
    assert_eq!(said(&s), "La guía está ahora en español.");
    let shown = screen(&s);
    assert!(shown.contains("Día a día"), "{shown}");
    // Not back at the start: the same words, in Spanish, are on screen.
    let spanish = paragraphs_on_page(&s);
    assert!(
        spanish.iter().any(|p| english.contains(p)),
        "English page had paragraphs {english:?}, the Spanish page has {spanish:?}:\n{shown}"
    );

    act(&mut s, &[Action::SwitchLanguage]);
    assert_eq!(s.language, English);
    assert_eq!(section_id(&s), "day-to-day");
    assert_eq!(said(&s), "The guide is now in English.");
    let back = paragraphs_on_page(&s);
    assert!(back.iter().any(|p| english.contains(p)), "{back:?}");
}

#[test]
fn at_the_start_of_a_section_the_switch_stays_at_its_start() {
    let mut s = bilingual(English, 60, 14);
    act(&mut s, &[Action::Start]);
    open(&mut s, "day-to-day");
    act(&mut s, &[Action::SwitchLanguage]);
    assert_eq!((section_id(&s), s.position.top), ("day-to-day".into(), 0));
}

#[test]
fn history_the_contents_and_bookmarks_stay_valid_across_a_switch() {
    let mut s = bilingual(English, 80, 24);
    s.reading = Some(Reading::new(Saved {
        last: None,
        bookmarks: vec![Place {
            section: "questions".into(),
            title: "Questions to ask".into(),
            word: 0,
        }],
    }));
    act(&mut s, &[Action::Start]);
    for id in ["t-cells", "care", "day-to-day"] {
        let index = s.guide.section_index(id).unwrap();
        jump(&mut s, index);
    }
    let opened = s.contents.opened.clone();
    act(&mut s, &[Action::SwitchLanguage]);

    assert_eq!(s.contents.opened, opened);
    assert!(screen(&s).contains("Recibir atención"), "{}", screen(&s));
    let reading = s.reading.as_ref().unwrap();
    assert_eq!(reading.bookmarks[0].section, "questions");
    assert_eq!(reading.bookmarks[0].title, "Preguntas para hacer");
    // Back walks the same sections, now in Spanish.
    act(&mut s, &[Action::Back]);
    assert_eq!(section_id(&s), "care");
    act(&mut s, &[Action::Back]);
    assert_eq!(section_id(&s), "t-cells");
    assert!(screen(&s).contains("Los linfocitos T de cerca"));
    act(&mut s, &[Action::Forward]);
    assert_eq!(section_id(&s), "care");
    // The bookmark opens its section in the language shown.
    act(&mut s, &[Action::ListBookmarks, Action::Activate]);
    assert_eq!(section_id(&s), "questions");
    assert!(screen(&s).contains("¿Cuál es la meta de mi tratamiento?"));
}

fn search(s: &mut AppState, words: &str) -> Vec<String> {
    act(s, &[Action::Search]);
    for c in words.chars() {
        act(s, &[Action::Type(c)]);
    }
    let hits = match &s.overlay {
        Some(Overlay::Search(found)) => found
            .hits
            .iter()
            .filter_map(|h| match h.target {
                HitTarget::Section(i) => Some(s.guide.sections[i].id.clone()),
                HitTarget::Term(_) => None,
            })
            .collect(),
        other => panic!("no search box: {other:?}"),
    };
    act(s, &[Action::Close]);
    hits
}

#[test]
fn search_and_glossary_words_are_the_new_languages() {
    let mut s = bilingual(English, 80, 24);
    act(&mut s, &[Action::Start]);
    // The English index is made, and knows no Spanish.
    assert_eq!(
        search(&mut s, "nap").first().map(String::as_str),
        Some("day-to-day")
    );
    assert!(!search(&mut s, "siesta").contains(&"day-to-day".to_string()));

    act(&mut s, &[Action::SwitchLanguage]);
    assert_eq!(
        search(&mut s, "siesta").first().map(String::as_str),
        Some("day-to-day")
    );
    assert_eq!(
        search(&mut s, "glóbulos blancos")
            .first()
            .map(String::as_str),
        Some("immune-cells")
    );

    // Glossary words on the page are the Spanish glossary's.
    open(&mut s, "immune-cells");
    let terms: Vec<String> = s
        .links
        .iter()
        .filter_map(|l| match l.target {
            Target::Term(i) => Some(s.guide.glossary[i].term.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(terms, ["Linfocito T"]);
    act(&mut s, &[Action::Glossary]);
    assert!(screen(&s).contains("Linfocito T"), "{}", screen(&s));
    // And back again: the English index and words, not rebuilt from the
    // Spanish ones.
    act(&mut s, &[Action::Close, Action::SwitchLanguage]);
    assert_eq!(
        search(&mut s, "nap").first().map(String::as_str),
        Some("day-to-day")
    );
}

#[test]
fn a_section_missing_in_the_other_language_opens_its_nearest_parent() {
    // A translation without "brakes" (its section has another id).
    let files = fixture_files("two-languages/es");
    let partial = loaded(&changed(
        files,
        "basics.toml",
        "id = \"brakes\"",
        "id = \"frenos\"",
    ));
    let mut s = AppState::new(two_languages(English), 80, 24);
    s.languages = vec![English, Spanish];
    s.other_editions = vec![Edition::new(Spanish, partial)];
    act(&mut s, &[Action::Start]);
    open(&mut s, "brakes");
    act(&mut s, &[Action::SwitchLanguage]);
    assert_eq!(s.language, Spanish);
    assert_eq!(section_id(&s), "t-cells");
    assert_eq!(
        said(&s),
        "Esta parte aún no está en español. Se muestra la parte más cercana."
    );
}

#[test]
fn a_bookmark_only_in_the_other_language_is_kept_and_says_where_it_is() {
    let files = fixture_files("two-languages/es");
    let partial = loaded(&changed(
        files,
        "basics.toml",
        "id = \"brakes\"",
        "id = \"frenos\"",
    ));
    // Kept places arrive with the welcome screen, before the whole guide.
    let welcome = Guide::welcome_only(partial.about.clone());
    let mut s = AppState::new(Arc::new(welcome), 80, 24);
    s.languages = vec![English, Spanish];
    s.other_editions = vec![Edition::new(English, two_languages(English))];
    s.reading = Some(Reading::new(Saved {
        last: None,
        bookmarks: vec![Place {
            section: "brakes".into(),
            title: "Brakes on T cells".into(),
            word: 0,
        }],
    }));
    let mut s = s.with_guide(partial);
    assert_eq!(s.notice, None, "nothing was left out");
    let kept = &s.reading.as_ref().unwrap().bookmarks;
    assert_eq!(kept.len(), 1);

    act(
        &mut s,
        &[Action::Start, Action::ListBookmarks, Action::Activate],
    );
    assert_eq!(
        said(&s),
        "Esta página aún no está en español. Presione L para leerla en inglés."
    );
    act(
        &mut s,
        &[
            Action::SwitchLanguage,
            Action::ListBookmarks,
            Action::Activate,
        ],
    );
    assert_eq!(section_id(&s), "brakes");
    assert!(screen(&s).contains("Brakes on T cells"), "{}", screen(&s));
}

#[test]
fn the_welcome_button_switches_by_key_and_by_tap() {
    let mut s = bilingual(English, 80, 24);
    let shown = screen(&s);
    assert!(shown.contains("Español / English (L)"), "{shown}");
    assert!(shown.contains("Two-language test guide"), "{shown}");

    let (x, y) = find(&draw(&s), "Español / English").expect("the button is drawn");
    update(
        &mut s,
        Action::Click {
            column: x + 2,
            row: y,
        },
        Instant::now(),
    );
    assert_eq!((s.language, s.screen), (Spanish, Screen::Welcome));
    let shown = screen(&s);
    assert!(shown.contains("Guía de prueba en dos idiomas"), "{shown}");
    assert!(shown.contains("Español / English (L)"), "{shown}");

    act(&mut s, &[Action::SwitchLanguage]);
    assert_eq!((s.language, s.screen), (English, Screen::Welcome));

    // A guide in one language offers no switch, and says so when asked.
    let mut one = state(80, 24);
    assert!(!screen(&one).contains("Español / English"));
    act(&mut one, &[Action::SwitchLanguage]);
    assert_eq!(one.language, English);
    assert_eq!(said(&one), "This guide is only in English here.");
}

#[test]
fn an_edit_of_the_language_not_shown_leaves_the_reader_where_they_were() {
    let mut s = bilingual(English, 80, 24);
    act(&mut s, &[Action::Start]);
    open(&mut s, "questions");
    let care = s.guide.section_index("care").unwrap();
    jump(&mut s, care);
    let before = (s.position, s.history.clone());

    // The same version changes nothing.
    assert!(!replace_edition(
        &mut s,
        Spanish,
        (*two_languages(Spanish)).clone()
    ));
    let mut edited: Guide = (*two_languages(Spanish)).clone();
    edited.about.title = "Una guía editada".into();
    assert!(replace_edition(&mut s, Spanish, edited));
    assert_eq!((s.position, s.history.clone()), before);

    act(&mut s, &[Action::SwitchLanguage]);
    assert_eq!(s.guide.about.title, "Una guía editada");
    assert_eq!(section_id(&s), "care");
}

fn key(c: char) -> Incoming {
    Incoming::Input(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

#[test]
fn l_pressed_while_the_guide_loads_finds_the_other_language() {
    let english = two_languages(English);
    let welcome = Guide::welcome_only(english.about.clone());
    let mut drive = Driven::new(Arc::new(welcome), 80, 24, None);
    drive.running.waiting_for_guide = true;
    drive.running.state.languages = vec![English, Spanish];
    assert!(drive.running.state.other_editions.is_empty());
    let outcome = drive.run(vec![
        key('L'),
        Incoming::OtherLanguages(vec![Edition::new(Spanish, two_languages(Spanish))]),
        Incoming::GuideReady(Box::new(Ok((*english).clone()))),
    ]);
    assert!(matches!(outcome, Outcome::InputClosed), "{outcome:?}");
    assert_eq!(drive.running.state.language, Spanish);
    assert!(
        drive.screen().contains("Guía de prueba en dos idiomas"),
        "{}",
        drive.screen()
    );
}
