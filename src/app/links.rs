//! The things on a page a person can follow: links to other sections,
//! glossary words (each marked where it first appears on the page), and
//! the web addresses of sources. Tab moves between them, Enter or a click
//! follows one.

use std::collections::HashMap;

use unicode_width::UnicodeWidthStr;

use crate::content::Guide;
use crate::search::fold;
use crate::typeset::{Line, Tone};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Section(usize),
    Term(usize),
    /// A source's web address, as an index into the guide's sources.
    Source(usize),
}

/// One followable thing on the page, by row and columns of the text area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub row: usize,
    pub start: usize,
    pub end: usize,
    pub target: Target,
}

/// Finds glossary words in text: every term and alias, folded to lowercase
/// without accents, looked up by runs of up to `longest` words, so the cost
/// grows with the words on screen, not with the size of the glossary.
#[derive(Debug, Clone, Default)]
pub struct TermFinder {
    terms: HashMap<String, usize>,
    longest: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'
}

impl TermFinder {
    pub fn new(guide: &Guide) -> Self {
        let mut terms = HashMap::new();
        let mut longest = 1;
        for (index, term) in guide.glossary.iter().enumerate() {
            for name in std::iter::once(&term.term).chain(term.aliases.iter()) {
                let words: Vec<String> = name
                    .split(|c: char| !is_word_char(c))
                    .filter(|w| !w.is_empty())
                    .map(fold)
                    .collect();
                if words.is_empty() {
                    continue;
                }
                longest = longest.max(words.len());
                terms.entry(words.join(" ")).or_insert(index);
            }
        }
        Self { terms, longest }
    }

    /// Glossary words in the page's running text: each (row, start
    /// column, end column, term). Longer matches win ("checkpoint
    /// inhibitor" over "checkpoint"), and a term may run onto the next
    /// line; it is then marked on the line where it starts.
    fn find(&self, rows: &[String]) -> Vec<(usize, usize, usize, usize)> {
        // Words with their row and display columns.
        let mut words: Vec<(usize, usize, usize, String)> = Vec::new();
        for (row, text) in rows.iter().enumerate() {
            // Columns are the display width of the text before a word, as
            // the screen measures it (an emoji with its variation selector
            // is two columns, though its characters add up to one).
            let column = |byte: usize| text.get(..byte).map_or(0, UnicodeWidthStr::width);
            let mut start: Option<usize> = None;
            for (i, c) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                if is_word_char(c) {
                    start.get_or_insert(i);
                } else if let Some(from) = start.take() {
                    let word = &text[from..i];
                    let trimmed = word.trim_matches(|c| c == '-' || c == '\'' || c == '’');
                    words.push((row, column(from), column(i), fold(trimmed)));
                }
            }
        }
        let mut found = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut matched = None;
            for n in (1..=self.longest.min(words.len() - i)).rev() {
                let key: Vec<&str> = words[i..i + n]
                    .iter()
                    .map(|(_, _, _, w)| w.as_str())
                    .collect();
                if let Some(&term) = self.terms.get(&key.join(" ")) {
                    matched = Some((n, term));
                    break;
                }
            }
            match matched {
                Some((n, term)) => {
                    let row = words[i].0;
                    let end = words[i..i + n]
                        .iter()
                        .take_while(|w| w.0 == row)
                        .last()
                        .map_or(words[i].2, |w| w.2);
                    found.push((row, words[i].1, end, term));
                    i += n;
                }
                None => i += 1,
            }
        }
        found
    }
}

/// The links and glossary words on the lines `top..top + height`.
pub fn page_links(
    guide: &Guide,
    finder: &TermFinder,
    lines: &[Line],
    top: usize,
    height: usize,
) -> Vec<Link> {
    let mut found = Vec::new();
    let mut prose_rows = Vec::new();
    for (row, line) in lines.iter().skip(top).take(height).enumerate() {
        let mut column = 0;
        // The link being read along the line: its id and its mark so far.
        let mut link: Option<(&str, Link)> = None;
        let mut prose = String::new();
        for piece in &line.pieces {
            let width = piece.text.width();
            match (piece.link.as_deref(), link.as_mut()) {
                (Some(id), Some((open_id, mark))) if id == *open_id => mark.end = column + width,
                (Some(id), _) => {
                    found.extend(link.take().map(|(_, m)| m));
                    if let Some(section) = guide.section_index(id) {
                        let lead = piece.text.len() - piece.text.trim_start().len();
                        link = Some((
                            id,
                            Link {
                                row,
                                start: column + lead,
                                end: column + width,
                                target: Target::Section(section),
                            },
                        ));
                    }
                }
                (None, _) => found.extend(link.take().map(|(_, m)| m)),
            }
            // Only running text gets glossary found: not titles, not the
            // sources list, and not words that are already a link.
            let prose_tone = matches!(piece.tone, Tone::Body | Tone::Summary | Tone::Callout(_));
            if piece.link.is_none() && prose_tone {
                prose.push_str(&piece.text);
            } else {
                prose.push_str(&" ".repeat(width));
            }
            column += width;
        }
        found.extend(link.take().map(|(_, m)| m));
        prose_rows.push(prose);
    }
    let mut seen_terms = Vec::new();
    for (row, start, end, term) in finder.find(&prose_rows) {
        if !seen_terms.contains(&term) {
            seen_terms.push(term);
            found.push(Link {
                row,
                start,
                end,
                target: Target::Term(term),
            });
        }
    }
    found.extend(
        super::web_addresses::on_page(guide, lines, top, height)
            .into_iter()
            .filter(|piece| piece.first_shown)
            .map(|piece| Link {
                row: piece.row,
                start: piece.start,
                end: piece.end,
                target: Target::Source(piece.source),
            }),
    );
    found.sort_by_key(|m| (m.row, m.start));
    found
}

/// The link a click or tap at `row`, `column` of the text means, if any.
/// With a mouse, only a link under the pointer. On a touch screen
/// (`whole_line`) a finger is wider than a word, so each link's target is
/// its whole line, shared at the midpoints with other links on it, and
/// reaches one row up and one down into rows that have no link of their
/// own: at least three rows tall where the page allows.
pub fn link_at(links: &[Link], row: usize, column: usize, whole_line: bool) -> Option<usize> {
    let under = links
        .iter()
        .position(|l| l.row == row && (l.start..l.end).contains(&column));
    if under.is_some() || !whole_line {
        return under;
    }
    // Columns from the tap to the link, and rows.
    let distance = |l: &Link| {
        let across = if column < l.start {
            l.start - column
        } else {
            column.saturating_sub(l.end.saturating_sub(1))
        };
        (l.row.abs_diff(row), across)
    };
    let on_row = links.iter().any(|l| l.row == row);
    links
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            if on_row {
                l.row == row
            } else {
                l.row.abs_diff(row) == 1
            }
        })
        .min_by_key(|(_, l)| distance(l))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{About, Term};
    use crate::content::{Body, Date, Section};
    use crate::typeset::Piece;

    fn guide() -> Guide {
        let term = |t: &str, aliases: &[&str]| Term {
            id: t.to_lowercase(),
            term: t.to_string(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            definition: "A word.".into(),
            see_also: vec![],
            origin: Default::default(),
        };
        let section = |id: &str| Section {
            id: id.into(),
            title: id.into(),
            summary: None,
            body: Body::default(),
            keywords: vec![],
            sources: vec![],
            reviewed: Date::default(),
            translated_from: None,
            dates_at: Default::default(),
            depth: 0,
            parent: None,
            children: vec![],
            subtree_end: 0,
            origin: Default::default(),
        };
        Guide::new(
            About::default(),
            vec![section("skin"), section("liver")],
            vec![
                term("Checkpoint", &[]),
                term("Checkpoint inhibitor", &["checkpoint inhibitors"]),
                term("Cáncer", &[]),
            ],
            vec![],
        )
    }

    fn piece(text: &str, link: Option<&str>) -> Piece {
        Piece {
            text: text.into(),
            tone: Tone::Body,
            bold: false,
            italic: false,
            link: link.map(std::sync::Arc::from),
        }
    }

    #[test]
    fn links_and_first_glossary_words_are_marked() {
        let g = guide();
        let finder = TermFinder::new(&g);
        let lines = vec![
            Line {
                pieces: vec![
                    piece("See ", None),
                    piece("skin", Some("skin")),
                    piece(" and checkpoint inhibitors.", None),
                ],
                anchor: 0,
                keep_with_next: false,
            },
            Line {
                pieces: vec![piece("Checkpoint inhibitors again; CANCER.", None)],
                anchor: 5,
                keep_with_next: false,
            },
        ];
        let found = page_links(&g, &finder, &lines, 0, 10);
        assert_eq!(
            found,
            vec![
                Link {
                    row: 0,
                    start: 4,
                    end: 8,
                    target: Target::Section(0)
                },
                Link {
                    row: 0,
                    start: 13,
                    end: 34,
                    target: Target::Term(1)
                },
                // The second "checkpoint inhibitors" is not marked again,
                // but an accent-free "CANCER" finds "Cáncer".
                Link {
                    row: 1,
                    start: 29,
                    end: 35,
                    target: Target::Term(2)
                },
            ]
        );
    }

    #[test]
    fn a_term_may_run_onto_the_next_line() {
        let g = guide();
        let finder = TermFinder::new(&g);
        let lines = vec![
            Line {
                pieces: vec![piece("read about checkpoint", None)],
                anchor: 0,
                keep_with_next: false,
            },
            Line {
                pieces: vec![piece("inhibitors here", None)],
                anchor: 3,
                keep_with_next: false,
            },
        ];
        let found = page_links(&g, &finder, &lines, 0, 2);
        assert_eq!(
            found,
            vec![Link {
                row: 0,
                start: 11,
                end: 21,
                target: Target::Term(1)
            }]
        );
    }

    #[test]
    fn only_the_rows_on_the_page_count() {
        let g = guide();
        let finder = TermFinder::new(&g);
        let lines = vec![
            Line {
                pieces: vec![piece("checkpoint", None)],
                anchor: 0,
                keep_with_next: false,
            };
            5
        ];
        let found = page_links(&g, &finder, &lines, 3, 2);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].row, 0);
    }

    fn at(row: usize, start: usize, end: usize) -> Link {
        Link {
            row,
            start,
            end,
            target: Target::Section(row),
        }
    }

    #[test]
    fn a_mouse_hits_only_the_link_under_it() {
        let links = [at(2, 10, 14)];
        assert_eq!(link_at(&links, 2, 10, false), Some(0));
        assert_eq!(link_at(&links, 2, 13, false), Some(0));
        assert_eq!(link_at(&links, 2, 14, false), None);
        assert_eq!(link_at(&links, 1, 12, false), None);
    }

    /// A finger: the whole line, shared at the midpoints between links,
    /// and a row up and down where those rows have no link.
    #[test]
    fn a_finger_hits_the_nearest_link_on_its_line_and_the_rows_beside() {
        let links = [at(2, 10, 14), at(2, 30, 34), at(5, 0, 4)];
        // Anywhere on row 2: the nearer of its two links.
        assert_eq!(link_at(&links, 2, 0, true), Some(0));
        assert_eq!(link_at(&links, 2, 21, true), Some(0));
        assert_eq!(link_at(&links, 2, 23, true), Some(1));
        assert_eq!(link_at(&links, 2, 79, true), Some(1));
        // Rows 1 and 3 have no link: row 2's reach them.
        assert_eq!(link_at(&links, 1, 31, true), Some(1));
        assert_eq!(link_at(&links, 3, 0, true), Some(0));
        // Row 4 is next to row 5's link (and not to row 2's).
        assert_eq!(link_at(&links, 4, 70, true), Some(2));
        // Row 6 is beside row 5; row 7 is beside nothing.
        assert_eq!(link_at(&links, 6, 40, true), Some(2));
        assert_eq!(link_at(&links, 7, 2, true), None);
        assert_eq!(link_at(&[], 0, 0, true), None);
    }
}
