//! The contents list: which chapters are open and which entry is selected.
//! State is keyed by section id, not by row, so it survives a new version
//! of the guide.

use std::borrow::Cow;
use std::collections::HashSet;

use unicode_width::UnicodeWidthStr;

use crate::content::Guide;

/// Columns before a title: the arrow or bullet and its space.
const GLYPH: usize = 2;
/// Columns kept after the title of the section being read, for its " ◀".
const MARK: usize = 2;

/// Columns for the title of an entry at `depth`.
fn title_room(depth: usize, width: usize, marked: bool) -> usize {
    let mark = if marked { MARK } else { 0 };
    width
        .saturating_sub(depth.saturating_mul(2) + GLYPH + mark)
        .max(1)
}

fn fits(title: &str, room: usize) -> bool {
    // No character is wider on screen than it is long in UTF-8.
    title.len() <= room || title.width() <= room
}

/// A title as the contents list shows it in a box `width` columns wide:
/// whole, on as many lines as it needs, each line after the glyph (the
/// first) or under it (the rest). Titles are never cut short, so a patient
/// can read every one at any width.
pub fn title_lines(title: &str, depth: usize, width: usize, marked: bool) -> Vec<Cow<'_, str>> {
    let room = title_room(depth, width, marked);
    if fits(title, room) {
        return vec![Cow::Borrowed(title)];
    }
    // Titles are short and plain: breaking at spaces, first fit, is
    // enough, and several times cheaper than the default (Unicode line
    // breaking and optimal fit), which matters as it runs on every frame.
    let options = textwrap::Options::new(room)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    textwrap::wrap(title, options)
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contents {
    /// Ids of the sections whose children are shown.
    pub opened: HashSet<String>,
    /// The selected section (by index into the guide).
    pub selected: usize,
    /// The first row shown, when the list is longer than its box.
    pub offset: usize,
}

/// One row of the contents list as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub section: usize,
    pub depth: usize,
    pub has_children: bool,
    pub open: bool,
}

/// The rows of the contents list, walked in order without storing them.
///
/// A key or a frame needs only a few facts about the list (where the
/// selection is, how long it is, the rows in the box), so walking is
/// cheaper than building every row of a 10,000-section guide each time.
#[derive(Debug, Clone)]
pub struct Rows<'a> {
    guide: &'a Guide,
    /// Indexes of the open sections, ascending: the walk only moves
    /// forward, so one cursor into this list answers "is it open?" with
    /// no hashing per row.
    open: Vec<usize>,
    /// The first entry of `open` not yet passed.
    cursor: usize,
    /// The next section to show.
    at: usize,
}

impl Iterator for Rows<'_> {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        let i = self.at;
        let section = self.guide.sections.get(i)?;
        while self.open.get(self.cursor).is_some_and(|&o| o < i) {
            self.cursor += 1;
        }
        let has_children = !section.children.is_empty();
        let open = has_children && self.open.get(self.cursor) == Some(&i);
        // A closed section's children are skipped; `max` keeps the walk
        // moving even on a malformed tree.
        self.at = if open || !has_children {
            i + 1
        } else {
            section.subtree_end.max(i + 1)
        };
        Some(Row {
            section: i,
            depth: section.depth,
            has_children,
            open,
        })
    }
}

impl Contents {
    /// The rows a person sees, in order: closed sections hide their
    /// children. The work grows with the rows shown, not the guide's size.
    pub fn rows(&self, guide: &Guide) -> Vec<Row> {
        self.walk(guide).collect()
    }

    /// The rows a person sees, one at a time (see [`Rows`]).
    pub fn walk<'a>(&self, guide: &'a Guide) -> Rows<'a> {
        // Ids are looked up once per open section (a handful), not once
        // per row; ids that a new version of the guide dropped are skipped.
        let mut open: Vec<usize> = self
            .opened
            .iter()
            .filter_map(|id| guide.section_index(id))
            .collect();
        open.sort_unstable();
        Rows {
            guide,
            open,
            cursor: 0,
            at: 0,
        }
    }

    /// The selected row (0 if it is hidden) and the number of rows, in one
    /// walk.
    fn selected_and_len(&self, guide: &Guide) -> (usize, usize) {
        let mut at = None;
        let mut len = 0;
        for (n, row) in self.walk(guide).enumerate() {
            if row.section == self.selected {
                at = Some(n);
            }
            len = n + 1;
        }
        (at.unwrap_or(0), len)
    }

    /// Opens every chapter and section above `index` so it can be seen.
    pub fn reveal(&mut self, guide: &Guide, index: usize) {
        for ancestor in guide.ancestors(index) {
            if let Some(s) = guide.section(ancestor) {
                self.opened.insert(s.id.clone());
            }
        }
    }

    /// Selects the section being read: its path is opened, and so is the
    /// section itself, so what it holds is one step away.
    pub fn select(&mut self, guide: &Guide, index: usize) {
        if let Some(section) = guide.section(index) {
            self.reveal(guide, index);
            if !section.children.is_empty() {
                self.opened.insert(section.id.clone());
            }
            self.selected = index;
        }
    }

    /// Moves the selection by `delta` rows, stopping at the ends.
    pub fn move_by(&mut self, guide: &Guide, delta: isize) {
        let (at, len) = self.selected_and_len(guide);
        if len == 0 {
            return;
        }
        let target = at.saturating_add_signed(delta).min(len - 1);
        if let Some(row) = self.walk(guide).nth(target) {
            self.selected = row.section;
        }
    }

    pub fn move_to_end(&mut self, guide: &Guide, last: bool) {
        let mut rows = self.walk(guide);
        let row = if last { rows.last() } else { rows.next() };
        if let Some(row) = row {
            self.selected = row.section;
        }
    }

    /// Left: close an open entry, or go up to its parent.
    pub fn collapse(&mut self, guide: &Guide) {
        let Some(section) = guide.section(self.selected) else {
            return;
        };
        if self.opened.remove(&section.id) && !section.children.is_empty() {
            return;
        }
        if let Some(parent) = section.parent {
            self.selected = parent;
        }
    }

    /// Right: open a closed entry, or step to its first child.
    pub fn expand(&mut self, guide: &Guide) {
        let Some(section) = guide.section(self.selected) else {
            return;
        };
        if section.children.is_empty() {
            return;
        }
        if self.opened.insert(section.id.clone()) {
            return;
        }
        if let Some(&first) = section.children.first() {
            self.selected = first;
        }
    }

    pub fn toggle(&mut self, guide: &Guide, index: usize) {
        if let Some(section) = guide.section(index)
            && !section.children.is_empty()
            && !self.opened.remove(&section.id)
        {
            self.opened.insert(section.id.clone());
        }
    }

    /// The screen lines an entry takes in a box `width` columns wide, when
    /// the section `reading` is the one marked as being read.
    pub fn entry_height(guide: &Guide, row: &Row, width: usize, reading: usize) -> usize {
        let title = guide.section(row.section).map_or("", |s| s.title.as_str());
        let marked = row.section == reading;
        // Most titles fit on one line: known without wrapping them.
        if fits(title, title_room(row.depth, width, marked)) {
            return 1;
        }
        title_lines(title, row.depth, width, marked).len().max(1)
    }

    /// Scrolls so the whole selected entry is inside a box `height` lines
    /// tall and `width` columns wide, and the box is never left half empty
    /// while entries above could fill it. Long titles take more than one
    /// line, so the work is in lines, but only for the entries near the box.
    pub fn keep_visible(&mut self, guide: &Guide, height: usize, width: usize, reading: usize) {
        let rows = self.rows(guide);
        let height = height.max(1);
        let lines = |row: &Row| Self::entry_height(guide, row, width, reading);
        let at = rows
            .iter()
            .position(|r| r.section == self.selected)
            .unwrap_or(0);
        if at < self.offset {
            self.offset = at;
        }
        let mut used: usize = rows
            .get(self.offset..=at)
            .map_or(0, |shown| shown.iter().map(lines).sum());
        while used > height && self.offset < at {
            used -= rows.get(self.offset).map_or(0, lines);
            self.offset += 1;
        }
        // The first entry from which the rest of the list fits.
        let mut first = rows.len();
        let mut tail = 0;
        while let Some(row) = first.checked_sub(1).and_then(|i| rows.get(i)) {
            tail += lines(row);
            if tail > height {
                break;
            }
            first -= 1;
        }
        self.offset = self.offset.min(first);
    }

    /// The entry drawn on line `line` of the box (0 is its first line
    /// inside the border), and whether that is the entry's first line.
    pub fn entry_at_line(
        &self,
        guide: &Guide,
        line: usize,
        width: usize,
        reading: usize,
    ) -> Option<(Row, bool)> {
        let mut top = 0;
        for row in self.walk(guide).skip(self.offset) {
            let lines = Self::entry_height(guide, &row, width, reading);
            if line < top + lines {
                return Some((row, line == top));
            }
            top += lines;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Embedded, load};

    /// The list as it was first written: every row, a set lookup each.
    fn rows_by_lookup(contents: &Contents, guide: &Guide) -> Vec<Row> {
        let mut rows = Vec::new();
        let mut i = 0;
        while let Some(section) = guide.sections.get(i) {
            let has_children = !section.children.is_empty();
            let open = has_children && contents.opened.contains(&section.id);
            rows.push(Row {
                section: i,
                depth: section.depth,
                has_children,
                open,
            });
            i = if open || !has_children {
                i + 1
            } else {
                section.subtree_end.max(i + 1)
            };
        }
        rows
    }

    #[test]
    fn long_titles_wrap_whole_within_the_box() {
        let title = "This guide does not replace your care team";
        assert_eq!(title_lines(title, 0, 60, true), [title]);
        // 42 columns: it fits on one line, but not with the mark after it.
        assert_eq!(title_lines(title, 0, 44, false), [title]);
        assert_eq!(title_lines(title, 0, 44, true).len(), 2);
        for (depth, width) in [(0, 22), (1, 22), (3, 22), (3, 8), (0, 0)] {
            let lines = title_lines(title, depth, width, true);
            let room = width.saturating_sub(depth * 2 + GLYPH + MARK).max(1);
            assert!(lines.len() > 1, "{depth} {width}: {lines:?}");
            for line in &lines {
                assert!(line.width() <= room, "{depth} {width}: {lines:?}");
            }
            // Nothing is lost: the words read back whole.
            assert_eq!(lines.concat().replace(' ', ""), title.replace(' ', ""));
        }
    }

    #[test]
    fn the_selected_entry_is_always_wholly_in_the_box() {
        let guide = load(&Embedded).expect("the shipped guide loads");
        for (height, width) in [(5, 22), (8, 22), (3, 12), (20, 34)] {
            let mut contents = Contents::default();
            for chapter in &guide.chapters {
                contents.reveal(&guide, *chapter);
                contents.toggle(&guide, *chapter);
            }
            let rows = contents.rows(&guide);
            // The section being read is somewhere in the middle.
            let reading = rows[rows.len() / 2].section;
            let lines = |r: &Row| Contents::entry_height(&guide, r, width, reading);
            // Down the whole list and back up.
            let order: Vec<usize> = (0..rows.len()).chain((0..rows.len()).rev()).collect();
            for at in order {
                contents.selected = rows[at].section;
                contents.keep_visible(&guide, height, width, reading);
                let offset = contents.offset;
                assert!(offset <= at, "{height}x{width}: offset {offset} past {at}");
                let used: usize = rows[offset..=at].iter().map(lines).sum();
                assert!(
                    used <= height || offset == at,
                    "{height}x{width}: entry {at} ends on line {used}"
                );
                // The line-to-entry map agrees with the heights.
                let first_line = used - lines(&rows[at]);
                assert_eq!(
                    contents.entry_at_line(&guide, first_line, width, reading),
                    Some((rows[at], true))
                );
            }
            // At the end of the list the box is full, not half empty.
            contents.selected = rows[rows.len() - 1].section;
            contents.keep_visible(&guide, height, width, reading);
            let shown: usize = rows[contents.offset..].iter().map(lines).sum();
            let one_more = contents
                .offset
                .checked_sub(1)
                .map_or(usize::MAX, |o| shown + lines(&rows[o]));
            // (Unless the last entry alone is taller than the box.)
            let last_alone = contents.offset == rows.len() - 1;
            assert!(
                (shown <= height && one_more > height) || last_alone,
                "{height}x{width}"
            );
        }
    }

    #[test]
    fn the_walk_shows_the_rows_a_lookup_would() {
        let guide = load(&Embedded).expect("the shipped guide loads");
        let mut contents = Contents::default();
        assert_eq!(contents.rows(&guide), rows_by_lookup(&contents, &guide));
        // Open sections one by one, in an order that is not the guide's,
        // with an id a new version of the guide no longer has.
        contents.opened.insert("no-longer-here".to_string());
        let n = guide.sections.len();
        for k in 0..n {
            let i = (k * 7 + 3) % n;
            contents.toggle(&guide, i);
            assert_eq!(contents.rows(&guide), rows_by_lookup(&contents, &guide));
        }
        contents.select(&guide, n - 1);
        assert_eq!(contents.rows(&guide), rows_by_lookup(&contents, &guide));
        let (at, len) = contents.selected_and_len(&guide);
        let rows = rows_by_lookup(&contents, &guide);
        assert_eq!(len, rows.len());
        assert_eq!(rows[at].section, n - 1);
    }
}
