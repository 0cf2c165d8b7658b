//! Queries as text: blank ones, very long ones, punctuation and
//! backslashes taken as characters to find, and matches shown in the text
//! as written.

use super::tests::{CANCER, DOSES, KIDNEYS, example_guide, marked, targets, test_guide};
use super::*;

#[test]
fn empty_and_blank_queries_find_nothing() {
    let index = SearchIndex::new(&test_guide());
    for query in ["", " ", "   ", "\t\n ", "\u{a0}"] {
        assert!(index.search(query, 50).is_empty(), "{query:?}");
        assert!(find_in("some text", query).is_empty(), "{query:?}");
    }
    assert!(index.search("cancer", 0).is_empty());
    assert!(index.search("c", 2).len() <= 2);
    assert!(
        SearchIndex::new(&Guide::default())
            .search("x", 5)
            .is_empty()
    );
}

/// Long queries are cut to a bounded size before any work is done (their
/// speed is in the criterion benchmark); here: no panic, and the cut query
/// still finds what its start finds.
#[test]
fn very_long_queries_are_bounded() {
    let guide = example_guide();
    let index = SearchIndex::new(&guide);
    let test = SearchIndex::new(&test_guide());
    for query in [
        "a".repeat(10_000),
        "cancer ".repeat(1_500),
        "(*[\\".repeat(2_500),
        "é".repeat(10_000),
        (0..2_000).map(|i| format!("w{i} ")).collect::<String>(),
    ] {
        let _ = index.search(&query, usize::MAX);
        let _ = test.search(&query, 50);
        let _ = find_in(&query, &query);
    }
    let long = "cancer ".repeat(1_500);
    let targets = |hits: Vec<Hit>| hits.into_iter().map(|h| h.target).collect::<Vec<_>>();
    assert_eq!(
        targets(test.search(&long, 50)),
        targets(test.search("cancer", 50))
    );
}

#[test]
fn special_characters_are_plain_text() {
    let index = SearchIndex::new(&test_guide());
    for query in [
        "(500",
        "(",
        "[",
        "[if needed]",
        "*",
        "\\",
        r"c:\notes",
        "50%",
        "day [if",
    ] {
        let hits = index.search(query, 50);
        assert_eq!(targets(&hits), [HitTarget::Section(DOSES)], "{query:?}");
        assert!(!hits[0].matched.is_empty(), "{query:?}: {:?}", hits[0]);
    }
    assert_eq!(marked(&index.search("*", 5)[0]), ["*"]);
    assert_eq!(marked(&index.search("(", 5)[0]), ["("]);
    for query in [".*", "d.y", "[a-z]", "\\w", "^take", "take$", "(?i)take"] {
        assert!(index.search(query, 50).is_empty(), "{query:?}");
    }
    // Punctuation typed around a word does not stop it being found.
    assert_eq!(
        index.search("kidneys?", 5)[0].target,
        HitTarget::Section(KIDNEYS)
    );
    assert_eq!(
        index.search("¿cáncer?", 5)[0].target,
        HitTarget::Section(CANCER)
    );
}

#[test]
fn find_in_gives_ranges_of_the_text_as_written() {
    let text = "Cáncer y cáncer";
    let ranges = find_in(text, "cancer");
    assert_eq!(ranges.len(), 2);
    assert_eq!(&text[ranges[0].clone()], "Cáncer");
    assert_eq!(&text[ranges[1].clone()], "cáncer");
    assert_eq!(find_in(text, "CÁNCER"), ranges);

    let decomposed = "cafe\u{301} noir";
    let ranges = find_in(decomposed, "café");
    assert_eq!(&decomposed[ranges[0].clone()], "cafe\u{301}");
    let ranges = find_in(decomposed, "caf");
    assert_eq!(&decomposed[ranges[0].clone()], "caf");

    let line = "│ Ñandú and ÉTÉ, then (été) │";
    let found: Vec<&str> = find_in(line, "ete nan")
        .into_iter()
        .map(|r| &line[r])
        .collect();
    assert_eq!(found, ["Ñan", "ÉTÉ", "été"]);
    assert!(find_in("anticancer", "cancer").is_empty());
    assert_eq!(find_in("a*b a*b", "*").len(), 2);
    // Overlapping matches of two query words are one range.
    let joined = find_in("fatigue", "fat fatigue");
    assert_eq!(joined.len(), 1);
    assert_eq!(joined[0], 0..7);
}
