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

/// Plurals follow each language's rules through Fluent.
#[test]
fn plurals_in_english_and_spanish() {
    let en = Phrases::built_in("en");
    let es = Phrases::built_in("es");
    let found = |words: &Phrases, n: usize| {
        words
            .with("search-found", &[("count", n.into())])
            .into_owned()
    };
    assert!(
        found(&en, 1).starts_with("1 place found."),
        "{}",
        found(&en, 1)
    );
    assert!(
        found(&en, 5).starts_with("5 places found."),
        "{}",
        found(&en, 5)
    );
    assert!(
        found(&es, 1).starts_with("1 lugar encontrado."),
        "{}",
        found(&es, 1)
    );
    assert!(
        found(&es, 5).starts_with("5 lugares encontrados."),
        "{}",
        found(&es, 5)
    );
    assert!(
        found(&es, 0).starts_with("0 lugares encontrados."),
        "{}",
        found(&es, 0)
    );
    let seconds = |words: &Phrases, n: u64| {
        words
            .with("countdown-restart", &[("seconds", n.into())])
            .into_owned()
    };
    assert!(seconds(&es, 1).ends_with("en 1 segundo."));
    assert!(seconds(&es, 15).ends_with("en 15 segundos."));
    assert!(seconds(&en, 1).ends_with("in 1 second."));
    // An exact number chooses its own words: no bookmarks at all.
    let none = es.with("bookmarks-count", &[("count", 0u64.into())]);
    assert!(none.starts_with("Todavía no tiene marcadores"), "{none}");
}

/// A message without arguments is borrowed from the bundle: drawing it
/// allocates nothing.
#[test]
fn a_message_without_arguments_is_borrowed() {
    let es = Phrases::built_in("es");
    assert!(matches!(es.get("hint-help"), Cow::Borrowed("Ayuda")));
    // The same bundle serves every guide of a language.
    let again = Phrases::built_in("es");
    assert!(std::ptr::eq(es.built_in, again.built_in));
}

#[test]
fn a_guide_s_own_file_is_used_over_the_built_in_words() {
    let source = "hint-help = Socorro\n# A comment.\nsearch-found = { $count ->\n    [one] Un sitio.\n   *[other] { $count } sitios.\n}\n";
    let (es, problems) = Phrases::with_own("es", source.to_string());
    assert_eq!(problems, []);
    assert_eq!(es.get("hint-help"), "Socorro");
    assert_eq!(
        es.with("search-found", &[("count", 3u64.into())]),
        "3 sitios."
    );
    // What the file does not have comes from the built-in Spanish.
    assert_eq!(es.get("hint-quit"), "Salir");
    assert!(es.has_own());
}

/// A clinic adds a language the program has no words for: its messages
/// are used, with its own plural rules; the rest fall back to English,
/// and the file is told which ones.
#[test]
fn a_new_language_falls_back_to_english_and_says_what_is_missing() {
    let source = "hint-help = Aide\nsearch-found = { $count ->\n    [one] { $count } endroit trouvé.\n   *[other] { $count } endroits trouvés.\n}\n";
    let (fr, problems) = Phrases::with_own("fr", source.to_string());
    assert_eq!(fr.get("hint-help"), "Aide");
    assert_eq!(fr.get("hint-quit"), "Quit");
    // French counts 0 as one.
    let zero = fr.with("search-found", &[("count", 0u64.into())]);
    assert_eq!(zero, "0 endroit trouvé.");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(!problems[0].serious);
    assert!(
        problems[0].message.contains("shown in English"),
        "{problems:?}"
    );
}

/// A broken file still shows every screen: what could be read is used,
/// the built-in words stand in for the rest, and each mistake is said
/// with its place.
#[test]
fn a_broken_file_falls_back_and_says_where() {
    let source = "hint-help = Socorro\nhint-quit = { $\nhint-search = Busque\nhint-next = Sigue { $page }\nhint-more = { -brand }\nno-such-message = Hola\nhint-help = Otra vez\n";
    let (es, problems) = Phrases::with_own("es", source.to_string());
    assert_eq!(es.get("hint-help"), "Socorro");
    assert_eq!(es.get("hint-search"), "Busque");
    // The broken message: the built-in one.
    assert_eq!(es.get("hint-quit"), "Salir");
    let at = |needle: &str| source.find(needle).unwrap_or(usize::MAX);
    let find = |offset: usize, part: &str| {
        problems
            .iter()
            .find(|p| p.offset == offset && p.message.contains(part))
            .unwrap_or_else(|| panic!("no problem at {offset} with {part:?}: {problems:#?}"))
    };
    assert!(find(at("{ $\n") + 3, "not valid Fluent").serious);
    assert!(find(at("hint-next"), "{ $page }").serious);
    assert!(find(at("hint-more"), "-brand").serious);
    assert!(!find(at("no-such-message"), "never used").serious);
    assert!(find(at("hint-help = Otra"), "written twice").serious);
    assert_eq!(problems.len(), 5, "{problems:#?}");
}

/// Help quotes words the screens show (a box's label, "Page 2 of 3");
/// in every language, what it quotes is what the screens say.
#[test]
fn help_quotes_the_words_the_screens_show() {
    for language in Language::ALL {
        let words = Phrases::built_in(language.code());
        let quoted: [(&str, String); 9] = [
            (
                "help-screen-boxes",
                words.get("callout-emergency").into_owned(),
            ),
            (
                "help-screen-boxes",
                words.get("callout-warning").into_owned(),
            ),
            (
                "help-screen-boxes",
                words.get("callout-important").into_owned(),
            ),
            (
                "help-screen-pages",
                words
                    .with(
                        "reader-page",
                        &[("page", 2u64.into()), ("pages", 3u64.into())],
                    )
                    .into_owned(),
            ),
            (
                "help-search-results",
                words
                    .with("match-count", &[("n", 2u64.into()), ("of", 7u64.into())])
                    .into_owned(),
            ),
            (
                "help-symptoms-open",
                words.get("contents-symptoms").into_owned(),
            ),
            (
                "help-symptoms-labels",
                words.get("urgency-emergency").into_owned(),
            ),
            (
                "help-symptoms-labels",
                words.get("urgency-call-now").into_owned(),
            ),
            (
                "help-symptoms-labels",
                words.get("urgency-tell-soon").into_owned(),
            ),
        ];
        for (id, shown) in quoted {
            let help = words.get(id);
            assert!(
                help.contains(&shown),
                "{language:?}: {id} does not say {shown:?}: {help}"
            );
        }
    }
}
