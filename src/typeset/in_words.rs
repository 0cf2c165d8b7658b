//! Callouts in words, for the linear mode (`--plain`) that screen readers
//! and magnifiers read: no box, the label starts the first line
//! ("Warning: Call your care team now…"), what the callout holds is
//! indented under it, and a callout of more than one block ends with a
//! line saying so ("End of warning."); a one-paragraph callout ends at
//! the blank line after it. Like a box, it stays on one page when it fits.

use crate::content::{Block, Blocks, CalloutKind};

use super::{Line, Piece, Tone, Writer, display_width};

/// The word that starts a callout's first line (a message id). Whole
/// words rather than the boxed label ("Call your care team"), as the
/// box's frame is gone: "Warning:" says at once that what follows is one.
pub fn label(kind: CalloutKind) -> &'static str {
    match kind {
        CalloutKind::Note => "callout-in-words-note",
        CalloutKind::Tip => "callout-in-words-tip",
        CalloutKind::Important => "callout-in-words-important",
        CalloutKind::Warning => "callout-in-words-warning",
        CalloutKind::Caution => "callout-in-words-caution",
        CalloutKind::Emergency => "callout-in-words-emergency",
    }
}

/// The line that ends a callout of more than one block (a message id).
pub fn end_line(kind: CalloutKind) -> &'static str {
    match kind {
        CalloutKind::Note => "callout-end-note",
        CalloutKind::Tip => "callout-end-tip",
        CalloutKind::Important => "callout-end-important",
        CalloutKind::Warning => "callout-end-warning",
        CalloutKind::Caution => "callout-end-caution",
        CalloutKind::Emergency => "callout-end-emergency",
    }
}

impl Writer<'_> {
    pub(super) fn callout_in_words(&mut self, kind: CalloutKind, blocks: Blocks<'_>, indent: &str) {
        let phrases = self.phrases;
        let label_text = phrases.get(label(kind));
        let blocks: Vec<Block<'_>> = blocks.collect();
        // What the callout holds steps in by two, as a list does, and
        // never past half the width.
        let inner = if display_width(indent) + 4 > self.width / 2 {
            indent.to_string()
        } else {
            format!("{indent}  ")
        };
        let label_piece = |text: &str| Piece {
            bold: true,
            ..Piece::plain(text, Tone::Label(kind))
        };
        let first_line = self.lines.len();
        let rest = match blocks.split_first() {
            Some((Block::Paragraph(p), after)) => {
                // The label takes the place a bullet would: the
                // paragraph's first line starts after it, blank, and the
                // label is put in.
                let room = format!("{indent}{}", " ".repeat(display_width(&label_text) + 1));
                self.paragraph(p.spans(), Tone::Body, &room, &inner);
                match self.lines.get_mut(first_line) {
                    Some(line) if line.pieces.first().is_some_and(|p| p.text == room) => {
                        let mut pieces =
                            vec![Piece::plain(indent, Tone::Body), label_piece(&label_text)];
                        pieces.push(Piece::plain(" ", Tone::Body));
                        pieces.extend(line.pieces.drain(1..));
                        line.pieces = pieces;
                    }
                    // A column too narrow for the label beside the words:
                    // it goes on a line of its own above them.
                    first => {
                        let anchor = first.map_or(self.words_seen, |l| l.anchor);
                        let above = self.lines_of(&label_text, indent, anchor, label_piece);
                        self.lines.splice(first_line..first_line, above);
                    }
                }
                after
            }
            // A callout that starts with a list: the label on its own
            // line, the list straight under it.
            _ => {
                let above = self.lines_of(&label_text, indent, self.words_seen, label_piece);
                self.lines.extend(above);
                if let Some(block) = blocks.first() {
                    self.block(*block, &inner);
                }
                blocks.get(1..).unwrap_or_default()
            }
        };
        for block in rest {
            self.blank();
            self.block(*block, &inner);
        }
        if blocks.len() > 1 {
            let end_text = phrases.get(end_line(kind));
            let end = self.lines_of(&end_text, indent, self.words_seen, |text| {
                Piece::plain(text, Tone::Callout(kind))
            });
            self.lines.extend(end);
        }
        // Stays on one page when it fits, as a box does.
        self.keep_from(first_line, false);
    }

    /// The label or the end line, wrapped to the column after `indent`.
    /// Its words are the layout's own, not the guide's, so they are not
    /// counted: every line takes `anchor`, and a place kept in one layout
    /// is found in the other.
    fn lines_of(
        &self,
        text: &str,
        indent: &str,
        anchor: usize,
        piece: impl Fn(&str) -> Piece,
    ) -> Vec<Line> {
        let indent = if display_width(indent) < self.width {
            indent
        } else {
            ""
        };
        let room = self.width.saturating_sub(display_width(indent)).max(1);
        textwrap::wrap(text, room)
            .iter()
            .map(|part| Line {
                pieces: vec![Piece::plain(indent, Tone::Body), piece(part)],
                anchor,
                keep_with_next: false,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Callouts, body_with};
    use super::*;
    use crate::content::{Body, BodyBuilder, Emphasis};
    use crate::phrases::Phrases;

    const PLAIN: Emphasis = Emphasis {
        bold: false,
        italic: false,
    };

    /// Some words, a warning with a paragraph and a list, more words.
    fn with_warning(list: bool) -> Body {
        let mut b = BodyBuilder::new();
        b.text("Before the note.", PLAIN, None);
        b.end_paragraph();
        b.open_callout(CalloutKind::Warning);
        b.text("Call your care team now if you have:", PLAIN, None);
        if list {
            b.end_paragraph();
            b.open_list(None);
            for item in ["a fever", "chills"] {
                b.open_item();
                b.text(item, PLAIN, None);
                b.close();
            }
            b.close();
        }
        b.close();
        b.text("After the note.", PLAIN, None);
        b.finish()
    }

    fn texts(body: &Body, width: u16, callouts: Callouts) -> Vec<String> {
        body_with(body, width, callouts, &Phrases::default())
            .iter()
            .map(super::super::Line::text)
            .collect()
    }

    #[test]
    fn a_callout_starts_with_its_label_and_ends_in_words() {
        let shown = texts(&with_warning(true), 40, Callouts::InWords);
        assert_eq!(
            shown,
            [
                "Before the note.",
                "",
                "Warning: Call your care team now if you",
                "  have:",
                "",
                "  • a fever",
                "  • chills",
                "End of warning.",
                "",
                "After the note.",
            ]
        );
        // One paragraph: the blank line after it ends it.
        let shown = texts(&with_warning(false), 60, Callouts::InWords);
        assert_eq!(
            shown,
            [
                "Before the note.",
                "",
                "Warning: Call your care team now if you have:",
                "",
                "After the note.",
            ]
        );
    }

    #[test]
    fn no_width_draws_a_box_and_the_words_are_the_same_ones() {
        for list in [false, true] {
            let body = with_warning(list);
            for width in 1..=60 {
                let words = body_with(&body, width, Callouts::InWords, &Phrases::default());
                let boxed = body_with(&body, width, Callouts::Boxed, &Phrases::default());
                for line in &words {
                    let text = line.text();
                    assert!(
                        !text.chars().any(|c| ('\u{2500}'..='\u{257f}').contains(&c)),
                        "{width}: {text:?}"
                    );
                    assert!(
                        super::super::display_width(&text) <= usize::from(width).max(1)
                            || text.split_whitespace().count() == 1,
                        "{width}: {text:?} is too wide"
                    );
                }
                // The label is there at every width, on its own line when
                // the column is too narrow for it and the words (split,
                // when it is wider than the column).
                let all: String = words.iter().map(|l| l.text().replace(' ', "")).collect();
                assert!(
                    all.starts_with("Beforethenote.Warning:Call"),
                    "{width}: {all}"
                );
                // Each word is counted as in the box, so a place kept in
                // one layout is found in the other. (Below 6 columns there
                // is no box: its label is laid out as words, and counted.)
                let last = |lines: &[super::super::Line]| lines.last().map(|l| l.anchor);
                if width >= 6 {
                    assert_eq!(last(&words), last(&boxed), "{width}");
                }
            }
        }
    }

    #[test]
    fn a_callout_in_words_stays_on_one_page_when_it_fits() {
        let lines = body_with(
            &with_warning(true),
            40,
            Callouts::InWords,
            &Phrases::default(),
        );
        let first = lines.iter().position(|l| l.text().starts_with("Warning:"));
        let last = lines.iter().position(|l| l.text() == "End of warning.");
        let (Some(first), Some(last)) = (first, last) else {
            panic!("{lines:?}");
        };
        for line in &lines[first..last] {
            assert!(line.keep_with_next, "{:?}", line.text());
        }
        assert!(!lines[last].keep_with_next);
    }
}
