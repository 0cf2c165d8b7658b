//! Reading-level measurement for guide prose: splits plain text into
//! sentences and words, counts syllables, and computes the Flesch-Kincaid
//! grade and the over-long sentences that `immunoguide check` warns about,
//! following "How reading grade is measured" in `docs/guide-format.md`.
//!
//! Everything here works on text that has already had its markup removed;
//! it never panics and runs in time linear in the length of the text.

use std::collections::HashMap;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A sentence with more counted words than this is reported as long.
pub const LONG_SENTENCE_WORDS: usize = 25;

/// A section whose grade (glossary words left out) is above this is
/// reported as hard to read.
pub const GRADE_LIMIT: f64 = 8.0;

/// A section whose grade over all its words, glossary words included, is
/// above this is reported too: defined words still have to be read.
pub const ALL_WORDS_GRADE_LIMIT: f64 = 9.0;

/// The measurements of one section's prose.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// Words counted, leaving out defined glossary terms.
    pub words: usize,
    /// Sentences that have at least one word (defined terms included).
    pub sentences: usize,
    /// Syllables in the counted words.
    pub syllables: usize,
    /// Flesch-Kincaid grade; 0.0 when there are no words.
    pub grade: f64,
    /// Sentences over the length limit, in order.
    pub long_sentences: Vec<LongSentence>,
}

impl Reading {
    /// Whether the grade is above [`GRADE_LIMIT`].
    pub fn is_above_limit(&self) -> bool {
        self.grade > GRADE_LIMIT
    }
}

/// A sentence with more than [`LONG_SENTENCE_WORDS`] counted words.
#[derive(Debug, Clone, PartialEq)]
pub struct LongSentence {
    /// Index into the `units` passed to [`measure`].
    pub unit: usize,
    /// Counted words in the sentence (defined terms left out, as for the grade).
    pub words: usize,
    /// Byte offset of the sentence in `units[unit]`.
    pub start: usize,
    /// The sentence as written, from its first to its last non-space character.
    pub text: String,
}

/// Measures a section's prose.
///
/// Each unit is one block of prose a reader takes in as a unit: a paragraph,
/// one list item, or one callout line. The caller passes plain text (markup
/// already removed). `defined_terms` are glossary terms and aliases; every
/// whole-word occurrence, matched without regard to case and longest term
/// first, is left out of the word and syllable counts, because the guide
/// defines those words for the reader.
pub fn measure(units: &[&str], defined_terms: &[&str]) -> Reading {
    Measurer::new(defined_terms).measure(units)
}

/// [`measure`] for many sections with one glossary: the defined terms are
/// prepared once, not once per section.
pub struct Measurer {
    terms: TermSet,
}

impl Measurer {
    pub fn new(defined_terms: &[&str]) -> Self {
        Self {
            terms: TermSet::new(defined_terms),
        }
    }

    pub fn measure(&self, units: &[&str]) -> Reading {
        measure_with(&self.terms, units)
    }
}

fn measure_with(terms: &TermSet, units: &[&str]) -> Reading {
    let mut buf = Vec::new();
    let mut words = 0;
    let mut sentences = 0;
    let mut syllable_total = 0;
    let mut long_sentences = Vec::new();

    for (unit, text) in units.iter().enumerate() {
        let scan = scan(text);
        let excluded = terms.excluded(text, &scan.words);
        for sentence in &scan.sentences {
            let mut counted = 0;
            for index in sentence.words.clone() {
                if excluded[index] {
                    continue;
                }
                let span = &scan.words[index];
                counted += 1;
                syllable_total += syllables_with(&text[span.start..span.end], &mut buf);
            }
            words += counted;
            sentences += 1;
            if counted > LONG_SENTENCE_WORDS {
                long_sentences.push(LongSentence {
                    unit,
                    words: counted,
                    start: sentence.start,
                    text: text[sentence.start..sentence.end].to_string(),
                });
            }
        }
    }

    let grade = if words == 0 {
        0.0
    } else {
        // Sentences cannot be zero here: every counted word sits in one.
        let words_f = words as f64;
        0.39 * words_f / sentences as f64 + 11.8 * syllable_total as f64 / words_f - 15.59
    };

    Reading {
        words,
        sentences,
        syllables: syllable_total,
        grade,
        long_sentences,
    }
}

/// Counts the syllables in one word by vowel groups, at least one for any
/// word with a letter or digit (0 for text with neither).
///
/// Numbers are one syllable; a hyphenated word is the sum of its parts.
/// The heuristic is English-only and approximate, which is all a reading
/// grade needs.
pub fn syllables(word: &str) -> usize {
    syllables_with(word, &mut Vec::new())
}

// ---------------------------------------------------------------------------
// Splitting text into words and sentences

#[derive(Debug, Clone, Copy, PartialEq)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Debug, Clone, PartialEq)]
struct SentenceSpan {
    start: usize,
    end: usize,
    words: Range<usize>,
}

#[derive(Debug, Default)]
struct Scan {
    words: Vec<Span>,
    /// Only sentences with at least one word.
    sentences: Vec<SentenceSpan>,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

fn is_hyphen(c: char) -> bool {
    // Hyphen-minus, Unicode hyphen and non-breaking hyphen join a word;
    // dashes (– —) separate words, as in "5–10".
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Invisible characters that may sit inside a word without splitting it.
fn is_invisible_joiner(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}')
}

fn starts_word(c: char) -> bool {
    c.is_alphanumeric() || is_apostrophe(c) || is_hyphen(c)
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{2026}')
}

/// Closing quotes and brackets that may follow a sentence's full stop.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{2019}' | '\u{201D}' | '\u{00BB}' | '\u{203A}'
    )
}

/// Abbreviations after which a full stop never ends a sentence, because
/// something always follows them ("Dr. Lee", "e.g. Keytruda").
const ALWAYS_CONTINUE: &[&str] = &[
    "approx", "cf", "dr", "e.g", "eg", "fig", "i.e", "mr", "mrs", "ms", "prof", "vs",
];

/// Abbreviations that may end a sentence; they do so only when the next
/// word starts with a capital letter.
const MAYBE_CONTINUE: &[&str] = &["al", "esp", "etc", "incl"];

fn scan(text: &str) -> Scan {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let len = chars.len();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let is_alnum_at = |i: usize| chars.get(i).is_some_and(|&(_, c)| c.is_alphanumeric());
    let is_digit_at = |i: usize| chars.get(i).is_some_and(|&(_, c)| c.is_numeric());

    let mut out = Scan::default();
    let mut sentence_start: Option<usize> = None;
    let mut first_word = 0;
    let mut i = 0;

    while i < len {
        let (byte, c) = chars[i];
        if sentence_start.is_none() && !c.is_whitespace() {
            sentence_start = Some(byte);
        }

        if starts_word(c) {
            let begin = i;
            let mut has_alnum = false;
            while i < len {
                let c = chars[i].1;
                let inside = if c.is_alphanumeric() {
                    has_alnum = true;
                    true
                } else if is_apostrophe(c) || is_hyphen(c) {
                    true
                } else if is_combining_mark(c) || is_invisible_joiner(c) {
                    i > begin
                } else if c == '.' {
                    // "38.3", "e.g", "U.S": a dot between two letters or
                    // digits belongs to the word rather than ending a sentence.
                    i > begin && is_alnum_at(i - 1) && is_alnum_at(i + 1)
                } else if c == ',' {
                    // "1,000" is one number.
                    i > begin && is_digit_at(i - 1) && is_digit_at(i + 1)
                } else {
                    false
                };
                if !inside {
                    break;
                }
                i += 1;
            }
            if has_alnum {
                out.words.push(Span {
                    start: chars[begin].0,
                    end: byte_at(i),
                });
            }
            continue;
        }

        if is_terminator(c) {
            let mut j = i;
            while j < len && is_terminator(chars[j].1) {
                j += 1;
            }
            let after_terminators = j;
            while j < len && is_closer(chars[j].1) {
                j += 1;
            }
            let at_break = j == len || chars[j].1.is_whitespace();
            let lone_dot = c == '.' && after_terminators == i + 1 && j == i + 1;
            if at_break && !(lone_dot && abbreviation_continues(text, &out.words, byte, &chars, j))
            {
                if let Some(start) = sentence_start.take()
                    && out.words.len() > first_word
                {
                    out.sentences.push(SentenceSpan {
                        start,
                        end: byte_at(j),
                        words: first_word..out.words.len(),
                    });
                }
                first_word = out.words.len();
                i = j;
                continue;
            }
        }
        i += 1;
    }

    // A list item or callout line without a full stop is still a sentence.
    if let Some(start) = sentence_start
        && out.words.len() > first_word
    {
        let end = text.trim_end().len().max(start);
        out.sentences.push(SentenceSpan {
            start,
            end,
            words: first_word..out.words.len(),
        });
    }
    out
}

/// Whether the full stop at byte `dot` closes an abbreviation rather than a
/// sentence. `next` is the char index just after the stop.
fn abbreviation_continues(
    text: &str,
    words: &[Span],
    dot: usize,
    chars: &[(usize, char)],
    next: usize,
) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    if last.end != dot {
        return false;
    }
    let word = text[last.start..last.end].trim_matches(|c| is_apostrophe(c) || is_hyphen(c));
    let known = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(word));
    if known(ALWAYS_CONTINUE) {
        return true;
    }
    // Dotted abbreviations such as "a.m" or "U.S" behave like "etc".
    let has_inner_dot = word.contains('.') && word.chars().any(char::is_alphabetic);
    if !(known(MAYBE_CONTINUE) || has_inner_dot) {
        return false;
    }
    // Peeking past the spaces is bounded by the main loop's own walk over
    // them, so the scan stays linear.
    let next_char = chars[next.min(chars.len())..]
        .iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace());
    !next_char.is_some_and(char::is_uppercase)
}

// ---------------------------------------------------------------------------
// Defined terms

/// Glossary terms, each as its sequence of word keys, indexed by first word.
struct TermSet {
    by_first: HashMap<String, Vec<Vec<String>>>,
}

/// The form of a word used to compare it with a term: case folded, one kind
/// of apostrophe and hyphen, composed accents, no invisible characters, and
/// no apostrophes or hyphens at the edges (‘quoted’ words still match).
fn word_key(word: &str) -> String {
    let word = word.trim_matches(|c| is_apostrophe(c) || is_hyphen(c));
    if word.is_ascii() {
        // Most words; skips the Unicode work, which dominates otherwise.
        return word.to_ascii_lowercase();
    }
    word.chars()
        .filter(|&c| !is_invisible_joiner(c))
        .map(|c| match c {
            '\u{2019}' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .nfc()
        .collect()
}

impl TermSet {
    fn new(terms: &[&str]) -> Self {
        let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for term in terms {
            let keys: Vec<String> = scan(term)
                .words
                .iter()
                .map(|w| word_key(&term[w.start..w.end]))
                .collect();
            let Some(first) = keys.first() else {
                continue;
            };
            let entry = by_first.entry(first.clone()).or_default();
            if !entry.contains(&keys) {
                entry.push(keys);
            }
        }
        for candidates in by_first.values_mut() {
            // Longest first, so "checkpoint inhibitor" wins over "checkpoint".
            candidates.sort_by_key(|keys| std::cmp::Reverse(keys.len()));
        }
        TermSet { by_first }
    }

    /// Marks the words that belong to a defined term.
    fn excluded(&self, text: &str, words: &[Span]) -> Vec<bool> {
        let mut excluded = vec![false; words.len()];
        if self.by_first.is_empty() {
            return excluded;
        }
        let keys: Vec<String> = words
            .iter()
            .map(|w| word_key(&text[w.start..w.end]))
            .collect();

        let matches_at = |i: usize, term: &[String]| -> bool {
            term.iter().enumerate().all(|(k, want)| {
                let index = i + k;
                let Some(have) = keys.get(index) else {
                    return false;
                };
                if k > 0 {
                    // The words of a multi-word term are separated by spaces
                    // only, so a term never runs across a comma or sentence.
                    let gap = &text[words[index - 1].end..words[index].start];
                    if gap.is_empty() || !gap.chars().all(char::is_whitespace) {
                        return false;
                    }
                }
                // A possessive ("pembrolizumab's") is still the term.
                have == want
                    || (k + 1 == term.len() && have.strip_suffix("'s") == Some(want.as_str()))
            })
        };

        let mut i = 0;
        while i < words.len() {
            let key = &keys[i];
            let mut best = 0;
            if let Some(candidates) = self.by_first.get(key)
                && let Some(term) = candidates.iter().find(|t| matches_at(i, t))
            {
                best = term.len();
            }
            if best == 0
                && let Some(base) = key.strip_suffix("'s")
                && let Some(candidates) = self.by_first.get(base)
                && candidates.iter().any(|t| t.len() == 1)
            {
                best = 1;
            }
            if best == 0 {
                i += 1;
                continue;
            }
            for flag in &mut excluded[i..i + best] {
                *flag = true;
            }
            i += best;
        }
        excluded
    }
}

// ---------------------------------------------------------------------------
// Syllables

fn syllables_with(word: &str, buf: &mut Vec<char>) -> usize {
    if !word.chars().any(char::is_alphabetic) {
        // Numbers, "38.3" and "1,000" included, are read as one unit.
        return usize::from(word.chars().any(char::is_numeric));
    }
    word.split(is_hyphen)
        .map(|part| {
            if part.chars().any(char::is_alphabetic) {
                // "e.g" is read piece by piece.
                part.split('.')
                    .map(|piece| piece_syllables(piece, buf))
                    .sum()
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

#[cfg(test)]
mod tests {
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
}
