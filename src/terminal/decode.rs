//! The bytes a terminal sends for keys, clicks and pastes, turned into
//! events. Our own, rather than the terminal library's, so that nothing a
//! person types can leave the reader waiting for the rest of a sequence:
//!
//! - an escape sequence is cut short by any byte that cannot belong to it
//!   (that byte is then read on its own), and one left unfinished for
//!   [`GIVE_UP_AFTER`] is dropped;
//! - a bracketed paste (`ESC [ 200 ~` … `ESC [ 201 ~`) not ended within
//!   [`GIVE_UP_AFTER`] of its start is dropped whole. Alt+[ then `2 0 0 ~`
//!   typed on a keyboard starts one, and nothing else would end it;
//! - a terminal's answer that comes too late to be waited for (its
//!   background colour, `ESC ] 11 ; … BEL`, or its device attributes,
//!   `ESC [ ? … c`; see `background`) is dropped, never read as keys.
//!
//! Pure: bytes and the time they arrived go in, events come out.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// How long an unfinished escape sequence or paste may wait for its end.
pub const GIVE_UP_AFTER: Duration = Duration::from_secs(1);

/// The most of one paste kept; the rest is read and thrown away.
const MAX_PASTE_BYTES: usize = 64 * 1024;

const ESC: u8 = 0x1b;
const PASTE_END: &[u8] = b"\x1b[201~";

#[derive(Debug, Default)]
pub struct Decoder {
    /// Bytes of a sequence (or a UTF-8 character) not finished yet.
    pending: Vec<u8>,
    /// When `pending` started, or the paste did.
    since: Option<Instant>,
    paste: Option<Vec<u8>>,
}

/// What the start of `bytes` is.
enum Parsed {
    /// An event (or nothing, for a sequence we do not use) and how many
    /// bytes it took.
    Done(Option<Event>, usize),
    /// The bytes so far are the start of something longer.
    Unfinished,
    /// The start of a paste, `ESC [ 200 ~`.
    PasteStart,
}

impl Decoder {
    /// Reads `bytes`, which arrived at `now`. `more` says that more bytes
    /// were already waiting (the read filled its buffer): a lone ESC at
    /// the end is then the start of a sequence, not the Esc key.
    pub fn feed(&mut self, bytes: &[u8], more: bool, now: Instant) -> Vec<Event> {
        let mut out = Vec::new();
        for &byte in bytes {
            self.push(byte, now, &mut out);
        }
        // A lone ESC with nothing after it is the Esc key, as terminals
        // send a whole sequence at once.
        if !more && self.paste.is_none() && self.pending == [ESC] {
            self.pending.clear();
            self.since = None;
            out.push(key(KeyCode::Esc, KeyModifiers::NONE));
        }
        out
    }

    /// When [`Decoder::expire`] should be called, if something waits.
    pub fn deadline(&self) -> Option<Instant> {
        self.since.map(|since| since + GIVE_UP_AFTER)
    }

    /// Gives up on a sequence or paste that has waited too long.
    pub fn expire(&mut self, now: Instant) -> Vec<Event> {
        let mut out = Vec::new();
        if self.deadline().is_some_and(|d| now >= d) {
            if self.paste.is_none() && self.pending == [ESC] {
                out.push(key(KeyCode::Esc, KeyModifiers::NONE));
            }
            self.pending.clear();
            self.paste = None;
            self.since = None;
        }
        out
    }

    fn push(&mut self, byte: u8, now: Instant, out: &mut Vec<Event>) {
        if let Some(paste) = self.paste.as_mut() {
            if paste.len() < MAX_PASTE_BYTES + PASTE_END.len() {
                paste.push(byte);
            } else {
                // Keep only enough to see the end marker.
                paste.drain(MAX_PASTE_BYTES..MAX_PASTE_BYTES + 1);
                paste.push(byte);
            }
            if paste.ends_with(PASTE_END) {
                paste.truncate(paste.len() - PASTE_END.len());
                let text = String::from_utf8_lossy(&paste[..paste.len().min(MAX_PASTE_BYTES)]);
                out.push(Event::Paste(text.into_owned()));
                self.paste = None;
                self.since = None;
            }
            return;
        }
        if self.pending.is_empty() {
            self.since = Some(now);
        }
        self.pending.push(byte);
        loop {
            match parse(&self.pending) {
                Parsed::Unfinished => return,
                Parsed::PasteStart => {
                    self.pending.clear();
                    self.paste = Some(Vec::new());
                    self.since = Some(now);
                    return;
                }
                Parsed::Done(event, used) => {
                    out.extend(event);
                    self.pending.drain(..used);
                    if self.pending.is_empty() {
                        self.since = None;
                        return;
                    }
                    // A sequence cut short: the bytes left are read anew.
                    self.since = Some(now);
                }
            }
        }
    }
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

fn parse(bytes: &[u8]) -> Parsed {
    match bytes[0] {
        ESC => parse_escape(bytes),
        _ => parse_plain(bytes),
    }
}

/// One key that is not an escape sequence: a character or a control key.
fn parse_plain(bytes: &[u8]) -> Parsed {
    let event = match bytes[0] {
        b'\r' => key(KeyCode::Enter, KeyModifiers::NONE),
        b'\t' => key(KeyCode::Tab, KeyModifiers::NONE),
        0x7f => key(KeyCode::Backspace, KeyModifiers::NONE),
        0 => key(KeyCode::Char(' '), KeyModifiers::CONTROL),
        c @ 0x01..=0x1a => key(
            KeyCode::Char(char::from(c - 1 + b'a')),
            KeyModifiers::CONTROL,
        ),
        c @ 0x1c..=0x1f => key(
            KeyCode::Char(char::from(c - 0x1c + b'4')),
            KeyModifiers::CONTROL,
        ),
        _ => return parse_char(bytes),
    };
    Parsed::Done(Some(event), 1)
}

fn parse_char(bytes: &[u8]) -> Parsed {
    let len = match bytes[0] {
        0x20..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        // Not the start of a character: skipped.
        _ => return Parsed::Done(None, 1),
    };
    // A continuation byte that is not one ends the character early.
    if let Some(bad) = bytes[1..].iter().position(|b| b & 0xc0 != 0x80) {
        return Parsed::Done(None, bad + 1);
    }
    if bytes.len() < len {
        return Parsed::Unfinished;
    }
    match std::str::from_utf8(&bytes[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => {
            let modifiers = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            Parsed::Done(Some(key(KeyCode::Char(c), modifiers)), len)
        }
        None => Parsed::Done(None, len),
    }
}

fn parse_escape(bytes: &[u8]) -> Parsed {
    let Some(&second) = bytes.get(1) else {
        return Parsed::Unfinished;
    };
    match second {
        b'[' => parse_csi(bytes),
        b']' => parse_osc(bytes),
        b'O' => match bytes.get(2) {
            None => Parsed::Unfinished,
            Some(&third) => match ss3_key(third) {
                Some(code) => Parsed::Done(Some(key(code, KeyModifiers::NONE)), 3),
                // ESC O then something else: Alt+O, and the byte anew.
                None => Parsed::Done(Some(key(KeyCode::Char('O'), alt_shift())), 2),
            },
        },
        // ESC ESC: the first is the Esc key.
        ESC => Parsed::Done(Some(key(KeyCode::Esc, KeyModifiers::NONE)), 1),
        _ => match parse(&bytes[1..]) {
            Parsed::Unfinished => Parsed::Unfinished,
            Parsed::Done(Some(Event::Key(mut k)), used) => {
                k.modifiers |= KeyModifiers::ALT;
                Parsed::Done(Some(Event::Key(k)), used + 1)
            }
            Parsed::Done(other, used) => Parsed::Done(other, used + 1),
            Parsed::PasteStart => Parsed::Done(None, 1),
        },
    }
}

fn alt_shift() -> KeyModifiers {
    KeyModifiers::ALT | KeyModifiers::SHIFT
}

fn ss3_key(byte: u8) -> Option<KeyCode> {
    Some(match byte {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        // The keypad's Enter in application mode.
        b'M' => KeyCode::Enter,
        b'P'..=b'S' => KeyCode::F(1 + byte - b'P'),
        _ => return None,
    })
}

/// An operating system command (`ESC ]`), which a terminal only sends to
/// answer a question (the background colour): it ends with BEL or with
/// `ESC \`, and is dropped whole. A byte that cannot be in one ends it
/// early: what came before is dropped and the byte is read on its own.
fn parse_osc(bytes: &[u8]) -> Parsed {
    for (i, &b) in bytes.iter().enumerate().skip(2) {
        match b {
            0x07 => return Parsed::Done(None, i + 1),
            ESC => {
                return match bytes.get(i + 1) {
                    None => Parsed::Unfinished,
                    Some(b'\\') => Parsed::Done(None, i + 2),
                    Some(_) => Parsed::Done(None, i),
                };
            }
            0x20..=0x7e | 0x80..=0xff => {}
            _ => return Parsed::Done(None, i),
        }
    }
    Parsed::Unfinished
}

/// `ESC [` parameters (0x30–0x3F), intermediates (0x20–0x2F), then one
/// final byte (0x40–0x7E). Any other byte ends it unfinished: what came
/// before is dropped and the byte is read on its own.
fn parse_csi(bytes: &[u8]) -> Parsed {
    // The old X10 mouse report: ESC [ M and three raw bytes.
    if bytes.get(2) == Some(&b'M') {
        if bytes.len() < 6 {
            return Parsed::Unfinished;
        }
        let event = mouse(
            u16::from(bytes[3]).saturating_sub(32),
            u16::from(bytes[4]).saturating_sub(32),
            u16::from(bytes[5]).saturating_sub(32),
            true,
        );
        return Parsed::Done(event, 6);
    }
    // The Linux console's F1 to F5: ESC [ [ A to ESC [ [ E.
    if bytes.get(2) == Some(&b'[') {
        return match bytes.get(3) {
            None => Parsed::Unfinished,
            Some(&last @ b'A'..=b'E') => Parsed::Done(
                Some(key(KeyCode::F(1 + last - b'A'), KeyModifiers::NONE)),
                4,
            ),
            Some(_) => Parsed::Done(None, 3),
        };
    }
    for (i, &b) in bytes.iter().enumerate().skip(2) {
        match b {
            0x20..=0x3f => {}
            0x40..=0x7e if b == b'~' && &bytes[2..i] == b"200" => return Parsed::PasteStart,
            0x40..=0x7e => return Parsed::Done(csi_event(&bytes[2..i], b), i + 1),
            _ => return Parsed::Done(None, i),
        }
    }
    Parsed::Unfinished
}

/// The numbers of a parameter list like `1;5`; missing ones are 0.
fn numbers(params: &[u8]) -> Vec<u16> {
    params
        .split(|&b| b == b';')
        .map(|p| {
            std::str::from_utf8(p)
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(0)
        })
        .collect()
}

/// xterm's modifier parameter: 1 + (1 shift, 2 alt, 4 ctrl).
fn modifiers(param: Option<&u16>) -> KeyModifiers {
    let bits = param.map_or(0, |p| p.saturating_sub(1));
    let mut m = KeyModifiers::NONE;
    if bits & 1 != 0 {
        m |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        m |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        m |= KeyModifiers::CONTROL;
    }
    m
}

fn csi_event(params: &[u8], last: u8) -> Option<Event> {
    if params.first() == Some(&b'<') {
        let n = numbers(&params[1..]);
        return match (n.first(), n.get(1), n.get(2)) {
            (Some(&b), Some(&x), Some(&y)) => {
                sgr_mouse(b, x.saturating_sub(1), y.saturating_sub(1), last == b'M')
            }
            _ => None,
        };
    }
    if params.iter().any(|b| !matches!(b, b'0'..=b'9' | b';')) {
        // Private or unknown sequences (kitty keys, reports): not keys.
        return None;
    }
    let n = numbers(params);
    let code = match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P'..=b'S' => KeyCode::F(1 + last - b'P'),
        b'Z' => return Some(key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        b'I' => return Some(Event::FocusGained),
        b'O' => return Some(Event::FocusLost),
        // rxvt's mouse report: ESC [ b ; x ; y M.
        b'M' if n.len() == 3 => {
            return mouse(
                n[0].saturating_sub(32),
                n[1].saturating_sub(1),
                n[2].saturating_sub(1),
                false,
            );
        }
        b'~' => tilde_key(n.first().copied().unwrap_or(0))?,
        _ => return None,
    };
    Some(key(code, modifiers(n.get(1))))
}

fn tilde_key(n: u16) -> Option<KeyCode> {
    Some(match n {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        11..=15 => KeyCode::F(u8::try_from(n - 10).ok()?),
        17..=21 => KeyCode::F(u8::try_from(n - 11).ok()?),
        23..=26 => KeyCode::F(u8::try_from(n - 12).ok()?),
        28 | 29 => KeyCode::F(u8::try_from(n - 13).ok()?),
        31..=34 => KeyCode::F(u8::try_from(n - 14).ok()?),
        _ => return None,
    })
}

fn mouse_modifiers(b: u16) -> KeyModifiers {
    let mut m = KeyModifiers::NONE;
    if b & 4 != 0 {
        m |= KeyModifiers::SHIFT;
    }
    if b & 8 != 0 {
        m |= KeyModifiers::ALT;
    }
    if b & 16 != 0 {
        m |= KeyModifiers::CONTROL;
    }
    m
}

fn button(b: u16) -> MouseButton {
    match b & 3 {
        1 => MouseButton::Middle,
        2 => MouseButton::Right,
        _ => MouseButton::Left,
    }
}

/// The SGR report (`ESC [ < b ; x ; y M` or `m`): the button and its
/// state, at 0-based column and row.
fn sgr_mouse(b: u16, column: u16, row: u16, pressed: bool) -> Option<Event> {
    let kind = if b & 64 != 0 {
        match b & 3 {
            0 => MouseEventKind::ScrollUp,
            1 => MouseEventKind::ScrollDown,
            2 => MouseEventKind::ScrollLeft,
            _ => MouseEventKind::ScrollRight,
        }
    } else if b & 32 != 0 {
        if b & 3 == 3 {
            MouseEventKind::Moved
        } else {
            MouseEventKind::Drag(button(b))
        }
    } else if pressed {
        MouseEventKind::Down(button(b))
    } else {
        MouseEventKind::Up(button(b))
    };
    Some(Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: mouse_modifiers(b),
    }))
}

/// The X10 and rxvt reports, where button 3 means "released".
fn mouse(b: u16, column: u16, row: u16, one_based: bool) -> Option<Event> {
    let (column, row) = if one_based {
        (column.saturating_sub(1), row.saturating_sub(1))
    } else {
        (column, row)
    };
    if b & 64 == 0 && b & 32 == 0 && b & 3 == 3 {
        return Some(Event::Mouse(MouseEvent {
            kind: MouseEventKind::Up(MouseButton::Left),
            column,
            row,
            modifiers: mouse_modifiers(b),
        }));
    }
    sgr_mouse(b, column, row, true)
}

#[cfg(test)]
#[path = "decode_tests.rs"]
mod tests;
