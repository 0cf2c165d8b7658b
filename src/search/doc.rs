//! The searchable text of one section or glossary term, and how well a
//! query's groups are found in it (see the ranking in the module docs of
//! [`crate::search`]).

use std::ops::Range;

use super::Field;
use super::plan::{Needle, Plan, Want};
use super::text::{ends_word, fold_char, same_at, wordish};
use super::typo::Counter;

/// Matches of one group counted per section: enough to tell "once" from
/// "often", without reading a long section to the end.
const MAX_COUNTED: u32 = 6;

/// Extra for a place where the query's words appear together as typed.
const PHRASE: u32 = 150;

/// Extra, per group, for a title, keyword or term that is exactly the
/// query.
const EXACT_NAME: u32 = 40;

/// Taken off a match for each edit between the word typed and the word
/// found, so the nearest correction ranks first.
const PER_EDIT: u32 = 100;

/// The score of one group found in `field`. Each kind of field is at least
/// 150 above the next, more than all the extras within a kind, so a title
/// always beats a keyword, a keyword a summary, a summary a glossary term
/// or alias, and those the body text.
fn field_weight(field: Field, whole_word: bool) -> u32 {
    let whole = if whole_word { 20 } else { 0 };
    match field {
        Field::Title if whole_word => 1100,
        Field::Title => 900,
        Field::Keyword => 750 + whole,
        Field::Summary => 600 + whole,
        Field::Term => 450 + whole,
        Field::Body => 150 + whole,
    }
}

/// One run of text in a [`Doc`]: a title, a keyword, a paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Part {
    /// Where it starts in `Doc::original` and in `Doc::hay()`.
    pub original: u32,
    pub folded: u32,
    pub field: Field,
}

/// The searchable text of one section or glossary term: its parts in
/// order (title, keywords, summary, body paragraphs; or term, aliases,
/// definition), separated by newlines, whitespace inside them made single
/// spaces. The order is also the order of strength, so the first match is
/// in the best field.
///
/// `starts` holds where each word of the folded text starts and `heads`
/// its first four bytes, so a needle is looked for only where a word
/// starts, by scanning a few hundred numbers rather than the whole text,
/// and the text itself is read only where those bytes agree: in a large
/// guide, reading it is what costs (its bytes are rarely in the cache).
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub original: Box<str>,
    /// The folded text; `None` when `original` is ASCII, whose folded form
    /// is itself with lowercase letters, so it is compared as such.
    folded: Option<Box<str>>,
    pub parts: Box<[Part]>,
    starts: Box<[u32]>,
    heads: Box<[u32]>,
}

/// How well one group matched a doc.
#[derive(Debug, Clone, Copy)]
struct Match {
    weight: u32,
    part: usize,
    /// Folded offset of its first place in the best field.
    at: usize,
    /// Folded length of what matched.
    len: usize,
    count: u32,
}

/// How well a whole query matched a doc, and the place to show.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub score: u32,
    pub field: Field,
    pub part: usize,
    pub at: usize,
    /// Folded length of what matched at `at`.
    pub len: usize,
}

impl Doc {
    /// The text to match in: folded, or ASCII with letters in either case
    /// (which [`same_at`] lowercases as it compares).
    pub fn hay(&self) -> &str {
        self.folded.as_deref().unwrap_or(&self.original)
    }

    /// Counts every word of the text into the guide's vocabulary.
    pub fn count_words(&self, counter: &mut Counter) {
        let hay = self.hay();
        for &start in self.starts.iter() {
            let start = start as usize;
            let rest = &hay[start..];
            let end = rest.find(|c: char| !wordish(c)).unwrap_or(rest.len());
            counter.add(&rest[..end]);
        }
    }

    /// Calls `each` with the folded offset of every place where `needle`
    /// is found, in order, until it returns false.
    fn each_match(&self, needle: &str, mut each: impl FnMut(usize) -> bool) {
        let hay = self.hay().as_bytes();
        let bytes = needle.as_bytes();
        let (Some(first_char), Some(&first)) = (needle.chars().next(), bytes.first()) else {
            return;
        };
        if !wordish(first_char) {
            // Punctuation, or a script without spaces: anywhere at all. The
            // first byte is not an ASCII letter and starts a character.
            for (at, _) in hay.iter().enumerate().filter(|&(_, &b)| b == first) {
                if same_at(hay, at, bytes) && !each(at) {
                    return;
                }
            }
            return;
        }
        // The needle's first four bytes are compared with each word's, all
        // at once; a space there is not compared, as it also stands for a
        // hyphen ("t cell" finds "T-cell").
        let mut mask = 0u32;
        for (k, &b) in bytes.iter().take(4).enumerate() {
            if b != b' ' {
                mask |= 0xFF << (8 * k);
            }
        }
        let want = head(bytes) & mask;
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
                if same_at(hay, at, bytes) && !each(at) {
                    return;
                }
            }
            base += block.len();
        }
    }

    /// Whether folded `word` starts a word here.
    pub fn has(&self, word: &str) -> bool {
        let mut found = false;
        self.each_match(word, |_| {
            found = true;
            false
        });
        found
    }

    pub fn part_range(&self, part: usize, folded: bool) -> Range<usize> {
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
    pub fn original_part(&self, part: usize) -> (&str, usize) {
        let range = self.part_range(part, false);
        let start = range.start;
        (&self.original[range], start)
    }

    pub fn first(&self, field: Field) -> Option<&str> {
        let part = self.parts.iter().position(|p| p.field == field)?;
        Some(self.original_part(part).0)
    }

    /// The number of the word at `offset` in `original`, counted over the
    /// title, summary and body as `typeset` counts them. Every part's words
    /// are separated by exactly one space.
    pub fn word_at(&self, offset: usize) -> usize {
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

    fn needle(&self, needle: &Needle) -> Option<Match> {
        let hay = self.hay();
        let len = needle.text.len();
        let mut part = 0;
        let mut best: Option<Match> = None;
        let mut count = 0;
        self.each_match(&needle.text, |at| {
            let whole = ends_word(hay, at + len);
            if needle.whole && !whole {
                return true;
            }
            while self
                .parts
                .get(part + 1)
                .is_some_and(|p| p.folded as usize <= at)
            {
                part += 1;
            }
            let field = self.parts.get(part).map_or(Field::Body, |p| p.field);
            let weight = field_weight(field, whole).saturating_sub(
                PER_EDIT.saturating_mul(u32::try_from(needle.edits).unwrap_or(u32::MAX)),
            );
            count += 1;
            if best.is_none_or(|b| weight > b.weight) {
                best = Some(Match {
                    weight,
                    part,
                    at,
                    len,
                    count: 0,
                });
            }
            count < MAX_COUNTED
        });
        best.map(|b| Match { count, ..b })
    }

    /// The best of the ways a group may be found.
    fn want(&self, want: &Want) -> Option<Match> {
        want.needles
            .iter()
            .filter_map(|n| self.needle(n))
            .max_by(|a, b| a.weight.cmp(&b.weight).then(b.at.cmp(&a.at)))
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

    /// How well the doc answers the plan, or `None` if a required group
    /// is not in it.
    pub fn score(&self, plan: &Plan) -> Option<Found> {
        let mut score = 0u32;
        let mut lead: Option<Match> = None;
        // Small words that are not required count only where all the words
        // stand together as typed (the phrase below): looked for alone,
        // "a" or "is" would be found in every section, at a cost.
        for want in plan.wants.iter().filter(|w| w.required) {
            let m = self.want(want)?;
            let points = m.weight + self.bonus(&m);
            score = score.saturating_add(points);
            let better = lead.is_none_or(|best| {
                m.weight > best.weight || (m.weight == best.weight && m.at < best.at)
            });
            if better {
                lead = Some(m);
            }
        }
        let lead = lead?;
        let field = self.parts[lead.part].field;
        let mut found = Found {
            score,
            field,
            part: lead.part,
            at: lead.at,
            len: lead.len,
        };
        let mut phrase_at = None;
        if let Some(phrase) = &plan.phrase {
            self.each_match(phrase, |at| {
                phrase_at = Some(at);
                false
            });
        }
        if let (Some(phrase), Some(at)) = (&plan.phrase, phrase_at) {
            found.score = found.score.saturating_add(PHRASE);
            let (part, phrase_field) = self.field_of(at);
            if phrase_field == field {
                found.part = part;
                found.at = at;
                found.len = phrase.len();
            }
        }
        // A title, keyword or term that is exactly what was typed, wherever
        // it is among the doc's names: "work" is a keyword of the section
        // about work and school, though its title is found first.
        if matches!(field, Field::Title | Field::Keyword | Field::Term)
            && let Some(typed) = &plan.whole_query
        {
            let hay = self.hay().as_bytes();
            // The names come first in a doc (title and keywords, or term
            // and aliases), so the scan stops at the summary or body.
            let named = (0..self.parts.len())
                .take_while(|&p| {
                    matches!(
                        self.parts[p].field,
                        Field::Title | Field::Keyword | Field::Term
                    )
                })
                .map(|p| self.part_range(p, true))
                .any(|name| {
                    name.len() == typed.len() && same_at(hay, name.start, typed.as_bytes())
                });
            if named {
                let groups = u32::try_from(plan.wants.len()).unwrap_or(u32::MAX);
                found.score = found
                    .score
                    .saturating_add(groups.saturating_mul(EXACT_NAME));
            }
        }
        Some(found)
    }
}

/// `most` for 0, half of it at `half`, and less and less after.
fn falling(most: u32, half: u32, x: usize) -> u32 {
    let x = u32::try_from(x.min(1 << 20)).unwrap_or(1 << 20);
    most * half / (half + x)
}

/// The first four bytes of `text` as one number (0 past its end).
fn head(text: &[u8]) -> u32 {
    let byte = |k: usize| text.get(k).copied().unwrap_or(0);
    u32::from_le_bytes([byte(0), byte(1), byte(2), byte(3)])
}

#[derive(Default)]
pub struct DocBuilder {
    original: String,
    folded: String,
    parts: Vec<Part>,
}

impl DocBuilder {
    /// Adds one part made of `pieces` written one after another (the spans
    /// of a paragraph), split into words exactly where `typeset` splits
    /// them: at whitespace, never between spans that touch.
    pub fn push<'a>(&mut self, field: Field, pieces: impl IntoIterator<Item = &'a str>) {
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

    pub fn finish(self) -> Doc {
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
