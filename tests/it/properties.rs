//! Random input never breaks the guide. Sequences of up to a few hundred
//! terminal events (every key the guide knows and random ones, clicks and
//! the wheel anywhere, resizes down to 0×0 and up to 500×200, the clock)
//! go through the same path the event loop uses (`kiosk_action`, then
//! `update`), in interactive and kiosk mode, and every state is drawn into
//! a test terminal. After every event:
//!
//! - nothing panicked;
//! - the section being read exists, and the page shown is a real page;
//! - back and forward remember at most 100 places each;
//! - the kiosk has not quit (its PIN cannot be typed by the generator),
//!   and at the end of every kiosk run the staff PIN still gets out;
//! - the frame is sound: no cell holds a control character, and every
//!   wide character is followed by its empty second cell.
//!
//! Also here: bounded versions of the two fuzz targets in `fuzz/` (the
//! loader and the body markup), and the soak run, which is ignored by
//! default:
//!
//! ```text
//! cargo test --release --test properties -- --ignored soak --nocapture
//! ```
//!
//! `PROPTEST_CASES` raises the number of cases (64 by default; 32 for the
//! fuzz-like properties).

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use crate::support::{example_files, frame_problems};
use immunoguide::app::keymap::BINDINGS;
use immunoguide::app::kiosk_mode::{KioskMode, kiosk_action};
use immunoguide::app::marks::{Target, page_marks};
use immunoguide::app::overlay::Overlay;
use immunoguide::app::reload::replace_guide;
use immunoguide::app::{Action, AppState, update};
use immunoguide::content::InMemory;
use immunoguide::content::markup::parse_body;
use immunoguide::content::problem::SourceText;
use immunoguide::content::{Embedded, Guide, GuideFiles, fields::Text, load};
use immunoguide::kiosk::config::KioskConfig;
use immunoguide::kiosk::pin::hash_pin;
use immunoguide::layout;
use immunoguide::ui::{self, Theme};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{RngSeed, TestRunner};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};
use unicode_width::UnicodeWidthStr;

/// The staff PIN of the kiosk runs. The generator never types an `8`, so
/// it can never type the PIN by chance: the kiosk must never quit during
/// a run, and must quit when the staff type it at the end.
const PIN: &str = "2468";
const HISTORY_CAP: usize = 100;

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// A fixed seed, so CI runs the same cases every time and a failure
/// reproduces; `PROPTEST_RNG_SEED=<number>` explores other cases.
const SEED: u64 = 20_261_122;

fn config(default_cases: u32) -> ProptestConfig {
    let base = ProptestConfig::default();
    let rng_seed = if std::env::var_os("PROPTEST_RNG_SEED").is_some() {
        base.rng_seed
    } else {
        RngSeed::Fixed(SEED)
    };
    ProptestConfig {
        cases: cases(default_cases),
        rng_seed,
        // Failures are kept as named regression tests in this file, not
        // in a proptest-regressions folder.
        failure_persistence: None,
        max_shrink_iters: 4096,
        ..base
    }
}

// ---------------------------------------------------------------------------
// The guides the runs read.

/// The built-in guide, the documented example, and the example with a
/// chapter of CJK, emoji, ZWJ sequences and combining accents.
fn guides() -> &'static [Arc<Guide>] {
    static GUIDES: OnceLock<Vec<Arc<Guide>>> = OnceLock::new();
    GUIDES.get_or_init(|| {
        let builtin = load(&Embedded).expect("the built-in guide loads");
        let example = load(&example_files()).expect("the example guide loads");
        let unicode = load(&unicode_files()).expect("the unicode guide loads");
        vec![Arc::new(builtin), Arc::new(example), Arc::new(unicode)]
    })
}

fn unicode_files() -> InMemory {
    let mut files = example_files();
    let manifest = files.0["guide.toml"].replace(
        "chapters = [\"basics.toml\", \"care.toml\"]",
        "chapters = [\"basics.toml\", \"hostile.toml\", \"care.toml\"]",
    );
    files.0.insert("guide.toml".into(), manifest);
    files.0.insert(
        "hostile.toml".into(),
        include_str!("../fixtures/hostile/unicode.toml").into(),
    );
    files
}

fn pin_hash() -> String {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| hash_pin(PIN).expect("hash the test PIN"))
        .clone()
}

fn kiosk_config(with_pin: bool) -> Arc<KioskConfig> {
    Arc::new(KioskConfig {
        pin_hash: with_pin.then(pin_hash),
        ..KioskConfig::default()
    })
}

// ---------------------------------------------------------------------------
// Steps: what happens between two frames.

#[derive(Debug, Clone)]
enum Step {
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
fn size() -> impl Strategy<Value = (u16, u16)> {
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

fn step(kiosk: bool) -> BoxedStrategy<Step> {
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

fn steps(kiosk: bool, most: usize) -> impl Strategy<Value = Vec<Step>> {
    prop::collection::vec(step(kiosk), 0..=most)
}

// ---------------------------------------------------------------------------
// Running steps, checking every state and every frame.

struct Run {
    state: AppState,
    terminal: Terminal<TestBackend>,
    theme: Theme,
    now: Instant,
    kiosk: bool,
    frames: usize,
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

impl Run {
    fn new(
        guide: Arc<Guide>,
        (width, height): (u16, u16),
        kiosk: Option<Arc<KioskConfig>>,
        theme: Theme,
    ) -> Run {
        let now = Instant::now();
        let mut state = AppState::new(guide, width, height);
        if let Some(config) = kiosk.clone() {
            state.kiosk = Some(KioskMode::new(config, now));
            state.prepare();
        }
        let terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
        Run {
            state,
            terminal,
            theme,
            now,
            kiosk: kiosk.is_some(),
            frames: 0,
        }
    }

    /// One terminal event, as the event loop handles it. In kiosk runs an
    /// `8` becomes a `9`, so the PIN can never be typed by chance.
    fn input(&mut self, event: &Event) {
        let event = match event {
            Event::Key(k) if self.kiosk && k.code == KeyCode::Char('8') => Event::Key(KeyEvent {
                code: KeyCode::Char('9'),
                ..*k
            }),
            other => other.clone(),
        };
        if let Some(action) = kiosk_action(&event, &self.state) {
            update(&mut self.state, action, self.now);
        }
    }

    fn step(&mut self, step: &Step) {
        match step {
            Step::Input(event) => self.input(event),
            Step::Act(action) => update(&mut self.state, *action, self.now),
            Step::Tick(seconds) => {
                self.now += Duration::from_secs(u64::from(*seconds));
                update(&mut self.state, Action::Tick, self.now);
            }
            Step::Wait(seconds) => self.now += Duration::from_secs(u64::from(*seconds)),
            Step::Staff => {
                let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
                self.input(&key(KeyCode::Char('s'), both));
                self.input(&key(KeyCode::Char('t'), both));
            }
            Step::Typed(text) => {
                for c in text.chars() {
                    self.input(&key(KeyCode::Char(c), KeyModifiers::NONE));
                }
                self.input(&key(KeyCode::Enter, KeyModifiers::NONE));
            }
            Step::Reload(index) => {
                let guide = Arc::clone(&guides()[index % guides().len()]);
                replace_guide(&mut self.state, guide);
            }
        }
        if !self.kiosk && self.state.quit {
            // The event loop would stop here; carry on, to test more.
            self.state.quit = false;
        }
    }

    /// Every invariant of the state, and of the frame drawn from it.
    fn check(&mut self) -> Result<(), String> {
        let state = &self.state;
        let guide = &state.guide;
        let section = state.position.section;
        if guide.section(section).is_none() {
            return Err(format!(
                "the section being read ({section}) does not exist; the guide has {}",
                guide.sections.len()
            ));
        }
        let (page, pages) = state.page();
        if page == 0 || page > pages {
            return Err(format!("page {page} of {pages}"));
        }
        let layout = state.layout_for_drawing();
        if state.position.top > 0 && state.position.top >= layout.lines.len() {
            return Err(format!(
                "the reader shows line {} of a section {} lines long at text width {}: a blank page (\"Page {page} of {pages}\")",
                state.position.top,
                layout.lines.len(),
                state.plan().text.width
            ));
        }
        let (back, forward) = state.history.len();
        if back > HISTORY_CAP || forward > HISTORY_CAP {
            return Err(format!("history holds {back} back and {forward} forward"));
        }
        if state.contents.selected >= guide.sections.len() {
            return Err(format!(
                "the contents select entry {} of {}",
                state.contents.selected,
                guide.sections.len()
            ));
        }
        match &state.overlay {
            Some(Overlay::Search(s)) if !s.hits.is_empty() && s.selected >= s.hits.len() => {
                return Err(format!("search result {} of {}", s.selected, s.hits.len()));
            }
            Some(Overlay::Glossary(g)) if !g.shown.is_empty() && g.selected >= g.shown.len() => {
                return Err(format!("glossary word {} of {}", g.selected, g.shown.len()));
            }
            _ => {}
        }
        // The links and glossary words Tab and clicks follow are the ones
        // on the page shown, in the guide shown.
        let plan = state.plan();
        let fresh = page_marks(
            guide,
            &state.terms,
            &layout.lines,
            state.position.top,
            usize::from(plan.text.height),
        );
        if state.marks != fresh {
            return Err(format!(
                "the marks on the page are not the page's: {:?}, but the page has {:?}",
                state.marks, fresh
            ));
        }
        if self.kiosk && state.quit {
            return Err("the kiosk quit without the staff PIN".into());
        }
        if let Some(prompt) = state.kiosk.as_ref().and_then(|k| k.prompt.as_ref())
            && prompt.dots() > 64
        {
            return Err(format!("the PIN prompt holds {} characters", prompt.dots()));
        }
        self.draw()
    }

    fn draw(&mut self) -> Result<(), String> {
        let (width, height) = (self.state.width, self.state.height);
        let size = self.terminal.backend().buffer().area;
        if (size.width, size.height) != (width, height) {
            self.terminal.backend_mut().resize(width, height);
        }
        let state = &self.state;
        let theme = self.theme;
        let frame = self
            .terminal
            .draw(|frame| ui::draw(frame, state, &theme))
            .map_err(|e| format!("drawing failed: {e}"))?;
        self.frames += 1;
        let area = frame.buffer.area;
        if (area.x, area.y, area.width, area.height) != (0, 0, width, height) {
            return Err(format!(
                "the frame is {area:?}, but the terminal is {width}x{height}"
            ));
        }
        let problems = frame_problems(frame.buffer);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "the frame at {width}x{height} is not sound:\n  {}\n{}",
                problems.join("\n  "),
                screen_text(frame.buffer)
            ))
        }
    }

    /// At the end of a kiosk run: whatever the visitors left open, staff
    /// can still leave with the PIN (after waiting out any lock).
    fn staff_leave(&mut self) -> Result<(), String> {
        self.now += Duration::from_secs(61);
        // A key to wake the kiosk (it may be counting down), Esc to close
        // a PIN prompt left open, then the chord and the PIN.
        self.input(&key(KeyCode::F(12), KeyModifiers::NONE));
        if self
            .state
            .kiosk
            .as_ref()
            .is_some_and(|k| k.prompt.is_some())
        {
            self.input(&key(KeyCode::Esc, KeyModifiers::NONE));
        }
        self.step(&Step::Staff);
        for c in PIN.chars() {
            if let Some(action) =
                kiosk_action(&key(KeyCode::Char(c), KeyModifiers::NONE), &self.state)
            {
                update(&mut self.state, action, self.now);
            }
        }
        self.input(&key(KeyCode::Enter, KeyModifiers::NONE));
        if self.state.quit {
            Ok(())
        } else {
            Err(format!(
                "the staff PIN did not leave the kiosk: {:?}",
                self.state.kiosk
            ))
        }
    }
}

fn screen_text(buffer: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height.min(60) {
        out.push('|');
        out.push_str(&crate::support::cells_text(
            buffer,
            y,
            0,
            buffer.area.width.min(200),
        ));
        out.push('\n');
    }
    out
}

fn run_steps(run: &mut Run, steps: &[Step]) -> Result<(), TestCaseError> {
    run.check()
        .map_err(|e| TestCaseError::fail(format!("before any step: {e}")))?;
    for (i, step) in steps.iter().enumerate() {
        run.step(step);
        run.check().map_err(|e| {
            TestCaseError::fail(format!(
                "after step {i} ({step:?}) of {}, at {}x{}: {e}",
                steps.len(),
                run.state.width,
                run.state.height
            ))
        })?;
    }
    Ok(())
}

/// Every look: each theme, with colours and under NO_COLOR.
fn theme() -> impl Strategy<Value = Theme> {
    prop_oneof![
        Just(Theme::PLAIN),
        Just(Theme::STANDARD),
        Just(Theme::HIGH_CONTRAST),
        Just(Theme {
            color: false,
            ..Theme::HIGH_CONTRAST
        }),
    ]
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn random_input_never_breaks_the_reader(
        guide in 0..3usize,
        start in size(),
        theme in theme(),
        steps in steps(false, 200),
    ) {
        let mut run = Run::new(Arc::clone(&guides()[guide]), start, None, theme);
        run_steps(&mut run, &steps)?;
    }

    #[test]
    fn random_input_never_breaks_the_kiosk_nor_lets_the_public_out(
        guide in 0..3usize,
        start in size(),
        theme in theme(),
        steps in steps(true, 200),
    ) {
        let mut run = Run::new(Arc::clone(&guides()[guide]), start, Some(kiosk_config(true)), theme);
        run_steps(&mut run, &steps)?;
        run.staff_leave().map_err(TestCaseError::fail)?;
    }
}

// ---------------------------------------------------------------------------
// Bounded versions of the fuzz targets in fuzz/fuzz_targets.

/// The guide's files in the order the fuzz loader target fills them.
const FILE_NAMES: [&str; 5] = [
    "guide.toml",
    "sources.toml",
    "glossary.toml",
    "basics.toml",
    "care.toml",
];

/// Guide files from fuzz input, the way fuzz/fuzz_targets/loader.rs makes
/// them: the input split at the record separator (0x1E) into up to five
/// files; a file the input does not give is the documented example's.
fn files_from_bytes(data: &[u8]) -> InMemory {
    let mut files = example_files();
    for (name, part) in FILE_NAMES.iter().zip(data.split(|&b| b == 0x1e)) {
        files.0.insert(
            (*name).to_string(),
            String::from_utf8_lossy(part).into_owned(),
        );
    }
    files
}

/// Mutations of a real guide file: bytes overwritten, inserted, removed.
fn mutated(original: String) -> impl Strategy<Value = Vec<u8>> {
    let len = original.len().max(1);
    let edit = (
        0..len,
        prop_oneof![
            3 => any::<u8>().prop_map(|b| vec![b]),
            2 => prop::sample::select(vec![
                b"\"".to_vec(), b"\"\"\"".to_vec(), b"[[section]]\n".to_vec(), b"[[section.section]]\n".to_vec(),
                b"\n".to_vec(), b"\r\n".to_vec(), b"=".to_vec(), b"\\u001b".to_vec(), b"\x1b]52;c;x\x07".to_vec(),
                b"\xef\xbb\xbf".to_vec(), b"\xff".to_vec(), b"- ".to_vec(), b"> [!NOTE]\n> ".to_vec(),
                b"**".to_vec(), b"[x](#care)".to_vec(), b"\x00".to_vec(), "免疫👨\u{200d}👩".as_bytes().to_vec(),
            ]),
            1 => Just(Vec::new()),
        ],
        0..4usize,
    );
    prop::collection::vec(edit, 1..8).prop_map(move |edits| {
        let mut bytes = original.clone().into_bytes();
        for (at, insert, remove) in edits {
            let at = at.min(bytes.len());
            let end = (at + remove).min(bytes.len());
            bytes.splice(at..end, insert);
        }
        bytes
    })
}

fn loader_input() -> impl Strategy<Value = Vec<u8>> {
    let files = example_files();
    let pick = prop::sample::select(FILE_NAMES.to_vec());
    prop_oneof![
        // One file of the example mutated, the others intact.
        4 => pick.prop_flat_map(move |name| {
            let index = FILE_NAMES.iter().position(|n| *n == name).unwrap_or(0);
            let originals: Vec<String> = FILE_NAMES.iter().map(|n| files.0[*n].clone()).collect();
            mutated(originals[index].clone()).prop_map(move |m| {
                let mut parts: Vec<Vec<u8>> = originals.iter().map(|s| s.clone().into_bytes()).collect();
                parts[index] = m;
                parts.join(&0x1e)
            })
        }),
        // Anything at all.
        1 => prop::collection::vec(any::<u8>(), 0..600),
    ]
}

/// What the loader fuzz target checks: loading never panics; every
/// problem points inside its file with a message free of control
/// characters; a guide that loads can be laid out.
fn check_loader_input(data: &[u8]) -> Result<(), String> {
    let files = files_from_bytes(data);
    match load(&files) {
        Ok(guide) => {
            for index in 0..guide.sections.len() {
                for width in [1u16, 26, 80] {
                    layout::section(&guide, index, width);
                }
            }
            Ok(())
        }
        Err(problems) => {
            if problems.is_empty() {
                return Err("the load failed with no problem reported".into());
            }
            for p in &problems {
                let text = files.read(&p.file).ok();
                if let Some(text) = text {
                    let lines = text.split('\n').count();
                    if p.line == 0 || p.line > lines || p.column == 0 {
                        return Err(format!("{p} points outside its file ({lines} lines)"));
                    }
                }
                if let Some(c) = p
                    .message
                    .chars()
                    .find(|&c| crate::support::is_hidden_char(c) && c != '\n')
                {
                    return Err(format!(
                        "the message of {}:{}:{} holds the control character U+{:04X}, which would reach the staff's terminal: {:?}",
                        p.file,
                        p.line,
                        p.column,
                        u32::from(c),
                        p.message
                    ));
                }
            }
            Ok(())
        }
    }
}

/// A chapter whose body is `body`, written as a TOML basic string.
fn chapter_with_body(body: &str) -> String {
    let mut quoted = String::from("\"");
    for c in body.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                quoted.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    format!(
        "id = \"care\"\ntitle = \"Getting care\"\nbody = {quoted}\nsources = [\"nci-immunotherapy\"]\nreviewed = 2026-11-01\n\n[[section]]\nid = \"questions\"\ntitle = \"Questions\"\nbody = \"Ask.\"\nsources = [\"nci-immunotherapy\"]\nreviewed = 2026-11-01\n"
    )
}

/// The narrowest text column the reader ever lays out (a 30-column
/// terminal: the reader's frame and margins take four columns).
const NARROWEST_TEXT: u16 = 26;

/// What the markup fuzz target checks: any body parses without a panic
/// and lays out at every width; a body that loads never makes a line wider
/// than the text column, from the narrowest the reader uses up.
fn check_markup_input(body: &str) -> Result<(), String> {
    // Straight through the markup parser, problems or not.
    let toml = chapter_with_body(body);
    let file = SourceText::new("care.toml", toml.clone());
    let start = toml.find("body = ").map_or(0, |i| i + 7);
    let end = toml[start..]
        .find("\nsources")
        .map_or(toml.len(), |i| start + i);
    let text = Text {
        value: body.to_string(),
        span: start..end,
    };
    let mut problems = Vec::new();
    let mut links = Vec::new();
    let parsed = parse_body(&file, &text, &mut problems, &mut links);
    for width in [0u16, 1, 2, 5, 26, 80, 200] {
        layout::body(&parsed, width);
    }
    // And through the loader, as a real chapter.
    let mut files = example_files();
    files.0.insert("care.toml".into(), toml);
    if let Ok(guide) = load(&files) {
        let index = guide.section_index("care").ok_or("no care section")?;
        for width in [NARROWEST_TEXT, 40, 80] {
            let laid = layout::section(&guide, index, width);
            for line in &laid.lines {
                let text = line.text();
                if text.width() > usize::from(width) {
                    return Err(format!(
                        "at text width {width} a line is {} columns wide, so its end is cut off: {text:?}",
                        text.width()
                    ));
                }
            }
        }
    }
    Ok(())
}

fn markup_input() -> impl Strategy<Value = String> {
    let pieces = pieces_again();
    // Lists inside lists, written the short way ("- - - x").
    let nested = (1usize..24).prop_map(|n| format!("{}x y z\n\n", "- ".repeat(n)));
    prop_oneof![
        4 => prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat()),
        1 => (prop::collection::vec(pieces_again(), 0..10), nested)
            .prop_map(|(p, n)| format!("{}\n\n{n}", p.concat())),
        1 => ".{0,200}",
    ]
}

/// Pieces of markup, valid and not.
fn pieces_again() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "word ",
        "words and more words ",
        "\n",
        "\n\n",
        "- ",
        "  - ",
        "1. ",
        "3) ",
        "> ",
        "> [!NOTE]\n",
        "> [!WARNING]\n> ",
        "**",
        "*",
        "_",
        "[link](#basics)",
        "[web](https://x.org)",
        "#",
        "`",
        "```",
        "<b>",
        "---\n",
        "| a | b |\n|---|---|\n",
        "\\",
        "免疫療法 ",
        "👨\u{200d}👩\u{200d}👧 ",
        "❤\u{fe0f} ",
        "e\u{301} ",
        "\u{200d}",
        "\t",
        "    ",
        "verylongwordwithoutanyspacesatallthatgoesonandon ",
    ])
}

proptest! {
    #![proptest_config(config(32))]

    #[test]
    fn fuzz_loader_bounded(data in loader_input()) {
        check_loader_input(&data).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn fuzz_markup_bounded(body in markup_input()) {
        check_markup_input(&body).map_err(TestCaseError::fail)?;
    }
}

// ---------------------------------------------------------------------------
// Regressions: sequences the properties found, kept as plain tests.

/// The loader fuzz seeds in fuzz/seeds/loader pass the same checks.
#[test]
fn loader_seed_corpus_passes() {
    let files = example_files();
    let joined: Vec<Vec<u8>> = FILE_NAMES
        .iter()
        .map(|n| files.0[*n].clone().into_bytes())
        .collect();
    check_loader_input(&joined.join(&0x1e)).unwrap_or_else(|e| panic!("{e}"));
    check_loader_input(b"").unwrap_or_else(|e| panic!("{e}"));
}

/// Found by the kiosk property once reloads were among its steps: staff
/// add a chapter while a visitor reads "Immune cells", whose page links to
/// "Getting care". The reload keeps the reader on the same page, but the
/// link still pointed at the old place of "Getting care" (index 4, now the
/// new chapter): Tab and Enter on "care" opened the wrong chapter.
#[test]
fn links_on_the_page_follow_the_guide_after_a_reload() {
    let mut run = Run::new(
        Arc::clone(&guides()[1]),
        (70, 15),
        Some(kiosk_config(false)),
        Theme::PLAIN,
    );
    crate::support::open(&mut run.state, "immune-cells");
    run.check()
        .unwrap_or_else(|e| panic!("before the reload: {e}"));
    run.step(&Step::Reload(2));
    let guide = Arc::clone(&run.state.guide);
    assert_eq!(
        guide.sections[run.state.position.section].id, "immune-cells",
        "the reader stays on the section"
    );
    run.check()
        .unwrap_or_else(|e| panic!("after the reload: {e}"));
    // Tab to the link, Enter: "Getting care", in the new guide.
    let care = guide.section_index("care").expect("care");
    for _ in 0..run.state.marks.len() {
        run.step(&Step::Input(key(KeyCode::Tab, KeyModifiers::NONE)));
        let focused = run.state.focused_mark.map(|i| run.state.marks[i].target);
        if matches!(focused, Some(Target::Section(_))) {
            break;
        }
    }
    run.step(&Step::Input(key(KeyCode::Enter, KeyModifiers::NONE)));
    assert_eq!(
        run.state.position.section, care,
        "the link to #care opened {:?}",
        guide.sections[run.state.position.section].title
    );
}

/// Lists written inside lists ("- - - - x") indent two columns a level
/// with no limit: fourteen levels deep, a line at the narrowest text column
/// (26) is wider than the column and its end is cut off; twenty levels
/// deep the words start past the edge and none of them is shown.
#[test]
fn deeply_nested_lists_stay_inside_the_text_column() {
    for depth in [12, 14, 20, 40] {
        let body = format!("{}Fever, rash or cough.\n", "- ".repeat(depth));
        check_markup_input(&body).unwrap_or_else(|e| panic!("{depth} levels: {e}"));
    }
}

/// Found by `random_input_never_breaks_the_reader`: the glossary's
/// definition box opens over the contents list, and its left border lands
/// on the second cell of 疫 in the entry "• 免疫療法 ❤️ Café". The frame
/// then holds half a wide character: a terminal draws 疫 over the border
/// or blanks it, and the next frame's changes land one column off.
#[test]
fn a_popup_never_covers_half_of_a_wide_character() {
    let mut run = Run::new(Arc::clone(&guides()[2]), (76, 8), None, Theme::PLAIN);
    let steps = [
        Step::Input(key(KeyCode::Enter, KeyModifiers::NONE)),
        Step::Input(key(KeyCode::Char(']'), KeyModifiers::NONE)),
        Step::Typed("g".into()),
    ];
    for step in &steps {
        run.step(step);
        run.check()
            .unwrap_or_else(|e| panic!("after {step:?}: {e}"));
    }
}

/// Found by the reader invariant "the page shown is a real page": a
/// person reads page 3 of a section in a narrow window, follows a link,
/// makes the window wide, and presses Back. History kept the old line
/// number (34), but at the new width the section is 27 lines long: the
/// page is blank and the status says "Page 1 of 1". Back (and Forward)
/// must land on the page holding the words that were shown.
#[test]
fn back_after_a_resize_shows_a_real_page() {
    let mut run = Run::new(Arc::clone(&guides()[0]), (40, 20), None, Theme::PLAIN);
    let steps = [
        Action::Start,
        Action::NextPage,
        Action::NextPage,
        Action::NextPage,
        Action::ToggleContents,
        Action::Down,
        Action::Activate,
        Action::Resize {
            width: 300,
            height: 100,
        },
        Action::Back,
        Action::Resize {
            width: 40,
            height: 20,
        },
        Action::Forward,
        Action::Resize {
            width: 300,
            height: 100,
        },
        Action::Back,
    ];
    for action in steps {
        run.step(&Step::Act(action));
        run.check()
            .unwrap_or_else(|e| panic!("after {action:?}: {e}"));
    }
}

// ---------------------------------------------------------------------------
// The soak: a million events, memory flat after warm-up.

fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// What one soak run saw.
struct Soak {
    mode: &'static str,
    warm_kib: u64,
    end_kib: u64,
    took: Duration,
    /// Invariants broken, by kind: how often, and the first time.
    broken: Vec<(String, usize, String)>,
}

/// The kind of a broken invariant: its message with the numbers taken
/// out, so one bug met a thousand times is one line of the report.
fn kind_of(error: &str) -> String {
    let first = error.lines().nth(1).unwrap_or(error);
    let first = if first.trim().is_empty() {
        error
    } else {
        first
    };
    first
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .take(90)
        .collect::<String>()
        .trim()
        .to_string()
}

fn soak_mode(kiosk: bool, total: usize, warm_up: usize) -> Soak {
    let mut runner = TestRunner::deterministic();
    let strategy = step(kiosk);
    // The built-in guide, as a waiting room shows it. No PIN hash in the
    // kiosk soak: every PIN is wrong at once instead of after argon2's
    // deliberate ~50 ms, so a million events stay minutes, not hours.
    let config = kiosk.then(|| kiosk_config(false));
    let mut run = Run::new(Arc::clone(&guides()[0]), (80, 24), config, Theme::STANDARD);
    let started = Instant::now();
    let mut warm_kib = 0;
    let mut seen: HashMap<&'static str, usize> = HashMap::new();
    let mut broken: Vec<(String, usize, String)> = Vec::new();
    let mut note = |i: usize, step: &Step, error: String| {
        let kind = kind_of(&error);
        match broken.iter_mut().find(|(k, _, _)| *k == kind) {
            Some((_, count, _)) => *count += 1,
            None => broken.push((kind, 1, format!("step {i} ({step:?}): {error}"))),
        }
    };
    let measure = Step::Input(Event::Resize(80, 24));
    for i in 0..total {
        if i == warm_up {
            // Measure at one ordinary size, so the test terminal's own
            // buffers are the same size both times.
            run.step(&measure);
            if let Err(e) = run.check() {
                note(i, &measure, e);
            }
            warm_kib = rss_kib();
        }
        let step = strategy
            .new_tree(&mut runner)
            .expect("a random step")
            .current();
        *seen
            .entry(match &step {
                Step::Input(Event::Key(_)) => "key",
                Step::Input(Event::Mouse(_)) => "mouse",
                Step::Input(Event::Resize(..)) => "resize",
                Step::Input(_) => "other input",
                Step::Act(_) => "action",
                Step::Tick(_) | Step::Wait(_) => "clock",
                Step::Staff => "staff chord",
                Step::Reload(_) => "reload",
                Step::Typed(_) => "typed",
            })
            .or_default() += 1;
        run.step(&step);
        if let Err(e) = run.check() {
            note(i, &step, e);
        }
    }
    run.step(&measure);
    if let Err(e) = run.check() {
        note(total, &measure, e);
    }
    let end_kib = rss_kib();
    let mode = if kiosk { "kiosk" } else { "interactive" };
    eprintln!(
        "soak {mode}: {total} events, {} frames, in {:.1?}; steps {seen:?}",
        run.frames,
        started.elapsed()
    );
    Soak {
        mode,
        warm_kib,
        end_kib,
        took: started.elapsed(),
        broken,
    }
}

/// A million random events in each mode, through `update` and a real
/// render, with every invariant checked after each one. Broken invariants
/// are counted and reported at the end rather than stopping the run, so
/// the memory figures come out even while a bug is open.
#[test]
#[ignore = "a million events: run with --release --ignored soak"]
fn soak_a_million_events_keeps_memory_flat() {
    let total: usize = std::env::var("SOAK_EVENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let warm_up = (total / 10).min(100_000);
    let tolerance_kib = 8 * 1024;
    let mut failures = Vec::new();
    for kiosk in [false, true] {
        let soak = soak_mode(kiosk, total, warm_up);
        let Soak {
            mode,
            warm_kib,
            end_kib,
            took,
            broken,
        } = soak;
        eprintln!(
            "soak {mode}: VmRSS {warm_kib} KiB after {warm_up} events, {end_kib} KiB after {total} ({:+} KiB), {took:.1?}",
            i128::from(end_kib) - i128::from(warm_kib)
        );
        if end_kib > warm_kib + tolerance_kib {
            failures.push(format!(
                "{mode}: memory grew from {warm_kib} KiB to {end_kib} KiB, more than {tolerance_kib} KiB after warm-up"
            ));
        }
        for (kind, count, first) in broken {
            eprintln!(
                "soak {mode}: broken {count} times: {kind}\n  first at {}",
                first.lines().next().unwrap_or("")
            );
            failures.push(format!("{mode}: {count} times: {first}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The welcome screen is where the disclaimer ("this guide does not
/// replace your care team") and the emergency note are shown. At every
/// size the reader is drawn at (interactive from 30×8, kiosk from 40×10),
/// it shows the disclaimer, the emergency note and the start button whole,
/// or, if they cannot all fit, asks for a larger window. Never a part cut
/// off mid-sentence, nor a start button cut mid-word.
#[test]
fn the_welcome_screen_shows_its_safety_notes_and_start_whole_at_every_size() {
    let guide = Arc::clone(&guides()[0]);
    let about = &guide.about;
    let start = words(immunoguide::ui::welcome::START_LABEL);
    let disclaimer = words(&about.disclaimer);
    let emergency = words(&about.emergency);
    let larger = words("Please make the window larger");
    let mut failures: Vec<(String, Vec<String>)> = Vec::new();
    for kiosk in [false, true] {
        for width in (30u16..=72).chain([80, 100, 120, 200]) {
            for height in (8u16..=24).chain([30, 40, 60]) {
                let config = kiosk.then(|| kiosk_config(false));
                let run = Run::new(Arc::clone(&guide), (width, height), config, Theme::PLAIN);
                let shown = words(&crate::support::screen(&run.state));
                if shown.contains(&larger) {
                    continue;
                }
                let mode = if kiosk { "kiosk" } else { "interactive" };
                for (what, text) in [
                    ("the start button", &start),
                    ("the disclaimer", &disclaimer),
                    ("the emergency note", &emergency),
                ] {
                    if !shown.contains(text.as_str()) {
                        let key = format!("{mode}: {what} is not shown whole");
                        match failures.iter_mut().find(|(k, _)| *k == key) {
                            Some((_, sizes)) => sizes.push(format!("{width}x{height}")),
                            None => failures.push((key, vec![format!("{width}x{height}")])),
                        }
                    }
                }
            }
        }
    }
    let report: Vec<String> = failures
        .iter()
        .map(|(what, sizes)| {
            format!(
                "{what} at {} sizes, e.g. {}",
                sizes.len(),
                sizes[..sizes.len().min(8)].join(", ")
            )
        })
        .collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// Words in order, whatever the wrapping and the box around them.
fn words(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || ('\u{2500}'..='\u{257f}').contains(&c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The kiosk's touch buttons say what they do in words: at every width
/// the kiosk runs at (40 columns and up), on the welcome screen, while
/// reading and at the PIN prompt, each button shows its whole label, never
/// "Conten" or "◀ Previo".
#[test]
fn the_kiosk_touch_buttons_show_their_labels_whole_at_every_width() {
    let mut cut: Vec<String> = Vec::new();
    for width in 40u16..=120 {
        let mut run = Run::new(
            Arc::clone(&guides()[0]),
            (width, 24),
            Some(kiosk_config(false)),
            Theme::PLAIN,
        );
        for step in [
            None,
            Some(Step::Input(key(KeyCode::Enter, KeyModifiers::NONE))),
            Some(Step::Staff),
        ] {
            if let Some(step) = &step {
                run.step(step);
            }
            let screen = crate::support::screen(&run.state);
            let bar: Vec<&str> = screen.lines().skip(21).collect();
            let shown = words(&bar.join("\n"));
            for button in immunoguide::app::hints::touch_buttons(run.state.place()) {
                if !shown.contains(&words(button.label)) {
                    cut.push(format!(
                        "{width} columns, {:?}: {:?} shows as {:?}",
                        run.state.place(),
                        button.label,
                        bar.get(1).copied().unwrap_or("")
                    ));
                }
            }
        }
    }
    let widths: std::collections::BTreeSet<&str> =
        cut.iter().filter_map(|c| c.split(' ').next()).collect();
    assert!(
        cut.is_empty(),
        "labels cut at {} widths ({:?}):\n{}",
        widths.len(),
        widths,
        cut[..cut.len().min(6)].join("\n")
    );
}
