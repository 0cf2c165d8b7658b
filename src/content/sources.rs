//! The sources file: reading its `[[source]]` entries, and checking that a
//! reader could find each source themselves (a title, who published it,
//! a year, and the exact page or a DOI, not a bare home page).
//!
//! What the loader needs to build a source (an id, a title, a publisher or
//! journal) stops the guide from loading when it is missing. What a
//! reader needs to find a source is checked by `immunoguide check`, which
//! reports it as an error; the guide still opens, because a clinic's
//! screen should not go dark over a citation.

use std::ops::Range;

use toml::de::DeTable;

use super::fields::{Fields, Text};
use super::model::{Origin, Source};
use super::problem::{Problem, Severity, SourceText};

/// Years a source may carry: anything else is a typing mistake.
const YEARS: std::ops::RangeInclusive<i64> = 1800..=2200;

/// Reads the `[[source]]` tables of the sources file. `check_slug` is the
/// loader's own id check.
pub fn read(
    file: &SourceText,
    entries: Vec<(&DeTable<'_>, Range<usize>)>,
    check_slug: impl Fn(&SourceText, &Text, &mut Vec<Problem>),
    p: &mut Vec<Problem>,
) -> Vec<Source> {
    let mut sources: Vec<Source> = Vec::new();
    for (table, span) in entries {
        let mut f = Fields::new(table, span.clone(), file, "This source");
        let id = f.text("id", true, p);
        let title = f.text("title", true, p);
        let publisher = f.text("publisher", false, p);
        let journal = f.text("journal", false, p);
        let url = f.text("url", false, p);
        let doi = f.text("doi", false, p);
        let year = f.integer("year", false, p);
        f.finish(p);
        if publisher.is_none() && journal.is_none() {
            p.push(file.error(
                span.start,
                "This source has no `publisher`. Add `publisher = \"...\"`, or `journal = \"...\"` for a journal article.",
            ));
        }
        let year = year.and_then(|(year, at)| {
            let fits = YEARS.contains(&year).then(|| u16::try_from(year).ok());
            if fits.flatten().is_none() {
                p.push(file.error(
                    at.start,
                    format!(
                        "`year = {year}` is not a year. Write the year the source was published, like `year = 2024`."
                    ),
                ));
            }
            fits.flatten()
        });
        let (Some(id), Some(title)) = (id, title) else {
            continue;
        };
        check_slug(file, &id, p);
        if sources.iter().any(|s| s.id == id.value) {
            p.push(file.error(
                id.span.start,
                format!(
                    "The source id `{}` is used twice. Give each source its own id.",
                    id.value
                ),
            ));
        }
        let origin = |text: &Text| {
            let (line, column) = file.line_column(text.span.start);
            Origin {
                file: file.name.to_string(),
                line,
                column,
            }
        };
        sources.push(Source {
            origin: origin(&id),
            url_origin: url.as_ref().map(origin),
            id: id.value,
            title: title.value,
            publisher: publisher.map(|t| t.value).unwrap_or_default(),
            journal: journal.map(|t| t.value),
            url: url.map(|t| t.value),
            doi: doi.map(|t| t.value),
            year,
        });
    }
    sources
}

/// Everything that would stop a reader finding `source` themselves, as
/// errors pointing at the source's entry (or its `url`).
pub fn findability(source: &Source) -> Vec<Problem> {
    let mut out = Vec::new();
    let at = |origin: &Origin, message: String| {
        Problem::new(
            Severity::Error,
            &origin.file,
            origin.line,
            origin.column,
            &message,
        )
    };
    let id = &source.id;
    let entry = &source.origin;
    if source.title.trim().is_empty() {
        out.push(at(
            entry,
            format!("The source `{id}` has an empty `title`. Write the title of the page or article as it is published."),
        ));
    }
    let journal = source.journal.as_deref().unwrap_or("");
    if source.publisher.trim().is_empty() && journal.trim().is_empty() {
        out.push(at(
            entry,
            format!("The source `{id}` does not say who published it. Fill in `publisher`, or `journal` for a journal article."),
        ));
    }
    if source.year.is_none() {
        out.push(at(
            entry,
            format!("The source `{id}` has no `year`. Add the year it was published or last updated, like `year = 2024`."),
        ));
    }
    if let Some(doi) = &source.doi
        && !is_doi(doi)
    {
        out.push(at(
            entry,
            format!("The source `{id}` has a `doi` that is not a DOI (\"{doi}\"). Write it as it is printed on the article, like `doi = \"10.1056/NEJMoa1003466\"`, without https://doi.org/."),
        ));
    }
    // A DOI that is written wrongly is reported above; what to do about
    // the address then is to fix the DOI, so that is not said twice.
    let has_doi = source.doi.is_some();
    match &source.url {
        None if !has_doi => out.push(at(
            entry,
            format!("The source `{id}` has no `url` or `doi`, so a reader cannot find it. Add the address of the exact page, or the article's `doi`."),
        )),
        None => {}
        Some(url) => {
            let place = source.url_origin.as_ref().unwrap_or(entry);
            match web_path(url) {
                None => out.push(at(
                    place,
                    format!("The source `{id}` has a `url` that is not a web address (\"{url}\"). Write the whole address, starting with https://."),
                )),
                Some(path) if is_bare(path) && !has_doi => out.push(at(
                    place,
                    format!("The source `{id}` points at a home page ({url}), where a reader cannot find the fact. Give the address of the exact page, or add the article's `doi`."),
                )),
                Some(_) => {}
            }
        }
    }
    out
}

/// The part of a web address after its host (path, query and fragment),
/// or `None` if it is not an `http` or `https` address with a host.
fn web_path(url: &str) -> Option<&str> {
    let url = url.trim();
    let rest = ["https://", "http://"].iter().find_map(|scheme| {
        url.get(..scheme.len())
            .filter(|s| s.eq_ignore_ascii_case(scheme))
            .map(|_| &url[scheme.len()..])
    })?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    if host.is_empty() || host.contains(char::is_whitespace) {
        return None;
    }
    Some(&rest[host_end..])
}

/// Whether what follows the host names no page: nothing, `/`, or only a
/// query or fragment on the home page.
fn is_bare(after_host: &str) -> bool {
    let path = after_host
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .trim_matches('/');
    path.is_empty()
}

/// `10.` then a registrant number, a slash and a suffix: "10.1038/xyz".
fn is_doi(doi: &str) -> bool {
    let Some(rest) = doi.trim().strip_prefix("10.") else {
        return false;
    };
    match rest.split_once('/') {
        Some((registrant, suffix)) => {
            !registrant.is_empty()
                && registrant.chars().all(|c| c.is_ascii_digit() || c == '.')
                && !suffix.trim().is_empty()
                && !suffix.contains(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(url: Option<&str>, doi: Option<&str>, year: Option<u16>) -> Source {
        Source {
            id: "s".into(),
            title: "A page".into(),
            publisher: "A publisher".into(),
            journal: None,
            url: url.map(String::from),
            doi: doi.map(String::from),
            year,
            origin: Origin {
                file: "sources.toml".into(),
                line: 2,
                column: 6,
            },
            url_origin: url.map(|_| Origin {
                file: "sources.toml".into(),
                line: 5,
                column: 7,
            }),
        }
    }

    fn messages(s: &Source) -> Vec<String> {
        findability(s).into_iter().map(|p| p.message).collect()
    }

    #[test]
    fn home_pages_are_told_apart_from_pages() {
        for bare in [
            "https://www.cancer.net",
            "https://www.cancer.net/",
            "HTTPS://www.cancer.net//",
            "http://clinicaltrials.gov?lang=en",
            "https://www.cancer.org/#top",
        ] {
            assert!(web_path(bare).is_some_and(is_bare), "{bare}");
        }
        for page in [
            "https://www.cancer.net/navigating-cancer-care",
            "https://doi.org/10.1038/s41571-022-00600-w",
            "http://example.org/a?b=c",
        ] {
            assert!(web_path(page).is_some_and(|p| !is_bare(p)), "{page}");
        }
        for not_web in [
            "www.cancer.net/page",
            "ftp://x.org/a",
            "https://",
            "https:// x/",
        ] {
            assert_eq!(web_path(not_web), None, "{not_web}");
        }
    }

    #[test]
    fn dois_look_like_dois() {
        assert!(is_doi("10.1056/NEJMoa1003466"));
        assert!(is_doi("10.1000.10/abc(1)"));
        for bad in [
            "",
            "10.1056",
            "https://doi.org/10.1/x",
            "10./x",
            "10.12/",
            "10.ab/x",
            "10.1/a b",
        ] {
            assert!(!is_doi(bad), "{bad}");
        }
    }

    #[test]
    fn a_findable_source_has_no_problems() {
        assert!(
            findability(&source(
                Some("https://www.cancer.gov/a/b"),
                None,
                Some(2024)
            ))
            .is_empty()
        );
        assert!(findability(&source(None, Some("10.1056/x"), Some(2010))).is_empty());
        // A home page is fine when the DOI finds the article.
        assert!(
            findability(&source(
                Some("https://www.nejm.org"),
                Some("10.1056/x"),
                Some(2010)
            ))
            .is_empty()
        );
    }

    #[test]
    fn each_missing_part_is_an_error_that_says_what_to_do() {
        let home = findability(&source(Some("https://www.cancer.net/"), None, Some(2024)));
        assert_eq!(home.len(), 1);
        assert_eq!(home[0].severity, Severity::Error);
        assert_eq!((home[0].line, home[0].column), (5, 7), "points at the url");
        assert!(home[0].message.contains("home page"), "{}", home[0].message);
        assert!(home[0].message.contains("exact page"));

        let none = messages(&source(None, None, None));
        assert_eq!(none.len(), 2, "{none:?}");
        assert!(none[0].contains("no `year`"));
        assert!(none[1].contains("no `url` or `doi`"));

        let mut blank = source(Some("cancer.net/page"), Some("doi:10.1/x"), Some(2024));
        blank.title = " ".into();
        blank.publisher = String::new();
        blank.journal = Some(String::new());
        let all = messages(&blank);
        assert_eq!(all.len(), 4, "{all:?}");
        assert!(all[0].contains("empty `title`"));
        assert!(all[1].contains("who published it"));
        assert!(all[2].contains("not a DOI"));
        assert!(all[3].contains("not a web address"));

        let mut journal_only = source(None, Some("10.1056/x"), Some(2010));
        journal_only.publisher = String::new();
        journal_only.journal = Some("New England Journal of Medicine".into());
        assert!(findability(&journal_only).is_empty());
    }
}
