//! Text as search sees it: folded (lowercase, no accents, one kind of
//! hyphen), matched at the start of words with a hyphen in the text
//! standing for a space in the query, and a way back from folded offsets
//! to the offsets of the text as written.

use std::ops::Range;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Appends the folded form of one character: lowercase, accents dropped,
/// curly quotes made straight, Unicode hyphens made `-`.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' => {
            out.push('\'');
            return;
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => {
            out.push('"');
            return;
        }
        // The hyphen and the non-breaking hyphen: "PD\u{2011}1" is "PD-1".
        '\u{2010}' | '\u{2011}' => {
            out.push('-');
            return;
        }
        _ => {}
    }
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            out.extend(d.to_lowercase().filter(|&l| !is_combining_mark(l)));
        }
    });
}

/// Lowercase and strip accents, so "Cáncer" == "cancer".
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Scripts written without spaces between words: any position may start a
/// word there, or nothing inside a sentence could ever be found.
fn unspaced(c: char) -> bool {
    matches!(u32::from(c),
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x2E80..=0x9FFF    // CJK radicals, kana, ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0xFF66..=0xFF9F    // half-width katakana
        | 0x20000..=0x3FFFF) // CJK extensions
}

/// A character that belongs inside a word, so a match may not start right
/// after it.
pub fn wordish(c: char) -> bool {
    c.is_alphanumeric() && !unspaced(c)
}

/// Whether a match ending at byte `end` of folded `hay` ends a whole word.
pub fn ends_word(hay: &str, end: usize) -> bool {
    hay[end..].chars().next().is_none_or(|c| !wordish(c))
}

/// Whether folded `needle` is at byte `at` of `hay`: ASCII letters in
/// `hay` are taken as lowercase (an ASCII text is matched as written, not
/// folded), and a hyphen in `hay` stands for a space in `needle`, so
/// "car t" finds "CAR T-cell" and "pd 1" finds "PD-1". Written out because
/// most candidates differ in their second byte, sooner than a call to
/// memcmp.
pub fn same_at(hay: &[u8], at: usize, needle: &[u8]) -> bool {
    let Some(there) = hay.get(at..at.saturating_add(needle.len())) else {
        return false;
    };
    there
        .iter()
        .zip(needle)
        .all(|(&a, &b)| a.to_ascii_lowercase() == b || (b == b' ' && a == b'-'))
}

/// The byte offsets in folded `hay` where folded `needle` is found: where
/// a word starts, or anywhere when the needle starts with punctuation.
pub fn word_matches<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let first = needle.chars().next().unwrap_or(' ');
    let possible = !needle.is_empty() && needle.len() <= hay.len();
    let mut after_word = false;
    hay.char_indices()
        .filter(move |&(_, c)| {
            let start = !wordish(first) || (wordish(c) && !after_word);
            after_word = wordish(c);
            possible && start
        })
        .map(|(at, _)| at)
        .filter(move |&at| same_at(hay.as_bytes(), at, needle.as_bytes()))
}

/// Text folded one character at a time, remembering where each folded
/// byte came from, so a folded match can be shown in the text as written.
pub struct FoldMap<'a> {
    text: &'a str,
    pub folded: String,
    /// For each byte of `folded`, the offset in `text` of the character
    /// it came from.
    source: Vec<usize>,
}

impl<'a> FoldMap<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut folded = String::with_capacity(text.len());
        let mut source = Vec::with_capacity(text.len());
        for (at, c) in text.char_indices() {
            fold_char(c, &mut folded);
            source.resize(folded.len(), at);
        }
        Self {
            text,
            folded,
            source,
        }
    }

    /// The bytes of the original text behind folded bytes `range`: whole
    /// characters, with any accents written after the last one.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        let Some(&start) = self.source.get(range.start) else {
            return self.text.len()..self.text.len();
        };
        let last = range
            .end
            .checked_sub(1)
            .and_then(|i| self.source.get(i))
            .copied()
            .unwrap_or(start)
            .max(start);
        let mut end = last + self.text[last..].chars().next().map_or(0, char::len_utf8);
        let mut scratch = String::new();
        for c in self.text[end..].chars() {
            scratch.clear();
            fold_char(c, &mut scratch);
            if !scratch.is_empty() {
                break;
            }
            end += c.len_utf8();
        }
        start..end
    }
}

/// Every place in `text` where one of `terms` is found (see
/// [`word_matches`]), as byte ranges of `text`, in order; overlapping
/// matches are joined.
pub fn find_terms(text: &str, terms: &[String]) -> Vec<Range<usize>> {
    if terms.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let map = FoldMap::new(text);
    let mut ranges: Vec<Range<usize>> = terms
        .iter()
        .flat_map(|term| {
            word_matches(&map.folded, term).map(|at| map.original(at..at + term.len()))
        })
        .collect();
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match out.last_mut() {
            Some(last) if range.start < last.end => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
    out
}
