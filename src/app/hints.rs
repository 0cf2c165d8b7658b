//! The key hints in the status bar. They are also buttons: a click on a
//! hint does what its key does, so a mouse or touch user is never stuck.
//! Each hint names an action; the key it shows is looked up in the keymap
//! (`keymap::key_for`), so a hint can never show a key that does
//! something else.

use std::borrow::Cow;

use super::action::Action;
use super::keymap::{KeyContext, key_for};
use crate::phrases::Phrases;

/// A hint as shown: its key, its words in the language shown, and what a
/// click on it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint<'w> {
    pub key: &'static str,
    pub label: Cow<'w, str>,
    pub action: Action,
}

/// What each place's hints offer, most useful first: the action and its
/// short name (a message id, `crate::phrases`). The bar shows as many as
/// fit.
fn offered(place: KeyContext, help_open: bool) -> &'static [(Action, &'static str)] {
    if help_open {
        return &[
            (Action::Close, "hint-close-help"),
            (Action::Quit, "hint-quit"),
        ];
    }
    match place {
        KeyContext::Welcome => &[
            (Action::Start, "hint-start"),
            (Action::Symptoms, "hint-symptoms"),
            (Action::ToggleHelp, "hint-help"),
            (Action::SwitchTheme, "hint-colours"),
            (Action::Quit, "hint-quit"),
        ],
        KeyContext::Reader => &[
            (Action::ToggleHelp, "hint-help"),
            (Action::Search, "hint-search"),
            (Action::ToggleContents, "hint-contents"),
            (Action::NextPage, "hint-next-page"),
            (Action::Symptoms, "hint-symptoms"),
            (Action::Glossary, "hint-glossary"),
            (Action::SwitchTheme, "hint-colours"),
            (Action::PreviousPage, "hint-previous-page"),
            (Action::PreviousSection, "hint-previous-section"),
            (Action::NextSection, "hint-next-section"),
            (Action::Quit, "hint-quit"),
        ],
        KeyContext::Search => &[
            (Action::Activate, "hint-open"),
            (Action::NextMark, "hint-choose"),
            (Action::Close, "hint-close-search"),
        ],
        KeyContext::Symptoms => &[
            (Action::Activate, "hint-read-about-it"),
            (Action::Down, "hint-next"),
            (Action::Close, "hint-close"),
        ],
        KeyContext::Glossary => &[
            (Action::Activate, "hint-meaning"),
            (Action::Down, "hint-next"),
            (Action::Close, "hint-close"),
        ],
        KeyContext::Definition => &[
            (Action::Close, "hint-close"),
            (Action::NextMark, "hint-related"),
            (Action::Activate, "hint-read-it"),
        ],
        KeyContext::AToZ => &[
            (Action::Activate, "hint-open"),
            (Action::Down, "hint-next"),
            (Action::Close, "hint-close"),
        ],
        // The staff PIN prompt reads its own keys and has the kiosk's
        // touch bar, never this status line.
        KeyContext::Pin => &[],
        KeyContext::Bookmarks => &[
            (Action::Activate, "hint-open"),
            (Action::Down, "hint-next"),
            (Action::Remove, "hint-delete"),
            (Action::Close, "hint-close"),
        ],
        KeyContext::Help => &[
            (Action::Close, "hint-close-help"),
            (Action::Down, "hint-more"),
        ],
        KeyContext::Contents | KeyContext::Anywhere => &[
            (Action::ToggleHelp, "hint-help"),
            (Action::Activate, "hint-read"),
            (Action::Expand, "hint-open-chapter"),
            (Action::Collapse, "hint-close-chapter"),
            (Action::ToggleContents, "hint-back-to-text"),
            (Action::Quit, "hint-quit"),
        ],
    }
}

/// Hints for a place, most useful first, each with the key that does its
/// action there.
pub fn hints(place: KeyContext, help_open: bool, words: &Phrases) -> Vec<Hint<'_>> {
    let keys_from = if help_open { KeyContext::Help } else { place };
    offered(place, help_open)
        .iter()
        .filter_map(|&(action, label)| {
            key_for(keys_from, action).map(|key| Hint {
                key: key.label,
                label: words.get(label),
                action,
            })
        })
        .collect()
}

/// Columns of the status line left for hints when `message` is shown at
/// its right end (with a space before it): hints that do not fit are
/// left out until the message goes, as the message matters more.
pub fn hint_room(width: u16, message: Option<&str>) -> u16 {
    let message = message.map_or(0, |m| m.chars().count() + 1);
    width.saturating_sub(u16::try_from(message).unwrap_or(u16::MAX))
}

/// The hints that fit in `width` columns, with the column each starts at.
/// Each is drawn as " key label " with a space between hints.
pub fn placed<'h, 'w>(hints: &'h [Hint<'w>], width: u16) -> Vec<(u16, u16, &'h Hint<'w>)> {
    let mut out = Vec::new();
    let mut x: u16 = 0;
    for h in hints {
        let w =
            u16::try_from(h.key.chars().count() + h.label.chars().count() + 3).unwrap_or(u16::MAX);
        if x.saturating_add(w) > width {
            break;
        }
        out.push((x, w, h));
        x = x.saturating_add(w + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::action_for;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn hints_never_overflow_the_bar() {
        for code in ["en", "es"] {
            let words = Phrases::built_in(code);
            for width in 0..120u16 {
                let all = hints(KeyContext::Reader, false, &words);
                for (x, w, _) in placed(&all, width) {
                    assert!(x + w <= width);
                }
            }
            assert_eq!(
                placed(&hints(KeyContext::Reader, false, &words), 0).len(),
                0
            );
        }
    }

    /// Every hint a place offers has a key there: none is left out of the
    /// bar because the keymap has no key for its action.
    #[test]
    fn every_offered_hint_has_its_key() {
        let places = [
            KeyContext::Welcome,
            KeyContext::Reader,
            KeyContext::Contents,
            KeyContext::Search,
            KeyContext::Glossary,
            KeyContext::Definition,
            KeyContext::Symptoms,
            KeyContext::Help,
            KeyContext::Bookmarks,
            KeyContext::AToZ,
        ];
        for place in places {
            for help_open in [false, true] {
                let shown: Vec<Action> = hints(place, help_open, &Phrases::default())
                    .iter()
                    .map(|h| h.action)
                    .collect();
                let wanted: Vec<Action> = offered(place, help_open).iter().map(|o| o.0).collect();
                assert_eq!(shown, wanted, "{place:?}, help open {help_open}");
            }
        }
        // The reader's page hints show the arrows, as they always have.
        let words = Phrases::default();
        let reader = hints(KeyContext::Reader, false, &words);
        assert!(
            reader
                .iter()
                .any(|h| h.key == "→" && h.action == Action::NextPage)
        );
        assert!(
            reader
                .iter()
                .any(|h| h.key == "←" && h.action == Action::PreviousPage)
        );
    }

    /// The key a hint shows, as the keymap reads it.
    fn event(label: &str) -> Option<KeyEvent> {
        let code = match label {
            "Enter" => KeyCode::Enter,
            "Esc" => KeyCode::Esc,
            "Tab" => KeyCode::Tab,
            "↑" => KeyCode::Up,
            "↓" => KeyCode::Down,
            "←" => KeyCode::Left,
            "→" => KeyCode::Right,
            _ => {
                let mut chars = label.chars();
                let c = chars.next()?;
                if chars.next().is_some() {
                    return None;
                }
                KeyCode::Char(c)
            }
        };
        Some(KeyEvent::new(code, KeyModifiers::NONE))
    }

    /// Each hint is also a button doing the hint's action; the keys it
    /// shows must do that very action in the keymap (the one table behind
    /// keys and help), so a hint can never drift from its key. A hint
    /// showing two keys ("←→") would be a button doing only one of them.
    #[test]
    fn every_hint_shows_the_key_that_does_what_its_button_does() {
        let places = [
            KeyContext::AToZ,
            KeyContext::Welcome,
            KeyContext::Reader,
            KeyContext::Contents,
            KeyContext::Search,
            KeyContext::Glossary,
            KeyContext::Definition,
            KeyContext::Symptoms,
            KeyContext::Help,
            KeyContext::Bookmarks,
        ];
        // Not `KeyContext::Pin`: the staff PIN prompt reads its keys itself
        // (digits, Enter, Esc), never through the keymap.
        let words = Phrases::default();
        let mut shown = vec![(KeyContext::Help, hints(KeyContext::Reader, true, &words))];
        shown.extend(places.iter().map(|&p| (p, hints(p, false, &words))));
        for (place, list) in shown {
            for hint in list {
                let keys: Vec<String> = if event(hint.key).is_some() {
                    vec![hint.key.to_string()]
                } else {
                    hint.key.chars().map(String::from).collect()
                };
                assert_eq!(keys.len(), 1, "{place:?}: {:?} shows two keys", hint.key);
                let pressed = event(&keys[0]).map(|e| action_for(&e, place));
                assert_eq!(
                    pressed,
                    Some(Some(hint.action)),
                    "{place:?}: the hint {:?} {:?}",
                    hint.key,
                    hint.label
                );
            }
        }
    }
}
