//! The shipped guide's outline read straight from its TOML files, not
//! through the program's loader, to compare with what the program shows:
//! each section's id, title, depth and breadcrumb, in reading order.

use std::path::Path;

use crate::shared::guide_dir;

/// A section of the guide, read from the guide's TOML files.
#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub depth: usize,
    /// Titles from the chapter down to this section.
    pub crumb: Vec<String>,
    /// One past the last section inside this one.
    pub subtree_end: usize,
    /// Marked `screen_only`, or inside a section that is: left off paper.
    pub screen_only: bool,
}

impl Section {
    pub fn is_leaf(&self, index: usize) -> bool {
        self.subtree_end == index + 1
    }
}

fn read_toml(path: &Path) -> toml::Table {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    text.parse::<toml::Table>()
        .unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

fn str_field(table: &toml::Table, key: &str) -> String {
    table
        .get(key)
        .and_then(toml::Value::as_str)
        .unwrap_or_else(|| panic!("a guide table without `{key}`: {table:?}"))
        .to_string()
}

fn collect(
    table: &toml::Table,
    depth: usize,
    parents: &[String],
    screen_only: bool,
    out: &mut Vec<Section>,
) {
    let index = out.len();
    let title = str_field(table, "title");
    let screen_only = screen_only
        || table
            .get("screen_only")
            .and_then(toml::Value::as_bool)
            .unwrap_or(false);
    let mut crumb = parents.to_vec();
    crumb.push(title.clone());
    out.push(Section {
        id: str_field(table, "id"),
        title,
        depth,
        crumb: crumb.clone(),
        subtree_end: 0,
        screen_only,
    });
    if let Some(children) = table.get("section").and_then(toml::Value::as_array) {
        for child in children {
            let child = child.as_table().expect("a [[section]] is a table");
            collect(child, depth + 1, &crumb, screen_only, out);
        }
    }
    out[index].subtree_end = out.len();
}

/// The guide's title and its sections in reading order, straight from
/// guide/en/*.toml.
pub fn guide_sections() -> (String, Vec<Section>) {
    let en = guide_dir().join("en");
    let top = read_toml(&en.join("guide.toml"));
    let title = str_field(&top, "title");
    let chapters = top
        .get("chapters")
        .and_then(toml::Value::as_array)
        .expect("guide.toml lists its chapters");
    let mut sections = Vec::new();
    for chapter in chapters {
        let file = chapter.as_str().expect("chapter file names are strings");
        collect(&read_toml(&en.join(file)), 0, &[], false, &mut sections);
    }
    (title, sections)
}

/// Plain-text headings: a line followed by a line of only `=` or `-` as
/// long as it (up to the `width` the text was wrapped at).
pub fn headings(text: &str, width: usize) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .filter(|pair| {
            let (line, rule) = (pair[0], pair[1]);
            let len = line.chars().count().min(width);
            len > 0
                && rule.chars().count() == len
                && (rule.chars().all(|c| c == '=') || rule.chars().all(|c| c == '-'))
        })
        .map(|pair| pair[0].to_string())
        .collect()
}
