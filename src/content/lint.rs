//! What `immunoguide check` finds in one guide beyond what stops it
//! loading. Errors: sources a reader could not find. Warnings: plain
//! language (reading grade for English, INFLESZ reading ease for Spanish,
//! long sentences), links whose words read like a title they are not,
//! sources, freshness of reviews, and glossary terms nobody uses. None of
//! these stop the guide from being shown; `check` fails on the errors,
//! and `check --strict` on the warnings too. A translation against the
//! English guide is `translation`'s job.

use super::links::{self, LinkWords};
use super::model::{Date, Guide, Section};
use super::problem::{Problem, Severity};
use super::readability::inflesz::{self, GUIDE_EASE_MIN, SECTION_EASE_MIN};
use super::readability::{self, ALL_WORDS_GRADE_LIMIT, GRADE_LIMIT, LONG_SENTENCE_WORDS, Reading};
use super::sources;
use crate::language::Language;

/// A review older than this many months is flagged: medical facts age.
pub const REVIEW_MONTHS: i32 = 12;

/// Reading figures for one section, for the report.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionReport {
    pub index: usize,
    /// With glossary words left out, as plain-language standards allow.
    pub reading: Reading,
    /// Over every word, glossary words included.
    pub all_words: Reading,
}

/// The words a reader is taught by the glossary; left out of the reading
/// grade, as plain-language standards allow.
pub fn defined_terms(guide: &Guide) -> Vec<&str> {
    guide
        .glossary
        .iter()
        .flat_map(|t| std::iter::once(t.term.as_str()).chain(t.aliases.iter().map(String::as_str)))
        .collect()
}

/// The language a guide's reading is measured in: its manifest's
/// `language`; English rules for a language the program does not know.
pub fn language_of(guide: &Guide) -> Language {
    Language::from_code(&guide.about.language).unwrap_or_default()
}

/// Reading figures for every section, in guide order, measured by the
/// rules of the guide's language.
pub fn reading_report(guide: &Guide) -> Vec<SectionReport> {
    let terms = defined_terms(guide);
    let language = language_of(guide);
    let measurer = readability::Measurer::for_language(language, &terms);
    let every_word = readability::Measurer::for_language(language, &[]);
    guide
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let units = section.body.prose_units();
            SectionReport {
                index,
                reading: measurer.measure(&units),
                all_words: every_word.measure(&units),
            }
        })
        .collect()
}

fn warn(section: &Section, message: String) -> Problem {
    let at = &section.origin;
    Problem::new(Severity::Warning, &at.file, at.line, at.column, &message)
}

/// Every error and warning `check` reports for a guide, as of `today`.
pub fn lint(guide: &Guide, today: Date) -> Vec<Problem> {
    let mut out: Vec<Problem> = guide
        .sources
        .iter()
        .flat_map(sources::findability)
        .collect();
    // The folder's own screen words: what the loader found wrong in them.
    out.extend(guide.phrase_problems.iter().cloned());
    for report in reading_report(guide) {
        let Some(section) = guide.section(report.index) else {
            continue;
        };
        match language_of(guide) {
            Language::English => out.extend(grade_warnings(section, &report)),
            Language::Spanish => out.extend(ease_warning(section, &report)),
        }
        for link in title_like_links(guide, section) {
            out.push(warn(section, link));
        }
        for long in &report.reading.long_sentences {
            let start: String = long
                .text
                .split_whitespace()
                .take(8)
                .collect::<Vec<_>>()
                .join(" ");
            out.push(warn(
                section,
                format!(
                    "`{}` has a sentence of {} words (over {LONG_SENTENCE_WORDS}): \"{start} …\". Split it in two.",
                    section.id, long.words
                ),
            ));
        }
        if section.sources.is_empty() {
            out.push(warn(
                section,
                format!(
                    "`{}` cites no sources. Add the source its facts come from.",
                    section.id
                ),
            ));
        }
        if section.reviewed.months_until(today) > REVIEW_MONTHS {
            out.push(warn(
                section,
                format!(
                    "`{}` was last reviewed on {}, more than {REVIEW_MONTHS} months ago. Check its facts and update `reviewed`.",
                    section.id, section.reviewed
                ),
            ));
        }
    }
    let texts: Vec<String> = guide.sections.iter().map(searchable_text).collect();
    for term in &guide.glossary {
        let used = std::iter::once(&term.term)
            .chain(term.aliases.iter())
            .any(|word| {
                let word = word.to_lowercase();
                texts.iter().any(|t| contains_word(t, &word))
            });
        if !used {
            let at = &term.origin;
            let message = format!(
                "The glossary term \"{}\" is not used in any section. Use it in the text, or remove it.",
                term.term
            );
            out.push(Problem::new(
                Severity::Warning,
                &at.file,
                at.line,
                at.column,
                &message,
            ));
        }
    }
    out
}

/// Flesch-Kincaid grade above the limits, for English.
fn grade_warnings(section: &Section, report: &SectionReport) -> Vec<Problem> {
    let mut out = Vec::new();
    if report.reading.words > 0 && report.reading.grade > GRADE_LIMIT {
        out.push(warn(
            section,
            format!(
                "`{}` reads at grade {:.1} with glossary words left out; aim for grade {GRADE_LIMIT:.0} or lower. Use shorter sentences and everyday words.",
                section.id, report.reading.grade
            ),
        ));
    }
    if report.all_words.words > 0 && report.all_words.grade > ALL_WORDS_GRADE_LIMIT {
        out.push(warn(
            section,
            format!(
                "`{}` reads at grade {:.1} over all its words, glossary words included; aim for grade {ALL_WORDS_GRADE_LIMIT:.0} or lower. Use shorter sentences, and fewer long words in each one.",
                section.id, report.all_words.grade
            ),
        ));
    }
    out
}

/// INFLESZ reading ease below the section limit, for Spanish.
fn ease_warning(section: &Section, report: &SectionReport) -> Option<Problem> {
    let ease = report.reading.ease;
    (report.reading.words > 0 && ease < SECTION_EASE_MIN).then(|| {
        warn(
            section,
            format!(
                "`{}` has a Spanish reading ease (INFLESZ) of {ease:.1}, \"{}\", with glossary words left out; aim for {SECTION_EASE_MIN:.0} or more. Use shorter sentences and shorter everyday words.",
                section.id,
                inflesz::Level::of(ease).name()
            ),
        )
    })
}

/// The reading of a whole guide: every word of every section's body,
/// glossary words included, taken as one text.
pub fn whole_guide(guide: &Guide) -> Reading {
    let reports = reading_report(guide);
    Reading::pooled(reports.iter().map(|r| &r.all_words))
}

/// For a Spanish guide: a warning, at `manifest` (the place of its
/// `language`), when the whole guide reads below [`GUIDE_EASE_MIN`].
pub fn whole_guide_ease(guide: &Guide, manifest: &super::model::Origin) -> Option<Problem> {
    if language_of(guide) != Language::Spanish {
        return None;
    }
    let whole = whole_guide(guide);
    let ease = whole.ease;
    (whole.words > 0 && ease < GUIDE_EASE_MIN).then(|| {
        Problem::new(
            Severity::Warning,
            &manifest.file,
            manifest.line,
            manifest.column,
            &format!(
                "The Spanish guide as a whole has a reading ease (INFLESZ) of {ease:.1}, \"{}\", over all its words; it must be {GUIDE_EASE_MIN:.0} or more, \"bastante fácil\". Start with the sections `check --report` shows as hardest.",
                inflesz::Level::of(ease).name()
            ),
        )
    })
}

/// Links whose words a reader would take for a section's title ("See
/// [Warning signs](#call-right-away)") but which are not its title: on
/// paper, the reader would look for a heading that is not there.
fn title_like_links(guide: &Guide, section: &Section) -> Vec<String> {
    let mut out = Vec::new();
    for paragraph in section.body.paragraphs() {
        for LinkWords { target, words, .. } in links::links_in(paragraph)
            .into_iter()
            .filter(LinkWords::reads_like_a_title)
        {
            let Some(title) = guide
                .section_index(target)
                .and_then(|i| guide.section(i))
                .map(|s| s.title.as_str())
            else {
                continue;
            };
            if !links::is_title(&words, title) {
                out.push(format!(
                    "`{}` has a link that reads like a title, \"{}\", but the section it opens is called \"{title}\". Use that title, or write `[](#{target})` to show it.",
                    section.id,
                    words.trim()
                ));
            }
        }
    }
    out
}

/// A section's title and body in lowercase, for finding words in it.
fn searchable_text(section: &Section) -> String {
    let mut text = section.title.to_lowercase();
    for span in section.body.spans() {
        text.push(' ');
        text.push_str(&span.text.to_lowercase());
    }
    text
}

/// Whether `word` appears in `text` with no letter or digit on either side.
pub fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_whole() {
        assert!(contains_word("a pd-l1 test", "pd-l1"));
        assert!(contains_word("steroids.", "steroids"));
        assert!(!contains_word("steroids", "steroid"));
        assert!(!contains_word("anything", ""));
    }
}
