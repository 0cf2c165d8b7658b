use std::time::{Duration, Instant};

use super::*;
use crate::content::model::{About, Origin};
use crate::content::{
    Body, BodyBuilder, CalloutKind, Embedded, Emphasis, InMemory, Section, Term, load,
};
use crate::typeset;

const PLAIN: Emphasis = Emphasis {
    bold: false,
    italic: false,
};

pub(super) fn body(write: impl FnOnce(&mut BodyBuilder)) -> Body {
    let mut builder = BodyBuilder::new();
    write(&mut builder);
    builder.finish()
}

pub(super) fn para(text: &str) -> Body {
    body(|b| b.text(text, PLAIN, None))
}

pub(super) fn section(
    id: &str,
    title: &str,
    summary: Option<&str>,
    body: Body,
    keywords: &[&str],
) -> Section {
    Section {
        id: id.to_string(),
        title: title.to_string(),
        summary: summary.map(str::to_string),
        body,
        keywords: keywords.iter().map(|k| k.to_string()).collect(),
        sources: Vec::new(),
        reviewed: Default::default(),
        translated_from: None,
        dates_at: Default::default(),
        depth: 0,
        parent: None,
        children: Vec::new(),
        subtree_end: 0,
        origin: Origin::default(),
    }
}

pub(super) fn term(name: &str, aliases: &[&str], definition: &str) -> Term {
    Term {
        id: fold(name).replace(' ', "-"),
        term: name.to_string(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        definition: definition.to_string(),
        see_also: Vec::new(),
        origin: Origin::default(),
    }
}

pub(super) fn guide(mut sections: Vec<Section>, glossary: Vec<Term>) -> Guide {
    for (i, s) in sections.iter_mut().enumerate() {
        s.subtree_end = i + 1;
    }
    Guide::new(About::default(), sections, glossary, Vec::new())
}

pub(super) const SIDE_EFFECTS: usize = 0;
pub(super) const FATIGUE: usize = 1;
pub(super) const KIDNEYS: usize = 2;
pub(super) const SPANISH: usize = 3;
pub(super) const DOSES: usize = 4;
pub(super) const MIXED: usize = 5;
pub(super) const CANCER: usize = 6;
pub(super) const ALPHA: usize = 7;
pub(super) const BETA: usize = 8;

pub(super) fn test_guide() -> Guide {
    let bold = Emphasis {
        bold: true,
        italic: false,
    };
    let italic = Emphasis {
        bold: false,
        italic: true,
    };
    let mixed = body(|b| {
        b.text("Bold", bold, None);
        b.text(", then more", PLAIN, None);
        b.text(" words ", PLAIN, None);
        b.text("here", italic, None);
        b.text(". Glued", PLAIN, None);
        // A new look with no space between: still one word.
        b.text("together", italic, None);
        b.text("  spaced   out\tafter.", PLAIN, None);
        b.end_paragraph();
        b.open_list(Some(1));
        b.open_item();
        b.text("First item about rashes.", PLAIN, None);
        b.close();
        b.open_item();
        b.text("Second item about itching.", PLAIN, None);
        b.open_list(None);
        b.open_item();
        b.text("Nested bullet about swelling.", PLAIN, None);
        b.close();
        b.close();
        b.open_callout(CalloutKind::Tip);
        b.text("A tip inside a list item about lotion.", PLAIN, None);
        b.close();
        b.close();
        b.close();
        b.open_callout(CalloutKind::Warning);
        b.text("Call now if you have a fever.", PLAIN, None);
        b.end_paragraph();
        b.open_list(None);
        b.open_item();
        b.text("Or trouble breathing.", PLAIN, None);
        b.close();
        b.close();
        b.close();
        b.text("The last paragraph mentions diarrhoea.", PLAIN, None);
    });
    let long = "Cancer cells grow without control. ".repeat(3)
        + "Fatigue is common during treatment and may last for weeks after the last dose. "
        + &"Rest and gentle exercise both help. ".repeat(4);
    guide(
        vec![
            section(
                "side-effects",
                "Side effects",
                Some("What can happen, and what to do."),
                para("Most side effects are mild. Some people feel exhausted after treatment."),
                &[],
            ),
            section(
                "fatigue",
                "Fatigue",
                Some("Feeling worn out is common."),
                para("Rest when you need to. Short walks can help."),
                &["tired", "exhausted"],
            ),
            section(
                "kidneys",
                "Kidney problems",
                None,
                para(
                    "Immunotherapy can inflame the kidneys. Tell your nurse if your urine changes.",
                ),
                &["pee"],
            ),
            section(
                "cancer-es",
                "El cáncer y el sistema inmune",
                None,
                para("Las células del CÁNCER pueden esconderse. Cáncer y cáncer."),
                &[],
            ),
            section(
                "doses",
                "Medicine doses",
                None,
                para(
                    r"Take 1 tablet (500 mg) twice a day [if needed]. Use 50% * dose, see C:\notes\dose.txt.",
                ),
                &[],
            ),
            section("mixed", "Mixed text", None, mixed, &[]),
            section(
                "cancer-en",
                "Cancer basics",
                Some("How cancer grows."),
                para(&long),
                &[],
            ),
            section(
                "alpha",
                "Alpha",
                None,
                para("The care team will call you."),
                &[],
            ),
            section(
                "beta",
                "Beta",
                None,
                para("Your team gives care at the clinic."),
                &[],
            ),
        ],
        vec![
            term(
                "Fatigue",
                &["tiredness"],
                "Feeling very tired, even after rest.",
            ),
            term(
                "Checkpoint inhibitor",
                &["PD-1 inhibitor", "immune checkpoint blocker"],
                "A medicine that takes the brakes off immune cells.",
            ),
        ],
    )
}

/// The example guide of docs/guide-format.md, as the tests of the loader
/// read it.
pub(super) fn example_guide() -> Guide {
    let files = InMemory::from_markdown(include_str!("../../docs/guide-format.md"));
    match load(&files) {
        Ok(guide) => guide,
        Err(problems) => panic!("the documented example does not load: {problems:#?}"),
    }
}

pub(super) fn targets(hits: &[Hit]) -> Vec<HitTarget> {
    hits.iter().map(|h| h.target).collect()
}

pub(super) fn position(hits: &[Hit], target: HitTarget) -> usize {
    hits.iter()
        .position(|h| h.target == target)
        .unwrap_or_else(|| panic!("{target:?} not in {:#?}", targets(hits)))
}

pub(super) fn hit_for(hits: &[Hit], target: HitTarget) -> &Hit {
    &hits[position(hits, target)]
}

pub(super) fn marked(hit: &Hit) -> Vec<&str> {
    hit.matched
        .iter()
        .map(|m| &hit.snippet[m.clone()])
        .collect()
}

#[test]
fn folding_ignores_case_and_accents() {
    assert_eq!(fold("Cáncer"), "cancer");
    assert_eq!(fold("CÁNCER"), "cancer");
    assert_eq!(fold("Ça VA, Ñandú"), "ca va, nandu");
    assert_eq!(fold("cafe\u{301}"), "cafe");
    assert_eq!(fold("don’t"), "don't");
    assert_eq!(fold(""), "");
}

#[test]
fn accents_and_case_do_not_matter() {
    let index = SearchIndex::new(&test_guide());
    let upper = index.search("CÁNCER", 50);
    position(&upper, HitTarget::Section(CANCER));
    let spanish = hit_for(&upper, HitTarget::Section(SPANISH));
    assert_eq!(spanish.field, Field::Title);
    assert_eq!(marked(spanish)[0], "cáncer");

    let plain = index.search("cancer", 50);
    assert_eq!(targets(&plain), targets(&upper));
    position(&plain, HitTarget::Section(SPANISH));
}

#[test]
fn keywords_find_sections_and_rank_above_body_text() {
    let index = SearchIndex::new(&test_guide());
    let hits = index.search("exhausted", 50);
    assert_eq!(hits[0].target, HitTarget::Section(FATIGUE));
    assert_eq!(hits[0].field, Field::Keyword);
    assert_eq!(hits[0].word, None);
    assert!(marked(&hits[0]).contains(&"exhausted"), "{:?}", hits[0]);
    let body = hit_for(&hits, HitTarget::Section(SIDE_EFFECTS));
    assert_eq!(body.field, Field::Body);
    assert!(hits[0].score > body.score);

    let pee = index.search("pee", 50);
    assert_eq!(targets(&pee), [HitTarget::Section(KIDNEYS)]);
    assert_eq!(pee[0].field, Field::Keyword);
    assert_eq!(marked(&pee[0]), ["pee"]);

    let tired = index.search("tired", 50);
    assert_eq!(tired[0].target, HitTarget::Section(FATIGUE));
    assert_eq!(tired[0].field, Field::Keyword);
}

#[test]
fn glossary_terms_and_aliases_are_results() {
    let index = SearchIndex::new(&test_guide());
    let hits = index.search("tiredness", 50);
    assert_eq!(targets(&hits), [HitTarget::Term(0)]);
    assert_eq!(hits[0].field, Field::Term);
    assert_eq!(marked(&hits[0]), ["tiredness"]);
    assert!(hits[0].snippet.starts_with("Fatigue (tiredness) — Feeling"));

    let alias = index.search("pd-1", 50);
    assert_eq!(targets(&alias), [HitTarget::Term(1)]);
    assert_eq!(marked(&alias[0]), ["PD-1"]);

    let name = index.search("Checkpoint", 50);
    assert_eq!(name[0].target, HitTarget::Term(1));
    assert!(
        name[0]
            .snippet
            .starts_with("Checkpoint inhibitor — A medicine")
    );
    assert_eq!(name[0].word, None);

    // A word only in a definition does not list the term.
    assert!(
        !targets(&index.search("brakes", 50)).contains(&HitTarget::Term(1)),
        "definitions alone do not make a term result"
    );
}

#[test]
fn titles_rank_above_terms_above_body_text() {
    let index = SearchIndex::new(&test_guide());
    let hits = index.search("fatigue", 50);
    assert_eq!(hits[0].target, HitTarget::Section(FATIGUE));
    assert_eq!(hits[0].field, Field::Title);
    assert_eq!(hits[0].word, Some(0));
    let term = position(&hits, HitTarget::Term(0));
    let body = position(&hits, HitTarget::Section(CANCER));
    assert_eq!(hits[body].field, Field::Body);
    assert!(term < body);
    for pair in hits.windows(2) {
        assert!(pair[0].score >= pair[1].score);
    }
    // A whole word in a title beats the start of one.
    let index = SearchIndex::new(&guide(
        vec![
            section("a", "Rashes", None, para("x"), &[]),
            section("b", "Rash", None, para("x"), &[]),
        ],
        Vec::new(),
    ));
    assert_eq!(
        targets(&index.search("rash", 5)),
        [HitTarget::Section(1), HitTarget::Section(0)]
    );
    // A title that is exactly the query beats longer titles holding it,
    // however often they repeat it.
    let index = SearchIndex::new(&guide(
        vec![
            section(
                "why",
                "Why side effects happen",
                None,
                para(&"Side effects, side effects. ".repeat(5)),
                &[],
            ),
            section("side", "Side effects", None, para("About them."), &[]),
        ],
        Vec::new(),
    ));
    assert_eq!(
        index.search("side effects", 5)[0].target,
        HitTarget::Section(1)
    );
}

#[test]
fn word_prefixes_match_but_word_middles_do_not() {
    let index = SearchIndex::new(&test_guide());
    let hits = index.search("fati", 50);
    assert_eq!(hits[0].target, HitTarget::Section(FATIGUE));
    assert_eq!(hits[0].field, Field::Title);
    assert_eq!(marked(&hits[0])[0], "Fati");
    assert_eq!(
        index.search("kidn", 5)[0].target,
        HitTarget::Section(KIDNEYS)
    );
    // Word middles out of a typo's reach ("atigue" is one edit from
    // "fatigue", so it is forgiven: see tests_rules.rs).
    assert!(index.search("tigue", 50).is_empty());
    assert!(index.search("flame", 50).is_empty());
    assert!(index.search("igue", 50).is_empty());
}

#[test]
fn every_word_must_be_found_and_phrases_rank_higher() {
    let index = SearchIndex::new(&test_guide());
    assert_eq!(
        targets(&index.search("cancer fatigue", 50)),
        [HitTarget::Section(CANCER)]
    );
    // "pee" is a keyword and "urine" body text of the same section.
    assert_eq!(
        targets(&index.search("pee urine", 50)),
        [HitTarget::Section(KIDNEYS)]
    );
    assert!(index.search("cancer kidneys", 50).is_empty());

    let hits = index.search("care team", 50);
    assert_eq!(
        targets(&hits),
        [HitTarget::Section(ALPHA), HitTarget::Section(BETA)]
    );
    assert_eq!(marked(&hits[0]), ["care", "team"]);
    // Repeating a word changes nothing.
    assert_eq!(
        targets(&index.search("team team care", 50)),
        targets(&index.search("team care", 50))
    );
}

#[test]
fn words_point_at_the_line_holding_the_match() {
    let guide = example_guide();
    let index = SearchIndex::new(&guide);
    // Title (2 words), then "White blood cells guard your body. One kind
    // is the T cell." (12), then "Some find germs." (3), then "Some".
    let hits = index.search("remember", 5);
    let cells = guide
        .section_index("immune-cells")
        .expect("example section");
    assert_eq!(hits[0].target, HitTarget::Section(cells));
    assert_eq!(hits[0].word, Some(18));

    let test = test_guide();
    let test_index = SearchIndex::new(&test);
    // "Mixed text" then "Bold, then more words here." with spans glued.
    let here = test_index.search("here", 5);
    assert_eq!(here[0].target, HitTarget::Section(MIXED));
    assert_eq!(here[0].word, Some(6));
    // "Glued" and "together" are two spans with no space: one word.
    assert!(test_index.search("together", 5).is_empty());
    assert_eq!(test_index.search("gluedtog", 5)[0].word, Some(7));
    assert_eq!(test_index.search("spaced", 5)[0].word, Some(8));
    assert_eq!(test_index.search("glued", 5)[0].word, Some(7));

    for (guide, index) in [(&guide, &index), (&test, &test_index)] {
        check_words(guide, index);
    }
}

#[test]
fn words_match_layout_in_the_shipped_guide() {
    let guide = load(&Embedded).expect("the shipped guide loads");
    check_words(&guide, &SearchIndex::new(&guide));
}

/// For every word of every section: the hit's word is on the line of the
/// layout whose anchors hold it, at several widths.
fn check_words(guide: &Guide, index: &SearchIndex) {
    let mut checked = 0;
    for (i, section) in guide.sections.iter().enumerate() {
        let layouts: Vec<_> = [24u16, 40, 100]
            .iter()
            .map(|&w| typeset::section(guide, i, w))
            .collect();
        let mut text = section.title.clone();
        text.push(' ');
        text.push_str(section.summary.as_deref().unwrap_or(""));
        for unit in section.body.prose_units() {
            text.push(' ');
            text.push_str(unit);
        }
        let folded = fold(&text);
        let mut words: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3)
            .collect();
        words.sort_unstable();
        words.dedup();
        for word in words {
            let hits = index.search(word, usize::MAX);
            let hit = hit_for(&hits, HitTarget::Section(i));
            assert!(
                hit.matched
                    .iter()
                    .any(|m| fold(&hit.snippet[m.clone()]).starts_with(word)),
                "{word:?}: {hit:?}"
            );
            let Some(anchor) = hit.word else {
                assert_eq!(hit.field, Field::Keyword, "{word:?}: {hit:?}");
                continue;
            };
            for layout in &layouts {
                let line = &layout.lines[layout.line_of_anchor(anchor)];
                assert!(
                    !find_in(&line.text(), word).is_empty(),
                    "{}: {word:?} is word {anchor}, but line {:?} (width {}) does not hold it",
                    section.id,
                    line.text(),
                    layout.width
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} words checked");
}

#[test]
fn snippets_are_short_and_marked() {
    let index = SearchIndex::new(&test_guide());
    for query in ["weeks", "dose", "rest", "gentle", "control", "cancer grows"] {
        for hit in index.search(query, 50) {
            let chars = hit.snippet.chars().count();
            assert!(chars <= 100, "{query:?}: {chars} chars: {:?}", hit.snippet);
            assert!(!hit.matched.is_empty(), "{query:?}: {hit:?}");
            for mark in &hit.matched {
                assert!(hit.snippet.is_char_boundary(mark.start));
                assert!(hit.snippet.is_char_boundary(mark.end));
            }
        }
    }
    let weeks = index.search("weeks", 5);
    assert_eq!(weeks[0].target, HitTarget::Section(CANCER));
    assert!(weeks[0].snippet.starts_with('…'), "{:?}", weeks[0].snippet);
    assert!(weeks[0].snippet.ends_with('…'), "{:?}", weeks[0].snippet);
}

#[test]
fn the_shipped_guide_answers_quickly() {
    let guide = load(&Embedded).expect("the shipped guide loads");
    let index = SearchIndex::new(&guide);
    for query in [
        "tired",
        "pee",
        "fever",
        "c",
        "checkpoint inhibitor",
        "xyzzy",
    ] {
        let started = Instant::now();
        let hits = index.search(query, 200);
        assert!(
            started.elapsed() < Duration::from_millis(200),
            "{query:?}: {:?}",
            started.elapsed()
        );
        // Best first, the sections about the guide itself after the rest.
        for pair in hits.windows(2) {
            assert!(
                (pair[0].about_the_guide, std::cmp::Reverse(pair[0].score))
                    <= (pair[1].about_the_guide, std::cmp::Reverse(pair[1].score))
            );
        }
    }
}
