//! Making a [`Body`] while the Markdown is read: blocks open and close in
//! reading order, and words go into the paragraph that is open.

use std::sync::Arc;

use super::{Body, CalloutKind, Emphasis, Kind, Node, Run};

/// Builds a [`Body`] block by block, in reading order. Text goes into the
/// open paragraph, which starts with the first text after a block opens
/// or closes, so a tight list item's words become a paragraph of their own.
#[derive(Debug, Default)]
pub struct BodyBuilder {
    text: String,
    runs: Vec<Run>,
    nodes: Vec<Node>,
    links: Vec<Arc<str>>,
    /// Lists, items and callouts not yet closed, as indexes into `nodes`.
    open: Vec<usize>,
    /// The first run of the paragraph being written, if one is.
    paragraph: Option<usize>,
}

impl BodyBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds words to the open paragraph, starting one if needed.
    pub fn text(&mut self, text: &str, emphasis: Emphasis, link: Option<&str>) {
        if text.is_empty() {
            return;
        }
        if self.paragraph.is_none() {
            self.paragraph = Some(self.runs.len());
        }
        let link = link.map_or(0, |id| self.link_number(id));
        let start = self.text.len();
        self.text.push_str(text);
        let end = self.text.len();
        let (Ok(start), Ok(end)) = (u32::try_from(start), u32::try_from(end)) else {
            // Past 4 GiB of text: far beyond the file size cap.
            return;
        };
        let first = self.paragraph.unwrap_or(self.runs.len());
        // Text with the same look as the run before it joins that run:
        // fewer pieces to wrap and to store.
        if self.runs.len() > first
            && let Some(last) = self.runs.last_mut()
            && last.emphasis == emphasis
            && last.link == link
            && last.end == start
        {
            last.end = end;
            return;
        }
        self.runs.push(Run {
            start,
            end,
            emphasis,
            link,
        });
    }

    fn link_number(&mut self, id: &str) -> u16 {
        let at = match self.links.iter().position(|known| &**known == id) {
            Some(at) => at,
            None => {
                self.links.push(Arc::from(id));
                self.links.len() - 1
            }
        };
        // A body is capped far below 65,535 links; past that, plain text.
        u16::try_from(at + 1).unwrap_or(0)
    }

    /// Ends the open paragraph. One with nothing but spaces is dropped.
    pub fn end_paragraph(&mut self) {
        let Some(first) = self.paragraph.take() else {
            return;
        };
        let start = self
            .runs
            .get(first)
            .map_or(self.text.len(), |r| r.start as usize);
        if self.text.get(start..).is_none_or(|t| t.trim().is_empty()) {
            self.text.truncate(start);
            self.runs.truncate(first);
            return;
        }
        let (Ok(first), Ok(last)) = (u32::try_from(first), u32::try_from(self.runs.len())) else {
            return;
        };
        let index = self.nodes.len();
        self.nodes.push(Node {
            kind: Kind::Paragraph { first, last },
            end: 0,
        });
        self.set_end(index);
    }

    pub fn open_list(&mut self, start: Option<u64>) {
        let start = start.map(|n| u32::try_from(n).unwrap_or(u32::MAX));
        self.open(Kind::List { start });
    }

    pub fn open_item(&mut self) {
        self.open(Kind::Item);
    }

    pub fn open_callout(&mut self, kind: CalloutKind) {
        self.open(Kind::Callout(kind));
    }

    /// Closes the innermost open list, item or callout.
    pub fn close(&mut self) {
        self.end_paragraph();
        if let Some(index) = self.open.pop() {
            self.set_end(index);
        }
    }

    /// Whether a callout is open around the current spot.
    pub fn in_callout(&self) -> bool {
        self.open.iter().any(|&i| {
            self.nodes
                .get(i)
                .is_some_and(|n| matches!(n.kind, Kind::Callout(_)))
        })
    }

    pub fn finish(mut self) -> Body {
        while !self.open.is_empty() {
            self.close();
        }
        self.end_paragraph();
        Body {
            text: self.text.into_boxed_str(),
            runs: self.runs.into_boxed_slice(),
            nodes: self.nodes.into_boxed_slice(),
            links: self.links.into_boxed_slice(),
        }
    }

    fn open(&mut self, kind: Kind) {
        self.end_paragraph();
        self.open.push(self.nodes.len());
        self.nodes.push(Node { kind, end: 0 });
    }

    fn set_end(&mut self, index: usize) {
        let end = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
        if let Some(node) = self.nodes.get_mut(index) {
            node.end = end;
        }
    }
}
