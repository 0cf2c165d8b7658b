//! The key hints in the status bar. They are also buttons: a click on a
//! hint does what its key does, so a mouse or touch user is never stuck.

use super::action::Action;
use super::keymap::Place;

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
pub fn hints(place: Place, help_open: bool) -> Vec<Hint> {
    if help_open {
        return vec![
            hint("Esc", "Close help", Action::Close),
            hint("q", "Quit", Action::Quit),
        ];
    }
    match place {
        Place::Welcome => vec![
            hint("Enter", "Start", Action::Start),
            hint("?", "Help", Action::ToggleHelp),
            hint("q", "Quit", Action::Quit),
        ],
        Place::Reader => vec![
            hint("?", "Help", Action::ToggleHelp),
            hint("c", "Contents", Action::ToggleContents),
            hint("→", "Next page", Action::NextPage),
            hint("/", "Search", Action::Search),
            hint("g", "Glossary", Action::Glossary),
            hint("←", "Back a page", Action::PreviousPage),
            hint("[", "Prev section", Action::PreviousSection),
            hint("]", "Next section", Action::NextSection),
            hint("q", "Quit", Action::Quit),
        ],
        Place::Search => vec![
            hint("Enter", "Open", Action::Activate),
            hint("↑↓", "Choose", Action::Down),
            hint("Esc", "Close search", Action::Close),
        ],
        Place::Glossary => vec![
            hint("Enter", "Meaning", Action::Activate),
            hint("↑↓", "Choose", Action::Down),
            hint("Esc", "Close", Action::Close),
        ],
        Place::Definition => vec![
            hint("Esc", "Close", Action::Close),
            hint("Tab", "Related", Action::NextMark),
            hint("Enter", "Read it", Action::Activate),
        ],
        Place::Pin => vec![
            hint("Enter", "Check PIN", Action::Activate),
            hint("Esc", "Cancel", Action::Close),
        ],
        Place::Contents | Place::Anywhere => vec![
            hint("?", "Help", Action::ToggleHelp),
            hint("Enter", "Read", Action::Activate),
            hint("←→", "Close/open", Action::Expand),
            hint("c", "Back to text", Action::ToggleContents),
            hint("q", "Quit", Action::Quit),
        ],
    }
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
pub fn touch_buttons(place: Place) -> Vec<Hint> {
    match place {
        Place::Welcome => vec![
            hint("", "Start reading", Action::Start),
            hint("", "Help", Action::ToggleHelp),
        ],
        Place::Pin => vec![hint("", "Cancel", Action::Close)],
        _ => vec![
            hint("", "◀ Back", Action::Back),
            hint("", "Contents", Action::ToggleContents),
            hint("", "◀ Previous", Action::PreviousPage),
            hint("", "Next ▶", Action::NextPage),
            hint("", "Help", Action::ToggleHelp),
        ],
    }
}

/// Buttons share the width equally; the last takes what is left over.
pub fn placed_buttons(buttons: &[Hint], width: u16) -> Vec<(u16, u16, &Hint)> {
    let count = u16::try_from(buttons.len()).unwrap_or(1).max(1);
    let each = width / count;
    buttons
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let i = u16::try_from(i).unwrap_or(0);
            let x = each * i;
            let w = if i + 1 == count { width - x } else { each };
            (x, w, b)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_never_overflow_the_bar() {
        for width in 0..120u16 {
            let all = hints(Place::Reader, false);
            for (x, w, _) in placed(&all, width) {
                assert!(x + w <= width);
            }
        }
        assert_eq!(placed(&hints(Place::Reader, false), 0).len(), 0);
    }
}
