//! Which languages a guide comes in, and where each one's files are. The
//! guide built into the program holds one folder per language (`guide/en`,
//! `guide/es`); a folder named on the command line or in the kiosk
//! settings may hold several languages the same way, or be one language
//! itself (it holds `guide.toml`).

use std::path::{Path, PathBuf};

use super::files::{BuiltIn, Folder, GuideFiles};
use super::model::{About, Guide};
use super::problem::{Problem, file_problem};
use super::{load, load_about};
use crate::language::Language;
use crate::phrases::Phrases;

/// Where a guide's languages are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GuideSource {
    /// The copy built into the program.
    BuiltIn,
    /// A folder holding one folder per language (`en/`, `es/`).
    Languages(PathBuf),
    /// A folder that is one language itself; which one, its manifest's
    /// `language` says (English if it names none this program knows).
    OneLanguage(PathBuf, Language),
}

impl GuideSource {
    /// The source for a folder, or the built-in guide for none. The error
    /// is a sentence saying what is wrong with the folder.
    pub fn open(folder: Option<&Path>) -> Result<Self, String> {
        let Some(path) = folder else {
            return Ok(Self::BuiltIn);
        };
        if path.join("guide.toml").is_file() {
            // A manifest that cannot be read is reported when the guide
            // is loaded, where every problem is listed with its place.
            let language = Folder::open(path)
                .ok()
                .and_then(|f| load_about(&f).ok())
                .and_then(|about| Language::from_code(&about.language))
                .unwrap_or_default();
            return Ok(Self::OneLanguage(path.to_path_buf(), language));
        }
        // Opening it finds a language folder, or says why there is none.
        Folder::open(path)?;
        Ok(Self::Languages(path.to_path_buf()))
    }

    /// The languages it holds, in [`Language::ALL`]'s order.
    pub fn languages(&self) -> Vec<Language> {
        match self {
            Self::BuiltIn => BuiltIn::languages(),
            Self::Languages(path) => Folder::languages_in(path),
            Self::OneLanguage(_, language) => vec![*language],
        }
    }

    /// The language to show when `wanted` is asked for (`None`: nothing
    /// asked, so the guide's default): `wanted` if the guide comes in it,
    /// else English if it comes in English, else its first language.
    /// `None` only for a source with no language at all.
    pub fn pick(&self, wanted: Option<Language>) -> Option<Language> {
        let held = self.languages();
        wanted
            .filter(|w| held.contains(w))
            .or_else(|| {
                held.contains(&Language::default())
                    .then_some(Language::default())
            })
            .or_else(|| held.first().copied())
    }

    /// The files of one language.
    pub fn files(&self, language: Language) -> Result<Box<dyn GuideFiles + Send>, String> {
        match self {
            Self::BuiltIn => Ok(Box::new(BuiltIn(language))),
            Self::Languages(path) => Ok(Box::new(Folder::open_language(path, language)?)),
            Self::OneLanguage(path, _) => Ok(Box::new(Folder::open(path)?)),
        }
    }

    /// Loads and checks the whole guide in one language.
    pub fn load(&self, language: Language) -> Result<Guide, Vec<Problem>> {
        let files = self.files(language).map_err(|m| vec![self.problem(m)])?;
        let mut guide = load(files.as_ref())?;
        let named = guide.about.language.clone();
        self.name_language(&mut guide.about, language);
        // Screen words in the folder's language too, unless the folder
        // has its own (read for the manifest's language).
        if guide.about.language != named && !guide.phrases.has_own() {
            guide.phrases = Phrases::built_in(&guide.about.language);
        }
        Ok(guide)
    }

    /// Reads only the manifest in one language: enough for the welcome
    /// screen.
    pub fn load_about(&self, language: Language) -> Result<About, Vec<Problem>> {
        let files = self.files(language).map_err(|m| vec![self.problem(m)])?;
        let mut about = load_about(files.as_ref())?;
        self.name_language(&mut about, language);
        Ok(about)
    }

    /// A guide read from a language folder is in that folder's language,
    /// whatever its manifest says, so the screen words, the paper words
    /// and a handout's `lang` all follow the language chosen. A guide that is one
    /// language itself keeps its manifest's tag.
    fn name_language(&self, about: &mut About, language: Language) {
        if !matches!(self, Self::OneLanguage(..)) {
            about.language = language.code().to_string();
        }
    }

    fn problem(&self, message: String) -> Problem {
        let name = match self {
            Self::BuiltIn => "guide".to_string(),
            Self::Languages(path) | Self::OneLanguage(path, _) => path.display().to_string(),
        };
        file_problem(&name, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with(languages: &[&str]) -> PathBuf {
        let root = std::env::temp_dir().join(format!(
            "immunoguide-languages-{}-{}",
            std::process::id(),
            languages.join("-")
        ));
        let _ = std::fs::remove_dir_all(&root);
        for code in languages {
            let dir = root.join(code);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("guide.toml"), format!("language = \"{code}\"\n")).unwrap();
        }
        root
    }

    #[test]
    fn a_folder_of_language_folders_holds_each_of_them() {
        let root = folder_with(&["en", "es"]);
        let source = GuideSource::open(Some(&root)).unwrap();
        assert_eq!(source, GuideSource::Languages(root.clone()));
        assert_eq!(
            source.languages(),
            vec![Language::English, Language::Spanish]
        );
        assert_eq!(
            source.pick(Some(Language::Spanish)),
            Some(Language::Spanish)
        );
        assert_eq!(source.pick(None), Some(Language::English));
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn a_language_not_there_falls_back_to_english_then_to_what_there_is() {
        let english = folder_with(&["en"]);
        let source = GuideSource::open(Some(&english)).unwrap();
        assert_eq!(
            source.pick(Some(Language::Spanish)),
            Some(Language::English)
        );
        let spanish = folder_with(&["es"]);
        let source = GuideSource::open(Some(&spanish)).unwrap();
        assert_eq!(source.languages(), vec![Language::Spanish]);
        assert_eq!(
            source.pick(Some(Language::English)),
            Some(Language::Spanish)
        );
        assert_eq!(source.pick(None), Some(Language::Spanish));
        std::fs::remove_dir_all(english).unwrap();
        std::fs::remove_dir_all(spanish).unwrap();
    }

    #[test]
    fn a_folder_without_a_guide_says_so() {
        let empty = folder_with(&[]);
        std::fs::create_dir_all(&empty).unwrap();
        let message = GuideSource::open(Some(&empty)).unwrap_err();
        assert!(message.contains("has no guide.toml"), "{message}");
        std::fs::remove_dir_all(empty).unwrap();
    }

    #[test]
    fn the_built_in_guide_loads_in_every_language_it_comes_in() {
        let source = GuideSource::BuiltIn;
        assert_eq!(source.pick(None), Some(Language::English));
        for language in source.languages() {
            let guide = source
                .load(language)
                .unwrap_or_else(|p| panic!("{language:?}: {p:#?}"));
            assert_eq!(guide.about.language, language.code());
            assert!(!guide.sections.is_empty());
        }
    }
}
