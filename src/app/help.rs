//! The help screen: what the screen shows (the symbols, underlines, boxes
//! and page counter), how search and the symptom list work, then every key
//! in a table made from the keymap, so it always matches what the keys
//! really do. Where the box goes and how its lines wrap are worked out
//! here, for drawing, scrolling and clicks alike.

use std::borrow::Cow;

use ratatui::layout::Rect;

use super::action::Action;
use super::keymap::{BINDINGS, KeyContext};
use super::state::AppState;
use super::touch;
use crate::phrases::Phrases;

/// A line of help, in the words shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine<'w> {
    Heading(Cow<'w, str>),
    Entry { keys: String, what: Cow<'w, str> },
    Note(Cow<'w, str>),
    Blank,
}

// Help's notes, by message id (`crate::phrases`).

/// What a person sees, explained: for everyone, kiosk or not.
const THE_SCREEN: &[&str] = &[
    "help-screen-current-section",
    "help-screen-chapters",
    "help-screen-links",
    "help-screen-glossary-words",
    "help-screen-search-marks",
    BOXES,
    "help-screen-pages",
    "help-screen-reviewed",
];

/// Callouts as boxes, explained.
const BOXES: &str = "help-screen-boxes";

/// Callouts in the linear mode (`--plain`), which draws no boxes.
const IN_WORDS: &str = "help-screen-callouts-in-words";

/// Not at a kiosk, whose colours are the staff's choice (app/looks.rs).
const CHANGING_COLOURS: &str = "help-screen-colours";

const SEARCHING: &[&str] = &[
    "help-search-typing",
    "help-search-results",
    "help-search-no-answer",
];

const SYMPTOMS: &[&str] = &["help-symptoms-open", "help-symptoms-labels"];

/// At a kiosk, how to use the screen by touch, after the buttons.
const TAPPING: &[&str] = &[
    "help-tap-contents",
    "help-tap-words",
    "help-tap-swipe",
    "help-tap-help",
];

const MOUSE: &[&str] = &[
    "help-mouse-contents",
    "help-mouse-chapters",
    "help-mouse-wheel",
    "help-mouse-hints",
    "help-mouse-help-halves",
    "help-mouse-select",
];

/// The heading above the buttons in kiosk help.
const BUTTONS: &str = "help-heading-buttons";

/// Help for a person at their own terminal, or (`kiosk`) for a visitor at
/// a kiosk: a touch page, each button with what it does (from the touch
/// bar's own table, so the two agree), how to tap, then what the screen
/// shows and, last, the keys for a kiosk with a keyboard. No quit key.
/// In the words of `words`.
pub fn help_lines<'w>(mouse: bool, kiosk: bool, words: &'w Phrases) -> Vec<HelpLine<'w>> {
    let mut lines = Vec::new();
    let part = |lines: &mut Vec<HelpLine<'w>>, heading: &str, notes: &[&str]| {
        lines.push(HelpLine::Heading(words.get(heading)));
        lines.extend(notes.iter().map(|n| HelpLine::Note(words.get(n))));
    };
    if kiosk {
        lines.push(HelpLine::Heading(words.get(BUTTONS)));
        for button in touch::READING {
            lines.push(HelpLine::Entry {
                keys: words.get(button.label).into_owned(),
                what: words.get(button.what),
            });
        }
        lines.push(HelpLine::Blank);
        part(&mut lines, "help-heading-tapping", TAPPING);
        lines.push(HelpLine::Blank);
    }
    for (heading, notes) in [
        ("help-heading-screen", THE_SCREEN),
        ("help-heading-searching", SEARCHING),
        ("help-heading-symptoms", SYMPTOMS),
    ] {
        part(&mut lines, heading, notes);
        if !kiosk && notes == THE_SCREEN {
            lines.push(HelpLine::Note(words.get(CHANGING_COLOURS)));
        }
        lines.push(HelpLine::Blank);
    }
    lines.push(HelpLine::Heading(words.get(if kiosk {
        "help-heading-keys-kiosk"
    } else {
        "help-heading-keys"
    })));
    for place in [
        KeyContext::Reader,
        KeyContext::Contents,
        KeyContext::Search,
        KeyContext::Glossary,
        KeyContext::Symptoms,
        KeyContext::Definition,
        KeyContext::AToZ,
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
        lines.push(HelpLine::Heading(words.get(place.heading())));
        for binding in BINDINGS
            .iter()
            .filter(|b| b.place == place && (!kiosk || super::keymap::for_kiosk(b)))
        {
            let mut keys: Vec<&str> = binding.keys.iter().map(|k| k.label).collect();
            keys.dedup();
            lines.push(HelpLine::Entry {
                keys: keys.join(" "),
                what: words.get(binding.help),
            });
        }
    }
    if kiosk {
        return lines;
    }
    lines.push(HelpLine::Blank);
    if mouse {
        part(&mut lines, "help-heading-mouse", MOUSE);
    } else {
        part(&mut lines, "help-heading-mouse", &["help-mouse-off"]);
    }
    lines
}

/// One row of help as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpRow {
    Heading(String),
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
pub fn help_rows(lines: &[HelpLine<'_>], width: usize) -> Vec<HelpRow> {
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
            HelpLine::Heading(h) => rows.push(HelpRow::Heading(h.to_string())),
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

/// Help as this reader sees it: [`help_lines`], and at a kiosk whose
/// guide comes in another language, its language button too, after the
/// others, as the bar shows it.
fn lines_for<'w>(state: &AppState, words: &'w Phrases) -> Vec<HelpLine<'w>> {
    let kiosk = state.kiosk.is_some();
    let mut lines = help_lines(state.mouse, kiosk, words);
    let next = state.language.next();
    if kiosk && next != state.language && state.languages.contains(&next) {
        let button = touch::language_button(next);
        let after = lines
            .iter()
            .position(|l| matches!(l, HelpLine::Blank))
            .unwrap_or(lines.len());
        lines.insert(
            after,
            HelpLine::Entry {
                keys: words.get(button.label).into_owned(),
                what: words.get(button.what),
            },
        );
    }
    lines
}

/// The label of the Close button in help's border, with a space either
/// side; at a kiosk, where the touch bar has a large one too, without the
/// key.
pub fn close_label(state: &AppState) -> String {
    let id = if state.kiosk.is_some() {
        "help-close-kiosk"
    } else {
        "help-close"
    };
    format!(" {} ", state.phrases().get(id))
}

pub fn help_view(state: &AppState) -> HelpView {
    let plan = state.plan();
    let area = Rect::new(0, 0, plan.area.width, plan.status.y);
    // In the linear mode, help is a screen of its own.
    let width = if plan.linear {
        area.width
    } else {
        area.width.saturating_sub(4).min(64)
    };
    let words = state.phrases();
    let mut lines = lines_for(state, words);
    if plan.linear {
        let boxes = HelpLine::Note(words.get(BOXES));
        for line in &mut lines {
            if *line == boxes {
                *line = HelpLine::Note(words.get(IN_WORDS));
            }
        }
    }
    let rows = help_rows(&lines, usize::from(width.saturating_sub(2)));
    let height = if plan.linear {
        area.height
    } else {
        u16::try_from(rows.len() + 2)
            .unwrap_or(u16::MAX)
            .min(area.height)
    };
    let outer = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    let visible = usize::from(height.saturating_sub(2));
    let max_scroll = rows.len().saturating_sub(visible);
    // In the bottom border, one column in from its right corner.
    let label = u16::try_from(close_label(state).chars().count())
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
        _ if state.kiosk.is_some() => {
            state.tell("notice-close-puts-help-away");
            at
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
        let words = Phrases::default();
        let lines = help_lines(true, true, &words);
        assert!(
            !lines
                .iter()
                .any(|l| matches!(l, HelpLine::Entry { what, .. } if what.contains("Quit")))
        );
        assert!(matches!(lines.first(), Some(HelpLine::Heading(h)) if *h == words.get(BUTTONS)));
        // The same key list without the kiosk does have it.
        assert!(
            help_lines(true, false, &words)
                .iter()
                .any(|l| matches!(l, HelpLine::Entry { what, .. } if what == "Quit"))
        );
    }

    #[test]
    fn every_binding_appears_in_help_in_every_language() {
        for language in crate::language::Language::ALL {
            let words = Phrases::built_in(language.code());
            let lines = help_lines(true, false, &words);
            for binding in BINDINGS {
                let what = words.get(binding.help);
                assert_ne!(
                    what, binding.help,
                    "{language:?}: no words for {}",
                    binding.help
                );
                assert!(
                    lines
                        .iter()
                        .any(|l| matches!(l, HelpLine::Entry { what: w, .. } if *w == what)),
                    "{language:?}: {what} missing from help"
                );
            }
        }
    }

    #[test]
    fn help_explains_what_the_screen_shows() {
        let words = Phrases::default();
        for kiosk in [false, true] {
            let notes: String = help_lines(true, kiosk, &words)
                .iter()
                .filter_map(|l| match l {
                    HelpLine::Note(n) => Some(n.as_ref()),
                    _ => None,
                })
                .collect();
            for symbol in [
                "◀",
                "▸",
                "▾",
                "→",
                "bold and underlined",
                "underlined only",
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
