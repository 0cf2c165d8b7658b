//! Switching language while reading (`L`), on the shipped guide: the
//! update that swaps in the other language and finds the same place, and
//! the frame that shows it, timed together as the reader benchmark times
//! a key. The target is one frame at 60 Hz, 16 ms.
//!
//! `cargo bench --bench language`; docs/performance.md has the figures.
//! Should the built-in guide ever lack Spanish (`guide/es/`), the English
//! guide stands in for it: the same sections, ids and sizes, so the same
//! work.

// A benchmark stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::Criterion;
use immunoguide::app::editions::Edition;
use immunoguide::app::navigate::open_section;
use immunoguide::app::{Action, AppState, update};
use immunoguide::content::{Guide, GuideSource};
use immunoguide::language::Language;
use immunoguide::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The shipped guide in English and in Spanish (or its stand-in).
fn shipped() -> (Arc<Guide>, Arc<Guide>) {
    let source = GuideSource::BuiltIn;
    let load = |language| {
        Arc::new(
            source
                .load(language)
                .unwrap_or_else(|p| panic!("the shipped guide loads: {p:?}")),
        )
    };
    let english = load(Language::English);
    let spanish = if source.languages().contains(&Language::Spanish) {
        load(Language::Spanish)
    } else {
        eprintln!("guide/es is not built in: the English guide stands in for it");
        Arc::clone(&english)
    };
    (english, spanish)
}

/// The section with the longest body: the most to lay out in the new
/// language.
fn longest_section(guide: &Guide) -> usize {
    (0..guide.sections.len())
        .max_by_key(|&i| {
            guide.sections[i]
                .body
                .spans()
                .map(|s| s.text.len())
                .sum::<usize>()
        })
        .unwrap_or(0)
}

/// A reader on the second page of the longest section, with the other
/// language loaded beside it and a few places behind it in history, drawn
/// once, as it is between two key presses.
fn reading(english: &Arc<Guide>, spanish: &Arc<Guide>, width: u16, height: u16) -> AppState {
    let mut state = AppState::new(Arc::clone(english), width, height);
    state.languages = Language::ALL.to_vec();
    state.other_editions = vec![Edition::new(Language::Spanish, Arc::clone(spanish))];
    update(&mut state, Action::Start, Instant::now());
    for section in [1, 5, 9] {
        immunoguide::app::navigate::jump(&mut state, section);
    }
    open_section(&mut state, longest_section(english), false);
    update(&mut state, Action::NextPage, Instant::now());
    state.prepare();
    assert!(state.position.top > 0, "the second page");
    state
}

fn draw(terminal: &mut Terminal<TestBackend>, state: &AppState) {
    terminal
        .draw(|frame| ui::draw(frame, state, &Theme::PLAIN))
        .expect("drawing into a test terminal");
}

/// Times the switch + its frame, from a copy of `base` already on screen.
fn time_switch(iters: u64, base: &AppState, term: &mut Terminal<TestBackend>) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let mut state = base.clone();
        draw(term, &state);
        let start = Instant::now();
        update(&mut state, Action::SwitchLanguage, Instant::now());
        draw(term, &state);
        total += start.elapsed();
        assert_eq!(state.language, Language::Spanish);
        black_box(&state);
    }
    total
}

fn main() {
    let mut c = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let (english, spanish) = shipped();
    let mut group = c.benchmark_group("switch language/shipped");
    for (width, height) in [(80u16, 24u16), (200, 60)] {
        let base = reading(&english, &spanish, width, height);
        let mut term = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
        group.bench_function(format!("{width}x{height}"), |b| {
            b.iter_custom(|iters| time_switch(iters, &base, &mut term))
        });
    }
    group.finish();
    c.final_summary();
}
