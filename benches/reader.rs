//! Reader benchmarks: loading guides of every size, laying out a section,
//! drawing a frame, and the keys a person presses most (page turn, section
//! jump, resize), each as update + draw. The same frame and key costs are
//! measured on guides of 10, 1,000 and 10,000 sections, to show they do
//! not grow with the guide.
//!
//! `cargo bench --bench reader`; docs/performance.md has the figures.
//! Synthetic guides are made by examples/gen-guide.rs into a temporary
//! folder when the run starts, and removed when it ends.

// A benchmark stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use immunoguide::app::hints::hints;
use immunoguide::app::keymap::KeyContext;
use immunoguide::app::navigate::open_section;
use immunoguide::app::{Action, AppState, update};
use immunoguide::content::{Embedded, Folder, Guide, load, load_about};
use immunoguide::language::Language;
use immunoguide::phrases::{Phrases, built_in_text};
use immunoguide::typeset;
use immunoguide::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[allow(dead_code)]
#[path = "../examples/gen-guide.rs"]
mod synthetic;

/// Synthetic guide sizes, in sections.
const SIZES: [usize; 4] = [10, 100, 1_000, 10_000];
/// The guides whose frame and key costs are compared: 10 sections (the
/// contents list shows only a few rows), and 1,000 and 10,000 (the
/// contents list is full), so growth with the guide and growth with what
/// is on screen can be told apart.
const COMPARED: [usize; 3] = [10, 1_000, 10_000];

/// Synthetic guides written to a temporary folder for this run.
struct Guides {
    root: PathBuf,
    /// (sections, folder, bytes on disk)
    made: Vec<(usize, PathBuf, u64)>,
}

impl Guides {
    fn make() -> Self {
        let root = std::env::temp_dir().join(format!("immunoguide-bench-{}", std::process::id()));
        let made = SIZES
            .iter()
            .map(|&n| {
                let dir = root.join(n.to_string());
                let bytes = synthetic::write(&dir, &synthetic::generate(n))
                    .unwrap_or_else(|e| panic!("cannot write a synthetic guide to {dir:?}: {e}"));
                (n, dir, bytes)
            })
            .collect();
        Self { root, made }
    }

    fn dir(&self, n: usize) -> &Path {
        self.made
            .iter()
            .find(|(size, _, _)| *size == n)
            .map(|(_, dir, _)| dir.as_path())
            .unwrap_or_else(|| panic!("no synthetic guide of {n} sections"))
    }

    fn load(&self, n: usize) -> Arc<Guide> {
        Arc::new(load_dir(self.dir(n)).unwrap_or_else(|| panic!("the {n}-section guide loads")))
    }
}

impl Drop for Guides {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn load_dir(dir: &Path) -> Option<Guide> {
    let folder = Folder::open(dir).ok()?;
    load(&folder).ok()
}

fn shipped() -> Arc<Guide> {
    Arc::new(load(&Embedded).unwrap_or_else(|p| panic!("the shipped guide loads: {p:?}")))
}

/// Bytes of the shipped guide's files.
fn shipped_bytes() -> u64 {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("guide/en");
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

/// The section with the longest body: the worst case for layout.
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

/// A section in the middle of the guide at the deepest level, so the
/// contents list has its whole path open, as it would when reading.
fn middle_section(guide: &Guide) -> usize {
    let deepest = guide.sections.iter().map(|s| s.depth).max().unwrap_or(0);
    (guide.sections.len() / 2..guide.sections.len())
        .chain(0..guide.sections.len())
        .find(|&i| guide.sections[i].depth == deepest)
        .unwrap_or(0)
}

/// A reader showing `section`, first page, already laid out and drawn
/// once, as it is between two key presses.
fn reading(guide: &Arc<Guide>, section: usize, width: u16, height: u16) -> AppState {
    let mut state = AppState::new(Arc::clone(guide), width, height);
    update(&mut state, Action::Start, Instant::now());
    open_section(&mut state, section, false);
    state.prepare();
    state
}

fn terminal(width: u16, height: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(width, height)).expect("a test terminal")
}

fn draw(terminal: &mut Terminal<TestBackend>, state: &AppState) {
    terminal
        .draw(|frame| ui::draw(frame, state, &Theme::PLAIN))
        .expect("drawing into a test terminal");
}

/// One frame at two sizes, drawn two ways: "full" sends every cell to the
/// terminal (as at start-up or after a resize), an upper bound for any
/// frame; "unchanged" draws the same screen again, which ratatui's diff
/// reduces to rendering the widgets and comparing the buffers. `plain`:
/// in the plain layout for screen readers (`--plain`).
fn bench_frame(c: &mut Criterion, name: &str, guide: &Arc<Guide>, section: usize, plain: bool) {
    let mut group = c.benchmark_group(format!("frame/{name}"));
    for (width, height) in [(80u16, 24u16), (200, 60)] {
        let mut state = reading(guide, section, width, height);
        state.set_linear(plain);
        let mut term = terminal(width, height);
        group.bench_function(format!("{width}x{height} full"), |b| {
            b.iter(|| {
                term.clear().expect("clearing a test terminal");
                draw(&mut term, &state);
            })
        });
        group.bench_function(format!("{width}x{height} unchanged"), |b| {
            b.iter(|| draw(&mut term, &state))
        });
    }
    group.finish();
}

/// Times `action` + draw, starting each time from a copy of `base` whose
/// screen is already on the terminal, so only the change is measured.
fn time_key(
    iters: u64,
    base: &AppState,
    term: &mut Terminal<TestBackend>,
    action: Action,
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let mut state = base.clone();
        if let Action::Resize { .. } = action {
            term.backend_mut().resize(base.width, base.height);
        }
        draw(term, &state);
        let start = Instant::now();
        update(&mut state, action, Instant::now());
        if let Action::Resize { width, height } = action {
            term.backend_mut().resize(width, height);
        }
        draw(term, &state);
        total += start.elapsed();
        black_box(&state);
    }
    total
}

/// A page turn (inside a section: the layout is cached) and a jump to the
/// next section (not yet laid out), at 80×24; with `resize`, also a change
/// from 80×24 to 120×40, which lays the section out at the new width.
fn bench_keys(c: &mut Criterion, name: &str, guide: &Arc<Guide>, section: usize, resize: bool) {
    let mut group = c.benchmark_group(format!("keys/{name}"));
    let base = reading(guide, section, 80, 24);
    assert!(
        base.page().1 > 1,
        "the page-turn benchmark needs a section of two pages or more"
    );
    let mut term = terminal(80, 24);
    group.bench_function("page turn", |b| {
        b.iter_custom(|iters| time_key(iters, &base, &mut term, Action::NextPage))
    });
    group.bench_function("section jump", |b| {
        b.iter_custom(|iters| time_key(iters, &base, &mut term, Action::NextSection))
    });
    if resize {
        let to = Action::Resize {
            width: 120,
            height: 40,
        };
        group.bench_function("resize 80x24 to 120x40", |b| {
            b.iter_custom(|iters| time_key(iters, &base, &mut term, to))
        });
    }
    group.finish();
}

fn bench_load(c: &mut Criterion, guides: &Guides) {
    let mut group = c.benchmark_group("load");
    // Loads take up to half a second: a fixed number of runs per sample
    // keeps the whole group to a few seconds per size.
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Bytes(shipped_bytes()));
    group.bench_function("shipped", |b| {
        b.iter(|| load(&Embedded).map(|g| g.sections.len()))
    });
    // What the first frame waits for: the welcome screen is drawn from the
    // manifest alone, and the rest is read after it.
    group.bench_function("shipped manifest only", |b| {
        b.iter(|| load_about(&Embedded).map(|a| a.title.len()))
    });
    for (n, dir, bytes) in &guides.made {
        if *n >= 10_000 {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(5));
        }
        group.throughput(Throughput::Bytes(*bytes));
        group.bench_with_input(BenchmarkId::new("synthetic", n), dir, |b, dir| {
            b.iter(|| load_dir(dir).map(|g| g.sections.len()))
        });
    }
    group.finish();
}

fn bench_layout(c: &mut Criterion, guide: &Guide) {
    let mut group = c.benchmark_group("layout/longest shipped section");
    let section = longest_section(guide);
    for width in [40u16, 80, 200] {
        group.bench_with_input(BenchmarkId::from_parameter(width), &width, |b, &w| {
            b.iter(|| typeset::section(guide, section, w).page_count(21))
        });
    }
    group.finish();
}

/// The screen words: reading a whole `screen.ftl` (what the first frame
/// of a language waits for, once), and a look-up with and without
/// arguments (what every frame does a few dozen times).
fn bench_phrases(c: &mut Criterion) {
    let mut group = c.benchmark_group("screen words");
    let spanish = built_in_text(Language::Spanish);
    group.bench_function(
        "read a screen.ftl (Spanish, checked against English)",
        |b| b.iter(|| Phrases::with_own("es", spanish.to_string())),
    );
    let words = Phrases::built_in("es");
    group.bench_function("message without arguments", |b| {
        b.iter(|| black_box(words.get(black_box("hint-next-page"))).len())
    });
    group.bench_function("message with a plural", |b| {
        b.iter(|| {
            let n = black_box(5u64);
            words.with("search-found", &[("count", n.into())]).len()
        })
    });
    // Every look-up a reading frame makes: the hints, the contents' title
    // and symptom button, and the page's footer with its date.
    group.bench_function("the words of a reading frame", |b| {
        b.iter(|| {
            let hints = hints(KeyContext::Reader, false, &words);
            let title = words.get("contents-title");
            let button = words.get("contents-symptoms");
            let date = words.date(2026, 12, 4);
            let footer = words.with(
                "reader-footer",
                &[
                    ("date", date.into()),
                    ("page", 1u64.into()),
                    ("pages", 3u64.into()),
                ],
            );
            black_box((hints.len(), title.len(), button.len(), footer.len()))
        })
    });
    group.finish();
}

/// The Spanish guide as shipped (guide/es).
fn spanish() -> Arc<Guide> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("guide/es");
    let folder = Folder::open(&dir).unwrap();
    Arc::new(load(&folder).unwrap())
}

fn main() {
    let guides = Guides::make();
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();

    bench_load(&mut c, &guides);

    let shipped = shipped();
    bench_layout(&mut c, &shipped);
    let at = longest_section(&shipped);
    bench_frame(&mut c, "shipped", &shipped, at, false);
    bench_frame(&mut c, "shipped plain", &shipped, at, true);
    bench_keys(&mut c, "shipped", &shipped, at, true);

    bench_phrases(&mut c);
    let spanish = spanish();
    let at = longest_section(&spanish);
    bench_frame(&mut c, "shipped in Spanish", &spanish, at, false);
    bench_keys(&mut c, "shipped in Spanish", &spanish, at, false);

    for n in COMPARED {
        let guide = guides.load(n);
        let name = format!("{n} sections");
        let at = middle_section(&guide);
        bench_frame(&mut c, &name, &guide, at, false);
        bench_keys(&mut c, &name, &guide, at, false);
    }

    c.final_summary();
}
