//! Search benchmarks: the work done for each letter typed in the search
//! box, over the shipped guide and over a synthetic guide of 10,000
//! sections. `cargo bench --bench search`; figures in docs/performance.md.

// A benchmark stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use immunoguide::app::overlay::MAX_RESULTS;
use immunoguide::content::{Embedded, Guide, InMemory, load};
use immunoguide::search::SearchIndex;

#[allow(dead_code)]
#[path = "../examples/gen-guide.rs"]
mod synthetic;

fn synthetic_guide(sections: usize) -> Guide {
    let files = InMemory(synthetic::generate(sections).into_iter().collect());
    load(&files).unwrap_or_else(|p| panic!("the synthetic guide loads: {p:?}"))
}

/// Every prefix of the words, as a person types them: "t", "ti", "tir"…
fn typing(words: &str) -> Vec<String> {
    (1..=words.chars().count())
        .map(|n| words.chars().take(n).collect())
        .collect()
}

fn as_you_type(c: &mut Criterion) {
    let shipped = load(&Embedded).unwrap_or_else(|p| panic!("the shipped guide loads: {p:?}"));
    let large = synthetic_guide(10_000);
    let mut group = c.benchmark_group("search");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(3));
    for (name, guide) in [("shipped", &shipped), ("10000 sections", &large)] {
        let index = SearchIndex::new(guide);
        for query in ["tired", "side effects"] {
            let prefixes = typing(query);
            // One keystroke: the results for the whole query.
            group.bench_function(format!("{name}: one keystroke, \"{query}\""), |b| {
                b.iter(|| black_box(index.search(black_box(query), MAX_RESULTS)).len())
            });
            // Every keystroke of the query, one after another.
            group.bench_function(
                format!("{name}: typing \"{query}\" letter by letter"),
                |b| {
                    b.iter(|| {
                        prefixes
                            .iter()
                            .map(|q| index.search(black_box(q), MAX_RESULTS).len())
                            .sum::<usize>()
                    })
                },
            );
        }
    }
    group.bench_function("build the index: 10000 sections", |b| {
        b.iter(|| black_box(SearchIndex::new(&large)))
    });
    group.finish();
}

criterion_group!(benches, as_you_type);
criterion_main!(benches);
