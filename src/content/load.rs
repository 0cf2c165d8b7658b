//! Loading a guide: read every file, turn TOML into the guide tree, and
//! check everything that ties files together (ids, links, sources). All
//! problems are gathered and returned together; nothing here panics.
//!
//! This file holds the walk and the checks across files; each kind of
//! file is read in its own module below it: the manifest, the chapters
//! (several at a time) and the glossary, with the id rules in `ids`.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use toml::de::DeTable;

use super::fields::{Fields, Text};
use super::files::GuideFiles;
use super::links;
use super::model::{About, Body, Guide, Section, Source};
use super::problem::{Problem, SourceText, file_problem, is_forbidden_char};
use crate::language::Language;

mod alphabet;
mod chapters;
mod depth;
mod glossary;
mod help_lines;
mod ids;
mod manifest;
mod screen_text;
mod symptoms;

use chapters::read_chapters;
use ids::check_slug;
pub use ids::{is_slug, slugify};

/// Sections may nest this many levels below their chapter.
pub const MAX_SECTION_DEPTH: usize = 3;
/// Longest title, in characters: a title must fit a sidebar row and a
/// breadcrumb.
pub const MAX_TITLE_CHARS: usize = 80;

/// Loads and validates a whole guide.
pub fn load(files: &dyn GuideFiles) -> Result<Guide, Vec<Problem>> {
    let mut loader = Loader::new(files);
    let guide = loader.run();
    loader
        .finish(guide)
        .map(|guide| screen_text::attach(files, guide))
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
    symptoms_file: Option<Text>,
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
    /// Section ids named in the manifest's `about_the_guide` and by the
    /// symptom list, with what names them.
    named: Vec<(Pending, &'static str)>,
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
            named: Vec::new(),
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

    fn run(&mut self) -> Option<Guide> {
        let Manifest {
            text: manifest_text,
            about,
            chapters,
            glossary_file,
            sources_file,
            symptoms_file,
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
        let mut glossary = glossary_file
            .map(|g| self.glossary(&manifest_text, &g))
            .unwrap_or_default();
        let mut symptoms = symptoms_file
            .map(|s| self.symptoms(&manifest_text, &s))
            .unwrap_or_default();
        // Both lists are shown A to Z, in the guide's own language's order.
        let language = Language::from_code(&about.language).unwrap_or_default();
        glossary.sort_by_cached_key(|t| alphabet::sort_key(&t.term, language));
        symptoms.sort_by_cached_key(|s| alphabet::sort_key(&s.name, language));
        self.check_ids();
        self.cross_check();
        self.fill_link_titles();

        let screen_only = std::mem::take(&mut self.screen_only);
        let mut guide = Guide::new(about, std::mem::take(&mut self.sections), glossary, sources)
            .with_screen_only(screen_only.iter().map(String::as_str));
        guide.symptoms = symptoms;
        Some(guide)
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
        for (named, by) in &self.named {
            if !self.id_places.contains_key(&named.target) {
                self.problems.push(named.problem(format!(
                    "{by} names `{}`, but no section has that id. Fix the id or remove it.",
                    named.target
                )));
            }
        }
    }
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
