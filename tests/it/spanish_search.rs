//! Search and the glossary in Spanish: accents and ñ folded (so "nino"
//! finds "niño"), typos forgiven in Spanish words, the small words of a
//! worried question left out, and the glossary in Spanish order. On the
//! Spanish part of `tests/fixtures/bilingual`, and on the shipped
//! Spanish guide.

use std::sync::Arc;

use immunoguide::app::glossary::filter_glossary;
use immunoguide::app::overlay::GlossaryList;
use immunoguide::content::{Folder, Guide, load};
use immunoguide::search::{HitTarget, SearchIndex};

use crate::shared::{fixture_dir, guide_dir};

fn spanish_fixture() -> Arc<Guide> {
    let folder = Folder::open(&fixture_dir("bilingual").join("es")).expect("the Spanish fixture");
    Arc::new(load(&folder).unwrap_or_else(|p| panic!("{p:#?}")))
}

/// The ids of the sections (and names of the terms) a search finds, best
/// first.
fn found(guide: &Guide, index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search(query, 20)
        .into_iter()
        .map(|hit| match hit.target {
            HitTarget::Section(i) => guide.sections[i].id.clone(),
            HitTarget::Term(i) => format!("term:{}", guide.glossary[i].term),
        })
        .collect()
}

fn first(guide: &Guide, index: &SearchIndex, query: &str) -> String {
    found(guide, index, query)
        .into_iter()
        .next()
        .unwrap_or_else(|| format!("nothing for {query:?}"))
}

#[test]
fn cansancio_and_diarrea_find_their_sections() {
    let guide = spanish_fixture();
    let index = SearchIndex::new(&guide);
    assert_eq!(first(&guide, &index, "cansancio"), "fatigue");
    assert_eq!(first(&guide, &index, "diarrea"), "bowel");
    // As a worried person asks, with the question's small words.
    assert_eq!(
        first(&guide, &index, "¿Qué hago si tengo diarrea?"),
        "bowel"
    );
    assert_eq!(
        first(&guide, &index, "¿Por qué tengo tanto cansancio?"),
        "fatigue"
    );
    assert_eq!(first(&guide, &index, "me siento muy cansado"), "fatigue");
    // "y" ties nothing together, but every medical word is still needed.
    assert_eq!(first(&guide, &index, "diarrea y dolor"), "bowel");
    assert!(found(&guide, &index, "fiebre y diarrea").is_empty());
}

#[test]
fn accents_and_n_tilde_fold_both_ways() {
    let guide = spanish_fixture();
    let index = SearchIndex::new(&guide);
    for query in ["nino", "niño", "NIÑOS", "ninos", "Niño"] {
        assert_eq!(first(&guide, &index, query), "children", "{query}");
    }
    // "popó" is a keyword of the bowel section; "úlcera" is in its text.
    for query in ["popo", "popó", "POPÓ"] {
        assert_eq!(first(&guide, &index, query), "bowel", "{query}");
    }
    let ulcer = found(&guide, &index, "ulcera");
    assert!(ulcer.contains(&"bowel".to_string()), "{ulcer:?}");
    assert!(ulcer.contains(&"term:Úlcera".to_string()), "{ulcer:?}");
    assert_eq!(found(&guide, &index, "úlcera"), ulcer);
    // "atencion" finds "atención"; "unas" finds the term "Uña".
    assert_eq!(first(&guide, &index, "atencion"), "care");
    assert!(found(&guide, &index, "una").contains(&"term:Uña".to_string()));
}

#[test]
fn typos_in_spanish_words_are_forgiven() {
    let guide = spanish_fixture();
    let index = SearchIndex::new(&guide);
    assert_eq!(first(&guide, &index, "cansansio"), "fatigue");
    assert_eq!(first(&guide, &index, "diarea"), "bowel");
    assert_eq!(first(&guide, &index, "diarrhea"), "bowel");
    assert_eq!(first(&guide, &index, "intestno"), "bowel");
    // An accented letter is one letter: "úlsera" is one edit from
    // "úlcera", and offered back as the guide's word.
    assert!(found(&guide, &index, "úlsera").contains(&"bowel".to_string()));
    assert_eq!(index.suggestion("úlsera").as_deref(), Some("ulcera"));
    assert_eq!(index.suggestion("diarea").as_deref(), Some("diarrea"));
}

#[test]
fn the_glossary_is_in_spanish_order() {
    let guide = spanish_fixture();
    let terms: Vec<&str> = guide.glossary.iter().map(|t| t.term.as_str()).collect();
    // Accents do not move a word; ñ comes after n.
    assert_eq!(
        terms,
        ["Diarrea", "Úlcera", "Unidad de cuidados intensivos", "Uña"]
    );
    // The list, filtered, keeps that order.
    let mut list = GlossaryList {
        filter: "u".into(),
        ..GlossaryList::default()
    };
    filter_glossary(&guide, &mut list);
    let shown: Vec<&str> = list
        .shown
        .iter()
        .map(|s| guide.glossary[s.term].term.as_str())
        .collect();
    assert_eq!(shown, ["Úlcera", "Unidad de cuidados intensivos", "Uña"]);

    // The English guide keeps English order.
    let folder = Folder::open(&fixture_dir("bilingual").join("en")).expect("the English fixture");
    let english = load(&folder).unwrap_or_else(|p| panic!("{p:#?}"));
    let terms: Vec<&str> = english.glossary.iter().map(|t| t.term.as_str()).collect();
    assert_eq!(terms, ["Diarrhea", "Intensive care unit", "Nail", "Ulcer"]);
}

/// The shipped Spanish guide.
fn shipped_spanish() -> Guide {
    let folder = Folder::open(&guide_dir().join("es")).expect("guide/es");
    load(&folder).unwrap_or_else(|p| panic!("guide/es does not load: {p:#?}"))
}

#[test]
fn the_shipped_spanish_guide_finds_cansancio_and_diarrea() {
    let guide = shipped_spanish();
    let index = SearchIndex::new(&guide);
    assert_eq!(first(&guide, &index, "cansancio"), "fatigue");
    assert_eq!(first(&guide, &index, "diarrea"), "bowel");
    assert_eq!(
        first(&guide, &index, "¿Qué hago si tengo diarrea?"),
        "bowel"
    );
    assert_eq!(first(&guide, &index, "cansansio"), "fatigue");
    // The guide says "tenga", never "tengo": a question's small word is
    // not offered as a typo.
    assert_eq!(index.suggestion("tengo cansancio"), None);
    assert_eq!(
        index.suggestion("tengo cansansio").as_deref(),
        Some("tengo cansancio")
    );
}

#[test]
fn the_shipped_spanish_glossary_is_in_spanish_order() {
    let guide = shipped_spanish();
    let keys: Vec<String> = guide
        .glossary
        .iter()
        .map(|t| {
            // Spanish order spelled out: no accents, ñ as a letter after n.
            immunoguide::search::fold(&t.term.replace(['ñ', 'Ñ'], "n\u{10FFFF}"))
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}
