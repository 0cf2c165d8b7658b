//! The loaded guide: an immutable tree of chapters and sections, with the
//! glossary and the sources it cites. Everything here has been validated.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

/// A calendar date, as written in the guide (`reviewed = 2026-11-22`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    const MONTHS: [&'static str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];

    /// "22 November 2026": unambiguous in every English-speaking country.
    pub fn long(&self) -> String {
        let month = Self::MONTHS
            .get(usize::from(self.month).saturating_sub(1))
            .copied()
            .unwrap_or("?");
        format!("{} {} {}", self.day, month, self.year)
    }

    /// Whole months from `self` to `later` (negative if `later` is earlier).
    pub fn months_until(&self, later: Date) -> i32 {
        let a = i32::from(self.year) * 12 + i32::from(self.month);
        let b = i32::from(later.year) * 12 + i32::from(later.month);
        let mut months = b - a;
        if later.day < self.day {
            months -= 1;
        }
        months
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Where a thing was written, so staff tools can point at it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// A piece of a paragraph's text. A paragraph keeps its text in one shared
/// allocation and each span points into it: a large guide holds hundreds
/// of thousands of spans, and one allocation each would double its memory.
#[derive(Clone, Default)]
pub struct SpanText {
    all: Arc<str>,
    // u32: bodies are capped at 64 KiB, and the span stays small.
    start: u32,
    end: u32,
}

impl SpanText {
    /// Spans over one shared text, one for each range given.
    pub fn split(text: String, ranges: &[std::ops::Range<usize>]) -> Vec<SpanText> {
        let all: Arc<str> = Arc::from(text);
        let len = all.len();
        let at = |i: usize| u32::try_from(i.min(len)).unwrap_or(u32::MAX);
        ranges
            .iter()
            .map(|r| SpanText {
                all: Arc::clone(&all),
                start: at(r.start),
                end: at(r.end.max(r.start)),
            })
            .collect()
    }

    pub fn as_str(&self) -> &str {
        let (start, end) = (self.start as usize, self.end as usize);
        self.all.get(start..end).unwrap_or("")
    }
}

impl std::ops::Deref for SpanText {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for SpanText {
    fn from(text: String) -> Self {
        let end = u32::try_from(text.len()).unwrap_or(u32::MAX);
        Self {
            all: Arc::from(text),
            start: 0,
            end,
        }
    }
}

impl From<&str> for SpanText {
    fn from(text: &str) -> Self {
        Self::from(text.to_string())
    }
}

impl PartialEq for SpanText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SpanText {}

impl PartialEq<&str> for SpanText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for SpanText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SpanText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Text with light emphasis, as written in a body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    pub text: SpanText,
    pub bold: bool,
    pub italic: bool,
    /// Target section id of an internal link (`[text](#id)`); shared, as
    /// a link's words often come in several spans.
    pub link: Option<Arc<str>>,
}

/// The kinds of boxed note a body can hold. Each is labelled in words, so
/// the meaning never depends on colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalloutKind {
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}

impl CalloutKind {
    pub fn label(self) -> &'static str {
        match self {
            CalloutKind::Note => "Note",
            CalloutKind::Tip => "Tip",
            CalloutKind::Important => "Important",
            CalloutKind::Warning => "Call your care team",
            CalloutKind::Caution => "Caution",
        }
    }
}

/// One block of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Span>),
    List {
        /// The first number of a numbered list; `None` for bullets.
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Callout {
        kind: CalloutKind,
        blocks: Vec<Block>,
    },
}

/// The text of a page, parsed from its markup.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Body {
    pub blocks: Vec<Block>,
}

impl Body {
    /// Every span in reading order, with the blocks flattened.
    pub fn spans(&self) -> impl Iterator<Item = &Span> {
        fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a Span>) {
            for block in blocks {
                match block {
                    Block::Paragraph(spans) => out.extend(spans.iter()),
                    Block::List { items, .. } => items.iter().for_each(|item| walk(item, out)),
                    Block::Callout { blocks, .. } => walk(blocks, out),
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.blocks, &mut out);
        out.into_iter()
    }

    /// The prose as units a reader takes in one at a time: a paragraph, a
    /// list item, a callout paragraph. Used for reading-level checks.
    pub fn prose_units(&self) -> Vec<String> {
        fn walk(blocks: &[Block], out: &mut Vec<String>) {
            for block in blocks {
                match block {
                    Block::Paragraph(spans) => {
                        out.push(spans.iter().map(|s| s.text.as_str()).collect())
                    }
                    Block::List { items, .. } => items.iter().for_each(|item| walk(item, out)),
                    Block::Callout { blocks, .. } => walk(blocks, out),
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.blocks, &mut out);
        out
    }
}

/// A chapter (depth 0) or a section at any depth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub body: Body,
    pub keywords: Vec<String>,
    /// Keys into [`Guide::sources`].
    pub sources: Vec<String>,
    pub reviewed: Date,
    /// 0 for a chapter, 1 for its sections, and so on.
    pub depth: usize,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Index just past this section's last descendant in reading order, so
    /// a whole subtree can be skipped without walking it.
    pub subtree_end: usize,
    pub origin: Origin,
}

/// A word patients meet, defined plainly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub aliases: Vec<String>,
    pub definition: String,
    pub see_also: Vec<String>,
    pub origin: Origin,
}

/// A published source the guide's facts come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: Option<String>,
    pub year: Option<u16>,
}

impl Source {
    /// One line a reader can use to find the source themselves.
    pub fn citation(&self) -> String {
        let mut line = format!("{}. {}", self.publisher, self.title);
        if let Some(year) = self.year {
            line.push_str(&format!(" ({year})"));
        }
        if let Some(url) = &self.url {
            line.push_str(&format!(". {url}"));
        }
        line
    }
}

/// What the manifest says about the guide as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct About {
    pub title: String,
    pub language: String,
    pub version: String,
    pub reviewed: Date,
    /// Filled in by a clinic after its own clinical review.
    pub reviewed_by: Option<String>,
    pub purpose: String,
    pub welcome: Body,
    pub disclaimer: String,
    pub emergency: String,
}

impl About {
    /// When the guide was reviewed, and whether the clinic showing it has
    /// checked it: said honestly when it has not.
    pub fn review_note(&self) -> String {
        match &self.reviewed_by {
            Some(who) => format!(
                "Guide reviewed {}. Reviewed by your clinic: {who}.",
                self.reviewed.long()
            ),
            None => format!(
                "Guide reviewed {}. Not yet reviewed by your clinic.",
                self.reviewed.long()
            ),
        }
    }
}

/// A whole validated guide. Sections are stored flat in reading order
/// (depth first), so "next section" is simply the next index.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Guide {
    pub about: About,
    pub sections: Vec<Section>,
    pub chapters: Vec<usize>,
    pub glossary: Vec<Term>,
    pub sources: Vec<Source>,
    by_id: HashMap<String, usize>,
}

impl Guide {
    pub fn new(
        about: About,
        sections: Vec<Section>,
        glossary: Vec<Term>,
        sources: Vec<Source>,
    ) -> Self {
        let chapters = sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.parent.is_none())
            .map(|(i, _)| i)
            .collect();
        let by_id = sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        Self {
            about,
            sections,
            chapters,
            glossary,
            sources,
            by_id,
        }
    }

    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn section(&self, index: usize) -> Option<&Section> {
        self.sections.get(index)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The titles from the chapter down to this section.
    pub fn breadcrumb(&self, index: usize) -> Vec<&str> {
        let mut titles = Vec::new();
        let mut at = Some(index);
        // Bounded by the depth cap; the guard only protects against a
        // malformed tree built by hand in a test.
        let mut guard = 0;
        while let Some(i) = at {
            let Some(section) = self.sections.get(i) else {
                break;
            };
            titles.push(section.title.as_str());
            at = section.parent;
            guard += 1;
            if guard > 64 {
                break;
            }
        }
        titles.reverse();
        titles
    }

    /// Sections from the chapter down to `index`, inclusive.
    pub fn ancestors(&self, index: usize) -> Vec<usize> {
        let mut path = Vec::new();
        let mut at = self.sections.get(index).and_then(|s| s.parent);
        while let Some(i) = at {
            if path.len() > 64 {
                break;
            }
            path.push(i);
            at = self.sections.get(i).and_then(|s| s.parent);
        }
        path.reverse();
        path
    }
}
