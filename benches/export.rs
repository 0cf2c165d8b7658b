//! Take-home benchmarks: `immunoguide export` of the whole built-in
//! guide, as HTML and as Markdown, and `immunoguide print` of the whole
//! guide (which now carries the contents and the glossary). The guide is
//! loaded once, outside the measured part: these measure the writing
//! alone. Also what resume adds before the first frame: reading a kept
//! place and putting it into the welcome screen's state.
//!
//! `cargo bench --bench export`; docs/performance.md has the figures. The
//! aim is under 50 ms for the whole guide in either format, and nothing
//! a person would notice before the first frame.

// A benchmark stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use immunoguide::app::AppState;
use immunoguide::app::bookmarks::{Place, Saved};
use immunoguide::content::{Embedded, Guide, load, load_about};
use immunoguide::export::{Format, render};
use immunoguide::places::PlacesFile;
use immunoguide::print::render_guide;
use std::sync::Arc;

fn export(c: &mut Criterion) {
    let guide = match load(&Embedded) {
        Ok(guide) => guide,
        Err(problems) => panic!("the built-in guide does not load: {problems:?}"),
    };
    let mut group = c.benchmark_group("export");
    group.bench_function("html, whole guide", |b| {
        b.iter(|| black_box(render(black_box(&guide), Format::Html, &[])))
    });
    group.bench_function("markdown, whole guide", |b| {
        b.iter(|| black_box(render(black_box(&guide), Format::Markdown, &[])))
    });
    group.bench_function("html, one chapter", |b| {
        let chapter = ["side-effects".to_string()];
        b.iter(|| black_box(render(black_box(&guide), Format::Html, &chapter)))
    });
    group.bench_function("print, whole guide, 80 columns", |b| {
        b.iter(|| black_box(render_guide(black_box(&guide), 80)))
    });
    group.finish();
}

/// Reading the places file and attaching it to the welcome screen's
/// state, as the program does before its first frame.
fn resume(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("immunoguide-bench-places-{}", std::process::id()));
    let file = PlacesFile::in_dir(&dir, false);
    let place = |id: &str| Place {
        section: id.to_string(),
        title: "A section title of a usual length".to_string(),
        word: 120,
    };
    let saved = Saved {
        last: Some(place("skin")),
        bookmarks: (0..10).map(|_| place("liver")).collect(),
    };
    if let Err(e) = file.write(&saved) {
        panic!("cannot write {}: {e}", file.path().display());
    }
    let about = match load_about(&Embedded) {
        Ok(about) => about,
        Err(problems) => panic!("the built-in manifest does not load: {problems:?}"),
    };
    let welcome = Arc::new(Guide::welcome_only(about));
    let mut group = c.benchmark_group("resume");
    group.bench_function(
        "read a kept place and 10 bookmarks into the welcome screen",
        |b| {
            b.iter(|| {
                let mut state = AppState::new(Arc::clone(&welcome), 80, 24);
                file.attach(&mut state);
                black_box(state)
            })
        },
    );
    group.bench_function("the welcome screen's state alone, for comparison", |b| {
        b.iter(|| black_box(AppState::new(Arc::clone(&welcome), 80, 24)))
    });
    group.finish();
    let _ = std::fs::remove_dir_all(dir);
}

criterion_group!(benches, export, resume);
criterion_main!(benches);
