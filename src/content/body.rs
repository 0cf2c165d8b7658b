//! The text of a page, stored compactly. A large guide holds hundreds of
//! thousands of paragraphs for as long as the program runs, so a body keeps
//! all its words in one string, its bold, italic and linked stretches as
//! small runs over that string, and its blocks as a flat list in reading
//! order: a handful of allocations per section rather than several per
//! paragraph. Readers see it as a tree of borrowed [`Block`]s.

use std::borrow::Cow;

use crate::phrases::Phrases;
use std::fmt;
use std::sync::Arc;

/// The kinds of boxed note a body can hold. Each is labelled in words, so
/// the meaning never depends on colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalloutKind {
    Note,
    Tip,
    Important,
    Warning,
    Caution,
    /// Call the emergency number or go to the emergency department now:
    /// drawn as the most urgent box of all.
    Emergency,
}

impl CalloutKind {
    pub const ALL: [CalloutKind; 6] = [
        CalloutKind::Note,
        CalloutKind::Tip,
        CalloutKind::Important,
        CalloutKind::Warning,
        CalloutKind::Caution,
        CalloutKind::Emergency,
    ];

    /// The words on the box. The emergency label names no phone number:
    /// the number belongs to the guide's own text, since it differs from
    /// one country to the next.
    /// In the language of `words`.
    pub fn label(self, words: &Phrases) -> Cow<'_, str> {
        words.get(match self {
            CalloutKind::Note => "callout-note",
            CalloutKind::Tip => "callout-tip",
            CalloutKind::Important => "callout-important",
            CalloutKind::Warning => "callout-warning",
            CalloutKind::Caution => "callout-caution",
            CalloutKind::Emergency => "callout-emergency",
        })
    }

    /// How the kind is written in markup, after `> [!`.
    pub fn marker(self) -> &'static str {
        match self {
            CalloutKind::Note => "NOTE",
            CalloutKind::Tip => "TIP",
            CalloutKind::Important => "IMPORTANT",
            CalloutKind::Warning => "WARNING",
            CalloutKind::Caution => "CAUTION",
            CalloutKind::Emergency => "EMERGENCY",
        }
    }
}

/// How a stretch of text looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Emphasis {
    pub bold: bool,
    pub italic: bool,
}

/// A stretch of a body's text with one look: 12 bytes, where a span with
/// its own string and link would take 48 and two allocations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    start: u32,
    end: u32,
    emphasis: Emphasis,
    /// 0 for no link, otherwise one more than an index into `links`.
    link: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Its runs are `runs[first..last]`.
    Paragraph {
        first: u32,
        last: u32,
    },
    /// A numbered list starts at `Some(n)`; Markdown allows at most nine
    /// digits, so `u32` holds any start a body can write.
    List {
        start: Option<u32>,
    },
    Item,
    Callout(CalloutKind),
}

/// One block in the flat list: what it is, and the index just past its
/// last descendant, so a walk can step over a whole list or callout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Node {
    kind: Kind,
    end: u32,
}

/// The text of a page, parsed from its markup.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Body {
    text: Box<str>,
    runs: Box<[Run]>,
    nodes: Box<[Node]>,
    /// Section ids that links lead to, each once.
    links: Box<[Arc<str>]>,
}

impl Body {
    /// The top-level blocks, in reading order.
    pub fn blocks(&self) -> Blocks<'_> {
        Blocks {
            body: self,
            at: 0,
            end: self.nodes.len(),
        }
    }

    /// Every paragraph in reading order, with lists and callouts opened
    /// in place (as the screen shows them).
    pub fn paragraphs(&self) -> impl Iterator<Item = Paragraph<'_>> + '_ {
        self.nodes.iter().filter_map(|node| match node.kind {
            Kind::Paragraph { first, last } => Some(self.paragraph(first, last)),
            _ => None,
        })
    }

    /// Every span in reading order.
    pub fn spans(&self) -> impl Iterator<Item = Span<'_>> + '_ {
        self.runs.iter().map(|run| self.span(run))
    }

    /// The prose as units a reader takes in one at a time: a paragraph, a
    /// list item, a callout paragraph. Used for reading-level checks.
    pub fn prose_units(&self) -> Vec<&str> {
        self.paragraphs().map(|p| p.text()).collect()
    }

    fn paragraph(&self, first: u32, last: u32) -> Paragraph<'_> {
        let runs = self
            .runs
            .get(first as usize..last as usize)
            .unwrap_or_default();
        Paragraph { body: self, runs }
    }

    fn span(&self, run: &Run) -> Span<'_> {
        Span {
            text: self
                .text
                .get(run.start as usize..run.end as usize)
                .unwrap_or(""),
            bold: run.emphasis.bold,
            italic: run.emphasis.italic,
            link: usize::from(run.link)
                .checked_sub(1)
                .and_then(|i| self.links.get(i)),
        }
    }

    fn block(&self, at: usize) -> Option<Block<'_>> {
        let node = self.nodes.get(at)?;
        let inside = Blocks {
            body: self,
            at: at + 1,
            end: (node.end as usize).min(self.nodes.len()),
        };
        Some(match node.kind {
            Kind::Paragraph { first, last } => Block::Paragraph(self.paragraph(first, last)),
            Kind::List { start } => Block::List {
                start: start.map(u64::from),
                items: Items(inside),
            },
            // Items are reached through their list (see `Blocks::next`).
            Kind::Item => return None,
            Kind::Callout(kind) => Block::Callout {
                kind,
                blocks: inside,
            },
        })
    }
}

/// A piece of a paragraph's text with one look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span<'a> {
    pub text: &'a str,
    pub bold: bool,
    pub italic: bool,
    /// The section id a link leads to, shared by every word of the link.
    pub link: Option<&'a Arc<str>>,
}

impl<'a> Span<'a> {
    /// Unstyled text.
    pub fn plain(text: &'a str) -> Self {
        Self {
            text,
            ..Self::default()
        }
    }

    /// The id of the section a link leads to.
    pub fn link_id(&self) -> Option<&'a str> {
        self.link.map(|id| &**id)
    }
}

/// One block of a body, borrowed from it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Block<'a> {
    Paragraph(Paragraph<'a>),
    List {
        /// The first number of a numbered list; `None` for bullets.
        start: Option<u64>,
        items: Items<'a>,
    },
    Callout {
        kind: CalloutKind,
        blocks: Blocks<'a>,
    },
}

impl fmt::Debug for Block<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Block::Paragraph(p) => f.debug_tuple("Paragraph").field(&p.text()).finish(),
            Block::List { start, items } => f
                .debug_struct("List")
                .field("start", start)
                .field("items", items)
                .finish(),
            Block::Callout { kind, blocks } => f
                .debug_struct("Callout")
                .field("kind", kind)
                .field("blocks", blocks)
                .finish(),
        }
    }
}

/// A paragraph: its spans lie side by side in the body's text.
#[derive(Clone, Copy)]
pub struct Paragraph<'a> {
    body: &'a Body,
    runs: &'a [Run],
}

impl<'a> Paragraph<'a> {
    pub fn spans(&self) -> impl Iterator<Item = Span<'a>> + Clone + 'a {
        let body = self.body;
        self.runs.iter().map(move |run| body.span(run))
    }

    /// The paragraph's words with their look left out.
    pub fn text(&self) -> &'a str {
        match (self.runs.first(), self.runs.last()) {
            (Some(first), Some(last)) => self
                .body
                .text
                .get(first.start as usize..last.end as usize)
                .unwrap_or(""),
            _ => "",
        }
    }
}

impl PartialEq for Paragraph<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.spans().eq(other.spans())
    }
}

impl Eq for Paragraph<'_> {}

impl fmt::Debug for Paragraph<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.spans()).finish()
    }
}

/// Blocks side by side: a body's top level, or what a list item or a
/// callout holds.
#[derive(Clone, Copy)]
pub struct Blocks<'a> {
    body: &'a Body,
    at: usize,
    end: usize,
}

impl<'a> Iterator for Blocks<'a> {
    type Item = Block<'a>;

    fn next(&mut self) -> Option<Block<'a>> {
        while self.at < self.end {
            let node = self.body.nodes.get(self.at)?;
            if node.kind == Kind::Item {
                // An item outside a list (only a hand-built body has one):
                // its blocks are shown in place.
                self.at += 1;
                continue;
            }
            let block = self.body.block(self.at)?;
            // `max` keeps the walk moving even on a malformed body.
            self.at = (node.end as usize).max(self.at + 1);
            return Some(block);
        }
        None
    }
}

impl PartialEq for Blocks<'_> {
    fn eq(&self, other: &Self) -> bool {
        Iterator::eq(*self, *other)
    }
}

impl Eq for Blocks<'_> {}

impl fmt::Debug for Blocks<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(*self).finish()
    }
}

/// The items of a list; each item is the blocks it holds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Items<'a>(Blocks<'a>);

impl<'a> Iterator for Items<'a> {
    type Item = Blocks<'a>;

    fn next(&mut self) -> Option<Blocks<'a>> {
        let walk = &mut self.0;
        if walk.at >= walk.end {
            return None;
        }
        let node = walk.body.nodes.get(walk.at)?;
        let item = Blocks {
            body: walk.body,
            at: walk.at + 1,
            end: (node.end as usize).min(walk.end),
        };
        walk.at = (node.end as usize).max(walk.at + 1);
        Some(item)
    }
}

impl fmt::Debug for Items<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(*self).finish()
    }
}

mod builder;
pub use builder::BodyBuilder;

#[cfg(test)]
mod tests;
