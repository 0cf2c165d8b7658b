//! Random input never breaks the reader or the kiosk: up to 200 steps
//! from any size, in every theme, on each guide; a kiosk run also never
//! lets the public out, and at its end the staff PIN still gets out.

use std::sync::Arc;

use immunoguide::ui::Theme;
use proptest::prelude::*;

use super::run::{Run, run_steps};
use super::steps::{size, steps};
use super::{config, guides, kiosk_config};

/// Every look: each theme, with colours and under NO_COLOR.
fn theme() -> impl Strategy<Value = Theme> {
    prop_oneof![
        Just(Theme::PLAIN),
        Just(Theme::DARK),
        Just(Theme::LIGHT),
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
