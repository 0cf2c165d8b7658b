//! Words wider than a line, broken into line-sized parts so nothing is
//! ever cut off at the edge of the screen or the page.

use super::{Part, Word};

/// Breaks words wider than a line into line-sized parts, so nothing is
/// ever cut off at the edge.
pub(super) fn split_long_words<'s>(
    parts: Vec<Part<'s>>,
    words: Vec<Word>,
    width: usize,
) -> (Vec<Part<'s>>, Vec<Word>) {
    let width = width.max(1);
    if words.iter().all(|w| w.width <= width) {
        return (parts, words);
    }
    let mut out_parts = Vec::with_capacity(parts.len());
    let mut out = Vec::with_capacity(words.len());
    for word in words {
        let word_parts = parts.get(word.first..word.last).unwrap_or_default();
        let first = out_parts.len();
        if word.width <= width {
            out_parts.extend_from_slice(word_parts);
            out.push(Word {
                first,
                last: out_parts.len(),
                ..word
            });
            continue;
        }
        let mut current = Word {
            first,
            last: first,
            width: 0,
            space_after: false,
            anchor: word.anchor,
        };
        for part in word_parts {
            // Byte offset in `part.text` where the unfinished piece starts.
            let mut from = 0;
            for (at, c) in part.text.char_indices() {
                let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if current.width + w > width && current.width > 0 {
                    if at > from {
                        out_parts.push(Part {
                            text: part.text.get(from..at).unwrap_or(""),
                            look: part.look,
                        });
                    }
                    from = at;
                    current.last = out_parts.len();
                    let next = Word {
                        first: out_parts.len(),
                        last: out_parts.len(),
                        width: 0,
                        space_after: false,
                        anchor: word.anchor,
                    };
                    out.push(std::mem::replace(&mut current, next));
                }
                current.width += w;
            }
            if from < part.text.len() {
                out_parts.push(Part {
                    text: part.text.get(from..).unwrap_or(""),
                    look: part.look,
                });
            }
        }
        current.last = out_parts.len();
        current.space_after = word.space_after;
        out.push(current);
    }
    (out_parts, out)
}
