//! The guides the in-process tests read: the built-in guide and the
//! example in docs/guide-format.md (each loaded once for all), and the fixture
//! guides of tests/fixtures read into memory so a test can change one
//! place in them.

use std::sync::{Arc, OnceLock};

use immunoguide::app::AppState;
use immunoguide::app::editions::Edition;
use immunoguide::content::{Embedded, Guide, GuideSource, InMemory, load};
use immunoguide::language::Language;

use crate::shared::fixture_dir;

/// The guide built into the program, loaded once for every test.
pub fn builtin_guide() -> Arc<Guide> {
    static GUIDE: OnceLock<Arc<Guide>> = OnceLock::new();
    Arc::clone(GUIDE.get_or_init(|| match load(&Embedded) {
        Ok(guide) => Arc::new(guide),
        Err(problems) => panic!("the built-in guide does not load: {problems:#?}"),
    }))
}

/// The ```toml file=NAME blocks of docs/guide-format.md.
pub fn example_files() -> InMemory {
    InMemory::from_markdown(include_str!("../../../docs/guide-format.md"))
}

/// The documented example guide, loaded once for every test.
pub fn example_guide() -> Arc<Guide> {
    static GUIDE: OnceLock<Arc<Guide>> = OnceLock::new();
    Arc::clone(GUIDE.get_or_init(|| match load(&example_files()) {
        Ok(guide) => Arc::new(guide),
        Err(problems) => panic!("the documented example does not load: {problems:#?}"),
    }))
}

/// The files of `tests/fixtures/NAME`, read into memory.
pub fn fixture_files(name: &str) -> InMemory {
    let mut files = std::collections::HashMap::new();
    for entry in std::fs::read_dir(fixture_dir(name)).expect("the fixture folder") {
        let path = entry.expect("a fixture file").path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.insert(name, std::fs::read_to_string(&path).expect("a text file"));
    }
    InMemory(files)
}

/// `files` with the first `from` in `file` made `to`. The text must be
/// there, so a fixture that drifts fails loudly rather than testing nothing.
pub fn changed(mut files: InMemory, file: &str, from: &str, to: &str) -> InMemory {
    let text = files.0.get(file).cloned().unwrap_or_default();
    assert!(text.contains(from), "{file} has no {from:?}");
    files.0.insert(file.to_string(), text.replacen(from, to, 1));
    files
}

/// A guide that must load.
pub fn loaded(files: &InMemory) -> Arc<Guide> {
    match load(files) {
        Ok(guide) => Arc::new(guide),
        Err(problems) => panic!("the guide does not load: {problems:#?}"),
    }
}

/// The guide of `tests/fixtures/two-languages` in English and in Spanish
/// (the same ids), each loaded once for every test.
pub fn two_languages(language: Language) -> Arc<Guide> {
    static GUIDES: OnceLock<[Arc<Guide>; 2]> = OnceLock::new();
    let [english, spanish] = GUIDES.get_or_init(|| {
        let source = GuideSource::open(Some(&fixture_dir("two-languages")))
            .unwrap_or_else(|e| panic!("the two-language fixture: {e}"));
        Language::ALL.map(|l| match source.load(l) {
            Ok(guide) => Arc::new(guide),
            Err(problems) => panic!("the {l:?} fixture does not load: {problems:#?}"),
        })
    });
    Arc::clone(match language {
        Language::English => english,
        Language::Spanish => spanish,
    })
}

/// A reader of the two-language guide, showing `shown` first, with the
/// other language ready to switch to, as the program starts one.
pub fn bilingual(shown: Language, width: u16, height: u16) -> AppState {
    let mut state = AppState::new(two_languages(shown), width, height);
    state.languages = Language::ALL.to_vec();
    let other = shown.next();
    state.other_editions = vec![Edition::new(other, two_languages(other))];
    state
}
