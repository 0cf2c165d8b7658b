//! `immunoguide check`: the staff-facing linter. Errors stop a guide from
//! loading; warnings are about plain language, freshness and, for a
//! translation, keeping up with the English guide. `check DIR` checks
//! `DIR` alone when it holds guide.toml, or else every language folder
//! under it (see [`folders`]). `--report` prints a table of every section
//! for review meetings (see [`table`]).

mod folders;
mod table;

use std::path::Path;
use std::process::ExitCode;

use crate::content::lint::{lint, whole_guide_ease};
use crate::content::model::Origin;
use crate::content::translation::{compare, language_name};
use crate::content::{Date, Embedded, Folder, Guide, GuideFiles, Problem, Severity, load};
use crate::language::Language;
use crate::message::{print, say, shown_word};

use folders::{Layout, SOURCE_CODE, language_line, layout};
pub use table::{report, report_table};

/// One language's guide, loaded for checking.
pub struct Edition {
    /// The language folder's name (`en`, `es`); empty for a folder
    /// checked alone.
    pub code: String,
    pub guide: Guide,
    /// Where its manifest names its language, for messages about the
    /// guide as a whole.
    pub manifest: Origin,
}

/// A guide folder to check: its language folder's name, and its files.
struct ToCheck {
    code: String,
    files: Box<dyn GuideFiles>,
}

/// Counts of what `check` found, over every language.
#[derive(Default)]
struct Tally {
    errors: usize,
    warnings: usize,
}

impl Tally {
    fn add(&mut self, problems: &[Problem]) -> (usize, usize) {
        let errors = problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
        let warnings = problems.len() - errors;
        self.errors += errors;
        self.warnings += warnings;
        (errors, warnings)
    }
}

/// The guides of a folder given to `check`, loaded.
pub struct Gathered {
    /// Those that loaded, English first.
    pub editions: Vec<Edition>,
    /// Those that did not: the language folder's name, and why.
    pub unopened: Vec<(String, Vec<Problem>)>,
    /// One folder checked alone, not a folder of languages.
    pub alone: bool,
}

/// Reads the guides `check DIR` checks (the built-in one without `DIR`),
/// or says why there are none.
pub fn gather(dir: Option<&Path>) -> Result<Gathered, String> {
    let (to_check, alone) = match dir.map(layout).transpose()? {
        None => (
            vec![ToCheck {
                code: String::new(),
                files: Box::new(Embedded),
            }],
            true,
        ),
        Some(Layout::One(path)) => (
            vec![ToCheck {
                code: String::new(),
                files: Box::new(Folder::open(&path)?),
            }],
            true,
        ),
        Some(Layout::Languages(found)) => {
            let mut to_check = Vec::new();
            for (code, path) in found {
                to_check.push(ToCheck {
                    code,
                    files: Box::new(Folder::open(&path)?),
                });
            }
            (to_check, false)
        }
    };
    let mut gathered = Gathered {
        editions: Vec::new(),
        unopened: Vec::new(),
        alone,
    };
    for ToCheck { code, files } in to_check {
        match load(files.as_ref()) {
            Ok(guide) => gathered.editions.push(Edition {
                code,
                guide,
                manifest: language_line(files.as_ref()),
            }),
            Err(problems) => gathered.unopened.push((code, problems)),
        }
    }
    Ok(gathered)
}

impl Gathered {
    /// "Spanish (`es`): " before a summary, for a folder of languages.
    fn which(&self, code: &str, language: &str) -> String {
        if self.alone {
            String::new()
        } else {
            // A folder's name could hold escape codes: shown as codes.
            format!(
                "{} (`{}`): ",
                shown_word(&language_name(language)),
                shown_word(code)
            )
        }
    }

    /// What `check --report` prints.
    pub fn report(&self) -> Option<String> {
        match (self.alone, self.editions.first()) {
            (true, Some(edition)) => Some(report_table(&edition.guide)),
            (false, Some(_)) => Some(report(&self.editions)),
            (_, None) => None,
        }
    }
}

pub fn run(dir: Option<&Path>, strict: bool, report: bool) -> ExitCode {
    let gathered = match gather(dir) {
        Ok(gathered) => gathered,
        Err(message) => {
            say(format!("immunoguide check: {message}"));
            return ExitCode::from(2);
        }
    };
    let mut tally = Tally::default();
    for (code, problems) in &gathered.unopened {
        crate::report::problems(problems);
        let (errors, _) = tally.add(problems);
        say(format!(
            "{}{errors} error(s). The guide cannot be opened until they are fixed.",
            gathered.which(code, code)
        ));
    }
    let today = Date::today();
    for (i, edition) in gathered.editions.iter().enumerate() {
        let found = findings(&gathered.editions, i, today, gathered.alone);
        crate::report::problems(&found);
        let (errors, warnings) = tally.add(&found);
        let g = &edition.guide;
        say(format!(
            "{}{} sections in {} chapters, {} glossary terms, {} sources: {errors} errors, {warnings} warning(s).",
            gathered.which(&edition.code, &g.about.language),
            g.sections.len(),
            g.chapters.len(),
            g.glossary.len(),
            g.sources.len(),
        ));
    }
    if report && let Some(text) = gathered.report() {
        print(&text);
    }
    if !gathered.unopened.is_empty() {
        return ExitCode::from(1);
    }
    if tally.errors > 0 {
        // The guide still opens; these are for staff to fix before sharing it.
        say("The guide can be shown, but fix the errors before you share it.");
        return ExitCode::from(1);
    }
    if strict && tally.warnings > 0 {
        say("--strict: warnings count as errors.");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// Every problem `check` reports for the guide `editions[at]`, as of
/// `today`: what [`lint`] finds, the reading ease of a Spanish guide as a
/// whole, and, unless it is checked `alone`, how it differs from the
/// English guide and whether its folder names its language.
pub fn findings(editions: &[Edition], at: usize, today: Date, alone: bool) -> Vec<Problem> {
    let Some(edition) = editions.get(at) else {
        return Vec::new();
    };
    let guide = &edition.guide;
    let mut out = lint(guide, today);
    out.extend(whole_guide_ease(guide, &edition.manifest));
    if alone {
        return out;
    }
    out.extend(folder_language(edition));
    if edition.code != SOURCE_CODE {
        match editions.iter().find(|e| e.code == SOURCE_CODE) {
            Some(source) => out.extend(compare(&source.guide, guide)),
            None => out.push(Problem::new(
                Severity::Warning,
                &edition.manifest.file,
                edition.manifest.line,
                edition.manifest.column,
                &format!(
                    "There is no `{SOURCE_CODE}` folder beside this one, so this translation cannot be checked against the English guide. Put the English guide in `{SOURCE_CODE}/`."
                ),
            )),
        }
    }
    out
}

/// A language folder whose manifest names another language: the program
/// would show it under the wrong language.
fn folder_language(edition: &Edition) -> Option<Problem> {
    let said = &edition.guide.about.language;
    let same = match (
        Language::from_code(&edition.code),
        Language::from_code(said),
    ) {
        (Some(folder), Some(manifest)) => folder == manifest,
        _ => edition.code.eq_ignore_ascii_case(said.trim()),
    };
    let at = &edition.manifest;
    (!same).then(|| {
        Problem::new(
            Severity::Warning,
            &at.file,
            at.line,
            at.column,
            &format!(
                "This guide is in the folder `{}/`, but its manifest says `language = \"{said}\"`. Make them the same language.",
                edition.code
            ),
        )
    })
}
