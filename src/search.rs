//! Search over the guide as the person types: titles, lay keywords,
//! summaries, body text, and glossary terms with their aliases.
//!
//! Matching ignores case and accents ("cancer" finds "CÁNCER"), and a query
//! word finds words that start with it ("fati" finds "fatigue"). Every word
//! of a query must be found somewhere in a section; where the words appear
//! together as typed, the section ranks higher. Nothing in a query is
//! special: `*`, `(` and `\` are just characters to find.
//!
//! Ranking: a whole word in a title, then the start of a word in a title,
//! then a keyword, then a glossary term or alias, then the summary, then
//! the body. Within that, more places, earlier places and shorter texts
//! rank a little higher. Each section gives at most one result, for its
//! best field; glossary terms are results of their own.
//!
//! The index keeps, for each section and term, its text as written (for
//! snippets) and, unless it is plain ASCII, once more folded (for
//! matching), with whitespace made single spaces; and where each word
//! starts, with its first two bytes, so a query word is compared only
//! where a word starts. Nothing of the whole guide is copied or folded per
//! query.

mod text;

use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;

use crate::content::{Body, Guide};

pub use text::fold;
use text::{FoldMap, Query, ends_word, find_terms, fold_char, wordish};

/// Characters of a snippet, about; a little more when the match is long.
const SNIPPET_CHARS: usize = 90;

/// Matches of one query word counted per section: enough to tell "once"
/// from "often", without reading a long section to the end.
const MAX_COUNTED: u32 = 6;

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
    /// A glossary term or one of its aliases.
    Term,
    Summary,
    Body,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: HitTarget,
    pub field: Field,
    /// Higher is better.
    pub score: u32,
    /// Plain text around the first match, with "…" where it was cut.
    pub snippet: String,
    /// Byte ranges of the matches inside `snippet`, in order.
    pub marks: Vec<Range<usize>>,
    /// For a title, summary or body match in a section: the number of the
    /// matched word counted as `layout` counts a section's words (title,
    /// summary, body), so its page is the one whose lines' anchors hold it.
    pub word: Option<usize>,
}

/// Lowercase and accent-free search data for one guide, built once.
#[derive(Clone, Default)]
pub struct SearchIndex {
    sections: Vec<Doc>,
    terms: Vec<Doc>,
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex")
            .field("sections", &self.sections.len())
            .field("terms", &self.terms.len())
            .finish()
    }
}

impl SearchIndex {
    pub fn new(guide: &Guide) -> Self {
        let sections = guide
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
                doc.body(&section.body);
                doc.finish()
            })
            .collect();
        let terms = guide
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
        Self { sections, terms }
    }

    /// Ranked results for a query; an empty or all-space query gives none.
    /// At most `limit` results.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = Query::parse(query);
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let sections = self.sections.iter().enumerate().filter_map(|(i, doc)| {
            doc.score(&query)
                .map(|found| (HitTarget::Section(i), found))
        });
        let terms = self.terms.iter().enumerate().filter_map(|(i, doc)| {
            doc.score(&query)
                .filter(|found| found.field == Field::Term)
                .map(|found| (HitTarget::Term(i), found))
        });
        let mut found: Vec<(HitTarget, Found)> = sections.chain(terms).collect();
        if found.len() > limit {
            found.select_nth_unstable_by(limit, ranking);
            found.truncate(limit);
        }
        found.sort_unstable_by(ranking);
        found
            .into_iter()
            .map(|(target, found)| self.hit(target, &found, &query))
            .collect()
    }

    fn hit(&self, target: HitTarget, found: &Found, query: &Query) -> Hit {
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
        let marks = find_terms(&snippet, &query.terms);
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
            snippet,
            marks,
            word,
        }
    }
}

/// Best first; equal scores in reading order, sections before terms.
fn ranking(a: &(HitTarget, Found), b: &(HitTarget, Found)) -> Ordering {
    b.1.score
        .cmp(&a.1.score)
        .then_with(|| key(a.0).cmp(&key(b.0)))
}

fn key(target: HitTarget) -> (u8, usize) {
    match target {
        HitTarget::Section(i) => (0, i),
        HitTarget::Term(i) => (1, i),
    }
}

/// One run of text in a [`Doc`]: a title, a keyword, a paragraph.
#[derive(Debug, Clone, Copy)]
struct Part {
    /// Where it starts in `Doc::original` and in `Doc::hay()`.
    original: u32,
    folded: u32,
    field: Field,
}

/// The searchable text of one section or glossary term: its parts in
/// order (title, keywords, summary, body paragraphs; or term, aliases,
/// definition), separated by newlines, whitespace inside them made single
/// spaces. The order is also the order of strength, so the first match is
/// in the best field.
///
/// `starts` holds where each word of the folded text starts and `heads`
/// its first two bytes, so a query word is looked for only where a word
/// starts, by scanning a few hundred numbers rather than the whole text.
#[derive(Debug, Clone, Default)]
struct Doc {
    original: Box<str>,
    /// The folded text; `None` when `original` is ASCII, whose folded form
    /// is itself with lowercase letters, so it is compared as such.
    folded: Option<Box<str>>,
    parts: Box<[Part]>,
    starts: Box<[u32]>,
    heads: Box<[u16]>,
}

/// How well one query word matched a doc.
#[derive(Debug, Clone, Copy)]
struct Match {
    weight: u32,
    part: usize,
    /// Folded offset of its first place in the best field.
    at: usize,
    count: u32,
}

/// How well a whole query matched a doc, and the place to show.
#[derive(Debug, Clone, Copy)]
struct Found {
    score: u32,
    field: Field,
    part: usize,
    at: usize,
    /// Folded length of what matched at `at`.
    len: usize,
}

impl Doc {
    /// The text to match in: folded, or ASCII with letters in either case
    /// (which [`starts_at`] lowercases as it compares).
    fn hay(&self) -> &str {
        self.folded.as_deref().unwrap_or(&self.original)
    }

    /// Calls `each` with the folded offset of every place where `term`
    /// starts a word, in order, until it returns false.
    fn each_match(&self, term: &str, mut each: impl FnMut(usize) -> bool) {
        let hay = self.hay().as_bytes();
        let needle = term.as_bytes();
        let (Some(first_char), Some(&first)) = (term.chars().next(), needle.first()) else {
            return;
        };
        if !wordish(first_char) {
            // Punctuation, or a script without spaces: anywhere at all. The
            // first byte is not an ASCII letter and starts a character.
            for (at, _) in hay.iter().enumerate().filter(|&(_, &b)| b == first) {
                if starts_at(hay, at, needle) && !each(at) {
                    return;
                }
            }
            return;
        }
        let (want, mask) = match needle {
            [one] => (u16::from(*one), 0x00FF),
            _ => (head(needle), 0xFFFF),
        };
        // Heads are compared 32 at a time into a bit mask, which the
        // compiler turns into vector instructions; only words whose first
        // bytes agree are compared in full.
        let mut base = 0;
        for block in self.heads.chunks(32) {
            let mut bits = 0u32;
            for (j, &h) in block.iter().enumerate() {
                bits |= u32::from(h & mask == want) << j;
            }
            while bits != 0 {
                let i = base + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let at = self.starts[i] as usize;
                if starts_at(hay, at, needle) && !each(at) {
                    return;
                }
            }
            base += block.len();
        }
    }

    fn part_range(&self, part: usize, folded: bool) -> Range<usize> {
        let offset = |p: &Part| {
            if folded {
                p.folded as usize
            } else {
                p.original as usize
            }
        };
        let text_len = if folded {
            self.hay().len()
        } else {
            self.original.len()
        };
        let start = self.parts.get(part).map_or(text_len, offset);
        // Parts are separated by one newline.
        let end = self
            .parts
            .get(part + 1)
            .map_or(text_len, |p| offset(p).saturating_sub(1));
        start..end.max(start)
    }

    /// A part as written, and where it starts in `original`.
    fn original_part(&self, part: usize) -> (&str, usize) {
        let range = self.part_range(part, false);
        let start = range.start;
        (&self.original[range], start)
    }

    fn first(&self, field: Field) -> Option<&str> {
        let part = self.parts.iter().position(|p| p.field == field)?;
        Some(self.original_part(part).0)
    }

    /// The number of the word at `offset` in `original`, counted over the
    /// title, summary and body as `layout` counts them. Every part's words
    /// are separated by exactly one space.
    fn word_at(&self, offset: usize) -> usize {
        let mut words = 0usize;
        for (i, part) in self.parts.iter().enumerate() {
            if part.field == Field::Keyword {
                continue;
            }
            let range = self.part_range(i, false);
            if range.start > offset {
                break;
            }
            let upto = range.end.min(offset);
            words += 1 + self.original.as_bytes()[range.start..upto]
                .iter()
                .filter(|&&b| b == b' ')
                .count();
        }
        words.saturating_sub(1)
    }

    fn term(&self, term: &str) -> Option<Match> {
        let hay = self.hay();
        let mut part = 0;
        let mut best: Option<Match> = None;
        let mut count = 0;
        self.each_match(term, |at| {
            while self
                .parts
                .get(part + 1)
                .is_some_and(|p| p.folded as usize <= at)
            {
                part += 1;
            }
            let field = self.parts.get(part).map_or(Field::Body, |p| p.field);
            let weight = field_weight(field, ends_word(hay, at + term.len()));
            count += 1;
            if best.is_none_or(|b| weight > b.weight) {
                best = Some(Match {
                    weight,
                    part,
                    at,
                    count: 0,
                });
            }
            count < MAX_COUNTED
        });
        best.map(|b| Match { count, ..b })
    }

    /// A little extra for more places, an earlier place, a shorter text:
    /// at most 60. With the 20 for a whole word and the 40 for a title,
    /// keyword or term that is exactly the query, less than the gap
    /// between two kinds of field (see [`field_weight`]).
    fn bonus(&self, m: &Match) -> u32 {
        let field = self.parts[m.part].field;
        let mut first = m.part;
        while first > 0 && self.parts[first - 1].field == field {
            first -= 1;
        }
        let into_field = m.at.saturating_sub(self.parts[first].folded as usize);
        let length = self.part_range(m.part, true).len();
        let often = 4 * (m.count.saturating_sub(1)).min(5);
        let early = falling(20, 64, into_field);
        let short = falling(20, 32, length);
        often + early + short
    }

    fn field_of(&self, at: usize) -> (usize, Field) {
        let part = self
            .parts
            .partition_point(|p| p.folded as usize <= at)
            .saturating_sub(1);
        (part, self.parts.get(part).map_or(Field::Body, |p| p.field))
    }

    fn score(&self, query: &Query) -> Option<Found> {
        let mut score = 0u32;
        let mut lead: Option<(Match, usize)> = None;
        for term in &query.terms {
            let m = self.term(term)?;
            score = score.saturating_add(m.weight + self.bonus(&m));
            let better = lead.is_none_or(|(best, _)| {
                m.weight > best.weight || (m.weight == best.weight && m.at < best.at)
            });
            if better {
                lead = Some((m, term.len()));
            }
        }
        let (lead, len) = lead?;
        let field = self.parts[lead.part].field;
        let mut found = Found {
            score,
            field,
            part: lead.part,
            at: lead.at,
            len,
        };
        let mut phrase_at = None;
        if let Some(phrase) = &query.phrase {
            self.each_match(phrase, |at| {
                phrase_at = Some(at);
                false
            });
        }
        if let (Some(phrase), Some(at)) = (&query.phrase, phrase_at) {
            found.score = found.score.saturating_add(PHRASE);
            let (part, phrase_field) = self.field_of(at);
            if phrase_field == field {
                found.part = part;
                found.at = at;
                found.len = phrase.len();
            }
        }
        // A title, keyword or term that is exactly what was typed.
        let typed = query
            .phrase
            .as_deref()
            .or(query.terms.first().map(String::as_str));
        if matches!(field, Field::Title | Field::Keyword | Field::Term)
            && typed.is_some_and(|t| {
                t.eq_ignore_ascii_case(&self.hay()[self.part_range(found.part, true)])
            })
        {
            let terms = u32::try_from(query.terms.len()).unwrap_or(u32::MAX);
            found.score = found.score.saturating_add(terms.saturating_mul(EXACT_NAME));
        }
        Some(found)
    }
}

/// `most` for 0, half of it at `half`, and less and less after.
fn falling(most: u32, half: u32, x: usize) -> u32 {
    let x = u32::try_from(x.min(1 << 20)).unwrap_or(1 << 20);
    most * half / (half + x)
}

/// The first two bytes of `text` as one number (0 past its end).
fn head(text: &[u8]) -> u16 {
    let first = text.first().copied().unwrap_or(0);
    let second = text.get(1).copied().unwrap_or(0);
    u16::from_le_bytes([first, second])
}

/// Whether folded `needle` is at `at` in `hay`, ASCII letters in `hay`
/// taken as lowercase. Written out because most candidates differ in their
/// second byte, sooner than a call to memcmp.
fn starts_at(hay: &[u8], at: usize, needle: &[u8]) -> bool {
    let Some(there) = hay.get(at..at.saturating_add(needle.len())) else {
        return false;
    };
    for (a, b) in there.iter().zip(needle) {
        if a.to_ascii_lowercase() != *b {
            return false;
        }
    }
    true
}

/// Extra for a place where the query's words appear together as typed.
const PHRASE: u32 = 150;

/// Extra, per query word, for a title, keyword or term that is exactly the
/// query.
const EXACT_NAME: u32 = 40;

/// The score of one query word found in `field`. Each kind of field is at
/// least 150 above the next, more than all the extras within a kind, so
/// a title always beats a keyword, a keyword a term, and so on.
fn field_weight(field: Field, whole_word: bool) -> u32 {
    let whole = if whole_word { 20 } else { 0 };
    match field {
        Field::Title if whole_word => 1000,
        Field::Title => 800,
        Field::Keyword => 600 + whole,
        Field::Term => 450 + whole,
        Field::Summary => 300 + whole,
        Field::Body => 150 + whole,
    }
}

#[derive(Default)]
struct DocBuilder {
    original: String,
    folded: String,
    parts: Vec<Part>,
}

impl DocBuilder {
    /// Adds one part made of `pieces` written one after another (the spans
    /// of a paragraph), split into words exactly where `layout` splits
    /// them: at whitespace, never between spans that touch.
    fn push<'a>(&mut self, field: Field, pieces: impl IntoIterator<Item = &'a str>) {
        let joined: String = pieces.into_iter().collect();
        let mut words = joined.split_whitespace().peekable();
        if words.peek().is_none() {
            return;
        }
        let separator = usize::from(!self.parts.is_empty());
        let (Ok(original), Ok(folded)) = (
            u32::try_from(self.original.len() + separator),
            u32::try_from(self.folded.len() + separator),
        ) else {
            return;
        };
        if separator > 0 {
            self.original.push('\n');
            self.folded.push('\n');
        }
        self.parts.push(Part {
            original,
            folded,
            field,
        });
        for (i, word) in words.enumerate() {
            if i > 0 {
                self.original.push(' ');
                self.folded.push(' ');
            }
            self.original.push_str(word);
            for c in word.chars() {
                fold_char(c, &mut self.folded);
            }
        }
    }

    /// Paragraphs in reading order, as `layout` walks them: list items and
    /// callouts in place.
    fn body(&mut self, body: &Body) {
        for paragraph in body.paragraphs() {
            self.push(Field::Body, paragraph.spans().map(|s| s.text));
        }
    }

    fn finish(self) -> Doc {
        let mut starts = Vec::new();
        let mut heads = Vec::new();
        let mut after_word = false;
        for (at, c) in self.folded.char_indices() {
            let inside = wordish(c);
            if inside && !after_word {
                let Ok(start) = u32::try_from(at) else {
                    break;
                };
                starts.push(start);
                heads.push(head(&self.folded.as_bytes()[at..]));
            }
            after_word = inside;
        }
        let ascii = self.original.is_ascii();
        Doc {
            original: self.original.into_boxed_str(),
            folded: (!ascii).then(|| self.folded.into_boxed_str()),
            parts: self.parts.into_boxed_slice(),
            starts: starts.into_boxed_slice(),
            heads: heads.into_boxed_slice(),
        }
    }
}

/// `head` (which holds the match) followed by the start of `context`, as
/// far as the snippet's length allows.
fn with_context(head: &str, focus: Range<usize>, context: &str) -> String {
    let head_chars = head.chars().count();
    if head_chars + 20 > SNIPPET_CHARS || context.is_empty() {
        return window(head, focus, SNIPPET_CHARS);
    }
    let rest = window(context, 0..0, SNIPPET_CHARS - head_chars - 3);
    format!("{head} — {rest}")
}

/// About `budget` characters of `text` around `focus`, cut at spaces where
/// possible, with "…" where text was left out.
fn window(text: &str, focus: Range<usize>, budget: usize) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    if n <= budget {
        return text.to_string();
    }
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let space = |i: usize| chars.get(i).is_some_and(|&(_, c)| c.is_whitespace());
    let focus_start = chars.partition_point(|&(b, _)| b < focus.start);
    let focus_end = chars
        .partition_point(|&(b, _)| b < focus.end)
        .max(focus_start);
    let mut start = focus_start.saturating_sub(budget / 3);
    let mut end = (start + budget).min(n);
    start = start.min(end.saturating_sub(budget));
    end = end.max(focus_end.min(n));
    if start > 0
        && !space(start - 1)
        && let Some(k) = (start..focus_start.min(start + 15)).find(|&k| space(k))
    {
        start = k + 1;
    }
    if end < n
        && !space(end)
        && let Some(k) = (focus_end.max(end.saturating_sub(15))..end)
            .rev()
            .find(|&k| space(k))
    {
        end = k;
    }
    let mut out = String::with_capacity(byte(end) - byte(start) + 8);
    if start > 0 {
        out.push('…');
    }
    out.push_str(text[byte(start)..byte(end)].trim());
    if end < n {
        out.push('…');
    }
    out
}

/// All matches of `query` in a line of text, as byte ranges of `text` (not
/// of its folded form), ignoring case and accents. Each query word is
/// found where it starts a word; overlapping matches are joined.
pub fn find_in(text: &str, query: &str) -> Vec<Range<usize>> {
    find_terms(text, &Query::parse(query).terms)
}

#[cfg(test)]
mod tests;
