//! The key hints in the status bar. They are also buttons: a click on a
//! hint does what its key does, so a mouse or touch user is never stuck.

use super::action::Action;
use super::keymap::KeyContext;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub key: &'static str,
    pub label: &'static str,
    pub action: Action,
}

const fn hint(key: &'static str, label: &'static str, action: Action) -> Hint {
    Hint { key, label, action }
}

/// Hints for a place, most useful first; the bar shows as many as fit.
pub fn hints(place: KeyContext, help_open: bool) -> Vec<Hint> {
    if help_open {
        return vec![
            hint("Esc", "Close help", Action::Close),
            hint("q", "Quit", Action::Quit),
        ];
    }
    match place {
        KeyContext::Welcome => vec![
            hint("Enter", "Start", Action::Start),
            hint("s", "Symptoms", Action::Symptoms),
            hint("?", "Help", Action::ToggleHelp),
            hint("t", "Colours", Action::SwitchTheme),
            hint("q", "Quit", Action::Quit),
        ],
        KeyContext::Reader => vec![
            hint("?", "Help", Action::ToggleHelp),
            hint("/", "Search", Action::Search),
            hint("c", "Contents", Action::ToggleContents),
            hint("→", "Next page", Action::NextPage),
            hint("s", "Symptoms", Action::Symptoms),
            hint("g", "Glossary", Action::Glossary),
            hint("t", "Colours", Action::SwitchTheme),
            hint("←", "Back a page", Action::PreviousPage),
            hint("[", "Prev section", Action::PreviousSection),
            hint("]", "Next section", Action::NextSection),
            hint("q", "Quit", Action::Quit),
        ],
        KeyContext::Search => vec![
            hint("Enter", "Open", Action::Activate),
            hint("Tab", "Choose", Action::NextMark),
            hint("Esc", "Close search", Action::Close),
        ],
        KeyContext::Symptoms => vec![
            hint("Enter", "Read about it", Action::Activate),
            hint("↓", "Next", Action::Down),
            hint("Esc", "Close", Action::Close),
        ],
        KeyContext::Glossary => vec![
            hint("Enter", "Meaning", Action::Activate),
            hint("↓", "Next", Action::Down),
            hint("Esc", "Close", Action::Close),
        ],
        KeyContext::Definition => vec![
            hint("Esc", "Close", Action::Close),
            hint("Tab", "Related", Action::NextMark),
            hint("Enter", "Read it", Action::Activate),
        ],
        KeyContext::Pin => vec![
            hint("Enter", "Check PIN", Action::Activate),
            hint("Esc", "Cancel", Action::Close),
        ],
        KeyContext::Bookmarks => vec![
            hint("Enter", "Open", Action::Activate),
            hint("↓", "Next", Action::Down),
            hint("d", "Delete", Action::Remove),
            hint("Esc", "Close", Action::Close),
        ],
        KeyContext::Help => vec![
            hint("Esc", "Close help", Action::Close),
            hint("↓", "More", Action::Down),
        ],
        KeyContext::Contents | KeyContext::Anywhere => vec![
            hint("?", "Help", Action::ToggleHelp),
            hint("Enter", "Read", Action::Activate),
            hint("→", "Open", Action::Expand),
            hint("←", "Close", Action::Collapse),
            hint("c", "Back to text", Action::ToggleContents),
            hint("q", "Quit", Action::Quit),
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
pub fn placed(hints: &[Hint], width: u16) -> Vec<(u16, u16, &Hint)> {
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
pub fn touch_buttons(place: KeyContext) -> Vec<Hint> {
    match place {
        KeyContext::Welcome => vec![
            hint("", "Start reading", Action::Start),
            hint("", "Help", Action::ToggleHelp),
        ],
        KeyContext::Pin => vec![hint("", "Cancel", Action::Close)],
        _ => vec![
            // Short enough that all five fit whole in 40 columns.
            hint("", "Back", Action::Back),
            hint("", "Contents", Action::ToggleContents),
            hint("", "◀ Prev", Action::PreviousPage),
            hint("", "Next ▶", Action::NextPage),
            hint("", "Help", Action::ToggleHelp),
        ],
    }
}

/// Each button is as wide as its label and its frame, and the room left
/// over is shared out equally, so no label is ever cut while the bar is at
/// least as wide as the labels.
pub fn placed_buttons(buttons: &[Hint], width: u16) -> Vec<(u16, u16, &Hint)> {
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
        for width in 0..120u16 {
            let all = hints(KeyContext::Reader, false);
            for (x, w, _) in placed(&all, width) {
                assert!(x + w <= width);
            }
        }
        assert_eq!(placed(&hints(KeyContext::Reader, false), 0).len(), 0);
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
        let mut shown = vec![(KeyContext::Help, hints(KeyContext::Reader, true))];
        shown.extend(places.iter().map(|&p| (p, hints(p, false))));
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
