//! The high-contrast theme, for people with low vision: bright white on
//! black over every cell, no grey anywhere, and only the 16 named colours
//! so it works on the Linux console. Checked on drawn frames (every cell
//! of the welcome screen, reader pages and the boxes over them) and on
//! the bytes the real program writes to a pseudo-terminal, with the theme
//! chosen by `--theme`, the kiosk setting and `IMMUNOGUIDE_THEME`.

mod common;
mod support;

use immunoguide::app::{Action, AppState};
use immunoguide::ui::theme::ThemeName;
use immunoguide::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use support::{act, open, state};

fn draw_with(state: &AppState, theme: Theme) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(state.width, state.height)).expect("a test terminal");
    terminal
        .draw(|frame| ui::draw(frame, state, &theme))
        .expect("drawing into a test terminal");
    terminal.backend().buffer().clone()
}

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

/// Where a cell's text starts on the screen, for messages.
fn row_text(buffer: &Buffer, y: u16) -> String {
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect()
}

/// The cells showing `text` on row `y`, if it is shown there.
fn find(buffer: &Buffer, text: &str) -> Option<(u16, u16)> {
    (0..buffer.area.height).find_map(|y| {
        let row = row_text(buffer, y);
        row.find(text)
            .map(|at| (u16::try_from(row[..at].chars().count()).unwrap_or(0), y))
    })
}

#[test]
fn high_contrast_is_white_on_black_in_every_cell_with_no_grey() {
    for (what, s) in screens() {
        let buffer = draw_with(&s, Theme::HIGH_CONTRAST);
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
        draw_with(s, Theme::HIGH_CONTRAST)
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
        let buffer = draw_with(&s, theme);
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
    let buffer = draw_with(&s, theme);
    let (x, y) = find(&buffer, "about care").expect("the link is shown");
    assert!(buffer[(x + 6, y)].modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn the_standard_theme_leaves_the_background_to_the_terminal() {
    for (what, s) in screens() {
        let buffer = draw_with(&s, Theme::STANDARD);
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

// ---------------------------------------------------------------------------
// The real program in a pseudo-terminal.

#[cfg(unix)]
mod e2e {
    use super::common::{ENTER, SIGTERM, TempDir, Tui, colours_in, sgr_sequences};

    fn colours(tui: &Tui) -> Vec<String> {
        let mut all: Vec<String> = sgr_sequences(&tui.raw())
            .iter()
            .flat_map(|sgr| colours_in(sgr))
            .collect();
        all.sort();
        all.dedup();
        all
    }

    /// The cells of the screen that are not black (vt100 colour 0), as
    /// "(row, col) text", and the cells drawn in grey.
    fn not_black(tui: &Tui) -> (Vec<String>, Vec<String>) {
        tui.with_screen(|s| {
            let (rows, cols) = s.size();
            let mut light = Vec::new();
            let mut grey = Vec::new();
            for row in 0..rows.get() {
                for col in 0..cols.get() {
                    let Some(cell) = s.cell(row, col) else {
                        continue;
                    };
                    let here = format!("({row}, {col}) {:?}", cell.contents());
                    if cell.bgcolor() != vt100::Color::Idx(0) {
                        light.push(here.clone());
                    }
                    if matches!(cell.fgcolor(), vt100::Color::Idx(7 | 8)) {
                        grey.push(here);
                    }
                }
            }
            (light, grey)
        })
    }

    /// Black everywhere, no grey, and only basic colour codes so far.
    fn assert_high_contrast(tui: &Tui, screen: &str) {
        let (light, grey) = not_black(tui);
        assert!(
            light.is_empty(),
            "{screen}: {} cells without a black background, first {:?}\n{}",
            light.len(),
            light.first(),
            tui.describe()
        );
        assert!(
            grey.is_empty(),
            "{screen}: grey text at {grey:?}\n{}",
            tui.describe()
        );
        let colours = colours(tui);
        let extended: Vec<&String> = colours
            .iter()
            .filter(|c| c.starts_with("38;") || c.starts_with("48;") || c.starts_with("58;"))
            .collect();
        assert!(
            extended.is_empty(),
            "{screen}: 256-colour or true-colour sequences, which the Linux console cannot show: {extended:?}"
        );
        assert!(
            colours.iter().any(|c| c == "40"),
            "{screen}: the black background (SGR 40) was never set: {colours:?}"
        );
        for grey in ["37", "90"] {
            assert!(
                !colours.iter().any(|c| c == grey),
                "{screen}: grey text (SGR {grey}) was written: {colours:?}"
            );
        }
    }

    /// Nothing from the test runner's own environment chooses for us.
    const CLEAN: [(&str, &str); 2] = [("NO_COLOR", ""), ("IMMUNOGUIDE_THEME", "")];

    fn spawn(args: &[&str], env: &[(&str, &str)]) -> Tui {
        let mut all: Vec<(&str, &str)> = CLEAN.to_vec();
        all.extend_from_slice(env);
        Tui::spawn_with_env(args, 80, 24, &all)
    }

    fn quit(tui: &mut Tui) {
        tui.send("q");
        let status = tui.wait_exit();
        assert_eq!(status.exit_code(), 0, "{}", tui.describe());
        tui.assert_restored();
    }

    #[test]
    fn the_high_contrast_option_writes_basic_colours_on_black() {
        let mut tui = spawn(&["--theme", "high-contrast"], &[("TERM", "linux")]);
        tui.wait_for("Press Enter");
        tui.wait_quiet();
        assert_high_contrast(&tui, "the welcome screen");
        tui.send(ENTER);
        tui.wait_for("Page 1 of");
        tui.wait_quiet();
        assert_high_contrast(&tui, "the first page");
        tui.send("?");
        tui.wait_quiet();
        assert_high_contrast(&tui, "help over the page");
        quit(&mut tui);
    }

    #[test]
    fn with_no_color_the_high_contrast_theme_writes_no_colour() {
        let mut tui = spawn(&["--theme", "high-contrast"], &[("NO_COLOR", "1")]);
        tui.wait_for("Press Enter");
        tui.send(ENTER);
        tui.wait_for("Page 1 of");
        tui.wait_quiet();
        quit(&mut tui);
        let coloured: Vec<String> = sgr_sequences(&tui.raw())
            .into_iter()
            .filter(|sgr| !colours_in(sgr).is_empty())
            .collect();
        assert!(coloured.is_empty(), "colours under NO_COLOR: {coloured:?}");
        // The start button is still in reverse video.
        assert!(
            sgr_sequences(&tui.raw())
                .iter()
                .any(|sgr| sgr.split(';').any(|p| p == "7")),
            "nothing in reverse video"
        );
    }

    #[test]
    fn the_standard_theme_paints_no_background() {
        let mut tui = spawn(&[], &[]);
        tui.wait_for("Press Enter");
        tui.wait_quiet();
        quit(&mut tui);
        let backgrounds: Vec<String> = colours(&tui)
            .into_iter()
            .filter(|c| c.starts_with('4') && c != "49")
            .collect();
        assert!(backgrounds.is_empty(), "{backgrounds:?}");
    }

    #[test]
    fn the_environment_variable_chooses_when_the_command_line_does_not() {
        let mut tui = spawn(&[], &[("IMMUNOGUIDE_THEME", "high-contrast")]);
        tui.wait_for("Press Enter");
        tui.wait_quiet();
        assert_high_contrast(&tui, "chosen by IMMUNOGUIDE_THEME");
        quit(&mut tui);

        // The command line wins over the variable.
        let mut tui = spawn(
            &["--theme", "standard"],
            &[("IMMUNOGUIDE_THEME", "high-contrast")],
        );
        tui.wait_for("Press Enter");
        tui.wait_quiet();
        quit(&mut tui);
        assert!(
            !colours(&tui).iter().any(|c| c == "40"),
            "{:?}",
            colours(&tui)
        );
    }

    #[test]
    fn a_wrong_theme_stops_before_the_screen_changes() {
        let mut tui = spawn(&[], &[("IMMUNOGUIDE_THEME", "bright")]);
        let status = tui.wait_exit();
        assert_eq!(status.exit_code(), 1, "{}", tui.describe());
        let screen = tui.screen();
        assert!(
            screen.contains("IMMUNOGUIDE_THEME is set to \"bright\", which is not a theme"),
            "{screen}"
        );
        assert!(!String::from_utf8_lossy(&tui.raw()).contains("\x1b[?1049h"));

        let mut tui = spawn(&["--theme", "bright"], &[]);
        let status = tui.wait_exit();
        assert_eq!(status.exit_code(), 2, "{}", tui.describe());
        let screen = tui.screen();
        assert!(screen.contains("standard"), "{screen}");
        assert!(screen.contains("high-contrast"), "{screen}");
    }

    #[test]
    fn in_a_kiosk_the_setting_wins_over_the_variable_and_loses_to_the_command_line() {
        let dir = TempDir::new("theme-kiosk");
        let config = dir.path().join("kiosk.toml");
        std::fs::write(&config, "theme = \"high-contrast\"\nreload = false\n")
            .expect("write the settings");
        let config = config.to_string_lossy().into_owned();

        let mut tui = spawn(&["--config", &config], &[("IMMUNOGUIDE_THEME", "standard")]);
        tui.wait_for("Press Enter");
        tui.wait_quiet();
        assert_high_contrast(&tui, "the kiosk's welcome screen");
        tui.signal(SIGTERM);
        tui.wait_exit();
        tui.assert_restored();

        let mut tui = spawn(&["--config", &config, "--theme", "standard"], &[]);
        tui.wait_for("Press Enter");
        tui.wait_quiet();
        tui.signal(SIGTERM);
        tui.wait_exit();
        assert!(
            !colours(&tui).iter().any(|c| c == "40"),
            "{:?}",
            colours(&tui)
        );
    }
}
