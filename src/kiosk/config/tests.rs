//! The kiosk settings file: what is read, and what every mistake says.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::*;

const FILE: &str = "kiosk.toml";

/// A real PHC string with the lightest argon2 settings (PIN "2468").
const PHC: &str =
    "$argon2id$v=19$m=8,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$jx5l5toA4Nx7FatpeddSUKGtz9o0Fxz+pa9wHhn3vLc";

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
    // `standard`, the old name of `auto`, is still read.
    assert_eq!(theme("theme = \"standard\"\n"), Some(ThemeName::Auto));
    assert_eq!(theme("theme = \"light\"\n"), Some(ThemeName::Light));
    assert_eq!(
        theme("theme = \"High-Contrast\"\n"),
        Some(ThemeName::HighContrast)
    );
    assert_eq!(theme("reload = true\n"), None);
}

#[test]
fn plain_is_read_and_left_unset_when_not_written() {
    assert_eq!(KioskConfig::default().plain, None);
    let plain = |text: &str| parse_config(text, FILE).unwrap().plain;
    assert_eq!(plain("plain = true\n"), Some(true));
    assert_eq!(plain("plain = false\n"), Some(false));
    assert_eq!(plain("reload = true\n"), None);
    let (line, column, message) = one_problem("reload = true\nplain = \"yes\"\n");
    assert_eq!((line, column), (2, 9));
    assert!(message.contains("`plain = true`"), "{message}");
}

#[test]
fn a_wrong_theme_is_a_problem_at_its_place() {
    let (line, column, message) = one_problem("reload = true\ntheme = \"bright\"\n");
    assert_eq!((line, column), (2, 9));
    assert_eq!(
        message,
        "`theme` is \"bright\", which is not a theme. Write theme = \"auto\", theme = \"dark\", theme = \"light\" or theme = \"high-contrast\", or leave the line out for the dark theme (high-contrast reads best from a distance)."
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
    let (line, column, message) = one_problem("staff_keys = [\"ctrl+alt+s\", \"ctrl+banana\"]\n");
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
    let doc = include_str!("../../../docs/kiosk.md");
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

    let deploy = parse_config(
        include_str!("../../../deploy/kiosk.toml"),
        "deploy/kiosk.toml",
    )
    .unwrap();
    assert_eq!(
        deploy,
        KioskConfig {
            log_file: Some(PathBuf::from("/var/log/immunoguide/kiosk.log")),
            // The most readable look, from a distance and for low vision.
            theme: Some(ThemeName::HighContrast),
            ..KioskConfig::default()
        }
    );
}
