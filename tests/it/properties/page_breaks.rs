//! Pages keep things whole (issue: page breaks that ignore the content).
//! For any section of the shipped guide at any width from 20 to 200 and any
//! page height from 8 to 80:
//!
//! - pages start at line 0, in order, each at most a page tall, and only
//!   blank lines fall between one page's end and the next page's start;
//! - a list item, a box, or the title with the line after it (a run of
//!   lines that keep with the next) never splits when it fits on a page;
//! - no page starts with a blank line or with a box's bottom edge;
//! - the last page holds only sources only when no earlier place to end
//!   the page before would let some text go with them.

use immunoguide::typeset::{self, SectionLayout, Tone};
use proptest::prelude::*;

use super::{config, guides};

fn is_note(layout: &SectionLayout, i: usize) -> bool {
    layout.lines[i]
        .pieces
        .iter()
        .all(|p| p.tone == Tone::Meta || p.text.trim().is_empty())
}

fn is_blank(layout: &SectionLayout, i: usize) -> bool {
    layout.lines[i].pieces.is_empty()
}

/// The runs of lines that belong together: `(first, last)`, inclusive.
fn groups(layout: &SectionLayout) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut first = 0;
    for (i, line) in layout.lines.iter().enumerate() {
        if !line.keep_with_next {
            out.push((first, i));
            first = i + 1;
        }
    }
    out
}

fn problems(layout: &SectionLayout, height: u16) -> Vec<String> {
    let h = usize::from(height);
    let len = layout.lines.len();
    let starts = layout.page_starts(height);
    let mut found = Vec::new();
    if starts.first() != Some(&0) {
        found.push(format!("the first page starts at {:?}", starts.first()));
    }
    for (n, pair) in starts.windows(2).enumerate() {
        let (start, next) = (pair[0], pair[1]);
        if next <= start {
            found.push(format!("page {} starts at {next}, before {start}", n + 2));
        }
        if (start + h..next).any(|i| !is_blank(layout, i)) {
            found.push(format!("lines {}..{next} are on no page", start + h));
        }
    }
    for &start in &starts[1..] {
        if start >= len {
            found.push(format!("a page starts at {start}, past the end ({len})"));
            continue;
        }
        if is_blank(layout, start) {
            found.push(format!("the page at line {start} starts blank"));
        }
        let text = layout.lines[start].text();
        let head = text.trim_start();
        if head.starts_with('└') || head.starts_with('╚') {
            found.push(format!(
                "the page at line {start} starts with a box's bottom edge"
            ));
        }
    }
    for (first, last) in groups(layout) {
        if last + 1 - first > h {
            continue;
        }
        if let Some(s) = starts.iter().find(|&&s| s > first && s <= last) {
            found.push(format!(
                "lines {first}..={last} ({:?}…) fit on a page but a page starts at {s}",
                layout.lines[first].text()
            ));
        }
    }
    if let [.., before, last] = starts[..]
        && (last..len).all(|i| is_note(layout, i))
    {
        let better = (before + 1..last)
            .rev()
            .take_while(|&at| len - at <= h)
            .find(|&at| {
                !layout.lines[at - 1].keep_with_next
                    && !is_blank(layout, at)
                    && !is_note(layout, at)
            });
        if let Some(at) = better {
            found.push(format!(
                "the last page (from line {last}) holds only sources, but the page before could end at {at}"
            ));
        }
    }
    found
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn pages_keep_things_whole(section in any::<prop::sample::Index>(), width in 20u16..=200, height in 8u16..=80) {
        let guide = &guides()[0];
        let index = section.index(guide.sections.len());
        let layout = typeset::section(guide, index, width);
        let found = problems(&layout, height);
        prop_assert!(
            found.is_empty(),
            "{} at {width} wide, {height} tall:\n{}",
            guide.sections[index].id,
            found.join("\n")
        );
    }
}

/// Every section at the sizes people use, not only random ones.
#[test]
fn pages_keep_things_whole_at_common_sizes() {
    let guide = &guides()[0];
    let mut found = Vec::new();
    for (width, height) in [(38, 12), (54, 19), (58, 19), (76, 19), (116, 35)] {
        for index in 0..guide.sections.len() {
            let layout = typeset::section(guide, index, width);
            for problem in problems(&layout, height) {
                found.push(format!(
                    "{} at {width}x{height}: {problem}",
                    guide.sections[index].id
                ));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The rule is not empty: some section at some size does move a box or a
/// list item to the next page rather than split it.
#[test]
fn some_page_ends_early_to_keep_a_box_whole() {
    let guide = &guides()[0];
    let ends_early = (0..guide.sections.len()).any(|index| {
        let layout = typeset::section(guide, index, 58);
        let starts = layout.page_starts(19);
        starts
            .windows(2)
            .any(|p| p[1] - p[0] < 19 && !is_blank(&layout, p[1] - 1))
    });
    assert!(ends_early);
}
