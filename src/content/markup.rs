//! Body markup: the small part of Markdown a guide may use, parsed with
//! pulldown-cmark into [`Body`] blocks. Anything outside that part is an
//! error that names the construct, never silently dropped.

use pulldown_cmark::{BlockQuoteKind, Event, LinkType, Options, Parser, Tag, TagEnd};

use super::body::{Body, BodyBuilder, CalloutKind, Emphasis};
use super::fields::Text;
use super::links::UNTITLED;
use super::problem::{Problem, SourceText};

/// An internal link found in a body, kept so the loader can check that its
/// target exists once every file has been read.
#[derive(Debug, Clone)]
pub struct LinkRef {
    pub target: String,
    pub offset: usize,
    /// Written `[](#id)`: the body holds [`UNTITLED`] where the target's
    /// title goes, filled in once every section's title is known.
    pub untitled: bool,
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
    // Read ahead of the loop so a quote can be checked for an
    // `[!EMERGENCY]` marker, which pulldown-cmark does not know.
    let events: Vec<(Event<'_>, std::ops::Range<usize>)> = Parser::new_ext(&text.value, options)
        .into_offset_iter()
        .collect();
    // What each quote without a GitHub kind says on its first line, in
    // order, and the events holding an emergency marker (in increasing
    // order), which are not words of the body.
    let mut markers = Vec::new();
    let mut skip: Vec<usize> = Vec::new();
    for (index, (event, _)) in events.iter().enumerate() {
        if matches!(event, Event::Start(Tag::BlockQuote(None))) {
            let marker = quote_marker(&events, index);
            if let Marker::Emergency(held) = &marker {
                skip.extend(held);
            }
            markers.push(marker);
        }
    }
    let mut markers = markers.into_iter();
    for (index, (event, range)) in events.into_iter().enumerate() {
        if skip.binary_search(&index).is_ok() {
            continue;
        }
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
                Tag::Paragraph => builder.open(Open::Paragraph),
                Tag::List(start) => builder.open(Open::List(start)),
                Tag::Item => builder.open(Open::Item),
                Tag::BlockQuote(kind) => {
                    let kind = match kind {
                        Some(BlockQuoteKind::Note) => CalloutKind::Note,
                        Some(BlockQuoteKind::Tip) => CalloutKind::Tip,
                        Some(BlockQuoteKind::Important) => CalloutKind::Important,
                        Some(BlockQuoteKind::Warning) => CalloutKind::Warning,
                        Some(BlockQuoteKind::Caution) => CalloutKind::Caution,
                        None => match markers.next().unwrap_or(Marker::None) {
                            Marker::Emergency(_) => CalloutKind::Emergency,
                            Marker::Unknown(written) => {
                                unsupported(
                                    &format!(
                                        "the callout kind `{written}` (the kinds are {})",
                                        kinds_list()
                                    ),
                                    problems,
                                );
                                CalloutKind::Note
                            }
                            Marker::NotAlone(written) => {
                                unsupported(
                                    &format!(
                                        "the callout marker `{written}` with words after it on the same line (put the marker alone on the quote's first line, and the words on the lines below)"
                                    ),
                                    problems,
                                );
                                CalloutKind::Note
                            }
                            Marker::None => {
                                unsupported(
                                    "a quote block (`>`) without a callout kind such as `> [!NOTE]`",
                                    problems,
                                );
                                CalloutKind::Note
                            }
                        },
                    };
                    if builder.in_callout() {
                        unsupported("a callout inside another callout", problems);
                    }
                    builder.open(Open::Callout(kind));
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
                                untitled: false,
                            });
                            builder.link = Some(id.to_string());
                            builder.link_words = false;
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
                TagEnd::Link => {
                    // `[](#id)`: a place for the target's title.
                    if builder.link.is_some() && !builder.link_words {
                        builder.text(&UNTITLED.to_string());
                        if let Some(link) = links.last_mut() {
                            link.untitled = true;
                        }
                    }
                    builder.link = None;
                }
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

/// What a quote's first line says about its kind, beyond the kinds
/// pulldown-cmark knows.
enum Marker {
    /// `[!EMERGENCY]`, alone on the first line: the events that hold it,
    /// to be left out of the text.
    Emergency(Vec<usize>),
    /// `[!SOMETHING]` the guide does not know, as written.
    Unknown(String),
    /// A kind the guide knows, with words after it on its line.
    NotAlone(String),
    None,
}

/// Looks at the first line of the quote that starts at `events[start]`.
/// Like the kinds GitHub knows, the marker is matched without regard to
/// case and must be alone on its line.
fn quote_marker(events: &[(Event<'_>, std::ops::Range<usize>)], start: usize) -> Marker {
    if !matches!(
        events.get(start + 1),
        Some((Event::Start(Tag::Paragraph), _))
    ) {
        return Marker::None;
    }
    let mut written = String::new();
    let mut held = Vec::new();
    let mut at = start + 2;
    while let Some((Event::Text(t), _)) = events.get(at) {
        written.push_str(t);
        held.push(at);
        at += 1;
    }
    let ends_line = matches!(
        events.get(at),
        Some((
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph),
            _
        ))
    );
    let marker = written.trim();
    if ends_line && marker.eq_ignore_ascii_case("[!EMERGENCY]") {
        if matches!(
            events.get(at),
            Some((Event::SoftBreak | Event::HardBreak, _))
        ) {
            held.push(at);
        }
        return Marker::Emergency(held);
    }
    match marker
        .strip_prefix("[!")
        .and_then(|rest| rest.split_once(']'))
    {
        Some((kind, _)) if !kind.is_empty() && !kind.contains(char::is_whitespace) => {
            let written = format!("[!{kind}]");
            if CalloutKind::ALL
                .iter()
                .any(|k| k.marker().eq_ignore_ascii_case(kind))
            {
                Marker::NotAlone(written)
            } else {
                Marker::Unknown(written)
            }
        }
        _ => Marker::None,
    }
}

/// "`[!NOTE]`, `[!TIP]`, …" for messages.
fn kinds_list() -> String {
    let kinds: Vec<String> = CalloutKind::ALL
        .iter()
        .map(|k| format!("`[!{}]`", k.marker()))
        .collect();
    kinds.join(", ")
}

const ALLOWED: &str = "Use only paragraphs, **bold**, *italic*, lists, links to sections and callouts (see docs/guide-format.md).";

/// What is open while a body is read: markup knows more kinds of block
/// than a body keeps, so text is kept only where a body can show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Paragraph,
    List(Option<u64>),
    Item,
    Callout(CalloutKind),
}

#[derive(Default)]
struct Builder {
    body: BodyBuilder,
    stack: Vec<Open>,
    bold: usize,
    italic: usize,
    link: Option<String>,
    /// Whether the open link has words of its own.
    link_words: bool,
}

impl Builder {
    fn in_callout(&self) -> bool {
        self.body.in_callout()
    }

    fn open(&mut self, open: Open) {
        match open {
            Open::Paragraph => self.body.end_paragraph(),
            Open::List(start) => self.body.open_list(start),
            Open::Item => self.body.open_item(),
            Open::Callout(kind) => self.body.open_callout(kind),
        }
        self.stack.push(open);
    }

    fn text(&mut self, text: &str) {
        // Text outside a paragraph or item only comes from constructs
        // already reported as unsupported (a heading, say): nothing to keep.
        if !matches!(self.stack.last(), Some(Open::Paragraph | Open::Item)) {
            return;
        }
        let emphasis = Emphasis {
            bold: self.bold > 0,
            italic: self.italic > 0,
        };
        if self.link.is_some() && !text.trim().is_empty() {
            self.link_words = true;
        }
        self.body.text(text, emphasis, self.link.as_deref());
    }

    fn close(&mut self) {
        match self.stack.pop() {
            Some(Open::Paragraph) => self.body.end_paragraph(),
            Some(_) => self.body.close(),
            None => {}
        }
    }

    fn finish(self) -> Body {
        self.body.finish()
    }
}

#[cfg(test)]
mod tests;
