//! The symptom list (`symptoms.toml`, named by the manifest's `symptoms`):
//! symptoms in everyday words, how soon to act on each, and the section
//! that explains it. Every entry is checked: a known urgency, a section
//! that exists (once every chapter is read), no name twice.

use super::super::fields::Text;
use super::super::model::{Origin, Symptom, Urgency};
use super::{Fields, Loader, Pending};

/// Longest name, in characters: one row of the list on a narrow screen.
pub const MAX_NAME_CHARS: usize = 40;

impl Loader<'_> {
    pub(super) fn symptoms(
        &mut self,
        manifest: &crate::content::problem::SourceText,
        named: &Text,
    ) -> Vec<Symptom> {
        let Some(file) = self.open_named(manifest, named) else {
            return Vec::new();
        };
        let Some((table, span)) = self.parse(&file) else {
            return Vec::new();
        };
        let p = &mut self.problems;
        let mut top = Fields::new(&table, span.clone(), &file, "The symptom list");
        let entries = top.tables("symptom", p);
        top.finish(p);
        if entries.is_empty() {
            p.push(file.error(
                span.start,
                "The symptom list has no symptoms. Add `[[symptom]]` entries, or remove `symptoms` from guide.toml.",
            ));
        }
        let allowed = Urgency::ALL.map(Urgency::key).join("`, `");
        let mut symptoms: Vec<Symptom> = Vec::new();
        for (table, span) in entries {
            let mut f = Fields::new(table, span, &file, "This symptom");
            let name = f.text("name", true, p);
            let urgency = f.text("urgency", true, p);
            let section = f.text("section", true, p);
            f.finish(p);
            let (Some(name), Some(urgency), Some(section)) = (name, urgency, section) else {
                continue;
            };
            let words = name.value.trim();
            if words.is_empty() {
                p.push(file.error(
                    name.span.start,
                    "`name` is empty. Write the symptom in everyday words, like \"belly pain\".",
                ));
            } else if words.chars().count() > MAX_NAME_CHARS || words.contains('\n') {
                p.push(file.error(
                    name.span.start,
                    format!("The name is too long for the list. Keep it to one line of at most {MAX_NAME_CHARS} characters."),
                ));
            } else if symptoms
                .iter()
                .any(|s| s.name.to_lowercase() == words.to_lowercase())
            {
                p.push(file.error(
                    name.span.start,
                    format!("The symptom \"{words}\" is listed twice. Keep one."),
                ));
            }
            let Some(level) = Urgency::from_key(&urgency.value) else {
                p.push(file.error(
                    urgency.span.start,
                    format!(
                        "`urgency` is \"{}\", which is not one the guide knows. Use one of `{allowed}`.",
                        urgency.value
                    ),
                ));
                continue;
            };
            self.named.push((
                Pending::at(&file, section.span.start, section.value.clone()),
                "This symptom's `section`",
            ));
            let (line, column) = file.line_column(name.span.start);
            symptoms.push(Symptom {
                name: words.to_string(),
                urgency: level,
                section: section.value,
                origin: Origin {
                    file: file.name.to_string(),
                    line,
                    column,
                },
            });
        }
        symptoms
    }
}
