//! The language asked for: `--lang`, the kiosk's `language`, then the
//! computer's language as the environment says it (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`), read once, at start.

use std::ffi::OsString;

use crate::language::Language;

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
