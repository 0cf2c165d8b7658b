//! The high-contrast theme, for people with low vision: bright white on
//! black over every cell, no grey anywhere, and only the 16 named colours
//! so it works on the Linux console. Checked on drawn frames: every cell
//! of the welcome screen, reader pages and the boxes over them. The bytes
//! the real program writes, with the theme chosen by `--theme`, the kiosk
//! setting and `IMMUNOGUIDE_THEME`, are checked in tests/pty/theme.rs.

use immunoguide::app::{Action, AppState};
use immunoguide::ui::Theme;
use immunoguide::ui::theme::ThemeName;
use ratatui::style::{Color, Modifier};

use crate::support::draw::row_text;
use crate::support::{act, draw_with, find, open, state};

/// The screens a person sees at 80×24: the welcome screen, a page with a
/// link and a page with a warning, and the boxes drawn over a page (they
/// clear their cells, so the background must be put back under them).
fn screens() -> Vec<(&'static str, AppState)> {
    let welcome = state(80, 24);
    let mut link = state(80, 24);
    act(&mut link, &[Action::Start]);
    open(&mut link, "immune-cells");
    let warning = || {
        let mut s = state(80, 24);
        act(&mut s, &[Action::Start]);
        open(&mut s, "care");
        s
    };
    let mut help = warning();
    act(&mut help, &[Action::ToggleHelp]);
    let mut search = warning();
    act(&mut search, &[Action::Search]);
    vec![
        ("the welcome screen", welcome),
        ("a page with a link", link),
        ("a page with a warning", warning()),
        ("help over a page", help),
        ("the search box over a page", search),
    ]
}

#[test]
fn high_contrast_is_white_on_black_in_every_cell_with_no_grey() {
    for (what, s) in screens() {
        let buffer = draw_with(&s, &Theme::HIGH_CONTRAST);
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                let cell = &buffer[(x, y)];
                assert_eq!(
                    cell.bg,
                    Color::Black,
                    "{what}: cell ({x}, {y}) {:?} has no black background; row: {:?}",
                    cell.symbol(),
                    row_text(&buffer, y)
                );
                assert!(
                    !matches!(
                        cell.fg,
                        Color::Gray | Color::DarkGray | Color::Reset | Color::Black
                    ),
                    "{what}: cell ({x}, {y}) {:?} is drawn in {:?}; row: {:?}",
                    cell.symbol(),
                    cell.fg,
                    row_text(&buffer, y)
                );
                // Only the 16 named colours: no 256-colour or RGB values,
                // which the Linux console cannot show.
                assert!(
                    !matches!(cell.fg, Color::Indexed(_) | Color::Rgb(..)),
                    "{what}: cell ({x}, {y}) uses {:?}",
                    cell.fg
                );
            }
        }
    }
}

#[test]
fn high_contrast_titles_links_and_callouts_are_bold_and_bright() {
    let all = screens();
    let buffer = |name: &str| {
        let (_, s) = all.iter().find(|(what, _)| *what == name).expect(name);
        draw_with(s, &Theme::HIGH_CONTRAST)
    };

    let page = buffer("a page with a link");
    // The section's title on the page.
    let (x, y) = find(&page, "Immune cells").expect("the title is shown");
    let title = &page[(x, y)];
    assert!(title.modifier.contains(Modifier::BOLD), "{title:?}");
    // The link "care": underlined, bold and bright yellow.
    let (x, y) = find(&page, "about care").expect("the link is shown");
    let link = &page[(x + 6, y)];
    assert!(
        link.modifier
            .contains(Modifier::UNDERLINED | Modifier::BOLD),
        "{link:?}"
    );
    assert_eq!(link.fg, Color::LightYellow);
    // Body text is bright white, not the terminal's own colour.
    let (x, y) = find(&page, "White blood cells").expect("the body is shown");
    assert_eq!(page[(x, y)].fg, Color::White);

    // The warning is labelled in words and drawn bold in a strong colour.
    let page = buffer("a page with a warning");
    let (x, y) = find(&page, "┌─ Call your care team").expect("the warning is labelled in words");
    let label = &page[(x + 3, y)];
    assert!(label.modifier.contains(Modifier::BOLD), "{label:?}");
    assert_eq!(label.fg, Color::LightRed);
}

#[test]
fn no_color_leaves_high_contrast_without_colour_but_with_its_emphasis() {
    let theme = Theme::new(ThemeName::HighContrast, Some("1".as_ref()));
    for (what, s) in screens() {
        let buffer = draw_with(&s, &theme);
        let mut marked = Modifier::empty();
        for cell in &buffer.content {
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "{what}: {:?} has a colour under NO_COLOR",
                cell.symbol()
            );
            marked |= cell.modifier;
        }
        // The start button, the status keys or the marks are still in
        // reverse video, and titles in bold.
        assert!(
            marked.contains(Modifier::REVERSED | Modifier::BOLD),
            "{what}: {marked:?}"
        );
    }
    // The link is still underlined, so it shows without colour.
    let mut s = state(80, 24);
    act(&mut s, &[Action::Start]);
    open(&mut s, "immune-cells");
    let buffer = draw_with(&s, &theme);
    let (x, y) = find(&buffer, "about care").expect("the link is shown");
    assert!(buffer[(x + 6, y)].modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn the_standard_theme_leaves_the_background_to_the_terminal() {
    for (what, s) in screens() {
        let buffer = draw_with(&s, &Theme::STANDARD);
        assert!(
            buffer.content.iter().all(|c| c.bg == Color::Reset),
            "{what}: the standard theme painted a background"
        );
        assert!(
            buffer.content.iter().any(|c| c.fg == Color::Reset),
            "{what}: the standard theme painted all the text"
        );
    }
}
