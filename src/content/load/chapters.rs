//! Chapters and their sections, read depth first into the guide's tree,
//! several chapters at a time.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

use toml::de::DeTable;

use super::depth::{has_visible_char, too_deep_message};
use super::ids::check_slug;
use super::{Loader, MAX_SECTION_DEPTH, MAX_TITLE_CHARS, Pending, SourceIds};
use crate::content::fields::{Fields, Text};
use crate::content::files::GuideFiles;
use crate::content::markup::{LinkRef, parse_body};
use crate::content::model::{Body, DatesAt, Origin, Section};
use crate::content::problem::SourceText;

/// Reads chapters on as many threads as the machine has cores, each
/// chapter with its own loader (chapters do not depend on each other
/// until their ids are compared), and hands each to `absorb` in the
/// manifest's order once all are read. Each thread takes the next chapter
/// not yet taken, so a large chapter, or a thread the machine is busy
/// elsewhere with, does not hold up the rest.
pub(super) fn read_chapters<'f>(
    files: &'f dyn GuideFiles,
    manifest: &SourceText,
    chapters: &[&Text],
    known: &SourceIds<'_>,
    mut absorb: impl FnMut(Loader<'f>),
) {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(chapters.len());
    let next = AtomicUsize::new(0);
    let take_chapters = || {
        let mut read = Vec::new();
        loop {
            let at = next.fetch_add(1, Ordering::Relaxed);
            let Some(named) = chapters.get(at) else {
                return read;
            };
            let mut part = Loader::new(files);
            part.chapter(manifest, named, known);
            read.push((at, part));
        }
    };
    let mut read = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(take_chapters)).collect();
        // This thread reads chapters too.
        let mut read = take_chapters();
        for helper in helpers {
            match helper.join() {
                Ok(theirs) => read.extend(theirs),
                // Reading never panics on any input; if it ever did, the
                // panic is passed on rather than a chapter left out.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        read
    });
    // Back in the manifest's order.
    read.sort_unstable_by_key(|(at, _)| *at);
    read.into_iter().for_each(|(_, part)| absorb(part));
}

impl Loader<'_> {
    pub(super) fn chapter(&mut self, manifest: &SourceText, named: &Text, known: &SourceIds<'_>) {
        let Some(file) = self.open_named(manifest, named) else {
            return;
        };
        let Some((table, span)) = self.parse(&file) else {
            return;
        };
        self.section(&file, &table, 0..span.end, None, 0, known);
    }

    /// Reads one node and, depth first, its sections.
    pub(super) fn section(
        &mut self,
        file: &SourceText,
        table: &DeTable<'_>,
        span: Range<usize>,
        parent: Option<usize>,
        depth: usize,
        known: &SourceIds<'_>,
    ) {
        let what = if depth == 0 {
            "This chapter"
        } else {
            "This section"
        };
        let p = &mut self.problems;
        let mut f = Fields::new(table, span.clone(), file, what);
        let id = f.text("id", true, p);
        let title = f.text("title", true, p);
        let summary = f.text("summary", false, p);
        let body = f.text("body", true, p);
        let keywords = f.texts("keywords", false, p);
        let sources = f.texts("sources", true, p);
        let reviewed = f.date("reviewed", true, p);
        let translated_from = f.date("translated_from", false, p);
        let dates_at = (f.value_span("reviewed"), f.value_span("translated_from"));
        let children = f.tables("section", p);
        let screen_only = f.flag("screen_only", p);
        f.finish(p);

        if depth > MAX_SECTION_DEPTH {
            p.push(file.error(span.start, too_deep_message()));
        }
        if let Some(id) = &id {
            if screen_only {
                self.screen_only.push(id.value.clone());
            }
            check_slug(file, id, p);
            self.ids
                .push(Pending::at(file, id.span.start, id.value.clone()));
        }
        if let Some(t) = &title {
            if t.value.trim().is_empty() {
                p.push(file.error(
                    t.span.start,
                    "`title` is empty. Give this section a short title.",
                ));
            } else if !has_visible_char(&t.value) {
                p.push(file.error(
                    t.span.start,
                    "`title` has only invisible characters (such as zero-width spaces). Give this section a short title in words.",
                ));
            } else if t.value.contains('\n') {
                p.push(file.error(
                    t.span.start,
                    "The title has a line break. Keep the title on one line.",
                ));
            } else if t.value.chars().count() > MAX_TITLE_CHARS {
                p.push(file.error(t.span.start, format!("The title is too long for the contents list. Keep it to one line of at most {MAX_TITLE_CHARS} characters.")));
            }
        }
        let mut links: Vec<LinkRef> = Vec::new();
        let parsed_body = match &body {
            Some(b) if b.value.trim().is_empty() => {
                p.push(file.error(
                    b.span.start,
                    "`body` is empty. Write the text of this section.",
                ));
                Body::default()
            }
            Some(b) => parse_body(file, b, p, &mut links),
            None => Body::default(),
        };
        if links.iter().any(|l| l.untitled) {
            self.untitled.push(self.sections.len());
        }
        self.links.extend(
            links
                .into_iter()
                .map(|l| Pending::at(file, l.offset, l.target)),
        );
        // The sources file is read before any chapter, so a source is
        // checked here rather than kept for later.
        for s in &sources {
            if !known.knows(s.value.as_str()) {
                p.push(file.error(
                    s.span.start,
                    format!(
                        "The source `{}` is not in the sources file. Add it there, or fix the spelling.",
                        s.value
                    ),
                ));
            }
        }

        let index = self.sections.len();
        let (line, column) = file.line_column(id.as_ref().map_or(span.start, |i| i.span.start));
        self.sections.push(Section {
            id: id.map(|i| i.value).unwrap_or_default(),
            title: title.map(|t| t.value).unwrap_or_default(),
            summary: summary.map(|s| s.value),
            body: parsed_body,
            keywords: keywords.into_iter().map(|k| k.value).collect(),
            sources: sources.into_iter().map(|s| s.value).collect(),
            reviewed: reviewed.unwrap_or_default(),
            translated_from,
            dates_at: DatesAt {
                reviewed: dates_at.0.map(|at| file.line_column(at.start)),
                translated_from: dates_at.1.map(|at| file.line_column(at.start)),
            },
            depth,
            parent,
            children: Vec::new(),
            subtree_end: index + 1,
            origin: Origin {
                file: file.name.to_string(),
                line,
                column,
            },
        });
        if let Some(parent) = parent
            && let Some(parent) = self.sections.get_mut(parent)
        {
            parent.children.push(index);
        }
        // Past the cap the children are still read (to report their own
        // problems) but the depth error above already stops the load.
        for (child, child_span) in children {
            self.section(file, child, child_span, Some(index), depth + 1, known);
        }
        let end = self.sections.len();
        if let Some(me) = self.sections.get_mut(index) {
            me.subtree_end = end;
        }
    }
}
