//! Reading-level measurement for guide prose: splits plain text into
//! sentences and words, counts syllables (by English or Spanish rules),
//! and computes the Flesch-Kincaid grade (English), the Szigriszt-Pazos
//! reading ease (Spanish, see [`inflesz`]) and the over-long sentences
//! that `immunoguide check` warns about, following "How reading grade is
//! measured" in `docs/guide-format.md`.
//!
//! Everything here works on text that has already had its markup removed;
//! it never panics and runs in time linear in the length of the text.

pub mod inflesz;
mod sentences;
mod spanish;
mod syllables;
mod terms;

use crate::language::Language;
use sentences::scan;
pub use spanish::syllables as spanish_syllables;
use syllables::syllables_with;
use terms::TermSet;

/// A sentence with more counted words than this is reported as long.
pub const LONG_SENTENCE_WORDS: usize = 25;

/// A section whose grade (glossary words left out) is above this is
/// reported as hard to read.
pub const GRADE_LIMIT: f64 = 8.0;

/// A section whose grade over all its words, glossary words included, is
/// above this is reported too: defined words still have to be read.
pub const ALL_WORDS_GRADE_LIMIT: f64 = 9.0;

/// The measurements of one section's prose.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// Words counted, leaving out defined glossary terms.
    pub words: usize,
    /// Sentences that have at least one word (defined terms included).
    pub sentences: usize,
    /// Syllables in the counted words, by the rules of the text's language.
    pub syllables: usize,
    /// Flesch-Kincaid grade, for English; 0.0 when there are no words.
    pub grade: f64,
    /// Szigriszt-Pazos reading ease, for Spanish (see [`inflesz`]); 0.0
    /// when there are no words.
    pub ease: f64,
    /// Sentences over the length limit, in order.
    pub long_sentences: Vec<LongSentence>,
}

impl Reading {
    /// Readings taken together, as one text: their counts added up, both
    /// scores worked out afresh (not averaged), and no long sentences.
    pub fn pooled<'r>(readings: impl IntoIterator<Item = &'r Reading>) -> Reading {
        let (mut words, mut sentences, mut syllables) = (0, 0, 0);
        for r in readings {
            words += r.words;
            sentences += r.sentences;
            syllables += r.syllables;
        }
        Reading {
            words,
            sentences,
            syllables,
            grade: flesch_kincaid(words, sentences, syllables),
            ease: inflesz::szigriszt_pazos(words, sentences, syllables),
            long_sentences: Vec::new(),
        }
    }

    /// Whether the grade is above [`GRADE_LIMIT`].
    pub fn is_above_limit(&self) -> bool {
        self.grade > GRADE_LIMIT
    }
}

/// A sentence with more than [`LONG_SENTENCE_WORDS`] counted words.
#[derive(Debug, Clone, PartialEq)]
pub struct LongSentence {
    /// Index into the `units` passed to [`measure`].
    pub unit: usize,
    /// Counted words in the sentence (defined terms left out, as for the grade).
    pub words: usize,
    /// Byte offset of the sentence in `units[unit]`.
    pub start: usize,
    /// The sentence as written, from its first to its last non-space character.
    pub text: String,
}

/// Measures a section's prose.
///
/// Each unit is one block of prose a reader takes in as a unit: a paragraph,
/// one list item, or one callout line. The caller passes plain text (markup
/// already removed). `defined_terms` are glossary terms and aliases; every
/// whole-word occurrence, matched without regard to case and longest term
/// first, is left out of the word and syllable counts, because the guide
/// defines those words for the reader.
pub fn measure(units: &[&str], defined_terms: &[&str]) -> Reading {
    Measurer::new(defined_terms).measure(units)
}

/// [`measure`] for many sections with one glossary: the defined terms are
/// prepared once, not once per section.
pub struct Measurer {
    terms: TermSet,
    language: Language,
}

impl Measurer {
    /// For English text.
    pub fn new(defined_terms: &[&str]) -> Self {
        Self::for_language(Language::English, defined_terms)
    }

    /// For text in `language`: its syllables are counted by its rules.
    pub fn for_language(language: Language, defined_terms: &[&str]) -> Self {
        Self {
            terms: TermSet::new(defined_terms),
            language,
        }
    }

    pub fn measure(&self, units: &[&str]) -> Reading {
        measure_with(&self.terms, self.language, units)
    }
}

/// Scratch space for counting syllables, reused from word to word.
#[derive(Default)]
struct Counter {
    english: Vec<char>,
    spanish: Vec<spanish::Written>,
}

impl Counter {
    fn syllables(&mut self, language: Language, word: &str) -> usize {
        match language {
            Language::English => syllables_with(word, &mut self.english),
            Language::Spanish => spanish::syllables_with(word, &mut self.spanish),
        }
    }
}

fn measure_with(terms: &TermSet, language: Language, units: &[&str]) -> Reading {
    let mut counter = Counter::default();
    let mut words = 0;
    let mut sentences = 0;
    let mut syllable_total = 0;
    let mut long_sentences = Vec::new();

    for (unit, text) in units.iter().enumerate() {
        let scan = scan(text);
        let excluded = terms.excluded(text, &scan.words);
        for sentence in &scan.sentences {
            let mut counted = 0;
            for index in sentence.words.clone() {
                if excluded[index] {
                    continue;
                }
                let span = &scan.words[index];
                counted += 1;
                syllable_total += counter.syllables(language, &text[span.start..span.end]);
            }
            words += counted;
            sentences += 1;
            if counted > LONG_SENTENCE_WORDS {
                long_sentences.push(LongSentence {
                    unit,
                    words: counted,
                    start: sentence.start,
                    text: text[sentence.start..sentence.end].to_string(),
                });
            }
        }
    }

    Reading {
        words,
        sentences,
        syllables: syllable_total,
        grade: flesch_kincaid(words, sentences, syllable_total),
        ease: inflesz::szigriszt_pazos(words, sentences, syllable_total),
        long_sentences,
    }
}

/// `0.39 × words per sentence + 11.8 × syllables per word − 15.59`; 0.0
/// when there are no words.
fn flesch_kincaid(words: usize, sentences: usize, syllables: usize) -> f64 {
    if words == 0 || sentences == 0 {
        return 0.0;
    }
    let words_f = words as f64;
    0.39 * words_f / sentences as f64 + 11.8 * syllables as f64 / words_f - 15.59
}

/// Counts the syllables in one word by vowel groups, at least one for any
/// word with a letter or digit (0 for text with neither).
///
/// Numbers are one syllable; a hyphenated word is the sum of its parts.
/// The heuristic is English-only and approximate, which is all a reading
/// grade needs; [`spanish_syllables`] counts a Spanish word.
pub fn syllables(word: &str) -> usize {
    syllables_with(word, &mut Vec::new())
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_spanish;
