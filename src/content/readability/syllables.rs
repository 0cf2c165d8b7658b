//! Counting the syllables of an English word by its vowel groups, with
//! the usual exceptions (a silent final e, "-ed", "-es"); approximate, as
//! a reading grade needs.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::sentences::is_hyphen;

pub(super) fn syllables_with(word: &str, buf: &mut Vec<char>) -> usize {
    by_pieces(word, |piece| piece_syllables(piece, buf))
}

/// A word's syllables as the sum of its pieces' (`piece` counts one), in
/// any language: numbers ("38.3", "1,000") are read as one unit, a
/// hyphenated word is the sum of its parts, and "e.g" is read piece by
/// piece.
pub(super) fn by_pieces(word: &str, mut piece: impl FnMut(&str) -> usize) -> usize {
    if !word.chars().any(char::is_alphabetic) {
        return usize::from(word.chars().any(char::is_numeric));
    }
    word.split(is_hyphen)
        .map(|part| {
            if part.chars().any(char::is_alphabetic) {
                part.split('.').map(&mut piece).sum()
            } else {
                usize::from(part.chars().any(char::is_numeric))
            }
        })
        .sum()
}

/// Maps a lowercase letter to the plain letter it is read as, so that "é"
/// counts as the vowel "e".
fn base_letter(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    match c {
        'æ' => return 'a',
        'œ' => return 'e',
        'ø' => return 'o',
        'ı' => return 'i',
        _ => {}
    }
    let mut base = None;
    decompose_canonical(c, |d| {
        base.get_or_insert(d);
    });
    base.unwrap_or(c)
}

fn piece_syllables(piece: &str, buf: &mut Vec<char>) -> usize {
    buf.clear();
    let mut has_letter_or_digit = false;
    for c in piece.chars() {
        if c.is_alphanumeric() {
            has_letter_or_digit = true;
        }
        for lower in c.to_lowercase() {
            if is_combining_mark(lower) {
                // An accent makes a final e sounded ("cafe\u{301}").
                if let Some(last @ 'e') = buf.last_mut() {
                    *last = ACCENTED_E;
                }
                continue;
            }
            let base = base_letter(lower);
            if base.is_alphabetic() {
                buf.push(if base == 'e' && lower != 'e' {
                    ACCENTED_E
                } else {
                    base
                });
            }
        }
    }
    if buf.is_empty() {
        return usize::from(has_letter_or_digit);
    }
    letter_syllables(buf).max(1)
}

/// Stands for any accented e: a vowel, but never a silent one ("café").
const ACCENTED_E: char = '\u{E9}';

fn is_plain_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | ACCENTED_E)
}

/// `y` is a vowel except at the start of a word ("yes") and between two
/// vowels ("player", "beyond").
fn is_vowel_at(w: &[char], i: usize) -> bool {
    match w.get(i) {
        Some(&c) if is_plain_vowel(c) => true,
        Some('y') => {
            i > 0 && !(is_plain_vowel(w[i - 1]) && w.get(i + 1).is_some_and(|&c| is_plain_vowel(c)))
        }
        _ => false,
    }
}

fn is_consonant_at(w: &[char], i: usize) -> bool {
    w.get(i).is_some_and(|c| c.is_alphabetic()) && !is_vowel_at(w, i)
}

fn ends_with(w: &[char], suffix: &str) -> bool {
    let n = suffix.chars().count();
    w.len() >= n && w[w.len() - n..].iter().copied().eq(suffix.chars())
}

fn positions<'a>(w: &'a [char], needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let n = needle.chars().count();
    (0..(w.len() + 1).saturating_sub(n.max(1)))
        .filter(move |&i| w[i..i + n].iter().copied().eq(needle.chars()))
}

/// Whether the `e` at `at` follows a consonant that is not the end of a
/// "-le"/"-re" syllable ("table", "centre"), i.e. whether it is silent when
/// it ends the word or comes before a suffix.
fn is_silent_e_at(w: &[char], at: usize) -> bool {
    if at == 0 || w.get(at) != Some(&'e') || !is_consonant_at(w, at - 1) {
        return false;
    }
    let before = w[at - 1];
    // A doubled letter does not make the syllable: "called", "blurred".
    !(matches!(before, 'l' | 'r') && at >= 2 && is_consonant_at(w, at - 2) && w[at - 2] != before)
}

/// Silent final e ("cake"), also before -s/-d ("cakes", "used") and before
/// suffixes ("lately", "management", "careful", "safety"), except where the
/// ending is sounded ("doses", "wanted").
fn has_silent_e(w: &[char]) -> bool {
    let n = w.len();
    if n < 2 {
        return false;
    }
    if w[n - 1] == 'e' {
        return is_silent_e_at(w, n - 1);
    }
    if ends_with(w, "es") {
        return is_silent_e_at(w, n - 2)
            && !matches!(w[n - 3], 's' | 'x' | 'z' | 'c' | 'g')
            && !(w[n - 3] == 'h' && n >= 4 && matches!(w[n - 4], 'c' | 's'));
    }
    if ends_with(w, "ed") {
        return is_silent_e_at(w, n - 2) && !matches!(w[n - 3], 't' | 'd');
    }
    ["ments", "fully", "ment", "less", "ness", "ful", "ly", "ty"]
        .iter()
        .find(|suffix| ends_with(w, suffix))
        .and_then(|suffix| n.checked_sub(suffix.len() + 1))
        .is_some_and(|at| is_silent_e_at(w, at))
}

/// Vowel groups with the usual English corrections. Each rule fixes a common
/// word family; none is meant to be exact.
fn letter_syllables(w: &[char]) -> usize {
    let n = w.len();
    let mut count: isize = 0;
    for i in 0..n {
        if !is_vowel_at(w, i) {
            continue;
        }
        // "dying": a vowel y and the i after it are two syllables.
        let continues_group = i > 0 && is_vowel_at(w, i - 1) && !(w[i - 1] == 'y' && w[i] == 'i');
        if !continues_group {
            count += 1;
        }
    }
    let groups = count;

    if groups > 1 {
        if has_silent_e(w) {
            count -= 1;
        }

        // "fatigue", "unique": the final -ue is silent.
        if ends_with(w, "gue") || ends_with(w, "que") {
            count -= 1;
        }
        // "nausea", "ideas", "pancreas", "diarrhoea".
        let stem = if ends_with(w, "s") { n - 1 } else { n };
        if ends_with(&w[..stem], "oea")
            || (ends_with(&w[..stem], "ea") && stem >= 3 && is_consonant_at(w, stem - 3))
        {
            count += 1;
        }
        // "autism", "hypothyroidism": the -sm is a syllable of its own.
        if ends_with(w, "ism") {
            count += 1;
        }
        // "easier", "earlier".
        if ends_with(w, "ier") && n >= 4 && is_consonant_at(w, n - 4) {
            count += 1;
        }
    }

    // Vowel pairs that are usually two syllables.
    for i in positions(w, "ia") {
        // "special", "initial", "Asia", "neuralgia" say -ia as one.
        if i == 0 || !matches!(w[i - 1], 'c' | 't' | 's' | 'g') {
            count += 1;
        }
    }
    for i in positions(w, "io") {
        let next = w.get(i + 2).copied();
        let prev = if i > 0 { Some(w[i - 1]) } else { None };
        let one_sound = match next {
            // "-tion", "region".
            Some('n') => true,
            // "-tious", "anxious" but not "serious".
            Some('u') => matches!(prev, Some('c' | 't' | 's' | 'g' | 'x')),
            // "senior", "behavior" but not "prior".
            Some('r') => matches!(prev, Some('n' | 'v')),
            _ => false,
        };
        if !one_sound {
            count += 1;
        }
    }
    for i in positions(w, "ie") {
        // "diet", "quiet", "experience", but not "patient" or "friend".
        let sounded_apart = i > 0
            && (is_consonant_at(w, i - 1) || (i >= 2 && w[i - 2..i] == ['q', 'u']))
            && !matches!(w[i - 1], 'c' | 't' | 's')
            && (w.get(i + 2) == Some(&'t')
                || (w.get(i + 2) == Some(&'n') && matches!(w.get(i + 3), Some('c' | 't'))));
        if sounded_apart {
            count += 1;
        }
    }
    for i in positions(w, "uid") {
        // "fluid", but not "liquid" or "guide".
        if i == 0 || !matches!(w[i - 1], 'g' | 'q') {
            count += 1;
        }
    }
    // "calcium", "sodium".
    count += positions(w, "iu").count() as isize;
    for i in positions(w, "ua") {
        // "usual", "gradual", but not "quality" or "language".
        if i == 0 || !matches!(w[i - 1], 'g' | 'q') {
            count += 1;
        }
    }
    // "create", "pancreatic", "reaction".
    for i in positions(w, "creat") {
        if w.get(i + 5) != Some(&'u') {
            count += 1;
        }
    }
    count += positions(w, "react").count() as isize;
    // "being", "going": a vowel before -ing is its own syllable.
    if ends_with(w, "ing") && n >= 4 && is_plain_vowel(w[n - 4]) {
        count += 1;
    }

    usize::try_from(count).unwrap_or(0).max(1)
}
