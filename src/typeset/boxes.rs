//! Callouts as boxes: the label in the top border, a single line around
//! the words, or a double one around an emergency. The plain layout lays
//! them out in words instead (`in_words`).

use crate::content::{Blocks, CalloutKind, Span};

use super::{Line, Piece, Tone, Writer, display_width};

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

impl Writer<'_> {
    /// A boxed callout: the label sits in the top border, so the meaning is
    /// in words, and the box marks where it starts and ends.
    pub(super) fn callout_boxed(&mut self, kind: CalloutKind, blocks: Blocks<'_>, indent: &str) {
        let indent_width = display_width(indent);
        let outer = self.width.saturating_sub(indent_width);
        if outer < 6 {
            // Too narrow for a box: keep the label and the words.
            let label = kind.label(self.phrases);
            self.paragraph([Span::plain(&label)], Tone::Label(kind), indent, indent);
            self.blocks(blocks, indent);
            return;
        }
        let start = self.lines.len();
        let tone = Tone::Callout(kind);
        let frame = Frame::of(kind);
        let label = format!(" {} ", kind.label(self.phrases));
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
            callouts: self.callouts,
            link_marker: self.link_marker,
            phrases: self.phrases,
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
}
