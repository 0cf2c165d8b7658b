use std::collections::BTreeMap;

use super::*;

fn messages(language: Language) -> BTreeMap<String, Vec<String>> {
    messages_in(built_in_text(language)).into_iter().collect()
}

#[test]
fn dates_are_written_in_each_language() {
    let en = Phrases::built_in("en");
    let es = Phrases::built_in("es");
    assert_eq!(en.date(2026, 11, 22), "22 November 2026");
    assert_eq!(es.date(2026, 11, 22), "22 de noviembre de 2026");
    assert_eq!(es.date(2027, 1, 3), "3 de enero de 2027");
}

/// The built-in files read cleanly: no syntax errors, no message twice.
#[test]
fn the_built_in_files_are_clean() {
    for language in Language::ALL {
        let text = built_in_text(language);
        if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
            panic!("{language:?}: {errors:?}");
        }
        let ids: Vec<String> = messages_in(text).into_iter().map(|(id, _)| id).collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(ids.len(), unique.len(), "{language:?} has a message twice");
    }
}

/// Every message is in every language, with the same arguments: a new
/// screen string without its translation fails here.
#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = messages(Language::English);
    assert!(english.len() > 100, "{} messages", english.len());
    for language in Language::ALL {
        let other = messages(language);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<&String> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language:?} has messages English lacks: {extra:?}"
        );
        for (id, args) in &english {
            assert_eq!(
                Some(args),
                other.get(id),
                "{language:?}: the arguments of {id}"
            );
        }
    }
}

/// Each language says every message in its own words, and formats it
/// without an error: no unknown argument, term or message.
#[test]
fn every_message_formats_cleanly_in_every_language() {
    for language in Language::ALL {
        let bundle = built_in(language);
        for (id, args) in messages(language) {
            let mut fluent = FluentArgs::new();
            for name in &args {
                fluent.set(name.as_str(), FluentValue::from(2));
            }
            let pattern = bundle.get_message(&id).and_then(|m| m.value());
            let Some(pattern) = pattern else {
                panic!("{language:?}: {id} has no value");
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
            assert!(errors.is_empty(), "{language:?} {id}: {errors:?}");
            assert!(!text.trim().is_empty(), "{language:?} {id} is empty");
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "{language:?} {id}: isolation marks"
            );
        }
    }
}
