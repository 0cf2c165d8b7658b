//! The soak, ignored by default: a million random events in each mode,
//! every invariant checked after each, and memory flat after warm-up.
//!
//! ```text
//! cargo test --release --test it -- --ignored soak --nocapture
//! ```

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use immunoguide::ui::Theme;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use ratatui::crossterm::event::Event;

use super::run::Run;
use super::steps::{Step, step};
use super::{guides, kiosk_config};

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
    let mut run = Run::new(Arc::clone(&guides()[0]), (80, 24), config, Theme::DARK);
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
