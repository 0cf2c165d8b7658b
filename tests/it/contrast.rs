//! Every colour pair the themes draw, measured as WCAG 2 contrast ratios on
//! the palettes of common terminals (contrast/palettes.rs), as each
//! terminal shows them (contrast/shown.rs): the letters of every cell of
//! every screen (the reader, links and glossary words, chosen ones, found
//! words, callout labels and frames, the contents, search, the glossary,
//! a definition, the symptom list, help, the bottom line, the kiosk's
//! touch bar with a button pressed, its A to Z chooser, help page,
//! notices, countdown and PIN prompt), and every style the theme offers,
//! on its own.
//!
//! Each look is measured on the terminals it is meant for: dark on the
//! dark ones (xterm reversed, the Linux console, Windows Terminal, GNOME
//! Terminal's Tango dark), light on the light ones (xterm, macOS Terminal,
//! Tango light), both on the touch-screen kiosk's foot, whose palette
//! (deploy/foot.ini) is set up for every look; high contrast, which paints
//! its own background, and NO_COLOR, which keeps the terminal's, on all of
//! them.
//!
//! Letters need 4.5:1 (WCAG's AA for text). Box lines (the characters
//! U+2500–U+257F: borders, callout frames) are not text and need 3:1
//! (WCAG's non-text contrast), except in high contrast, which holds them
//! to 4.5:1 like text. Blank cells have nothing to read.
//!
//! The lowest figures are written in docs/colours.md; a change of colours
//! that moves them fails here until the page is brought up to date.

mod palettes;
mod screens;
mod shown;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use immunoguide::content::CalloutKind;
use immunoguide::contrast::contrast_ratio;
use immunoguide::settings::ThemeName;
use immunoguide::ui::Theme;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::support::draw_with;
use palettes::{FOOT_KIOSK, FOOT_KIOSK_NAME, Looks, TERMINALS, Terminal};
use screens::screens;
use shown::shown;

const TEXT: f64 = 4.5;
const LINES: f64 = 3.0;

/// The looks measured, by the names the docs use.
fn looks() -> [(&'static str, Theme); 4] {
    [
        ("dark", Theme::DARK),
        ("light", Theme::LIGHT),
        ("high-contrast", Theme::HIGH_CONTRAST),
        ("NO_COLOR", Theme::PLAIN),
    ]
}

/// The terminals a look is meant for, with their place in the list.
fn terminals_for(theme: &Theme) -> Vec<(usize, &'static Terminal)> {
    TERMINALS
        .iter()
        .enumerate()
        .filter(|(_, t)| match (theme.color, theme.name) {
            (false, _) | (true, ThemeName::HighContrast) => true,
            (true, ThemeName::Light) => matches!(t.looks, Looks::Light | Looks::DarkAndLight),
            (true, _) => matches!(t.looks, Looks::Dark | Looks::DarkAndLight),
        })
        .collect()
}

/// Box lines, which need less than letters (see the module).
fn is_box_line(symbol: &str) -> bool {
    !symbol.is_empty()
        && symbol
            .chars()
            .all(|c| ('\u{2500}'..='\u{257f}').contains(&c))
}

/// The contrast a cell needs in a look, or `None` if it shows nothing.
fn needed(theme: &Theme, symbol: &str) -> Option<(f64, Kind)> {
    if symbol.trim().is_empty() {
        None
    } else if is_box_line(symbol) {
        let need = if theme.name == ThemeName::HighContrast && theme.color {
            TEXT
        } else {
            LINES
        };
        Some((need, Kind::Lines))
    } else {
        Some((TEXT, Kind::Text))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Text,
    Lines,
}

/// Every style the theme offers, on a cell of its own over the theme's
/// base, with a letter or a box line as the style is for.
fn styles(theme: &Theme) -> Vec<(String, Buffer)> {
    let mut list: Vec<(String, Style, &str)> = vec![
        ("the base".into(), Style::new(), "x"),
        ("a link".into(), theme.link(), "x"),
        ("a title".into(), theme.title(), "x"),
        ("the chosen entry".into(), theme.selected(), "x"),
        ("the section being read".into(), theme.current(), "x"),
        ("a key".into(), theme.key(), "x"),
        ("quiet text".into(), theme.dim(), "x"),
        ("urgent words".into(), theme.emergency(), "x"),
        ("a notice".into(), theme.notice(), "x"),
        ("a button".into(), theme.button(), "x"),
        ("a key's name in help".into(), theme.key_label(), "x"),
        ("a search word found".into(), theme.match_mark(), "x"),
        (
            "letters found in a chosen row".into(),
            theme.chosen_match(),
            "x",
        ),
        ("a glossary word".into(), theme.term_mark(), "x"),
        ("the link chosen".into(), theme.focused_link(), "x"),
        ("a box's lines".into(), theme.border(false), "─"),
        (
            "the lines of the box in focus".into(),
            theme.border(true),
            "─",
        ),
    ];
    for kind in CalloutKind::ALL {
        list.push((format!("a {kind:?} frame"), theme.callout(kind), "═"));
        list.push((format!("a {kind:?} label"), theme.callout_label(kind), "x"));
    }
    list.into_iter()
        .map(|(what, style, symbol)| {
            let mut buf = Buffer::empty(Rect::new(0, 0, 1, 1));
            buf.set_style(buf.area, theme.base());
            buf.set_style(buf.area, style);
            buf[(0, 0)].set_symbol(symbol);
            theme.fill(&mut buf);
            (what, buf)
        })
        .collect()
}

/// One measured cell that falls short.
struct Shortfall {
    look: &'static str,
    terminal: &'static str,
    place: String,
    cell: Cell,
    ratio: f64,
    need: f64,
}

/// The lowest ratios, by look, terminal and kind, and what falls short.
struct Measured {
    lowest: BTreeMap<(usize, usize, Kind), f64>,
    short: Vec<Shortfall>,
    cells: usize,
}

fn measured() -> &'static Measured {
    static MEASURED: OnceLock<Measured> = OnceLock::new();
    MEASURED.get_or_init(|| {
        let screens = screens();
        let mut m = Measured {
            lowest: BTreeMap::new(),
            short: Vec::new(),
            cells: 0,
        };
        for (l, (look, theme)) in looks().into_iter().enumerate() {
            let mut drawn: Vec<(String, Buffer)> = screens
                .iter()
                .map(|(what, s)| ((*what).to_string(), draw_with(s, &theme)))
                .collect();
            drawn.extend(styles(&theme));
            for (t, terminal) in terminals_for(&theme) {
                for (what, buffer) in &drawn {
                    for y in 0..buffer.area.height {
                        for x in 0..buffer.area.width {
                            let cell = &buffer[(x, y)];
                            let Some((need, kind)) = needed(&theme, cell.symbol()) else {
                                continue;
                            };
                            let (text, back) = shown(terminal, cell);
                            let ratio = contrast_ratio(text, back);
                            m.cells += 1;
                            let low = m.lowest.entry((l, t, kind)).or_insert(f64::MAX);
                            *low = low.min(ratio);
                            if ratio < need {
                                m.short.push(Shortfall {
                                    look,
                                    terminal: terminal.name,
                                    place: format!("{what}, cell ({x}, {y})"),
                                    cell: cell.clone(),
                                    ratio,
                                    need,
                                });
                            }
                        }
                    }
                }
            }
        }
        m
    })
}

#[test]
fn every_colour_pair_reads_on_every_terminal_its_look_is_for() {
    let m = measured();
    assert!(m.cells > 100_000, "only {} cells measured", m.cells);
    // Every look was measured on every terminal it is for, text and lines.
    for (l, (look, theme)) in looks().into_iter().enumerate() {
        for (t, terminal) in terminals_for(&theme) {
            for kind in [Kind::Text, Kind::Lines] {
                assert!(
                    m.lowest.contains_key(&(l, t, kind)),
                    "{look} on {}: no {kind:?} measured",
                    terminal.name
                );
            }
        }
    }
    let report: Vec<String> = m
        .short
        .iter()
        .take(40)
        .map(|s| {
            format!(
                "{} on {}: {}: {:?} is {:.2}:1, needs {}:1 ({:?} on {:?}, {:?})",
                s.look,
                s.terminal,
                s.place,
                s.cell.symbol(),
                s.ratio,
                s.need,
                s.cell.fg,
                s.cell.bg,
                s.cell.modifier
            )
        })
        .collect();
    assert!(
        m.short.is_empty(),
        "{} cells fall short:\n{}",
        m.short.len(),
        report.join("\n")
    );
}

/// The table in docs/colours.md, made from the measurements.
fn table() -> String {
    let m = measured();
    let mut out = String::from(
        "| theme | terminal | lowest, text | lowest, box lines |\n|---|---|---:|---:|\n",
    );
    for (l, (look, theme)) in looks().into_iter().enumerate() {
        for (t, terminal) in terminals_for(&theme) {
            let low = |kind| m.lowest.get(&(l, t, kind)).copied().unwrap_or(f64::NAN);
            let _ = writeln!(
                out,
                "| {look} | {} | {:.2} | {:.2} |",
                terminal.name,
                low(Kind::Text),
                low(Kind::Lines)
            );
        }
    }
    out
}

#[test]
fn the_lowest_ratios_are_as_documented() {
    let doc = include_str!("../../docs/colours.md");
    let table = table();
    assert!(
        doc.contains(&table),
        "docs/colours.md does not hold the measured figures; put this table in it:\n\n{table}"
    );
}

/// The model of each terminal is checked against what is known of it, so
/// the measurements above rest on something.
#[test]
fn the_terminals_show_cells_as_they_are_known_to() {
    use ratatui::style::{Color, Modifier};
    let cell = |fg: Color, bg: Color, m: Modifier| {
        let mut c = Cell::default();
        c.set_symbol("x").set_fg(fg).set_bg(bg);
        c.modifier = m;
        c
    };
    let find = |name: &str| TERMINALS.iter().find(|t| t.name.starts_with(name)).unwrap();
    let console = find("Linux console");
    let xterm = find("xterm, black on white");
    let none = Modifier::empty();
    // The issue that started this: blue links on the console, 1.6:1.
    let (text, back) = shown(console, &cell(Color::Blue, Color::Reset, none));
    assert!((contrast_ratio(text, back) - 1.58).abs() < 0.01);
    // Bold and reversed on the console: dark grey on light grey.
    let (text, back) = shown(
        console,
        &cell(
            Color::Reset,
            Color::Reset,
            Modifier::BOLD | Modifier::REVERSED,
        ),
    );
    assert_eq!((text, back), ([0x55; 3], [0xaa; 3]));
    // Underlined letters are cyan there, whatever their colour.
    let (text, _) = shown(
        console,
        &cell(Color::Blue, Color::Reset, Modifier::UNDERLINED),
    );
    assert_eq!(text, [0x00, 0xaa, 0xaa]);
    // No bright backgrounds.
    let (_, back) = shown(console, &cell(Color::Black, Color::LightYellow, none));
    assert_eq!(back, [0xaa, 0x55, 0x00]);
    // xterm shows bold blue as its bright blue, and leaves the default
    // colours alone.
    let (text, _) = shown(xterm, &cell(Color::Blue, Color::Reset, Modifier::BOLD));
    assert_eq!(text, [0x5c, 0x5c, 0xff]);
    let (text, back) = shown(xterm, &cell(Color::Reset, Color::Reset, Modifier::REVERSED));
    assert_eq!((text, back), ([0xff; 3], [0; 3]));
}

/// The kiosk's foot is measured with the colours deploy/foot.ini gives
/// it, so the figures above are the kiosk's: a colour changed in one
/// place and not the other fails here.
#[test]
fn the_kiosk_terminal_is_measured_as_deployed() {
    let ini = include_str!("../../deploy/foot.ini");
    // foot.ini's sections, each a list of its key=value lines.
    let mut sections: Vec<(&str, Vec<(&str, &str)>)> = vec![("main", Vec::new())];
    for line in ini.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            sections.push((name, Vec::new()));
        } else if let Some((key, value)) = line.split_once('=')
            && let Some((_, keys)) = sections.last_mut()
        {
            keys.push((key.trim(), value.trim()));
        }
    }
    // A section may be opened more than once ([main] is also the lines
    // before the first heading); a key set twice shows twice.
    let section = |name: &str| -> Vec<(&str, &str)> {
        sections
            .iter()
            .filter(|(n, _)| *n == name)
            .flat_map(|(_, keys)| keys.iter().copied())
            .collect()
    };

    let foot = TERMINALS
        .iter()
        .find(|t| t.name == FOOT_KIOSK_NAME)
        .expect("the kiosk's foot is among the terminals measured");
    assert_eq!(foot.colours, FOOT_KIOSK);
    let hex = |rgb: [u8; 3]| format!("{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
    let mut want = vec![
        ("foreground".to_string(), hex(foot.text)),
        ("background".to_string(), hex(foot.background)),
    ];
    for (n, &rgb) in foot.colours.iter().enumerate() {
        let key = if n < 8 {
            format!("regular{n}")
        } else {
            format!("bright{}", n - 8)
        };
        want.push((key, hex(rgb)));
    }
    let mut have: Vec<(String, String)> = section("colors")
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_ascii_lowercase()))
        .collect();
    want.sort();
    have.sort();
    assert_eq!(
        have, want,
        "deploy/foot.ini's [colors] is not the palette measured as {FOOT_KIOSK_NAME}"
    );

    // Bold is measured as keeping its colour; foot.ini says so rather
    // than leave it to foot's default.
    let bold_is_bright = match foot.rules {
        palettes::Rules::Emulator { bold_is_bright } => bold_is_bright,
        palettes::Rules::LinuxConsole => panic!("foot is not the Linux console"),
    };
    let main = section("main");
    // foot takes the last one.
    let setting = main
        .iter()
        .rfind(|(k, _)| *k == "bold-text-in-bright")
        .map(|(_, v)| *v);
    assert_eq!(
        setting,
        Some(if bold_is_bright { "yes" } else { "no" }),
        "deploy/foot.ini's bold-text-in-bright"
    );
}
