//! Turning a section into lines of a given width: wrapping with textwrap,
//! lists with hanging indents, callouts as labelled boxes (`boxes`) or in
//! words for the plain layout (`in_words`), and the sources at the end.
//! The result is plain data, shared by the screen and by `immunoguide
//! print`, and cached per width by the caller.

use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthStr;

use crate::content::links;
use crate::content::{Block, Blocks, Body, CalloutKind, Guide, Items, Span};
use crate::phrases::Phrases;

mod boxes;
mod in_words;
mod long_words;
mod pages;
mod words;
use long_words::split_long_words;
use words::{Look, Part, Word, push_text};

/// How callouts are laid out: in a box with the label in its top border,
/// or, for the linear mode's screen readers and magnifiers, in words
/// alone ("Warning: …"), with no box-drawing characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Callouts {
    #[default]
    Boxed,
    InWords,
}

/// Columns a text takes on screen, measured as the screen measures it:
/// whole strings, so an emoji with its variation selector counts as two.
fn display_width(text: &str) -> usize {
    text.width()
}

/// What a piece of text is, so the screen can give it a look. Meaning
/// never rests on colour alone: callouts carry a label in words, links are
/// underlined, titles are bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    Body,
    Title,
    Summary,
    /// Bullets and numbers in front of list items.
    Marker,
    /// A callout's frame.
    Callout(CalloutKind),
    /// A callout's label, in words, in its top border.
    Label(CalloutKind),
    /// Sources and other notes about the text.
    Meta,
}

/// A run of text with one look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub tone: Tone,
    pub bold: bool,
    pub italic: bool,
    /// The section a link leads to.
    pub link: Option<std::sync::Arc<str>>,
}

impl Piece {
    fn plain(text: impl Into<String>, tone: Tone) -> Self {
        Self {
            text: text.into(),
            tone,
            bold: false,
            italic: false,
            link: None,
        }
    }
}

/// One line on screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Line {
    pub pieces: Vec<Piece>,
    /// The number of the first word on this line, counted from the start
    /// of the section, so a reader keeps their place when the width changes.
    pub anchor: usize,
    /// A page may not end after this line: it belongs with the next one
    /// (inside a list item or a box, or a title). See `typeset::pages`.
    pub keep_with_next: bool,
}

impl Line {
    /// One plain piece of text in one tone: a line as tests write it.
    #[cfg(test)]
    pub(crate) fn plain(text: &str, tone: Tone) -> Line {
        Line {
            pieces: vec![Piece {
                text: text.into(),
                tone,
                bold: false,
                italic: false,
                link: None,
            }],
            anchor: 0,
            keep_with_next: false,
        }
    }

    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

/// A section laid out at one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionLayout {
    pub width: u16,
    pub lines: Vec<Line>,
}

impl SectionLayout {
    /// The line index that shows the given word, for keeping a place.
    pub fn line_of_anchor(&self, anchor: usize) -> usize {
        self.lines
            .partition_point(|l| l.anchor <= anchor)
            .saturating_sub(1)
    }
}

/// In front of a link on screen, so a link differs from a glossary word
/// without colour: the arrow says it leads somewhere. It is part of the
/// laid-out text, so lines wrap around it and nothing moves when colours
/// change; it joins the link's first word, so it is never alone at the end
/// of a line and counts as no word of its own. Not on paper, where a link
/// names the section instead.
pub const LINK_MARKER: &str = "→ ";

/// Lays out one section: title, summary, body, sources.
pub fn section(guide: &Guide, index: usize, width: u16) -> SectionLayout {
    section_with(guide, index, width, Callouts::Boxed)
}

/// [`section`] with callouts laid out as asked.
pub fn section_with(guide: &Guide, index: usize, width: u16, callouts: Callouts) -> SectionLayout {
    let body = guide.section(index).map(|s| &s.body);
    lay_out(
        guide,
        index,
        Writer::new(width, callouts, LINK_MARKER, &guide.phrases),
        body,
    )
}

/// Lays out one section for paper (`immunoguide print`), where a link
/// cannot be followed: a link whose words are not its target's title
/// names the title too.
pub fn section_on_paper(guide: &Guide, index: usize, width: u16) -> SectionLayout {
    let title_of = |id: &str| {
        guide
            .section_index(id)
            .and_then(|i| guide.section(i))
            .map(|s| s.title.as_str())
    };
    let body = guide
        .section(index)
        .map(|s| links::for_paper(&s.body, &title_of));
    lay_out(
        guide,
        index,
        Writer::new(width, Callouts::Boxed, "", &guide.phrases),
        body.as_ref(),
    )
}

fn lay_out(guide: &Guide, index: usize, mut out: Writer<'_>, body: Option<&Body>) -> SectionLayout {
    let width = out.width;
    let (Some(section), Some(body)) = (guide.section(index), body) else {
        return SectionLayout {
            width: u16::try_from(width).unwrap_or(u16::MAX),
            lines: Vec::new(),
        };
    };
    out.paragraph(
        [Span {
            bold: true,
            ..Span::plain(&section.title)
        }],
        Tone::Title,
        "",
        "",
    );
    if let Some(summary) = &section.summary {
        out.blank();
        // The title never ends a page: it goes with the line after it.
        out.keep_from(0, true);
        out.paragraph(
            [Span {
                italic: true,
                ..Span::plain(summary)
            }],
            Tone::Summary,
            "",
            "",
        );
    }
    out.blank();
    if section.summary.is_none() {
        out.keep_from(0, true);
    }
    out.blocks(body.blocks(), "");
    let sources: Vec<String> = section
        .sources
        .iter()
        .filter_map(|id| guide.source(id))
        .map(|s| s.citation())
        .collect();
    if !sources.is_empty() {
        out.blank();
        let heading = guide.phrases.get("sources-heading");
        out.paragraph([Span::plain(&heading)], Tone::Meta, "", "");
        out.keep_from(out.lines.len().saturating_sub(1), true);
        // A compact numbered list, each source kept whole on a page.
        let digits = sources.len().to_string().len();
        let rest = " ".repeat(digits + 2);
        for (n, source) in sources.iter().enumerate() {
            let start = out.lines.len();
            let number = format!("{:>digits$}. ", n + 1);
            out.paragraph([Span::plain(source)], Tone::Meta, &number, &rest);
            out.keep_from(start, false);
        }
    }
    out.finish()
}

/// Lays out free-standing text (the welcome screen), with callout labels
/// in the language of `words`.
pub fn body(body: &Body, width: u16, words: &Phrases) -> Vec<Line> {
    body_with(body, width, Callouts::Boxed, words)
}

/// [`body`] with callouts laid out as asked.
pub fn body_with(body: &Body, width: u16, callouts: Callouts, words: &Phrases) -> Vec<Line> {
    let mut out = Writer::new(width, callouts, LINK_MARKER, words);
    out.blocks(body.blocks(), "");
    out.finish().lines
}

struct Writer<'w> {
    width: usize,
    lines: Vec<Line>,
    words_seen: usize,
    callouts: Callouts,
    /// Put in front of each link: [`LINK_MARKER`] on screen, nothing on
    /// paper.
    link_marker: &'static str,
    /// The guide's words, for callout labels and headings.
    phrases: &'w Phrases,
}

impl<'w> Writer<'w> {
    fn new(
        width: u16,
        callouts: Callouts,
        link_marker: &'static str,
        phrases: &'w Phrases,
    ) -> Self {
        Self {
            width: usize::from(width.max(1)),
            lines: Vec::new(),
            words_seen: 0,
            callouts,
            phrases,
            link_marker,
        }
    }

    fn finish(self) -> SectionLayout {
        SectionLayout {
            width: u16::try_from(self.width).unwrap_or(u16::MAX),
            lines: self.lines,
        }
    }

    /// Marks the lines from `start` as belonging together on one page:
    /// each keeps with the next, the last one too when `with_next` is set.
    fn keep_from(&mut self, start: usize, with_next: bool) {
        let end = self.lines.len();
        for (i, line) in self.lines.iter_mut().enumerate().skip(start) {
            line.keep_with_next = with_next || i + 1 < end;
        }
    }

    fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.pieces.is_empty()) {
            self.lines.push(Line {
                pieces: Vec::new(),
                anchor: self.words_seen,
                keep_with_next: false,
            });
        }
    }

    fn blocks(&mut self, blocks: Blocks<'_>, indent: &str) {
        for (i, block) in blocks.enumerate() {
            if i > 0 {
                self.blank();
            }
            self.block(block, indent);
        }
    }

    fn block(&mut self, block: Block<'_>, indent: &str) {
        match block {
            Block::Paragraph(p) => self.paragraph(p.spans(), Tone::Body, indent, indent),
            Block::List { start, items } => self.list(start, items, indent),
            Block::Callout { kind, blocks } => self.callout(kind, blocks, indent),
        }
    }

    fn list(&mut self, start: Option<u64>, items: Items<'_>, indent: &str) {
        // Lists inside lists step in, but never past half the width:
        // deeper ones line up, so the words keep room.
        let indent = if display_width(indent) + 4 > self.width / 2 {
            ""
        } else {
            indent
        };
        for (n, item) in items.enumerate() {
            let marker = match start {
                Some(first) => format!("{}. ", first.saturating_add(n as u64)),
                None => "• ".to_string(),
            };
            let first = format!("{indent}{marker}");
            let rest = format!("{indent}{}", " ".repeat(display_width(&marker)));
            self.list_item(item, &first, &rest);
        }
    }

    fn list_item(&mut self, blocks: Blocks<'_>, first: &str, rest: &str) {
        let start = self.lines.len();
        self.list_item_blocks(blocks, first, rest);
        // A list item stays on one page when it fits.
        self.keep_from(start, false);
    }

    fn list_item_blocks(&mut self, blocks: Blocks<'_>, first: &str, rest: &str) {
        let mut lead = first.to_string();
        for (i, block) in blocks.enumerate() {
            match block {
                Block::Paragraph(p) => {
                    if i > 0 {
                        self.blank();
                    }
                    self.paragraph(p.spans(), Tone::Body, &lead, rest);
                    lead = rest.to_string();
                }
                Block::List { start, items } => self.list(start, items, rest),
                Block::Callout { kind, blocks } => self.callout(kind, blocks, rest),
            }
        }
    }

    /// A callout: a box with its label in the top border, or in words.
    fn callout(&mut self, kind: CalloutKind, blocks: Blocks<'_>, indent: &str) {
        match self.callouts {
            Callouts::Boxed => self.callout_boxed(kind, blocks, indent),
            Callouts::InWords => self.callout_in_words(kind, blocks, indent),
        }
    }

    fn push_line(&mut self, pieces: Vec<Piece>) {
        self.lines.push(Line {
            pieces,
            anchor: self.words_seen,
            keep_with_next: false,
        });
    }

    /// Wraps one paragraph. `first` and `rest` are the prefixes of its first
    /// and following lines (a bullet, then the hanging indent).
    fn paragraph<'s, 'p>(
        &mut self,
        spans: impl IntoIterator<Item = Span<'s>>,
        tone: Tone,
        first: &'p str,
        rest: &'p str,
    ) {
        let (parts, words) = self.words(spans, tone);
        if words.is_empty() {
            return;
        }
        // On a very narrow column a bullet and indent would leave no room
        // for a single letter: then the words go first.
        let width = self.width;
        let fit = |prefix: &'p str| -> &'p str {
            if display_width(prefix) < width {
                prefix
            } else {
                ""
            }
        };
        let (first, rest) = (fit(first), fit(rest));
        let first_width = self.width.saturating_sub(display_width(first)).max(1);
        let rest_width = self.width.saturating_sub(display_width(rest)).max(1);
        let widths = [first_width as f64, rest_width as f64];
        let (parts, words) = split_long_words(parts, words, rest_width.min(first_width));
        let marker = Look {
            tone: if tone == Tone::Body {
                Tone::Marker
            } else {
                tone
            },
            bold: false,
            italic: false,
            link: None,
        };
        for (n, line_words) in wrap_first_fit(&words, &widths).into_iter().enumerate() {
            let prefix = if n == 0 { first } else { rest };
            let mut pieces = Vec::new();
            if !prefix.is_empty() {
                push_text(&mut pieces, prefix, marker);
            }
            for (i, word) in line_words.iter().enumerate() {
                let word_parts = parts.get(word.first..word.last).unwrap_or_default();
                for part in word_parts {
                    push_text(&mut pieces, part.text, part.look);
                }
                if word.space_after && i + 1 < line_words.len() {
                    // The space keeps the look of the word before it (so
                    // bold phrases stay whole) but is never part of a link.
                    let look = word_parts.last().map_or(
                        Look {
                            tone,
                            bold: false,
                            italic: false,
                            link: None,
                        },
                        |p| p.look,
                    );
                    push_text(&mut pieces, " ", Look { link: None, ..look });
                }
            }
            let anchor = line_words.first().map_or(self.words_seen, |w| w.anchor);
            self.lines.push(Line {
                pieces,
                anchor,
                keep_with_next: false,
            });
        }
    }

    /// Splits spans into words, each a run of parts with no space between.
    fn words<'s>(
        &mut self,
        spans: impl IntoIterator<Item = Span<'s>>,
        tone: Tone,
    ) -> (Vec<Part<'s>>, Vec<Word>) {
        words::split(spans, tone, self.link_marker, &mut self.words_seen)
    }
}

#[cfg(test)]
mod tests;
