//! The key hints in the status bar. They are also buttons: a click on a
//! hint does what its key does, so a mouse or touch user is never stuck.

use std::borrow::Cow;

use super::action::Action;
use super::keymap::KeyContext;
use crate::phrases::Phrases;

/// A hint (or a touch button) as shown: its key, its words in the
/// language shown, and what a click on it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint<'w> {
    pub key: &'static str,
    pub label: Cow<'w, str>,
    pub action: Action,
}

/// A hint as written in the tables below: its key, its words (a message
/// id) and its action.
struct Row(&'static str, &'static str, Action);

fn said<'w>(rows: &[Row], words: &'w Phrases) -> Vec<Hint<'w>> {
    rows.iter()
        .map(|Row(key, id, action)| Hint {
            key: *key,
            label: words.get(id),
            action: *action,
        })
        .collect()
}

/// Hints for a place, most useful first; the bar shows as many as fit.
pub fn hints(place: KeyContext, help_open: bool, words: &Phrases) -> Vec<Hint<'_>> {
    said(hint_rows(place, help_open), words)
}

fn hint_rows(place: KeyContext, help_open: bool) -> &'static [Row] {
    if help_open {
        return &[
            Row("Esc", "hint-close-help", Action::Close),
            Row("q", "hint-quit", Action::Quit),
        ];
    }
    match place {
        KeyContext::Welcome => &[
            Row("Enter", "hint-start", Action::Start),
            Row("s", "hint-symptoms", Action::Symptoms),
            Row("?", "hint-help", Action::ToggleHelp),
            Row("q", "hint-quit", Action::Quit),
        ],
        KeyContext::Reader => &[
            Row("?", "hint-help", Action::ToggleHelp),
            Row("/", "hint-search", Action::Search),
            Row("c", "hint-contents", Action::ToggleContents),
            Row("→", "hint-next-page", Action::NextPage),
            Row("s", "hint-symptoms", Action::Symptoms),
            Row("g", "hint-glossary", Action::Glossary),
            Row("←", "hint-previous-page", Action::PreviousPage),
            Row("[", "hint-previous-section", Action::PreviousSection),
            Row("]", "hint-next-section", Action::NextSection),
            Row("q", "hint-quit", Action::Quit),
        ],
        KeyContext::Search => &[
            Row("Enter", "hint-open", Action::Activate),
            Row("Tab", "hint-choose", Action::NextMark),
            Row("Esc", "hint-close-search", Action::Close),
        ],
        KeyContext::Symptoms => &[
            Row("Enter", "hint-read-about-it", Action::Activate),
            Row("↓", "hint-next", Action::Down),
            Row("Esc", "hint-close", Action::Close),
        ],
        KeyContext::Glossary => &[
            Row("Enter", "hint-meaning", Action::Activate),
            Row("↓", "hint-next", Action::Down),
            Row("Esc", "hint-close", Action::Close),
        ],
        KeyContext::Definition => &[
            Row("Esc", "hint-close", Action::Close),
            Row("Tab", "hint-related", Action::NextMark),
            Row("Enter", "hint-read-it", Action::Activate),
        ],
        KeyContext::Pin => &[
            Row("Enter", "hint-check-pin", Action::Activate),
            Row("Esc", "hint-cancel", Action::Close),
        ],
        KeyContext::Bookmarks => &[
            Row("Enter", "hint-open", Action::Activate),
            Row("↓", "hint-next", Action::Down),
            Row("d", "hint-delete", Action::Remove),
            Row("Esc", "hint-close", Action::Close),
        ],
        KeyContext::Help => &[
            Row("Esc", "hint-close-help", Action::Close),
            Row("↓", "hint-more", Action::Down),
        ],
        KeyContext::Contents | KeyContext::Anywhere => &[
            Row("?", "hint-help", Action::ToggleHelp),
            Row("Enter", "hint-read", Action::Activate),
            Row("→", "hint-open-chapter", Action::Expand),
            Row("←", "hint-close-chapter", Action::Collapse),
            Row("c", "hint-back-to-text", Action::ToggleContents),
            Row("q", "hint-quit", Action::Quit),
        ],
    }
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

/// The kiosk's touch bar: five large buttons across the bottom. On the
/// welcome screen, one wide button to start.
pub fn touch_buttons(place: KeyContext, words: &Phrases) -> Vec<Hint<'_>> {
    let rows: &[Row] = match place {
        KeyContext::Welcome => &[
            Row("", "touch-start-reading", Action::Start),
            Row("", "touch-help", Action::ToggleHelp),
        ],
        KeyContext::Pin => &[Row("", "touch-cancel", Action::Close)],
        // Short enough that all five fit whole in 40 columns, in every
        // language (a test draws them).
        _ => &[
            Row("", "touch-back", Action::Back),
            Row("", "touch-contents", Action::ToggleContents),
            Row("", "touch-previous-page", Action::PreviousPage),
            Row("", "touch-next-page", Action::NextPage),
            Row("", "touch-help", Action::ToggleHelp),
        ],
    };
    said(rows, words)
}

/// Each button is as wide as its label and its frame, and the room left
/// over is shared out equally, so no label is ever cut while the bar is at
/// least as wide as the labels.
pub fn placed_buttons<'h, 'w>(
    buttons: &'h [Hint<'w>],
    width: u16,
) -> Vec<(u16, u16, &'h Hint<'w>)> {
    let needed: Vec<u16> = buttons
        .iter()
        .map(|b| u16::try_from(b.label.chars().count() + 2).unwrap_or(u16::MAX))
        .collect();
    let total: u16 = needed.iter().fold(0u16, |a, n| a.saturating_add(*n));
    let count = u16::try_from(buttons.len()).unwrap_or(1).max(1);
    let spare = width.saturating_sub(total);
    let mut x = 0u16;
    buttons
        .iter()
        .zip(needed)
        .enumerate()
        .map(|(i, (b, need))| {
            let last = i + 1 == buttons.len();
            let w = if last {
                width.saturating_sub(x)
            } else {
                need.saturating_add(spare / count)
                    .min(width.saturating_sub(x))
            };
            let placed = (x, w, b);
            x = x.saturating_add(w);
            placed
        })
        .collect()
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

    /// At the narrowest kiosk (40 columns), every touch button shows its
    /// whole label, in every language built in.
    #[test]
    fn touch_buttons_fit_the_narrowest_kiosk_in_every_language() {
        use unicode_width::UnicodeWidthStr;
        for language in crate::language::Language::ALL {
            let words = Phrases::built_in(language.code());
            for place in [KeyContext::Welcome, KeyContext::Reader, KeyContext::Pin] {
                let buttons = touch_buttons(place, &words);
                let needed: usize = buttons.iter().map(|b| b.label.width() + 2).sum();
                assert!(
                    needed <= 40,
                    "{language:?} {place:?}: {needed} columns for {:?}",
                    buttons.iter().map(|b| &b.label).collect::<Vec<_>>()
                );
            }
        }
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
