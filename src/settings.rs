//! Settings that come from more than one place: the look and the language
//! are chosen on the command line, in the kiosk settings file or by the
//! environment. Shared by the command line, the kiosk settings and the
//! drawing code, so none of them depends on another for it. The
//! environment is read here, once, at start; nothing else looks at it.

use std::ffi::{OsStr, OsString};
use std::fmt;

use crate::language::Language;

/// The environment variable a clinic can set once to choose the theme.
pub const THEME_VARIABLE: &str = "IMMUNOGUIDE_THEME";

/// Which look: chosen with `--theme`, the kiosk setting `theme`, or
/// `IMMUNOGUIDE_THEME`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Standard,
    HighContrast,
}

impl ThemeName {
    pub const ALL: [ThemeName; 2] = [ThemeName::Standard, ThemeName::HighContrast];

    /// The name as written on the command line, in settings and in docs.
    pub fn name(self) -> &'static str {
        match self {
            ThemeName::Standard => "standard",
            ThemeName::HighContrast => "high-contrast",
        }
    }

    /// Reads a theme's name. Case and spaces around it do not matter, so
    /// `High-Contrast` set by hand still works.
    pub fn parse(text: &str) -> Option<ThemeName> {
        let text = text.trim();
        Self::ALL
            .into_iter()
            .find(|theme| theme.name().eq_ignore_ascii_case(text))
    }

    /// The names, for messages: `standard or high-contrast`.
    pub fn names() -> String {
        let names: Vec<&str> = Self::ALL.iter().map(|t| t.name()).collect();
        names.join(" or ")
    }
}

impl fmt::Display for ThemeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Picks the theme: the command line first, then the kiosk settings, then
/// `IMMUNOGUIDE_THEME` (its value is passed in, so this stays testable),
/// then the standard theme. An empty variable counts as not set, as with
/// NO_COLOR. A variable that names no theme is an error, so a typing
/// mistake in a clinic's setup is seen rather than silently ignored; it is
/// only looked at when nothing before it chose.
pub fn choose_theme(
    command_line: Option<ThemeName>,
    kiosk: Option<ThemeName>,
    variable: Option<&OsStr>,
) -> Result<ThemeName, String> {
    if let Some(theme) = command_line.or(kiosk) {
        return Ok(theme);
    }
    let Some(value) = variable.filter(|v| !v.is_empty()) else {
        return Ok(ThemeName::Standard);
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

/// The environment variables that name the person's language, as the
/// system set them: `LC_ALL`, `LC_MESSAGES` and `LANG`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Locale {
    pub lc_all: Option<OsString>,
    pub lc_messages: Option<OsString>,
    pub lang: Option<OsString>,
}

impl Locale {
    /// Reads the three variables, once, at start.
    pub fn from_environment() -> Self {
        Self {
            lc_all: std::env::var_os("LC_ALL"),
            lc_messages: std::env::var_os("LC_MESSAGES"),
            lang: std::env::var_os("LANG"),
        }
    }

    /// The language the environment asks for. As in every program that
    /// follows POSIX, the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that
    /// is set and not empty decides: `es_US.UTF-8` asks for Spanish, while
    /// `C`, `POSIX` or a language the guide does not come in (`fr_FR`)
    /// asks for none, and the guide's default is shown. Never an error: a
    /// computer's locale is not a setting of ours to correct.
    pub fn language(&self) -> Option<Language> {
        [&self.lc_all, &self.lc_messages, &self.lang]
            .into_iter()
            .flatten()
            .find(|value| !value.is_empty())
            .and_then(|value| value.to_str())
            .and_then(Language::from_code)
    }
}

/// Picks the language asked for: the command line first (`--lang`), then
/// the kiosk settings (`language`), then the environment. `None`: nothing
/// asked, so the guide shows its default language (English).
pub fn choose_language(
    command_line: Option<Language>,
    kiosk: Option<Language>,
    locale: &Locale,
) -> Option<Language> {
    command_line.or(kiosk).or_else(|| locale.language())
}

#[cfg(test)]
mod tests {
    use super::*;

    const STANDARD: ThemeName = ThemeName::Standard;
    const HIGH: ThemeName = ThemeName::HighContrast;

    fn env(value: &str) -> OsString {
        OsString::from(value)
    }

    #[test]
    fn names_parse_in_any_case_and_nothing_else_does() {
        assert_eq!(ThemeName::parse("standard"), Some(STANDARD));
        assert_eq!(ThemeName::parse("high-contrast"), Some(HIGH));
        assert_eq!(ThemeName::parse(" High-Contrast "), Some(HIGH));
        for bad in ["", "high", "highcontrast", "high_contrast", "dark", "-"] {
            assert_eq!(ThemeName::parse(bad), None, "{bad:?}");
        }
        for theme in ThemeName::ALL {
            assert_eq!(ThemeName::parse(theme.name()), Some(theme));
            assert_eq!(theme.to_string(), theme.name());
        }
        assert_eq!(ThemeName::names(), "standard or high-contrast");
    }

    #[test]
    fn the_command_line_wins_then_the_kiosk_then_the_variable() {
        let hc = env("high-contrast");
        let std = env("standard");
        assert_eq!(choose_theme(None, None, None), Ok(STANDARD));
        assert_eq!(choose_theme(None, None, Some(&hc)), Ok(HIGH));
        assert_eq!(choose_theme(None, Some(HIGH), Some(&std)), Ok(HIGH));
        assert_eq!(choose_theme(None, Some(STANDARD), Some(&hc)), Ok(STANDARD));
        assert_eq!(
            choose_theme(Some(STANDARD), Some(HIGH), Some(&hc)),
            Ok(STANDARD)
        );
        assert_eq!(
            choose_theme(Some(HIGH), Some(STANDARD), Some(&std)),
            Ok(HIGH)
        );
        assert_eq!(choose_theme(Some(HIGH), None, None), Ok(HIGH));
    }

    #[test]
    fn an_empty_variable_is_unset_and_a_wrong_one_is_an_error() {
        assert_eq!(choose_theme(None, None, Some(&env(""))), Ok(STANDARD));
        let message = choose_theme(None, None, Some(&env("bright"))).unwrap_err();
        assert_eq!(
            message,
            "IMMUNOGUIDE_THEME is set to \"bright\", which is not a theme. Set it to standard or high-contrast, or leave it unset."
        );
        // A wrong variable does not matter when something else chose.
        assert_eq!(
            choose_theme(Some(HIGH), None, Some(&env("bright"))),
            Ok(HIGH)
        );
        assert_eq!(
            choose_theme(None, Some(STANDARD), Some(&env("bright"))),
            Ok(STANDARD)
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

    fn locale(lc_all: &str, lc_messages: &str, lang: &str) -> Locale {
        let set = |v: &str| (!v.is_empty()).then(|| OsString::from(v));
        Locale {
            lc_all: set(lc_all),
            lc_messages: set(lc_messages),
            lang: set(lang),
        }
    }

    #[test]
    fn the_environment_asks_for_spanish_with_any_spanish_locale() {
        for lang in ["es_US.UTF-8", "es_MX", "es", "es_ES@euro", "ES_us.utf8"] {
            assert_eq!(
                locale("", "", lang).language(),
                Some(Language::Spanish),
                "{lang}"
            );
        }
        assert_eq!(
            locale("", "", "en_US.UTF-8").language(),
            Some(Language::English)
        );
        for none in ["C", "POSIX", "C.UTF-8", "fr_FR.UTF-8", ""] {
            assert_eq!(locale("", "", none).language(), None, "{none}");
        }
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang_decide() {
        assert_eq!(
            locale("es_US.UTF-8", "en_US", "en_US").language(),
            Some(Language::Spanish)
        );
        assert_eq!(
            locale("", "es_MX", "en_US").language(),
            Some(Language::Spanish)
        );
        assert_eq!(
            locale("", "en_US", "es_MX").language(),
            Some(Language::English)
        );
        // The first one set decides, even for a language the guide does
        // not come in: LC_ALL=fr_FR means French, not LANG's Spanish.
        assert_eq!(locale("fr_FR", "", "es_MX").language(), None);
        assert_eq!(locale("C", "", "es_MX").language(), None);
    }

    #[test]
    fn the_flag_wins_then_the_kiosk_then_the_environment() {
        let spanish_system = locale("", "", "es_US.UTF-8");
        let english_system = locale("", "", "en_US.UTF-8");
        let nothing = Locale::default();
        let (en, es) = (Language::English, Language::Spanish);
        assert_eq!(choose_language(None, None, &nothing), None);
        assert_eq!(choose_language(None, None, &spanish_system), Some(es));
        assert_eq!(choose_language(None, Some(en), &spanish_system), Some(en));
        assert_eq!(choose_language(None, Some(es), &english_system), Some(es));
        assert_eq!(
            choose_language(Some(en), Some(es), &spanish_system),
            Some(en)
        );
        assert_eq!(choose_language(Some(es), None, &english_system), Some(es));
    }

    #[cfg(unix)]
    #[test]
    fn a_locale_that_is_not_text_asks_for_nothing() {
        use std::os::unix::ffi::OsStringExt;
        let odd = Locale {
            lang: Some(OsString::from_vec(vec![b'e', b's', 0xff])),
            ..Locale::default()
        };
        assert_eq!(odd.language(), None);
    }
}
