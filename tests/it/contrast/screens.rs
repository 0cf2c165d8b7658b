//! The screens the contrast test draws in every look: every part of the
//! program a person can see, each in the state that shows it.

use std::time::{Duration, Instant};

use immunoguide::app::kiosk_mode::{KioskMode, PinMessage, PinPrompt};
use immunoguide::app::{Action, AppState};
use immunoguide::content::CalloutKind;
use immunoguide::kiosk::config::KioskConfig;

use crate::support::{act, changed, fixture_files, loaded, open, state};

/// Every screen measured, in the state that shows it. `Start` and
/// `open` as a reader would; the kiosk's as a visitor and staff would.
pub fn screens() -> Vec<(&'static str, AppState)> {
    let mut all = Vec::new();
    all.push(("the welcome screen", state(80, 24)));

    let mut page = state(120, 40);
    act(&mut page, &[Action::Start]);
    open(&mut page, "immune-cells");
    all.push(("a page with a link and a glossary word", page.clone()));
    let mut chosen = page.clone();
    act(&mut chosen, &[Action::NextMark]);
    all.push(("the first link or word chosen with Tab", chosen.clone()));
    act(&mut chosen, &[Action::NextMark]);
    all.push(("the next one chosen", chosen));
    let mut typed = page.clone();
    act(&mut typed, &[Action::Type('x')]);
    all.push(("a notice on the bottom line", typed));
    let mut contents = page.clone();
    act(&mut contents, &[Action::ToggleContents]);
    all.push(("the contents list in focus", contents));
    let mut help = page.clone();
    act(&mut help, &[Action::ToggleHelp]);
    all.push(("help", help));

    let mut search = page.clone();
    act(&mut search, &[Action::Search]);
    act(
        &mut search,
        &"cells".chars().map(Action::Type).collect::<Vec<_>>(),
    );
    all.push(("search results", search.clone()));
    act(&mut search, &[Action::Activate]);
    all.push(("a page with the search words marked", search.clone()));
    act(&mut search, &[Action::NextMatch]);
    all.push(("Match 2 of …", search));
    let mut typo = page.clone();
    act(&mut typo, &[Action::Search]);
    act(
        &mut typo,
        &"cels".chars().map(Action::Type).collect::<Vec<_>>(),
    );
    all.push(("search offering \"Did you mean\"", typo));

    let mut glossary = page.clone();
    act(&mut glossary, &[Action::Glossary]);
    all.push(("the glossary", glossary.clone()));
    act(&mut glossary, &[Action::Type('c')]);
    all.push(("the glossary with letters typed", glossary.clone()));
    act(&mut glossary, &[Action::Activate]);
    all.push(("a word's meaning", glossary.clone()));
    act(&mut glossary, &[Action::NextMark]);
    all.push(("a word's meaning with a section chosen", glossary));

    let mut symptoms = page.clone();
    act(&mut symptoms, &[Action::Symptoms]);
    all.push(("the symptom list", symptoms.clone()));
    for _ in 0..3 {
        act(&mut symptoms, &[Action::Down]);
        all.push(("a symptom chosen", symptoms.clone()));
    }

    all.push(("every kind of callout", callouts()));
    all.extend(kiosk_screens());
    all
}

/// The clean fixture's warning signs, with a box of every other kind
/// added above its emergency and warning boxes.
fn callouts() -> AppState {
    let boxes = CalloutKind::ALL
        .iter()
        .filter(|k| !matches!(k, CalloutKind::Emergency | CalloutKind::Warning))
        .map(|k| format!("> [!{}]\n> Words in a box.\n\n", k.marker()))
        .collect::<String>();
    let files = changed(
        fixture_files("clean"),
        "care.toml",
        "Some signs need help fast.\n",
        &format!("Some signs need help fast.\n\n{boxes}"),
    );
    let mut s = AppState::new(loaded(&files), 80, 60);
    act(&mut s, &[Action::Start]);
    open(&mut s, "signs");
    s
}

fn kiosk_screens() -> Vec<(&'static str, AppState)> {
    let t0 = Instant::now();
    let kiosk = |s: &mut AppState| {
        s.kiosk = Some(KioskMode::new(
            std::sync::Arc::new(KioskConfig::default()),
            t0,
        ));
        s.prepare();
    };
    let mut reader = state(80, 24);
    kiosk(&mut reader);
    act(&mut reader, &[Action::Start]);
    open(&mut reader, "immune-cells");
    let mut notice = reader.clone();
    notice.tell("notice-end-of-guide");
    let mut countdown = reader.clone();
    immunoguide::app::update(&mut countdown, Action::Tick, t0 + Duration::from_secs(90));
    let mut pin = reader.clone();
    if let Some(k) = pin.kiosk.as_mut() {
        let mut prompt = PinPrompt::default();
        prompt.message = Some(PinMessage::Wrong { tries_left: 2 });
        k.prompt = Some(prompt);
    }
    let mut welcome = state(80, 24);
    kiosk(&mut welcome);
    let mut contents = reader.clone();
    act(&mut contents, &[Action::ToggleContents]);
    let mut a_to_z = reader.clone();
    act(&mut a_to_z, &[Action::AToZ]);
    let mut a_to_z_chosen = a_to_z.clone();
    act(&mut a_to_z_chosen, &[Action::Down]);
    let mut help = reader.clone();
    act(&mut help, &[Action::ToggleHelp]);
    vec![
        ("the kiosk's welcome screen", welcome),
        ("the kiosk's reader and touch bar", reader),
        ("the kiosk's contents, its button pressed", contents),
        ("the A to Z chooser", a_to_z),
        ("the A to Z chooser, one chosen", a_to_z_chosen),
        ("the kiosk's help page", help),
        ("a kiosk notice", notice),
        ("the kiosk's countdown", countdown),
        ("the staff PIN prompt after a wrong PIN", pin),
    ]
}
