//! Problems found in a guide: where they are (file, line, column), how bad
//! they are, and what the person editing the guide should do about them.

use std::fmt;

/// How serious a problem is. Errors stop a guide from loading; warnings are
/// for staff to fix, and only fail `check --strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One thing wrong with a guide, pointing at the place to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// The file, relative to the guide folder where possible.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// A plain sentence: what is wrong and what to do.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {kind}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// The text of one guide file, able to turn byte offsets into line:column.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub name: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceText {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Self {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and character column of a byte offset; offsets past the
    /// end or inside a character are clamped rather than trusted.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self
            .text
            .get(start..)
            .map(|rest| {
                rest.char_indices()
                    .take_while(|(i, _)| start + i < offset)
                    .count()
            })
            .unwrap_or(0);
        (line, column + 1)
    }

    pub fn problem(
        &self,
        severity: Severity,
        offset: usize,
        message: impl Into<String>,
    ) -> Problem {
        let (line, column) = self.line_column(offset);
        Problem {
            severity,
            file: self.name.clone(),
            line,
            column,
            message: message.into(),
        }
    }

    pub fn error(&self, offset: usize, message: impl Into<String>) -> Problem {
        self.problem(Severity::Error, offset, message)
    }
}

/// A problem for a whole file that has no text to point into (missing,
/// unreadable, too large).
pub fn file_problem(file: &str, message: impl Into<String>) -> Problem {
    Problem {
        severity: Severity::Error,
        file: file.to_string(),
        line: 1,
        column: 1,
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let src = SourceText::new("a.toml", "ab\nçd\n\nx");
        assert_eq!(src.line_column(0), (1, 1));
        assert_eq!(src.line_column(1), (1, 2));
        assert_eq!(src.line_column(3), (2, 1));
        // 'ç' is two bytes: 'd' is the second character of line 2.
        assert_eq!(src.line_column(5), (2, 2));
        assert_eq!(src.line_column(7), (3, 1));
        assert_eq!(src.line_column(8), (4, 1));
        assert_eq!(src.line_column(999), (4, 2));
    }

    #[test]
    fn problems_print_as_file_line_column() {
        let src = SourceText::new("guide.toml", "x = 1\ny = 2\n");
        let p = src.error(6, "Remove `y`.");
        assert_eq!(p.to_string(), "guide.toml:2:1: error: Remove `y`.");
    }
}
