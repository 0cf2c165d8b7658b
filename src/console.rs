//! The bytes sent to the terminal, rewritten so that the 16 named colours
//! use the basic SGR codes (31, 94, 42…). The terminal library writes
//! them as 256-colour codes (`38;5;1`), which the Linux console and some
//! older terminals do not show. Output is gathered until each flush, so a
//! code is never cut in half when it is rewritten.
//!
//! The Linux console shows a bright foreground (90–97) by turning on its
//! one "intensity" setting, which bold shares: so "not bold" (22) after
//! bold text dims a bright colour, and a dark colour after a bright one
//! stays bright. The rewrite follows the codes sent and puts right what
//! the console would get wrong: a bright colour is sent again after 22,
//! and 22 is added when a dark colour follows a bright one on text that
//! is not bold. Other terminals keep colour and weight apart, so to them
//! the added codes change nothing.

use std::io::{self, Write};

pub struct BasicColours<W: Write> {
    inner: W,
    pending: Vec<u8>,
    pen: Pen,
}

impl<W: Write> BasicColours<W> {
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            pending: Vec::with_capacity(16 * 1024),
            pen: Pen::default(),
        }
    }
}

/// What the codes sent so far have set, as the Linux console keeps it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Pen {
    bold: bool,
    faint: bool,
    /// The code (90–97) of a bright foreground.
    bright: Option<u16>,
    /// The console's intensity: on after 1 or 90–97, off after 22 or 0.
    intensity: bool,
}

impl Pen {
    /// Follows one SGR's parameters (already rewritten by [`basic`]) and
    /// adds what keeps the console's intensity as bold-or-bright.
    fn follow(&mut self, params: &mut Vec<String>) {
        let mut i = 0;
        while i < params.len() {
            match params[i].as_str() {
                "" | "0" => *self = Pen::default(),
                "1" => {
                    self.bold = true;
                    self.intensity = true;
                }
                "2" => self.faint = true,
                "22" => {
                    self.bold = false;
                    self.faint = false;
                    self.intensity = false;
                }
                // Another colour's numbers follow: 5;n or 2;r;g;b.
                code @ ("38" | "48" | "58") => {
                    if code == "38" {
                        self.bright = None;
                    }
                    i += match params.get(i + 1).map(String::as_str) {
                        Some("5") => 2,
                        Some("2") => 4,
                        _ => 0,
                    };
                }
                code => match code.parse::<u16>() {
                    Ok(30..=37 | 39) => self.bright = None,
                    Ok(n @ 90..=97) => {
                        self.bright = Some(n);
                        self.intensity = true;
                    }
                    _ => {}
                },
            }
            i += 1;
        }
        let wanted = self.bold || self.bright.is_some();
        match (wanted, self.intensity, self.bright) {
            (true, false, Some(code)) => {
                params.push(code.to_string());
                self.intensity = true;
            }
            (false, true, _) if !self.faint => {
                params.push("22".to_string());
                self.intensity = false;
            }
            _ => {}
        }
    }
}

impl<W: Write> Write for BasicColours<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let out = rewrite_following(&self.pending, &mut self.pen);
        self.pending.clear();
        self.inner.write_all(&out)?;
        self.inner.flush()
    }
}

/// Rewrites every SGR sequence (`ESC [ … m`) in `bytes`, on its own.
pub fn rewrite(bytes: &[u8]) -> Vec<u8> {
    rewrite_following(bytes, &mut Pen::default())
}

/// Rewrites every SGR sequence in `bytes`, following the pen across them.
fn rewrite_following(bytes: &[u8], pen: &mut Pen) -> Vec<u8> {
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
                let mut params = basic(params);
                pen.follow(&mut params);
                out.extend_from_slice(b"\x1b[");
                out.extend_from_slice(params.join(";").as_bytes());
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
fn basic(params: &str) -> Vec<String> {
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
    out
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

    /// The bytes written through [`BasicColours`], one flush per frame.
    fn written(frames: &[&str]) -> String {
        let mut out = BasicColours::new(Vec::new());
        for frame in frames {
            let _ = out.write_all(frame.as_bytes());
            let _ = out.flush();
        }
        String::from_utf8(out.inner).unwrap_or_default()
    }

    #[test]
    fn a_bright_colour_stays_bright_after_bold_ends() {
        // Bold bright yellow, then the same colour not bold: the
        // terminal library sends only 22, which on the console would dim
        // the yellow to brown.
        assert_eq!(
            written(&["\x1b[1m\x1b[38;5;11mA\x1b[22mb"]),
            "\x1b[1m\x1b[93mA\x1b[22;93mb"
        );
        // Across flushes too: the pen is kept between frames.
        assert_eq!(
            written(&["\x1b[1;38;5;14mA", "\x1b[22mb"]),
            "\x1b[1;96mA\x1b[22;96mb"
        );
    }

    #[test]
    fn a_dark_colour_after_a_bright_one_is_not_left_bright() {
        // Bright white on black, then black on white (a chosen entry in
        // high contrast): without the 22 the console would draw the black
        // letters dark grey.
        assert_eq!(
            written(&["\x1b[38;5;15;48;5;0mA\x1b[38;5;0;48;5;15mb"]),
            "\x1b[97;40mA\x1b[30;107;22mb"
        );
        // Bold text keeps its intensity: it is meant to be bright there.
        assert_eq!(
            written(&["\x1b[38;5;15mA\x1b[1m\x1b[38;5;0mb"]),
            "\x1b[97mA\x1b[1m\x1b[30mb"
        );
        // A reset clears it all; nothing is added after it.
        assert_eq!(
            written(&["\x1b[38;5;9mA\x1b[0mb\x1b[38;5;1mc"]),
            "\x1b[91mA\x1b[0mb\x1b[31mc"
        );
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
