//! Keys as data: which key does what, where. The help screen is made from
//! this table, so it is never out of date.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyContext {
    Anywhere,
    Welcome,
    Reader,
    Contents,
    /// The search box and its results.
    Search,
    /// The glossary list with its filter box.
    Glossary,
    /// A definition shown in a popup.
    Definition,
    /// The symptom list with its filter box.
    Symptoms,
    /// The help screen.
    Help,
    /// The staff PIN prompt in kiosk mode.
    Pin,
    /// The list of bookmarks.
    Bookmarks,
    /// The A to Z chooser: the symptom list or the glossary.
    AToZ,
}

impl KeyContext {
    /// The heading of the place's keys in help (a message id).
    pub fn heading(self) -> &'static str {
        match self {
            KeyContext::Anywhere => "keys-anywhere",
            KeyContext::Welcome => "keys-welcome",
            KeyContext::Reader => "keys-reader",
            KeyContext::Contents => "keys-contents",
            KeyContext::Search => "keys-search",
            KeyContext::Glossary => "keys-glossary",
            KeyContext::Definition => "keys-definition",
            KeyContext::Symptoms => "keys-symptoms",
            KeyContext::Help => "keys-help",
            KeyContext::Pin => "keys-pin",
            KeyContext::Bookmarks => "keys-bookmarks",
            KeyContext::AToZ => "keys-a-to-z",
        }
    }

    /// Places with a box to type into: letters are text there, not keys.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            KeyContext::Search | KeyContext::Glossary | KeyContext::Symptoms | KeyContext::Pin
        )
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
    /// How the key is written in help.
    pub label: &'static str,
}

const fn key(code: KeyCode, label: &'static str) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
        label,
    }
}

const fn alt(code: KeyCode, label: &'static str) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::ALT,
        label,
    }
}

const fn shift(code: KeyCode, label: &'static str) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::SHIFT,
        label,
    }
}

const fn ch(c: char, label: &'static str) -> Key {
    key(KeyCode::Char(c), label)
}

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub place: KeyContext,
    pub keys: &'static [Key],
    pub action: Action,
    /// What the keys do, for help: a message id (`crate::phrases`).
    pub help: &'static str,
}

const fn bind(
    place: KeyContext,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        place,
        keys,
        action,
        help,
    }
}

use KeyContext::{
    AToZ, Anywhere, Bookmarks, Contents, Definition, Glossary, Help, Reader, Search, Symptoms,
    Welcome,
};

/// Every key the guide answers to. Order is the order shown in help; a
/// binding's first key is the one the status bar's hints show.
pub const BINDINGS: &[Binding] = &[
    bind(
        Welcome,
        &[key(KeyCode::Enter, "Enter"), ch(' ', "Space")],
        Action::Start,
        "key-start-reading",
    ),
    bind(
        Welcome,
        &[key(KeyCode::Up, "↑"), key(KeyCode::Down, "↓")],
        Action::Down,
        "key-welcome-choose",
    ),
    bind(
        Reader,
        &[
            key(KeyCode::Right, "→"),
            key(KeyCode::PageDown, "PgDn"),
            ch(' ', "Space"),
        ],
        Action::NextPage,
        "key-next-page",
    ),
    bind(
        Reader,
        &[
            key(KeyCode::Left, "←"),
            key(KeyCode::PageUp, "PgUp"),
            ch('b', "b"),
        ],
        Action::PreviousPage,
        "key-previous-page",
    ),
    bind(
        Reader,
        &[key(KeyCode::Down, "↓"), ch('j', "j")],
        Action::Down,
        "key-line-down",
    ),
    bind(
        Reader,
        &[key(KeyCode::Up, "↑"), ch('k', "k")],
        Action::Up,
        "key-line-up",
    ),
    bind(
        Reader,
        &[ch(']', "]")],
        Action::NextSection,
        "key-next-section",
    ),
    bind(
        Reader,
        &[ch('[', "[")],
        Action::PreviousSection,
        "key-previous-section",
    ),
    bind(
        Reader,
        &[key(KeyCode::Home, "Home")],
        Action::First,
        "key-first-page",
    ),
    bind(
        Reader,
        &[key(KeyCode::End, "End")],
        Action::Last,
        "key-last-page",
    ),
    bind(
        Contents,
        &[key(KeyCode::Down, "↓"), ch('j', "j")],
        Action::Down,
        "key-next-entry",
    ),
    bind(
        Contents,
        &[key(KeyCode::Up, "↑"), ch('k', "k")],
        Action::Up,
        "key-previous-entry",
    ),
    bind(
        Contents,
        &[key(KeyCode::Right, "→"), ch('l', "l")],
        Action::Expand,
        "key-open-chapter",
    ),
    bind(
        Contents,
        &[key(KeyCode::Left, "←"), ch('h', "h")],
        Action::Collapse,
        "key-close-chapter",
    ),
    bind(
        Contents,
        &[key(KeyCode::Enter, "Enter"), ch(' ', "Space")],
        Action::Activate,
        "key-read-selected",
    ),
    bind(
        Contents,
        &[key(KeyCode::Home, "Home")],
        Action::First,
        "key-first-entry",
    ),
    bind(
        Contents,
        &[key(KeyCode::End, "End")],
        Action::Last,
        "key-last-entry",
    ),
    bind(
        Contents,
        &[key(KeyCode::PageDown, "PgDn")],
        Action::NextPage,
        "key-screen-down",
    ),
    bind(
        Contents,
        &[key(KeyCode::PageUp, "PgUp")],
        Action::PreviousPage,
        "key-screen-up",
    ),
    bind(
        Reader,
        &[key(KeyCode::Tab, "Tab")],
        Action::NextMark,
        "key-next-link",
    ),
    bind(
        Reader,
        &[
            key(KeyCode::BackTab, "Shift-Tab"),
            shift(KeyCode::BackTab, "Shift-Tab"),
        ],
        Action::PreviousMark,
        "key-previous-link",
    ),
    bind(
        Reader,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "key-follow-link",
    ),
    bind(Reader, &[ch('n', "n")], Action::NextMatch, "key-next-match"),
    bind(
        Reader,
        &[ch('N', "N")],
        Action::PreviousMatch,
        "key-previous-match",
    ),
    bind(
        Reader,
        &[ch('m', "m")],
        Action::MarkPage,
        "key-bookmark-page",
    ),
    bind(
        Search,
        &[key(KeyCode::Down, "↓")],
        Action::Down,
        "key-next-result",
    ),
    bind(
        Search,
        &[key(KeyCode::Up, "↑")],
        Action::Up,
        "key-previous-result",
    ),
    bind(
        Search,
        &[key(KeyCode::Tab, "Tab")],
        Action::NextMark,
        "key-next-choice",
    ),
    bind(
        Search,
        &[
            key(KeyCode::BackTab, "Shift-Tab"),
            shift(KeyCode::BackTab, "Shift-Tab"),
        ],
        Action::PreviousMark,
        "key-previous-choice",
    ),
    bind(
        Search,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "key-open-result",
    ),
    bind(
        Search,
        &[key(KeyCode::Backspace, "Backspace")],
        Action::Erase,
        "key-delete-letter",
    ),
    bind(
        Search,
        &[key(KeyCode::Esc, "Esc")],
        Action::Close,
        "key-close-search",
    ),
    bind(
        Glossary,
        &[key(KeyCode::Down, "↓")],
        Action::Down,
        "key-next-word",
    ),
    bind(
        Glossary,
        &[key(KeyCode::Up, "↑")],
        Action::Up,
        "key-previous-word",
    ),
    bind(
        Glossary,
        &[key(KeyCode::PageDown, "PgDn")],
        Action::NextPage,
        "key-screen-down",
    ),
    bind(
        Glossary,
        &[key(KeyCode::PageUp, "PgUp")],
        Action::PreviousPage,
        "key-screen-up",
    ),
    bind(
        Glossary,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "key-show-meaning",
    ),
    bind(
        Glossary,
        &[key(KeyCode::Backspace, "Backspace")],
        Action::Erase,
        "key-delete-filter-letter",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::Down, "↓")],
        Action::Down,
        "key-next-symptom",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::Up, "↑")],
        Action::Up,
        "key-previous-symptom",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::PageDown, "PgDn")],
        Action::NextPage,
        "key-screen-down",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::PageUp, "PgUp")],
        Action::PreviousPage,
        "key-screen-up",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "key-read-symptom",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::Backspace, "Backspace")],
        Action::Erase,
        "key-delete-filter-letter",
    ),
    bind(
        Help,
        &[key(KeyCode::Down, "↓"), ch('j', "j")],
        Action::Down,
        "key-line-down",
    ),
    bind(
        Help,
        &[key(KeyCode::Up, "↑"), ch('k', "k")],
        Action::Up,
        "key-line-up",
    ),
    bind(
        Help,
        &[key(KeyCode::PageDown, "PgDn"), ch(' ', "Space")],
        Action::NextPage,
        "key-screen-down",
    ),
    bind(
        Help,
        &[key(KeyCode::PageUp, "PgUp"), ch('b', "b")],
        Action::PreviousPage,
        "key-screen-up",
    ),
    bind(
        Help,
        &[key(KeyCode::Home, "Home")],
        Action::First,
        "key-help-top",
    ),
    bind(
        Help,
        &[key(KeyCode::End, "End")],
        Action::Last,
        "key-help-end",
    ),
    bind(
        Help,
        &[
            key(KeyCode::Esc, "Esc"),
            ch('?', "?"),
            key(KeyCode::F(1), "F1"),
        ],
        Action::Close,
        "key-close-help",
    ),
    bind(
        Definition,
        &[key(KeyCode::Tab, "Tab"), key(KeyCode::Down, "↓")],
        Action::NextMark,
        "key-next-related",
    ),
    bind(
        Definition,
        &[
            key(KeyCode::BackTab, "Shift-Tab"),
            shift(KeyCode::BackTab, "Shift-Tab"),
            key(KeyCode::Up, "↑"),
        ],
        Action::PreviousMark,
        "key-previous-related",
    ),
    bind(
        Definition,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "key-read-related",
    ),
    bind(
        Bookmarks,
        &[key(KeyCode::Down, "↓")],
        Action::Down,
        "key-next-bookmark",
    ),
    bind(
        Bookmarks,
        &[key(KeyCode::Up, "↑")],
        Action::Up,
        "key-previous-bookmark",
    ),
    bind(
        Bookmarks,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "key-open-bookmark",
    ),
    bind(
        Bookmarks,
        &[ch('d', "d"), key(KeyCode::Delete, "Delete")],
        Action::Remove,
        "key-delete-bookmark",
    ),
    bind(
        AToZ,
        &[key(KeyCode::Down, "↓"), key(KeyCode::Tab, "Tab")],
        Action::Down,
        "key-next-list",
    ),
    bind(
        AToZ,
        &[
            key(KeyCode::Up, "↑"),
            key(KeyCode::BackTab, "Shift-Tab"),
            shift(KeyCode::BackTab, "Shift-Tab"),
        ],
        Action::Up,
        "key-previous-list",
    ),
    bind(
        AToZ,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "key-open-list",
    ),
    bind(Anywhere, &[ch('/', "/")], Action::Search, "key-search"),
    bind(Anywhere, &[ch('g', "g")], Action::Glossary, "key-glossary"),
    bind(Anywhere, &[ch('s', "s")], Action::Symptoms, "key-symptoms"),
    bind(Anywhere, &[ch('a', "a")], Action::AToZ, "key-a-to-z"),
    bind(
        Anywhere,
        &[ch('L', "L")],
        Action::SwitchLanguage,
        "key-language",
    ),
    bind(
        Anywhere,
        &[
            key(KeyCode::Backspace, "Backspace"),
            alt(KeyCode::Left, "Alt-←"),
        ],
        Action::Back,
        "key-back",
    ),
    bind(
        Anywhere,
        &[alt(KeyCode::Right, "Alt-→")],
        Action::Forward,
        "key-forward",
    ),
    bind(
        Anywhere,
        &[ch('\'', "'")],
        Action::ListBookmarks,
        "key-bookmarks",
    ),
    bind(
        Anywhere,
        &[ch('c', "c")],
        Action::ToggleContents,
        "key-contents",
    ),
    bind(
        Anywhere,
        &[ch('t', "t")],
        Action::SwitchTheme,
        "key-colours",
    ),
    bind(
        Anywhere,
        &[ch('?', "?"), key(KeyCode::F(1), "F1")],
        Action::ToggleHelp,
        "key-help",
    ),
    bind(
        Anywhere,
        &[key(KeyCode::Esc, "Esc")],
        Action::Close,
        "key-close",
    ),
    bind(Anywhere, &[ch('q', "q")], Action::Quit, "key-quit"),
];

/// Whether a binding means anything at a kiosk, which keeps nothing of a
/// visitor and cannot be quit: its help leaves the others out.
pub fn for_kiosk(binding: &Binding) -> bool {
    !(matches!(
        binding.action,
        Action::Quit | Action::MarkPage | Action::ListBookmarks | Action::SwitchTheme
    ) || binding.place == KeyContext::Bookmarks
        || (binding.place == KeyContext::Welcome && binding.action == Action::Down))
}

/// The action for a key press in a place, if any. Key releases and
/// repeats from terminals that report them are ignored, so one press is
/// one action. A character that is no key in a place is
/// [`Action::Type`] there too, so the person can be told to press `/`
/// before typing words.
pub fn action_for(event: &KeyEvent, place: KeyContext) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    if event.modifiers.contains(KeyModifiers::CONTROL) && event.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    if place.takes_text()
        && let KeyCode::Char(c) = event.code
        && !event
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return Some(Action::Type(c));
    }
    // Shift is part of characters like '?', so it is not compared for them.
    let modifiers = match event.code {
        KeyCode::Char(_) => event.modifiers - KeyModifiers::SHIFT,
        _ => event.modifiers,
    };
    let matches = |b: &&Binding| {
        b.keys
            .iter()
            .any(|k| k.code == event.code && k.modifiers == modifiers)
    };
    let bound = BINDINGS
        .iter()
        .filter(|b| b.place == place)
        .find(matches)
        .or_else(|| {
            BINDINGS
                .iter()
                .filter(|b| b.place == KeyContext::Anywhere)
                .find(matches)
        })
        .map(|b| b.action);
    match (bound, event.code) {
        (None, KeyCode::Char(c))
            if !event
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Type(c))
        }
        (bound, _) => bound,
    }
}

/// The key that does `action` in `place`, as the keymap reads it: the
/// first key of a binding there (or anywhere) that is not taken by
/// another binding of the place first, nor typed into its box. What a
/// status hint shows and what a touch button stands for are found here,
/// so neither can drift from the keys.
pub fn key_for(place: KeyContext, action: Action) -> Option<&'static Key> {
    let here = BINDINGS.iter().filter(|b| b.place == place);
    let anywhere = BINDINGS.iter().filter(|b| b.place == KeyContext::Anywhere);
    here.chain(anywhere)
        .filter(|b| b.action == action)
        .flat_map(|b| b.keys.iter())
        .find(|k| action_for(&KeyEvent::new(k.code, k.modifiers), place) == Some(action))
}

/// A bound letter that is still taken as typing: after a letter that is
/// no key, the next letters are words being typed without `/` first
/// ("cough": the `g` must not open the glossary), until another key.
pub fn still_typing(event: &KeyEvent, place: KeyContext) -> Option<Action> {
    match event.code {
        KeyCode::Char(c)
            if event.kind == KeyEventKind::Press
                && c.is_alphabetic()
                && !place.takes_text()
                && !event
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Type(c))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
