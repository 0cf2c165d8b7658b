//! A query as search reads it: folded, and split into groups that must all
//! be found. A group is one word, or words that must stand together: a
//! quoted phrase (`"side effects"`), a hyphenated word (`car-t`, `pd-1`),
//! or a word with the single letter or digit typed after it (`car t`,
//! `pd 1`, `type 1`), which on its own would match almost anything.
//! Hyphens and spaces are the same to search, in the query and in the
//! text, so `car-t`, `car t` and `"CAR T"` are one query.

use super::text::{fold, wordish};

/// The most characters of a query that are looked at. The search box stops
/// at 200; anything longer is a paste, not a question.
pub const MAX_QUERY_CHARS: usize = 200;

/// The most groups of a query that must all be found.
pub const MAX_GROUPS: usize = 12;

/// Punctuation people type around a word ("fatigue?", "(pee)", "¿qué?")
/// that should not stop it from being found: opening marks trimmed from
/// the start of a query word, closing marks from its end, and only when
/// something is left. Double quotes are not here: they make phrases.
const OPENING_MARKS: &[char] = &['¿', '¡', '\'', '(', '[', '{', '«'];
const CLOSING_MARKS: &[char] = &['?', '!', ',', '.', ';', ':', '\'', ')', ']', '}', '»', '…'];

/// Small everyday words of English and Spanish questions ("can I",
/// "what is", "¿qué es?", "¿puedo…?", "me siento"), folded. A group made
/// only of them need not be found, unless the query holds nothing else:
/// "what is pd-1" finds the PD-1 sections, which may never say "what",
/// and "¿cómo puedo saber si tengo diarrea?" the diarrhea ones. One list
/// serves both languages: a person asks in the guide's language, and no
/// word here is a medical word of the other one.
const SMALL_WORDS: &[&str] = &[
    // English.
    "a", "about", "am", "an", "and", "are", "be", "can", "could", "do", "does", "for", "get", "how",
    "i", "if", "in", "is", "it", "me", "my", "of", "on", "or", "should", "the", "to", "what",
    "whats", "which", "who", "why", "will", "with", "would", "you", "your",
    // Spanish, without their accents (qué, cómo, cuál, está…).
    "al", "algo", "como", "con", "cual", "cuales", "cuando", "cuanto", "de", "debo", "del", "donde",
    "e", "el", "en", "es", "esta", "estoy", "hacer", "hago", "hay", "la", "las", "le", "lo", "los",
    "mi", "mis", "mucha", "muchas", "mucho", "muchos", "muy", "o", "para", "pasa", "por", "porque",
    "puede", "pueden", "puedo", "que", "quien", "se", "ser", "si", "siento", "son", "su", "sus",
    "tanta", "tanto", "tengo", "tiene", "tu", "u", "un", "una", "uno", "y", "yo",
];

/// What a group was made from: how its words are written back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joined {
    /// One word, or words glued by a single letter or digit ("car t").
    Spaces,
    /// A hyphenated word ("car-t").
    Hyphens,
    /// A phrase typed in double quotes.
    Quotes,
}

/// Something that must be found: one word, or words standing together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Folded words, in order; never empty, no empty strings.
    pub words: Vec<String>,
    pub joined: Joined,
    /// Made only of [`SMALL_WORDS`]: found if there, not required.
    pub small: bool,
}

impl Group {
    /// The words as search looks for them: separated by single spaces,
    /// which also find hyphens.
    pub fn needle(&self) -> String {
        self.words.join(" ")
    }

    /// The group written back as a person would type it.
    pub fn written(&self) -> String {
        match self.joined {
            Joined::Spaces => self.words.join(" "),
            Joined::Hyphens => self.words.join("-"),
            Joined::Quotes => format!("\"{}\"", self.words.join(" ")),
        }
    }

    fn new(words: Vec<String>, joined: Joined) -> Self {
        let small = joined != Joined::Quotes && words.iter().all(|w| SMALL_WORDS.contains(&&**w));
        Self {
            words,
            joined,
            small,
        }
    }
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Distinct groups, in the order typed.
    pub groups: Vec<Group>,
    /// Every word joined by single spaces, when there are two or more: a
    /// place where they appear together as typed ranks higher.
    pub phrase: Option<String>,
}

impl Query {
    pub fn parse(query: &str) -> Self {
        let cut = match query.char_indices().nth(MAX_QUERY_CHARS) {
            Some((at, _)) => &query[..at],
            None => query,
        };
        let folded = fold(cut);
        let mut groups: Vec<Group> = Vec::new();
        // Outside quotes at even pieces, inside at odd ones; an open quote
        // still being typed runs to the end.
        for (i, piece) in folded.split('"').enumerate() {
            if i % 2 == 1 {
                let words: Vec<String> = piece
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .map(trim_marks)
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                if !words.is_empty() {
                    groups.push(Group::new(words, Joined::Quotes));
                }
                continue;
            }
            for token in piece.split_whitespace().map(trim_marks) {
                add_token(&mut groups, token);
            }
        }
        let mut distinct: Vec<Group> = Vec::new();
        for group in groups {
            if distinct.len() == MAX_GROUPS {
                break;
            }
            if !distinct.iter().any(|g| g.words == group.words) {
                distinct.push(group);
            }
        }
        let words: Vec<&str> = distinct
            .iter()
            .flat_map(|g| g.words.iter().map(String::as_str))
            .collect();
        let phrase = (words.len() >= 2).then(|| words.join(" "));
        Self {
            groups: distinct,
            phrase,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Whether group `i` must be found: every group does, except small
    /// words next to others.
    pub fn required(&self, i: usize) -> bool {
        let all_small = self.groups.iter().all(|g| g.small);
        self.groups.get(i).is_some_and(|g| all_small || !g.small)
    }

    /// The query written back with hyphens inside groups ("car-t
    /// nivolumab"): split at spaces, each part parses to the same group,
    /// so a page can mark the words one part at a time.
    pub fn marking(&self) -> String {
        self.groups
            .iter()
            .map(|g| g.words.join("-"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Adds one space-separated token: a hyphenated word becomes a phrase; a
/// lone letter or digit joins the word before it ("car t"), unless it is
/// a small word that would tie a word to it: "y", "o" and "a" are "and",
/// "or" and "to" in Spanish ("fiebre y tos"), and join only other small
/// words ("can i").
fn add_token(groups: &mut Vec<Group>, token: &str) {
    let parts: Vec<&str> = token
        .split('-')
        .map(trim_marks)
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        // Only hyphens: looked for as written.
        [] if !token.is_empty() => groups.push(Group::new(vec![token.to_string()], Joined::Spaces)),
        [] => {}
        [word] => {
            let mut chars = word.chars();
            let single = chars.next().is_some_and(wordish) && chars.next().is_none();
            let small = SMALL_WORDS.contains(word);
            match groups.last_mut() {
                Some(last) if single && last.joined == Joined::Spaces && (!small || last.small) => {
                    last.words.push((*word).to_string());
                    *last = Group::new(std::mem::take(&mut last.words), Joined::Spaces);
                }
                _ => groups.push(Group::new(vec![(*word).to_string()], Joined::Spaces)),
            }
        }
        parts => groups.push(Group::new(
            parts.iter().map(|p| (*p).to_string()).collect(),
            Joined::Hyphens,
        )),
    }
}

fn trim_marks(word: &str) -> &str {
    let trimmed = word
        .trim_start_matches(OPENING_MARKS)
        .trim_end_matches(CLOSING_MARKS);
    if trimmed.is_empty() { word } else { trimmed }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(query: &str) -> Vec<Vec<String>> {
        Query::parse(query)
            .groups
            .into_iter()
            .map(|g| g.words)
            .collect()
    }

    fn words(list: &[&[&str]]) -> Vec<Vec<String>> {
        list.iter()
            .map(|g| g.iter().map(|w| w.to_string()).collect())
            .collect()
    }

    #[test]
    fn hyphens_spaces_and_quotes_make_the_same_phrase() {
        let car_t = words(&[&["car", "t"]]);
        for query in [
            "car-t",
            "car t",
            "\"car t\"",
            "CAR-T",
            "car\u{2011}t",
            "“car t”",
        ] {
            assert_eq!(groups(query), car_t, "{query:?}");
        }
        assert_eq!(groups("pd-1 drugs"), words(&[&["pd", "1"], &["drugs"]]));
        assert_eq!(groups("pd 1"), words(&[&["pd", "1"]]));
        assert_eq!(
            groups("type 1 diabetes"),
            words(&[&["type", "1"], &["diabetes"]])
        );
        assert_eq!(groups("side-effects"), words(&[&["side", "effects"]]));
        // A letter first stands alone: "t cell" is two words.
        assert_eq!(groups("t cell"), words(&[&["t"], &["cell"]]));
        // An unclosed quote runs to the end; quotes keep their words apart
        // from the words around them.
        assert_eq!(
            groups("rash \"side eff"),
            words(&[&["rash"], &["side", "eff"]])
        );
        assert_eq!(groups("\"rash\" t"), words(&[&["rash"], &["t"]]));
    }

    #[test]
    fn small_words_are_needed_only_alone() {
        let q = Query::parse("what is pd-1");
        assert_eq!(q.groups.len(), 3);
        assert!(!q.required(0) && !q.required(1) && q.required(2));
        let q = Query::parse("can i");
        assert_eq!(q.groups.len(), 1);
        assert!(q.required(0));
        // In quotes, nothing is small.
        let q = Query::parse("\"what is\" rash");
        assert!(q.required(0) && q.required(1));
    }

    /// The words a query must find.
    fn needed(query: &str) -> Vec<String> {
        let q = Query::parse(query);
        q.groups
            .iter()
            .enumerate()
            .filter(|(i, _)| q.required(*i))
            .flat_map(|(_, g)| g.words.clone())
            .collect()
    }

    #[test]
    fn spanish_questions_need_only_their_medical_words() {
        assert_eq!(needed("¿Qué puedo hacer si tengo diarrea?"), ["diarrea"]);
        assert_eq!(needed("¿Cómo sé si es cansancio?"), ["cansancio"]);
        assert_eq!(needed("me siento muy cansado"), ["cansado"]);
        assert_eq!(needed("¿Por qué tengo tanta diarrea?"), ["diarrea"]);
        assert_eq!(
            needed("¿Cuáles son los efectos de la inmunoterapia?"),
            ["efectos", "inmunoterapia"]
        );
        // Only small words: then they are needed.
        assert_eq!(needed("¿qué es?"), ["que", "es"]);
    }

    #[test]
    fn spanish_and_or_stand_alone() {
        // "y" and "o" would otherwise tie "fiebre y" into one phrase.
        assert_eq!(
            groups("fiebre y tos"),
            words(&[&["fiebre"], &["y"], &["tos"]])
        );
        assert_eq!(
            groups("diarrea o vómito"),
            words(&[&["diarrea"], &["o"], &["vomito"]])
        );
        let q = Query::parse("fiebre y tos");
        assert!(q.required(0) && !q.required(1) && q.required(2));
        // A lone letter that is not a small word still joins: "hepatitis b".
        assert_eq!(groups("hepatitis b"), words(&[&["hepatitis", "b"]]));
        // Small words still join each other.
        assert_eq!(groups("can i"), words(&[&["can", "i"]]));
    }

    #[test]
    fn marking_keeps_groups_together() {
        assert_eq!(Query::parse("car t Nivolumab").marking(), "car-t nivolumab");
        assert_eq!(Query::parse("\"side effects\"").marking(), "side-effects");
        for part in Query::parse("car t pd 1 \"side effects\"")
            .marking()
            .split(' ')
        {
            assert_eq!(Query::parse(part).groups.len(), 1, "{part}");
        }
    }

    #[test]
    fn punctuation_around_words_is_dropped_but_lone_marks_stay() {
        assert_eq!(groups("¿cáncer?"), words(&[&["cancer"]]));
        assert_eq!(groups("("), words(&[&["("]]));
        assert_eq!(groups("-"), words(&[&["-"]]));
        assert_eq!(groups("(500"), words(&[&["500"]]));
        assert!(Query::parse("  \"\" ").is_empty());
    }
}
