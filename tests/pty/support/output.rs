//! Reading what the program wrote to its terminal: the text with escape
//! sequences taken out, the last bytes made visible for failure messages,
//! and the colours its SGR sequences set.

/// Text with CSI and other escape sequences removed.
pub fn strip_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('[') => {
                // Parameters and intermediates, then one final byte.
                for c in chars.by_ref() {
                    if ('\x40'..='\x7e').contains(&c) {
                        break;
                    }
                }
            }
            Some(']') => {
                // An OSC string ends with BEL or ESC \.
                while let Some(c) = chars.next() {
                    if c == '\x07' {
                        break;
                    }
                    if c == '\x1b' {
                        chars.next();
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The last `n` bytes of output, escapes made visible.
pub fn escaped_tail(raw: &[u8], n: usize) -> String {
    let tail = &raw[raw.len().saturating_sub(n)..];
    String::from_utf8_lossy(tail).escape_debug().to_string()
}

/// Every SGR (`ESC [ ... m`) parameter list in the output.
pub fn sgr_sequences(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let mut out = Vec::new();
    let mut rest = text.as_ref();
    while let Some(at) = rest.find("\x1b[") {
        rest = &rest[at + 2..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ';' || c == ':'))
            .unwrap_or(rest.len());
        if rest[end..].starts_with('m') {
            out.push(rest[..end].to_string());
        }
    }
    out
}

/// The colour-setting parts of one SGR: basic colours (30–37, 40–47,
/// 90–97, 100–107) and extended ones (`38;5;n`, `48;2;r;g;b`, ...).
pub fn colours_in(sgr: &str) -> Vec<String> {
    let params: Vec<&str> = sgr.split(';').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < params.len() {
        let p = params[i];
        let head = p.split(':').next().unwrap_or("");
        match head.parse::<u32>() {
            Ok(n @ (38 | 48 | 58)) => {
                // 38;5;n and 38;2;r;g;b, or 38:5:n with colons.
                let take = if p.contains(':') {
                    0
                } else {
                    match params.get(i + 1) {
                        Some(&"5") => 2,
                        Some(&"2") => 4,
                        _ => 0,
                    }
                };
                let end = (i + 1 + take).min(params.len());
                out.push(format!("{n};{}", params[i + 1..end].join(";")));
                i = end;
                continue;
            }
            Ok(n @ (30..=37 | 40..=47 | 90..=97 | 100..=107)) => out.push(n.to_string()),
            _ => {}
        }
        i += 1;
    }
    out
}
