//! The bytes sent to the terminal, rewritten so that the 16 named colours
//! use the basic SGR codes (31, 94, 42…). The terminal library writes
//! them as 256-colour codes (`38;5;1`), which the Linux console and some
//! older terminals do not show. Output is gathered until each flush, so a
//! code is never cut in half when it is rewritten.

use std::io::{self, Write};

pub struct BasicColours<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> BasicColours<W> {
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            pending: Vec::with_capacity(16 * 1024),
        }
    }
}

impl<W: Write> Write for BasicColours<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let out = rewrite(&self.pending);
        self.pending.clear();
        self.inner.write_all(&out)?;
        self.inner.flush()
    }
}

/// Rewrites every SGR sequence (`ESC [ … m`) in `bytes`.
pub fn rewrite(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0x1b && bytes.get(i + 1) == Some(&b'[') {
            let start = i + 2;
            let end = bytes[start..]
                .iter()
                .position(|b| (0x40..=0x7e).contains(b))
                .map(|p| start + p);
            if let Some(end) = end
                && bytes[end] == b'm'
                && let Ok(params) = std::str::from_utf8(&bytes[start..end])
            {
                out.extend_from_slice(b"\x1b[");
                out.extend_from_slice(basic(params).as_bytes());
                out.push(b'm');
                i = end + 1;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// `38;5;1` → `31`, `48;5;12` → `104`; everything else stays.
fn basic(params: &str) -> String {
    let parts: Vec<&str> = params.split(';').collect();
    let mut out: Vec<String> = Vec::with_capacity(parts.len());
    let mut i = 0;
    while i < parts.len() {
        let colour = parts
            .get(i + 2)
            .and_then(|n| n.parse::<u8>().ok())
            .filter(|n| *n < 16);
        match (parts[i], parts.get(i + 1), colour) {
            ("38", Some(&"5"), Some(n)) => {
                out.push(
                    (if n < 8 {
                        30 + u16::from(n)
                    } else {
                        82 + u16::from(n)
                    })
                    .to_string(),
                );
                i += 3;
            }
            ("48", Some(&"5"), Some(n)) => {
                out.push(
                    (if n < 8 {
                        40 + u16::from(n)
                    } else {
                        92 + u16::from(n)
                    })
                    .to_string(),
                );
                i += 3;
            }
            (part, _, _) => {
                out.push(part.to_string());
                i += 1;
            }
        }
    }
    out.join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_colours_become_basic_codes() {
        let rewrite = |s: &str| String::from_utf8(rewrite(s.as_bytes())).unwrap_or_default();
        assert_eq!(rewrite("\x1b[38;5;1mx"), "\x1b[31mx");
        assert_eq!(rewrite("\x1b[38;5;12m"), "\x1b[94m");
        assert_eq!(rewrite("\x1b[48;5;7m"), "\x1b[47m");
        assert_eq!(rewrite("\x1b[48;5;9m"), "\x1b[101m");
        assert_eq!(rewrite("\x1b[1;38;5;6;7m"), "\x1b[1;36;7m");
        // Real 256 colours, other sequences and plain text stay as they are.
        assert_eq!(rewrite("\x1b[38;5;200m"), "\x1b[38;5;200m");
        assert_eq!(rewrite("\x1b[2J\x1b[?1049h"), "\x1b[2J\x1b[?1049h");
        assert_eq!(rewrite("plain é"), "plain é");
        assert_eq!(rewrite("\x1b["), "\x1b[");
    }

    #[test]
    fn codes_split_across_writes_are_rewritten_whole() {
        let mut out = BasicColours::new(Vec::new());
        let _ = out.write_all(b"\x1b[38;5;");
        let _ = out.write_all(b"2m ok");
        let _ = out.flush();
        assert_eq!(out.inner, b"\x1b[32m ok");
    }
}
