//! The reading grade, sentences, defined terms and syllables measured on
//! known text, and on strange text without panicking.

use super::*;

fn approx(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.1
}

#[test]
fn syllables_of_ordinary_words() {
    let cases = [
        ("cat", 1),
        ("table", 2),
        ("immune", 2),
        ("therapy", 3),
        ("immunotherapy", 6),
        ("the", 1),
        ("cake", 1),
        ("created", 3),
        ("cancer", 2),
        ("every", 3),
        ("side", 1),
        ("effects", 2),
        ("happen", 2),
        ("system", 2),
        ("cakes", 1),
        ("doses", 2),
        ("used", 1),
        ("treated", 2),
        ("needed", 2),
        ("people", 2),
        ("little", 2),
        ("free", 1),
        ("eye", 1),
        ("player", 2),
        ("fatigue", 2),
        ("nausea", 3),
        ("biopsy", 3),
        ("serious", 3),
        ("infection", 3),
        ("radiation", 4),
        ("diarrhea", 4),
        ("calcium", 3),
        ("usual", 3),
        ("lately", 2),
        ("management", 3),
        ("being", 2),
        ("dying", 2),
        ("pembrolizumab", 5),
        ("hospital", 3),
        ("doctor", 2),
        ("medicine", 3),
        ("skin", 1),
        ("rash", 1),
        ("called", 1),
        ("hundred", 2),
        ("ideas", 3),
        ("diarrhoea", 4),
        ("pancreas", 3),
        ("safety", 2),
        ("fluid", 2),
        ("quiet", 2),
        ("experience", 4),
        ("patient", 2),
        ("centre", 2),
        ("autism", 3),
    ];
    for (word, want) in cases {
        assert_eq!(syllables(word), want, "{word}");
    }
}

#[test]
fn syllables_of_numbers_hyphens_and_odd_words() {
    assert_eq!(syllables("38.3"), 1);
    assert_eq!(syllables("1,000"), 1);
    assert_eq!(syllables("2024"), 1);
    assert_eq!(syllables("well-known"), 2);
    assert_eq!(syllables("COVID-19"), 3);
    assert_eq!(syllables("Immune"), 2);
    assert_eq!(syllables("café"), 2);
    assert_eq!(syllables("cafe\u{301}"), 2);
    assert_eq!(syllables("don't"), 1);
    assert_eq!(syllables("e.g"), 2);
    assert_eq!(syllables("hmm"), 1);
    assert_eq!(syllables(""), 0);
    assert_eq!(syllables("---"), 0);
    assert_eq!(syllables("'"), 0);
}

#[test]
fn grade_of_a_known_passage() {
    // Worked by hand:
    //   Immunotherapy(6) helps(1) your(1) immune(2) system(2) fight(1) cancer(2)
    //   Side(1) effects(2) can(1) happen(2) at(1) any(2) time(1)
    // 14 words, 2 sentences, 25 syllables:
    // 0.39 * 7 + 11.8 * 25 / 14 - 15.59 = 8.2114
    let r = measure(
        &[
            "Immunotherapy helps your immune system fight cancer. Side effects can happen at any time.",
        ],
        &[],
    );
    assert_eq!((r.words, r.sentences, r.syllables), (14, 2, 25));
    assert!(approx(r.grade, 8.2114), "{}", r.grade);
    assert!(r.is_above_limit());
    assert!(r.long_sentences.is_empty());

    // Without "immunotherapy": 13 words, 19 syllables:
    // 0.39 * 6.5 + 11.8 * 19 / 13 - 15.59 = 4.1912
    let r = measure(
        &[
            "Immunotherapy helps your immune system fight cancer. Side effects can happen at any time.",
        ],
        &["immunotherapy"],
    );
    assert_eq!((r.words, r.sentences, r.syllables), (13, 2, 19));
    assert!(approx(r.grade, 4.1912), "{}", r.grade);
    assert!(!r.is_above_limit());
}

#[test]
fn grade_is_over_all_units_together() {
    // Units: 3 + 2 words, 2 sentences; syllables 1+1+1 + 1+2.
    let r = measure(&["The cat sat.", "Drink water"], &[]);
    assert_eq!((r.words, r.sentences, r.syllables), (5, 2, 6));
    let want = 0.39 * 2.5 + 11.8 * 6.0 / 5.0 - 15.59;
    assert!(approx(r.grade, want));
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let r = measure(
        &["Some drugs, e.g. steroids, calm the immune system. Others do not."],
        &[],
    );
    assert_eq!(r.sentences, 2);
    assert_eq!(
        measure(&["Ask Dr. Lee i.e. your doctor."], &[]).sentences,
        1
    );
    assert_eq!(
        measure(&["Bring pills, cards, etc. and a list."], &[]).sentences,
        1
    );
    assert_eq!(
        measure(&["Bring pills, cards, etc. Then rest."], &[]).sentences,
        2
    );
    assert_eq!(
        measure(&["Come at 9 a.m. to the clinic."], &[]).sentences,
        1
    );
    // "e.g" is one word, not two.
    assert_eq!(measure(&["e.g. this"], &[]).words, 2);
}

#[test]
fn decimals_are_one_word_and_do_not_end_sentences() {
    let r = measure(
        &["Call us if your temperature is 38.3 or higher. Do not wait."],
        &[],
    );
    assert_eq!(r.sentences, 2);
    assert_eq!(r.words, 12);
    let plain = measure(&["Call us if your temperature is 38 or higher."], &[]);
    let decimal = measure(&["Call us if your temperature is 38.3 or higher."], &[]);
    assert_eq!(plain.syllables, decimal.syllables);
    assert_eq!(measure(&["Up to 1,000 people."], &[]).words, 4);
}

#[test]
fn question_and_exclamation_marks_end_sentences() {
    let r = measure(&["Is it safe? Yes! Ask us."], &[]);
    assert_eq!((r.sentences, r.words), (3, 6));
    let r = measure(&["Really?! Yes... Go on."], &[]);
    assert_eq!(r.sentences, 3);
    // A stop inside a word or number is not a sentence end.
    assert_eq!(measure(&["Wait!Then go."], &[]).sentences, 1);
}

#[test]
fn closing_quotes_and_brackets_after_a_stop() {
    let r = measure(&["He said \u{201C}stop.\u{201D} Then he left."], &[]);
    assert_eq!(r.sentences, 2);
    let r = measure(&["Rest (as much as you can.) Then call."], &[]);
    assert_eq!(r.sentences, 2);
    let r = measure(&["Is it 'safe?' Yes."], &[]);
    assert_eq!(r.sentences, 2);
}

#[test]
fn list_items_without_full_stops_are_sentences() {
    let r = measure(&["Rest well", "Drink water", "Call us"], &[]);
    assert_eq!((r.sentences, r.words), (3, 6));
    let r = measure(&["Rest. Drink water"], &[]);
    assert_eq!(r.sentences, 2);
    // No words, no sentence.
    let r = measure(&["...", "  ", "!?", "- - -"], &[]);
    assert_eq!((r.sentences, r.words, r.grade), (0, 0, 0.0));
}

#[test]
fn defined_terms_lower_the_grade() {
    let text = ["Pembrolizumab is given as a drip."];
    let with = measure(&text, &["pembrolizumab"]);
    let without = measure(&text, &[]);
    assert_eq!(with.words + 1, without.words);
    assert_eq!(with.syllables + 5, without.syllables);
    assert_eq!(with.sentences, without.sentences);
    assert!(with.grade < without.grade);
}

#[test]
fn defined_terms_match_whole_words_case_insensitively_longest_first() {
    let terms = ["checkpoint", "Checkpoint Inhibitor", "PD-L1", "T cell"];
    let r = measure(
        &["A checkpoint inhibitor blocks pd\u{2011}l1 on the T\ncell."],
        &terms,
    );
    // Left: A, blocks, on, the.
    assert_eq!(r.words, 4);
    assert_eq!(r.sentences, 1);
    // Whole words only: "checkpoints" is not "checkpoint".
    assert_eq!(measure(&["Two checkpoints."], &terms).words, 2);
    // Not across punctuation.
    assert_eq!(measure(&["A checkpoint, inhibitor."], &terms).words, 2);
    // Possessives and quotes still match.
    assert_eq!(
        measure(&["The checkpoint inhibitor's effect."], &terms).words,
        2
    );
    assert_eq!(
        measure(&["A \u{2018}checkpoint\u{2019} test."], &terms).words,
        2
    );
    // A sentence made only of a term still counts as a sentence.
    let r = measure(&["Checkpoint. Rest now."], &terms);
    assert_eq!((r.sentences, r.words), (2, 2));
    // Empty or wordless terms are ignored.
    assert_eq!(measure(&["Rest now."], &["", " ", "..."]).words, 2);
}

#[test]
fn long_sentences_are_reported_with_offsets() {
    let long = "word ".repeat(29) + "end.";
    let unit = format!("Short one.  {long} Then more.");
    let r = measure(&["Fine.", &unit], &[]);
    assert_eq!(r.long_sentences.len(), 1);
    let found = &r.long_sentences[0];
    assert_eq!(found.unit, 1);
    assert_eq!(found.words, 30);
    assert_eq!(found.start, 12);
    assert_eq!(found.text, long);
    assert_eq!(&unit[found.start..found.start + found.text.len()], long);

    // Exactly at the limit is fine.
    let edge = "word ".repeat(LONG_SENTENCE_WORDS - 1) + "end.";
    assert!(measure(&[&edge], &[]).long_sentences.is_empty());

    // A list item with no stop, after multibyte text.
    let item = "é ".repeat(3) + "Ünïcode. " + &"wörd ".repeat(26);
    let r = measure(&[&item], &[]);
    assert_eq!(r.long_sentences.len(), 1);
    let found = &r.long_sentences[0];
    assert_eq!(found.words, 26);
    assert!(item.is_char_boundary(found.start));
    assert_eq!(found.text, "wörd ".repeat(26).trim_end());
}

#[test]
fn defined_terms_do_not_count_toward_sentence_length() {
    let sentence = "checkpoint inhibitor ".repeat(10) + &"word ".repeat(20);
    let r = measure(&[&sentence], &["checkpoint inhibitor"]);
    assert_eq!(r.words, 20);
    assert!(r.long_sentences.is_empty());
}

#[test]
fn empty_input_gives_grade_zero() {
    let r = measure(&[], &[]);
    assert_eq!(
        r,
        Reading {
            words: 0,
            sentences: 0,
            syllables: 0,
            grade: 0.0,
            ease: 0.0,
            long_sentences: vec![]
        }
    );
    assert_eq!(measure(&[""], &["x"]).grade, 0.0);
    // Only defined terms: a sentence, but no words to grade.
    let r = measure(&["Pembrolizumab."], &["pembrolizumab"]);
    assert_eq!((r.sentences, r.words, r.grade), (1, 0, 0.0));
}

/// A tiny deterministic generator so the fuzz loop needs no crates.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

fn check_invariants(units: &[&str], terms: &[&str]) {
    let r = measure(units, terms);
    assert!(r.grade.is_finite());
    if r.words == 0 {
        assert_eq!(r.grade, 0.0);
    } else {
        assert!(r.sentences > 0);
        assert!(r.syllables >= r.words);
    }
    for long in &r.long_sentences {
        let unit = units[long.unit];
        assert!(long.words > LONG_SENTENCE_WORDS);
        assert!(unit.is_char_boundary(long.start));
        assert_eq!(
            unit.get(long.start..long.start + long.text.len()),
            Some(long.text.as_str())
        );
    }
    for unit in units {
        for word in unit.split_whitespace() {
            let _ = syllables(word);
        }
    }
}

#[test]
fn strange_strings_do_not_panic() {
    let fixed = [
        "",
        ".",
        "...",
        "?!.",
        "e.g.",
        "e.g",
        ".e.g.",
        "\u{301}",
        "\u{301}\u{301}a\u{301}",
        "é\u{301}\u{302}. x",
        "🙂🙂. 🙂? 🙂!",
        "a\u{0}b\u{7}c",
        "\u{202E}evil\u{202C} text.",
        "'''",
        "---",
        "-'-",
        "’’’ ’s",
        "38.3.",
        "1,2,3,",
        ",1,",
        "..a..",
        "a.",
        ".a",
        "ß STRASSE straße.",
        "İstanbul İİİ.",
        "ǅemal ǈ ǋ.",
        "Ὀδυσσεύς. Привет! 你好。 مرحبا؟",
        "\u{AD}\u{200D}word\u{AD}\u{200D}",
        "a\u{2026} b\u{2026}",
        "\"\")]]. . . \"",
        "Dr.",
        "Dr. ",
        "etc.",
        "etc. ",
        "U.S.",
        "yyyy yy y",
        "fully less ness ly ty es ed e ement ments",
        "qu gu creat react ing eing",
        "\t\n\r\u{a0}\u{2028}\u{3000}",
    ];
    let terms = [
        "",
        " ",
        "e.g.",
        "'",
        "é",
        "e\u{301}",
        "word word",
        "ß",
        "i̇",
        "🙂",
        "dr",
        "38.3",
    ];
    for s in fixed {
        check_invariants(&[s], &[]);
        check_invariants(&[s], &terms);
        check_invariants(&[s, s, s], &[s]);
    }

    let alphabet: Vec<char> =
        "aeiouybcdlrstxyqgAEIOUYZ '’-‐‑.,!?…\"”)]} \n\t0123456789éÉ\u{301}\u{AD}🙂ßİǅ你.e.g"
            .chars()
            .collect();
    let mut rng = Lcg(0x5eed);
    for _ in 0..2000 {
        let len = rng.next() % 80;
        let s: String = (0..len)
            .map(|_| alphabet[rng.next() % alphabet.len()])
            .collect();
        let term_len = rng.next() % 12;
        let term: String = (0..term_len)
            .map(|_| alphabet[rng.next() % alphabet.len()])
            .collect();
        check_invariants(&[&s], &[&term, "a", "a b"]);
    }

    let huge = "Immunotherapy is a treatment. ".repeat(20_000) + &"x".repeat(100_000);
    check_invariants(&[&huge], &["treatment"]);
}

#[test]
fn measuring_is_linear_and_fast() {
    // About 2 KB of prose, many times, well within a test's patience even
    // in a debug build; a quadratic step would blow up on the big unit.
    let section = "Immunotherapy helps your immune system find and fight cancer cells. \
         Side effects, e.g. a rash or diarrhea, can start at any time. \
         Call us if your temperature is 38.3 or higher! "
        .repeat(12);
    let terms = ["immunotherapy", "checkpoint inhibitor", "PD-L1"];
    let started = std::time::Instant::now();
    for _ in 0..200 {
        let r = measure(&[&section], &terms);
        assert!(r.words > 0);
    }
    let big = "word ".repeat(200_000);
    let r = measure(&[&big], &terms);
    assert_eq!(r.words, 200_000);
    assert!(started.elapsed().as_secs() < 20);
}
