use super::*;

use std::ffi::OsString;

use ratatui::layout::Rect;

const DARK: ThemeName = ThemeName::Dark;
const LIGHT: ThemeName = ThemeName::Light;
const HIGH: ThemeName = ThemeName::HighContrast;

fn env(value: &str) -> OsString {
    OsString::from(value)
}

fn looks() -> [Theme; 4] {
    [
        Theme::DARK,
        Theme::LIGHT,
        Theme::HIGH_CONTRAST,
        Theme::PLAIN,
    ]
}

/// Every style the screens are drawn with, named for messages.
fn styles(t: Theme) -> Vec<(String, Style)> {
    let mut all = vec![
        ("base".to_string(), t.base()),
        ("link".into(), t.link()),
        ("border".into(), t.border(false)),
        ("focused border".into(), t.border(true)),
        ("title".into(), t.title()),
        ("selected".into(), t.selected()),
        ("current".into(), t.current()),
        ("key".into(), t.key()),
        ("dim".into(), t.dim()),
        ("emergency".into(), t.emergency()),
        ("notice".into(), t.notice()),
        ("button".into(), t.button()),
        ("key label".into(), t.key_label()),
        ("match".into(), t.match_mark()),
        ("chosen match".into(), t.chosen_match()),
        ("term".into(), t.term_mark()),
        ("focused link".into(), t.focused_link()),
    ];
    for kind in CalloutKind::ALL {
        all.push((format!("{kind:?} box"), t.callout(kind)));
        all.push((format!("{kind:?} label"), t.callout_label(kind)));
    }
    all
}

#[test]
fn no_color_takes_the_colours_out_of_every_look() {
    let set = env("1");
    assert_eq!(Theme::new(HIGH, None), Theme::HIGH_CONTRAST);
    assert_eq!(Theme::new(DARK, None), Theme::DARK);
    assert_eq!(Theme::new(LIGHT, None), Theme::LIGHT);
    assert_eq!(Theme::new(DARK, Some(&set)), Theme::PLAIN);
    // Empty NO_COLOR is not set, as no-color.org says.
    assert!(Theme::new(HIGH, Some(&env(""))).color);
    for name in [DARK, LIGHT, HIGH] {
        let plain = Theme::new(name, Some(&set));
        assert!(!plain.color);
        assert_eq!(plain.name, name);
        assert_eq!(plain.base(), Style::new());
        for (what, style) in styles(plain) {
            assert_eq!((style.fg, style.bg), (None, None), "{name}: {what}");
        }
        // The emphasis stays: only the colours go.
        assert_eq!(plain.title(), Style::new().add_modifier(Modifier::BOLD));
        assert!(plain.selected().add_modifier.contains(Modifier::REVERSED));
        assert!(
            plain
                .callout_label(CalloutKind::Emergency)
                .add_modifier
                .contains(Modifier::REVERSED)
        );
    }
}

/// The Linux console shows bold reversed text, and a bright colour
/// reversed, as dark grey on light grey (3.2:1): reverse video is only for
/// NO_COLOR, and never bold.
#[test]
fn reverse_video_is_never_bold_and_only_without_colour() {
    for t in looks() {
        for (what, style) in styles(t) {
            if style.add_modifier.contains(Modifier::REVERSED) {
                assert!(!t.color, "{:?} {what} uses reverse video", t.name);
                assert!(
                    !style.add_modifier.contains(Modifier::BOLD),
                    "{:?} {what} is bold and reversed",
                    t.name
                );
            }
        }
    }
}

/// Bold makes black letters dark grey on many terminals, and underline
/// makes any letters cyan on the Linux console: a badge's letters, the
/// chosen bar and found words are neither.
#[test]
fn letters_on_a_background_of_their_own_are_never_bold_or_underlined() {
    for t in [Theme::DARK, Theme::LIGHT, Theme::HIGH_CONTRAST] {
        for (what, style) in styles(t) {
            let Some(Color::Black) = style.fg else {
                continue;
            };
            assert!(style.bg.is_some(), "{:?} {what}", t.name);
            assert!(
                style.sub_modifier.contains(Modifier::BOLD),
                "{:?} {what}",
                t.name
            );
            assert!(
                style.sub_modifier.contains(Modifier::UNDERLINED),
                "{:?} {what}",
                t.name
            );
        }
        // A bold label piece stays a badge: not bold.
        let label = Piece {
            bold: true,
            ..piece("Note", Tone::Label(CalloutKind::Note))
        };
        assert!(!t.piece(&label).add_modifier.contains(Modifier::BOLD));
    }
}

fn piece(text: &str, tone: Tone) -> Piece {
    Piece {
        text: text.into(),
        tone,
        bold: false,
        italic: false,
        link: None,
    }
}

#[test]
fn links_and_glossary_words_differ_without_colour() {
    for t in looks() {
        let link = t.piece(&Piece {
            link: Some("care".into()),
            ..piece("→ care", Tone::Body)
        });
        let term = t.term_mark();
        assert!(
            link.add_modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED),
            "{:?}",
            t.name
        );
        assert_eq!(term.add_modifier, Modifier::UNDERLINED, "{:?}", t.name);
        // Not bold even in bold text, where a link would be.
        assert!(term.sub_modifier.contains(Modifier::BOLD), "{:?}", t.name);
        assert_eq!(term.fg, None);
    }
}

#[test]
fn high_contrast_has_no_grey_and_a_black_background() {
    let t = Theme::HIGH_CONTRAST;
    assert_eq!(t.base(), Style::new().fg(Color::White).bg(Color::Black));
    for (what, style) in styles(t) {
        assert!(
            !matches!(style.fg, Some(Color::Gray | Color::DarkGray)),
            "{what}: {style:?}"
        );
    }
    assert_eq!(t.dim().fg, Some(Color::White));
    assert!(t.title().add_modifier.contains(Modifier::BOLD));
    for kind in CalloutKind::ALL {
        let style = t.callout(kind);
        assert!(style.add_modifier.contains(Modifier::BOLD), "{kind:?}");
        assert!(!matches!(
            style.fg,
            Some(Color::Gray | Color::DarkGray | Color::Blue | Color::Black)
        ));
    }
}

#[test]
fn only_the_sixteen_named_colours_are_used() {
    for t in looks() {
        for (what, style) in styles(t) {
            for color in [style.fg, style.bg].into_iter().flatten() {
                // Reset is the terminal's own colour, set outright.
                assert!(
                    !matches!(color, Color::Indexed(_) | Color::Rgb(..)),
                    "{:?} {what}: {color:?}",
                    t.name
                );
            }
        }
    }
}

#[test]
fn t_shows_the_look_chosen_and_keeps_no_color() {
    assert_eq!(Theme::DARK.showing(None), Theme::DARK);
    assert_eq!(Theme::DARK.showing(Some(LIGHT)), Theme::LIGHT);
    let plain = Theme::PLAIN.showing(Some(HIGH));
    assert_eq!(plain.name, HIGH);
    assert!(!plain.color);
    // Auto draws as dark until the program settles it.
    let auto = Theme::new(ThemeName::Auto, None);
    assert_eq!(styles(auto), styles(Theme::DARK));
}

#[test]
fn the_fill_sets_only_what_nothing_else_chose() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 3, 1));
    buf[(1, 0)].set_fg(Color::LightRed);
    Theme::HIGH_CONTRAST.fill(&mut buf);
    assert_eq!(
        (buf[(0, 0)].fg, buf[(0, 0)].bg),
        (Color::White, Color::Black)
    );
    assert_eq!(
        (buf[(1, 0)].fg, buf[(1, 0)].bg),
        (Color::LightRed, Color::Black)
    );
    // The other looks and NO_COLOR leave the terminal's colours.
    let mut buf = Buffer::empty(Rect::new(0, 0, 3, 1));
    let blank = buf.clone();
    Theme::DARK.fill(&mut buf);
    Theme::LIGHT.fill(&mut buf);
    Theme::new(HIGH, Some(&env("1"))).fill(&mut buf);
    assert_eq!(buf, blank);
}
