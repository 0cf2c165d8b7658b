//! Snapshots of what a person sees: the welcome screen, a page, help and
//! the contents list, at a small, a usual and a large size; and a check
//! that no size, however small, breaks the drawing.

use std::sync::Arc;

use immunoguide::app::{Action, AppState, Focus};
use immunoguide::content::{Embedded, Guide, load_about};

use crate::support::{act, builtin_guide, open, screen, state};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (40, 15)];

fn reading(width: u16, height: u16) -> AppState {
    let mut s = state(width, height);
    act(&mut s, &[Action::Start]);
    open(&mut s, "immune-cells");
    s
}

#[test]
fn welcome_screen() {
    for (w, h) in SIZES {
        let s = state(w, h);
        let shown = screen(&s);
        assert!(shown.contains("Press Enter"), "{shown}");
        assert!(shown.contains("does not replace your"), "{shown}");
        insta::assert_snapshot!(format!("welcome_{w}x{h}"), shown);
    }
}

/// The built-in guide's welcome screen is first drawn from the manifest
/// alone; it must look exactly as it does with the whole guide, at every
/// size, and survive a resize and the kiosk's clock while the rest loads.
#[test]
fn the_welcome_screen_needs_only_the_manifest() {
    let full = builtin_guide();
    let about = load_about(&Embedded).expect("the built-in manifest loads");
    assert_eq!(about, full.about);
    let early_guide = Arc::new(Guide::welcome_only(about));
    for (w, h) in SIZES.into_iter().chain([(30, 8), (200, 60)]) {
        let whole = AppState::new(Arc::clone(&full), w, h);
        let mut early = AppState::new(Arc::clone(&early_guide), w, h);
        assert_eq!(screen(&early), screen(&whole), "{w}x{h}");
        act(
            &mut early,
            &[
                Action::Resize {
                    width: h,
                    height: w,
                },
                Action::Tick,
            ],
        );
        act(
            &mut early,
            &[Action::Resize {
                width: w,
                height: h,
            }],
        );
        assert_eq!(screen(&early), screen(&whole), "{w}x{h} after a resize");
        let ready = early.with_guide(Arc::clone(&full));
        assert_eq!(screen(&ready), screen(&whole), "{w}x{h} once ready");
    }
}

#[test]
fn reader_page() {
    for (w, h) in SIZES {
        let shown = screen(&reading(w, h));
        assert!(shown.contains("Page 1 of"), "{shown}");
        insta::assert_snapshot!(format!("reader_{w}x{h}"), shown);
    }
}

#[test]
fn help_overlay() {
    for (w, h) in SIZES {
        let mut s = reading(w, h);
        act(&mut s, &[Action::ToggleHelp]);
        let shown = screen(&s);
        assert!(shown.contains("Help"), "{shown}");
        insta::assert_snapshot!(format!("help_{w}x{h}"), shown);
    }
}

#[test]
fn contents_list() {
    for (w, h) in SIZES {
        let mut s = reading(w, h);
        act(&mut s, &[Action::ToggleContents]);
        assert_eq!(s.focus, Focus::Contents);
        let shown = screen(&s);
        assert!(shown.contains("Contents"), "{shown}");
        insta::assert_snapshot!(format!("contents_{w}x{h}"), shown);
    }
}

#[test]
fn narrow_screens_show_the_contents_over_the_text() {
    let mut s = reading(40, 15);
    let before = screen(&s);
    assert!(!before.contains("┌ Contents"), "{before}");
    act(&mut s, &[Action::ToggleContents]);
    let after = screen(&s);
    assert!(after.contains("┌ Contents"), "{after}");
    assert!(after.contains("The basics"), "{after}");
}

#[test]
fn tiny_windows_ask_to_be_larger() {
    let s = reading(29, 10);
    assert!(screen(&s).contains("larger"));
}

#[test]
fn no_size_breaks_any_screen() {
    for width in 0..=30u16 {
        for height in 0..=10u16 {
            let mut welcome = state(width, height);
            screen(&welcome);
            act(
                &mut welcome,
                &[Action::Start, Action::NextPage, Action::ToggleHelp],
            );
            screen(&welcome);
            let mut s = reading(width, height);
            for action in [
                Action::NextPage,
                Action::ToggleContents,
                Action::Down,
                Action::Activate,
                Action::Last,
            ] {
                act(&mut s, &[action]);
                screen(&s);
            }
            act(
                &mut s,
                &[Action::Resize {
                    width: height,
                    height: width,
                }],
            );
            screen(&s);
        }
    }
}
