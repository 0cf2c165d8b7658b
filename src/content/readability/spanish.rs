//! Counting the syllables of a Spanish word by the rules of Spanish
//! spelling (the Real Academia Española's *Ortografía*, 2010, on
//! diphthongs, triphthongs and hiatus). Each syllable has one vowel
//! nucleus, so the count is the number of nuclei:
//!
//! - Vowels next to each other share a syllable (a diphthong, or a
//!   triphthong: "cuidado", "cansancio", "Uruguay") unless they are two
//!   open vowels (a, e, o: "po-e-ta", "dia-rre-a", "le-er"), an accented
//!   í or ú next to an open vowel ("dí-a", "pa-ís", "re-ú-ne"), or the
//!   same closed vowel twice ("chi-i-ta").
//! - A silent h does not part vowels ("prohi-bir"; "bú-ho" is two
//!   because ú and o are, not because of the h).
//! - The u of "que", "qui", "gue" and "gui" is silent and is no vowel
//!   ("quién" is one syllable, "se-guí" two); written ü it is sounded
//!   ("pin-güi-no").
//! - y is a vowel where no vowel follows it ("hoy", "muy", "y"), and a
//!   consonant before one ("ma-yo", "yo").
//!
//! Unlike English, Spanish spelling says how a word is said, so the count
//! is exact for Spanish words; names from other languages ("Keytruda")
//! are counted as a Spanish speaker would read their letters.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::syllables::by_pieces;

/// A letter of a word as the count needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sound {
    /// a, e, o, accented or not.
    Open,
    /// i or u (ü and a vowel y included), and whether it carries an
    /// accent (í, ú), which parts it from an open vowel.
    Closed { letter: char, stressed: bool },
    /// Any other letter or digit, and a silent u.
    Consonant,
}

impl Sound {
    fn is_vowel(self) -> bool {
        self != Sound::Consonant
    }

    /// Whether two vowels side by side are said in two syllables.
    fn apart(before: Sound, after: Sound) -> bool {
        use Sound::{Closed, Open};
        match (before, after) {
            (Open, Open) => true,
            (Open, Closed { stressed, .. }) | (Closed { stressed, .. }, Open) => stressed,
            (Closed { letter: a, .. }, Closed { letter: b, .. }) => a == b,
            _ => false,
        }
    }
}

/// A letter as written: lowercase, without its marks, and which marks it
/// had.
#[derive(Debug, Clone, Copy)]
pub(super) struct Written {
    base: char,
    acute: bool,
    diaeresis: bool,
}

/// The syllables of one Spanish word; `buf` is scratch space reused from
/// word to word.
pub(super) fn syllables_with(word: &str, buf: &mut Vec<Written>) -> usize {
    by_pieces(word, |piece| piece_syllables(piece, buf))
}

fn is_vowel_letter(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// The letters of a piece of a word, lowercase with their accents noted.
fn spell(piece: &str, out: &mut Vec<Written>) -> bool {
    out.clear();
    let mut has_letter_or_digit = false;
    for c in piece.chars() {
        has_letter_or_digit |= c.is_alphanumeric();
        decompose_canonical(c, |d| {
            if is_combining_mark(d) {
                if let Some(last) = out.last_mut() {
                    match d {
                        '\u{301}' | '\u{300}' => last.acute = true,
                        '\u{308}' => last.diaeresis = true,
                        _ => {}
                    }
                }
                return;
            }
            for lower in d.to_lowercase() {
                let base = match lower {
                    'æ' => 'a',
                    'œ' | 'ø' => 'o',
                    'ı' => 'i',
                    other => other,
                };
                // The h is silent: it neither makes nor parts a syllable.
                if base.is_alphanumeric() && base != 'h' {
                    out.push(Written {
                        base,
                        acute: false,
                        diaeresis: false,
                    });
                }
            }
        });
    }
    has_letter_or_digit
}

/// How the letter at `i` sounds, given its neighbours.
fn sound_at(letters: &[Written], i: usize) -> Sound {
    let Written {
        base,
        acute,
        diaeresis,
    } = letters[i];
    let before = i.checked_sub(1).map(|b| letters[b].base);
    let after = letters.get(i + 1).map(|a| a.base);
    match base {
        'a' | 'e' | 'o' => Sound::Open,
        'i' => Sound::Closed {
            letter: 'i',
            stressed: acute,
        },
        'u' if !diaeresis
            && matches!(before, Some('q' | 'g'))
            && matches!(after, Some('e' | 'i')) =>
        {
            Sound::Consonant
        }
        'u' => Sound::Closed {
            letter: 'u',
            stressed: acute,
        },
        'y' if !after.is_some_and(is_vowel_letter) => Sound::Closed {
            letter: 'i',
            stressed: false,
        },
        _ => Sound::Consonant,
    }
}

fn piece_syllables(piece: &str, buf: &mut Vec<Written>) -> usize {
    let has_letter_or_digit = spell(piece, buf);
    let mut nuclei = 0;
    let mut before = Sound::Consonant;
    for i in 0..buf.len() {
        let sound = sound_at(buf, i);
        if sound.is_vowel() && (!before.is_vowel() || Sound::apart(before, sound)) {
            nuclei += 1;
        }
        before = sound;
    }
    nuclei.max(usize::from(has_letter_or_digit))
}

/// The syllables of one Spanish word (see the module's rules); 0 for text
/// with no letter or digit.
pub fn syllables(word: &str) -> usize {
    syllables_with(word, &mut Vec::new())
}
