//! Search over the guide as the person types: titles, lay keywords,
//! summaries, body text, and glossary terms with their aliases.
//!
//! # What matches
//!
//! - **Every word must be found**, in any field of one section (or one
//!   glossary entry). Small everyday words of a question ("what", "is",
//!   "can", "I", "my"; in Spanish "qué", "puedo", "tengo", "y") are not
//!   required, unless the query is made only of them; they count where
//!   all the words stand together as typed.
//! - **Phrases**: words in double quotes must stand together, in order.
//!   So must a hyphenated word ("car-t", "pd-1") and a word followed by a
//!   lone letter or digit ("car t", "pd 1", "type 1").
//! - **Hyphens and spaces are the same**, in the query and in the text:
//!   "car-t", "car t" and "CAR T-cell" all meet.
//! - Case and accents are ignored ("cancer" finds "CÁNCER"; ñ is n, so
//!   "nino" finds "niño"), and a word finds words that start with it
//!   ("fati" finds "fatigue"). Nothing is
//!   special otherwise: `*`, `(` and `\` are characters to find.
//! - **Typos**: a word of five letters or more that starts no word of the
//!   guide is taken as the guide's nearest words, within one edit (five
//!   to seven letters) or two (eight or more): "nivolumb" finds
//!   "nivolumab", "fatige" "fatigue", "cansansio" "cansancio". Words
//!   are compared folded, so an accented letter is one letter. See [`typo`] for how. Shorter words
//!   are never corrected unasked, but the nearest word is offered: "Did
//!   you mean rash?" ([`SearchIndex::suggestion`]).
//!
//! # Ranking
//!
//! 1. Sections that *explain the guide itself* (the manifest's
//!    `about_the_guide` list: "How to use this guide" and the like) come
//!    after every other result, unless the words are in their title or
//!    keywords. Their tips and examples ("search with everyday words, like
//!    tired") mention medical words, and must never push a medical section
//!    down.
//! 2. Then by where the words are, strongest first: a whole word in a
//!    title, the start of a word in a title, a keyword, the summary, a
//!    glossary term or alias, the body. A section whose title, keywords or
//!    summary are *about* a word comes before one that only *mentions* it,
//!    and a title before a glossary alias. Each kind is worth at least 150
//!    more than the next (see `doc::field_weight`): for one word, more
//!    than all the extras below together, so they never change this
//!    order; with several words, the words standing together as typed
//!    count as much as one step.
//! 3. Within a kind, extras: all the words together as typed (a phrase),
//!    a title, keyword or term that is exactly the query, a whole word, an
//!    earlier place, more places, a shorter text. A corrected word scores
//!    a little less for each edit.
//! 4. Ties in reading order, sections before glossary terms.
//!
//! Each section gives at most one result, for its best field; glossary
//! terms are results of their own, listed when their name or an alias
//! matches (not their definition alone).
//!
//! # The index
//!
//! The index keeps, for each section and term, its text as written (for
//! snippets) and, unless it is plain ASCII, once more folded (for
//! matching), with whitespace made single spaces; and where each word
//! starts, with its first four bytes, so a query is compared only where a
//! word starts with the same bytes. Nothing of the whole guide is copied
//! or folded per query. The guide's vocabulary, for typos, is counted the
//! first time a word is not found (see [`typo`]).

mod doc;
mod plan;
mod query;
mod snippet;
mod text;
pub mod typo;

use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

use crate::content::Guide;

use doc::{Doc, DocBuilder, Found};
use plan::{Plan, Words};
pub use query::Query;
use snippet::{SNIPPET_CHARS, window, with_context};
pub use text::fold;
use text::{FoldMap, find_terms};
use typo::{Near, Vocabulary};

/// What a result leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HitTarget {
    /// An index into `guide.sections`.
    Section(usize),
    /// An index into `guide.glossary`.
    Term(usize),
}

/// Where in a section (or glossary entry) the words were found. Listed
/// from the strongest kind of match to the weakest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Title,
    /// The section's `keywords`: everyday words that are not in its text.
    Keyword,
    Summary,
    /// A glossary term or one of its aliases.
    Term,
    Body,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: HitTarget,
    pub field: Field,
    /// Higher is better, within the same [`Hit::about_the_guide`].
    pub score: u32,
    /// A section that explains the guide itself, ranked after the rest.
    pub about_the_guide: bool,
    /// Plain text around the first match, with "…" where it was cut.
    pub snippet: String,
    /// Byte ranges of the matches inside `snippet`, in order.
    pub matched: Vec<Range<usize>>,
    /// For a title, summary or body match in a section: the number of the
    /// matched word counted as `typeset` counts a section's words (title,
    /// summary, body), so its page is the one whose lines' anchors hold it.
    pub word: Option<usize>,
}

/// Lowercase and accent-free search data for one guide, built once.
#[derive(Clone, Default)]
pub struct SearchIndex {
    sections: Vec<Doc>,
    terms: Vec<Doc>,
    /// For each section: whether it explains the guide itself.
    about_the_guide: Vec<bool>,
    /// Made the first time a word is not found: counting every word of a
    /// 10,000-section guide takes longer than building the rest.
    vocabulary: OnceLock<Vocabulary>,
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex")
            .field("sections", &self.sections.len())
            .field("terms", &self.terms.len())
            .field("vocabulary", &self.vocabulary.get().map(Vocabulary::len))
            .finish()
    }
}

/// A result before its snippet is made.
struct Ranked {
    target: HitTarget,
    found: Found,
    about_the_guide: bool,
}

impl SearchIndex {
    pub fn new(guide: &Guide) -> Self {
        let sections: Vec<Doc> = guide
            .sections
            .iter()
            .map(|section| {
                let mut doc = DocBuilder::default();
                doc.push(Field::Title, [section.title.as_str()]);
                for keyword in &section.keywords {
                    doc.push(Field::Keyword, [keyword.as_str()]);
                }
                if let Some(summary) = &section.summary {
                    doc.push(Field::Summary, [summary.as_str()]);
                }
                for paragraph in section.body.paragraphs() {
                    doc.push(Field::Body, paragraph.spans().map(|s| s.text));
                }
                doc.finish()
            })
            .collect();
        let terms: Vec<Doc> = guide
            .glossary
            .iter()
            .map(|term| {
                let mut doc = DocBuilder::default();
                doc.push(Field::Term, [term.term.as_str()]);
                for alias in &term.aliases {
                    doc.push(Field::Term, [alias.as_str()]);
                }
                doc.push(Field::Body, [term.definition.as_str()]);
                doc.finish()
            })
            .collect();
        let mut about_the_guide = vec![false; guide.sections.len()];
        for id in &guide.about.about_the_guide {
            if let Some(first) = guide.section_index(id) {
                let end = guide.sections[first].subtree_end.min(about_the_guide.len());
                for flag in about_the_guide.iter_mut().take(end).skip(first) {
                    *flag = true;
                }
            }
        }
        Self {
            sections,
            terms,
            about_the_guide,
            vocabulary: OnceLock::new(),
        }
    }

    fn plan(&self, query: &str) -> Plan {
        Plan::new(&Query::parse(query), self)
    }

    fn vocabulary(&self) -> &Vocabulary {
        self.vocabulary.get_or_init(|| {
            let mut counter = Vocabulary::counter();
            for doc in self.sections.iter().chain(&self.terms) {
                doc.count_words(&mut counter);
            }
            counter.finish()
        })
    }

    /// Ranked results for a query; an empty or all-space query gives none.
    /// At most `limit` results.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        self.find(query, limit).0
    }

    /// What the search box needs for each letter typed: the results, and
    /// the query with its unknown words replaced by the nearest words of
    /// the guide, to offer (see [`SearchIndex::suggestion`]).
    pub fn find(&self, query: &str, limit: usize) -> (Vec<Hit>, Option<String>) {
        let plan = self.plan(query);
        (self.results(&plan, limit), plan.suggestion.clone())
    }

    fn results(&self, plan: &Plan, limit: usize) -> Vec<Hit> {
        if plan.wants.is_empty() || limit == 0 {
            return Vec::new();
        }
        let sections = self.sections.iter().enumerate().filter_map(|(i, doc)| {
            let found = doc.score(plan)?;
            // Its own title or keywords say it is about these words.
            let about_the_guide = self.about_the_guide.get(i).copied().unwrap_or(false)
                && !matches!(found.field, Field::Title | Field::Keyword);
            Some(Ranked {
                target: HitTarget::Section(i),
                found,
                about_the_guide,
            })
        });
        let terms = self.terms.iter().enumerate().filter_map(|(i, doc)| {
            doc.score(plan)
                .filter(|found| found.field == Field::Term)
                .map(|found| Ranked {
                    target: HitTarget::Term(i),
                    found,
                    about_the_guide: false,
                })
        });
        let mut found: Vec<Ranked> = sections.chain(terms).collect();
        if found.len() > limit {
            found.select_nth_unstable_by(limit, ranking);
            found.truncate(limit);
        }
        found.sort_unstable_by(ranking);
        let needles = plan.needles();
        found
            .into_iter()
            .map(|ranked| self.hit(&ranked, &needles))
            .collect()
    }

    /// The query with each word the guide never uses replaced by the
    /// nearest word it does use ("nivolumb" → "nivolumab"), when there is
    /// one: to offer as "Did you mean …?".
    pub fn suggestion(&self, query: &str) -> Option<String> {
        self.plan(query).suggestion
    }

    /// The words to mark on a page after this search: corrected, each
    /// phrase written with hyphens so it stays one when split at spaces.
    /// [`find_in`] finds them.
    pub fn marking(&self, query: &str) -> String {
        self.plan(query).marking
    }

    fn hit(&self, ranked: &Ranked, needles: &[String]) -> Hit {
        let (target, found) = (ranked.target, &ranked.found);
        let doc = match target {
            HitTarget::Section(i) => &self.sections[i],
            HitTarget::Term(i) => &self.terms[i],
        };
        let (text, start) = doc.original_part(found.part);
        let map = FoldMap::new(text);
        let local = found.at - doc.parts[found.part].folded as usize;
        let focus = map.original(local..local + found.len);
        let snippet = match (target, found.field) {
            (_, Field::Summary | Field::Body) => window(text, focus.clone(), SNIPPET_CHARS),
            (HitTarget::Section(_), _) => {
                let context = doc
                    .first(Field::Summary)
                    .or_else(|| doc.first(Field::Body))
                    .unwrap_or("");
                with_context(text, focus.clone(), context)
            }
            (HitTarget::Term(_), _) => {
                let name = doc.first(Field::Term).unwrap_or("");
                let definition = doc.first(Field::Body).unwrap_or("");
                if text == name {
                    with_context(text, focus.clone(), definition)
                } else {
                    let head = format!("{name} ({text})");
                    let shift = name.len() + 2;
                    with_context(&head, focus.start + shift..focus.end + shift, definition)
                }
            }
        };
        let matched = find_terms(&snippet, needles);
        let word = match (target, found.field) {
            (HitTarget::Section(_), Field::Title | Field::Summary | Field::Body) => {
                Some(doc.word_at(start + focus.start))
            }
            _ => None,
        };
        Hit {
            target,
            field: found.field,
            score: found.score,
            about_the_guide: ranked.about_the_guide,
            snippet,
            matched,
            word,
        }
    }
}

impl Words for SearchIndex {
    /// Found in the vocabulary once it is made; before that, where a word
    /// starts in some section or glossary entry (for a word the guide
    /// uses, the first few usually hold it, and a word it does not use
    /// needs the vocabulary next anyway).
    fn known(&self, word: &str) -> bool {
        match self.vocabulary.get() {
            Some(vocabulary) => vocabulary.has_prefix(word),
            None => self
                .sections
                .iter()
                .chain(&self.terms)
                .any(|doc| doc.has(word)),
        }
    }

    fn near(&self, word: &str, edits: usize, most: usize) -> Vec<Near> {
        self.vocabulary().near(word, edits, most)
    }
}

/// Sections about the guide itself last; then best first; equal scores
/// in reading order, sections before terms.
fn ranking(a: &Ranked, b: &Ranked) -> Ordering {
    a.about_the_guide
        .cmp(&b.about_the_guide)
        .then_with(|| b.found.score.cmp(&a.found.score))
        .then_with(|| key(a.target).cmp(&key(b.target)))
}

fn key(target: HitTarget) -> (u8, usize) {
    match target {
        HitTarget::Section(i) => (0, i),
        HitTarget::Term(i) => (1, i),
    }
}

/// All matches of `query` in a line of text, as byte ranges of `text` (not
/// of its folded form), ignoring case and accents, hyphens standing for
/// spaces. Each word or phrase is found where it starts a word;
/// overlapping matches are joined. No typo is corrected here: pass
/// [`SearchIndex::marking`] to mark what a search found.
pub fn find_in(text: &str, query: &str) -> Vec<Range<usize>> {
    let needles: Vec<String> = Query::parse(query)
        .groups
        .iter()
        .map(|g| g.needle())
        .collect();
    find_terms(text, &needles)
}

/// Where folded `letters` first are in `text`, anywhere (not only where a
/// word starts), as a byte range of `text`: how the glossary filter finds
/// them, to mark them.
pub fn find_letters(text: &str, letters: &str) -> Option<Range<usize>> {
    let letters = fold(letters);
    if letters.is_empty() {
        return None;
    }
    let map = FoldMap::new(text);
    let at = map.folded.find(&letters)?;
    Some(map.original(at..at + letters.len()))
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_rules;
#[cfg(test)]
mod tests_text;
