//! The kiosk settings file: a short TOML file given with `--config FILE`.
//! Every mistake in it is reported at once, at its file:line:column, in a
//! plain sentence saying what is allowed (see `docs/kiosk.md`).

use std::fmt;
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::content::fields::{Fields, describe};
use crate::content::problem::{Problem, SourceText, file_problem};

use crate::settings::ThemeName;

use super::pin;

/// The largest kiosk config file read; a real one is a few hundred bytes.
pub const MAX_CONFIG_BYTES: u64 = 64 * 1024;

pub const DEFAULT_IDLE_SECONDS: u64 = 90;
/// Short times are for testing a set-up; a waiting room wants 60 to 180.
pub const IDLE_SECONDS: std::ops::RangeInclusive<u64> = 2..=3600;
pub const DEFAULT_COUNTDOWN_SECONDS: u64 = 15;
pub const COUNTDOWN_SECONDS: std::ops::RangeInclusive<u64> = 1..=120;
pub const DEFAULT_STAFF_KEYS: [&str; 2] = ["ctrl+alt+s", "ctrl+alt+t"];
pub const MAX_STAFF_KEYS: usize = 8;

/// How kiosk mode behaves. Paths are as written in the file after
/// [`parse_config`]; [`load_config`] makes relative ones relative to the
/// config file's folder.
#[derive(Clone, PartialEq, Eq)]
pub struct KioskConfig {
    /// Seconds without input before the "Still reading?" countdown starts.
    pub idle_seconds: u64,
    /// Seconds the countdown lasts before the guide goes back to the
    /// welcome screen; always less than `idle_seconds`.
    pub countdown_seconds: u64,
    /// Keys staff press in order to reach the PIN prompt.
    pub staff_keys: Vec<KeyChord>,
    /// Argon2 PHC string made by `immunoguide kiosk hash-pin`, checked at
    /// load. `None`: staff cannot leave from the keyboard (stop the service
    /// instead).
    pub pin_hash: Option<String>,
    /// The guide folder; `None` is the built-in guide.
    pub guide: Option<PathBuf>,
    /// Watch the guide folder and swap in valid edits.
    pub reload: bool,
    /// Where reload errors and staff events are written (never a PIN).
    /// `None`: no log (stderr is the screen in kiosk mode, so it is not used).
    pub log_file: Option<PathBuf>,
    /// How the screen looks. `None`: not set here, so `IMMUNOGUIDE_THEME`
    /// or the standard theme applies; `--theme` overrides it.
    pub theme: Option<ThemeName>,
}

impl Default for KioskConfig {
    fn default() -> Self {
        Self {
            idle_seconds: DEFAULT_IDLE_SECONDS,
            countdown_seconds: DEFAULT_COUNTDOWN_SECONDS,
            staff_keys: default_staff_keys(),
            pin_hash: None,
            guide: None,
            reload: true,
            log_file: None,
            theme: None,
        }
    }
}

fn default_staff_keys() -> Vec<KeyChord> {
    DEFAULT_STAFF_KEYS
        .iter()
        .map(|text| KeyChord::parse(text).expect("the default staff keys parse"))
        .collect()
}

impl fmt::Debug for KioskConfig {
    // By hand: the PIN hash stays out of logs. A hash of a four-digit PIN
    // can be reversed by trying all 10,000 PINs, so it is nearly as
    // sensitive as the PIN.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let labels: Vec<String> = self.staff_keys.iter().map(KeyChord::label).collect();
        f.debug_struct("KioskConfig")
            .field("idle_seconds", &self.idle_seconds)
            .field("countdown_seconds", &self.countdown_seconds)
            .field("staff_keys", &labels)
            .field(
                "pin_hash",
                &if self.pin_hash.is_some() {
                    "(set)"
                } else {
                    "(none)"
                },
            )
            .field("guide", &self.guide)
            .field("reload", &self.reload)
            .field("log_file", &self.log_file)
            .field("theme", &self.theme)
            .finish()
    }
}

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
        if written.is_empty() {
            return Err(format!(
                "A key is empty. Write one like \"ctrl+alt+s\": ctrl+, alt+ or shift+ then {KEY_NAMES}."
            ));
        }
        let lower = written.to_lowercase();
        let parts: Vec<&str> = lower.split('+').map(str::trim).collect();
        let (name, mods) = parts.split_last().expect("split gives at least one part");
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

/// Reads kiosk settings from the text of a config file. `file_name` is
/// used in the problems. Every problem is reported, not just the first.
pub fn parse_config(text: &str, file_name: &str) -> Result<KioskConfig, Vec<Problem>> {
    let file = SourceText::new(file_name, text);
    let table = match DeTable::parse(&file.text) {
        Ok(table) => table,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            let detail = e.message().trim().trim_end_matches('.').to_string();
            return Err(vec![file.error(
                offset,
                format!(
                    "This is not valid TOML ({detail}). Check the quotes, brackets and `=` signs here."
                ),
            )]);
        }
    };
    let span = table.span();
    let table = table.into_inner();
    let mut problems = Vec::new();
    let config = read_config(&table, span, &file, &mut problems);
    // Read in key order; shown in file order.
    problems.sort_by_key(|p| (p.line, p.column));
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems)
    }
}

fn read_config(
    table: &DeTable<'_>,
    span: Range<usize>,
    file: &SourceText,
    problems: &mut Vec<Problem>,
) -> KioskConfig {
    let mut config = KioskConfig::default();
    let mut f = Fields::new(table, span, file, "The kiosk config file");

    // The order keys are read in is the order the unknown-key message
    // lists them.
    let idle = seconds(
        &mut f,
        "idle_seconds",
        IDLE_SECONDS,
        "(up to an hour)",
        problems,
    );
    let countdown = seconds(
        &mut f,
        "countdown_seconds",
        COUNTDOWN_SECONDS,
        "(up to two minutes)",
        problems,
    );
    if let Some((idle, _)) = idle {
        config.idle_seconds = idle;
    }
    if let Some((countdown, _)) = countdown {
        config.countdown_seconds = countdown;
    }
    let idle_ok = idle.is_some() || f.value_span("idle_seconds").is_none();
    let countdown_ok = countdown.is_some() || f.value_span("countdown_seconds").is_none();
    if idle_ok && countdown_ok && config.countdown_seconds >= config.idle_seconds {
        // Point at whichever of the two was written, the countdown first.
        let at = countdown
            .as_ref()
            .or(idle.as_ref())
            .map_or(0, |(_, span)| span.start);
        problems.push(file.error(
            at,
            format!(
                "`countdown_seconds` ({}) must be less than `idle_seconds` ({}): the countdown runs at the end of the idle time. Make the countdown shorter or the idle time longer.",
                config.countdown_seconds, config.idle_seconds
            ),
        ));
    }

    if let Some(keys) = staff_keys(&mut f, file, problems) {
        config.staff_keys = keys;
    }

    let before = problems.len();
    if let Some(text) = f.text("pin_hash", false, problems) {
        match pin::check_pin_hash(text.value.trim()) {
            Ok(()) => config.pin_hash = Some(text.value.trim().to_string()),
            Err(message) => problems.push(file.error(text.span.start, message)),
        }
    }
    add_hint(
        problems,
        before,
        "Run `immunoguide kiosk hash-pin` and paste the line it prints, in quotes.",
    );

    config.guide = path(&mut f, "guide", "guide = \"guide\"", problems);
    if let Some(reload) = boolean(&mut f, table, file, "reload", problems) {
        config.reload = reload;
    }
    config.log_file = path(
        &mut f,
        "log_file",
        "log_file = \"/var/log/immunoguide/kiosk.log\"",
        problems,
    );
    config.theme = theme(&mut f, problems);

    f.finish(problems);
    config
}

/// The value of `key` in the top-level table, if written.
fn raw<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(_, v)| v)
}

/// Adds a sentence to the problems pushed since `before` (the type
/// mistakes [`Fields`] reports), so they say what to write.
fn add_hint(problems: &mut [Problem], before: usize, hint: &str) {
    for problem in problems.iter_mut().skip(before) {
        if !problem.message.contains(hint) {
            problem.message.push(' ');
            problem.message.push_str(hint);
        }
    }
}

fn seconds(
    f: &mut Fields<'_, '_>,
    key: &'static str,
    range: std::ops::RangeInclusive<u64>,
    gloss: &str,
    problems: &mut Vec<Problem>,
) -> Option<(u64, Range<usize>)> {
    let allowed = format!(
        "It can be from {} to {} seconds {gloss}.",
        range.start(),
        range.end()
    );
    let before = problems.len();
    let read = f.integer(key, false, problems);
    let checked = read.and_then(|(n, span)| {
        let n_ok = u64::try_from(n).ok().filter(|n| range.contains(n));
        if n_ok.is_none() {
            problems.push(f.file().error(
                span.start,
                format!("`{key}` is {n}, which is out of range."),
            ));
        }
        n_ok.map(|n| (n, span))
    });
    add_hint(problems, before, &allowed);
    checked
}

fn staff_keys(
    f: &mut Fields<'_, '_>,
    file: &SourceText,
    problems: &mut Vec<Problem>,
) -> Option<Vec<KeyChord>> {
    let before = problems.len();
    let texts = f.texts("staff_keys", false, problems);
    let example = "Write it like staff_keys = [\"ctrl+alt+s\", \"ctrl+alt+t\"].";
    add_hint(problems, before, example);
    let value_span = f.value_span("staff_keys")?;
    if problems.len() > before {
        return None;
    }
    if texts.is_empty() {
        problems.push(file.error(
            value_span.start,
            format!("`staff_keys` is empty; it needs at least one key. {example}"),
        ));
        return None;
    }
    if let Some(extra) = texts.get(MAX_STAFF_KEYS) {
        problems.push(file.error(
            extra.span.start,
            format!(
                "`staff_keys` has {} keys; the most it may have is {MAX_STAFF_KEYS}. Staff have to remember them all.",
                texts.len()
            ),
        ));
    }
    let mut keys = Vec::new();
    for text in &texts {
        match KeyChord::parse(&text.value) {
            Ok(chord) => match chord.staff_problem() {
                None => keys.push(chord),
                Some(message) => problems.push(file.error(text.span.start, message)),
            },
            Err(message) => problems.push(file.error(text.span.start, message)),
        }
    }
    (problems.len() == before).then_some(keys)
}

/// An optional path written as text; empty text is a mistake.
fn path(
    f: &mut Fields<'_, '_>,
    key: &'static str,
    example: &str,
    problems: &mut Vec<Problem>,
) -> Option<PathBuf> {
    let hint = format!("Write a path in quotes, like {example}, or leave the line out.");
    let before = problems.len();
    let text = f.text(key, false, problems);
    add_hint(problems, before, &hint);
    let text = text?;
    if text.value.trim().is_empty() {
        problems.push(
            f.file()
                .error(text.span.start, format!("`{key}` is empty. {hint}")),
        );
        return None;
    }
    (problems.len() == before).then(|| PathBuf::from(&text.value))
}

/// `theme = "high-contrast"`: one of the theme names.
fn theme(f: &mut Fields<'_, '_>, problems: &mut Vec<Problem>) -> Option<ThemeName> {
    let names = ThemeName::ALL
        .iter()
        .map(|t| format!("theme = \"{t}\""))
        .collect::<Vec<_>>()
        .join(" or ");
    let hint = format!("Write {names}, or leave the line out for the standard theme.");
    let before = problems.len();
    let text = f.text("theme", false, problems);
    add_hint(problems, before, &hint);
    let text = text?;
    if problems.len() > before {
        return None;
    }
    let theme = ThemeName::parse(&text.value);
    if theme.is_none() {
        problems.push(f.file().error(
            text.span.start,
            format!(
                "`theme` is \"{}\", which is not a theme. {hint}",
                text.value.trim()
            ),
        ));
    }
    theme
}

/// `true` or `false`. [`Fields`] has no reader for these, so the value is
/// read from the table directly; `f` is still asked for the key (into a
/// scratch list, whose type complaint is replaced by the one below) so that
/// it counts as known and appears in the unknown-key message.
fn boolean(
    f: &mut Fields<'_, '_>,
    table: &DeTable<'_>,
    file: &SourceText,
    key: &'static str,
    problems: &mut Vec<Problem>,
) -> Option<bool> {
    f.text(key, false, &mut Vec::new());
    let value = raw(table, key)?;
    match value.get_ref() {
        DeValue::Boolean(b) => Some(*b),
        other => {
            problems.push(file.error(
                value.span().start,
                format!(
                    "`{key}` should be true or false, but it is {}. Write `{key} = true` or `{key} = false`, without quotes.",
                    describe(other)
                ),
            ));
            None
        }
    }
}

/// Reads the kiosk config file at `path` (at most 64 KiB) and makes a
/// relative `guide` or `log_file` relative to the file's folder.
pub fn load_config(path: &Path) -> Result<KioskConfig, Vec<Problem>> {
    let name = path.display().to_string();
    let text = read_capped(path).map_err(|message| vec![file_problem(&name, message)])?;
    let mut config = parse_config(&text, &name)?;
    let folder = std::path::absolute(path)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    let resolve = |p: PathBuf| if p.is_absolute() { p } else { folder.join(p) };
    config.guide = config.guide.map(resolve);
    config.log_file = config.log_file.map(resolve);
    // A guide folder that is not there is found now, and pointed at where
    // it is written, not when the kiosk would open it.
    if let Some(guide) = &config.guide
        && let Err(message) = crate::content::Folder::open(guide)
    {
        let at = DeTable::parse(&text)
            .ok()
            .and_then(|table| table.get_ref().get("guide").map(|v| v.span().start))
            .unwrap_or(0);
        return Err(vec![
            SourceText::new(name, text).error(at, format!("`guide`: {message}")),
        ]);
    }
    Ok(config)
}

fn read_capped(path: &Path) -> Result<String, String> {
    let unreadable = |e: std::io::Error| {
        match e.kind() {
        std::io::ErrorKind::NotFound => {
            "The kiosk config file does not exist. Check the path given to --config.".to_string()
        }
        std::io::ErrorKind::PermissionDenied => {
            "The kiosk config file cannot be read: permission denied. Let the kiosk's user read it (see docs/kiosk.md).".to_string()
        }
        _ => format!("The kiosk config file cannot be read: {e}."),
    }
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if !meta.is_file() {
        return Err(
            "This is not a file. Give --config the path of the kiosk config file, like /etc/immunoguide/kiosk.toml."
                .into(),
        );
    }
    let mut bytes = Vec::new();
    file.take(MAX_CONFIG_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(format!(
            "The kiosk config file is larger than {} KiB; it should be a few lines. Check that --config names the right file.",
            MAX_CONFIG_BYTES / 1024
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "The kiosk config file is not UTF-8 text (bad byte at position {}). Save it as UTF-8.",
            e.utf8_error().valid_up_to()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "kiosk.toml";

    /// A real PHC string with the lightest argon2 settings (PIN "2468").
    const PHC: &str = "$argon2id$v=19$m=8,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$jx5l5toA4Nx7FatpeddSUKGtz9o0Fxz+pa9wHhn3vLc";

    fn problems(text: &str) -> Vec<Problem> {
        parse_config(text, FILE).expect_err("the config should be refused")
    }

    /// The only problem in `text`, as "line:column message".
    fn one_problem(text: &str) -> (usize, usize, String) {
        let found = problems(text);
        assert_eq!(found.len(), 1, "{found:#?}");
        let p = &found[0];
        assert_eq!(p.file, FILE);
        (p.line, p.column, p.message.clone())
    }

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    fn chord(text: &str) -> KeyChord {
        KeyChord::parse(text).unwrap()
    }

    #[test]
    fn the_cheap_test_hash_is_a_real_one() {
        assert!(crate::kiosk::pin::verify_pin("2468", PHC));
        assert!(!crate::kiosk::pin::verify_pin("2469", PHC));
    }

    #[test]
    fn defaults() {
        let c = KioskConfig::default();
        assert_eq!(c.idle_seconds, 90);
        assert_eq!(c.countdown_seconds, 15);
        assert_eq!(c.staff_keys, vec![chord("ctrl+alt+s"), chord("ctrl+alt+t")]);
        assert_eq!(c.pin_hash, None);
        assert_eq!(c.guide, None);
        assert!(c.reload);
        assert_eq!(c.log_file, None);
        for key in &c.staff_keys {
            assert_eq!(key.staff_problem(), None);
        }
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        assert_eq!(parse_config("", FILE).unwrap(), KioskConfig::default());
        assert_eq!(
            parse_config("# only a comment\n", FILE).unwrap(),
            KioskConfig::default()
        );
    }

    #[test]
    fn a_full_valid_config() {
        let text = format!(
            r#"
idle_seconds = 120
countdown_seconds = 20
staff_keys = ["ctrl+alt+k", "F12", "alt+shift+q"]
pin_hash = "{PHC}"
guide = "guide"
reload = false
log_file = "/var/log/immunoguide/kiosk.log"
theme = "high-contrast"
"#
        );
        let c = parse_config(&text, FILE).unwrap();
        assert_eq!(c.idle_seconds, 120);
        assert_eq!(c.countdown_seconds, 20);
        assert_eq!(
            c.staff_keys,
            vec![
                KeyChord {
                    code: KeyCode::Char('k'),
                    modifiers: KeyModifiers::CONTROL | KeyModifiers::ALT
                },
                KeyChord {
                    code: KeyCode::F(12),
                    modifiers: KeyModifiers::NONE
                },
                KeyChord {
                    code: KeyCode::Char('q'),
                    modifiers: KeyModifiers::ALT | KeyModifiers::SHIFT
                },
            ]
        );
        assert_eq!(c.pin_hash.as_deref(), Some(PHC));
        assert_eq!(c.guide, Some(PathBuf::from("guide")));
        assert!(!c.reload);
        assert_eq!(
            c.log_file,
            Some(PathBuf::from("/var/log/immunoguide/kiosk.log"))
        );
        assert_eq!(c.theme, Some(ThemeName::HighContrast));
    }

    #[test]
    fn the_theme_is_read_and_left_unset_when_not_written() {
        assert_eq!(KioskConfig::default().theme, None);
        let theme = |text: &str| parse_config(text, FILE).unwrap().theme;
        assert_eq!(theme("theme = \"standard\"\n"), Some(ThemeName::Standard));
        assert_eq!(
            theme("theme = \"High-Contrast\"\n"),
            Some(ThemeName::HighContrast)
        );
        assert_eq!(theme("reload = true\n"), None);
    }

    #[test]
    fn a_wrong_theme_is_a_problem_at_its_place() {
        let (line, column, message) = one_problem("reload = true\ntheme = \"bright\"\n");
        assert_eq!((line, column), (2, 9));
        assert_eq!(
            message,
            "`theme` is \"bright\", which is not a theme. Write theme = \"standard\" or theme = \"high-contrast\", or leave the line out for the standard theme."
        );
        let (line, column, message) = one_problem("\n\ntheme = true\n");
        assert_eq!((line, column), (3, 9));
        assert!(message.contains("should be text"), "{message}");
        assert!(message.contains("theme = \"high-contrast\""), "{message}");
        let (_, _, message) = one_problem("theme = \"\"\n");
        assert!(message.contains("not a theme"), "{message}");
    }

    #[test]
    fn debug_output_hides_the_pin_hash() {
        let c = parse_config(&format!("pin_hash = \"{PHC}\""), FILE).unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("argon2"), "{shown}");
        assert!(shown.contains("(set)"), "{shown}");
        assert!(shown.contains("Ctrl+Alt+S"), "{shown}");
    }

    #[test]
    fn unknown_keys_name_the_allowed_ones() {
        let (line, column, message) = one_problem("idle_seconds = 60\n  idle_secs = 30\n");
        assert_eq!((line, column), (2, 3));
        assert!(message.contains("unknown key `idle_secs`"), "{message}");
        for key in [
            "idle_seconds",
            "countdown_seconds",
            "staff_keys",
            "pin_hash",
            "guide",
            "reload",
            "log_file",
            "theme",
        ] {
            assert!(message.contains(&format!("`{key}`")), "{key}: {message}");
        }
    }

    #[test]
    fn a_table_header_is_an_unknown_key() {
        let (line, column, message) = one_problem("[kiosk]\nidle_seconds = 60\n");
        assert_eq!((line, column), (1, 2));
        assert!(message.contains("unknown key `kiosk`"), "{message}");
    }

    #[test]
    fn wrong_types_say_what_to_write() {
        let (line, column, message) = one_problem("idle_seconds = \"90\"\n");
        assert_eq!((line, column), (1, 16));
        assert!(
            message.contains("should be a whole number, but it is text"),
            "{message}"
        );
        assert!(message.contains("from 2 to 3600 seconds"), "{message}");

        let (line, column, message) = one_problem("\ncountdown_seconds = 1.5\n");
        assert_eq!((line, column), (2, 21));
        assert!(message.contains("decimal number"), "{message}");
        assert!(message.contains("from 1 to 120 seconds"), "{message}");

        let (line, column, message) = one_problem("reload = \"yes\"\n");
        assert_eq!((line, column), (1, 10));
        assert!(
            message.contains("`reload` should be true or false, but it is text"),
            "{message}"
        );

        let (_, _, message) = one_problem("staff_keys = \"ctrl+alt+s\"\n");
        assert!(message.contains("a list in square brackets"), "{message}");
        assert!(
            message.contains("staff_keys = [\"ctrl+alt+s\", \"ctrl+alt+t\"]"),
            "{message}"
        );

        let (_, _, message) = one_problem("pin_hash = 2468\n");
        assert!(message.contains("`pin_hash` should be text"), "{message}");
        assert!(message.contains("immunoguide kiosk hash-pin"), "{message}");

        let (line, column, message) = one_problem("guide = true\n");
        assert_eq!((line, column), (1, 9));
        assert!(message.contains("Write a path in quotes"), "{message}");
    }

    #[test]
    fn out_of_range_values_say_the_range() {
        let (line, column, message) = one_problem("idle_seconds = 1\n");
        assert_eq!((line, column), (1, 16));
        assert_eq!(
            message,
            "`idle_seconds` is 1, which is out of range. It can be from 2 to 3600 seconds (up to an hour)."
        );
        let (line, column, message) = one_problem("idle_seconds = 600\ncountdown_seconds = 121\n");
        assert_eq!((line, column), (2, 21));
        assert!(message.contains("from 1 to 120 seconds"), "{message}");
        let (_, _, message) = one_problem("idle_seconds = -90\n");
        assert!(
            message.contains("is -90, which is out of range"),
            "{message}"
        );
    }

    #[test]
    fn the_countdown_must_be_shorter_than_the_idle_time() {
        let (line, column, message) = one_problem("idle_seconds = 30\ncountdown_seconds = 30\n");
        assert_eq!((line, column), (2, 21));
        assert!(
            message.contains("`countdown_seconds` (30) must be less than `idle_seconds` (30)"),
            "{message}"
        );
        // With the countdown left at its default, the idle time is blamed.
        let (line, column, message) = one_problem("idle_seconds = 12\n");
        assert_eq!((line, column), (1, 16));
        assert!(
            message.contains("(15) must be less than `idle_seconds` (12)"),
            "{message}"
        );
        // A value already out of range is not compared as well.
        let (_, _, message) = one_problem("idle_seconds = 4000\ncountdown_seconds = 100\n");
        assert!(message.contains("out of range"), "{message}");
    }

    #[test]
    fn bad_key_names_list_the_allowed_ones() {
        let (line, column, message) =
            one_problem("staff_keys = [\"ctrl+alt+s\", \"ctrl+banana\"]\n");
        assert_eq!((line, column), (1, 29));
        assert!(message.contains("unknown key name `banana`"), "{message}");
        for name in [
            "f1 to f12",
            "enter",
            "pagedown",
            "right",
            "ctrl+, alt+ or shift+",
        ] {
            assert!(message.contains(name), "{name}: {message}");
        }
    }

    #[test]
    fn staff_keys_need_ctrl_or_alt_unless_they_are_f_keys() {
        let (line, column, message) = one_problem("staff_keys = [\"s\"]\n");
        assert_eq!((line, column), (1, 15));
        assert!(
            message.contains("too easy for anyone to press by chance"),
            "{message}"
        );
        assert!(message.contains("ctrl+ or alt+"), "{message}");
        let (_, _, message) = one_problem("staff_keys = [\"shift+pagedown\"]\n");
        assert!(message.contains("too easy"), "{message}");
        assert!(parse_config("staff_keys = [\"f12\", \"f11\"]\n", FILE).is_ok());
    }

    #[test]
    fn staff_keys_the_terminal_cannot_send_are_refused() {
        for (written, says) in [
            ("ctrl+i", "Ctrl+I as Tab"),
            ("ctrl+alt+m", "Ctrl+M as Enter"),
            ("ctrl+1", "Ctrl with digits"),
            ("alt+f4", "switches to another console"),
            ("ctrl+home", "not send Ctrl or Alt with that key"),
            ("alt+esc", "not send Ctrl or Alt with that key"),
        ] {
            let message = chord(written).staff_problem().unwrap();
            assert!(message.contains(says), "{written}: {message}");
        }
        for fine in ["ctrl+alt+s", "alt+1", "ctrl+space", "ctrl+shift+x", "f1"] {
            assert_eq!(chord(fine).staff_problem(), None, "{fine}");
        }
    }

    #[test]
    fn staff_keys_count_from_one_to_eight() {
        let (line, column, message) = one_problem("staff_keys = []\n");
        assert_eq!((line, column), (1, 14));
        assert!(message.contains("at least one key"), "{message}");
        let nine = ["\"f1\""; 9].join(", ");
        let (line, column, message) = one_problem(&format!("staff_keys = [{nine}]\n"));
        assert_eq!((line, column), (1, 63));
        assert!(message.contains("the most it may have is 8"), "{message}");
    }

    #[test]
    fn a_bad_pin_hash_says_to_run_hash_pin() {
        let (line, column, message) = one_problem("\npin_hash = \"2468\"\n");
        assert_eq!((line, column), (2, 12));
        assert!(message.contains("not a PIN hash"), "{message}");
        assert!(
            message.contains("`immunoguide kiosk hash-pin`"),
            "{message}"
        );
        let cut = &PHC[..PHC.len() - 20];
        let (_, _, message) = one_problem(&format!("pin_hash = \"{cut}\"\n"));
        assert!(message.contains("immunoguide kiosk hash-pin"), "{message}");
        let (_, _, message) = one_problem("pin_hash = \"\"\n");
        assert!(message.contains("immunoguide kiosk hash-pin"), "{message}");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let found = problems(
            "idle_seconds = 1\ncountdown_seconds = \"x\"\nstaff_keys = [\"q\"]\npin_hash = \"no\"\nreload = 1\ncolour = \"red\"\n",
        );
        let lines: Vec<usize> = found.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![1, 2, 3, 4, 5, 6], "{found:#?}");
    }

    #[test]
    fn broken_toml_is_one_problem_at_its_place() {
        let (line, _, message) = one_problem("idle_seconds = 90\nreload = tru\n");
        assert_eq!(line, 2);
        assert!(message.starts_with("This is not valid TOML"), "{message}");
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

    #[test]
    fn loading_resolves_paths_next_to_the_config_file() {
        let dir = std::env::temp_dir().join(format!("immunoguide-kiosk-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("kiosk.toml");
        std::fs::create_dir_all(dir.join("guide")).unwrap();
        std::fs::write(dir.join("guide").join("guide.toml"), "").unwrap();
        std::fs::write(
            &path,
            "guide = \"guide\"\nlog_file = \"/var/log/immunoguide/kiosk.log\"\n",
        )
        .unwrap();
        let c = load_config(&path).unwrap();
        assert_eq!(c.guide, Some(dir.join("guide")));
        assert_eq!(
            c.log_file,
            Some(PathBuf::from("/var/log/immunoguide/kiosk.log"))
        );

        // A guide folder that is not there: said at its place in the file.
        std::fs::write(&path, "reload = true\nguide = \"missing\"\n").unwrap();
        let found = load_config(&path).unwrap_err();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].line, found[0].column), (2, 9), "{found:?}");
        assert_eq!(found[0].file, path.display().to_string());
        assert!(
            found[0].message.contains("There is no folder") && found[0].message.contains("missing"),
            "{found:?}"
        );

        std::fs::write(&path, "reload = maybe\n").unwrap();
        let found = load_config(&path).unwrap_err();
        assert_eq!(found[0].file, path.display().to_string());
        assert_eq!(found[0].line, 1);

        std::fs::write(&path, vec![b'#'; MAX_CONFIG_BYTES as usize + 1]).unwrap();
        let found = load_config(&path).unwrap_err();
        assert!(found[0].message.contains("larger than 64 KiB"), "{found:?}");

        std::fs::write(&path, b"guide = \"\xff\"\n").unwrap();
        let found = load_config(&path).unwrap_err();
        assert!(found[0].message.contains("not UTF-8"), "{found:?}");

        let found = load_config(&dir.join("missing.toml")).unwrap_err();
        assert!(found[0].message.contains("does not exist"), "{found:?}");
        let found = load_config(&dir).unwrap_err();
        assert!(found[0].message.contains("not a file"), "{found:?}");

        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_documented_examples_load() {
        let doc = include_str!("../../docs/kiosk.md");
        let fence = "```toml file=kiosk.toml\n";
        let start = doc.find(fence).expect("docs/kiosk.md has the example") + fence.len();
        let end = start + doc[start..].find("\n```").unwrap();
        let c = parse_config(&doc[start..end], "docs/kiosk.md").unwrap();
        assert_eq!((c.idle_seconds, c.countdown_seconds), (120, 20));
        assert_eq!(c.staff_keys, KioskConfig::default().staff_keys);
        assert!(c.pin_hash.is_some());
        assert_eq!(c.guide, Some(PathBuf::from("guide")));
        assert_eq!(c.theme, Some(ThemeName::HighContrast));

        // The problems shown in the docs are the ones the program gives.
        let shown: Vec<&str> = doc
            .lines()
            .filter(|l| l.starts_with("kiosk.toml:"))
            .collect();
        let text = "# Kiosk settings\n\nidle_seconds = 1\n\n\nstaff_keys = [\"ctrl+banana\"]\n\ntheme = \"bright\"\n";
        let given: Vec<String> = problems(text).iter().map(Problem::to_string).collect();
        assert_eq!(shown, given);

        let deploy =
            parse_config(include_str!("../../deploy/kiosk.toml"), "deploy/kiosk.toml").unwrap();
        assert_eq!(
            deploy,
            KioskConfig {
                log_file: Some(PathBuf::from("/var/log/immunoguide/kiosk.log")),
                ..KioskConfig::default()
            }
        );
    }
}
