//! The kiosk's touch bar: large buttons along the bottom of the screen,
//! each one a key of the keymap made big. Which buttons show in each
//! place, what kiosk help says about each, how tall the bar is and where
//! each button goes. Drawing (`ui::kiosk`), taps (`update`) and help all
//! read this one table; what a tap does is in `update::press`.
//!
//! Sizes: a button is at least [`MIN_BUTTON_WIDTH`] columns wide and one
//! line of buttons is [`button_height`] rows tall (an eighth of the
//! screen, 3 to 5 rows), so a finger finds it. When the buttons do not fit
//! across at that width they go on two lines, if the screen has the rows;
//! on a screen too small for that they shrink to their labels, and below
//! that the screen asks to be made larger. Any number of buttons is laid
//! out by the same rule, so one more (a language) fits as well.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::action::Action;
use super::keymap::KeyContext;
use crate::language::Language;
use crate::phrases::Phrases;

/// The narrowest a button is, where the screen allows.
pub const MIN_BUTTON_WIDTH: u16 = 8;
/// Rows of text the reader keeps above the bar (with its frame).
const MIN_READER_ROWS: u16 = 7;

/// One button: its label, and the key it stands for, named by the place
/// and the action of its binding in the keymap (`keymap::key_for`). The
/// label and what help says are message ids (`crate::phrases`): a
/// button's width follows its words in the language shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TouchButton {
    pub label: &'static str,
    pub place: KeyContext,
    pub action: Action,
    /// What kiosk help says the button does.
    pub what: &'static str,
}

const fn button(
    label: &'static str,
    place: KeyContext,
    action: Action,
    what: &'static str,
) -> TouchButton {
    TouchButton {
        label,
        place,
        action,
        what,
    }
}

pub const START: TouchButton = button(
    "touch-start-reading",
    KeyContext::Welcome,
    Action::Start,
    "touch-start-reading-about",
);
pub const BACK: TouchButton = button(
    "touch-back",
    KeyContext::Anywhere,
    Action::Back,
    "touch-back-about",
);
pub const CONTENTS: TouchButton = button(
    "touch-contents",
    KeyContext::Anywhere,
    Action::ToggleContents,
    "touch-contents-about",
);
pub const PAGE_BACK: TouchButton = button(
    "touch-page-back",
    KeyContext::Reader,
    Action::PreviousPage,
    "touch-page-back-about",
);
pub const PAGE_ON: TouchButton = button(
    "touch-page-on",
    KeyContext::Reader,
    Action::NextPage,
    "touch-page-on-about",
);
pub const A_TO_Z: TouchButton = button(
    "touch-a-to-z",
    KeyContext::Anywhere,
    Action::AToZ,
    "touch-a-to-z-about",
);
pub const HELP: TouchButton = button(
    "touch-help",
    KeyContext::Anywhere,
    Action::ToggleHelp,
    "touch-help-about",
);
pub const HELP_PAGE_BACK: TouchButton = button(
    "touch-page-back",
    KeyContext::Help,
    Action::PreviousPage,
    "touch-help-page-back-about",
);
pub const HELP_PAGE_ON: TouchButton = button(
    "touch-page-on",
    KeyContext::Help,
    Action::NextPage,
    "touch-help-page-on-about",
);
pub const CLOSE: TouchButton = button(
    "touch-close",
    KeyContext::Help,
    Action::Close,
    "touch-close-about",
);
pub const CANCEL: TouchButton = button(
    "touch-cancel",
    KeyContext::Pin,
    Action::Close,
    "touch-cancel-about",
);

/// The language buttons, each named in the language it switches to (the
/// same words in every language's file), so a person who reads only that
/// one finds it.
pub const TO_ENGLISH: TouchButton = button(
    "touch-to-english",
    KeyContext::Anywhere,
    Action::SwitchLanguage,
    "touch-to-english-about",
);
pub const TO_SPANISH: TouchButton = button(
    "touch-to-spanish",
    KeyContext::Anywhere,
    Action::SwitchLanguage,
    "touch-to-spanish-about",
);

/// The button that switches to `language`.
pub fn language_button(language: Language) -> TouchButton {
    match language {
        Language::English => TO_ENGLISH,
        Language::Spanish => TO_SPANISH,
    }
}

/// The buttons while reading, and over every list: the most the bar
/// shows, so its height is worked out from them.
pub const READING: &[TouchButton] = &[BACK, CONTENTS, PAGE_BACK, PAGE_ON, A_TO_Z, HELP];
/// On the welcome screen: a wide button to start, and the lists.
pub const WELCOME: &[TouchButton] = &[START, A_TO_Z, HELP];
/// While help is open: its pages, and Close where Help was.
pub const IN_HELP: &[TouchButton] = &[HELP_PAGE_BACK, HELP_PAGE_ON, CLOSE];
pub const AT_PIN: &[TouchButton] = &[CANCEL];

/// The buttons for the place the keys apply to (`AppState::key_context`).
pub fn buttons(place: KeyContext) -> &'static [TouchButton] {
    match place {
        KeyContext::Welcome => WELCOME,
        KeyContext::Help => IN_HELP,
        KeyContext::Pin => AT_PIN,
        _ => READING,
    }
}

/// The buttons for a place as shown in the bar `area`: [`buttons`], then,
/// when the guide comes in another language than `shown` (among
/// `languages`), the button for it, in every place but the staff PIN
/// prompt. On a screen too small for it whole, it is left out (the `L` key
/// and the welcome screen's button still switch) rather than any label
/// cut.
pub fn bar_buttons(
    place: KeyContext,
    shown: Language,
    languages: &[Language],
    area: Rect,
    words: &Phrases,
) -> Vec<TouchButton> {
    let mut all = buttons(place).to_vec();
    let next = shown.next();
    if place != KeyContext::Pin && next != shown && languages.contains(&next) {
        all.push(language_button(next));
        if arrangement(&all, area.width, area.height, words).is_none() {
            all.pop();
        }
    }
    all
}

/// Whether a button shows as pressed: Contents while the list is open.
pub fn is_on(button: &TouchButton, contents_open: bool) -> bool {
    button.action == Action::ToggleContents && contents_open
}

/// Rows of one line of buttons on a screen `height` rows tall: an eighth
/// of it, from 3 rows to 5.
pub fn button_height(height: u16) -> u16 {
    (height / 8).clamp(3, 5)
}

/// Columns a button's label needs with its frame, in `words`.
fn label_width(button: &TouchButton, words: &Phrases) -> u16 {
    u16::try_from(words.get(button.label).width() + 2).unwrap_or(u16::MAX)
}

/// Columns each button takes at the least: [`MIN_BUTTON_WIDTH`], or just
/// its label when `squeezed`.
fn least(button: &TouchButton, squeezed: bool, words: &Phrases) -> u16 {
    if squeezed {
        label_width(button, words)
    } else {
        label_width(button, words).max(MIN_BUTTON_WIDTH)
    }
}

/// The buttons on `lines` lines of `width` columns: on two, the first
/// line holds as many as fit (so the page buttons, near the front, stay
/// side by side) and the second the rest.
fn split<'b>(
    buttons: &'b [TouchButton],
    lines: usize,
    width: u16,
    squeezed: bool,
    words: &Phrases,
) -> Vec<&'b [TouchButton]> {
    if lines < 2 || buttons.len() < 2 {
        return vec![buttons];
    }
    let mut used = 0u16;
    let first = buttons
        .iter()
        .take_while(|b| {
            used = used.saturating_add(least(b, squeezed, words));
            used <= width
        })
        .count()
        .clamp(1, buttons.len() - 1);
    let (one, two) = buttons.split_at(first);
    vec![one, two]
}

fn fits(
    buttons: &[TouchButton],
    width: u16,
    lines: usize,
    squeezed: bool,
    words: &Phrases,
) -> bool {
    split(buttons, lines, width, squeezed, words)
        .iter()
        .all(|line| {
            line.iter()
                .fold(0u16, |sum, b| sum.saturating_add(least(b, squeezed, words)))
                <= width
        })
}

/// How the bar lays out `buttons` in `width` columns with `rows` rows:
/// the number of lines and whether buttons shrink to their labels. The
/// first that fits of: one line, two lines (when there are rows for two
/// buttons' height), then the same with buttons squeezed.
fn arrangement(
    buttons: &[TouchButton],
    width: u16,
    rows: u16,
    words: &Phrases,
) -> Option<(usize, bool)> {
    let two_lines = rows >= 2 * 3 && buttons.len() > 1;
    [(1, false), (2, false), (1, true), (2, true)]
        .into_iter()
        .filter(|&(lines, _)| lines == 1 || two_lines)
        .find(|&(lines, squeezed)| fits(buttons, width, lines, squeezed, words))
}

/// Rows of the touch bar on a `width` × `height` screen, the same in
/// every place so the page does not move when help or a list opens: one
/// line of [`READING`]'s buttons, or two when they do not fit across and
/// the reader keeps its rows. `None` when they cannot be shown whole.
pub fn bar_rows(width: u16, height: u16, words: &Phrases) -> Option<u16> {
    bar_rows_for(READING, width, height, words)
}

/// As [`bar_rows`] for the most buttons the bar shows: [`READING`]'s, and
/// with `languages`, a language button too, so the page does not move
/// when it shows; where that cannot be shown whole, as without it (the
/// language button is then left out, see [`bar_buttons`]).
pub fn bar_rows_with(languages: bool, width: u16, height: u16, words: &Phrases) -> Option<u16> {
    let mut most = READING.to_vec();
    if languages {
        // The wider of the two names, so either fits.
        let widest = [TO_ENGLISH, TO_SPANISH]
            .into_iter()
            .max_by_key(|b| words.get(b.label).width())
            .unwrap_or(TO_SPANISH);
        most.push(widest);
    }
    bar_rows_for(&most, width, height, words).or_else(|| bar_rows(width, height, words))
}

fn bar_rows_for(most: &[TouchButton], width: u16, height: u16, words: &Phrases) -> Option<u16> {
    let line = button_height(height);
    let room_for_two = height.saturating_sub(2 * line) >= MIN_READER_ROWS;
    let rows = if room_for_two { 2 * line } else { line };
    match arrangement(most, width, rows, words)? {
        (1, _) => Some(line),
        _ => Some(2 * line),
    }
}

/// Where each button goes in the bar `area`: buttons as wide as their
/// labels need (at least [`MIN_BUTTON_WIDTH`] where they fit), the columns
/// left over shared out equally, so no label is cut while the bar is as
/// wide as the labels. Buttons that fit on one line take the bar's whole
/// height.
pub fn placed<'b>(
    buttons: &'b [TouchButton],
    area: Rect,
    words: &Phrases,
) -> Vec<(Rect, &'b TouchButton)> {
    let Some((lines, squeezed)) = arrangement(buttons, area.width, area.height, words) else {
        // Too narrow even for the labels: the screen asks to be larger.
        return Vec::new();
    };
    let groups = split(buttons, lines, area.width, squeezed, words);
    let count = u16::try_from(groups.len()).unwrap_or(1).max(1);
    let line_height = area.height / count;
    let mut out = Vec::new();
    for (n, group) in groups.iter().enumerate() {
        let n = u16::try_from(n).unwrap_or(0);
        let y = area.y + n * line_height;
        let height = if n + 1 == count {
            area.bottom() - y
        } else {
            line_height
        };
        let needed: Vec<u16> = group.iter().map(|b| least(b, squeezed, words)).collect();
        let total = needed.iter().fold(0u16, |a, n| a.saturating_add(*n));
        let spare = area.width.saturating_sub(total) / u16::try_from(group.len()).unwrap_or(1);
        let mut x = area.x;
        for (i, (b, need)) in group.iter().zip(needed).enumerate() {
            let width = if i + 1 == group.len() {
                area.right().saturating_sub(x)
            } else {
                need.saturating_add(spare)
                    .min(area.right().saturating_sub(x))
            };
            out.push((Rect::new(x, y, width, height), b));
            x = x.saturating_add(width);
        }
    }
    out
}

/// The button at a tap, if any.
pub fn button_at(
    buttons: &[TouchButton],
    area: Rect,
    column: u16,
    row: u16,
    words: &Phrases,
) -> Option<TouchButton> {
    placed(buttons, area, words)
        .into_iter()
        .find(|(rect, _)| super::geometry::contains(*rect, column, row))
        .map(|(_, b)| *b)
}

#[cfg(test)]
mod tests;
