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
//! One file per suite: the random runs (random_input.rs, with the steps
//! they are made of in steps.rs and the checks in run.rs), bounded
//! versions of the two fuzz targets in `fuzz/` (fuzz_bounded.rs, the
//! loader and the body markup), the regressions they found
//! (regressions.rs), what must show whole at every size (every_size.rs),
//! and the soak run, which is ignored by default (soak.rs):
//!
//! ```text
//! cargo test --release --test it -- --ignored soak --nocapture
//! ```
//!
//! `PROPTEST_CASES` raises the number of cases (64 by default; 32 for the
//! fuzz-like properties).

mod every_size;
mod fuzz_bounded;
mod page_breaks;
mod random_input;
mod regressions;
mod run;
mod soak;
mod steps;

use std::sync::{Arc, OnceLock};

use immunoguide::content::{Guide, InMemory};
use immunoguide::kiosk::config::KioskConfig;
use proptest::prelude::*;
use proptest::test_runner::RngSeed;

use crate::support::kiosk::pin_hash;
use crate::support::{builtin_guide, example_files, example_guide, loaded};

pub const HISTORY_CAP: usize = 100;

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// A fixed seed, so CI runs the same cases every time and a failure
/// reproduces; `PROPTEST_RNG_SEED=<number>` explores other cases.
const SEED: u64 = 20_261_122;

pub fn config(default_cases: u32) -> ProptestConfig {
    let base = ProptestConfig::default();
    let rng_seed = if std::env::var_os("PROPTEST_RNG_SEED").is_some() {
        base.rng_seed
    } else {
        RngSeed::Fixed(SEED)
    };
    ProptestConfig {
        cases: cases(default_cases),
        rng_seed,
        // Failures are kept as named tests in regressions.rs, not
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
pub fn guides() -> &'static [Arc<Guide>] {
    static GUIDES: OnceLock<Vec<Arc<Guide>>> = OnceLock::new();
    GUIDES.get_or_init(|| vec![builtin_guide(), example_guide(), loaded(&unicode_files())])
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
        include_str!("../../fixtures/hostile/unicode.toml").into(),
    );
    files
}

pub fn kiosk_config(with_pin: bool) -> Arc<KioskConfig> {
    Arc::new(KioskConfig {
        pin_hash: with_pin.then(pin_hash),
        ..KioskConfig::default()
    })
}
