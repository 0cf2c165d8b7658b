//! Forgiving typos: the guide's own words (every word of its titles,
//! keywords, summaries, bodies and glossary terms and aliases, brand names
//! included), and the ones within a few edits of a word that is not among
//! them ("nivolumb" → "nivolumab", "fatige" → "fatigue").
//!
//! The distance is the optimal string alignment distance of `strsim`
//! (insertions, deletions, substitutions, and two letters swapped, each
//! one edit). strsim is small, has no dependencies, is kept up by the
//! RapidFuzz project and is already built for `clap`. A word is compared
//! only with words of a length within reach whose letters could become
//! it in that many edits (a 27-bit mask of the letters each holds), so a
//! lookup compares a few dozen of several thousand words in full: a few
//! microseconds, see docs/performance.md.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::text::wordish;

/// Words shorter than this are never matched by their typos: "feve" is
/// one edit from "fever" and from "fevers", "rash" from "bash".
pub const TYPO_MIN_CHARS: usize = 5;

/// Edits forgiven in a word of `chars` characters: one in a short word,
/// two from eight letters on.
pub fn edits_allowed(chars: usize) -> usize {
    match chars {
        0..TYPO_MIN_CHARS => 0,
        TYPO_MIN_CHARS..=7 => 1,
        _ => 2,
    }
}

/// The guide's distinct folded words, sorted, each with how often it is
/// used and which letters it holds.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    words: Vec<Box<str>>,
    uses: Vec<u32>,
    letters: Vec<u32>,
    chars: Vec<u8>,
}

/// A word of the guide near the one typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Near {
    pub word: String,
    pub edits: usize,
}

impl Vocabulary {
    /// Counts words as they are found; [`Counter::finish`] sorts them.
    pub fn counter() -> Counter {
        Counter::default()
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether some word of the guide starts with folded `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let at = self.words.partition_point(|w| &**w < prefix);
        self.words.get(at).is_some_and(|w| w.starts_with(prefix))
    }

    /// Whether a folded query word is one search may correct: letters and
    /// digits only, long enough, and not the start of any word of the
    /// guide.
    pub fn unknown(&self, word: &str) -> bool {
        word.chars().all(wordish) && !self.has_prefix(word)
    }

    /// Up to `most` words within `max_edits` of folded `word`, nearest
    /// first, then the most used, then A to Z.
    pub fn near(&self, word: &str, max_edits: usize, most: usize) -> Vec<Near> {
        if max_edits == 0 || most == 0 {
            return Vec::new();
        }
        let length = word.chars().count();
        let mask = letters(word);
        let reach = u32::try_from(max_edits).unwrap_or(u32::MAX);
        let mut found: Vec<(usize, u32, &str)> = Vec::new();
        for (i, candidate) in self.words.iter().enumerate() {
            // Each edit adds or removes at most one character, and brings in
            // or takes away at most one kind of letter.
            if usize::from(self.chars[i]).abs_diff(length) > max_edits
                || (mask & !self.letters[i]).count_ones() > reach
                || (self.letters[i] & !mask).count_ones() > reach
            {
                continue;
            }
            let edits = strsim::osa_distance(word, candidate);
            if edits <= max_edits && edits > 0 {
                found.push((edits, self.uses[i], candidate));
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
        found
            .into_iter()
            .take(most)
            .map(|(edits, _, w)| Near {
                word: w.to_string(),
                edits,
            })
            .collect()
    }
}

/// One bit per letter a–z, and one for anything else.
fn letters(word: &str) -> u32 {
    word.bytes().fold(0, |mask, b| {
        mask | match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            _ => 1 << 26,
        }
    })
}

/// FNV-1a: the vocabulary is counted from every word of the guide (3.5
/// million in the 10,000-section one), and its keys are short, where this
/// is several times quicker than the standard hasher. The guide is the
/// program's own data, so resistance to chosen collisions is not needed.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// Words counted as the index is built.
#[derive(Default)]
pub struct Counter {
    counts: HashMap<Box<str>, u32, BuildHasherDefault<Fnv>>,
    scratch: String,
}

impl Counter {
    /// Counts one word; ASCII letters in either case are lowered first.
    pub fn add(&mut self, word: &str) {
        let word = if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.scratch.clear();
            self.scratch.push_str(word);
            self.scratch.make_ascii_lowercase();
            self.scratch.as_str()
        } else {
            word
        };
        match self.counts.get_mut(word) {
            Some(n) => *n = n.saturating_add(1),
            None => {
                self.counts.insert(word.into(), 1);
            }
        }
    }

    pub fn finish(self) -> Vocabulary {
        let mut all: Vec<(Box<str>, u32)> = self.counts.into_iter().collect();
        all.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut vocabulary = Vocabulary {
            words: Vec::with_capacity(all.len()),
            uses: Vec::with_capacity(all.len()),
            letters: Vec::with_capacity(all.len()),
            chars: Vec::with_capacity(all.len()),
        };
        for (word, uses) in all {
            vocabulary.letters.push(letters(&word));
            vocabulary
                .chars
                .push(u8::try_from(word.chars().count()).unwrap_or(u8::MAX));
            vocabulary.uses.push(uses);
            vocabulary.words.push(word);
        }
        vocabulary
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(words: &[&str]) -> Vocabulary {
        let mut counter = Vocabulary::counter();
        for w in words {
            counter.add(w);
        }
        counter.finish()
    }

    fn near(v: &Vocabulary, word: &str) -> Vec<String> {
        v.near(word, edits_allowed(word.chars().count()), 3)
            .into_iter()
            .map(|n| n.word)
            .collect()
    }

    #[test]
    fn typos_find_the_words_of_the_guide() {
        let v = vocabulary(&[
            "nivolumab",
            "Fatigue",
            "fatigue",
            "diarrhea",
            "fever",
            "never",
            "steroid",
            "rash",
        ]);
        assert_eq!(near(&v, "nivolumb"), ["nivolumab"]);
        assert_eq!(near(&v, "nivoulmab"), ["nivolumab"], "two letters swapped");
        assert_eq!(near(&v, "fatige"), ["fatigue"]);
        assert_eq!(near(&v, "diarhea"), ["diarrhea"]);
        assert_eq!(near(&v, "steriod"), ["steroid"]);
        // Five to seven letters forgive one edit, eight or more two.
        assert!(near(&v, "fatgie").is_empty(), "two edits in six letters");
        assert!(near(&v, "nivlumb").is_empty(), "two edits in seven letters");
        assert_eq!(near(&v, "nivlumob"), ["nivolumab"], "two edits in eight");
        // Short words are never corrected, and a word is not its own typo.
        assert!(near(&v, "rahs").is_empty());
        assert_eq!(near(&v, "fever"), ["never"]);
        assert!(near(&v, "zzqxv").is_empty());
    }

    #[test]
    fn nearest_then_most_used_first() {
        let v = vocabulary(&["cough", "coughs", "couch", "couch", "touch"]);
        // "couqh" is one edit from "cough" and from "couch"; "couch" is used
        // twice.
        assert_eq!(v.near("couqh", 1, 3)[0].word, "couch");
        assert_eq!(v.near("couqh", 1, 3)[1].word, "cough");
        assert_eq!(v.near("coughz", 1, 3)[0].word, "cough");
        assert_eq!(v.near("coughz", 1, 3).len(), 2);
    }

    #[test]
    fn prefixes_of_the_guides_words_are_known() {
        let v = vocabulary(&["Nivolumab", "rash"]);
        assert!(v.has_prefix("nivo"));
        assert!(v.has_prefix("nivolumab"));
        assert!(!v.has_prefix("nivolumabs"));
        assert!(v.unknown("nivolumb"));
        assert!(!v.unknown("ra"));
        assert!(!v.unknown("(500"), "punctuation is never corrected");
        assert_eq!(v.len(), 2);
    }
}
