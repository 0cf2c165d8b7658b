//! The help screen: what the screen shows (the symbols, underlines, boxes
//! and page counter), how search and the symptom list work, then every key
//! in a table made from the keymap, so it always matches what the keys
//! really do. Where the box goes and how its lines wrap are worked out
//! here, for drawing, scrolling and clicks alike.

use ratatui::layout::Rect;

use super::action::Action;
use super::keymap::{BINDINGS, KeyContext};
use super::state::AppState;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    Heading(&'static str),
    Entry { keys: String, what: &'static str },
    Note(&'static str),
    Blank,
}

/// What a person sees, explained: for everyone, kiosk or not.
const THE_SCREEN: &[&str] = &[
    "◀ in the contents marks the section you are reading.",
    "▸ before a title means it has sections inside: open it to see them. ▾ means they are shown. • is a section with nothing inside.",
    "Underlined words are in the glossary, or are links to other sections. Choose one with Tab (or tap it) and press Enter to see what it means or to go there.",
    "Words shown in reverse colours are your search words. Esc clears them.",
    "A box with a label holds something important. An \"Emergency\" box, drawn with a double line, means call 911 or go to the emergency department now. \"Call your care team\" means call now, day or night. Other labels, like Important, Tip or Note, say what the box holds.",
    "\"Page 2 of 3\" at the bottom of the text means this section has 3 pages and you are on page 2. The next page key goes on to the next section after the last page.",
    "\"Reviewed\" and a date say when the section's facts were last checked.",
];

const SEARCHING: &[&str] = &[
    "Press / and type everyday words, like \"tired\" or \"rash\". Every word must be found. Put words in quotes to find them together. Small typos are forgiven, and \"Did you mean\" offers the nearest word.",
    "Enter opens a result at the page where the words are. Then n and N go to the next and previous place, and the bottom line says which match you are on, like \"Match 2 of 7\".",
    "If the guide has no answer, ask your care team. The search box also offers the symptom list and the glossary: Tab chooses, Enter opens.",
];

const SYMPTOMS: &[&str] = &[
    "Worried about a symptom? Press s, or tap \"Worried about a symptom?\" on the welcome screen or at the top of the contents.",
    "Each symptom says what to do: Call 911 now, Call team now (day or night), or Tell team soon. Enter or a tap opens the section that explains it. Type letters to find a symptom.",
];

/// Help for a person at their own terminal, or (`kiosk`) for a visitor at
/// a kiosk, where touch comes first and there is no quit key.
pub fn help_lines(mouse: bool, kiosk: bool) -> Vec<HelpLine> {
    let mut lines = Vec::new();
    if kiosk {
        lines.push(HelpLine::Heading("Touch"));
        lines.push(HelpLine::Note(
            "Tap the large buttons at the bottom of the screen.",
        ));
        lines.push(HelpLine::Note(
            "Tap a title in the contents list to read it.",
        ));
        lines.push(HelpLine::Note(
            "Tap an underlined word to see what it means.",
        ));
        lines.push(HelpLine::Blank);
    }
    for (heading, notes) in [
        ("What you see", THE_SCREEN),
        ("Searching", SEARCHING),
        ("Symptom list", SYMPTOMS),
    ] {
        lines.push(HelpLine::Heading(heading));
        lines.extend(notes.iter().map(|n| HelpLine::Note(n)));
        lines.push(HelpLine::Blank);
    }
    lines.push(HelpLine::Heading("Keys"));
    for place in [
        KeyContext::Reader,
        KeyContext::Contents,
        KeyContext::Search,
        KeyContext::Glossary,
        KeyContext::Symptoms,
        KeyContext::Definition,
        KeyContext::Bookmarks,
        KeyContext::Welcome,
        KeyContext::Help,
        KeyContext::Anywhere,
    ] {
        // A kiosk keeps no bookmarks, so it has no list of them.
        if kiosk && place == KeyContext::Bookmarks {
            continue;
        }
        lines.push(HelpLine::Blank);
        lines.push(HelpLine::Heading(place.heading()));
        for binding in BINDINGS
            .iter()
            .filter(|b| b.place == place && (!kiosk || super::keymap::for_kiosk(b)))
        {
            let mut keys: Vec<&str> = binding.keys.iter().map(|k| k.label).collect();
            keys.dedup();
            lines.push(HelpLine::Entry {
                keys: keys.join(" "),
                what: binding.help,
            });
        }
    }
    if kiosk {
        return lines;
    }
    lines.push(HelpLine::Blank);
    lines.push(HelpLine::Heading("Mouse and touch"));
    if mouse {
        lines.push(HelpLine::Note(
            "Click or tap an entry in the contents to read it.",
        ));
        lines.push(HelpLine::Note(
            "Click or tap ▸ to open a chapter, ▾ to close it.",
        ));
        lines.push(HelpLine::Note("The wheel scrolls the text or the list."));
        lines.push(HelpLine::Note(
            "The hints on the bottom line are buttons too.",
        ));
        lines.push(HelpLine::Note(
            "In this help, tap the top half to go up a screen, the bottom half to go down.",
        ));
        lines.push(HelpLine::Note("To select text, hold Shift while you drag."));
    } else {
        lines.push(HelpLine::Note(
            "The mouse is off (--no-mouse); the terminal selects text as usual.",
        ));
    }
    lines
}

/// One row of help as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpRow {
    Heading(&'static str),
    /// Keys (blank on a meaning's later lines) and a line of the meaning.
    Entry {
        keys: String,
        what: String,
    },
    Note(String),
    Blank,
}

/// Help's lines wrapped to `width`: keys in a column as wide as the
/// longest key list; a meaning that does not fit continues under itself.
pub fn help_rows(lines: &[HelpLine], width: usize) -> Vec<HelpRow> {
    let key_width = lines
        .iter()
        .filter_map(|l| match l {
            HelpLine::Entry { keys, .. } => Some(keys.chars().count()),
            _ => None,
        })
        .max()
        .unwrap_or(0)
        + 2;
    let what_width = width.saturating_sub(key_width + 1).max(8);
    let mut rows = Vec::new();
    for line in lines {
        match line {
            HelpLine::Heading(h) => rows.push(HelpRow::Heading(h)),
            HelpLine::Entry { keys, what } => {
                for (i, part) in textwrap::wrap(what, what_width).into_iter().enumerate() {
                    let keys = if i == 0 { keys.as_str() } else { "" };
                    rows.push(HelpRow::Entry {
                        keys: format!(" {keys:<key_width$}"),
                        what: part.into_owned(),
                    });
                }
            }
            HelpLine::Note(n) => {
                for part in textwrap::wrap(n, width.saturating_sub(1).max(8)) {
                    rows.push(HelpRow::Note(format!(" {part}")));
                }
            }
            HelpLine::Blank => rows.push(HelpRow::Blank),
        }
    }
    rows
}

/// The help box, the rows it shows, and how far it may scroll.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpView {
    pub outer: Rect,
    pub rows: Vec<HelpRow>,
    /// Rows inside the border.
    pub visible: usize,
    /// The first row shown, clamped.
    pub scroll: usize,
    pub max_scroll: usize,
    /// The Close button, in the bottom border.
    pub close: Rect,
}

/// The label of the Close button.
pub const CLOSE: &str = " Close (Esc) ";

pub fn help_view(state: &AppState) -> HelpView {
    let plan = state.plan();
    let area = Rect::new(0, 0, plan.area.width, plan.status.y);
    let width = area.width.saturating_sub(4).min(64);
    let rows = help_rows(
        &help_lines(state.mouse, state.kiosk.is_some()),
        usize::from(width.saturating_sub(2)),
    );
    let height = u16::try_from(rows.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let outer = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    let visible = usize::from(height.saturating_sub(2));
    let max_scroll = rows.len().saturating_sub(visible);
    // In the bottom border, one column in from its right corner.
    let label = u16::try_from(CLOSE.chars().count())
        .unwrap_or(u16::MAX)
        .min(outer.width.saturating_sub(2));
    let close = Rect::new(
        outer.right().saturating_sub(label + 1),
        outer.bottom().saturating_sub(1),
        label,
        u16::from(outer.height > 0),
    );
    HelpView {
        scroll: state.help_scroll.min(max_scroll),
        outer,
        rows,
        visible,
        max_scroll,
        close,
    }
}

/// Keys while help is open: they scroll it; Esc, `?` and the Close button
/// close it, and nothing else does, so a stray key never loses the place.
pub fn help_action(state: &mut AppState, action: Action) {
    let view = help_view(state);
    let page = view.visible.saturating_sub(1).max(1);
    let at = view.scroll;
    state.help_scroll = match action {
        Action::Down => at + 1,
        Action::Up => at.saturating_sub(1),
        Action::NextPage => at + page,
        Action::PreviousPage => at.saturating_sub(page),
        Action::First => 0,
        Action::Last => view.max_scroll,
        Action::Close => {
            state.help_open = false;
            0
        }
        _ => {
            state.tell("notice-esc-closes-help");
            at
        }
    }
    .min(view.max_scroll);
}

/// A click or tap in help: the Close button closes it; the top half of
/// the box goes up a screen, the bottom half down one.
pub fn help_click(state: &mut AppState, column: u16, row: u16) {
    let view = help_view(state);
    let inside = |r: Rect| column >= r.x && column < r.right() && row >= r.y && row < r.bottom();
    if inside(view.close) {
        help_action(state, Action::Close);
    } else if inside(view.outer) {
        let middle = view.outer.y + view.outer.height / 2;
        let action = if row < middle {
            Action::PreviousPage
        } else {
            Action::NextPage
        };
        help_action(state, action);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiosk_help_has_no_quit_key() {
        let lines = help_lines(true, true);
        assert!(
            !lines
                .iter()
                .any(|l| matches!(l, HelpLine::Entry { what, .. } if what.contains("Quit")))
        );
        assert!(matches!(lines.first(), Some(HelpLine::Heading("Touch"))));
    }

    #[test]
    fn every_binding_appears_in_help() {
        let lines = help_lines(true, false);
        for binding in BINDINGS {
            assert!(
                lines
                    .iter()
                    .any(|l| matches!(l, HelpLine::Entry { what, .. } if *what == binding.help)),
                "{} missing from help",
                binding.help
            );
        }
    }

    #[test]
    fn help_explains_what_the_screen_shows() {
        for kiosk in [false, true] {
            let notes: String = help_lines(true, kiosk)
                .iter()
                .filter_map(|l| match l {
                    HelpLine::Note(n) => Some(*n),
                    _ => None,
                })
                .collect();
            for symbol in [
                "◀",
                "▸",
                "▾",
                "Underlined",
                "reverse colours",
                "box",
                "Page 2 of 3",
                "Match 2 of 7",
                "Worried about a symptom?",
                "Call 911 now",
            ] {
                assert!(
                    notes.contains(symbol),
                    "kiosk {kiosk}: {symbol} is not explained"
                );
            }
        }
    }
}
