//! Text as search sees it: folded (lowercase, no accents), split into the
//! words of a query, and matched at the start of words, with a way back
//! from folded offsets to the offsets of the text as written.

use std::ops::Range;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The most characters of a query that are looked at. The search box stops
/// at 200; anything longer is a paste, not a question.
pub const MAX_QUERY_CHARS: usize = 200;

/// The most distinct words of a query that must all be found.
pub const MAX_TERMS: usize = 12;

/// Punctuation people type around a word ("fatigue?", "(pee)", "¿qué?")
/// that should not stop it from being found: opening marks trimmed from
/// the start of a query word, closing marks from its end, and only when
/// something is left.
const OPENING_MARKS: &[char] = &['¿', '¡', '"', '\'', '(', '[', '{', '«'];
const CLOSING_MARKS: &[char] = &[
    '?', '!', ',', '.', ';', ':', '"', '\'', ')', ']', '}', '»', '…',
];

/// Appends the folded form of one character: lowercase, accents dropped,
/// curly quotes made straight.
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

/// Whether a match of a term whose first character is `first` may start at
/// byte `at` of folded `hay`: at the start of a word, or anywhere when the
/// term itself starts with punctuation ("(", "*").
pub fn starts_word(hay: &str, at: usize, first: char) -> bool {
    !wordish(first) || hay[..at].chars().next_back().is_none_or(|p| !wordish(p))
}

/// Whether a match ending at byte `end` of folded `hay` ends a whole word.
pub fn ends_word(hay: &str, end: usize) -> bool {
    hay[end..].chars().next().is_none_or(|c| !wordish(c))
}

/// The byte offsets in folded `hay` where folded `term` starts a word.
pub fn word_matches<'a>(hay: &'a str, term: &'a str) -> impl Iterator<Item = usize> + 'a {
    let first = term.chars().next().unwrap_or(' ');
    let possible = !term.is_empty() && term.len() <= hay.len();
    possible
        .then(|| hay.match_indices(term))
        .into_iter()
        .flatten()
        .map(|(at, _)| at)
        .filter(move |&at| starts_word(hay, at, first))
}

/// A query, folded and split into the words that must all be found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Distinct folded words, in the order typed; never empty strings.
    pub terms: Vec<String>,
    /// The words joined by single spaces, when there are two or more: a
    /// place where they appear together ranks higher.
    pub phrase: Option<String>,
}

impl Query {
    pub fn parse(query: &str) -> Self {
        let cut = match query.char_indices().nth(MAX_QUERY_CHARS) {
            Some((at, _)) => &query[..at],
            None => query,
        };
        let folded = fold(cut);
        let words: Vec<&str> = folded
            .split_whitespace()
            .map(trim_marks)
            .filter(|w| !w.is_empty())
            .collect();
        let phrase = (words.len() >= 2).then(|| words.join(" "));
        let mut terms: Vec<String> = Vec::new();
        for word in words {
            if terms.len() == MAX_TERMS {
                break;
            }
            if !terms.iter().any(|t| t == word) {
                terms.push(word.to_string());
            }
        }
        Self { terms, phrase }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

fn trim_marks(word: &str) -> &str {
    let trimmed = word
        .trim_start_matches(OPENING_MARKS)
        .trim_end_matches(CLOSING_MARKS);
    if trimmed.is_empty() { word } else { trimmed }
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

/// Every place in `text` where one of `terms` starts a word, as byte
/// ranges of `text`, in order; overlapping matches are joined.
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
