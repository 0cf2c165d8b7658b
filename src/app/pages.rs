//! Laid-out sections, kept per text width so turning a page costs nothing
//! and a resize lays out only what is read next.

use std::collections::HashMap;
use std::sync::Arc;

use crate::content::Guide;
use crate::typeset::{self, Callouts, SectionLayout};

/// More than this many laid-out sections are dropped and redone on demand,
/// so a kiosk that is read all day keeps a flat memory use.
const MAX_CACHED: usize = 64;

#[derive(Debug, Clone, Default)]
pub struct LayoutCache {
    width: u16,
    callouts: Callouts,
    cached: HashMap<usize, Arc<SectionLayout>>,
}

impl LayoutCache {
    pub fn get(
        &mut self,
        guide: &Guide,
        section: usize,
        width: u16,
        callouts: Callouts,
    ) -> Arc<SectionLayout> {
        if (width, callouts) != (self.width, self.callouts) {
            self.cached.clear();
            self.width = width;
            self.callouts = callouts;
        }
        if let Some(found) = self.cached.get(&section) {
            return Arc::clone(found);
        }
        if self.cached.len() >= MAX_CACHED {
            self.cached.clear();
        }
        let laid_out = Arc::new(typeset::section_with(guide, section, width, callouts));
        self.cached.insert(section, Arc::clone(&laid_out));
        laid_out
    }

    /// A layout already made, for drawing without mutating.
    pub fn peek(
        &self,
        section: usize,
        width: u16,
        callouts: Callouts,
    ) -> Option<Arc<SectionLayout>> {
        ((width, callouts) == (self.width, self.callouts))
            .then(|| self.cached.get(&section).cloned())
            .flatten()
    }

    pub fn clear(&mut self) {
        self.cached.clear();
    }
}
