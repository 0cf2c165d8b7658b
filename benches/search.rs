//! Search benchmarks: the work done for each letter typed in the search
//! box (the results, and the "Did you mean" offer), over the shipped guide
//! and over a synthetic guide of 10,000 sections: plain words, phrases,
//! typos that are corrected, and words found nowhere. `cargo bench --bench
//! search`; figures in docs/performance.md.

// A benchmark stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
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

/// What the search box does for one letter: the results and the offer.
fn keystroke(index: &SearchIndex, query: &str) -> usize {
    let (hits, suggestion) = index.find(query, MAX_RESULTS);
    hits.len() + suggestion.map_or(0, |s| s.len())
}

fn as_you_type(c: &mut Criterion) {
    let shipped = load(&Embedded).unwrap_or_else(|p| panic!("the shipped guide loads: {p:?}"));
    let large = synthetic_guide(10_000);
    let mut group = c.benchmark_group("search");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(3));
    // Plain words, a phrase, a typo corrected to a word of that guide, a
    // typo of a word it does not have, and letters found nowhere.
    let queries: [(&str, &Guide, [&str; 6]); 2] = [
        (
            "shipped",
            &shipped,
            [
                "tired",
                "side effects",
                "car t",
                "nivolumb",
                "fatige",
                "zzqxv",
            ],
        ),
        (
            "10000 sections",
            &large,
            [
                "tired",
                "side effects",
                "a new cough",
                "temprature",
                "fatige",
                "zzqxv",
            ],
        ),
    ];
    for (name, guide, words) in queries {
        let index = SearchIndex::new(guide);
        for query in words {
            let prefixes = typing(query);
            // One keystroke: the results for the whole query.
            group.bench_function(format!("{name}: one keystroke, \"{query}\""), |b| {
                b.iter(|| black_box(keystroke(&index, black_box(query))))
            });
            // Every keystroke of the query, one after another.
            group.bench_function(
                format!("{name}: typing \"{query}\" letter by letter"),
                |b| {
                    b.iter(|| {
                        prefixes
                            .iter()
                            .map(|q| keystroke(&index, black_box(q)))
                            .sum::<usize>()
                    })
                },
            );
        }
    }
    group.bench_function("build the index: 10000 sections", |b| {
        b.iter(|| black_box(SearchIndex::new(&large)))
    });
    // The guide's vocabulary is counted the first time a word is not
    // found: once, on top of that keystroke.
    group.bench_function(
        "first word not found, vocabulary counted: 10000 sections",
        |b| {
            b.iter_batched(
                || SearchIndex::new(&large),
                |index| black_box(keystroke(&index, "temprature")),
                BatchSize::LargeInput,
            )
        },
    );
    group.finish();
}

criterion_group!(benches, as_you_type);
criterion_main!(benches);
