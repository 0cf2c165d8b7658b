//! The glossary's terms found in prose, whole words only, longest first,
//! so the words the guide defines can be left out of the reading grade.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

use super::sentences::{Span, is_apostrophe, is_hyphen, is_invisible_joiner, scan};

/// Glossary terms, each as its sequence of word keys, indexed by first word.
pub(super) struct TermSet {
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
    pub(super) fn new(terms: &[&str]) -> Self {
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
    pub(super) fn excluded(&self, text: &str, words: &[Span]) -> Vec<bool> {
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
