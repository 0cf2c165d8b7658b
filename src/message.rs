//! Messages for the person at the terminal, and the arguments they echo.
//!
//! Written so that a closed terminal or pipe is never a panic (Rust's
//! `println!` and `eprintln!` panic when the write fails; a closed
//! window makes every write fail), and so that an argument holding escape
//! codes is shown as their codes (`<U+001B>`), like guide text, and never
//! acted on by the terminal.

use std::fmt::Display;
use std::io::Write;
use std::path::Path;

use crate::content::problem::visible;

/// One line on standard error. A failed write is ignored: there is no
/// one left to tell.
pub fn say(line: impl Display) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Text on standard output, as is. Whether it was written.
pub fn print(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .is_ok()
}

/// A path given on the command line (or in a settings file), safe to
/// repeat in a message.
pub fn shown(path: &Path) -> String {
    visible(&path.to_string_lossy())
}

/// A word given on the command line, safe to repeat in a message.
pub fn shown_word(word: &str) -> String {
    visible(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_codes_in_arguments_are_shown_as_codes() {
        let path = Path::new("/tmp/\u{1b}]0;owned\u{7}/\u{9b}2J\u{202e}x");
        assert_eq!(
            shown(path),
            "/tmp/<U+001B>]0;owned<U+0007>/<U+009B>2J<U+202E>x"
        );
        assert_eq!(shown_word("a\u{1b}[2Jb"), "a<U+001B>[2Jb");
        assert_eq!(shown_word("plain-id"), "plain-id");
    }
}
