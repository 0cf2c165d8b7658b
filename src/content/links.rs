//! Links between sections as a reader meets them on paper, where a link
//! cannot be followed: the words of a link compared with its target's
//! title, `[](#id)` filled in with that title, and a printed link that
//! names the section it leads to.

use super::body::{Block, Blocks, Body, BodyBuilder, Emphasis, Paragraph};

/// Stands in a body for the title of a link written `[](#id)` until every
/// section's title is known. The loader refuses control characters in a
/// guide's text, so this one can only have come from the markup reader.
pub const UNTITLED: char = '\u{1}';

/// One link's words in a paragraph: the spans side by side that lead to
/// the same section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkWords<'a> {
    pub target: &'a str,
    pub words: String,
    /// The paragraph's text before the link, to see what leads into it.
    pub before: &'a str,
    /// The index of the link's last span in the paragraph.
    last_span: usize,
}

impl LinkWords<'_> {
    /// Whether the words come right after "see" or "read", as in "See
    /// [Side effects](#side-effects)": a reader then looks for a section
    /// by that name.
    pub fn follows_see_or_read(&self) -> bool {
        let lead = self.before.trim_end().trim_end_matches(':').trim_end();
        let word = lead
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        word.eq_ignore_ascii_case("see") || word.eq_ignore_ascii_case("read")
    }

    /// Whether the words start with a capital letter, as a title does.
    pub fn starts_with_capital(&self) -> bool {
        self.words
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_uppercase)
    }

    /// Whether a reader would take the words for a section's title.
    pub fn reads_like_a_title(&self) -> bool {
        self.starts_with_capital() || self.follows_see_or_read()
    }
}

/// The links of a paragraph, in order.
pub fn links_in<'a>(paragraph: Paragraph<'a>) -> Vec<LinkWords<'a>> {
    let text = paragraph.text();
    let mut out: Vec<LinkWords<'a>> = Vec::new();
    let mut at = 0;
    let mut previous: Option<&str> = None;
    for (i, span) in paragraph.spans().enumerate() {
        let target = span.link_id();
        if let Some(id) = target {
            match out.last_mut() {
                Some(last) if previous == Some(id) => {
                    last.words.push_str(span.text);
                    last.last_span = i;
                }
                _ => out.push(LinkWords {
                    target: id,
                    words: span.text.to_string(),
                    before: text.get(..at).unwrap_or(""),
                    last_span: i,
                }),
            }
        }
        previous = target;
        at += span.text.len();
    }
    out
}

/// Whether a link's words are its target's title: the same words, with
/// case, spacing, curly apostrophes and a closing full stop ignored.
pub fn is_title(words: &str, title: &str) -> bool {
    fn plain(text: &str) -> String {
        let text = text.trim().trim_end_matches(['.', ',', ':', ';']);
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('\u{2019}', "'")
            .to_lowercase()
    }
    plain(words) == plain(title)
}

/// The body with every `[](#id)` showing its target's title. A target
/// with no title (only possible in a guide that did not load) shows its
/// id, so nothing hidden is ever left in the text.
pub fn fill_titles<'t>(body: &Body, title_of: &dyn Fn(&str) -> Option<&'t str>) -> Body {
    rebuild(body, &mut |out, paragraph| {
        for span in paragraph.spans() {
            let emphasis = Emphasis {
                bold: span.bold,
                italic: span.italic,
            };
            match span.link_id() {
                Some(id) if span.text.contains(UNTITLED) => {
                    let title = title_of(id).unwrap_or(id);
                    let text = span.text.replace(UNTITLED, title);
                    out.text(&text, emphasis, Some(id));
                }
                link => out.text(span.text, emphasis, link),
            }
        }
    })
}

/// The body as `print` shows it: a link whose words are not its target's
/// title names the title after it in brackets, so a reader with the
/// printed guide can find the section by its heading.
pub fn for_paper<'t>(body: &Body, title_of: &dyn Fn(&str) -> Option<&'t str>) -> Body {
    rebuild(body, &mut |out, paragraph| {
        let links = links_in(paragraph);
        for (i, span) in paragraph.spans().enumerate() {
            let emphasis = Emphasis {
                bold: span.bold,
                italic: span.italic,
            };
            out.text(span.text, emphasis, span.link_id());
            let Some(link) = links.iter().find(|l| l.last_span == i) else {
                continue;
            };
            let Some(title) = title_of(link.target) else {
                continue;
            };
            if is_title(&link.words, title) {
                continue;
            }
            // "See care (see …)" would say it twice.
            let note = if link.follows_see_or_read() {
                format!(" (\u{201C}{title}\u{201D})")
            } else {
                format!(" (see \u{201C}{title}\u{201D})")
            };
            out.text(&note, Emphasis::default(), None);
        }
    })
}

/// Copies a body block by block; `paragraph` writes each paragraph's words.
fn rebuild(body: &Body, paragraph: &mut dyn FnMut(&mut BodyBuilder, Paragraph<'_>)) -> Body {
    let mut out = BodyBuilder::new();
    copy(body.blocks(), &mut out, paragraph);
    out.finish()
}

fn copy(
    blocks: Blocks<'_>,
    out: &mut BodyBuilder,
    paragraph: &mut dyn FnMut(&mut BodyBuilder, Paragraph<'_>),
) {
    for block in blocks {
        match block {
            Block::Paragraph(p) => {
                paragraph(out, p);
                out.end_paragraph();
            }
            Block::List { start, items } => {
                out.open_list(start);
                for item in items {
                    out.open_item();
                    copy(item, out, paragraph);
                    out.close();
                }
                out.close();
            }
            Block::Callout { kind, blocks } => {
                out.open_callout(kind);
                copy(blocks, out, paragraph);
                out.close();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CalloutKind;

    const PLAIN: Emphasis = Emphasis {
        bold: false,
        italic: false,
    };

    fn titles(id: &str) -> Option<&'static str> {
        match id {
            "signs" => Some("Warning signs: when to call right away"),
            "care" => Some("Getting care"),
            _ => None,
        }
    }

    /// A body with a little of everything, to copy.
    fn sample() -> Body {
        let mut b = BodyBuilder::new();
        b.text("Read about ", PLAIN, None);
        b.text("care", PLAIN, Some("care"));
        b.text(" next.", PLAIN, None);
        b.end_paragraph();
        b.open_list(Some(2));
        b.open_item();
        b.text("One", PLAIN, None);
        b.open_callout(CalloutKind::Emergency);
        b.text(
            "Call now",
            Emphasis {
                bold: true,
                italic: false,
            },
            None,
        );
        b.close();
        b.close();
        b.close();
        b.text(&UNTITLED.to_string(), PLAIN, Some("signs"));
        b.finish()
    }

    #[test]
    fn a_copy_with_nothing_changed_is_the_same_body() {
        let body = sample();
        assert_eq!(fill_titles(&body, &|_| None).blocks().count(), 3);
        let same = rebuild(&body, &mut |out, p| {
            for s in p.spans() {
                let emphasis = Emphasis {
                    bold: s.bold,
                    italic: s.italic,
                };
                out.text(s.text, emphasis, s.link_id());
            }
        });
        assert_eq!(same, body);
    }

    #[test]
    fn an_untitled_link_takes_its_targets_title() {
        let filled = fill_titles(&sample(), &titles);
        let last = filled.paragraphs().last().map(|p| p.text());
        assert_eq!(last, Some("Warning signs: when to call right away"));
        assert!(!filled.spans().any(|s| s.text.contains(UNTITLED)));
        // Without a title, the id: never the hidden stand-in.
        let unknown = fill_titles(&sample(), &|_| None);
        assert_eq!(unknown.paragraphs().last().map(|p| p.text()), Some("signs"));
    }

    #[test]
    fn on_paper_a_link_names_its_target_unless_its_words_are_the_title() {
        let filled = fill_titles(&sample(), &titles);
        let paper = for_paper(&filled, &titles);
        let texts: Vec<&str> = paper.paragraphs().map(|p| p.text()).collect();
        assert_eq!(
            texts,
            [
                "Read about care (see \u{201C}Getting care\u{201D}) next.",
                "One",
                "Call now",
                "Warning signs: when to call right away"
            ]
        );
        // The note is not part of the link.
        assert!(
            paper
                .spans()
                .any(|s| s.text.starts_with(" (see") && s.link_id().is_none())
        );
    }

    #[test]
    fn after_see_the_note_does_not_say_see_again() {
        let mut b = BodyBuilder::new();
        b.text("If unsure, see: ", PLAIN, None);
        b.text("the ", PLAIN, Some("signs"));
        b.text(
            "warning signs",
            Emphasis {
                bold: true,
                italic: false,
            },
            Some("signs"),
        );
        b.text(".", PLAIN, None);
        let paper = for_paper(&b.finish(), &titles);
        assert_eq!(
            paper.paragraphs().next().map(|p| p.text()),
            Some(
                "If unsure, see: the warning signs (\u{201C}Warning signs: when to call right away\u{201D})."
            )
        );
    }

    #[test]
    fn links_are_grouped_and_read_for_title_likeness() {
        let mut b = BodyBuilder::new();
        b.text("See ", PLAIN, None);
        b.text("Side ", PLAIN, Some("a"));
        b.text(
            "effects",
            Emphasis {
                bold: true,
                italic: false,
            },
            Some("a"),
        );
        b.text(" and ", PLAIN, None);
        b.text("care", PLAIN, Some("b"));
        b.text(", or read ", PLAIN, None);
        b.text("this", PLAIN, Some("c"));
        let body = b.finish();
        let Some(paragraph) = body.paragraphs().next() else {
            panic!("no paragraph")
        };
        let links = links_in(paragraph);
        let seen: Vec<(&str, &str, bool, bool)> = links
            .iter()
            .map(|l| {
                (
                    l.target,
                    l.words.as_str(),
                    l.starts_with_capital(),
                    l.follows_see_or_read(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                ("a", "Side effects", true, true),
                ("b", "care", false, false),
                ("c", "this", false, true)
            ]
        );
        assert!(!links[1].reads_like_a_title());
        assert!(links[2].reads_like_a_title());
    }

    #[test]
    fn titles_match_with_case_spacing_and_apostrophes_ignored() {
        assert!(is_title("side  effects", "Side effects"));
        assert!(is_title("What\u{2019}s next.", "What's next"));
        assert!(!is_title("Side effect", "Side effects"));
        assert!(!is_title(
            "Warning signs",
            "Warning signs: when to call right away"
        ));
    }
}
