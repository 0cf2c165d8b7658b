//! The languages the guide and its screens come in. The guide folder holds
//! one folder per language (`guide/en/`, `guide/es/`) with the same section
//! ids, so a reader can switch and stay on the same section.

/// A language the program can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    English,
    Spanish,
}

impl Language {
    /// Every language, in the order a language button cycles through them.
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    /// The code used for folders, `--lang` and settings: `en`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
        }
    }

    /// The language's name in itself, as a button offering it shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
        }
    }

    /// The language a code names (`es`, `ES`, `es_US.UTF-8`, `es-MX`).
    pub fn from_code(code: &str) -> Option<Self> {
        let head: String = code
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == head)
    }

    /// The next language, for a button or key that switches.
    pub fn next(self) -> Self {
        let at = Self::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Self::ALL[(at + 1) % Self::ALL.len()]
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn codes_name_languages_with_or_without_a_region() {
        assert_eq!(Language::from_code("es"), Some(Language::Spanish));
        assert_eq!(Language::from_code("es_US.UTF-8"), Some(Language::Spanish));
        assert_eq!(Language::from_code("ES-mx"), Some(Language::Spanish));
        assert_eq!(Language::from_code("en_GB"), Some(Language::English));
        assert_eq!(Language::from_code("fr_FR"), None);
        assert_eq!(Language::from_code(""), None);
        assert_eq!(Language::from_code("C"), None);
    }

    #[test]
    fn next_goes_round_every_language() {
        let mut seen = vec![Language::English];
        while seen.len() <= Language::ALL.len() {
            let last = *seen.last().unwrap_or(&Language::English);
            seen.push(last.next());
        }
        assert_eq!(seen.first(), seen.last());
        assert!(Language::ALL.iter().all(|l| seen.contains(l)));
    }
}
