//! Handout benchmarks: `immunoguide export` of the whole built-in guide,
//! as HTML and as Markdown, and `immunoguide print` of the whole guide
//! (which now carries the contents and the glossary). The guide is loaded
//! once, outside the measured part: these measure the writing alone.
//!
//! `cargo bench --bench export`; docs/performance.md has the figures. The
//! aim is under 50 ms for the whole guide in either format.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use immunoguide::content::{Embedded, load};
use immunoguide::export::{Format, render};
use immunoguide::print::render_guide;

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

criterion_group!(benches, export);
criterion_main!(benches);
