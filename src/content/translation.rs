//! A translated guide checked against the guide it was translated from
//! (the English guide, the source of truth): the same section ids, so a
//! reader who switches language stays on the same section, and each
//! section translated from the English section's latest review, so a
//! change in English is never left out of the translation unnoticed.
//! Everything here is a warning (`check --strict` makes it an error).

use std::collections::HashMap;

use super::model::{Guide, Origin, Section};
use super::problem::{Problem, Severity};
use crate::language::Language;

/// A language's name in English, for messages to staff: "Spanish", or
/// the code itself for a language the program does not know.
pub fn language_name(code: &str) -> String {
    match Language::from_code(code) {
        Some(Language::English) => "English".to_string(),
        Some(Language::Spanish) => "Spanish".to_string(),
        None => format!("\"{code}\""),
    }
}

fn warn(at: &Origin, message: String) -> Problem {
    Problem::new(Severity::Warning, &at.file, at.line, at.column, &message)
}

fn place(at: &Origin) -> String {
    format!("{}:{}:{}", at.file, at.line, at.column)
}

/// Every way `translation` differs from `source` that a translator must
/// fix: a section missing or extra, or translated from no or another
/// version of the source.
pub fn compare(source: &Guide, translation: &Guide) -> Vec<Problem> {
    let from = language_name(&source.about.language);
    let to = language_name(&translation.about.language);
    let translated: HashMap<&str, &Section> = translation
        .sections
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    let mut out = Vec::new();
    for original in &source.sections {
        match translated.get(original.id.as_str()) {
            None => out.push(warn(
                &original.origin,
                format!(
                    "The {to} guide has no section `{}` (\"{}\"), which the {from} guide has here. Translate it with the same id, so a reader who switches language stays on it.",
                    original.id, original.title
                ),
            )),
            Some(section) => out.extend(dates(original, section, &from, &to)),
        }
    }
    for section in &translation.sections {
        if source.section_index(&section.id).is_none() {
            out.push(warn(
                &section.origin,
                format!(
                    "The {to} section `{}` has no {from} section with that id. Use the id of the {from} section it translates, or remove it.",
                    section.id
                ),
            ));
        }
    }
    out
}

/// The translated section's `translated_from` against the source
/// section's `reviewed`.
fn dates(original: &Section, section: &Section, from: &str, to: &str) -> Option<Problem> {
    let reviewed = original.reviewed;
    let reviewed_at = place(&original.origin_at(original.dates_at.reviewed));
    let id = &section.id;
    let Some(translated_from) = section.translated_from else {
        return Some(warn(
            &section.origin,
            format!(
                "The {to} section `{id}` does not say which {from} version it was translated from. Add `translated_from = {reviewed}`, the {from} section's `reviewed` date ({reviewed_at}), once the translation matches that version."
            ),
        ));
    };
    let at = &section.origin_at(section.dates_at.translated_from);
    if translated_from < reviewed {
        return Some(warn(
            at,
            format!(
                "The {to} section `{id}` was translated from an older {from} version: `translated_from = {translated_from}` here, but the {from} section was reviewed on {reviewed} ({reviewed_at}). Bring the translation up to date with it, then set `translated_from = {reviewed}`."
            ),
        ));
    }
    if translated_from > reviewed {
        return Some(warn(
            at,
            format!(
                "The {to} section `{id}` says `translated_from = {translated_from}`, later than the {from} section's `reviewed` date, {reviewed} ({reviewed_at}). It must be the date of the {from} version that was translated: check which, and write that date."
            ),
        ));
    }
    None
}
