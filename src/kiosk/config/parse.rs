//! Reading the kiosk settings file's text: each setting checked against
//! what is allowed, every mistake kept with its place and a sentence
//! saying what to write instead.

use std::ops::Range;
use std::path::PathBuf;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{COUNTDOWN_SECONDS, IDLE_SECONDS, KioskConfig, MAX_STAFF_KEYS};
use crate::content::fields::{Fields, describe};
use crate::content::problem::{Problem, SourceText};
use crate::kiosk::key_chord::KeyChord;
use crate::kiosk::pin;
use crate::settings::ThemeName;

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
    config.plain = boolean(&mut f, table, file, "plain", problems);

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
    let names: Vec<String> = ThemeName::ALL
        .iter()
        .map(|t| format!("theme = \"{t}\""))
        .collect();
    let names = match names.split_last() {
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    };
    // A kiosk never asks the terminal, so `auto` is dark there.
    let hint = format!(
        "Write {names}, or leave the line out for the dark theme (high-contrast reads best from a distance)."
    );
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
