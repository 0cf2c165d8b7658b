//! Where a laid-out section breaks into pages of a given height, so things
//! stay whole: a list item, a callout box, or the title with the line after
//! it never splits across pages when it fits on one; no page starts with
//! the last line of something that did not fit (such as a box's bottom
//! edge) or with a blank line; and the sources never take the last page on
//! their own when some text can go with them.

use super::{SectionLayout, Tone};

/// The fewest lines of a too-long group carried onto the next page, so a
/// page never opens with only a box's bottom edge.
const CARRIED: usize = 2;

impl SectionLayout {
    /// The first line of every page at `height` lines a page; never empty.
    pub fn page_starts(&self, height: u16) -> Vec<usize> {
        let h = usize::from(height.max(1));
        let lines = &self.lines;
        let mut starts = vec![0];
        let mut start = 0;
        while start + h < lines.len() {
            let mut end = self.break_before(start, start + h, h);
            // Blank lines at the top of a page are left out.
            while end < lines.len() && lines[end].pieces.is_empty() {
                end += 1;
            }
            if end >= lines.len() {
                break;
            }
            starts.push(end);
            start = end;
        }
        self.keep_sources_company(&mut starts, h);
        starts
    }

    /// The last place at or before `end` (and after `start`) where a page
    /// may end: after a line that need not stay with the next one, unless
    /// what follows is too tall for any page and splits anyway.
    fn break_before(&self, start: usize, end: usize, h: usize) -> usize {
        let lines = &self.lines;
        let mut at = end;
        while at > start + 1 && lines[at - 1].keep_with_next {
            at -= 1;
        }
        if !lines[at - 1].keep_with_next && self.group_end(at) + 1 - at <= h {
            return at;
        }
        // Too tall for a page: it splits at the page's end, but its last
        // lines never open the next page on their own.
        let carried = self.group_end(end) + 1 - end;
        if carried < CARRIED && end - (CARRIED - carried) > start {
            return end - (CARRIED - carried);
        }
        end
    }

    /// The last line of the group that starts at or runs through `line`.
    fn group_end(&self, line: usize) -> usize {
        (line..self.lines.len())
            .find(|&i| !self.lines[i].keep_with_next)
            .unwrap_or(self.lines.len().saturating_sub(1))
    }

    /// When the last page would hold only the sources, and they fit on a
    /// page with the end of the text, the page before ends earlier at a
    /// place it may end.
    fn keep_sources_company(&self, starts: &mut [usize], h: usize) {
        let lines = &self.lines;
        let len = lines.len();
        let (Some(&last), Some(&before)) = (starts.last(), starts.iter().rev().nth(1)) else {
            return;
        };
        let is_note = |i: usize| {
            lines[i]
                .pieces
                .iter()
                .all(|p| p.tone == Tone::Meta || p.text.trim().is_empty())
        };
        if !(last..len).all(is_note) {
            return;
        }
        for at in (before + 1..last).rev() {
            if len - at > h {
                return;
            }
            if !lines[at - 1].keep_with_next && !lines[at].pieces.is_empty() && !is_note(at) {
                if let Some(slot) = starts.last_mut() {
                    *slot = at;
                }
                return;
            }
        }
    }

    /// Pages needed at `height` lines each; never zero.
    pub fn page_count(&self, height: u16) -> usize {
        self.page_starts(height).len()
    }

    /// The first line of the page that shows line `line`.
    pub fn page_start_for(&self, line: usize, height: u16) -> usize {
        let starts = self.page_starts(height);
        let at = starts.partition_point(|&s| s <= line);
        starts[at.saturating_sub(1)]
    }

    /// The first line of the last page.
    pub fn last_page(&self, height: u16) -> usize {
        self.page_starts(height).last().copied().unwrap_or(0)
    }

    /// How many lines are shown from `top`: up to the next page's first
    /// line when `top` starts a page, else a screenful (after scrolling by
    /// lines).
    pub fn shown(&self, top: usize, height: u16) -> usize {
        self.shown_in(&self.page_starts(height), top, height)
    }

    /// [`Self::shown`] with the page starts already found.
    fn shown_in(&self, starts: &[usize], top: usize, height: u16) -> usize {
        let room = self
            .lines
            .len()
            .saturating_sub(top)
            .min(usize::from(height.max(1)));
        match starts.binary_search(&top) {
            Ok(i) => starts
                .get(i + 1)
                .map_or(room, |next| (next - top).min(room)),
            Err(_) => room,
        }
    }

    /// The page after the one shown from `top`, if the section goes on.
    pub fn next_page(&self, top: usize, height: u16) -> Option<usize> {
        let starts = self.page_starts(height);
        if top + self.shown_in(&starts, top, height) >= self.lines.len() {
            return None;
        }
        starts.into_iter().find(|&s| s > top)
    }

    /// The page before the one shown from `top`.
    pub fn previous_page(&self, top: usize, height: u16) -> Option<usize> {
        self.page_starts(height)
            .into_iter()
            .rev()
            .find(|&s| s < top)
    }

    /// Page N (from 1) of M for the place shown from `top`.
    pub fn page_of(&self, top: usize, height: u16) -> (usize, usize) {
        let starts = self.page_starts(height);
        let total = starts.len();
        if top + self.shown_in(&starts, top, height) >= self.lines.len() {
            return (total, total);
        }
        (starts.partition_point(|&s| s <= top).clamp(1, total), total)
    }
}
