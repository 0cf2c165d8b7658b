//! The handout as one HTML file a nurse can open and print from any
//! browser: the styles are inside it, and it has no scripts and loads
//! nothing from anywhere else. Every piece of guide text is escaped.
//! The markup is also well-formed XML, so a strict parser can check it.

use std::fmt::Write as _;

use crate::content::{Block, Blocks, CalloutKind, Span};

use super::escape::{css_string, html_attr, html_text, html_url_text, is_web_address};
use super::handout::{Entry, Handout, note_anchor, section_anchor, term_anchor};
use crate::paper::words::PageFooter;

mod fill_in;

/// The look of the handout on screen and on paper.
const STYLE: &str = include_str!("handout.css");

pub fn write(handout: &Handout<'_>) -> String {
    let mut out = String::with_capacity(256 * 1024);
    let about = &handout.guide.about;
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    html_attr(&about.language, &mut out);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\" />\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
    out.push_str("<title>");
    html_text(&about.title, &mut out);
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    page_numbers(handout, &mut out);
    out.push_str("</style>\n</head>\n<body>\n");
    title_page(handout, &mut out);
    contents(handout, &mut out);
    out.push_str("<main>\n");
    for entry in &handout.entries {
        section(handout, entry, &mut out);
    }
    out.push_str("</main>\n");
    fill_in::write(handout, &mut out);
    notes(handout, &mut out);
    glossary(handout, &mut out);
    out.push_str("</body>\n</html>\n");
    out
}

/// "Page 3 of 12" at the foot of each printed page, in the guide's
/// language.
fn page_numbers(handout: &Handout<'_>, out: &mut String) {
    out.push_str("@page { @bottom-center { content:");
    for piece in handout.words.page_footer() {
        match piece {
            PageFooter::Words(words) => {
                out.push_str(" \"");
                css_string(&words, out);
                out.push('"');
            }
            PageFooter::Page => out.push_str(" counter(page)"),
            PageFooter::Pages => out.push_str(" counter(pages)"),
        }
    }
    out.push_str("; } }\n");
}

fn title_page(handout: &Handout<'_>, out: &mut String) {
    let about = &handout.guide.about;
    let words = &handout.words;
    out.push_str("<header class=\"title-page\">\n<h1>");
    html_text(&about.title, out);
    out.push_str("</h1>\n<p class=\"purpose\">");
    html_text(&about.purpose, out);
    out.push_str("</p>\n<div class=\"notice disclaimer\"><p><strong>");
    html_text(&words.disclaimer_label, out);
    out.push_str(":</strong> ");
    html_text(&about.disclaimer, out);
    out.push_str("</p></div>\n<div class=\"notice emergency\"><p><strong>");
    html_text(&about.emergency, out);
    out.push_str("</strong></p></div>\n<p class=\"review\">");
    html_text(&about.review_note(&handout.guide.phrases), out);
    out.push_str("</p>\n<p class=\"version\">");
    html_text(&words.version(&about.version), out);
    out.push_str("</p>\n</header>\n");
}

/// The contents: every section with its number, then the fill-in pages,
/// the sources and the glossary. Nested lists follow the handout's levels.
fn contents(handout: &Handout<'_>, out: &mut String) {
    let words = &handout.words;
    out.push_str(
        "<nav class=\"contents\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">",
    );
    html_text(&words.contents, out);
    out.push_str("</h2>\n<ol class=\"toc\">\n");
    let mut open = 0usize;
    for (i, entry) in handout.entries.iter().enumerate() {
        let Some(section) = handout.section(entry) else {
            continue;
        };
        if i > 0 {
            if entry.level > open {
                // Only one step at a time: a deeper jump is drawn one
                // level in, which keeps the lists well formed.
                out.push_str("\n<ol>\n");
                open += 1;
            } else {
                out.push_str("</li>\n");
                while open > entry.level {
                    out.push_str("</ol>\n</li>\n");
                    open -= 1;
                }
            }
        }
        out.push_str("<li><a href=\"#");
        html_attr(&section_anchor(&section.id), out);
        out.push_str("\"><span class=\"number\">");
        html_text(&entry.number, out);
        out.push_str("</span> ");
        html_text(&section.title, out);
        out.push_str("</a>");
    }
    if !handout.entries.is_empty() {
        out.push_str("</li>\n");
        while open > 0 {
            out.push_str("</ol>\n</li>\n");
            open -= 1;
        }
    }
    for (id, title) in [
        ("fill-in", &words.fill_in),
        ("sources", &words.sources),
        ("glossary", &words.glossary),
    ] {
        if id == "glossary" && handout.glossary.is_empty() {
            continue;
        }
        if id == "sources" && handout.notes.is_empty() {
            continue;
        }
        let _ = write!(out, "<li class=\"part\"><a href=\"#{id}\">");
        html_text(title, out);
        out.push_str("</a></li>\n");
    }
    out.push_str("</ol>\n</nav>\n");
}

fn section(handout: &Handout<'_>, entry: &Entry, out: &mut String) {
    let Some(section) = handout.section(entry) else {
        return;
    };
    let words = &handout.words;
    let heading = (entry.level + 2).min(6);
    let _ = write!(
        out,
        "<section class=\"entry level-{}\" id=\"",
        entry.level.min(4)
    );
    html_attr(&section_anchor(&section.id), out);
    let _ = write!(out, "\">\n<h{heading}><span class=\"number\">");
    html_text(&entry.number, out);
    out.push_str("</span> ");
    html_text(&section.title, out);
    let _ = writeln!(out, "</h{heading}>");
    if let Some(summary) = &section.summary {
        out.push_str("<p class=\"summary\">");
        html_text(summary, out);
        out.push_str("</p>\n");
    }
    blocks(handout, section.body.blocks(), out);
    out.push_str("<p class=\"meta\">");
    if !entry.notes.is_empty() {
        html_text(&words.sources, out);
        out.push_str(": ");
        for (i, n) in entry.notes.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "<a href=\"#{}\">{n}</a>", note_anchor(*n));
        }
        out.push_str(". ");
    }
    let date = section.reviewed.long(&handout.guide.phrases);
    html_text(&words.reviewed(&date), out);
    out.push_str(".</p>\n</section>\n");
}

fn blocks(handout: &Handout<'_>, blocks: Blocks<'_>, out: &mut String) {
    for block in blocks {
        match block {
            Block::Paragraph(p) => {
                out.push_str("<p>");
                spans(handout, p.spans(), out);
                out.push_str("</p>\n");
            }
            Block::List { start, items } => {
                match start {
                    Some(1) => out.push_str("<ol>\n"),
                    Some(n) => {
                        let _ = writeln!(out, "<ol start=\"{n}\">");
                    }
                    None => out.push_str("<ul>\n"),
                }
                for item in items {
                    out.push_str("<li>");
                    blocks_in_item(handout, item, out);
                    out.push_str("</li>\n");
                }
                out.push_str(if start.is_some() {
                    "</ol>\n"
                } else {
                    "</ul>\n"
                });
            }
            Block::Callout {
                kind,
                blocks: inside,
            } => {
                out.push_str("<aside class=\"callout callout-");
                html_attr(&callout_class(kind), out);
                out.push_str("\" role=\"note\">\n<p class=\"callout-label\">");
                html_text(&kind.label(&handout.guide.phrases), out);
                out.push_str("</p>\n");
                self::blocks(handout, inside, out);
                out.push_str("</aside>\n");
            }
        }
    }
}

/// A list item: a lone paragraph is written bare, so a tight list stays
/// tight on paper.
fn blocks_in_item(handout: &Handout<'_>, item: Blocks<'_>, out: &mut String) {
    let mut all = item.peekable();
    if let Some(Block::Paragraph(p)) = all.peek().copied()
        && item.count() == 1
    {
        spans(handout, p.spans(), out);
        return;
    }
    out.push('\n');
    blocks(handout, item, out);
}

/// The class a callout kind is styled by: its name in lowercase
/// (`callout-warning`). A kind added to the guide format later gets a
/// class of its own the same way, and the plain callout look until the
/// style sheet gives it one.
pub fn callout_class(kind: CalloutKind) -> String {
    format!("{kind:?}").to_lowercase()
}

/// A paragraph's text. Spans that lead to the same section become one
/// link; on paper the link's section number follows it, so a reader can
/// find it without clicking.
fn spans<'a>(handout: &Handout<'_>, spans: impl Iterator<Item = Span<'a>>, out: &mut String) {
    let mut open: Option<&str> = None;
    for span in spans {
        let link = span.link_id();
        if open.is_some() && open != link {
            close_link(handout, open, out);
            open = None;
        }
        if open.is_none()
            && let Some(id) = link
        {
            open = Some(id);
            if handout.target(id).is_some() {
                out.push_str("<a class=\"xref\" href=\"#");
                html_attr(&section_anchor(id), out);
                out.push_str("\">");
            }
        }
        if span.bold {
            out.push_str("<strong>");
        }
        if span.italic {
            out.push_str("<em>");
        }
        html_text(span.text, out);
        if span.italic {
            out.push_str("</em>");
        }
        if span.bold {
            out.push_str("</strong>");
        }
    }
    close_link(handout, open, out);
}

fn close_link(handout: &Handout<'_>, open: Option<&str>, out: &mut String) {
    let Some(id) = open else {
        return;
    };
    let words = &handout.words;
    match handout.target(id) {
        Some(entry) => {
            out.push_str("</a> <span class=\"see\">(");
            html_text(&words.section(&entry.number), out);
            out.push_str(")</span>");
        }
        // A section left off this handout: say where it is, unless it is
        // only about using the screen, which is nowhere on paper.
        None => {
            let on_paper = handout
                .guide
                .section_index(id)
                .is_some_and(|i| !handout.guide.is_screen_only(i));
            if on_paper {
                out.push_str(" <span class=\"see\">(");
                html_text(&words.not_in_handout, out);
                out.push_str(")</span>");
            }
        }
    }
}

/// The sources as numbered notes, each with its whole web address
/// printed, so a reader of paper can type it.
fn notes(handout: &Handout<'_>, out: &mut String) {
    if handout.notes.is_empty() {
        return;
    }
    let words = &handout.words;
    out.push_str("<section class=\"notes\" id=\"sources\">\n<h2>");
    html_text(&words.sources, out);
    out.push_str("</h2>\n<p class=\"lead\">");
    html_text(&words.sources_lead, out);
    out.push_str("</p>\n<ol class=\"note-list\">\n");
    for (i, source) in handout.notes.iter().enumerate() {
        let n = i + 1;
        let _ = write!(out, "<li id=\"{}\">", note_anchor(n));
        html_text(&source.publisher, out);
        out.push_str(". <cite>");
        html_text(&source.title, out);
        out.push_str("</cite>");
        if let Some(year) = source.year {
            let _ = write!(out, " ({year})");
        }
        out.push('.');
        if let Some(url) = &source.url {
            out.push(' ');
            if is_web_address(url) {
                out.push_str("<a class=\"url\" href=\"");
                html_attr(url, out);
                out.push_str("\">");
                html_url_text(url, out);
                out.push_str("</a>");
            } else {
                out.push_str("<span class=\"url\">");
                html_url_text(url, out);
                out.push_str("</span>");
            }
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</section>\n");
}

fn glossary(handout: &Handout<'_>, out: &mut String) {
    if handout.glossary.is_empty() {
        return;
    }
    let words = &handout.words;
    out.push_str("<section class=\"glossary\" id=\"glossary\">\n<h2>");
    html_text(&words.glossary, out);
    out.push_str("</h2>\n<dl>\n");
    for term in &handout.glossary {
        out.push_str("<div class=\"term\" id=\"");
        html_attr(&term_anchor(&term.id), out);
        out.push_str("\">\n<dt>");
        html_text(&term.term, out);
        out.push_str("</dt>\n<dd>");
        html_text(&term.definition, out);
        if !term.aliases.is_empty() {
            out.push_str(" <span class=\"aliases\">");
            html_text(&words.also_called, out);
            out.push_str(": ");
            html_text(&term.aliases.join(", "), out);
            out.push_str(".</span>");
        }
        let related: Vec<&Entry> = term
            .see_also
            .iter()
            .filter_map(|id| handout.target(id))
            .collect();
        if !related.is_empty() {
            out.push_str(" <span class=\"related\">");
            html_text(&words.see_also, out);
            out.push_str(": ");
            for (i, entry) in related.iter().enumerate() {
                let Some(section) = handout.section(entry) else {
                    continue;
                };
                if i > 0 {
                    out.push_str("; ");
                }
                out.push_str("<a href=\"#");
                html_attr(&section_anchor(&section.id), out);
                out.push_str("\">");
                html_text(&section.title, out);
                out.push_str("</a> (");
                html_text(&words.section(&entry.number), out);
                out.push(')');
            }
            out.push_str(".</span>");
        }
        out.push_str("</dd>\n</div>\n");
    }
    out.push_str("</dl>\n</section>\n");
}
