//! Splitting plain text into words and sentences, for the reading grade:
//! abbreviations ("e.g.", "Dr."), decimals and closing quotes do not end a
//! sentence; list items without a full stop still do.

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Span {
    pub(super) start: usize,
    pub(super) end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct SentenceSpan {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) words: Range<usize>,
}

#[derive(Debug, Default)]
pub(super) struct Scan {
    pub(super) words: Vec<Span>,
    /// Only sentences with at least one word.
    pub(super) sentences: Vec<SentenceSpan>,
}

pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

pub(super) fn is_hyphen(c: char) -> bool {
    // Hyphen-minus, Unicode hyphen and non-breaking hyphen join a word;
    // dashes (– —) separate words, as in "5–10".
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Invisible characters that may sit inside a word without splitting it.
pub(super) fn is_invisible_joiner(c: char) -> bool {
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
/// Spanish ones too ("Dra. López", "EE. UU.", "p. ej. Keytruda"): none is
/// an English word.
const ALWAYS_CONTINUE: &[&str] = &[
    "approx", "cf", "dr", "dra", "e.g", "ee", "eg", "ej", "fig", "i.e", "mr", "mrs", "ms", "prof",
    "sr", "sra", "srta", "vs",
];

/// Abbreviations that may end a sentence; they do so only when the next
/// word starts with a capital letter.
/// Spanish: "p." of "p. ej.", and "UU." of "EE. UU.".
const MAYBE_CONTINUE: &[&str] = &["al", "esp", "etc", "incl", "p", "uu"];

pub(super) fn scan(text: &str) -> Scan {
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
