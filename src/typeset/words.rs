//! A paragraph's spans split into words as the line wrapper sees them:
//! parts of one look, joined into words where no space falls between them,
//! numbered so a reader keeps their place, with → before each link on
//! screen.

use std::sync::Arc;

use textwrap::core::Fragment;

use super::{Piece, Tone, display_width};
use crate::content::Span;

/// How a part of a word looks; parts with the same look are joined into
/// one [`Piece`] when a line is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Look<'s> {
    pub(super) tone: Tone,
    pub(super) bold: bool,
    pub(super) italic: bool,
    pub(super) link: Option<&'s Arc<str>>,
}

impl<'s> Look<'s> {
    pub(super) fn of(span: &Span<'s>, tone: Tone) -> Self {
        Self {
            tone,
            bold: span.bold,
            italic: span.italic,
            link: span.link,
        }
    }

    pub(super) fn matches(&self, piece: &Piece) -> bool {
        self.tone == piece.tone
            && self.bold == piece.bold
            && self.italic == piece.italic
            && self.link.map(|l| &**l) == piece.link.as_deref()
    }
}

/// A stretch of a word with one look, borrowed from the text being laid
/// out: words are only copied once, into the lines they end up on.
#[derive(Debug, Clone, Copy)]
pub(super) struct Part<'s> {
    pub(super) text: &'s str,
    pub(super) look: Look<'s>,
}

/// A word as textwrap sees it: one or more parts with no space between
/// them ("**bold**," is two parts but one word), and the space after it.
/// Its parts are `parts[first..last]` of the paragraph's list.
#[derive(Debug)]
pub(super) struct Word {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) width: usize,
    pub(super) space_after: bool,
    pub(super) anchor: usize,
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
pub(super) fn push_text(pieces: &mut Vec<Piece>, text: &str, look: Look<'_>) {
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

/// Splits spans into words, each a run of parts with no space between,
/// with `link_marker` just before each link's first letters. Words are
/// numbered on from `words_seen`, which is left past the last.
pub(super) fn split<'s>(
    spans: impl IntoIterator<Item = Span<'s>>,
    tone: Tone,
    link_marker: &'static str,
    words_seen: &mut usize,
) -> (Vec<Part<'s>>, Vec<Word>) {
    let mut parts: Vec<Part<'s>> = Vec::new();
    let mut words: Vec<Word> = Vec::new();
    // Whether the next text starts a new word (after whitespace).
    let mut fresh = true;
    // The link the last span was part of, and whether the marker for
    // a link just begun still waits for the link's first letters.
    let mut in_link: Option<&'s Arc<str>> = None;
    let mut marker_due = false;
    for span in spans {
        let look = Look::of(&span, tone);
        if span.link.is_some() && span.link.map(|l| &**l) != in_link.map(|l| &**l) {
            marker_due = !link_marker.is_empty();
        }
        in_link = span.link;
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
            // A link's marker goes just before its first letters, in
            // the same word.
            let marker = if std::mem::take(&mut marker_due) {
                link_marker
            } else {
                ""
            };
            for text in [marker, text].into_iter().filter(|t| !t.is_empty()) {
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
                            anchor: *words_seen,
                        });
                        *words_seen += 1;
                    }
                }
                fresh = false;
            }
            rest = tail;
        }
    }
    (parts, words)
}
