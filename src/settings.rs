//! Settings that come from more than one place: the look, and the
//! linear mode for screen readers and magnifiers, are chosen on the
//! command line, in the kiosk settings file or by a clinic's environment
//! variable. Shared by the command line, the kiosk settings and the
//! drawing code, so none of them depends on another for it.

use std::ffi::OsStr;
use std::fmt;

use crate::contrast::{Rgb, is_light};

/// The environment variable a clinic can set once to choose the theme.
pub const THEME_VARIABLE: &str = "IMMUNOGUIDE_THEME";

/// The environment variable that turns the linear mode on, as `--plain`
/// does, for a screen reader user who wants it every time.
pub const PLAIN_VARIABLE: &str = "IMMUNOGUIDE_PLAIN";

/// Which look: chosen with `--theme`, the kiosk setting `theme`, or
/// `IMMUNOGUIDE_THEME`; `t` goes through the looks while reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    /// Dark or light, as the terminal's background is: the program asks
    /// the terminal (see `terminal::background`), and takes dark when it
    /// cannot tell.
    #[default]
    Auto,
    /// The usual colours, chosen to read on a dark background.
    Dark,
    /// The usual colours, chosen to read on a light background.
    Light,
    /// Bright white on black over every cell, bold titles and links, for
    /// low vision.
    HighContrast,
}

/// What the terminal said its background is, when asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    Dark,
    Light,
}

impl Background {
    /// A background colour as the terminal reports it.
    pub fn of(rgb: Rgb) -> Background {
        if is_light(rgb) {
            Background::Light
        } else {
            Background::Dark
        }
    }
}

impl ThemeName {
    pub const ALL: [ThemeName; 4] = [
        ThemeName::Auto,
        ThemeName::Dark,
        ThemeName::Light,
        ThemeName::HighContrast,
    ];

    /// The name as written on the command line, in settings and in docs.
    pub fn name(self) -> &'static str {
        match self {
            ThemeName::Auto => "auto",
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::HighContrast => "high-contrast",
        }
    }

    /// Reads a theme's name. Case and spaces around it do not matter, so
    /// `High-Contrast` set by hand still works. `standard`, the name of
    /// the usual look before it came in a dark and a light version, still
    /// works and means `auto`, so settings written for it keep their look.
    pub fn parse(text: &str) -> Option<ThemeName> {
        let text = text.trim();
        if text.eq_ignore_ascii_case(OLD_STANDARD) {
            return Some(ThemeName::Auto);
        }
        Self::ALL
            .into_iter()
            .find(|theme| theme.name().eq_ignore_ascii_case(text))
    }

    /// The names, for messages: `auto, dark, light or high-contrast`.
    pub fn names() -> String {
        let names: Vec<&str> = Self::ALL.iter().map(|t| t.name()).collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => names.join(""),
        }
    }

    /// The look to draw: `auto` becomes dark or light as the background
    /// is, and dark when nobody could tell.
    pub fn resolve(self, background: Option<Background>) -> ThemeName {
        match (self, background) {
            (ThemeName::Auto, Some(Background::Light)) => ThemeName::Light,
            (ThemeName::Auto, _) => ThemeName::Dark,
            (chosen, _) => chosen,
        }
    }

    /// The next look for `t`: dark, light, high contrast, then dark again.
    pub fn next(self) -> ThemeName {
        match self {
            ThemeName::Auto | ThemeName::HighContrast => ThemeName::Dark,
            ThemeName::Dark => ThemeName::Light,
            ThemeName::Light => ThemeName::HighContrast,
        }
    }
}

/// The old name of `auto` (see [`ThemeName::parse`]).
pub const OLD_STANDARD: &str = "standard";

impl fmt::Display for ThemeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Picks the theme: the command line first, then the kiosk settings, then
/// `IMMUNOGUIDE_THEME` (its value is passed in, so this stays testable),
/// then `auto`. An empty variable counts as not set, as with NO_COLOR. A
/// variable that names no theme is an error, so a typing mistake in a
/// clinic's setup is seen rather than silently ignored; it is only looked
/// at when nothing before it chose.
pub fn choose_theme(
    command_line: Option<ThemeName>,
    kiosk: Option<ThemeName>,
    variable: Option<&OsStr>,
) -> Result<ThemeName, String> {
    if let Some(theme) = command_line.or(kiosk) {
        return Ok(theme);
    }
    let Some(value) = variable.filter(|v| !v.is_empty()) else {
        return Ok(ThemeName::Auto);
    };
    value
        .to_str()
        .and_then(ThemeName::parse)
        .ok_or_else(|| {
            format!(
                "{THEME_VARIABLE} is set to {:?}, which is not a theme. Set it to {}, or leave it unset.",
                value.to_string_lossy(),
                ThemeName::names()
            )
        })
}

/// Whether to show the guide in the linear mode (one column, no box
/// drawing, the cursor on the focus): `--plain` first, then the kiosk
/// setting `plain`, then `IMMUNOGUIDE_PLAIN` (its value is passed in, read
/// once at start-up as NO_COLOR is). The variable takes `1`, `true`,
/// `yes` or `on` to turn it on and `0`, `false`, `no` or `off` to leave
/// it off; empty counts as not set. Any other value is an error, so a
/// typing mistake in a clinic's setup is seen, not silently ignored.
pub fn choose_plain(
    command_line: bool,
    kiosk: Option<bool>,
    variable: Option<&OsStr>,
) -> Result<bool, String> {
    if command_line {
        return Ok(true);
    }
    if let Some(plain) = kiosk {
        return Ok(plain);
    }
    let Some(value) = variable.filter(|v| !v.is_empty()) else {
        return Ok(false);
    };
    let text = value.to_str().map(str::trim).unwrap_or_default();
    let is = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(text));
    if is(&["1", "true", "yes", "on"]) {
        Ok(true)
    } else if is(&["0", "false", "no", "off"]) {
        Ok(false)
    } else {
        Err(format!(
            "{PLAIN_VARIABLE} is set to {:?}. Set it to 1 for the plain layout for screen readers, or leave it unset.",
            value.to_string_lossy()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::ffi::OsString;

    const AUTO: ThemeName = ThemeName::Auto;
    const DARK: ThemeName = ThemeName::Dark;
    const LIGHT: ThemeName = ThemeName::Light;
    const HIGH: ThemeName = ThemeName::HighContrast;

    fn env(value: &str) -> OsString {
        OsString::from(value)
    }

    #[test]
    fn names_parse_in_any_case_and_nothing_else_does() {
        assert_eq!(ThemeName::parse("auto"), Some(AUTO));
        assert_eq!(ThemeName::parse("dark"), Some(DARK));
        assert_eq!(ThemeName::parse("Light"), Some(LIGHT));
        assert_eq!(ThemeName::parse("high-contrast"), Some(HIGH));
        assert_eq!(ThemeName::parse(" High-Contrast "), Some(HIGH));
        for bad in ["", "high", "highcontrast", "high_contrast", "darker", "-"] {
            assert_eq!(ThemeName::parse(bad), None, "{bad:?}");
        }
        for theme in ThemeName::ALL {
            assert_eq!(ThemeName::parse(theme.name()), Some(theme));
            assert_eq!(theme.to_string(), theme.name());
        }
        assert_eq!(ThemeName::names(), "auto, dark, light or high-contrast");
    }

    #[test]
    fn the_old_name_standard_still_works_and_means_auto() {
        assert_eq!(ThemeName::parse("standard"), Some(AUTO));
        assert_eq!(ThemeName::parse(" Standard "), Some(AUTO));
        assert_eq!(choose_theme(None, None, Some(&env("standard"))), Ok(AUTO));
    }

    #[test]
    fn auto_follows_the_background_and_is_dark_when_nobody_can_tell() {
        assert_eq!(AUTO.resolve(Some(Background::Light)), LIGHT);
        assert_eq!(AUTO.resolve(Some(Background::Dark)), DARK);
        assert_eq!(AUTO.resolve(None), DARK);
        // A look chosen by name stays whatever the background.
        for chosen in [DARK, LIGHT, HIGH] {
            for background in [None, Some(Background::Light), Some(Background::Dark)] {
                assert_eq!(chosen.resolve(background), chosen);
            }
        }
        assert_eq!(Background::of([0xff, 0xff, 0xff]), Background::Light);
        assert_eq!(Background::of([0xee, 0xee, 0xec]), Background::Light);
        assert_eq!(Background::of([0x2e, 0x34, 0x36]), Background::Dark);
        assert_eq!(Background::of([0, 0, 0]), Background::Dark);
    }

    #[test]
    fn t_goes_dark_light_high_contrast_and_round_again() {
        assert_eq!(DARK.next(), LIGHT);
        assert_eq!(LIGHT.next(), HIGH);
        assert_eq!(HIGH.next(), DARK);
        // Auto is never what is shown, but if it were, t starts at dark.
        assert_eq!(AUTO.next(), DARK);
    }

    #[test]
    fn the_command_line_wins_then_the_kiosk_then_the_variable() {
        let hc = env("high-contrast");
        let light = env("light");
        assert_eq!(choose_theme(None, None, None), Ok(AUTO));
        assert_eq!(choose_theme(None, None, Some(&hc)), Ok(HIGH));
        assert_eq!(choose_theme(None, Some(HIGH), Some(&light)), Ok(HIGH));
        assert_eq!(choose_theme(None, Some(DARK), Some(&hc)), Ok(DARK));
        assert_eq!(choose_theme(Some(LIGHT), Some(HIGH), Some(&hc)), Ok(LIGHT));
        assert_eq!(choose_theme(Some(HIGH), Some(DARK), Some(&light)), Ok(HIGH));
        assert_eq!(choose_theme(Some(HIGH), None, None), Ok(HIGH));
        assert_eq!(choose_theme(Some(AUTO), Some(HIGH), None), Ok(AUTO));
    }

    #[test]
    fn an_empty_variable_is_unset_and_a_wrong_one_is_an_error() {
        assert_eq!(choose_theme(None, None, Some(&env(""))), Ok(AUTO));
        let message = choose_theme(None, None, Some(&env("bright"))).unwrap_err();
        assert_eq!(
            message,
            "IMMUNOGUIDE_THEME is set to \"bright\", which is not a theme. Set it to auto, dark, light or high-contrast, or leave it unset."
        );
        // A wrong variable does not matter when something else chose.
        assert_eq!(
            choose_theme(Some(HIGH), None, Some(&env("bright"))),
            Ok(HIGH)
        );
        assert_eq!(
            choose_theme(None, Some(DARK), Some(&env("bright"))),
            Ok(DARK)
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_variable_that_is_not_text_is_an_error() {
        use std::os::unix::ffi::OsStringExt;
        let value = OsString::from_vec(vec![b'h', 0xff]);
        let message = choose_theme(None, None, Some(&value)).unwrap_err();
        assert!(message.contains("not a theme"), "{message}");
    }

    #[test]
    fn plain_comes_from_the_flag_then_the_kiosk_then_the_variable() {
        let on = env("1");
        let off = env("0");
        assert_eq!(choose_plain(false, None, None), Ok(false));
        assert_eq!(choose_plain(true, None, None), Ok(true));
        assert_eq!(choose_plain(true, Some(false), Some(&off)), Ok(true));
        assert_eq!(choose_plain(false, Some(true), Some(&off)), Ok(true));
        assert_eq!(choose_plain(false, Some(false), Some(&on)), Ok(false));
        assert_eq!(choose_plain(false, None, Some(&on)), Ok(true));
        assert_eq!(choose_plain(false, None, Some(&off)), Ok(false));
        for yes in ["true", " YES ", "On"] {
            assert_eq!(
                choose_plain(false, None, Some(&env(yes))),
                Ok(true),
                "{yes}"
            );
        }
        for no in ["false", "No", "OFF", ""] {
            assert_eq!(choose_plain(false, None, Some(&env(no))), Ok(false), "{no}");
        }
    }

    #[test]
    fn a_plain_variable_that_says_neither_is_an_error() {
        let message = choose_plain(false, None, Some(&env("plain"))).unwrap_err();
        assert_eq!(
            message,
            "IMMUNOGUIDE_PLAIN is set to \"plain\". Set it to 1 for the plain layout for screen readers, or leave it unset."
        );
        // Not looked at when something else chose.
        assert_eq!(choose_plain(true, None, Some(&env("plain"))), Ok(true));
        assert_eq!(
            choose_plain(false, Some(false), Some(&env("plain"))),
            Ok(false)
        );
    }
}
