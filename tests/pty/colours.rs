//! Colour as the program writes it to a real terminal, read from the
//! bytes: with NO_COLOR no colour at all and the selected entry and search
//! matches in reverse video; on the Linux console no 256-colour or
//! true-colour sequences; the high-contrast theme, chosen by `--theme`,
//! the kiosk setting or `IMMUNOGUIDE_THEME`, only basic colours on black;
//! and the dark theme leaves the page's background to the terminal. The
//! drawn frames themselves are checked in tests/it/theme.rs, their
//! contrast in tests/it/contrast.rs, and `auto` in background.rs.

use crate::shared::TempDir;
use crate::support::{DOWN, ENTER, SIGTERM, Tui, UP, colours_in, guide_sections, sgr_sequences};

/// Every colour the program set, each once, in order.
fn colours(tui: &Tui) -> Vec<String> {
    let mut all: Vec<String> = sgr_sequences(&tui.raw())
        .iter()
        .flat_map(|sgr| colours_in(sgr))
        .collect();
    all.sort();
    all.dedup();
    all
}

/// The 256-colour and true-colour sequences the program wrote, which the
/// Linux console cannot show: it has only the 16 basic colours.
fn extended_colours(tui: &Tui) -> Vec<String> {
    colours(tui)
        .into_iter()
        .filter(|c| c.starts_with("38;") || c.starts_with("48;") || c.starts_with("58;"))
        .collect()
}

// ---------------------------------------------------------------------------
// NO_COLOR and the Linux console, in the dark theme.

/// Cells or runs of cells: their text, and whether in reverse video.
type Cells = Vec<(String, bool)>;

/// Reads the guide as a person checking the colours would: the contents
/// list focused, then a search opened at its first result.
fn read_with_colours(env: &[(&str, &str)]) -> (Tui, Cells, Cells) {
    let (_, sections) = guide_sections();
    let mut tui = Tui::spawn_with_env(&[], 100, 30, env);
    tui.wait_for("Press Enter");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.send("c");
    tui.send(DOWN);
    tui.send(UP);
    // Titles may be cut short in the list ("How to use this gu…").
    let selected: String = sections[0].title.chars().take(14).collect();
    tui.wait_until("the contents list to have the focus", |s| {
        s.contains("Enter Read")
    });
    tui.wait_quiet();
    let contents = cells_of_row(&tui, &selected);
    tui.send("c");
    tui.send("/");
    tui.wait_for("Search:");
    tui.send("immune");
    tui.wait_for("places found");
    tui.send(ENTER);
    tui.wait_until("the search box to close", |s| !s.contains("Search:"));
    tui.wait_quiet();
    let matches = cells_matching(&tui, "immune");
    tui.send("q");
    tui.expect_exit(0);
    tui.assert_restored();
    (tui, contents, matches)
}

/// The cells of the first row of the contents list holding `text`:
/// (contents, in reverse video).
fn cells_of_row(tui: &Tui, text: &str) -> Cells {
    tui.with_screen(|s| {
        let (rows, cols) = s.size();
        let cols = cols.get();
        for row in 0..rows.get() {
            let line: String = (0..cols)
                .map(|c| {
                    s.cell(row, c)
                        .map_or(" ".into(), |c| c.contents().to_string())
                })
                .collect();
            // An entry of the contents list, not the breadcrumb above it
            // nor the page's title beside it.
            let in_list: String = line.chars().skip(1).take_while(|&c| c != '│').collect();
            if line.starts_with('│') && in_list.contains(text) {
                return (0..cols)
                    .filter_map(|c| s.cell(row, c))
                    .map(|c| (c.contents().to_string(), c.inverse()))
                    .collect();
            }
        }
        Vec::new()
    })
}

/// Every run of cells in reverse video, as text, with whether it spells
/// `word` (any case).
fn cells_matching(tui: &Tui, word: &str) -> Cells {
    tui.with_screen(|s| {
        let (rows, cols) = s.size();
        let mut runs = Vec::new();
        for row in 0..rows.get() {
            let mut run = String::new();
            for col in 0..=cols.get() {
                match s.cell(row, col) {
                    Some(cell) if cell.inverse() => run.push_str(cell.contents()),
                    _ => {
                        if !run.is_empty() {
                            let hit = run.to_lowercase().contains(word);
                            runs.push((std::mem::take(&mut run), hit));
                        }
                    }
                }
            }
        }
        runs
    })
}

#[test]
fn no_color_writes_no_colour_and_marks_in_reverse_video() {
    let (tui, contents, matches) = read_with_colours(&[("NO_COLOR", "1")]);
    let coloured: Vec<String> = sgr_sequences(&tui.raw())
        .iter()
        .filter(|sgr| !colours_in(sgr).is_empty())
        .cloned()
        .collect();
    assert!(
        coloured.is_empty(),
        "with NO_COLOR=1 these colour sequences were written: {coloured:?}"
    );
    // Information is still there without colour: the selected entry of
    // the contents is in reverse video, and so are the search matches.
    let (_, sections) = guide_sections();
    let selected: String = sections[0].title.chars().take(14).collect();
    let inverse: String = contents
        .iter()
        .filter(|(_, inverse)| *inverse)
        .map(|(c, _)| c.as_str())
        .collect();
    assert!(
        inverse.contains(selected.as_str()),
        "the selected contents entry {selected:?} is not in reverse video; reverse cells of its row: {inverse:?}\n{}",
        tui.describe()
    );
    assert!(
        matches.iter().any(|(_, hit)| *hit),
        "no search match for \"immune\" is in reverse video; reverse runs: {matches:?}\n{}",
        tui.describe()
    );
    // And the emphasis that is used is only bold, underline and reverse.
    let allowed = ["", "0", "1", "4", "7", "22", "24", "27", "39", "49", "59"];
    let other: Vec<&str> = sgr_sequences(&tui.raw())
        .iter()
        .flat_map(|sgr| sgr.split(';').map(str::to_string).collect::<Vec<_>>())
        .filter(|p| !allowed.contains(&p.as_str()))
        .map(|p| {
            if p == "3" || p == "23" {
                "italic"
            } else {
                "other"
            }
        })
        .collect();
    assert!(
        other.iter().all(|p| *p == "italic"),
        "with NO_COLOR=1, attributes other than bold, italic, underline and reverse: {other:?}"
    );
}

#[test]
fn the_linux_console_gets_no_256_colour_or_true_colour_sequences() {
    let (tui, contents, _) = read_with_colours(&[("TERM", "linux")]);
    let extended = extended_colours(&tui);
    assert!(
        extended.is_empty(),
        "with TERM=linux these 256-colour or true-colour sequences were written (the Linux console shows only the 16 basic colours, SGR 30–37, 40–47, 90–97 and 100–107): {extended:?}"
    );
    assert!(!contents.is_empty(), "{}", tui.describe());
}

// ---------------------------------------------------------------------------
// The themes.

/// The backgrounds the themes give a few cells of their own: the chosen
/// entry, a key, a button (grey, blue or white), a callout's badge and the
/// urgent words (red, blue, cyan, green, grey), found words (cyan).
const OWN_BACKGROUNDS: [u8; 6] = [1, 4, 7, 10, 14, 15];

/// The cells of the screen that are not black (vt100 colour 0) nor one
/// of [`OWN_BACKGROUNDS`], as "(row, col) text"; the cells drawn in grey
/// on black; and how many cells are on black.
fn not_black(tui: &Tui) -> (Vec<String>, Vec<String>, usize) {
    tui.with_screen(|s| {
        let (rows, cols) = s.size();
        let mut light = Vec::new();
        let mut grey = Vec::new();
        let mut black = 0;
        for row in 0..rows.get() {
            for col in 0..cols.get() {
                let Some(cell) = s.cell(row, col) else {
                    continue;
                };
                let here = format!("({row}, {col}) {:?}", cell.contents());
                match cell.bgcolor() {
                    vt100::Color::Idx(0) => black += 1,
                    vt100::Color::Idx(n) if OWN_BACKGROUNDS.contains(&n) => continue,
                    _ => light.push(here.clone()),
                }
                if matches!(cell.fgcolor(), vt100::Color::Idx(7 | 8)) {
                    grey.push(here);
                }
            }
        }
        (light, grey, black)
    })
}

/// Black nearly everywhere (a few cells have backgrounds of their own),
/// no grey, and only basic colour codes so far.
fn assert_high_contrast(tui: &Tui, screen: &str) {
    let (light, grey, black) = not_black(tui);
    assert!(
        light.is_empty(),
        "{screen}: {} cells on the terminal's background, first {:?}\n{}",
        light.len(),
        light.first(),
        tui.describe()
    );
    assert!(
        black * 10 > 80 * 24 * 9,
        "{screen}: only {black} cells on black\n{}",
        tui.describe()
    );
    assert!(
        grey.is_empty(),
        "{screen}: grey text at {grey:?}\n{}",
        tui.describe()
    );
    let extended = extended_colours(tui);
    assert!(
        extended.is_empty(),
        "{screen}: 256-colour or true-colour sequences, which the Linux console cannot show: {extended:?}"
    );
    let colours = colours(tui);
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

/// The dark look leaves the page's background to the terminal: the only
/// backgrounds written are those of the start button and the keys (grey)
/// and of the emergency line (red), never black, and nearly every cell
/// keeps the terminal's own.
#[test]
fn the_dark_theme_paints_no_page_background() {
    let mut tui = spawn(&["--theme", "dark"], &[]);
    tui.wait_for("Press Enter");
    tui.wait_quiet();
    let own = tui.with_screen(|s| {
        let (rows, cols) = s.size();
        (0..rows.get())
            .flat_map(|r| (0..cols.get()).map(move |c| (r, c)))
            .filter(|&(r, c)| {
                s.cell(r, c)
                    .is_some_and(|c| c.bgcolor() == vt100::Color::Default)
            })
            .count()
    });
    assert!(
        own * 10 > 80 * 24 * 9,
        "only {own} cells on the terminal's background"
    );
    quit(&mut tui);
    let backgrounds: Vec<String> = colours(&tui)
        .into_iter()
        .filter(|c| (c.starts_with('4') || c.starts_with("10")) && c != "49")
        .collect();
    assert!(
        !backgrounds.is_empty(),
        "no button or key has colours of its own"
    );
    assert!(
        backgrounds.iter().all(|c| c == "47" || c == "41"),
        "{backgrounds:?}"
    );
}

#[test]
fn the_environment_variable_chooses_when_the_command_line_does_not() {
    let mut tui = spawn(&[], &[("IMMUNOGUIDE_THEME", "high-contrast")]);
    tui.wait_for("Press Enter");
    tui.wait_quiet();
    assert_high_contrast(&tui, "chosen by IMMUNOGUIDE_THEME");
    quit(&mut tui);

    // The command line wins over the variable; `standard`, the old name
    // of `auto`, still works (this terminal does not answer, so: dark).
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
    for name in ["auto", "dark", "light", "high-contrast"] {
        assert!(screen.contains(name), "{name}: {screen}");
    }
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

    let mut tui = spawn(&["--config", &config, "--theme", "dark"], &[]);
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
