//! The rules of issue 15, one test each: every word must match, phrases,
//! hyphens and spaces, typos and "Did you mean", and the ranking (about
//! before mentions, the guide's own help last, titles before aliases);
//! on small guides made for each rule and on the shipped guide.

use std::collections::BTreeSet;

use super::tests::{guide, marked, para, position, section, targets, term};
use super::*;
use crate::content::model::About;
use crate::content::{Embedded, load};

fn shipped() -> (Guide, SearchIndex) {
    let guide = load(&Embedded).expect("the shipped guide loads");
    let index = SearchIndex::new(&guide);
    (guide, index)
}

fn ids(guide: &Guide, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .filter_map(|h| match h.target {
            HitTarget::Section(s) => Some(guide.sections[s].id.clone()),
            HitTarget::Term(_) => None,
        })
        .collect()
}

fn sections(hits: &[Hit]) -> BTreeSet<usize> {
    hits.iter()
        .filter_map(|h| match h.target {
            HitTarget::Section(s) => Some(s),
            HitTarget::Term(_) => None,
        })
        .collect()
}

#[test]
fn every_word_must_be_found_in_one_section() {
    let index = SearchIndex::new(&guide(
        vec![
            section("a", "Rash", None, para("Call about a fever."), &[]),
            section("b", "Rash", None, para("Itching only."), &[]),
            section("c", "Fever", None, para("Hot and cold."), &["chills"]),
        ],
        Vec::new(),
    ));
    assert_eq!(
        targets(&index.search("rash fever", 9)),
        [HitTarget::Section(0)]
    );
    // The words may be in different fields: a keyword and a title.
    assert_eq!(
        targets(&index.search("fever chills", 9)),
        [HitTarget::Section(2)]
    );
    assert!(index.search("rash chills", 9).is_empty());
    // Small words of a question are not needed, unless there is nothing
    // else.
    assert_eq!(
        targets(&index.search("what is a rash", 9)),
        targets(&index.search("rash", 9))
    );
    assert_eq!(
        targets(&index.search("about a", 9)),
        [HitTarget::Section(0)]
    );
}

#[test]
fn quoted_words_must_stand_together() {
    let index = SearchIndex::new(&guide(
        vec![
            section(
                "apart",
                "Apart",
                None,
                para("The effects of each side."),
                &[],
            ),
            section(
                "together",
                "Together",
                None,
                para("Some side effects."),
                &[],
            ),
        ],
        Vec::new(),
    ));
    let loose = index.search("side effects", 9);
    assert_eq!(loose.len(), 2);
    assert_eq!(
        loose[0].target,
        HitTarget::Section(1),
        "together ranks first"
    );
    assert_eq!(
        targets(&index.search("\"side effects\"", 9)),
        [HitTarget::Section(1)]
    );
    // In order, too.
    assert!(index.search("\"effects side\"", 9).is_empty());
}

#[test]
fn hyphens_and_spaces_are_the_same() {
    let (guide, index) = shipped();
    let car_t = ids(&guide, &index.search("car t", 200));
    assert_eq!(car_t, ids(&guide, &index.search("car-t", 200)));
    assert_eq!(car_t, ids(&guide, &index.search("\"CAR T\"", 200)));
    // The four CAR T sections come first, before any section that only
    // mentions CAR T.
    let first: BTreeSet<&str> = car_t.iter().take(4).map(String::as_str).collect();
    assert_eq!(
        first,
        BTreeSet::from([
            "car-t",
            "car-t-after",
            "car-t-products",
            "car-t-side-effects"
        ])
    );
    // "car" next to "t" only: no section about the care team.
    assert!(car_t.len() < 20, "{car_t:?}");
    assert!(
        !car_t.iter().any(|id| id == "not-a-replacement"),
        "{car_t:?}"
    );
    // And hyphenated words typed with spaces, or spaces typed as hyphens.
    assert_eq!(
        sections(&index.search("side-effects", 200)),
        sections(&index.search("\"side effects\"", 200))
    );
    assert!(!index.search("side-effects", 200).is_empty());
    let pd1 = index.search("pd 1", 200);
    assert_eq!(ids(&guide, &pd1)[0], "pd-1-drugs");
    for hit in &pd1 {
        let marks: Vec<String> = marked(hit).iter().map(|m| fold(m)).collect();
        assert!(
            marks.iter().any(|m| m == "pd-1"),
            "{:?} is listed for something other than PD-1: {marks:?}",
            hit.snippet
        );
    }
    let marks = find_in("CAR T-cell therapy, and PD\u{2011}1", "car-t pd-1");
    assert_eq!(marks.len(), 2);
}

#[test]
fn typos_of_long_words_find_the_guides_words() {
    let (guide, index) = shipped();
    let nivolumab = sections(&index.search("nivolumab", 200));
    assert!(nivolumab.len() > 5);
    assert_eq!(sections(&index.search("nivolumb", 200)), nivolumab);
    assert_eq!(index.suggestion("nivolumb").as_deref(), Some("nivolumab"));
    assert_eq!(index.marking("nivolumb"), "nivolumab");
    assert_eq!(ids(&guide, &index.search("diarhea", 9))[0], "bowel");
    assert_eq!(
        index.suggestion("car-t diarhea").as_deref(),
        Some("car-t diarrhea")
    );
    // A word the guide uses is never corrected, nor one that starts a word
    // of it.
    assert_eq!(index.suggestion("nivolumab"), None);
    assert_eq!(index.suggestion("nivo"), None);
    // Short words are offered, not searched; nonsense is neither.
    assert!(index.search("rahs", 9).is_empty());
    assert_eq!(index.suggestion("rahs").as_deref(), Some("rash"));
    assert!(index.search("zzqxv", 9).is_empty());
    assert_eq!(index.suggestion("zzqxv"), None);
}

#[test]
fn a_word_of_the_guide_is_never_taken_for_a_typo() {
    let index = SearchIndex::new(&guide(
        vec![
            section("fever", "Fever", None, para("Hot."), &[]),
            section("never", "Never", None, para("Stop."), &[]),
            section("fatigue", "Fatigue", None, para("Tired."), &[]),
        ],
        Vec::new(),
    ));
    assert_eq!(targets(&index.search("fever", 9)), [HitTarget::Section(0)]);
    assert_eq!(targets(&index.search("fatige", 9)), [HitTarget::Section(2)]);
    // Six letters forgive one edit, not two.
    assert!(index.search("fatgie", 9).is_empty());
    assert_eq!(index.suggestion("fatgie").as_deref(), Some("fatigue"));
}

#[test]
fn sections_about_a_word_come_before_those_that_mention_it() {
    let index = SearchIndex::new(&guide(
        vec![
            section(
                "mention",
                "Other things",
                None,
                para("Rash can happen."),
                &[],
            ),
            section("summary", "Skin", Some("Rash and itching."), para("x"), &[]),
            section("keyword", "Itching", None, para("y"), &["rash"]),
            section("title", "Rash", None, para("z"), &[]),
        ],
        vec![term("Dermatitis", &["rash"], "Red, sore skin.")],
    ));
    assert_eq!(
        targets(&index.search("rash", 9)),
        [
            HitTarget::Section(3),
            HitTarget::Section(2),
            HitTarget::Section(1),
            HitTarget::Term(0),
            HitTarget::Section(0),
        ],
        "title, keyword, summary, glossary alias, then body"
    );
}

#[test]
fn the_guides_own_help_never_outranks_a_medical_section() {
    let about = About {
        about_the_guide: vec!["help".into()],
        ..About::default()
    };
    let mut sections = vec![
        section(
            "help",
            "Using this guide",
            None,
            para("Search with words like tired."),
            &["search"],
        ),
        section(
            "tips",
            "Tips",
            Some("Try tired or rash."),
            para("More."),
            &[],
        ),
        section(
            "signs",
            "Warning signs",
            None,
            para("Extreme tiredness."),
            &[],
        ),
    ];
    sections[1].parent = Some(0);
    sections[1].depth = 1;
    sections[0].children = vec![1];
    sections[0].subtree_end = 2;
    sections[1].subtree_end = 2;
    sections[2].subtree_end = 3;
    let index = SearchIndex::new(&Guide::new(about, sections, Vec::new(), Vec::new()));
    let hits = index.search("tired", 9);
    // The help sections hold "tired" as a whole word, in a summary even,
    // but the warning sign comes first; the chapter's children count too.
    assert_eq!(hits[0].target, HitTarget::Section(2));
    assert!(hits[1].about_the_guide && hits[2].about_the_guide);
    // Its own keyword puts it first for what it is about.
    assert_eq!(index.search("search", 9)[0].target, HitTarget::Section(0));

    let (guide, index) = shipped();
    for word in ["tired", "rash"] {
        let found = ids(&guide, &index.search(word, 200));
        let help = found.iter().position(|id| id == "using-the-guide");
        assert_eq!(help, Some(found.len() - 1), "{word}: {found:?}");
    }
    let tired = ids(&guide, &index.search("tired", 200));
    let signs = tired.iter().position(|id| id == "call-right-away");
    assert!(signs.is_some(), "{tired:?}");
    assert_eq!(ids(&guide, &index.search("keys", 9))[0], "using-the-guide");
}

#[test]
fn titles_beat_glossary_aliases() {
    let index = SearchIndex::new(&guide(
        vec![section("pituitary", "Master gland", None, para("x"), &[])],
        vec![term("Pituitary gland", &["master gland"], "A gland.")],
    ));
    let hits = index.search("master gland", 9);
    assert_eq!(hits[0].target, HitTarget::Section(0));
    position(&hits, HitTarget::Term(0));
}

/// The words a worried person types each open a section *about* them
/// first (issue 12's list), on the shipped guide.
#[test]
fn everyday_words_open_the_section_about_them_first() {
    let (guide, index) = shipped();
    for (typed, about) in [
        ("tired", "fatigue"),
        ("fatigue", "fatigue"),
        ("pregnant", "pregnancy-and-fertility"),
        ("steroids", "steroid-safety"),
        ("worried", "feelings-and-support"),
        ("work", "daily-life"),
        ("travel", "daily-life"),
    ] {
        let found = ids(&guide, &index.search(typed, 20));
        assert_eq!(
            found.first().map(String::as_str),
            Some(about),
            "{typed}: {found:?}"
        );
    }
}

/// A keyword that is exactly the word typed counts even when the title is
/// where the word is found first: of two titles with "work" in them, the
/// section whose keywords say it is about work comes first.
#[test]
fn an_exact_keyword_counts_beside_a_title_hit() {
    let index = SearchIndex::new(&guide(
        vec![
            section(
                "a",
                "How long it takes to work",
                None,
                para("Weeks."),
                &["waiting"],
            ),
            section(
                "b",
                "Daily life: work and travel",
                None,
                para("Jobs."),
                &["work"],
            ),
        ],
        Vec::new(),
    ));
    assert_eq!(targets(&index.search("work", 9))[0], HitTarget::Section(1));
}
