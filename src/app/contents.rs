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

impl Contents {
    /// The rows a person sees, in order: closed sections hide their
    /// children. The work grows with the rows shown, not the guide's size.
    pub fn rows(&self, guide: &Guide) -> Vec<Row> {
        let mut rows = Vec::new();
        let mut i = 0;
        while let Some(section) = guide.sections.get(i) {
            let has_children = !section.children.is_empty();
            let open = has_children && self.opened.contains(&section.id);
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

    fn selected_row(&self, rows: &[Row]) -> usize {
        rows.iter()
            .position(|r| r.section == self.selected)
            .unwrap_or(0)
    }

    /// Moves the selection by `delta` rows, stopping at the ends.
    pub fn move_by(&mut self, guide: &Guide, delta: isize) {
        let rows = self.rows(guide);
        if rows.is_empty() {
            return;
        }
        let at = self.selected_row(&rows);
        let target = at.saturating_add_signed(delta).min(rows.len() - 1);
        self.selected = rows[target].section;
    }

    pub fn move_to_end(&mut self, guide: &Guide, last: bool) {
        let rows = self.rows(guide);
        let row = if last { rows.last() } else { rows.first() };
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
        let rows = self.rows(guide);
        let at = self.selected_row(&rows);
        let height = height.max(1);
        if at < self.offset {
            self.offset = at;
        } else if at >= self.offset + height {
            self.offset = at + 1 - height;
        }
        self.offset = self.offset.min(rows.len().saturating_sub(height));
    }
}
