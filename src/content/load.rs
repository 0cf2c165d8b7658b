//! Loading a guide: read every file, turn TOML into the guide tree, and
//! check everything that ties files together (ids, links, sources). All
//! problems are gathered and returned together; nothing here panics.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};

use toml::de::DeTable;

use super::fields::{Fields, Text};
use super::files::GuideFiles;
use super::links;
use super::markup::{LinkRef, parse_body};
use super::model::{About, Body, Guide, Origin, Section, Source, Term};
use super::problem::{Problem, SourceText, file_problem, is_forbidden_char};

mod depth;
use depth::{has_visible_char, too_deep_message};

/// Sections may nest this many levels below their chapter.
pub const MAX_SECTION_DEPTH: usize = 3;
/// Longest title, in characters: a title must fit a sidebar row and a
/// breadcrumb.
pub const MAX_TITLE_CHARS: usize = 80;

/// Loads and validates a whole guide.
pub fn load(files: &dyn GuideFiles) -> Result<Guide, Vec<Problem>> {
    let mut loader = Loader::new(files);
    let guide = loader.run();
    loader.finish(guide)
}

/// Reads and checks only the manifest (`guide.toml`): enough for the
/// welcome screen, in a fraction of the time the whole guide takes.
pub fn load_about(files: &dyn GuideFiles) -> Result<About, Vec<Problem>> {
    let mut loader = Loader::new(files);
    let about = loader.manifest().map(|m| m.about);
    loader.finish(about)
}

/// The ids in the sources file, which every section's `sources` must name;
/// `None` when that file could not be read, and then no source is called
/// unknown (that would repeat one mistake once for every section).
struct SourceIds<'s>(Option<HashSet<&'s str>>);

impl SourceIds<'_> {
    fn knows(&self, id: &str) -> bool {
        self.0.as_ref().is_none_or(|ids| ids.contains(id))
    }
}

/// What the manifest says, and the files it names.
struct Manifest {
    text: SourceText,
    about: About,
    chapters: Vec<Text>,
    glossary_file: Option<Text>,
    sources_file: Option<Text>,
}

/// A reference to check once every file is read. Its place is worked out
/// when it is found, so each file's text can be dropped as soon as that
/// file is read: a large guide is never held in memory twice.
struct Pending {
    file: Arc<str>,
    line: usize,
    column: usize,
    target: String,
}

impl Pending {
    fn at(file: &SourceText, offset: usize, target: String) -> Self {
        let (line, column) = file.line_column(offset);
        Self {
            file: Arc::clone(&file.name),
            line,
            column,
            target,
        }
    }

    fn problem(&self, message: String) -> Problem {
        Problem::new(
            super::problem::Severity::Error,
            &self.file,
            self.line,
            self.column,
            &message,
        )
    }
}

struct Loader<'f> {
    files: &'f dyn GuideFiles,
    problems: Vec<Problem>,
    sections: Vec<Section>,
    links: Vec<Pending>,
    see_also: Vec<Pending>,
    /// Where each section id was first defined, to point at both copies.
    id_places: HashMap<String, String>,
    /// Section ids in reading order with where they are written, checked
    /// for repeats once every chapter is in.
    ids: Vec<Pending>,
    /// Sections with a link written `[](#id)`, whose words are the
    /// target's title once every title is known.
    untitled: Vec<usize>,
    /// A file could not be read or is not valid TOML. Its sections are
    /// missing, so links to them are not reported: one real mistake
    /// would otherwise come last, after a page of echoes of it.
    unreadable: bool,
    /// Ids of sections marked `screen_only`.
    screen_only: Vec<String>,
}

impl<'f> Loader<'f> {
    fn new(files: &'f dyn GuideFiles) -> Self {
        Self {
            files,
            problems: Vec::new(),
            sections: Vec::new(),
            links: Vec::new(),
            see_also: Vec::new(),
            id_places: HashMap::new(),
            ids: Vec::new(),
            untitled: Vec::new(),
            unreadable: false,
            screen_only: Vec::new(),
        }
    }

    /// The result, or every problem found, in file order.
    fn finish<T>(mut self, result: Option<T>) -> Result<T, Vec<Problem>> {
        if self.problems.is_empty() {
            result.ok_or_else(|| vec![file_problem("guide.toml", "The guide could not be read.")])
        } else {
            self.problems
                .sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
            Err(self.problems)
        }
    }

    fn read(&mut self, relative: &str) -> Option<SourceText> {
        let name = self.files.display_name(relative);
        match self.files.read(relative) {
            Ok(text) => Some(SourceText::new(name, normalize_newlines(text))),
            Err(message) => {
                self.problems.push(file_problem(&name, message));
                self.unreadable = true;
                None
            }
        }
    }

    fn parse<'t>(&mut self, file: &'t SourceText) -> Option<(DeTable<'t>, Range<usize>)> {
        let parsed = DeTable::parse(&file.text);
        self.unreadable |= parsed.is_err();
        match parsed {
            Ok(table) => {
                let span = table.span();
                Some((table.into_inner(), span))
            }
            Err(e) => {
                let offset = e.span().map_or(0, |s| s.start);
                // TOML refuses raw control characters in strings; say what
                // the character is, since it cannot be seen.
                let hidden = file
                    .text
                    .get(offset..)
                    .and_then(|rest| rest.chars().take(4).find(|&c| is_forbidden_char(c)));
                if let Some(c) = hidden {
                    self.problems.push(file.error(
                        offset,
                        format!(
                            "This line contains a hidden control character (U+{:04X}). Delete it and type the text again.",
                            u32::from(c)
                        ),
                    ));
                    return None;
                }
                // The TOML reader stops at deep nesting before the depth
                // check could run; point at the first header too deep.
                let detail = e.message().trim().trim_end_matches('.').to_string();
                if let Some((at, message)) = depth::nested_too_deeply(&file.text, offset, &detail) {
                    self.problems.push(file.error(at, message));
                    return None;
                }
                self.problems.push(file.error(
                    offset,
                    format!("This is not valid TOML ({detail}). Check the quotes, brackets and `=` signs here."),
                ));
                None
            }
        }
    }

    /// Reads and checks the manifest: what the welcome screen shows, and
    /// the names of the other files.
    fn manifest(&mut self) -> Option<Manifest> {
        let manifest_text = self.read("guide.toml")?;
        let (table, span) = self.parse(&manifest_text)?;
        let mut f = Fields::new(&table, span, &manifest_text, "The manifest (guide.toml)");
        let p = &mut self.problems;
        if let Some((format, at)) = f.integer("format", true, p)
            && format != 1
        {
            p.push(manifest_text.error(
                at.start,
                format!(
                    "This program reads guide format 1, but the guide says `format = {format}`."
                ),
            ));
        }
        let title = f.text("title", true, p);
        let language = f.text("language", true, p);
        let version = f.text("version", true, p);
        let reviewed = f.date("reviewed", true, p);
        let reviewed_by = f.text("reviewed_by", false, p);
        let purpose = f.text("purpose", true, p);
        let welcome = f.text("welcome", true, p);
        let disclaimer = f.text("disclaimer", true, p);
        let emergency = f.text("emergency", true, p);
        let chapters = f.texts("chapters", true, p);
        let chapters_at = f.value_span("chapters").map(|s| s.start);
        let glossary_file = f.text("glossary", true, p);
        let sources_file = f.text("sources", true, p);
        f.finish(p);
        for (key, value) in [
            ("title", &title),
            ("purpose", &purpose),
            ("disclaimer", &disclaimer),
            ("emergency", &emergency),
        ] {
            if let Some(t) = value {
                self.not_empty(&manifest_text, key, t);
            }
        }
        let mut links = Vec::new();
        let welcome_body = welcome
            .map(|w| {
                self.not_empty(&manifest_text, "welcome", &w);
                parse_body(&manifest_text, &w, &mut self.problems, &mut links)
            })
            .unwrap_or_default();
        for link in links.iter().filter(|l| l.untitled) {
            self.problems.push(manifest_text.error(
                link.offset,
                format!(
                    "The welcome text links with `[](#{})`, but the welcome screen is shown before the chapters are read, so it cannot show that section's title. Write the link's words, like `[words](#{})`.",
                    link.target, link.target
                ),
            ));
        }
        self.links.extend(
            links
                .into_iter()
                .map(|l| Pending::at(&manifest_text, l.offset, l.target)),
        );
        if let Some(at) = chapters_at
            && chapters.is_empty()
        {
            self.problems.push(manifest_text.error(
                at,
                "The manifest lists no chapters. Add `chapters = [\"chapter.toml\"]`.",
            ));
        }

        let about = About {
            title: title.map(|t| t.value).unwrap_or_default(),
            language: language.map(|t| t.value).unwrap_or_default(),
            version: version.map(|t| t.value).unwrap_or_default(),
            reviewed: reviewed.unwrap_or_default(),
            reviewed_by: reviewed_by
                .map(|t| t.value)
                .filter(|v| !v.trim().is_empty()),
            purpose: purpose.map(|t| t.value).unwrap_or_default(),
            welcome: welcome_body,
            disclaimer: disclaimer.map(|t| t.value).unwrap_or_default(),
            emergency: emergency.map(|t| t.value).unwrap_or_default(),
        };
        Some(Manifest {
            text: manifest_text,
            about,
            chapters,
            glossary_file,
            sources_file,
        })
    }

    fn run(&mut self) -> Option<Guide> {
        let Manifest {
            text: manifest_text,
            about,
            chapters,
            glossary_file,
            sources_file,
        } = self.manifest()?;
        let before = self.unreadable;
        let sources = sources_file
            .map(|s| self.sources(&manifest_text, &s))
            .unwrap_or_default();
        let sources_read = self.unreadable == before;
        let mut listed: Vec<&Text> = Vec::new();
        for chapter in &chapters {
            if listed.iter().any(|l| l.value == chapter.value) {
                self.problems.push(manifest_text.error(
                    chapter.span.start,
                    format!(
                        "`{}` is listed twice in `chapters`. Remove one of them.",
                        chapter.value
                    ),
                ));
                continue;
            }
            listed.push(chapter);
        }
        let files = self.files;
        let known =
            SourceIds(sources_read.then(|| sources.iter().map(|s| s.id.as_str()).collect()));
        read_chapters(files, &manifest_text, &listed, &known, |part| {
            self.absorb(part)
        });
        let glossary = glossary_file
            .map(|g| self.glossary(&manifest_text, &g))
            .unwrap_or_default();
        self.check_ids();
        self.cross_check();
        self.fill_link_titles();

        let screen_only = std::mem::take(&mut self.screen_only);
        Some(
            Guide::new(about, std::mem::take(&mut self.sections), glossary, sources)
                .with_screen_only(screen_only.iter().map(String::as_str)),
        )
    }

    fn not_empty(&mut self, file: &SourceText, key: &str, text: &Text) {
        if text.value.trim().is_empty() {
            self.problems.push(file.error(
                text.span.start,
                format!("`{key}` is empty. Write the {key} here."),
            ));
        } else if !has_visible_char(&text.value) {
            self.problems.push(file.error(
                text.span.start,
                format!("`{key}` has only invisible characters (such as zero-width spaces). Write the {key} here in words."),
            ));
        }
    }

    /// Reads a file named in the manifest; `None` if it is missing or bad.
    fn open_named(&mut self, manifest: &SourceText, named: &Text) -> Option<SourceText> {
        // A path problem is reported at the manifest line that names it,
        // where the fix belongs.
        match self.files.read(&named.value) {
            Ok(text) => Some(SourceText::new(
                self.files.display_name(&named.value),
                normalize_newlines(text),
            )),
            Err(message) => {
                self.problems
                    .push(manifest.error(named.span.start, message));
                None
            }
        }
    }

    fn sources(&mut self, manifest: &SourceText, named: &Text) -> Vec<Source> {
        let Some(file) = self.open_named(manifest, named) else {
            return Vec::new();
        };
        let Some((table, span)) = self.parse(&file) else {
            return Vec::new();
        };
        let p = &mut self.problems;
        let mut top = Fields::new(&table, span, &file, "The sources file");
        let entries = top.tables("source", p);
        top.finish(p);
        super::sources::read(&file, entries, check_slug, p)
    }

    fn glossary(&mut self, manifest: &SourceText, named: &Text) -> Vec<Term> {
        let Some(file) = self.open_named(manifest, named) else {
            return Vec::new();
        };
        let Some((table, span)) = self.parse(&file) else {
            return Vec::new();
        };
        let p = &mut self.problems;
        let mut top = Fields::new(&table, span, &file, "The glossary");
        let entries = top.tables("term", p);
        top.finish(p);
        let mut terms: Vec<Term> = Vec::new();
        for (table, span) in entries {
            let mut f = Fields::new(table, span.clone(), &file, "This glossary term");
            let term = f.text("term", true, p);
            let aliases = f.texts("aliases", false, p);
            let definition = f.text("definition", true, p);
            let see_also = f.texts("see_also", false, p);
            f.finish(p);
            let (Some(term), Some(definition)) = (term, definition) else {
                continue;
            };
            if term.value.trim().is_empty() {
                p.push(file.error(
                    term.span.start,
                    "`term` is empty. Write the word being defined.",
                ));
            }
            if definition.value.trim().is_empty() {
                p.push(file.error(
                    definition.span.start,
                    "`definition` is empty. Write a plain definition.",
                ));
            }
            let id = slugify(&term.value);
            if terms.iter().any(|t| t.id == id) {
                p.push(file.error(
                    term.span.start,
                    format!(
                        "The glossary defines \"{}\" twice. Keep one definition.",
                        term.value
                    ),
                ));
            }
            for s in &see_also {
                self.see_also
                    .push(Pending::at(&file, s.span.start, s.value.clone()));
            }
            let (line, column) = file.line_column(term.span.start);
            terms.push(Term {
                id,
                term: term.value,
                aliases: aliases.into_iter().map(|a| a.value).collect(),
                definition: definition.value,
                see_also: see_also.into_iter().map(|s| s.value).collect(),
                origin: Origin {
                    file: file.name.to_string(),
                    line,
                    column,
                },
            });
        }
        terms.sort_by_key(|t| t.term.to_lowercase());
        terms
    }

    fn chapter(&mut self, manifest: &SourceText, named: &Text, known: &SourceIds<'_>) {
        let Some(file) = self.open_named(manifest, named) else {
            return;
        };
        let Some((table, span)) = self.parse(&file) else {
            return;
        };
        self.section(&file, &table, 0..span.end, None, 0, known);
    }

    /// Reads one node and, depth first, its sections.
    fn section(
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

    /// Takes in a chapter read by its own loader: its sections go after
    /// those already read, so every index moves by the same amount.
    fn absorb(&mut self, part: Loader<'_>) {
        let offset = self.sections.len();
        self.sections.extend(part.sections.into_iter().map(|mut s| {
            s.parent = s.parent.map(|p| p + offset);
            s.children.iter_mut().for_each(|c| *c += offset);
            s.subtree_end += offset;
            s
        }));
        self.problems.extend(part.problems);
        self.untitled
            .extend(part.untitled.into_iter().map(|i| i + offset));
        self.links.extend(part.links);
        self.see_also.extend(part.see_also);
        self.ids.extend(part.ids);
        self.unreadable |= part.unreadable;
        self.screen_only.extend(part.screen_only);
    }

    /// Every id once: a repeat points at the first place it was used.
    fn check_ids(&mut self) {
        for id in std::mem::take(&mut self.ids) {
            match self.id_places.get(&id.target) {
                Some(first) => self.problems.push(id.problem(format!(
                    "The id `{}` is already used at {first}. Every section needs its own id.",
                    id.target
                ))),
                None => {
                    let here = format!("{}:{}:{}", id.file, id.line, id.column);
                    self.id_places.insert(id.target, here);
                }
            }
        }
    }

    /// Gives each link written `[](#id)` its target's title as its words.
    fn fill_link_titles(&mut self) {
        let untitled = std::mem::take(&mut self.untitled);
        if untitled.is_empty() {
            return;
        }
        let titles: HashMap<&str, &str> = self
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.title.as_str()))
            .collect();
        let filled: Vec<(usize, Body)> = untitled
            .into_iter()
            .filter_map(|i| {
                let body = &self.sections.get(i)?.body;
                Some((i, links::fill_titles(body, &|id| titles.get(id).copied())))
            })
            .collect();
        for (i, body) in filled {
            if let Some(section) = self.sections.get_mut(i) {
                section.body = body;
            }
        }
    }

    fn cross_check(&mut self) {
        if self.unreadable {
            return;
        }
        for link in &self.links {
            if !self.id_places.contains_key(&link.target) {
                self.problems.push(link.problem(format!(
                    "This links to `#{}`, but no section has that id. Fix the id or remove the link.",
                    link.target
                )));
            }
        }
        for see in &self.see_also {
            if !self.id_places.contains_key(&see.target) {
                self.problems.push(see.problem(format!(
                    "`see_also` names `{}`, but no section has that id. Fix the id or remove it.",
                    see.target
                )));
            }
        }
    }
}

/// Reads chapters on as many threads as the machine has cores, each with
/// its own loader (chapters do not depend on each other until their ids
/// are compared), and hands each to `absorb` in the manifest's order as
/// soon as it and those before it are read, so finished chapters never
/// wait in memory for the rest.
fn read_chapters<'f>(
    files: &'f dyn GuideFiles,
    manifest: &SourceText,
    chapters: &[&Text],
    known: &SourceIds<'_>,
    mut absorb: impl FnMut(Loader<'f>),
) {
    let read = |named: &Text| {
        let mut part = Loader::new(files);
        part.chapter(manifest, named, known);
        part
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(chapters.len());
    if threads <= 1 {
        chapters.iter().for_each(|named| absorb(read(named)));
        return;
    }
    // Each thread takes the next chapter not yet taken, so a large chapter
    // does not hold up the rest.
    let next = AtomicUsize::new(0);
    let (done_tx, done_rx) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 1..threads {
            let done_tx = done_tx.clone();
            let (next, read) = (&next, &read);
            scope.spawn(move || {
                loop {
                    let at = next.fetch_add(1, Ordering::Relaxed);
                    let Some(named) = chapters.get(at) else {
                        break;
                    };
                    if done_tx.send((at, read(named))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let mut early = BTreeMap::new();
        let mut wanted = 0;
        let mut settle = |early: &mut BTreeMap<usize, Loader<'f>>| {
            while let Some(part) = early.remove(&wanted) {
                absorb(part);
                wanted += 1;
            }
        };
        // This thread reads chapters too, joining those that are ready
        // between its own.
        loop {
            let at = next.fetch_add(1, Ordering::Relaxed);
            let Some(named) = chapters.get(at) else {
                break;
            };
            early.insert(at, read(named));
            early.extend(done_rx.try_iter());
            settle(&mut early);
        }
        // Ends when every helper has finished and dropped its sender. One
        // that panicked drops its sender too; the scope then passes the
        // panic on.
        for (at, part) in done_rx {
            early.insert(at, part);
            settle(&mut early);
        }
    });
}

/// Files saved on Windows end lines with CR LF; TOML keeps the CR inside
/// multi-line strings, where it would look like a control character.
fn normalize_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text
    }
}

/// Ids are slugs so they stay stable in links and readable in messages.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

pub(super) fn check_slug(file: &SourceText, id: &Text, problems: &mut Vec<Problem>) {
    if !is_slug(&id.value) {
        problems.push(file.error(
            id.span.start,
            format!(
                "The id \"{}\" is not a slug. Use lowercase letters, digits and single hyphens, like \"{}\".",
                id.value,
                slugify(&id.value)
            ),
        ));
    }
}

/// "Type 1 diabetes" → "type-1-diabetes"; accents are dropped, so
/// "Guillain-Barré" → "guillain-barre".
pub fn slugify(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut slug = String::new();
    for c in text.nfd().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        "term".to_string()
    } else {
        slug
    }
}
