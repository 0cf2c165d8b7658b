//! The handout as Markdown, for people who edit it further (a clinic's
//! own leaflet, a word processor). Same content as the HTML, in the same
//! order; every piece of guide text is escaped, so it reads as itself.

use std::fmt::Write as _;

use crate::content::{Block, Blocks, Span};

use super::escape::{markdown_text, protect_line_start};
use super::handout::{Entry, Handout, note_anchor, section_anchor};

const QUESTION_LINES: usize = 10;
const DIARY_ROWS: usize = 14;

pub fn write(handout: &Handout<'_>) -> String {
    let mut out = String::with_capacity(192 * 1024);
    title_page(handout, &mut out);
    contents(handout, &mut out);
    for entry in &handout.entries {
        section(handout, entry, &mut out);
    }
    fill_in(handout, &mut out);
    notes(handout, &mut out);
    glossary(handout, &mut out);
    out
}

fn text(text: &str, out: &mut String) {
    markdown_text(text, out);
}

/// Text that starts a line: escaped so it never becomes a heading, a
/// list item or a quote.
fn line(words: &str, out: &mut String) {
    let start = out.len();
    markdown_text(words, out);
    protect_line_start(out, start);
}

fn title_page(handout: &Handout<'_>, out: &mut String) {
    let about = &handout.guide.about;
    let words = &handout.words;
    out.push_str("# ");
    text(&about.title, out);
    out.push_str("\n\n");
    line(&about.purpose, out);
    out.push_str("\n\n> **");
    text(&words.disclaimer_label, out);
    out.push_str(":** ");
    text(&about.disclaimer, out);
    out.push_str("\n\n> **");
    text(&about.emergency, out);
    out.push_str("**\n\n");
    line(&about.review_note(&handout.guide.phrases), out);
    out.push_str("\n\n");
    line(&words.version(&about.version), out);
    out.push_str("\n\n");
}

fn contents(handout: &Handout<'_>, out: &mut String) {
    let words = &handout.words;
    out.push_str("## ");
    text(&words.contents, out);
    out.push_str("\n\n");
    for entry in &handout.entries {
        let Some(section) = handout.section(entry) else {
            continue;
        };
        out.push_str(&"  ".repeat(entry.level));
        out.push_str("- [");
        text(&entry.number, out);
        out.push(' ');
        text(&section.title, out);
        let _ = writeln!(out, "](#{})", section_anchor(&section.id));
    }
    for (id, title, shown) in [
        ("fill-in", &words.fill_in, true),
        ("sources", &words.sources, !handout.notes.is_empty()),
        ("glossary", &words.glossary, !handout.glossary.is_empty()),
    ] {
        if shown {
            out.push_str("- [");
            text(title, out);
            let _ = writeln!(out, "](#{id})");
        }
    }
    out.push('\n');
}

/// A heading with an explicit anchor (`{#s-skin}`), which most Markdown
/// tools understand, and an HTML anchor before it for those that do not.
fn heading(level: usize, anchor: &str, words: &str, out: &mut String) {
    let _ = writeln!(out, "<a id=\"{anchor}\"></a>\n");
    out.push_str(&"#".repeat(level.clamp(1, 6)));
    out.push(' ');
    text(words, out);
    out.push_str("\n\n");
}

fn section(handout: &Handout<'_>, entry: &Entry, out: &mut String) {
    let Some(section) = handout.section(entry) else {
        return;
    };
    let words = &handout.words;
    let title = format!("{} {}", entry.number, section.title);
    heading(entry.level + 2, &section_anchor(&section.id), &title, out);
    if let Some(summary) = &section.summary {
        out.push('*');
        text(summary, out);
        out.push_str("*\n\n");
    }
    blocks(handout, section.body.blocks(), "", out);
    if !entry.notes.is_empty() {
        line(&words.sources, out);
        out.push_str(": ");
        for (i, n) in entry.notes.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "[{n}](#{})", note_anchor(*n));
        }
        out.push_str(". ");
    }
    out.push('*');
    let date = section.reviewed.long(&handout.guide.phrases);
    text(&words.reviewed(&date), out);
    out.push_str(".*\n\n");
}

/// Blocks, each line started with `prefix` (a quote's `> `, or a list
/// item's indent).
fn blocks(handout: &Handout<'_>, blocks: Blocks<'_>, prefix: &str, out: &mut String) {
    let mut first = true;
    for block in blocks {
        if !first {
            out.push_str(prefix.trim_end());
            out.push('\n');
        }
        first = false;
        match block {
            Block::Paragraph(p) => {
                out.push_str(prefix);
                let start = out.len();
                spans(handout, p.spans(), out);
                protect_line_start(out, start);
                out.push('\n');
            }
            Block::List { start, items } => {
                for (n, item) in items.enumerate() {
                    let marker = match start {
                        Some(first) => format!("{}. ", first.saturating_add(n as u64)),
                        None => "- ".to_string(),
                    };
                    let inner = format!("{prefix}{}", " ".repeat(marker.len()));
                    let mut written = String::new();
                    self::blocks(handout, item, &inner, &mut written);
                    // The item's first line carries the marker instead of
                    // the indent.
                    let body = written.strip_prefix(inner.as_str()).unwrap_or(&written);
                    out.push_str(prefix);
                    out.push_str(&marker);
                    out.push_str(body);
                }
            }
            Block::Callout {
                kind,
                blocks: inside,
            } => {
                let quote = format!("{prefix}> ");
                out.push_str(&quote);
                out.push_str("**");
                text(&kind.label(&handout.guide.phrases), out);
                out.push_str("**\n");
                out.push_str(quote.trim_end());
                out.push('\n');
                self::blocks(handout, inside, &quote, out);
            }
        }
    }
    if prefix.is_empty() {
        out.push('\n');
    }
}

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
                out.push('[');
            }
        }
        // Emphasis marks go inside the spaces around the words, or
        // Markdown does not see them.
        let trimmed = span.text.trim();
        if trimmed.is_empty() || !(span.bold || span.italic) {
            text(span.text, out);
            continue;
        }
        let lead = &span.text[..span.text.len() - span.text.trim_start().len()];
        let tail = &span.text[span.text.trim_end().len()..];
        let mark = match (span.bold, span.italic) {
            (true, true) => "***",
            (true, false) => "**",
            _ => "*",
        };
        out.push_str(lead);
        out.push_str(mark);
        text(trimmed, out);
        out.push_str(mark);
        out.push_str(tail);
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
            let _ = write!(out, "](#{}) (", section_anchor(id));
            text(&words.section(&entry.number), out);
            out.push(')');
        }
        None => {
            let on_paper = handout
                .guide
                .section_index(id)
                .is_some_and(|i| !handout.guide.is_screen_only(i));
            if on_paper {
                out.push_str(" (");
                text(&words.not_in_handout, out);
                out.push(')');
            }
        }
    }
}

fn fill_in(handout: &Handout<'_>, out: &mut String) {
    let words = &handout.words;
    heading(2, "fill-in", &words.fill_in, out);
    line(&words.fill_in_lead, out);
    out.push_str("\n\n");
    heading(3, "care-team-card", &words.card, out);
    line(&words.card_lead, out);
    out.push_str("\n\n| | |\n|---|---|\n");
    for line in &words.card_lines {
        out.push_str("| ");
        text(line, out);
        out.push_str(" | |\n");
    }
    out.push_str("\n**");
    text(&handout.guide.about.emergency, out);
    out.push_str("**\n\n");

    heading(3, "questions", &words.questions, out);
    line(&words.questions_lead, out);
    out.push_str("\n\n");
    line(&words.visit_date, out);
    out.push_str(": ______________________\n\n");
    for n in 1..=QUESTION_LINES {
        let _ = writeln!(out, "{n}. ______________________________________________");
    }
    out.push('\n');

    heading(3, "symptom-diary", &words.diary, out);
    line(&words.diary_lead, out);
    out.push_str("\n\n|");
    for column in &words.diary_columns {
        out.push(' ');
        text(column, out);
        out.push_str(" |");
    }
    out.push_str("\n|---|---|---|---|\n");
    for _ in 0..DIARY_ROWS {
        out.push_str("| | | | |\n");
    }
    out.push('\n');
}

fn notes(handout: &Handout<'_>, out: &mut String) {
    if handout.notes.is_empty() {
        return;
    }
    let words = &handout.words;
    heading(2, "sources", &words.sources, out);
    line(&words.sources_lead, out);
    out.push_str("\n\n");
    for (i, source) in handout.notes.iter().enumerate() {
        let n = i + 1;
        let _ = write!(out, "{n}. <a id=\"{}\"></a>", note_anchor(n));
        text(&source.publisher, out);
        out.push_str(". *");
        text(&source.title, out);
        out.push('*');
        if let Some(year) = source.year {
            let _ = write!(out, " ({year})");
        }
        out.push('.');
        if let Some(url) = &source.url {
            // An autolink prints the whole address; one with a space or
            // `>` in it could not be one, so it is written as text.
            if url.contains(|c: char| c.is_whitespace() || c == '<' || c == '>') {
                out.push(' ');
                text(url, out);
            } else {
                let _ = write!(out, " <{url}>");
            }
        }
        out.push('\n');
    }
    out.push('\n');
}

fn glossary(handout: &Handout<'_>, out: &mut String) {
    if handout.glossary.is_empty() {
        return;
    }
    let words = &handout.words;
    heading(2, "glossary", &words.glossary, out);
    for term in &handout.glossary {
        out.push_str("**");
        text(&term.term, out);
        out.push_str("**: ");
        text(&term.definition, out);
        if !term.aliases.is_empty() {
            out.push(' ');
            text(&words.also_called, out);
            out.push_str(": ");
            text(&term.aliases.join(", "), out);
            out.push('.');
        }
        let related: Vec<&Entry> = term
            .see_also
            .iter()
            .filter_map(|id| handout.target(id))
            .collect();
        for (i, entry) in related.iter().enumerate() {
            let Some(section) = handout.section(entry) else {
                continue;
            };
            out.push_str(if i == 0 { " " } else { "; " });
            if i == 0 {
                text(&words.see_also, out);
                out.push_str(": ");
            }
            out.push('[');
            text(&section.title, out);
            let _ = write!(out, "](#{}) (", section_anchor(&section.id));
            text(&words.section(&entry.number), out);
            out.push(')');
            if i + 1 == related.len() {
                out.push('.');
            }
        }
        out.push_str("\n\n");
    }
}
