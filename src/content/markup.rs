//! Body markup: the small part of Markdown a guide may use, parsed with
//! pulldown-cmark into [`Body`] blocks. Anything outside that part is an
//! error that names the construct, never silently dropped.

use pulldown_cmark::{BlockQuoteKind, Event, LinkType, Options, Parser, Tag, TagEnd};

use super::fields::Text;
use super::model::{Block, Body, CalloutKind, Span, SpanText};
use super::problem::{Problem, SourceText};

/// An internal link found in a body, kept so the loader can check that its
/// target exists once every file has been read.
#[derive(Debug, Clone)]
pub struct LinkRef {
    pub target: String,
    pub offset: usize,
}

/// Where the characters of a TOML string begin in the file: after the
/// opening quotes, and after the newline that may follow `"""`.
fn content_start(file: &SourceText, text: &Text) -> usize {
    let raw = file.text.get(text.span.clone()).unwrap_or("");
    let quote = if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
        3
    } else if raw.starts_with('"') || raw.starts_with('\'') {
        1
    } else {
        0
    };
    let mut start = text.span.start + quote;
    let after = &raw[quote.min(raw.len())..];
    if quote == 3 {
        if after.starts_with("\r\n") {
            start += 2;
        } else if after.starts_with('\n') {
            start += 1;
        }
    }
    start
}

/// Parses one body. Offsets in messages are mapped back into the file; in a
/// string with escapes they may be a few characters off, which is still
/// close enough to find the spot.
pub fn parse_body(
    file: &SourceText,
    text: &Text,
    problems: &mut Vec<Problem>,
    links: &mut Vec<LinkRef>,
) -> Body {
    let base = content_start(file, text);
    let at =
        |offset: usize| (base + offset).min(text.span.end.saturating_sub(1).max(text.span.start));
    let mut builder = Builder::default();
    let options = Options::ENABLE_GFM
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    for (event, range) in Parser::new_ext(&text.value, options).into_offset_iter() {
        let offset = at(range.start);
        let unsupported = |what: &str, problems: &mut Vec<Problem>| {
            problems.push(file.error(
                offset,
                format!(
                    "The body uses {what}, which the guide cannot show. {}",
                    ALLOWED
                ),
            ));
        };
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => builder.open(Frame::Paragraph(Vec::new())),
                Tag::List(start) => builder.open(Frame::List {
                    start,
                    items: Vec::new(),
                }),
                Tag::Item => builder.open(Frame::Item {
                    blocks: Vec::new(),
                    loose: Vec::new(),
                }),
                Tag::BlockQuote(kind) => {
                    let kind = match kind {
                        Some(BlockQuoteKind::Note) => CalloutKind::Note,
                        Some(BlockQuoteKind::Tip) => CalloutKind::Tip,
                        Some(BlockQuoteKind::Important) => CalloutKind::Important,
                        Some(BlockQuoteKind::Warning) => CalloutKind::Warning,
                        Some(BlockQuoteKind::Caution) => CalloutKind::Caution,
                        None => {
                            unsupported(
                                "a quote block (`>`) without a callout kind such as `> [!NOTE]`",
                                problems,
                            );
                            CalloutKind::Note
                        }
                    };
                    if builder.in_callout() {
                        unsupported("a callout inside another callout", problems);
                    }
                    builder.open(Frame::Callout {
                        kind,
                        blocks: Vec::new(),
                    });
                }
                Tag::Strong => builder.bold += 1,
                Tag::Emphasis => builder.italic += 1,
                Tag::Link {
                    link_type,
                    dest_url,
                    ..
                } => {
                    let target = dest_url.strip_prefix('#').filter(|_| {
                        matches!(
                            link_type,
                            LinkType::Inline
                                | LinkType::Reference
                                | LinkType::Shortcut
                                | LinkType::Collapsed
                        )
                    });
                    match target {
                        Some(id) if !id.is_empty() => {
                            links.push(LinkRef {
                                target: id.to_string(),
                                offset,
                            });
                            builder.link = Some(std::sync::Arc::from(id));
                        }
                        _ => unsupported(
                            &format!(
                                "a link to `{dest_url}`; only links to other sections, like `[words](#section-id)`, are allowed (web addresses belong in sources.toml)"
                            ),
                            problems,
                        ),
                    }
                }
                Tag::Heading { .. } => unsupported("a heading (`#`)", problems),
                Tag::CodeBlock(_) => unsupported("a code block", problems),
                Tag::HtmlBlock => unsupported("HTML", problems),
                Tag::FootnoteDefinition(_) => unsupported("a footnote", problems),
                Tag::Table(_) => unsupported("a table", problems),
                Tag::TableHead | Tag::TableRow | Tag::TableCell => {}
                Tag::Strikethrough => unsupported("strikethrough (`~~`)", problems),
                Tag::Image { .. } => unsupported("an image", problems),
                Tag::DefinitionList | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                    unsupported("a definition list", problems)
                }
                Tag::Superscript | Tag::Subscript => {
                    unsupported("superscript or subscript", problems)
                }
                Tag::MetadataBlock(_) => unsupported("a metadata block", problems),
            },
            Event::End(end) => match end {
                TagEnd::Paragraph | TagEnd::List(_) | TagEnd::Item | TagEnd::BlockQuote(_) => {
                    builder.close()
                }
                TagEnd::Strong => builder.bold = builder.bold.saturating_sub(1),
                TagEnd::Emphasis => builder.italic = builder.italic.saturating_sub(1),
                TagEnd::Link => builder.link = None,
                _ => {}
            },
            Event::Text(t) => builder.text(&t),
            Event::SoftBreak | Event::HardBreak => builder.text(" "),
            Event::Code(_) => unsupported("code (text in backticks)", problems),
            Event::Html(_) | Event::InlineHtml(_) => unsupported("HTML", problems),
            Event::InlineMath(_) | Event::DisplayMath(_) => unsupported("math", problems),
            Event::FootnoteReference(_) => unsupported("a footnote", problems),
            Event::Rule => unsupported("a horizontal rule (`---`)", problems),
            Event::TaskListMarker(_) => unsupported("a task-list box (`[ ]`)", problems),
        }
    }
    builder.finish()
}

const ALLOWED: &str = "Use only paragraphs, **bold**, *italic*, lists, links to sections and callouts (see docs/guide-format.md).";

/// A span while its paragraph is being gathered: its text still grows.
struct Raw {
    text: String,
    bold: bool,
    italic: bool,
    link: Option<std::sync::Arc<str>>,
}

/// A finished paragraph: its text in one shared allocation, the spans
/// pointing into it, and no spare room kept (a guide holds thousands of
/// bodies for as long as it runs).
fn compact(raw: Vec<Raw>) -> Vec<Span> {
    let mut text = String::with_capacity(raw.iter().map(|r| r.text.len()).sum());
    let mut ranges = Vec::with_capacity(raw.len());
    for r in &raw {
        let start = text.len();
        text.push_str(&r.text);
        ranges.push(start..text.len());
    }
    SpanText::split(text, &ranges)
        .into_iter()
        .zip(raw)
        .map(|(text, r)| Span {
            text,
            bold: r.bold,
            italic: r.italic,
            link: r.link,
        })
        .collect()
}

enum Frame {
    Paragraph(Vec<Raw>),
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    /// A list item. Tight lists put text straight into the item, so it is
    /// gathered in `loose` and becomes a paragraph when a block starts.
    Item {
        blocks: Vec<Block>,
        loose: Vec<Raw>,
    },
    Callout {
        kind: CalloutKind,
        blocks: Vec<Block>,
    },
}

#[derive(Default)]
struct Builder {
    done: Vec<Block>,
    stack: Vec<Frame>,
    bold: usize,
    italic: usize,
    link: Option<std::sync::Arc<str>>,
}

impl Builder {
    fn in_callout(&self) -> bool {
        self.stack
            .iter()
            .any(|f| matches!(f, Frame::Callout { .. }))
    }

    fn open(&mut self, frame: Frame) {
        if let Some(Frame::Item { blocks, loose }) = self.stack.last_mut()
            && !loose.is_empty()
        {
            blocks.push(Block::Paragraph(compact(std::mem::take(loose))));
        }
        self.stack.push(frame);
    }

    fn text(&mut self, text: &str) {
        let span = Raw {
            text: text.to_string(),
            bold: self.bold > 0,
            italic: self.italic > 0,
            link: self.link.clone(),
        };
        let spans = match self.stack.last_mut() {
            Some(Frame::Paragraph(spans)) => spans,
            Some(Frame::Item { loose, .. }) => loose,
            // Text outside any block only comes from constructs already
            // reported as unsupported (a heading, say): nothing to keep.
            _ => return,
        };
        // Adjacent text with the same look is one span: fewer pieces to wrap.
        match spans.last_mut() {
            Some(last)
                if last.bold == span.bold
                    && last.italic == span.italic
                    && last.link == span.link =>
            {
                last.text.push_str(&span.text)
            }
            _ => spans.push(span),
        }
    }

    fn close(&mut self) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        let block = match frame {
            Frame::Paragraph(spans) => {
                if spans.iter().all(|s| s.text.trim().is_empty()) {
                    return;
                }
                Block::Paragraph(compact(spans))
            }
            Frame::List { start, mut items } => {
                items.shrink_to_fit();
                Block::List { start, items }
            }
            Frame::Item { mut blocks, loose } => {
                if !loose.is_empty() {
                    blocks.push(Block::Paragraph(compact(loose)));
                }
                blocks.shrink_to_fit();
                if let Some(Frame::List { items, .. }) = self.stack.last_mut() {
                    items.push(blocks);
                }
                return;
            }
            Frame::Callout { kind, mut blocks } => {
                blocks.shrink_to_fit();
                Block::Callout { kind, blocks }
            }
        };
        match self.stack.last_mut() {
            None => self.done.push(block),
            Some(Frame::Item { blocks, loose }) => {
                if !loose.is_empty() {
                    blocks.push(Block::Paragraph(compact(std::mem::take(loose))));
                }
                blocks.push(block);
            }
            Some(Frame::Callout { blocks, .. }) => blocks.push(block),
            // A list holds only items and a paragraph holds only text; any
            // other nesting comes from unsupported markup already reported.
            Some(Frame::List { .. } | Frame::Paragraph(_)) => {}
        }
    }

    fn finish(mut self) -> Body {
        while !self.stack.is_empty() {
            self.close();
        }
        self.done.shrink_to_fit();
        Body { blocks: self.done }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(body: &str) -> (Body, Vec<Problem>, Vec<LinkRef>) {
        let toml = format!("body = \"\"\"\n{body}\"\"\"\n");
        let file = SourceText::new("t.toml", toml.clone());
        let start = toml.find("\"\"\"").unwrap_or(0);
        let text = Text {
            value: body.to_string(),
            span: start..toml.len() - 1,
        };
        let mut problems = Vec::new();
        let mut links = Vec::new();
        let parsed = parse_body(&file, &text, &mut problems, &mut links);
        (parsed, problems, links)
    }

    #[test]
    fn paragraphs_emphasis_and_links() {
        let (body, problems, links) = parse("Hello **you** and *me*.\n\nSee [skin](#skin).\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(body.blocks.len(), 2);
        let Block::Paragraph(spans) = &body.blocks[0] else {
            panic!("not a paragraph")
        };
        assert!(spans.iter().any(|s| s.bold && s.text == "you"));
        assert!(spans.iter().any(|s| s.italic && s.text == "me"));
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].target, "skin");
    }

    #[test]
    fn tight_lists_and_callouts() {
        let (body, problems, _) = parse("- one\n- two\n\n> [!WARNING]\n> Call now.\n> - fever\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert!(matches!(&body.blocks[0], Block::List { start: None, items } if items.len() == 2));
        let Block::Callout { kind, blocks } = &body.blocks[1] else {
            panic!("not a callout")
        };
        assert_eq!(*kind, CalloutKind::Warning);
        assert_eq!(blocks.len(), 2);
    }

    #[test]
    fn unsupported_markup_is_named_with_its_line() {
        let (_, problems, _) = parse("Fine.\n\n# Heading\n");
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("a heading"));
        assert_eq!((problems[0].line, problems[0].column), (4, 1));
        for (markup, name) in [
            ("`x`", "code"),
            ("<b>x</b>", "HTML"),
            ("[web](https://example.org)", "a link to"),
            ("> plain quote", "quote block"),
            ("---", "horizontal rule"),
            ("![i](x.png)", "an image"),
            ("| a | b |\n|---|---|\n| 1 | 2 |", "a table"),
        ] {
            let (_, problems, _) = parse(&format!("{markup}\n"));
            assert!(
                problems.iter().any(|p| p.message.contains(name)),
                "{markup}: {problems:?}"
            );
        }
    }
}
