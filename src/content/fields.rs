//! Reading typed values out of a parsed TOML table while keeping every
//! mistake, so one pass reports all of a file's problems with their places.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::model::Date;
use super::problem::{Problem, SourceText, is_forbidden_char};

/// The longest text any one value may hold; a body longer than this is a
/// mistake (a pasted document), and it keeps layout work bounded.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// A string value and where it sits in the file.
#[derive(Debug, Clone)]
pub struct Text {
    pub value: String,
    pub span: Range<usize>,
}

/// One TOML table being read. Keys are marked as they are taken; whatever
/// is left at [`Fields::finish`] is an unknown key.
pub struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    file: &'a SourceText,
    /// What the table is, for messages: "this section", "the manifest".
    what: String,
    taken: Vec<&'static str>,
}

impl<'a, 'i> Fields<'a, 'i> {
    pub fn new(
        table: &'a DeTable<'i>,
        span: Range<usize>,
        file: &'a SourceText,
        what: impl Into<String>,
    ) -> Self {
        Self {
            table,
            span,
            file,
            what: what.into(),
            taken: Vec::new(),
        }
    }

    pub fn file(&self) -> &'a SourceText {
        self.file
    }

    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// Where a key's value is, if the table has it (for a problem with
    /// the value as a whole, such as an empty list).
    pub fn value_span(&self, key: &str) -> Option<Range<usize>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v.span())
    }

    fn get(&mut self, key: &'static str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.taken.push(key);
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    fn missing(&self, key: &str, hint: &str, problems: &mut Vec<Problem>) {
        problems.push(self.file.error(
            self.span.start,
            format!("{} has no `{key}`. Add `{key} = {hint}`.", self.what),
        ));
    }

    fn wrong_type(
        &self,
        key: &str,
        value: &Spanned<DeValue<'_>>,
        wanted: &str,
        problems: &mut Vec<Problem>,
    ) {
        problems.push(self.file.error(
            value.span().start,
            format!(
                "`{key}` should be {wanted}, but it is {}.",
                describe(value.get_ref())
            ),
        ));
    }

    /// A string, checked for size and hidden characters.
    pub fn text(
        &mut self,
        key: &'static str,
        required: bool,
        problems: &mut Vec<Problem>,
    ) -> Option<Text> {
        let Some(value) = self.get(key) else {
            if required {
                self.missing(key, "\"...\"", problems);
            }
            return None;
        };
        match value.get_ref() {
            DeValue::String(s) => {
                let text = Text {
                    value: s.to_string(),
                    span: value.span(),
                };
                check_text(self.file, key, &text, problems);
                Some(text)
            }
            _ => {
                self.wrong_type(key, value, "text in quotes", problems);
                None
            }
        }
    }

    /// A list of strings; a missing list is empty.
    pub fn texts(
        &mut self,
        key: &'static str,
        required: bool,
        problems: &mut Vec<Problem>,
    ) -> Vec<Text> {
        let Some(value) = self.get(key) else {
            if required {
                self.missing(key, "[\"...\"]", problems);
            }
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, value, "a list in square brackets", problems);
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => {
                    let text = Text {
                        value: s.to_string(),
                        span: item.span(),
                    };
                    check_text(self.file, key, &text, problems);
                    out.push(text);
                }
                _ => self.wrong_type(key, item, "a list of texts in quotes", problems),
            }
        }
        out
    }

    pub fn integer(
        &mut self,
        key: &'static str,
        required: bool,
        problems: &mut Vec<Problem>,
    ) -> Option<(i64, Range<usize>)> {
        let Some(value) = self.get(key) else {
            if required {
                self.missing(key, "1", problems);
            }
            return None;
        };
        let parsed = match value.get_ref() {
            DeValue::Integer(i) => {
                let n = i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok();
                if n.is_none() {
                    problems.push(self.file.error(
                        value.span().start,
                        format!(
                            "`{key}` is too large a number to read. Write a small whole number."
                        ),
                    ));
                }
                n
            }
            _ => {
                self.wrong_type(key, value, "a whole number", problems);
                None
            }
        };
        parsed.map(|n| (n, value.span()))
    }

    /// A yes-or-no value written bare, `true` or `false`; a missing one
    /// is `false`.
    pub fn flag(&mut self, key: &'static str, problems: &mut Vec<Problem>) -> bool {
        let Some(value) = self.get(key) else {
            return false;
        };
        match value.get_ref() {
            DeValue::Boolean(b) => *b,
            _ => {
                self.wrong_type(key, value, "true or false (no quotes)", problems);
                false
            }
        }
    }

    /// A calendar date written bare, `2026-11-22`.
    pub fn date(
        &mut self,
        key: &'static str,
        required: bool,
        problems: &mut Vec<Problem>,
    ) -> Option<Date> {
        let Some(value) = self.get(key) else {
            if required {
                self.missing(key, "2026-01-31", problems);
            }
            return None;
        };
        let date = match value.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                dt.date.map(|d| Date {
                    year: d.year,
                    month: d.month,
                    day: d.day,
                })
            }
            _ => None,
        };
        if date.is_none() {
            self.wrong_type(key, value, "a date like 2026-01-31 (no quotes)", problems);
        }
        date
    }

    /// An array of tables (`[[section]]`), each with its span.
    pub fn tables(
        &mut self,
        key: &'static str,
        problems: &mut Vec<Problem>,
    ) -> Vec<(&'a DeTable<'i>, Range<usize>)> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(
                key,
                value,
                format!("a list of tables written [[{key}]]").as_str(),
                problems,
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(t) => out.push((t, item.span())),
                _ => self.wrong_type(
                    key,
                    item,
                    format!("a table written [[{key}]]").as_str(),
                    problems,
                ),
            }
        }
        out
    }

    /// Reports every key nobody asked for.
    pub fn finish(self, problems: &mut Vec<Problem>) {
        let mut unknown: Vec<_> = self
            .table
            .iter()
            .filter(|(k, _)| !self.taken.contains(&k.get_ref().as_ref()))
            .collect();
        unknown.sort_by_key(|(k, _)| k.span().start);
        let known = self.taken.join("`, `");
        for (key, _) in unknown {
            problems.push(self.file.error(
                key.span().start,
                format!(
                    "{} has an unknown key `{}`. Check the spelling; the keys it can have are `{known}`.",
                    self.what,
                    key.get_ref()
                ),
            ));
        }
    }
}

/// A value's kind in words, for messages ("a whole number").
pub fn describe(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "text",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date or time",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

fn check_text(file: &SourceText, key: &str, text: &Text, problems: &mut Vec<Problem>) {
    if text.value.len() > MAX_TEXT_BYTES {
        problems.push(file.error(
            text.span.start,
            format!(
                "`{key}` is {} bytes long; the most one text may hold is {} bytes (64 KiB). Split it into smaller sections.",
                text.value.len(),
                MAX_TEXT_BYTES
            ),
        ));
    }
    if let Some(c) = text.value.chars().find(|&c| is_forbidden_char(c)) {
        // Point at the character itself when it is written raw in the file;
        // an escaped one (`\u0007`) is found at the start of the value.
        let at = file
            .text
            .get(text.span.clone())
            .and_then(|raw| raw.find(c))
            .map_or(text.span.start, |i| text.span.start + i);
        problems.push(file.error(
            at,
            format!(
                "`{key}` contains a hidden control character (U+{:04X}). Delete it and type the text again.",
                u32::from(c)
            ),
        ));
    }
}
