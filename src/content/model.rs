//! The loaded guide: an immutable tree of chapters and sections, with the
//! glossary and the sources it cites. Everything here has been validated.

use std::collections::HashMap;
use std::fmt;

pub use super::body::Body;
use crate::phrases::Phrases;

/// A calendar date, as written in the guide (`reviewed = 2026-11-22`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// The date in words, in the language of `words`: "22 November
    /// 2026", "22 de noviembre de 2026". The day comes first, so it is
    /// unambiguous in every country.
    pub fn long(&self, words: &Phrases) -> String {
        words.date(self.year, self.month, self.day)
    }

    /// Whole months from `self` to `later` (negative if `later` is earlier).
    pub fn months_until(&self, later: Date) -> i32 {
        let a = i32::from(self.year) * 12 + i32::from(self.month);
        let b = i32::from(later.year) * 12 + i32::from(later.month);
        let mut months = b - a;
        if later.day < self.day {
            months -= 1;
        }
        months
    }

    /// Today's date from the system clock (UTC).
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_unix_days(i64::try_from(secs / 86_400).unwrap_or(0))
    }

    /// Days since 1970-01-01 to a calendar date (Howard Hinnant's
    /// algorithm). Out of range years come out as year 0, never a panic.
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: u16::try_from(year).unwrap_or(0),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Where a thing was written, so staff tools can point at it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// A chapter (depth 0) or a section at any depth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub body: Body,
    pub keywords: Vec<String>,
    /// Keys into [`Guide::sources`].
    pub sources: Vec<String>,
    pub reviewed: Date,
    /// In a translation: the `reviewed` date of the source-language section
    /// it was translated from, so a later change there can be flagged.
    pub translated_from: Option<Date>,
    /// Where `reviewed` and `translated_from` are written, for messages
    /// that compare a translation with its source.
    pub dates_at: DatesAt,
    /// 0 for a chapter, 1 for its sections, and so on.
    pub depth: usize,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Index just past this section's last descendant in reading order, so
    /// a whole subtree can be skipped without walking it.
    pub subtree_end: usize,
    pub origin: Origin,
}

/// Where a section's dates are written, in the section's own file: a
/// line and column each, not a whole [`Origin`], so ten thousand sections
/// do not keep twenty thousand copies of their file names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DatesAt {
    pub reviewed: Option<(usize, usize)>,
    pub translated_from: Option<(usize, usize)>,
}

impl Section {
    /// The place `at` (a line and column in this section's file), or the
    /// section itself when there is none.
    pub fn origin_at(&self, at: Option<(usize, usize)>) -> Origin {
        match at {
            Some((line, column)) => Origin {
                file: self.origin.file.clone(),
                line,
                column,
            },
            None => self.origin.clone(),
        }
    }
}

/// A word patients meet, defined plainly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub aliases: Vec<String>,
    pub definition: String,
    pub see_also: Vec<String>,
    pub origin: Origin,
}

/// A published source the guide's facts come from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// Who published it; may be empty when `journal` names an article's
    /// journal instead.
    pub publisher: String,
    pub journal: Option<String>,
    pub url: Option<String>,
    /// A journal article's DOI, like `10.1056/NEJMoa1003466`.
    pub doi: Option<String>,
    pub year: Option<u16>,
    /// Where the source's `id` is written, for messages about it.
    pub origin: Origin,
    /// Where its `url` is written, if it has one.
    pub url_origin: Option<Origin>,
}

impl Source {
    /// One line a reader can use to find the source themselves:
    /// "Publisher. Title. Journal (year). address. https://doi.org/…".
    pub fn citation(&self) -> String {
        let mut line = String::new();
        if !self.publisher.trim().is_empty() {
            line.push_str(&format!("{}. ", self.publisher));
        }
        line.push_str(&self.title);
        if let Some(journal) = &self.journal {
            line.push_str(&format!(". {journal}"));
        }
        if let Some(year) = self.year {
            line.push_str(&format!(" ({year})"));
        }
        if let Some(url) = &self.url {
            line.push_str(&format!(". {url}"));
        }
        if let Some(doi) = &self.doi
            && !self.url.as_ref().is_some_and(|u| u.contains(doi.as_str()))
        {
            line.push_str(&format!(". https://doi.org/{doi}"));
        }
        line
    }
}

/// What the manifest says about the guide as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct About {
    pub title: String,
    pub language: String,
    pub version: String,
    pub reviewed: Date,
    /// Filled in by a clinic after its own clinical review.
    pub reviewed_by: Option<String>,
    pub purpose: String,
    pub welcome: Body,
    pub disclaimer: String,
    pub emergency: String,
    /// Phone lines for general questions, shown when search has no answer.
    pub help_lines: Vec<HelpLine>,
    /// Ids of the sections (each with the sections inside it) that explain
    /// the guide itself rather than medicine; search ranks them last.
    pub about_the_guide: Vec<String>,
    /// The symptom list's file, when the guide has one: the welcome screen
    /// offers the list before the rest of the guide is read.
    pub symptoms_file: Option<String>,
}

/// A phone line anyone may call with questions about cancer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HelpLine {
    pub name: String,
    pub phone: String,
}

impl HelpLine {
    /// "American Cancer Society: 1-800-227-2345".
    pub fn line(&self) -> String {
        format!("{}: {}", self.name, self.phone)
    }
}

/// How soon to act on a symptom: the three parts of the warning signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// Call 911 or go to the emergency department now.
    Emergency,
    /// Call the care team now, day or night.
    CallNow,
    /// Tell the care team soon: at the next visit, or in working hours.
    TellSoon,
}

impl Urgency {
    pub const ALL: [Urgency; 3] = [Urgency::Emergency, Urgency::CallNow, Urgency::TellSoon];

    /// As written in `symptoms.toml`.
    pub fn key(self) -> &'static str {
        match self {
            Urgency::Emergency => "emergency",
            Urgency::CallNow => "call-now",
            Urgency::TellSoon => "tell-soon",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|u| u.key() == key)
    }

    /// Short, for a list: what to do, in words, in the language of
    /// `words`.
    pub fn label(self, words: &Phrases) -> std::borrow::Cow<'_, str> {
        words.get(match self {
            Urgency::Emergency => "urgency-emergency",
            Urgency::CallNow => "urgency-call-now",
            Urgency::TellSoon => "urgency-tell-soon",
        })
    }

    /// The whole instruction.
    pub fn advice(self, words: &Phrases) -> std::borrow::Cow<'_, str> {
        words.get(match self {
            Urgency::Emergency => "urgency-emergency-advice",
            Urgency::CallNow => "urgency-call-now-advice",
            Urgency::TellSoon => "urgency-tell-soon-advice",
        })
    }
}

/// A symptom in everyday words, how soon to act on it, and the section
/// that explains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symptom {
    pub name: String,
    pub urgency: Urgency,
    /// A section id; the loader has checked that it exists.
    pub section: String,
    pub origin: Origin,
}

impl About {
    /// When the guide was reviewed, and whether the clinic showing it has
    /// checked it: said honestly when it has not.
    pub fn review_note(&self, words: &Phrases) -> String {
        let date = self.reviewed.long(words);
        match &self.reviewed_by {
            Some(who) => words.with(
                "review-note-clinic",
                &[("date", date.into()), ("clinic", who.as_str().into())],
            ),
            None => words.with("review-note-no-clinic", &[("date", date.into())]),
        }
        .into_owned()
    }
}

/// A whole validated guide. Sections are stored flat in reading order
/// (depth first), so "next section" is simply the next index.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Guide {
    pub about: About,
    pub sections: Vec<Section>,
    pub chapters: Vec<usize>,
    pub glossary: Vec<Term>,
    pub sources: Vec<Source>,
    /// The symptom list, A to Z; empty when the guide has none.
    pub symptoms: Vec<Symptom>,
    by_id: HashMap<String, usize>,
    /// Sections marked `screen_only` (about keys and the mouse), in
    /// reading order: print and handouts leave them out.
    screen_only: Vec<usize>,
    /// The words on the screens (and the fixed words on paper) in the
    /// guide's language: the built-in ones, under the guide folder's own
    /// `screen.ftl` if it has one.
    pub phrases: Phrases,
    /// What is wrong with the guide folder's own `screen.ftl`. None of it
    /// stops the guide: the built-in words stand in where the file could
    /// not be read. `check` lists these with the rest.
    pub phrase_problems: Vec<super::problem::Problem>,
}

impl Guide {
    pub fn new(
        about: About,
        sections: Vec<Section>,
        glossary: Vec<Term>,
        sources: Vec<Source>,
    ) -> Self {
        let chapters = sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.parent.is_none())
            .map(|(i, _)| i)
            .collect();
        let by_id = sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        Self {
            phrases: Phrases::built_in(&about.language),
            about,
            sections,
            chapters,
            glossary,
            sources,
            symptoms: Vec::new(),
            by_id,
            screen_only: Vec::new(),
            phrase_problems: Vec::new(),
        }
    }

    /// The same guide with these sections (and what they hold) kept off
    /// paper. Unknown ids are ignored: the loader has reported them.
    pub fn with_screen_only<'a>(mut self, ids: impl IntoIterator<Item = &'a str>) -> Self {
        let mut marked: Vec<usize> = ids
            .into_iter()
            .filter_map(|id| self.section_index(id))
            .collect();
        marked.sort_unstable();
        marked.dedup();
        self.screen_only = marked;
        self
    }

    /// Whether a section is only about using the guide on a screen: it
    /// is marked `screen_only`, or sits inside one that is.
    pub fn is_screen_only(&self, index: usize) -> bool {
        self.screen_only_from(0, index)
    }

    /// Whether a section marked `screen_only` at index `from` or later
    /// holds `index` (or is it): what keeps part of a named section off
    /// paper while the section itself, asked for by name, is printed.
    pub fn screen_only_from(&self, from: usize, index: usize) -> bool {
        self.screen_only.iter().any(|&marked| {
            marked >= from
                && self
                    .sections
                    .get(marked)
                    .is_some_and(|s| (marked..s.subtree_end).contains(&index))
        })
    }

    /// A guide of the manifest alone, with no sections yet: what the
    /// welcome screen needs while the rest is still being read.
    pub fn welcome_only(about: About) -> Self {
        Self::new(about, Vec::new(), Vec::new(), Vec::new())
    }

    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn section(&self, index: usize) -> Option<&Section> {
        self.sections.get(index)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The titles from the chapter down to this section.
    pub fn breadcrumb(&self, index: usize) -> Vec<&str> {
        let mut titles = Vec::new();
        let mut at = Some(index);
        // Bounded by the depth cap; the guard only protects against a
        // malformed tree built by hand in a test.
        let mut guard = 0;
        while let Some(i) = at {
            let Some(section) = self.sections.get(i) else {
                break;
            };
            titles.push(section.title.as_str());
            at = section.parent;
            guard += 1;
            if guard > 64 {
                break;
            }
        }
        titles.reverse();
        titles
    }

    /// Sections from the chapter down to `index`, inclusive.
    pub fn ancestors(&self, index: usize) -> Vec<usize> {
        let mut path = Vec::new();
        let mut at = self.sections.get(index).and_then(|s| s.parent);
        while let Some(i) = at {
            if path.len() > 64 {
                break;
            }
            path.push(i);
            at = self.sections.get(i).and_then(|s| s.parent);
        }
        path.reverse();
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(20_779).to_string(), "2026-11-22");
        assert_eq!(Date::from_unix_days(11_016).to_string(), "2000-02-29");
    }
}
