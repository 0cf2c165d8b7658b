//! Callouts in words, for the linear mode (`--plain`) that screen readers
//! and magnifiers read: no box, the label starts the first line
//! ("Warning: Call your care team now…"), what the callout holds is
//! indented under it, and a callout of more than one block ends with a
//! line saying so ("End of warning."); a one-paragraph callout ends at
//! the blank line after it.

use crate::content::{Block, Blocks, CalloutKind};

use super::{Piece, Tone, Writer, display_width};

/// The word that starts a callout's first line. Whole words rather than
/// the boxed label ("Call your care team"), as the box's frame is gone:
/// "Warning:" says at once that what follows is one.
pub fn label(kind: CalloutKind) -> &'static str {
    match kind {
        CalloutKind::Note => "Note:",
        CalloutKind::Tip => "Tip:",
        CalloutKind::Important => "Important:",
        CalloutKind::Warning => "Warning:",
        CalloutKind::Caution => "Caution:",
        CalloutKind::Emergency => "Emergency:",
    }
}

/// The line that ends a callout of more than one block.
pub fn end_line(kind: CalloutKind) -> &'static str {
    match kind {
        CalloutKind::Note => "End of note.",
        CalloutKind::Tip => "End of tip.",
        CalloutKind::Important => "End of important note.",
        CalloutKind::Warning => "End of warning.",
        CalloutKind::Caution => "End of caution.",
        CalloutKind::Emergency => "End of emergency note.",
    }
}

impl Writer {
    pub(super) fn callout_in_words(&mut self, kind: CalloutKind, blocks: Blocks<'_>, indent: &str) {
        let blocks: Vec<Block<'_>> = blocks.collect();
        // What the callout holds steps in by two, as a list does, and
        // never past half the width.
        let inner = if display_width(indent) + 4 > self.width / 2 {
            indent.to_string()
        } else {
            format!("{indent}  ")
        };
        let label_piece = Piece {
            bold: true,
            ..Piece::plain(label(kind), Tone::Label(kind))
        };
        let first_line = self.lines.len();
        let rest = match blocks.split_first() {
            Some((Block::Paragraph(p), after)) => {
                // The label takes the place a bullet would: the
                // paragraph's first line starts after it, blank, and the
                // label is put in.
                let room = format!("{indent}{}", " ".repeat(display_width(label(kind)) + 1));
                self.paragraph(p.spans(), Tone::Body, &room, &inner);
                match self.lines.get_mut(first_line) {
                    Some(line) if line.pieces.first().is_some_and(|p| p.text == room) => {
                        let mut pieces = vec![Piece::plain(indent, Tone::Body), label_piece];
                        pieces.push(Piece::plain(" ", Tone::Body));
                        pieces.extend(line.pieces.drain(1..));
                        line.pieces = pieces;
                    }
                    // A column too narrow for the label beside the words:
                    // it goes on a line of its own above them.
                    first => {
                        let anchor = first.map_or(self.words_seen, |l| l.anchor);
                        let pieces = vec![Piece::plain(indent, Tone::Body), label_piece];
                        self.lines
                            .insert(first_line, super::Line { pieces, anchor });
                    }
                }
                after
            }
            // A callout that starts with a list: the label on its own
            // line, the list straight under it.
            _ => {
                self.push_line(vec![Piece::plain(indent, Tone::Body), label_piece]);
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
            self.push_line(vec![
                Piece::plain(indent, Tone::Body),
                Piece::plain(end_line(kind), Tone::Callout(kind)),
            ]);
        }
    }
}
