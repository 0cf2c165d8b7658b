//! A parsed query made ready for one guide: each group with the ways it
//! may be found (as typed, or, for a word the guide never uses, the
//! guide's words within a few edits of it), which groups must be found,
//! what to offer as "Did you mean …?", and the words to mark on a page.

use super::query::{Group, Query};
use super::text::wordish;
use super::typo::{Near, TYPO_MIN_CHARS, Vocabulary, edits_allowed};

/// The guide's words, as a plan needs them.
pub trait Words {
    /// Whether some word of the guide starts with folded `word`.
    fn known(&self, word: &str) -> bool;
    /// Up to `most` words of the guide within `edits` of folded `word`,
    /// nearest first.
    fn near(&self, word: &str, edits: usize, most: usize) -> Vec<Near>;
}

impl Words for Vocabulary {
    fn known(&self, word: &str) -> bool {
        self.has_prefix(word)
    }

    fn near(&self, word: &str, edits: usize, most: usize) -> Vec<Near> {
        Vocabulary::near(self, word, edits, most)
    }
}

/// Typo corrections tried for one word: the nearest few.
const MOST_CORRECTIONS: usize = 3;

/// One way of finding a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needle {
    /// Folded words separated by single spaces.
    pub text: String,
    /// Only where it ends a word: a correction is a whole word of the
    /// guide, not the start of one.
    pub whole: bool,
    /// Edits from what was typed; 0 for the words as typed.
    pub edits: usize,
}

/// A group, ready to find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Want {
    /// Best first; the group is found if any of them is.
    pub needles: Vec<Needle>,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub wants: Vec<Want>,
    /// Every word (corrected) together, when there are two or more.
    pub phrase: Option<String>,
    /// What a title, keyword or term equal to the query would be.
    pub whole_query: Option<String>,
    /// The query with its unknown words replaced by the nearest words of
    /// the guide, when there are any.
    pub suggestion: Option<String>,
    /// The corrected query's required groups as [`Query::marking`] writes
    /// them.
    pub marking: String,
}

impl Plan {
    pub fn new(query: &Query, vocabulary: &impl Words) -> Self {
        let mut wants = Vec::new();
        let mut corrected: Vec<Group> = Vec::new();
        let mut suggested: Vec<Group> = Vec::new();
        let mut any_suggestion = false;
        for (i, group) in query.groups.iter().enumerate() {
            let required = query.required(i);
            let mut fixed = group.clone();
            let mut offered = group.clone();
            let needles = if !required {
                // A question's small word ("tengo") is never corrected: the
                // guide may not use it ("tenga"), and need not.
                vec![as_typed(group.needle())]
            } else if let [word] = group.words.as_slice() {
                let (near, hint) = corrections(word, vocabulary);
                if let Some(best) = near.first() {
                    fixed.words[0] = best.text.clone();
                    offered.words[0] = best.text.clone();
                    any_suggestion = true;
                    near
                } else {
                    if let Some(hint) = hint {
                        offered.words[0] = hint;
                        any_suggestion = true;
                    }
                    vec![as_typed(group.needle())]
                }
            } else {
                let mut edits = 0;
                for (w, word) in group.words.iter().enumerate() {
                    let (near, hint) = corrections(word, vocabulary);
                    if let Some(best) = near.into_iter().next() {
                        edits += best.edits;
                        fixed.words[w] = best.text.clone();
                        offered.words[w] = best.text;
                        any_suggestion = true;
                    } else if let Some(hint) = hint {
                        offered.words[w] = hint;
                        any_suggestion = true;
                    }
                }
                vec![Needle {
                    text: fixed.needle(),
                    whole: false,
                    edits,
                }]
            };
            wants.push(Want { needles, required });
            corrected.push(fixed);
            suggested.push(offered);
        }
        let words: Vec<&str> = corrected
            .iter()
            .flat_map(|g| g.words.iter().map(String::as_str))
            .collect();
        let phrase = (words.len() >= 2).then(|| words.join(" "));
        let whole_query = phrase
            .clone()
            .or_else(|| corrected.first().map(Group::needle));
        let suggestion = any_suggestion.then(|| {
            suggested
                .iter()
                .map(Group::written)
                .collect::<Vec<_>>()
                .join(" ")
        });
        // Small words are not marked: every "is" on a page would be.
        let marking = Query {
            groups: corrected
                .into_iter()
                .enumerate()
                .filter(|(i, _)| query.required(*i))
                .map(|(_, g)| g)
                .collect(),
            phrase: None,
        }
        .marking();
        Self {
            wants,
            phrase,
            whole_query,
            suggestion,
            marking,
        }
    }

    /// Every needle of the required groups, for marking matches in a
    /// snippet.
    pub fn needles(&self) -> Vec<String> {
        self.wants
            .iter()
            .filter(|w| w.required)
            .flat_map(|w| w.needles.iter().map(|n| n.text.clone()))
            .collect()
    }
}

fn as_typed(text: String) -> Needle {
    Needle {
        text,
        whole: false,
        edits: 0,
    }
}

/// For a word the guide never uses: when it is long enough to be
/// forgiven, the nearest words of the guide it may have meant, as whole
/// words; when not, or when none is near enough, a word to offer, never to
/// search for unasked: a short word one edit away ("rahs" → "rash"), a
/// longer one two edits away ("fatgie" → "fatigue").
fn corrections(word: &str, words: &impl Words) -> (Vec<Needle>, Option<String>) {
    let chars = word.chars().count();
    if chars < 3 || !word.chars().all(wordish) || words.known(word) {
        return (Vec::new(), None);
    }
    let near: Vec<Needle> = words
        .near(word, edits_allowed(chars), MOST_CORRECTIONS)
        .into_iter()
        .map(|near| Needle {
            text: near.word,
            whole: true,
            edits: near.edits,
        })
        .collect();
    if !near.is_empty() {
        return (near, None);
    }
    let reach = if chars < TYPO_MIN_CHARS { 1 } else { 2 };
    let hint = words.near(word, reach, 1).pop().map(|n| n.word);
    (Vec::new(), hint)
}
