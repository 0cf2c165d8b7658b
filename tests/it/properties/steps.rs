//! Steps: what happens between two frames of a random run, and how
//! they are made: terminal events (keys the guide knows and random ones,
//! clicks and the wheel anywhere, resizes from 0×0 to 500×200, pastes),
//! actions given straight to `update`, the clock, the staff chord, typed
//! PINs and reloads.

use immunoguide::app::Action;
use immunoguide::app::keymap::BINDINGS;
use proptest::prelude::*;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};

#[derive(Debug, Clone)]
pub enum Step {
    /// A terminal event, mapped to an action the way the event loop does.
    Input(Event),
    /// An action given straight to `update` (interactive runs only): every
    /// action, including ones no key makes in the current place.
    Act(Action),
    /// The clock moves on this many seconds and the loop wakes with a tick.
    Tick(u16),
    /// The clock moves on with no tick (the loop was busy elsewhere).
    Wait(u16),
    /// The staff key chord (Ctrl+Alt+S, Ctrl+Alt+T) as two key events.
    Staff,
    /// Characters typed as key presses, then Enter: a wrong PIN.
    Typed(String),
    /// Staff edited the guide and the kiosk swapped in this one (an index
    /// into `guides()`), as the event loop does with a valid reload.
    Reload(usize),
}

fn known_keys() -> Vec<(KeyCode, KeyModifiers)> {
    let mut keys: Vec<(KeyCode, KeyModifiers)> = BINDINGS
        .iter()
        .flat_map(|b| b.keys.iter().map(|k| (k.code, k.modifiers)))
        .collect();
    let ctrl_alt = KeyModifiers::CONTROL | KeyModifiers::ALT;
    keys.extend([
        (KeyCode::Char('c'), KeyModifiers::CONTROL),
        (KeyCode::Char('z'), KeyModifiers::CONTROL),
        (KeyCode::Char('d'), KeyModifiers::CONTROL),
        (KeyCode::Char('\\'), KeyModifiers::CONTROL),
        (KeyCode::Char('s'), ctrl_alt),
        (KeyCode::Char('t'), ctrl_alt),
        (KeyCode::F(4), KeyModifiers::ALT),
    ]);
    keys
}

fn any_key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        4 => any::<char>().prop_map(KeyCode::Char),
        1 => (0u8..=30).prop_map(KeyCode::F),
        3 => prop::sample::select(vec![
            KeyCode::Backspace,
            KeyCode::Enter,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Delete,
            KeyCode::Insert,
            KeyCode::Esc,
            KeyCode::Null,
            KeyCode::CapsLock,
            KeyCode::ScrollLock,
            KeyCode::NumLock,
            KeyCode::PrintScreen,
            KeyCode::Pause,
            KeyCode::Menu,
            KeyCode::KeypadBegin,
        ]),
    ]
}

fn key_kind() -> impl Strategy<Value = KeyEventKind> {
    prop_oneof![
        8 => Just(KeyEventKind::Press),
        1 => Just(KeyEventKind::Repeat),
        1 => Just(KeyEventKind::Release),
    ]
}

fn key_event() -> impl Strategy<Value = Event> {
    let known = prop::sample::select(known_keys());
    let random = (
        any_key_code(),
        (0u8..=0b11_1111).prop_map(KeyModifiers::from_bits_truncate),
    );
    (prop_oneof![3 => known, 2 => random], key_kind()).prop_map(|((code, modifiers), kind)| {
        Event::Key(KeyEvent {
            code,
            modifiers,
            kind,
            state: KeyEventState::NONE,
        })
    })
}

/// Columns and rows anywhere: on a normal screen, past a big one, and
/// at the far end of the range a terminal can report.
fn place() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        6 => (0u16..120, 0u16..50),
        2 => (0u16..=600, 0u16..=250),
        1 => any::<(u16, u16)>(),
    ]
}

fn mouse_event() -> impl Strategy<Value = Event> {
    let button = prop::sample::select(vec![
        MouseButton::Left,
        MouseButton::Right,
        MouseButton::Middle,
    ]);
    let kind = prop_oneof![
        5 => Just(MouseEventKind::Down(MouseButton::Left)),
        3 => Just(MouseEventKind::ScrollDown),
        3 => Just(MouseEventKind::ScrollUp),
        1 => button.clone().prop_map(MouseEventKind::Down),
        1 => button.clone().prop_map(MouseEventKind::Up),
        1 => button.prop_map(MouseEventKind::Drag),
        1 => Just(MouseEventKind::Moved),
        1 => Just(MouseEventKind::ScrollLeft),
        1 => Just(MouseEventKind::ScrollRight),
    ];
    (
        kind,
        place(),
        (0u8..=0b111).prop_map(KeyModifiers::from_bits_truncate),
    )
        .prop_map(|(kind, (column, row), modifiers)| {
            Event::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers,
            })
        })
}

/// Sizes a terminal can have: the extremes, the edges of each layout,
/// and anything in between.
pub fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        3 => prop::sample::select(vec![
            (0, 0),
            (1, 1),
            (500, 200),
            (29, 8),
            (30, 7),
            (30, 8),
            (39, 10),
            (40, 10),
            (69, 24),
            (70, 24),
            (80, 24),
            (120, 40),
            (300, 3),
            (3, 120),
        ]),
        2 => (0u16..=300, 0u16..=120),
    ]
}

fn action() -> impl Strategy<Value = Action> {
    let plain = prop::sample::select(vec![
        Action::Start,
        Action::Quit,
        Action::ToggleHelp,
        Action::Close,
        Action::ToggleContents,
        Action::Up,
        Action::Down,
        Action::NextPage,
        Action::PreviousPage,
        Action::NextSection,
        Action::PreviousSection,
        Action::First,
        Action::Last,
        Action::Collapse,
        Action::Expand,
        Action::Activate,
        Action::Search,
        Action::Glossary,
        Action::Back,
        Action::Forward,
        Action::NextMark,
        Action::PreviousMark,
        Action::NextMatch,
        Action::PreviousMatch,
        Action::Erase,
        Action::Tick,
        Action::StaffStep,
        Action::Nothing,
    ]);
    prop_oneof![
        6 => plain,
        2 => typed_char().prop_map(Action::Type),
        1 => size().prop_map(|(width, height)| Action::Resize { width, height }),
        2 => place().prop_map(|(column, row)| Action::Click { column, row }),
        1 => place().prop_map(|(column, row)| Action::ScrollUp { column, row }),
        1 => place().prop_map(|(column, row)| Action::ScrollDown { column, row }),
    ]
}

/// Characters people (and stuck keys) type: words that are in the guide,
/// any character at all, and the awkward ones.
fn typed_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select("aeiounrstlcmpdhgk TCIR-'".chars().collect::<Vec<_>>()),
        2 => any::<char>(),
        1 => prop::sample::select(vec![
            '\u{1b}', '\u{7}', '\u{0}', '\u{7f}', '\u{9b}', '\u{202e}', '\u{2066}', '\u{200d}',
            '\u{301}', '免', '疫', '👨', '❤', '\u{fe0f}', 'é', '\t', '\n', '\r',
        ]),
    ]
}

pub fn step(kiosk: bool) -> BoxedStrategy<Step> {
    let typed =
        prop::collection::vec(typed_char(), 0..8).prop_map(|cs| cs.into_iter().collect::<String>());
    let input = prop_oneof![
        12 => key_event(),
        6 => mouse_event(),
        2 => size().prop_map(|(w, h)| Event::Resize(w, h)),
        1 => ".{0,40}".prop_map(Event::Paste),
        1 => any::<bool>().prop_map(|gained| if gained { Event::FocusGained } else { Event::FocusLost }),
    ];
    let clock = prop_oneof![
        3 => 0u16..5,
        2 => 5u16..120,
        1 => 120u16..4000,
    ];
    if kiosk {
        prop_oneof![
            20 => input.prop_map(Step::Input),
            4 => clock.clone().prop_map(Step::Tick),
            1 => clock.prop_map(Step::Wait),
            1 => Just(Step::Staff),
            1 => typed.prop_map(Step::Typed),
            // Mostly the example and the example with a chapter added in
            // the middle: the same ids at other places.
            1 => prop_oneof![4 => 1..3usize, 1 => Just(0usize)].prop_map(Step::Reload),
        ]
        .boxed()
    } else {
        prop_oneof![
            14 => input.prop_map(Step::Input),
            8 => action().prop_map(Step::Act),
            1 => clock.prop_map(Step::Tick),
            1 => typed.prop_map(Step::Typed),
        ]
        .boxed()
    }
}

pub fn steps(kiosk: bool, most: usize) -> impl Strategy<Value = Vec<Step>> {
    prop::collection::vec(step(kiosk), 0..=most)
}
