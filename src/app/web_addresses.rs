//! The web addresses of a page's sources: where each one is on screen, so
//! Tab can reach it, Enter can say how to open it (see
//! [`super::addresses`]), and terminals that support it get a link to
//! click. An address too long for the line is wrapped by the layout onto
//! the lines after it; every piece is found and belongs to the same
//! source.

use unicode_width::UnicodeWidthStr;

use crate::content::Guide;
use crate::typeset::{Line, Tone};

/// One piece of a source's web address on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressPiece {
    /// Row and columns in the page's text area.
    pub row: usize,
    pub start: usize,
    pub end: usize,
    /// The source, as an index into [`Guide::sources`].
    pub source: usize,
    /// The first piece of its address shown on this page: the one Tab
    /// stops at.
    pub first_shown: bool,
}

/// How far above the page an address may start and still run onto it: a
/// long address on a narrow page takes a handful of lines.
const LOOK_BACK: usize = 16;

/// The address pieces on the lines `top..top + height`.
pub fn on_page(guide: &Guide, lines: &[Line], top: usize, height: usize) -> Vec<AddressPiece> {
    let mut out = Vec::new();
    let end = top.saturating_add(height).min(lines.len());
    let mut i = top.saturating_sub(LOOK_BACK);
    while i < end {
        let Some(line) = lines.get(i) else {
            break;
        };
        let used = if is_meta(line) {
            read_address(guide, lines, i, top, end, &mut out)
        } else {
            1
        };
        i += used.max(1);
    }
    out
}

/// Sources are laid out in the note tone; nothing else on a page is.
fn is_meta(line: &Line) -> bool {
    !line.pieces.is_empty() && line.pieces.iter().all(|p| p.tone == Tone::Meta)
}

/// Reads an address starting on line `at`, if one does, following it onto
/// the lines below while the pieces still spell the start of a known
/// address. Returns how many lines it used.
fn read_address(
    guide: &Guide,
    lines: &[Line],
    at: usize,
    top: usize,
    end: usize,
    out: &mut Vec<AddressPiece>,
) -> usize {
    let Some(text) = lines.get(at).map(Line::text) else {
        return 1;
    };
    let Some(from) = text.find("https://").or_else(|| text.find("http://")) else {
        return 1;
    };
    let first = word_at(&text, from);
    let mut spelled = first.to_string();
    let mut candidates: Vec<(usize, &str)> = guide
        .sources
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.url.as_deref().map(|u| (i, u)))
        .filter(|(_, url)| url.starts_with(first))
        .collect();
    if candidates.is_empty() {
        return 1;
    }
    let mut pieces = vec![(
        at,
        text.get(..from).map_or(0, UnicodeWidthStr::width),
        first.width(),
    )];
    let mut next = at + 1;
    // While no address is complete, the next line may go on with it.
    while !candidates.iter().any(|(_, url)| *url == spelled) {
        let Some(line) = lines.get(next).filter(|l| is_meta(l)) else {
            break;
        };
        let text = line.text();
        let lead = text.len() - text.trim_start().len();
        let piece = word_at(&text, lead);
        let longer = format!("{spelled}{piece}");
        if piece.is_empty() || !candidates.iter().any(|(_, url)| url.starts_with(&longer)) {
            break;
        }
        candidates.retain(|(_, url)| url.starts_with(&longer));
        spelled = longer;
        pieces.push((
            next,
            text.get(..lead).map_or(0, UnicodeWidthStr::width),
            piece.width(),
        ));
        next += 1;
    }
    let Some(&(source, _)) = candidates.iter().find(|(_, url)| *url == spelled) else {
        return 1;
    };
    let mut shown = false;
    for (line, start, width) in pieces {
        if line < top || line >= end {
            continue;
        }
        out.push(AddressPiece {
            row: line - top,
            start,
            end: start + width,
            source,
            first_shown: !shown,
        });
        shown = true;
    }
    next - at
}

/// The run of non-space characters starting at byte `from`.
fn word_at(text: &str, from: usize) -> &str {
    let rest = text.get(from..).unwrap_or("");
    let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    rest.get(..len).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::About;
    use crate::content::{Guide, Source};

    fn guide(urls: &[&str]) -> Guide {
        let sources = urls
            .iter()
            .enumerate()
            .map(|(i, url)| Source {
                id: format!("s{i}"),
                title: "T".into(),
                publisher: "P".into(),
                url: Some((*url).into()),
                ..Source::default()
            })
            .collect();
        Guide::new(About::default(), vec![], vec![], sources)
    }

    fn line(text: &str, tone: Tone) -> Line {
        Line::plain(text, tone)
    }

    fn meta(text: &str) -> Line {
        line(text, Tone::Meta)
    }

    #[test]
    fn a_whole_address_on_one_line() {
        let g = guide(&["https://a.org/x", "https://a.org/xyz"]);
        let lines = vec![
            line("Body text https://a.org/x is not a source", Tone::Body),
            meta("Sources"),
            meta("- P. T. https://a.org/xyz"),
        ];
        assert_eq!(
            on_page(&g, &lines, 0, 3),
            [AddressPiece {
                row: 2,
                start: 8,
                end: 25,
                source: 1,
                first_shown: true
            }]
        );
    }

    #[test]
    fn a_wrapped_address_is_followed_onto_the_next_lines_and_pages() {
        let g = guide(&["https://a.org/one", "https://a.org/two-three-four"]);
        let lines = vec![
            meta("- P. T."),
            meta("  https://a.org/"),
            meta("  two-three-"),
            meta("  four"),
            meta("- P. T. https://a.org/one"),
        ];
        let all = on_page(&g, &lines, 0, 5);
        let pieces: Vec<_> = all
            .iter()
            .map(|p| (p.row, p.start, p.end, p.source))
            .collect();
        assert_eq!(
            pieces,
            [(1, 2, 16, 1), (2, 2, 12, 1), (3, 2, 6, 1), (4, 8, 25, 0)]
        );
        // A page starting in the middle of the address still finds the
        // rest of it, and Tab stops at its first piece there.
        let page = on_page(&g, &lines, 2, 2);
        assert_eq!(
            page,
            [
                AddressPiece {
                    row: 0,
                    start: 2,
                    end: 12,
                    source: 1,
                    first_shown: true
                },
                AddressPiece {
                    row: 1,
                    start: 2,
                    end: 6,
                    source: 1,
                    first_shown: false
                },
            ]
        );
    }

    #[test]
    fn text_that_only_looks_like_an_address_is_left_alone() {
        let g = guide(&["https://a.org/one"]);
        let lines = vec![
            meta("- https://b.org/one"),
            meta("- https://a.org/on"),
            meta("  e-more"),
        ];
        assert!(on_page(&g, &lines, 0, 3).is_empty());
    }
}
