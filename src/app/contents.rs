//! The contents list: which chapters are open and which entry is selected.
//! State is keyed by section id, not by row, so it survives a new version
//! of the guide.

use std::collections::HashSet;

use crate::content::Guide;

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

    /// Scrolls so the selected row is inside a box `height` rows tall.
    pub fn keep_visible(&mut self, guide: &Guide, height: usize) {
        let (at, len) = self.selected_and_len(guide);
        let height = height.max(1);
        if at < self.offset {
            self.offset = at;
        } else if at >= self.offset + height {
            self.offset = at + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
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
