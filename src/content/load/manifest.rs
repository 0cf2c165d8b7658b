//! The manifest (`guide.toml`): what the welcome screen shows, and the
//! names of the other files. Read first and alone, so the welcome screen
//! can be drawn before the rest of the guide is read.

use super::depth::has_visible_char;
use super::{Loader, Manifest, Pending, help_lines};
use crate::content::fields::{Fields, Text};
use crate::content::markup::parse_body;
use crate::content::model::About;
use crate::content::problem::SourceText;

impl Loader<'_> {
    /// Reads and checks the manifest: what the welcome screen shows, and
    /// the names of the other files.
    pub(super) fn manifest(&mut self) -> Option<Manifest> {
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
        let symptoms_file = f.text("symptoms", false, p);
        let about_the_guide = f.texts("about_the_guide", false, p);
        let help_line_tables = f.tables("help_line", p);
        f.finish(p);
        let help_lines = help_lines::read(&manifest_text, help_line_tables, p);
        self.named.extend(about_the_guide.iter().map(|id| {
            (
                Pending::at(&manifest_text, id.span.start, id.value.clone()),
                "`about_the_guide`",
            )
        }));
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
            help_lines,
            about_the_guide: about_the_guide.into_iter().map(|t| t.value).collect(),
            symptoms_file: symptoms_file.as_ref().map(|t| t.value.clone()),
        };
        Some(Manifest {
            text: manifest_text,
            about,
            chapters,
            glossary_file,
            sources_file,
            symptoms_file,
        })
    }

    pub(super) fn not_empty(&mut self, file: &SourceText, key: &str, text: &Text) {
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
}
