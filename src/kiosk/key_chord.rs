//! Key chords: one key with its modifiers, written like `ctrl+alt+s` in
//! the kiosk settings, for the staff keys that open the PIN prompt. What
//! a chord matches is forgiving where terminals disagree (Shift and case
//! with letters), and the keys terminals cannot send reliably are refused
//! as staff keys, with the reason.

use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// One key with its modifiers, written like `ctrl+alt+s` in the config.
///
/// Letters are stored lower-case and compared without regard to case or
/// Shift: terminals disagree about reporting them (the Linux console sends
/// Ctrl+Shift+X exactly as Ctrl+X; others send `X`, Shift, or both), and a
/// staff key must work whatever the terminal and Caps Lock do. Other keys
/// compare their modifiers exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyChord {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

/// What the config accepts as key names, for messages.
const KEY_NAMES: &str = "a letter (a to z), a digit (0 to 9), f1 to f12, enter, tab, esc, space, home, end, pageup, pagedown, up, down, left or right";

const NAMED_KEYS: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("tab", KeyCode::Tab),
    ("esc", KeyCode::Esc),
    ("space", KeyCode::Char(' ')),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
];

impl KeyChord {
    /// Reads `ctrl+alt+s`, `f12`, `alt+shift+pagedown`...: modifiers
    /// (`ctrl`, `alt`, `shift`) first, the key name last, joined by `+`.
    /// Case and spaces around `+` do not matter.
    pub fn parse(text: &str) -> Result<KeyChord, String> {
        let written = text.trim();
        let lower = written.to_lowercase();
        let parts: Vec<&str> = lower.split('+').map(str::trim).collect();
        // `split` always gives a part, so only an empty key stops here.
        let Some((name, mods)) = parts.split_last().filter(|_| !written.is_empty()) else {
            return Err(format!(
                "A key is empty. Write one like \"ctrl+alt+s\": ctrl+, alt+ or shift+ then {KEY_NAMES}."
            ));
        };
        let mut modifiers = KeyModifiers::NONE;
        for part in mods {
            let modifier = match *part {
                "ctrl" => KeyModifiers::CONTROL,
                "alt" => KeyModifiers::ALT,
                "shift" => KeyModifiers::SHIFT,
                "" => {
                    return Err(format!(
                        "\"{written}\" has an empty part between `+` signs. Write it like \"ctrl+alt+s\"."
                    ));
                }
                other if key_code(other).is_some() => {
                    return Err(format!(
                        "\"{written}\" has the key `{other}` before a `+`. Put ctrl+, alt+ and shift+ first and the key last, like \"ctrl+alt+s\"."
                    ));
                }
                other => {
                    return Err(format!(
                        "\"{written}\" has an unknown modifier `{other}`. The modifiers are ctrl+, alt+ and shift+."
                    ));
                }
            };
            if modifiers.contains(modifier) {
                return Err(format!("\"{written}\" has `{part}` twice. Write it once."));
            }
            modifiers |= modifier;
        }
        if name.is_empty() {
            return Err(format!(
                "\"{written}\" ends with `+` but no key. Add the key's name: {KEY_NAMES}."
            ));
        }
        let Some(code) = key_code(name) else {
            let what = if matches!(*name, "ctrl" | "alt" | "shift") {
                format!("\"{written}\" has no key after the modifiers.")
            } else {
                format!("\"{written}\" has an unknown key name `{name}`.")
            };
            return Err(format!(
                "{what} Key names are {KEY_NAMES}, with ctrl+, alt+ or shift+ in front."
            ));
        };
        if modifiers.contains(KeyModifiers::SHIFT)
            && matches!(code, KeyCode::Char(c) if c.is_ascii_digit())
        {
            return Err(format!(
                "\"{written}\" uses shift with a digit, which types a symbol instead (shift+1 is !). Leave out shift+."
            ));
        }
        Ok(KeyChord { code, modifiers })
    }

    /// Whether a key event from the terminal is this chord. Key releases
    /// never match; Shift and case are ignored for letters (see the type's
    /// documentation); Shift+Tab also matches the BackTab key terminals
    /// report for it.
    pub fn matches(&self, event: &KeyEvent) -> bool {
        if event.kind == KeyEventKind::Release {
            return false;
        }
        let relevant = KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT;
        let got = event.modifiers & relevant;
        match (self.code, event.code) {
            (KeyCode::Char(want), KeyCode::Char(c)) if want.is_ascii_lowercase() => {
                c.to_ascii_lowercase() == want
                    && got - KeyModifiers::SHIFT == self.modifiers - KeyModifiers::SHIFT
            }
            (KeyCode::Tab, KeyCode::BackTab) if self.modifiers.contains(KeyModifiers::SHIFT) => {
                got | KeyModifiers::SHIFT == self.modifiers
            }
            (want, code) => want == code && got == self.modifiers,
        }
    }

    /// How the chord is shown to people: `Ctrl+Alt+S`, `F12`, `Alt+PageDown`.
    pub fn label(&self) -> String {
        let mut out = String::new();
        for (modifier, name) in [
            (KeyModifiers::CONTROL, "Ctrl+"),
            (KeyModifiers::ALT, "Alt+"),
            (KeyModifiers::SHIFT, "Shift+"),
        ] {
            if self.modifiers.contains(modifier) {
                out.push_str(name);
            }
        }
        match self.code {
            KeyCode::Char(' ') => out.push_str("Space"),
            KeyCode::Char(c) => out.push(c.to_ascii_uppercase()),
            KeyCode::F(n) => out.push_str(&format!("F{n}")),
            KeyCode::Enter => out.push_str("Enter"),
            KeyCode::Tab => out.push_str("Tab"),
            KeyCode::Esc => out.push_str("Esc"),
            KeyCode::Home => out.push_str("Home"),
            KeyCode::End => out.push_str("End"),
            KeyCode::PageUp => out.push_str("PageUp"),
            KeyCode::PageDown => out.push_str("PageDown"),
            KeyCode::Up => out.push_str("Up"),
            KeyCode::Down => out.push_str("Down"),
            KeyCode::Left => out.push_str("Left"),
            KeyCode::Right => out.push_str("Right"),
            other => out.push_str(&format!("{other:?}")),
        }
        out
    }

    /// Why this chord will not do as a staff key, if it will not.
    ///
    /// A staff key must be hard to press by chance and must reach the
    /// program on every terminal, the Linux console included: Ctrl and/or
    /// Alt with a letter or Space, Alt with a digit, or an F-key on its own.
    pub fn staff_problem(&self) -> Option<String> {
        let label = self.label();
        let ctrl = self.modifiers.contains(KeyModifiers::CONTROL);
        let alt = self.modifiers.contains(KeyModifiers::ALT);
        match self.code {
            KeyCode::F(_) if self.modifiers.is_empty() => None,
            KeyCode::F(_) => Some(format!(
                "{label} cannot be a staff key: terminals send F-keys with modifiers differently, and on the Linux console Alt or Ctrl+Alt with an F-key switches to another console. Use the F-key on its own, like \"f12\"."
            )),
            _ if !ctrl && !alt => Some(format!(
                "{label} is too easy for anyone to press by chance to be a staff key. Add ctrl+ or alt+ (like \"ctrl+alt+s\"), or use an F-key."
            )),
            KeyCode::Char('i') | KeyCode::Char('m') if ctrl => Some(format!(
                "{label} cannot be a staff key: terminals send Ctrl+I as Tab and Ctrl+M as Enter. Use another letter."
            )),
            KeyCode::Char(c) if c.is_ascii_digit() && ctrl => Some(format!(
                "{label} cannot be a staff key: most terminals do not send Ctrl with digits. Use a letter, like \"ctrl+alt+s\", or alt+ with the digit."
            )),
            KeyCode::Char(_) => None,
            _ => Some(format!(
                "{label} cannot be a staff key: terminals (the Linux console in particular) do not send Ctrl or Alt with that key reliably. Use ctrl+ or alt+ with a letter, like \"ctrl+alt+s\", or an F-key on its own."
            )),
        }
    }
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

fn key_code(name: &str) -> Option<KeyCode> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && (c.is_ascii_lowercase() || c.is_ascii_digit())
    {
        return Some(KeyCode::Char(c));
    }
    if let Some(n) = name.strip_prefix('f').and_then(|n| n.parse::<u8>().ok())
        && (1..=12).contains(&n)
        && !name.starts_with("f0")
    {
        return Some(KeyCode::F(n));
    }
    NAMED_KEYS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, code)| code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    fn chord(text: &str) -> KeyChord {
        KeyChord::parse(text).unwrap()
    }

    #[test]
    fn chords_parse() {
        assert_eq!(
            chord("Ctrl + Alt + S"),
            KeyChord {
                code: KeyCode::Char('s'),
                modifiers: KeyModifiers::CONTROL | KeyModifiers::ALT
            }
        );
        assert_eq!(chord("f1").code, KeyCode::F(1));
        assert_eq!(chord("F12").code, KeyCode::F(12));
        assert_eq!(chord("space").code, KeyCode::Char(' '));
        assert_eq!(chord("alt+7").code, KeyCode::Char('7'));
        assert_eq!(chord("alt+pagedown").code, KeyCode::PageDown);
        for (bad, says) in [
            ("", "empty"),
            ("ctrl+", "ends with `+`"),
            ("ctrl+alt", "no key after the modifiers"),
            ("s+ctrl", "before a `+`"),
            ("meta+s", "unknown modifier `meta`"),
            ("ctrl+ctrl+s", "twice"),
            ("ctrl++s", "empty part"),
            ("f13", "unknown key name `f13`"),
            ("f0", "unknown key name"),
            ("f01", "unknown key name"),
            ("alt+é", "unknown key name"),
            ("alt+shift+1", "symbol"),
        ] {
            let message = KeyChord::parse(bad).unwrap_err();
            assert!(message.contains(says), "{bad:?}: {message}");
        }
    }

    #[test]
    fn chords_have_labels() {
        assert_eq!(chord("ctrl+alt+s").label(), "Ctrl+Alt+S");
        assert_eq!(chord("shift+ctrl+x").label(), "Ctrl+Shift+X");
        assert_eq!(chord("f12").label(), "F12");
        assert_eq!(chord("alt+pageup").label(), "Alt+PageUp");
        assert_eq!(chord("ctrl+space").to_string(), "Ctrl+Space");
    }

    #[test]
    fn chords_match_key_events() {
        let ctrl_alt = KeyModifiers::CONTROL | KeyModifiers::ALT;
        let s = chord("ctrl+alt+s");
        assert!(s.matches(&press(KeyCode::Char('s'), ctrl_alt)));
        // Caps Lock, or a terminal that reports the shifted letter.
        assert!(s.matches(&press(KeyCode::Char('S'), ctrl_alt | KeyModifiers::SHIFT)));
        assert!(!s.matches(&press(KeyCode::Char('s'), KeyModifiers::CONTROL)));
        assert!(!s.matches(&press(KeyCode::Char('s'), KeyModifiers::ALT)));
        assert!(!s.matches(&press(KeyCode::Char('s'), KeyModifiers::NONE)));
        assert!(!s.matches(&press(KeyCode::Char('t'), ctrl_alt)));
        // Extra modifiers the config cannot name do not get in the way.
        assert!(s.matches(&press(KeyCode::Char('s'), ctrl_alt | KeyModifiers::SUPER)));

        let mut release = press(KeyCode::Char('s'), ctrl_alt);
        release.kind = KeyEventKind::Release;
        assert!(!s.matches(&release));

        let f12 = chord("f12");
        assert!(f12.matches(&press(KeyCode::F(12), KeyModifiers::NONE)));
        assert!(!f12.matches(&press(KeyCode::F(12), KeyModifiers::SHIFT)));
        assert!(!f12.matches(&press(KeyCode::F(11), KeyModifiers::NONE)));

        let alt_7 = chord("alt+7");
        assert!(alt_7.matches(&press(KeyCode::Char('7'), KeyModifiers::ALT)));
        assert!(!alt_7.matches(&press(KeyCode::Char('7'), KeyModifiers::NONE)));

        let back = chord("alt+shift+tab");
        assert!(back.matches(&press(
            KeyCode::BackTab,
            KeyModifiers::ALT | KeyModifiers::SHIFT
        )));
        assert!(back.matches(&press(KeyCode::BackTab, KeyModifiers::ALT)));
        assert!(!back.matches(&press(KeyCode::Tab, KeyModifiers::ALT)));
    }

    #[test]
    fn shift_with_ctrl_matches_however_the_terminal_sends_it() {
        let x = chord("ctrl+shift+x");
        for event in [
            press(KeyCode::Char('X'), KeyModifiers::CONTROL),
            press(
                KeyCode::Char('X'),
                KeyModifiers::CONTROL | KeyModifiers::SHIFT,
            ),
            press(
                KeyCode::Char('x'),
                KeyModifiers::CONTROL | KeyModifiers::SHIFT,
            ),
            // The Linux console cannot tell Ctrl+Shift+X from Ctrl+X.
            press(KeyCode::Char('x'), KeyModifiers::CONTROL),
        ] {
            assert!(x.matches(&event), "{event:?}");
        }
        assert!(!x.matches(&press(KeyCode::Char('X'), KeyModifiers::SHIFT)));
        assert!(!x.matches(&press(
            KeyCode::Char('X'),
            KeyModifiers::ALT | KeyModifiers::SHIFT
        )));
    }
}
