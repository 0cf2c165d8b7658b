//! Switching the language while reading: `L`, the welcome screen's
//! "Español / English" button and the kiosk's language button. The guide
//! in the other language takes the place of the one shown, and the reader
//! stays where they were: on the same section (found by id), as near as
//! can be to the same place in it. The contents, history and bookmarks are
//! kept by section id, so they stay valid; the search index and the
//! glossary-word finder are the new guide's own. Nothing is loaded here:
//! the other language is already in memory ([`super::editions`]), so a
//! switch is a swap and the layout of one section.

use std::sync::Arc;

use super::editions::Edition;
use super::glossary::open_glossary;
use super::overlay::Overlay;
use super::position::Position;
use super::state::{AppState, Screen};
use super::symptoms::open_symptoms;
use crate::language::Language;
use crate::phrases::Phrase;

// The words this file puts on screen, by message id (`crate::phrases`):
// each is said in the words of the guide shown when it is drawn, so a
// notice set after a switch is in the new language.

/// Said after a switch.
const NOW_IN: &str = "notice-language-now";
/// Said when the section being read is not in the new language yet (a
/// translation not finished): the nearest part is shown.
const PART_MISSING: &str = "notice-language-part-missing";
/// Said when there is no other language to switch to.
const ONLY_IN: &str = "notice-language-only";
/// Said when a kept place (a bookmark, "Continue") is in a section the
/// language shown does not have yet.
pub const PAGE_NOT_IN_LANGUAGE: &str = "notice-page-not-in-language";

/// Said at start when the language asked for (by `--lang`, the kiosk
/// settings or the computer's language) is not in the guide: that
/// language named in itself, so its reader finds it.
pub fn not_in(asked: Language) -> Phrase {
    Phrase::new("notice-language-not-here").arg("language", asked.own_name())
}

/// `L` and the language buttons: the next language the guide comes in.
pub fn switch_to_next(state: &mut AppState) {
    let mut next = state.language.next();
    while next != state.language {
        if state.other_editions.iter().any(|e| e.language == next) {
            switch_language(state, next);
            return;
        }
        next = next.next();
    }
    state.tell(ONLY_IN);
}

/// Shows the guide in `to`, keeping the reader's place; false (with a
/// notice) when the guide is not loaded in that language.
pub fn switch_language(state: &mut AppState, to: Language) -> bool {
    if to == state.language {
        return true;
    }
    let Some(at) = state.other_editions.iter().position(|e| e.language == to) else {
        state.tell(ONLY_IN);
        return false;
    };
    // Where the reader is: the section, its parents, and the middle of the
    // page shown, as a share of the section's lines.
    let old = Arc::clone(&state.guide);
    let section = state.position.section;
    let top = state.position.top;
    let (middle, lines) = {
        let layout = state.layout();
        let h = usize::from(state.plan().page_height());
        let shown = layout.lines.len().saturating_sub(state.position.top).min(h);
        (state.position.top + shown / 2, layout.lines.len())
    };

    let next = state.other_editions.swap_remove(at);
    let shown = Edition {
        language: state.language,
        guide: std::mem::replace(&mut state.guide, next.guide),
        index: std::mem::replace(&mut state.index, next.index),
        terms: std::mem::replace(&mut state.terms, next.terms),
    };
    state.other_editions.push(shown);
    state.language = to;
    state.pages.clear();

    let guide = Arc::clone(&state.guide);
    let same = |i: usize| old.section(i).and_then(|s| guide.section_index(&s.id));
    state.history.carry_over(same);
    let found = same(section);
    let nearest = found.or_else(|| old.ancestors(section).into_iter().rev().find_map(same));
    state.position = Position {
        section: nearest.unwrap_or(0),
        top: 0,
    };
    // At the start of a section, the start of it; further in, the page
    // holding the same share of the section: translations keep their
    // paragraphs in order, so that is close to the words that were shown.
    if found.is_some() && top > 0 && lines > 0 {
        let layout = state.layout();
        let h = usize::from(state.plan().page_height()).max(1);
        let line = u128::try_from(middle).unwrap_or(u128::MAX)
            * u128::try_from(layout.lines.len()).unwrap_or(0)
            / u128::try_from(lines).unwrap_or(1).max(1);
        let line = usize::try_from(line).unwrap_or(usize::MAX);
        state.position.top = line.min(layout.lines.len().saturating_sub(1)) / h * h;
    }
    state.contents.select(&guide, state.position.section);

    // What was found or chosen in the old words is let go; a list open
    // over the page opens again in the new language.
    let reopen = match state.overlay.take() {
        Some(Overlay::Glossary(_)) => Some(open_glossary as fn(&mut AppState)),
        Some(Overlay::Symptoms(_)) => Some(open_symptoms as fn(&mut AppState)),
        _ => None,
    };
    state.highlight = None;
    state.trail = None;
    state.match_count = None;
    state.typing = false;
    if let Some(reading) = state.reading.as_mut() {
        reading.retitle(&guide);
    }
    state.forget_marks();
    if let Some(open) = reopen {
        open(state);
    }
    state.tell(if found.is_some() || state.screen == Screen::Welcome {
        NOW_IN
    } else {
        PART_MISSING
    });
    true
}
