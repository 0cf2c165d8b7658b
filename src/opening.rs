//! Opening the guide in the language asked for: where it comes from (the
//! copy built in, or a folder), which of its languages to show, a calm word
//! when the language asked for is not there, and, for the reader, the
//! other languages loaded beside it so a switch costs nothing.
//!
//! A language missing is never an error: the guide opens in the language
//! it has, and says so.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use crate::app::editions::Edition;
use crate::app::language_switch::not_in;
use crate::content::{Guide, GuideSource};
use crate::language::Language;
use crate::message::say;
use crate::phrases::Phrase;
use crate::report;
use crate::session::{OtherLanguages, RestOfGuide};

/// The source and the language to show from it.
struct Chosen {
    source: GuideSource,
    language: Language,
    /// The language asked for, when the guide does not come in it.
    missing: Option<Language>,
}

fn choose(folder: Option<&Path>, wanted: Option<Language>) -> Result<Chosen, ExitCode> {
    let source = GuideSource::open(folder).map_err(|message| {
        say(format!("immunoguide: {message}"));
        ExitCode::from(1)
    })?;
    let Some(language) = source.pick(wanted) else {
        say(
            "immunoguide: the guide folder holds no guide. Point at the folder that holds guide.toml.",
        );
        return Err(ExitCode::from(1));
    };
    Ok(Chosen {
        missing: wanted.filter(|w| *w != language),
        source,
        language,
    })
}

/// The whole guide in the language asked for (or the one it has), for
/// `print` and `export`; a missing language is said on standard error, so
/// the text itself stays clean for a pipe.
pub fn open_guide(folder: Option<&Path>, wanted: Option<Language>) -> Result<Guide, ExitCode> {
    let chosen = choose(folder, wanted)?;
    if let Some(asked) = chosen.missing {
        say(format!(
            "immunoguide: the guide is not in {} ({}), so it is in {} ({}).",
            asked.own_name(),
            asked.code(),
            chosen.language.own_name(),
            chosen.language.code()
        ));
    }
    let guide = chosen
        .source
        .load(chosen.language)
        .map_err(|problems| report::cannot_open(&problems))?;
    report::screen_words(&guide.phrase_problems);
    Ok(guide)
}

/// What the reader starts with.
pub struct Opening {
    /// The guide to show first: for the built-in guide only its manifest
    /// (see `rest`), otherwise the whole guide.
    pub guide: Guide,
    /// How to read the rest of the built-in guide after the first frame.
    pub rest: Option<RestOfGuide>,
    pub language: Language,
    /// Every language the guide comes in.
    pub languages: Vec<Language>,
    /// The other languages, already loaded (a folder's).
    pub others: Vec<Edition>,
    /// How to load the other languages after the first frame (the
    /// built-in guide's).
    pub others_later: Option<OtherLanguages>,
    /// Said on the first screen: the language asked for is not there.
    pub notice: Option<Phrase>,
}

/// The guide for the reader. A guide from a folder is checked whole, in
/// every language, before the screen changes: one with problems never
/// opens. The built-in guide passed the same checks when it was built, so
/// its welcome screen is shown from the manifest alone while the rest,
/// and its other languages, load beside it.
pub fn open_for_reading(
    folder: Option<&Path>,
    wanted: Option<Language>,
) -> Result<Opening, ExitCode> {
    let Chosen {
        source,
        language,
        missing,
    } = choose(folder, wanted)?;
    let languages = source.languages();
    let others: Vec<Language> = languages
        .iter()
        .copied()
        .filter(|l| *l != language)
        .collect();
    let notice = missing.map(not_in);
    if source == GuideSource::BuiltIn {
        let guide = source
            .load_about(language)
            .map(Guide::welcome_only)
            .map_err(|problems| report::cannot_open(&problems))?;
        let rest_source = source.clone();
        return Ok(Opening {
            guide,
            rest: Some(Box::new(move || rest_source.load(language))),
            language,
            languages,
            others: Vec::new(),
            others_later: Some(Box::new(move || load_editions(&source, &others))),
            notice,
        });
    }
    let guide = source
        .load(language)
        .map_err(|problems| report::cannot_open(&problems))?;
    report::screen_words(&guide.phrase_problems);
    let mut editions = Vec::new();
    for other in others {
        let loaded = source
            .load(other)
            .map_err(|problems| report::cannot_open(&problems))?;
        report::screen_words(&loaded.phrase_problems);
        editions.push(Edition::new(other, Arc::new(loaded)));
    }
    Ok(Opening {
        guide,
        rest: None,
        language,
        languages,
        others: editions,
        others_later: None,
        notice,
    })
}

/// The built-in guide in each of `languages`, ready to switch to. One
/// that does not load is left out (the tests load every built-in
/// language, so this does not happen); the switch then says the guide is
/// only in the language shown.
fn load_editions(source: &GuideSource, languages: &[Language]) -> Vec<Edition> {
    languages
        .iter()
        .filter_map(|&language| {
            let guide = source.load(language).ok()?;
            Some(Edition::new(language, Arc::new(guide)))
        })
        .collect()
}
