//! Every string a person sees on a screen (and the fixed words `print` and
//! `export` put on paper), in the guide's language, through Project
//! Fluent. The words live in `screen.ftl` files, one per language
//! (`guide/en/screen.ftl`, `guide/es/screen.ftl`), built into the program;
//! code names a message by its id and passes its arguments, and plurals
//! follow each language's own rules.
//!
//! A guide folder may ship its own `screen.ftl` for its language (so a
//! clinic can add a language, or reword a button, without a rebuild). A
//! message is looked up there first, then in the built-in file for the
//! language, then in English, so a file that is missing a message, or
//! that could only partly be read, still shows every screen.
//!
//! The built-in files are parsed once, on first use, and shared; a look-up
//! is a hash-map probe, and a message without arguments is borrowed
//! straight from the file, so drawing a frame allocates nothing for it.

mod own;

use std::borrow::Cow;
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::language::Language;

pub use own::{OwnProblem, SCREEN_FILE};

/// One language's messages. The concurrent flavour: a guide, and the
/// words in it, are read on one thread and shown on another.
type Bundle = FluentBundle<FluentResource>;

/// The built-in words of a language: the files under `guide/<code>/`.
fn built_in_source(language: Language) -> &'static str {
    match language {
        Language::English => include_str!("../guide/en/screen.ftl"),
        Language::Spanish => include_str!("../guide/es/screen.ftl"),
    }
}

/// A bundle for a language code, with Unicode isolation marks off: they
/// are for right-to-left text in rich text views, and a terminal would
/// show them as stray characters or gaps.
fn new_bundle(code: &str) -> Bundle {
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle
}

/// The built-in bundle of a language, parsed the first time it is needed.
/// The built-in files are checked by the tests, so problems in them are
/// not reported here; whatever could be read is used.
fn built_in(language: Language) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    let at = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    BUNDLES[at].get_or_init(|| {
        let mut bundle = new_bundle(language.code());
        let resource = match FluentResource::try_new(built_in_source(language).to_string()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        bundle.add_resource_overriding(resource);
        bundle
    })
}

/// The screen words of one guide: its own `screen.ftl`, if it has one,
/// over the built-in words of its language, over English.
#[derive(Clone)]
pub struct Phrases {
    /// The guide's language code, as its manifest gives it (`en`, `es`,
    /// or one the program has no built-in words for).
    code: Arc<str>,
    own: Option<Arc<Bundle>>,
    built_in: &'static Bundle,
}

impl Phrases {
    /// The built-in words for a language code; English for a language
    /// without built-in words.
    pub fn built_in(code: &str) -> Self {
        let language = Language::from_code(code).unwrap_or_default();
        Self {
            code: Arc::from(code),
            own: None,
            built_in: built_in(language),
        }
    }

    /// The words for a language code with a guide folder's own
    /// `screen.ftl` over them, and what is wrong with that file (each
    /// with its place in it). A file with mistakes is still used for the
    /// messages that could be read.
    pub fn with_own(code: &str, source: String) -> (Self, Vec<OwnProblem>) {
        let mut phrases = Self::built_in(code);
        let (bundle, problems) = own::read(code, source, english());
        phrases.own = Some(Arc::new(bundle));
        (phrases, problems)
    }

    /// The language code the words are for.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Whether a guide folder's own file is in use.
    pub fn has_own(&self) -> bool {
        self.own.is_some()
    }

    /// Where a message is looked for, in order.
    fn chain(&self) -> impl Iterator<Item = &Bundle> {
        let english = english();
        let built_in = Some(self.built_in);
        let fallback = (!std::ptr::eq(self.built_in, english)).then_some(english);
        self.own
            .as_deref()
            .into_iter()
            .chain(built_in)
            .chain(fallback)
    }

    /// A message without arguments. An id no file has shows as itself, so
    /// a missing message is seen (and the tests find it) rather than a
    /// blank.
    pub fn get(&self, id: &str) -> Cow<'_, str> {
        self.format(id, None)
    }

    /// A message with its arguments: `("count", 3.into())`.
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Cow<'_, str> {
        if args.is_empty() {
            return self.get(id);
        }
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, value.to_fluent());
        }
        Cow::Owned(self.format(id, Some(&fluent)).into_owned())
    }

    /// A message decided earlier and said now (a notice).
    pub fn phrase(&self, phrase: &Phrase) -> Cow<'_, str> {
        let args: Vec<(&str, Arg<'_>)> = phrase
            .args
            .iter()
            .map(|(name, value)| (*name, value.borrowed()))
            .collect();
        self.with(phrase.id, &args)
    }

    /// A date in words: "22 November 2026", "22 de noviembre de 2026".
    pub fn date(&self, year: u16, month: u8, day: u8) -> String {
        self.with(
            "date",
            &[
                ("year", Arg::Number(u64::from(year))),
                ("month", Arg::Number(u64::from(month))),
                ("day", Arg::Number(u64::from(day))),
            ],
        )
        .into_owned()
    }

    /// Whether any of the files has the message.
    pub fn has(&self, id: &str) -> bool {
        self.chain().any(|b| b.has_message(id))
    }

    fn format<'a>(&'a self, id: &str, args: Option<&'a FluentArgs<'a>>) -> Cow<'a, str> {
        for bundle in self.chain() {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            // Mistakes in a message (an unknown argument) leave the rest
            // of it readable; `check` reports them.
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors);
        }
        note_unknown(id);
        Cow::Owned(id.to_string())
    }
}

/// The built-in English words: the fallback for every message.
fn english() -> &'static Bundle {
    built_in(Language::English)
}

impl Default for Phrases {
    fn default() -> Self {
        Self::built_in(Language::English.code())
    }
}

impl std::fmt::Debug for Phrases {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Phrases")
            .field("code", &self.code)
            .field("own", &self.own.is_some())
            .finish()
    }
}

impl PartialEq for Phrases {
    fn eq(&self, other: &Self) -> bool {
        let own = match (&self.own, &other.own) {
            (None, None) => true,
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        self.code == other.code && std::ptr::eq(self.built_in, other.built_in) && own
    }
}

impl Eq for Phrases {}

/// An argument to a message: a number (which chooses the plural form) or
/// words (a title, a query).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg<'a> {
    Number(u64),
    Text(Cow<'a, str>),
}

impl Arg<'_> {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(text) => FluentValue::from(text.as_ref()),
        }
    }

    fn borrowed(&self) -> Arg<'_> {
        match self {
            Arg::Number(n) => Arg::Number(*n),
            Arg::Text(text) => Arg::Text(Cow::Borrowed(text)),
        }
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(u64::try_from(n).unwrap_or(u64::MAX))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

/// A message chosen now and shown later, in whatever language the screen
/// is in then: a notice on the bottom line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg<'static>)>,
}

impl Phrase {
    pub const fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// The same message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg<'static>>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// Ids asked for that no file has: a message the code names but the
/// English file lacks. Kept (a few) for the tests, which draw every
/// screen and then ask for this list.
static UNKNOWN: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn note_unknown(id: &str) {
    if let Ok(mut unknown) = UNKNOWN.lock()
        && unknown.len() < 64
        && !unknown.iter().any(|u| u == id)
    {
        unknown.push(id.to_string());
    }
}

/// Every id looked up so far that no file had.
pub fn unknown_ids() -> Vec<String> {
    UNKNOWN.lock().map(|u| u.clone()).unwrap_or_default()
}

/// The message ids and the arguments each uses, in a `screen.ftl` text:
/// for the tests that keep the languages in step, and for `check`.
pub fn messages_in(source: &str) -> Vec<(String, Vec<String>)> {
    own::messages_in(source)
}

/// The built-in file of a language, as text.
pub fn built_in_text(language: Language) -> &'static str {
    built_in_source(language)
}

#[cfg(test)]
mod tests;
