//! The themes on drawn frames: high contrast for people with low vision
//! (bright white on black over every cell, no grey anywhere, and only the
//! 16 named colours so it works on the Linux console), dark and light on
//! the terminal's own background, links and glossary words told apart
//! without colour, and `t` going through the looks. Every colour pair is
//! measured in contrast.rs. The bytes the real program writes, with the
//! theme chosen by `--theme`, the kiosk setting and `IMMUNOGUIDE_THEME`,
//! are checked in tests/pty/colours.rs.

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

/// Every cell is on black, except the few with a background of their own
/// (a badge, the chosen entry, a key, the urgent words), and no letters on
/// black are grey or black.
#[test]
fn high_contrast_is_white_on_black_in_every_cell_with_no_grey() {
    for (what, s) in screens() {
        let buffer = draw_with(&s, &Theme::HIGH_CONTRAST);
        let mut on_black = 0;
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                let cell = &buffer[(x, y)];
                assert_ne!(
                    cell.bg,
                    Color::Reset,
                    "{what}: cell ({x}, {y}) {:?} shows the terminal's background; row: {:?}",
                    cell.symbol(),
                    row_text(&buffer, y)
                );
                if cell.bg != Color::Black {
                    continue;
                }
                on_black += 1;
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
        let all = buffer.content.len();
        assert!(
            on_black * 10 > all * 9,
            "{what}: only {on_black} of {all} cells on black"
        );
        // Only the 16 named colours behind the letters too.
        assert!(
            buffer
                .content
                .iter()
                .all(|c| !matches!(c.bg, Color::Indexed(_) | Color::Rgb(..))),
            "{what}"
        );
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
    let (x, y) = find(&page, "about → care").expect("the link is shown");
    let link = &page[(x + 8, y)];
    assert!(
        link.modifier
            .contains(Modifier::UNDERLINED | Modifier::BOLD),
        "{link:?}"
    );
    assert_eq!(link.fg, Color::LightYellow);
    // Body text is bright white, not the terminal's own colour.
    let (x, y) = find(&page, "White blood cells").expect("the body is shown");
    assert_eq!(page[(x, y)].fg, Color::White);

    // The warning is labelled in words, white on red, in a bold frame.
    let page = buffer("a page with a warning");
    let (x, y) = find(&page, "┌─ Call your care team").expect("the warning is labelled in words");
    let label = &page[(x + 3, y)];
    assert_eq!(
        (label.fg, label.bg),
        (Color::White, Color::Red),
        "{label:?}"
    );
    assert!(page[(x, y)].modifier.contains(Modifier::BOLD));
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
    // The link is still bold and underlined, so it shows without colour.
    let mut s = state(80, 24);
    act(&mut s, &[Action::Start]);
    open(&mut s, "immune-cells");
    let buffer = draw_with(&s, &theme);
    let (x, y) = find(&buffer, "about → care").expect("the link is shown");
    assert!(
        buffer[(x + 8, y)]
            .modifier
            .contains(Modifier::UNDERLINED | Modifier::BOLD)
    );
}

/// The cells of `text` on the screen, which must be there.
fn cells_of<'b>(buffer: &'b ratatui::buffer::Buffer, text: &str) -> Vec<&'b ratatui::buffer::Cell> {
    let (x, y) = find(buffer, text).unwrap_or_else(|| panic!("{text:?} is not shown"));
    (0..u16::try_from(text.chars().count()).unwrap())
        .map(|dx| &buffer[(x + dx, y)])
        .collect()
}

/// Under NO_COLOR a link and a glossary word differ in how they are drawn,
/// not in colour: the link "care" is bold and underlined with → in front,
/// the glossary word "T cell" underlined only. So do they in every theme.
#[test]
fn links_and_glossary_words_differ_in_attributes_not_only_colour() {
    let mut s = state(120, 40);
    act(&mut s, &[Action::Start]);
    open(&mut s, "immune-cells");
    let no_color = Some("1".as_ref());
    for theme in [
        Theme::new(ThemeName::Dark, no_color),
        Theme::new(ThemeName::HighContrast, no_color),
        Theme::DARK,
        Theme::LIGHT,
        Theme::HIGH_CONTRAST,
    ] {
        let buffer = draw_with(&s, &theme);
        let what = format!("{:?} (colour {})", theme.name, theme.color);
        let link = cells_of(&buffer, "→ care");
        let term = cells_of(&buffer, "T cell");
        for cell in &link {
            assert!(
                cell.modifier
                    .contains(Modifier::BOLD | Modifier::UNDERLINED),
                "{what}: {:?} of the link is {cell:?}",
                cell.symbol()
            );
        }
        for cell in term.iter().filter(|c| c.symbol() != " ") {
            assert_eq!(
                cell.modifier & (Modifier::BOLD | Modifier::UNDERLINED | Modifier::REVERSED),
                Modifier::UNDERLINED,
                "{what}: {:?} of the glossary word is {cell:?}",
                cell.symbol()
            );
        }
        if !theme.color {
            assert!(
                buffer
                    .content
                    .iter()
                    .all(|c| (c.fg, c.bg) == (Color::Reset, Color::Reset)),
                "{what}: a colour under NO_COLOR"
            );
        }
    }
}

/// Dark and light draw on the terminal's own background: the page, its
/// text and every box line; only badges, the chosen entry, keys and found
/// words have a background of their own.
#[test]
fn dark_and_light_leave_the_background_to_the_terminal() {
    for theme in [Theme::DARK, Theme::LIGHT] {
        for (what, s) in screens() {
            let buffer = draw_with(&s, &theme);
            let what = format!("{:?}, {what}", theme.name);
            for cell in &buffer.content {
                let boxed = cell
                    .symbol()
                    .chars()
                    .all(|c| ('\u{2500}'..='\u{257f}').contains(&c));
                if boxed {
                    assert_eq!(cell.bg, Color::Reset, "{what}: {cell:?}");
                }
            }
            let own = buffer
                .content
                .iter()
                .filter(|c| c.bg == Color::Reset)
                .count();
            assert!(
                own * 4 > buffer.content.len() * 3,
                "{what}: only {own} cells on the terminal's background"
            );
            assert!(
                buffer.content.iter().any(|c| c.fg == Color::Reset),
                "{what}: the theme painted all the text"
            );
        }
    }
}

/// `t` goes dark, light, high contrast and round, says so on the bottom
/// line, and the screen changes with it; NO_COLOR still holds.
#[test]
fn t_switches_the_look_and_says_which() {
    let mut s = state(100, 30);
    act(&mut s, &[Action::Start]);
    open(&mut s, "immune-cells");
    s.theme = Some(ThemeName::Dark);
    let title_colour = |s: &AppState, theme: &Theme| {
        let buffer = draw_with(s, theme);
        let (x, y) = find(&buffer, "Immune cells").expect("the title");
        (buffer[(x, y)].fg, buffer[(x, y)].bg)
    };
    assert_eq!(
        title_colour(&s, &Theme::DARK),
        (Color::LightCyan, Color::Reset)
    );
    for (look, said, colours) in [
        (
            "light",
            "Light theme. Press t for high contrast.",
            (Color::Blue, Color::Reset),
        ),
        (
            "high contrast",
            "High-contrast theme. Press t for dark.",
            (Color::LightCyan, Color::Black),
        ),
        (
            "dark",
            "Dark theme. Press t for light.",
            (Color::LightCyan, Color::Reset),
        ),
    ] {
        act(&mut s, &[Action::SwitchTheme]);
        let shown = crate::support::screen(&s);
        assert!(shown.contains(said), "{look}: {shown}");
        // The theme the program started with gives way to the one chosen.
        assert_eq!(title_colour(&s, &Theme::DARK), colours, "{look}");
        assert_eq!(title_colour(&s, &Theme::HIGH_CONTRAST), colours, "{look}");
    }
    // Without colour the looks differ only in emphasis: still no colour.
    act(&mut s, &[Action::SwitchTheme, Action::SwitchTheme]);
    let plain = Theme::new(ThemeName::Dark, Some("1".as_ref()));
    assert_eq!(title_colour(&s, &plain), (Color::Reset, Color::Reset));
    // The next action clears the notice; the look stays.
    act(&mut s, &[Action::NextPage]);
    assert_eq!(s.notice, None);
    assert_eq!(s.theme, Some(ThemeName::HighContrast));
}

/// At a kiosk `t` does nothing: the look stays the one the staff chose
/// (it would stay for the next visitor), nothing is said, and the kiosk's
/// help does not offer it.
#[test]
fn at_a_kiosk_t_changes_nothing() {
    use crate::support::kiosk::{into_kiosk, key, press};
    use immunoguide::app::help::{HelpLine, help_lines};
    use immunoguide::kiosk::config::KioskConfig;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    let t0 = std::time::Instant::now();
    let mut s = into_kiosk(state(80, 24), KioskConfig::default(), t0);
    act(&mut s, &[Action::Start]);
    open(&mut s, "immune-cells");
    let before = draw_with(&s, &Theme::HIGH_CONTRAST);
    press(&mut s, &key(KeyCode::Char('t'), KeyModifiers::NONE), t0);
    assert_eq!(s.theme, None);
    assert_eq!(s.notice, None);
    assert_eq!(draw_with(&s, &Theme::HIGH_CONTRAST), before);
    // Even if the action got through, it would change nothing there.
    act(&mut s, &[Action::SwitchTheme]);
    assert_eq!(s.theme, None);
    let words = immunoguide::phrases::Phrases::default();
    let offered = |kiosk: bool| {
        help_lines(true, kiosk, &words).iter().any(|l| {
            matches!(l, HelpLine::Entry { keys, .. } if keys == "t")
                || matches!(l, HelpLine::Note(n) if n.contains("Press t"))
        })
    };
    assert!(!offered(true), "the kiosk's help offers t");
    assert!(offered(false), "help does not offer t");
}
