//! What a person must always see whole, at every size the reader is
//! drawn at: the welcome screen's safety notes and start button, and the
//! kiosk's touch buttons.

use std::sync::Arc;

use immunoguide::ui::Theme;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::run::Run;
use super::steps::Step;
use super::{guides, kiosk_config};
use crate::shared::words;
use crate::support::kiosk::key;
use crate::support::screen;

/// The welcome screen is where the disclaimer ("this guide does not
/// replace your care team") and the emergency note are shown. At every
/// size the reader is drawn at (interactive from 30×8, kiosk from 40×10),
/// it shows the disclaimer, the emergency note and the start button whole,
/// or, if they cannot all fit, asks for a larger window. Never a part cut
/// off mid-sentence, nor a start button cut mid-word.
#[test]
fn the_welcome_screen_shows_its_safety_notes_and_start_whole_at_every_size() {
    let guide = Arc::clone(&guides()[0]);
    let about = &guide.about;
    let start = words(&guide.phrases.get(immunoguide::app::welcome::START));
    let disclaimer = words(&about.disclaimer);
    let emergency = words(&about.emergency);
    let larger = words("Please make the window larger");
    let mut failures: Vec<(String, Vec<String>)> = Vec::new();
    for kiosk in [false, true] {
        for width in (30u16..=72).chain([80, 100, 120, 200]) {
            for height in (8u16..=24).chain([30, 40, 60]) {
                let config = kiosk.then(|| kiosk_config(false));
                let run = Run::new(Arc::clone(&guide), (width, height), config, Theme::PLAIN);
                let shown = words(&screen(&run.state));
                if shown.contains(&larger) {
                    continue;
                }
                let mode = if kiosk { "kiosk" } else { "interactive" };
                for (what, text) in [
                    ("the start button", &start),
                    ("the disclaimer", &disclaimer),
                    ("the emergency note", &emergency),
                ] {
                    if !shown.contains(text.as_str()) {
                        let key = format!("{mode}: {what} is not shown whole");
                        match failures.iter_mut().find(|(k, _)| *k == key) {
                            Some((_, sizes)) => sizes.push(format!("{width}x{height}")),
                            None => failures.push((key, vec![format!("{width}x{height}")])),
                        }
                    }
                }
            }
        }
    }
    let report: Vec<String> = failures
        .iter()
        .map(|(what, sizes)| {
            format!(
                "{what} at {} sizes, e.g. {}",
                sizes.len(),
                sizes[..sizes.len().min(8)].join(", ")
            )
        })
        .collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// The kiosk's touch buttons say what they do in words: at every width
/// the kiosk runs at (40 columns and up), on the welcome screen, while
/// reading and at the PIN prompt, with a language button or without, each
/// button shows its whole label, never "Conten" or "◀ Previo".
#[test]
fn the_kiosk_touch_buttons_show_their_labels_whole_at_every_width() {
    let mut cut: Vec<String> = Vec::new();
    // In one language, and in two: then a language button ("Español")
    // joins the bar.
    for (width, two) in (40u16..=120).flat_map(|w| [(w, false), (w, true)]) {
        let guide = if two {
            crate::support::two_languages(immunoguide::language::Language::English)
        } else {
            Arc::clone(&guides()[0])
        };
        let mut run = Run::new(guide, (width, 24), Some(kiosk_config(false)), Theme::PLAIN);
        if two {
            let spanish = immunoguide::language::Language::Spanish;
            run.state.languages = immunoguide::language::Language::ALL.to_vec();
            run.state.other_editions = vec![immunoguide::app::editions::Edition::new(
                spanish,
                crate::support::two_languages(spanish),
            )];
            run.state.prepare();
        }
        for step in [
            None,
            Some(Step::Input(key(KeyCode::Enter, KeyModifiers::NONE))),
            Some(Step::Staff),
        ] {
            if let Some(step) = &step {
                run.step(step);
            }
            let screen = screen(&run.state);
            let bar_top = run.state.plan().status.y;
            let bar: Vec<&str> = screen.lines().skip(usize::from(bar_top)).collect();
            let shown = words(&bar.join("\n"));
            let state = &run.state;
            for button in immunoguide::app::touch::bar_buttons(
                state.key_context(),
                state.language,
                &state.languages,
                state.plan().status,
                state.phrases(),
            ) {
                let label = run.state.phrases().get(button.label);
                if !shown.contains(&words(&label)) {
                    cut.push(format!(
                        "{width} columns, {:?}: {:?} shows as {:?}",
                        run.state.key_context(),
                        label,
                        bar.get(1).copied().unwrap_or("")
                    ));
                }
            }
        }
    }
    let widths: std::collections::BTreeSet<&str> =
        cut.iter().filter_map(|c| c.split(' ').next()).collect();
    assert!(
        cut.is_empty(),
        "labels cut at {} widths ({:?}):\n{}",
        widths.len(),
        widths,
        cut[..cut.len().min(6)].join("\n")
    );
}
