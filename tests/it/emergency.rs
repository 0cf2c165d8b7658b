//! The emergency callout, `> [!EMERGENCY]`: read as a kind of its own,
//! drawn as the most urgent box of all in every theme and with NO_COLOR
//! (its label in words, white on red and bold, in reverse video without
//! colour, and a double frame, so it never rests on colour), and printed
//! with its label and frame. The
//! fixture is `tests/fixtures/clean`, whose `signs` section holds an
//! emergency box above a warning box.

use immunoguide::app::{Action, AppState};
use immunoguide::content::{Block, CalloutKind, Guide};
use immunoguide::print::render_section;
use immunoguide::ui::Theme;
use immunoguide::ui::theme::ThemeName;
use ratatui::style::{Color, Modifier};

use crate::support::{act, draw_with, find, fixture_files, loaded, open};

fn guide() -> std::sync::Arc<Guide> {
    loaded(&fixture_files("clean"))
}

/// Every look: each theme, with colour and under NO_COLOR, with the
/// colour the emergency box's frame should have (none under NO_COLOR).
fn themes() -> Vec<(&'static str, Theme, Option<Color>)> {
    let no_color = Some("1".as_ref());
    vec![
        ("dark", Theme::DARK, Some(Color::LightRed)),
        ("light", Theme::LIGHT, Some(Color::Red)),
        ("high contrast", Theme::HIGH_CONTRAST, Some(Color::White)),
        (
            "dark, NO_COLOR",
            Theme::new(ThemeName::Dark, no_color),
            None,
        ),
        (
            "high contrast, NO_COLOR",
            Theme::new(ThemeName::HighContrast, no_color),
            None,
        ),
    ]
}

#[test]
fn an_emergency_callout_is_read_as_its_own_kind() {
    let guide = guide();
    let index = guide.section_index("signs").expect("the signs section");
    let body = &guide.sections[index].body;
    let callouts: Vec<(CalloutKind, String)> = body
        .blocks()
        .filter_map(|block| match block {
            Block::Callout { kind, blocks } => Some((
                kind,
                blocks
                    .map(|b| match b {
                        Block::Paragraph(p) => p.text().to_string(),
                        other => format!("{other:?}"),
                    })
                    .collect(),
            )),
            _ => None,
        })
        .collect();
    assert_eq!(
        callouts,
        [
            (
                CalloutKind::Emergency,
                "Call 911 now if you have trouble breathing or chest pain.".to_string()
            ),
            (
                CalloutKind::Warning,
                "Call your care team now if you have a fever.".to_string()
            )
        ]
    );
}

#[test]
fn the_emergency_box_is_the_most_urgent_in_every_theme_and_without_colour() {
    let guide = guide();
    for (width, height) in [(80, 24), (40, 15)] {
        let mut state = AppState::new(guide.clone(), width, height);
        act(&mut state, &[Action::Start]);
        open(&mut state, "signs");
        for (what, theme, colour) in themes() {
            let at = format!("{what} at {width}x{height}");
            let buffer = draw_with(&state, &theme);
            let (x, y) = find(&buffer, "╔═ Emergency ═")
                .unwrap_or_else(|| panic!("{at}: no emergency box labelled in words"));
            // The label, its spaces included, is white on red and bold, or
            // in reverse video without colour (not bold: the Linux console
            // would draw that dark grey on light grey).
            for dx in 2..13 {
                let cell = &buffer[(x + dx, y)];
                let urgent = if colour.is_some() {
                    (cell.fg, cell.bg) == (Color::White, Color::Red)
                        && cell.modifier.contains(Modifier::BOLD)
                } else {
                    cell.modifier.contains(Modifier::REVERSED)
                        && !cell.modifier.contains(Modifier::BOLD)
                };
                assert!(urgent, "{at}: {:?} of the label is {cell:?}", cell.symbol());
            }
            // The double frame is bold and red where there is colour.
            let (_, bottom) = find(&buffer, "╚═").unwrap_or_else(|| panic!("{at}: no bottom"));
            for cell in [&buffer[(x, y)], &buffer[(x, y + 1)], &buffer[(x, bottom)]] {
                assert!(cell.modifier.contains(Modifier::BOLD), "{at}: {cell:?}");
                assert_eq!(Some(cell.fg).filter(|c| *c != Color::Reset), colour, "{at}");
            }
            assert_eq!(buffer[(x, y + 1)].symbol(), "║", "{at}");
            // The warning below it (on this page, or the next when it does
            // not fit whole beside the emergency box) is labelled in words,
            // in a single frame, and not reversed and not bold: without
            // colour, the two still look different.
            let mut page = state.clone();
            let mut buffer = buffer;
            let mut warning = find(&buffer, "┌─ Call your care team");
            while warning.is_none() && page.page().0 < page.page().1 {
                act(&mut page, &[Action::NextPage]);
                buffer = draw_with(&page, &theme);
                warning = find(&buffer, "┌─ Call your care team");
            }
            let (wx, wy) = warning.unwrap_or_else(|| panic!("{at}: no warning box"));
            let label = &buffer[(wx + 3, wy)];
            assert!(
                !label.modifier.contains(Modifier::REVERSED),
                "{at}: {label:?}"
            );
            if colour.is_some() {
                assert!(!label.modifier.contains(Modifier::BOLD), "{at}: {label:?}");
            }
            if colour.is_none() {
                assert!(
                    buffer
                        .content
                        .iter()
                        .all(|c| (c.fg, c.bg) == (Color::Reset, Color::Reset)),
                    "{at}: a colour under NO_COLOR"
                );
            }
        }
    }
}

/// Only the emergency label has the urgent look: reverse video without
/// colour, bold white on red with it; no other label has either.
#[test]
fn only_the_emergency_label_has_the_urgent_look() {
    for (what, theme, colour) in themes() {
        for kind in CalloutKind::ALL {
            let style = theme.callout_label(kind);
            let urgent = if colour.is_some() {
                (style.fg, style.bg) == (Some(Color::White), Some(Color::Red))
                    && style.add_modifier.contains(Modifier::BOLD)
            } else {
                style.add_modifier.contains(Modifier::REVERSED)
            };
            assert_eq!(urgent, kind == CalloutKind::Emergency, "{what}: {kind:?}");
            assert!(theme.callout(kind).add_modifier.contains(Modifier::BOLD));
        }
    }
}

#[test]
fn print_shows_the_emergency_box_with_its_label_and_double_frame() {
    let guide = guide();
    let index = guide.section_index("signs").expect("the signs section");
    for width in [80u16, 40] {
        let printed = render_section(&guide, index, width);
        let lines: Vec<&str> = printed.lines().collect();
        let top = lines
            .iter()
            .position(|l| l.starts_with("╔═ Emergency ═"))
            .unwrap_or_else(|| panic!("no labelled emergency box at {width}:\n{printed}"));
        assert!(lines[top + 1].starts_with("║ Call 911 now"), "{printed}");
        let bottom = lines[top..]
            .iter()
            .position(|l| l.starts_with('╚'))
            .unwrap_or_else(|| panic!("the box is not closed:\n{printed}"));
        for line in &lines[top..=top + bottom] {
            assert_eq!(line.chars().count(), usize::from(width), "{line:?}");
        }
        // The warning keeps its own single frame.
        assert!(printed.contains("┌─ Call your care team"), "{printed}");
    }
}
