//! Reader benchmarks: loading the guide.

use criterion::{Criterion, criterion_group, criterion_main};
use immunoguide::content::{Embedded, load};

fn load_shipped_guide(c: &mut Criterion) {
    c.bench_function("load+validate shipped guide", |b| b.iter(|| load(&Embedded).map(|g| g.sections.len())));
}

criterion_group!(benches, load_shipped_guide);
criterion_main!(benches);
