//! Spanish syllables counted as a dictionary divides words, and the
//! Szigriszt-Pazos reading ease of known text on the INFLESZ scale.

use super::inflesz::{Level, szigriszt_pazos};
use super::*;

fn spanish(units: &[&str], terms: &[&str]) -> Reading {
    Measurer::for_language(Language::Spanish, terms).measure(units)
}

/// Each word with its division into syllables as the Real Academia
/// Española's rules give it (the hyphens are the dictionary's division,
/// written out so the count can be checked by eye).
const DIVIDED: &[&str] = &[
    // Plain words of the guide.
    "can-san-cio",
    "dia-rre-a",
    "in-mu-no-te-ra-pia",
    "pa-cien-te",
    "tra-ta-mien-to",
    "mé-di-co",
    "fie-bre",
    "náu-se-as",
    "vó-mi-to",
    "an-ti-cuer-po",
    "em-ba-ra-zo",
    "pi-pí",
    "po-pó",
    "cán-cer",
    // Diphthongs and triphthongs: one syllable.
    "ciu-dad",
    "cui-da-do",
    "hue-vo",
    "U-ru-guay",
    "buey",
    "es-tu-diáis",
    "a-ve-ri-güéis",
    "cons-truí",
    // Hiatus: two open vowels, an accented í or ú, the same vowel twice.
    "po-e-ta",
    "le-er",
    "ca-os",
    "a-é-re-o",
    "zo-o-ló-gi-co",
    "dí-a",
    "pa-ís",
    "ma-íz",
    "o-í-do",
    "re-ír",
    "re-ú-ne",
    "ba-úl",
    "chi-i-ta",
    // A silent h parts nothing, joins nothing.
    "a-ho-ra",
    "bú-ho",
    "prohi-bi-do",
    "ve-hí-cu-lo",
    "za-na-ho-ria",
    // The silent u of que, qui, gue, gui; ü is sounded.
    "que",
    "quién",
    "a-quí",
    "e-qui-po",
    "gue-rra",
    "se-guí",
    "guion",
    "pin-güi-no",
    "ver-güen-za",
    // y: a vowel at the end, a consonant before a vowel.
    "y",
    "hoy",
    "muy",
    "ley",
    "a-yu-da",
    "ma-yo",
    "yo",
];

#[test]
fn spanish_syllables_are_the_dictionarys() {
    for divided in DIVIDED {
        let word = divided.replace('-', "");
        let want = divided.split('-').count();
        assert_eq!(spanish_syllables(&word), want, "{divided}");
        // Capitals and accents written as separate marks count the same.
        let upper = word.to_uppercase();
        assert_eq!(spanish_syllables(&upper), want, "{upper}");
        let decomposed: String =
            unicode_normalization::UnicodeNormalization::nfd(word.as_str()).collect();
        assert_eq!(spanish_syllables(&decomposed), want, "{decomposed:?}");
    }
}

#[test]
fn spanish_numbers_names_and_odd_words() {
    assert_eq!(spanish_syllables("38,3"), 1);
    assert_eq!(spanish_syllables("PD-1"), 2);
    assert_eq!(spanish_syllables("CAR-T"), 2);
    assert_eq!(spanish_syllables("Keytruda"), 3);
    assert_eq!(spanish_syllables("Yervoy"), 2);
    assert_eq!(spanish_syllables("niño"), 2);
    assert_eq!(spanish_syllables("hmm"), 1);
    assert_eq!(spanish_syllables(""), 0);
    assert_eq!(spanish_syllables("---"), 0);
    assert_eq!(spanish_syllables("\u{301}"), 0);
    // The English rules would say otherwise: "diarrea" is not "dia-rrhea".
    assert_eq!(syllables("diarrea"), 4);
    assert_eq!(spanish_syllables("diarrea"), 3);
}

#[test]
fn ease_of_a_known_passage() {
    // Counted by hand, word by word:
    //   La(1) in-mu-no-te-ra-pia(6) a-yu-da(3) a(1) su(1) cuer-po(2) a(1)
    //   com-ba-tir(3) el(1) cán-cer(2)   -> 10 words, 21 syllables
    //   Lla-me(2) a(1) su(1) e-qui-po(3) si(1) tie-ne(2) fie-bre(2)
    //                                    ->  7 words, 12 syllables
    // 206.835 - 62.3 * 33 / 17 - 17 / 2 = 77.3997
    let text = "La inmunoterapia ayuda a su cuerpo a combatir el cáncer. \
                Llame a su equipo si tiene fiebre.";
    let r = spanish(&[text], &[]);
    assert_eq!((r.words, r.sentences, r.syllables), (17, 2, 33));
    assert!((r.ease - 77.3997).abs() < 0.001, "{}", r.ease);
    assert_eq!(Level::of(r.ease), Level::FairlyEasy);

    // "inmunoterapia" defined in the glossary: 16 words, 27 syllables.
    // 206.835 - 62.3 * 27 / 16 - 16 / 2 = 93.70375
    let r = spanish(&[text], &["Inmunoterapia"]);
    assert_eq!((r.words, r.syllables), (16, 27));
    assert!((r.ease - 93.70375).abs() < 0.001, "{}", r.ease);
    assert_eq!(Level::of(r.ease), Level::VeryEasy);
}

#[test]
fn spanish_sentences_and_abbreviations() {
    // ¿ and ¡ open a sentence; they are not words.
    let r = spanish(&["¿Tiene fiebre? ¡Llame hoy!"], &[]);
    assert_eq!((r.sentences, r.words), (2, 4));
    // "EE. UU.", "p. ej." and "Dra." do not end a sentence.
    let r = spanish(
        &["En EE. UU. hay medicinas, p. ej. Keytruda. Hable con la Dra. López."],
        &[],
    );
    assert_eq!(r.sentences, 2, "{r:?}");
}

#[test]
fn the_inflesz_scale() {
    assert_eq!(Level::of(39.9), Level::VeryHard);
    assert_eq!(Level::of(40.0), Level::SomewhatHard);
    assert_eq!(Level::of(54.9), Level::SomewhatHard);
    assert_eq!(Level::of(55.0), Level::Normal);
    assert_eq!(Level::of(65.0), Level::FairlyEasy);
    assert_eq!(Level::of(79.9), Level::FairlyEasy);
    assert_eq!(Level::of(80.0), Level::VeryEasy);
    assert_eq!(Level::of(f64::NAN), Level::VeryHard);
    assert_eq!(Level::FairlyEasy.name(), "bastante fácil");
    assert_eq!(szigriszt_pazos(0, 0, 0), 0.0);
    // One word of two syllables in one sentence.
    assert!((szigriszt_pazos(1, 1, 2) - (206.835 - 124.6 - 1.0)).abs() < 1e-9);
}

#[test]
fn strange_spanish_text_does_not_panic() {
    for text in [
        "",
        "¿¡",
        "u\u{308}\u{301}\u{301}",
        "qu gu güe qüi yy yyy hhh h",
        "ÑÑÑ ñ",
        "Ὀδυσσεύς. Привет! 你好。",
        "\u{301}a",
        "a-\u{308}-e",
    ] {
        let r = spanish(&[text], &["y", "ñ"]);
        assert!(r.ease.is_finite());
        if r.words > 0 {
            assert!(r.syllables >= r.words, "{text:?}: {r:?}");
        }
    }
}
