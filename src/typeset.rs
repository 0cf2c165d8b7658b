//! Turning a section into lines of a given width: wrapping with textwrap,
//! lists with hanging indents, callouts as labelled boxes, and the sources
//! at the end. The result is plain data, shared by the screen and by
//! `immunoguide print`, and cached per width by the caller.

use std::sync::Arc;

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthStr;

use crate::content::links;
use crate::content::{Block, Blocks, Body, CalloutKind, Guide, Items, Span};
use crate::phrases::Phrases;

mod long_words;
mod pages;
use long_words::split_long_words;

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

/// The lines a callout's box is drawn with. An emergency has a double
/// line, so it stands out on paper and without colour too; double lines
/// are in the Linux console's own font.
struct Frame {
    top_left: &'static str,
    top_right: &'static str,
    bottom_left: &'static str,
    bottom_right: &'static str,
    across: &'static str,
    down: &'static str,
}

impl Frame {
    fn of(kind: CalloutKind) -> Self {
        if kind == CalloutKind::Emergency {
            Frame {
                top_left: "╔",
                top_right: "╗",
                bottom_left: "╚",
                bottom_right: "╝",
                across: "═",
                down: "║",
            }
        } else {
            Frame {
                top_left: "┌",
                top_right: "┐",
                bottom_left: "└",
                bottom_right: "┘",
                across: "─",
                down: "│",
            }
        }
    }
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

/// Lays out one section: title, summary, body, sources.
pub fn section(guide: &Guide, index: usize, width: u16) -> SectionLayout {
    lay_out(guide, index, width, guide.section(index).map(|s| &s.body))
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
    lay_out(guide, index, width, body.as_ref())
}

fn lay_out(guide: &Guide, index: usize, width: u16, body: Option<&Body>) -> SectionLayout {
    let width = width.max(1);
    let mut out = Writer::new(width, &guide.phrases);
    let (Some(section), Some(body)) = (guide.section(index), body) else {
        return SectionLayout {
            width,
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
    let mut out = Writer::new(width.max(1), words);
    out.blocks(body.blocks(), "");
    out.finish().lines
}

/// How a part of a word looks; parts with the same look are joined into
/// one [`Piece`] when a line is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Look<'s> {
    tone: Tone,
    bold: bool,
    italic: bool,
    link: Option<&'s Arc<str>>,
}

impl<'s> Look<'s> {
    fn of(span: &Span<'s>, tone: Tone) -> Self {
        Self {
            tone,
            bold: span.bold,
            italic: span.italic,
            link: span.link,
        }
    }

    fn matches(&self, piece: &Piece) -> bool {
        self.tone == piece.tone
            && self.bold == piece.bold
            && self.italic == piece.italic
            && self.link.map(|l| &**l) == piece.link.as_deref()
    }
}

/// A stretch of a word with one look, borrowed from the text being laid
/// out: words are only copied once, into the lines they end up on.
#[derive(Debug, Clone, Copy)]
struct Part<'s> {
    text: &'s str,
    look: Look<'s>,
}

/// A word as textwrap sees it: one or more parts with no space between
/// them ("**bold**," is two parts but one word), and the space after it.
/// Its parts are `parts[first..last]` of the paragraph's list.
#[derive(Debug)]
struct Word {
    first: usize,
    last: usize,
    width: usize,
    space_after: bool,
    anchor: usize,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        if self.space_after { 1.0 } else { 0.0 }
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Adds text to a line, joining it to the piece before when they look
/// alike, so the screen draws fewer runs.
fn push_text(pieces: &mut Vec<Piece>, text: &str, look: Look<'_>) {
    match pieces.last_mut() {
        Some(last) if look.matches(last) => last.text.push_str(text),
        _ => pieces.push(Piece {
            text: text.to_string(),
            tone: look.tone,
            bold: look.bold,
            italic: look.italic,
            link: look.link.cloned(),
        }),
    }
}

struct Writer<'w> {
    width: usize,
    lines: Vec<Line>,
    words_seen: usize,
    /// The guide's words, for callout labels and headings.
    words: &'w Phrases,
}

impl<'w> Writer<'w> {
    fn new(width: u16, words: &'w Phrases) -> Self {
        Self {
            width: usize::from(width),
            lines: Vec::new(),
            words_seen: 0,
            words,
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
            match block {
                Block::Paragraph(p) => self.paragraph(p.spans(), Tone::Body, indent, indent),
                Block::List { start, items } => self.list(start, items, indent),
                Block::Callout { kind, blocks } => self.callout(kind, blocks, indent),
            }
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

    /// A boxed callout: the label sits in the top border, so the meaning is
    /// in words, and the box marks where it starts and ends.
    fn callout(&mut self, kind: CalloutKind, blocks: Blocks<'_>, indent: &str) {
        let indent_width = display_width(indent);
        let outer = self.width.saturating_sub(indent_width);
        if outer < 6 {
            // Too narrow for a box: keep the label and the words.
            let label = kind.label(self.words);
            self.paragraph([Span::plain(&label)], Tone::Label(kind), indent, indent);
            self.blocks(blocks, indent);
            return;
        }
        let start = self.lines.len();
        let tone = Tone::Callout(kind);
        let frame = Frame::of(kind);
        let label = format!(" {} ", kind.label(self.words));
        let label: String = label.chars().take(outer.saturating_sub(3)).collect();
        let fill = outer.saturating_sub(2 + display_width(&label) + 1);
        let bold = |text: String, tone: Tone| Piece {
            bold: true,
            ..Piece::plain(text, tone)
        };
        self.push_line(vec![
            Piece::plain(indent, Tone::Body),
            bold(format!("{}{}", frame.top_left, frame.across), tone),
            bold(label, Tone::Label(kind)),
            bold(
                format!("{}{}", frame.across.repeat(fill), frame.top_right),
                tone,
            ),
        ]);
        let inner = Writer {
            width: outer - 4,
            lines: Vec::new(),
            words_seen: self.words_seen,
            words: self.words,
        };
        let mut inner = inner;
        inner.blocks(blocks, "");
        self.words_seen = inner.words_seen;
        for line in inner.lines {
            let used: usize = line.pieces.iter().map(|p| display_width(&p.text)).sum();
            let mut pieces = vec![
                Piece::plain(indent, Tone::Body),
                Piece::plain(format!("{} ", frame.down), tone),
            ];
            pieces.extend(line.pieces);
            pieces.push(Piece::plain(
                " ".repeat((outer - 4).saturating_sub(used)),
                Tone::Body,
            ));
            pieces.push(Piece::plain(format!(" {}", frame.down), tone));
            self.lines.push(Line {
                pieces,
                anchor: line.anchor,
                keep_with_next: false,
            });
        }
        self.push_line(vec![
            Piece::plain(indent, Tone::Body),
            Piece::plain(
                format!(
                    "{}{}{}",
                    frame.bottom_left,
                    frame.across.repeat(outer - 2),
                    frame.bottom_right
                ),
                tone,
            ),
        ]);
        // A box stays on one page when it fits.
        self.keep_from(start, false);
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
        let mut parts: Vec<Part<'s>> = Vec::new();
        let mut words: Vec<Word> = Vec::new();
        // Whether the next text starts a new word (after whitespace).
        let mut fresh = true;
        for span in spans {
            let look = Look::of(&span, tone);
            let mut rest = span.text;
            while !rest.is_empty() {
                let trimmed = rest.trim_start();
                if trimmed.len() != rest.len() {
                    if let Some(last) = words.last_mut() {
                        last.space_after = true;
                    }
                    fresh = true;
                    rest = trimmed;
                    continue;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                let (text, tail) = rest.split_at(end);
                parts.push(Part { text, look });
                match words.last_mut() {
                    Some(last) if !fresh => {
                        last.width += display_width(text);
                        last.last = parts.len();
                    }
                    _ => {
                        words.push(Word {
                            first: parts.len() - 1,
                            last: parts.len(),
                            width: display_width(text),
                            space_after: false,
                            anchor: self.words_seen,
                        });
                        self.words_seen += 1;
                    }
                }
                fresh = false;
                rest = tail;
            }
        }
        (parts, words)
    }
}

#[cfg(test)]
mod tests;
