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
    pub fn heading(self) -> &'static str {
        match self {
            KeyContext::Anywhere => "Anywhere",
            KeyContext::Welcome => "Welcome screen",
            KeyContext::Reader => "Reading",
            KeyContext::Contents => "Contents list",
            KeyContext::Search => "Search",
            KeyContext::Glossary => "Glossary",
            KeyContext::Definition => "A word's meaning",
            KeyContext::Symptoms => "Symptom list",
            KeyContext::Help => "This help",
            KeyContext::Pin => "Staff PIN",
            KeyContext::Bookmarks => "Bookmarks",
            KeyContext::AToZ => "A to Z",
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
        "Start reading",
    ),
    bind(
        Welcome,
        &[key(KeyCode::Up, "↑"), key(KeyCode::Down, "↓")],
        Action::Down,
        "Choose: continue where you were, or start from the beginning",
    ),
    bind(
        Reader,
        &[
            key(KeyCode::Right, "→"),
            key(KeyCode::PageDown, "PgDn"),
            ch(' ', "Space"),
        ],
        Action::NextPage,
        "Next page",
    ),
    bind(
        Reader,
        &[
            key(KeyCode::Left, "←"),
            key(KeyCode::PageUp, "PgUp"),
            ch('b', "b"),
        ],
        Action::PreviousPage,
        "Previous page",
    ),
    bind(
        Reader,
        &[key(KeyCode::Down, "↓"), ch('j', "j")],
        Action::Down,
        "Down one line",
    ),
    bind(
        Reader,
        &[key(KeyCode::Up, "↑"), ch('k', "k")],
        Action::Up,
        "Up one line",
    ),
    bind(Reader, &[ch(']', "]")], Action::NextSection, "Next section"),
    bind(
        Reader,
        &[ch('[', "[")],
        Action::PreviousSection,
        "Previous section",
    ),
    bind(
        Reader,
        &[key(KeyCode::Home, "Home")],
        Action::First,
        "First page of the section",
    ),
    bind(
        Reader,
        &[key(KeyCode::End, "End")],
        Action::Last,
        "Last page of the section",
    ),
    bind(
        Contents,
        &[key(KeyCode::Down, "↓"), ch('j', "j")],
        Action::Down,
        "Next entry",
    ),
    bind(
        Contents,
        &[key(KeyCode::Up, "↑"), ch('k', "k")],
        Action::Up,
        "Previous entry",
    ),
    bind(
        Contents,
        &[key(KeyCode::Right, "→"), ch('l', "l")],
        Action::Expand,
        "Open a chapter",
    ),
    bind(
        Contents,
        &[key(KeyCode::Left, "←"), ch('h', "h")],
        Action::Collapse,
        "Close a chapter, or go up",
    ),
    bind(
        Contents,
        &[key(KeyCode::Enter, "Enter"), ch(' ', "Space")],
        Action::Activate,
        "Read the selected section",
    ),
    bind(
        Contents,
        &[key(KeyCode::Home, "Home")],
        Action::First,
        "First entry",
    ),
    bind(
        Contents,
        &[key(KeyCode::End, "End")],
        Action::Last,
        "Last entry",
    ),
    bind(
        Contents,
        &[key(KeyCode::PageDown, "PgDn")],
        Action::NextPage,
        "Down a screen",
    ),
    bind(
        Contents,
        &[key(KeyCode::PageUp, "PgUp")],
        Action::PreviousPage,
        "Up a screen",
    ),
    bind(
        Reader,
        &[key(KeyCode::Tab, "Tab")],
        Action::NextMark,
        "Next link or marked word",
    ),
    bind(
        Reader,
        &[
            key(KeyCode::BackTab, "Shift-Tab"),
            shift(KeyCode::BackTab, "Shift-Tab"),
        ],
        Action::PreviousMark,
        "Previous link or marked word",
    ),
    bind(
        Reader,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "Follow the link, or explain the word",
    ),
    bind(
        Reader,
        &[ch('n', "n")],
        Action::NextMatch,
        "Next place the search words appear",
    ),
    bind(
        Reader,
        &[ch('N', "N")],
        Action::PreviousMatch,
        "Previous place the search words appear",
    ),
    bind(
        Reader,
        &[ch('m', "m")],
        Action::MarkPage,
        "Bookmark this page",
    ),
    bind(
        Search,
        &[key(KeyCode::Down, "↓")],
        Action::Down,
        "Next result",
    ),
    bind(
        Search,
        &[key(KeyCode::Up, "↑")],
        Action::Up,
        "Previous result",
    ),
    bind(
        Search,
        &[key(KeyCode::Tab, "Tab")],
        Action::NextMark,
        "Next choice: a result, or \"Did you mean\", the symptom list or the glossary",
    ),
    bind(
        Search,
        &[
            key(KeyCode::BackTab, "Shift-Tab"),
            shift(KeyCode::BackTab, "Shift-Tab"),
        ],
        Action::PreviousMark,
        "Previous choice",
    ),
    bind(
        Search,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "Open the result at the page it is on, or the choice",
    ),
    bind(
        Search,
        &[key(KeyCode::Backspace, "Backspace")],
        Action::Erase,
        "Delete a letter",
    ),
    bind(
        Search,
        &[key(KeyCode::Esc, "Esc")],
        Action::Close,
        "Close search and clear the marks",
    ),
    bind(
        Glossary,
        &[key(KeyCode::Down, "↓")],
        Action::Down,
        "Next word",
    ),
    bind(
        Glossary,
        &[key(KeyCode::Up, "↑")],
        Action::Up,
        "Previous word",
    ),
    bind(
        Glossary,
        &[key(KeyCode::PageDown, "PgDn")],
        Action::NextPage,
        "Down a screen",
    ),
    bind(
        Glossary,
        &[key(KeyCode::PageUp, "PgUp")],
        Action::PreviousPage,
        "Up a screen",
    ),
    bind(
        Glossary,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "Show what the word means",
    ),
    bind(
        Glossary,
        &[key(KeyCode::Backspace, "Backspace")],
        Action::Erase,
        "Delete a letter of the filter",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::Down, "↓")],
        Action::Down,
        "Next symptom",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::Up, "↑")],
        Action::Up,
        "Previous symptom",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::PageDown, "PgDn")],
        Action::NextPage,
        "Down a screen",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::PageUp, "PgUp")],
        Action::PreviousPage,
        "Up a screen",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "Read about the symptom",
    ),
    bind(
        Symptoms,
        &[key(KeyCode::Backspace, "Backspace")],
        Action::Erase,
        "Delete a letter of the filter",
    ),
    bind(
        Help,
        &[key(KeyCode::Down, "↓"), ch('j', "j")],
        Action::Down,
        "Down one line",
    ),
    bind(
        Help,
        &[key(KeyCode::Up, "↑"), ch('k', "k")],
        Action::Up,
        "Up one line",
    ),
    bind(
        Help,
        &[key(KeyCode::PageDown, "PgDn"), ch(' ', "Space")],
        Action::NextPage,
        "Down a screen",
    ),
    bind(
        Help,
        &[key(KeyCode::PageUp, "PgUp"), ch('b', "b")],
        Action::PreviousPage,
        "Up a screen",
    ),
    bind(
        Help,
        &[key(KeyCode::Home, "Home")],
        Action::First,
        "The top",
    ),
    bind(Help, &[key(KeyCode::End, "End")], Action::Last, "The end"),
    bind(
        Help,
        &[
            key(KeyCode::Esc, "Esc"),
            ch('?', "?"),
            key(KeyCode::F(1), "F1"),
        ],
        Action::Close,
        "Close help",
    ),
    bind(
        Definition,
        &[key(KeyCode::Tab, "Tab"), key(KeyCode::Down, "↓")],
        Action::NextMark,
        "Next related section",
    ),
    bind(
        Definition,
        &[
            key(KeyCode::BackTab, "Shift-Tab"),
            shift(KeyCode::BackTab, "Shift-Tab"),
            key(KeyCode::Up, "↑"),
        ],
        Action::PreviousMark,
        "Previous related section",
    ),
    bind(
        Definition,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "Read the related section",
    ),
    bind(
        Bookmarks,
        &[key(KeyCode::Down, "↓")],
        Action::Down,
        "Next bookmark",
    ),
    bind(
        Bookmarks,
        &[key(KeyCode::Up, "↑")],
        Action::Up,
        "Previous bookmark",
    ),
    bind(
        Bookmarks,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "Open the bookmark",
    ),
    bind(
        Bookmarks,
        &[ch('d', "d"), key(KeyCode::Delete, "Delete")],
        Action::Remove,
        "Delete the bookmark",
    ),
    bind(
        AToZ,
        &[key(KeyCode::Down, "↓"), key(KeyCode::Tab, "Tab")],
        Action::Down,
        "The next list",
    ),
    bind(
        AToZ,
        &[
            key(KeyCode::Up, "↑"),
            key(KeyCode::BackTab, "Shift-Tab"),
            shift(KeyCode::BackTab, "Shift-Tab"),
        ],
        Action::Up,
        "The list before",
    ),
    bind(
        AToZ,
        &[key(KeyCode::Enter, "Enter")],
        Action::Activate,
        "Open the chosen list",
    ),
    bind(
        Anywhere,
        &[ch('/', "/")],
        Action::Search,
        "Search the whole guide",
    ),
    bind(
        Anywhere,
        &[ch('g', "g")],
        Action::Glossary,
        "Glossary: words and what they mean",
    ),
    bind(
        Anywhere,
        &[ch('s', "s")],
        Action::Symptoms,
        "Worried about a symptom? Symptoms in everyday words",
    ),
    bind(
        Anywhere,
        &[ch('L', "L")],
        Action::SwitchLanguage,
        "Español / English: read the guide in the other language",
    ),
    bind(
        Anywhere,
        &[ch('a', "a")],
        Action::AToZ,
        "A to Z: choose the symptom list or the glossary",
    ),
    bind(
        Anywhere,
        &[
            key(KeyCode::Backspace, "Backspace"),
            alt(KeyCode::Left, "Alt-←"),
        ],
        Action::Back,
        "Back to where you were",
    ),
    bind(
        Anywhere,
        &[alt(KeyCode::Right, "Alt-→")],
        Action::Forward,
        "Forward again",
    ),
    bind(
        Anywhere,
        &[ch('\'', "'")],
        Action::ListBookmarks,
        "Your bookmarks (m adds one)",
    ),
    bind(
        Anywhere,
        &[ch('c', "c")],
        Action::ToggleContents,
        "Contents: go to the list and back",
    ),
    bind(
        Anywhere,
        &[ch('t', "t")],
        Action::SwitchTheme,
        "Colours: dark, light or high contrast, in turn",
    ),
    bind(
        Anywhere,
        &[ch('?', "?"), key(KeyCode::F(1), "F1")],
        Action::ToggleHelp,
        "Help (this screen)",
    ),
    bind(
        Anywhere,
        &[key(KeyCode::Esc, "Esc")],
        Action::Close,
        "Close what is open",
    ),
    bind(Anywhere, &[ch('q', "q")], Action::Quit, "Quit"),
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
