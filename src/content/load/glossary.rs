//! The glossary file: each term with its aliases, definition and the
//! terms to see also, checked (the loader sorts them, see `alphabet`).

use super::ids::slugify;
use super::{Loader, Pending};
use crate::content::fields::{Fields, Text};
use crate::content::model::{Origin, Term};
use crate::content::problem::SourceText;

impl Loader<'_> {
    pub(super) fn glossary(&mut self, manifest: &SourceText, named: &Text) -> Vec<Term> {
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
        terms
    }
}
