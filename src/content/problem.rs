//! Problems found in a guide: where they are (file, line, column), how bad
//! they are, and what the person editing the guide should do about them.

use std::fmt;
use std::sync::Arc;

/// How serious a problem is. Errors stop a guide from loading; warnings are
/// for staff to fix, and only fail `check --strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// Characters that must never reach the screen: C0 controls other than
/// newline and tab (they can move the cursor or ring the bell), DEL, C1
/// controls (terminal escapes), and bidi overrides and isolates (they can
/// make text display in a different order from how it reads).
pub fn is_forbidden_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text from a guide made safe to print in a message: a control character,
/// DEL, C1 or direction override could move the cursor, set the window
/// title or write the clipboard of the terminal showing the message, so
/// each is shown as its code instead, like `<U+001B>`. Line breaks and
/// tabs become spaces: a message is one line.
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\n' || c == '\t' || c == '\r' {
            out.push(' ');
        } else if is_forbidden_char(c) {
            out.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

impl Problem {
    /// A problem whose file name and message are safe to print, whatever
    /// the guide held.
    pub fn new(severity: Severity, file: &str, line: usize, column: usize, message: &str) -> Self {
        Self {
            severity,
            file: visible(file),
            line,
            column,
            message: visible(message),
        }
    }
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
    /// Shared: every reference to check later keeps the file's name.
    pub name: Arc<str>,
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
            name: Arc::from(name.into()),
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
        Problem::new(severity, &self.name, line, column, &message.into())
    }

    pub fn error(&self, offset: usize, message: impl Into<String>) -> Problem {
        self.problem(Severity::Error, offset, message)
    }
}

/// A problem for a whole file that has no text to point into (missing,
/// unreadable, too large).
pub fn file_problem(file: &str, message: impl Into<String>) -> Problem {
    Problem::new(Severity::Error, file, 1, 1, &message.into())
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
    fn hostile_text_in_messages_is_shown_as_codes() {
        let src = SourceText::new("a\u{1b}]0;x\u{7}.toml", "x");
        let p = src.error(0, "key `\u{1b}]52;c;cm0=\u{7}` and \u{202e}flip\nnext");
        assert_eq!(p.file, "a<U+001B>]0;x<U+0007>.toml");
        assert_eq!(
            p.message,
            "key `<U+001B>]52;c;cm0=<U+0007>` and <U+202E>flip next"
        );
        assert!(!p.to_string().chars().any(|c| c.is_control()));
    }

    #[test]
    fn problems_print_as_file_line_column() {
        let src = SourceText::new("guide.toml", "x = 1\ny = 2\n");
        let p = src.error(6, "Remove `y`.");
        assert_eq!(p.to_string(), "guide.toml:2:1: error: Remove `y`.");
    }
}
