//! Back and forward, like a browser: where the reader was before each jump
//! (a link, a contents entry, a search result). Bounded, so a kiosk that
//! runs for weeks never grows.

use super::position::Position;

/// The most places remembered each way.
pub const MAX_HISTORY: usize = 100;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    back: Vec<Position>,
    forward: Vec<Position>,
}

impl History {
    /// Remembers `from` before a jump; a new jump forgets the forward list,
    /// as browsers do.
    pub fn leave(&mut self, from: Position) {
        if self.back.last() != Some(&from) {
            self.back.push(from);
            if self.back.len() > MAX_HISTORY {
                self.back.remove(0);
            }
        }
        self.forward.clear();
    }

    /// The place to go back to, given where the reader is now.
    pub fn back(&mut self, now: Position) -> Option<Position> {
        let to = self.back.pop()?;
        self.forward.push(now);
        if self.forward.len() > MAX_HISTORY {
            self.forward.remove(0);
        }
        Some(to)
    }

    pub fn forward(&mut self, now: Position) -> Option<Position> {
        let to = self.forward.pop()?;
        self.back.push(now);
        if self.back.len() > MAX_HISTORY {
            self.back.remove(0);
        }
        Some(to)
    }

    pub fn len(&self) -> (usize, usize) {
        (self.back.len(), self.forward.len())
    }

    pub fn clear(&mut self) {
        self.back.clear();
        self.forward.clear();
    }

    /// Carries every place over to another guide (the same guide in
    /// another language): `to` gives a place's section there, or `None`
    /// when that guide lacks it, and then the place is dropped.
    pub fn carry_over(&mut self, to: impl Fn(usize) -> Option<usize>) {
        for list in [&mut self.back, &mut self.forward] {
            list.retain_mut(|place| match to(place.section) {
                Some(section) => {
                    place.section = section;
                    true
                }
                None => false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(section: usize) -> Position {
        Position { section, top: 0 }
    }

    #[test]
    fn back_and_forward_walk_the_jumps() {
        let mut h = History::default();
        h.leave(at(1));
        h.leave(at(2));
        assert_eq!(h.back(at(3)), Some(at(2)));
        assert_eq!(h.back(at(2)), Some(at(1)));
        assert_eq!(h.back(at(1)), None);
        assert_eq!(h.forward(at(1)), Some(at(2)));
        // A new jump drops what was ahead.
        h.leave(at(2));
        assert_eq!(h.forward(at(5)), None);
    }

    #[test]
    fn places_carried_to_another_guide_keep_their_order_and_lose_the_missing() {
        let mut h = History::default();
        h.leave(at(1));
        h.leave(at(2));
        h.leave(at(3));
        assert_eq!(h.back(at(4)), Some(at(3)));
        // Section 2 is not in the other guide; the others move by 10.
        h.carry_over(|s| (s != 2).then_some(s + 10));
        assert_eq!(h.len(), (1, 1));
        assert_eq!(h.forward(at(13)), Some(at(14)));
        assert_eq!(h.back(at(14)), Some(at(13)));
        assert_eq!(h.back(at(13)), Some(at(11)));
    }

    #[test]
    fn history_is_bounded() {
        let mut h = History::default();
        for i in 0..(MAX_HISTORY * 3) {
            h.leave(at(i));
        }
        assert_eq!(h.len().0, MAX_HISTORY);
    }
}
