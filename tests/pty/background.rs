//! `--theme auto`: the program asks the terminal for its background
//! colour (OSC 11) and takes the light look on a light background, the
//! dark look on a dark one, and the dark look when the terminal cannot
//! say (it answers only the device-attributes question asked after it)
//! or says nothing at all; it never hangs, an answer that comes too late
//! is never read as keys, and it never asks at a kiosk, under NO_COLOR or
//! when a theme was chosen. The terminal here is a `vt100` screen that
//! answers as it is told (support/terminal.rs, `Answers`).

use crate::shared::{BIN, TempDir};
use crate::support::{Answers, ENTER, SIGTERM, Tui, colours_in, sgr_sequences};

/// The question, as the program writes it.
const ASKED: &[u8] = b"\x1b]11;?";

/// Nothing from the test runner's environment chooses: `auto`.
const AUTO: [(&str, &str); 2] = [("NO_COLOR", ""), ("IMMUNOGUIDE_THEME", "")];

fn spawn(args: &[&str], env: &[(&str, &str)], answers: Answers) -> Tui {
    let mut all: Vec<(&str, &str)> = AUTO.to_vec();
    all.extend_from_slice(env);
    Tui::spawn_answering(BIN, args, (80, 24), &all, answers)
}

fn asked(tui: &Tui) -> bool {
    tui.raw().windows(ASKED.len()).any(|w| w == ASKED)
}

/// The colours written for the guide's title on the welcome screen: the
/// light look's blue (34) or the dark look's bright cyan (96).
fn title_colour(tui: &Tui) -> &'static str {
    let colours: Vec<String> = sgr_sequences(&tui.raw())
        .iter()
        .flat_map(|s| colours_in(s))
        .collect();
    match (
        colours.iter().any(|c| c == "34"),
        colours.iter().any(|c| c == "96"),
    ) {
        (true, false) => "light",
        (false, true) => "dark",
        other => panic!("neither look, or both: {other:?} in {colours:?}"),
    }
}

fn quit(tui: &mut Tui) {
    tui.send("q");
    assert_eq!(tui.wait_exit().exit_code(), 0, "{}", tui.describe());
    tui.assert_restored();
}

#[test]
fn a_light_background_gets_the_light_look_and_a_dark_one_the_dark() {
    for (background, look) in [
        ("rgb:ffff/ffff/ffff", "light"),
        ("rgb:eeee/eeee/ecec", "light"),
        ("rgb:0000/0000/0000", "dark"),
        ("rgb:2e2e/3434/3636", "dark"),
    ] {
        let answers = Answers {
            background: Some(background),
            attributes: true,
        };
        let mut tui = spawn(&[], &[], answers);
        tui.wait_for("Press Enter");
        tui.wait_quiet();
        assert!(asked(&tui), "{background}: the terminal was not asked");
        assert_eq!(title_colour(&tui), look, "{background}");
        // Keys work at once, and nothing of the answer was typed.
        tui.send(ENTER);
        tui.wait_for("Page 1 of");
        assert!(!tui.screen().contains("To search"), "{}", tui.describe());
        quit(&mut tui);
    }
}

#[test]
fn a_terminal_that_cannot_say_or_says_nothing_gets_the_dark_look() {
    // Answers only the question after it (as the Linux console does), or
    // nothing at all: the program draws anyway, dark, and keys work.
    for attributes in [true, false] {
        let answers = Answers {
            background: None,
            attributes,
        };
        let mut tui = spawn(&[], &[], answers);
        tui.wait_for("Press Enter");
        tui.wait_quiet();
        assert!(asked(&tui));
        assert_eq!(title_colour(&tui), "dark", "answers DA1: {attributes}");
        tui.send(ENTER);
        tui.wait_for("Page 1 of");
        quit(&mut tui);
    }
}

#[test]
fn an_answer_that_comes_too_late_is_not_read_as_keys() {
    // Nothing answers in time; then the answers come, in the middle of a
    // search. Read as keys, "rgb:…" would open the glossary (g) and type
    // into it.
    let mut tui = spawn(&[], &[], Answers::default());
    tui.wait_for("Press Enter");
    tui.send(ENTER);
    tui.wait_for("Page 1 of");
    tui.send("/");
    tui.wait_for("Search:");
    tui.send("\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?62;22c");
    tui.send("immune");
    tui.wait_for("Search: immune");
    tui.wait_for("places found");
    tui.wait_quiet();
    let screen = tui.screen();
    // Exactly what was typed: the answer added nothing before it.
    assert!(screen.contains("Search: immune "), "{screen}");
    assert!(!screen.contains("rgb"), "{screen}");
    assert!(!screen.contains("Glossary"), "{screen}");
    tui.send("\x1b");
    tui.wait_until("the search box to close", |s| !s.contains("Search:"));
    quit(&mut tui);
}

#[test]
fn it_never_asks_at_a_kiosk_under_no_color_or_when_a_theme_was_chosen() {
    let answers = || Answers {
        background: Some("rgb:ffff/ffff/ffff"),
        attributes: true,
    };
    let dir = TempDir::new("auto-kiosk");
    let config = dir.path().join("kiosk.toml");
    std::fs::write(&config, "reload = false\n").expect("write the settings");
    let config = config.to_string_lossy().into_owned();
    for (args, env, what) in [
        (vec!["--config", config.as_str()], vec![], "a kiosk"),
        (vec![], vec![("NO_COLOR", "1")], "NO_COLOR"),
        (vec!["--theme", "dark"], vec![], "--theme dark"),
        (
            vec![],
            vec![("IMMUNOGUIDE_THEME", "light")],
            "IMMUNOGUIDE_THEME",
        ),
    ] {
        let mut tui = spawn(&args, &env, answers());
        // The question would come before the first frame.
        tui.wait_for("Press Enter");
        assert!(!asked(&tui), "{what}: the terminal was asked");
        tui.signal(SIGTERM);
        tui.wait_exit();
        tui.assert_restored();
    }
}

/// With its output piped (`immunoguide | cat`), the program prints the
/// guide and asks the terminal nothing, though its input and errors are
/// still on the terminal.
#[test]
fn it_never_asks_when_its_output_is_not_the_terminal() {
    let answers = Answers {
        background: Some("rgb:ffff/ffff/ffff"),
        attributes: true,
    };
    let command = format!("'{BIN}' | cat");
    let mut tui = Tui::spawn_answering("/bin/sh", &["-c", &command], (80, 24), &AUTO, answers);
    assert_eq!(tui.wait_exit().exit_code(), 0, "{}", tui.describe());
    let raw = String::from_utf8_lossy(&tui.raw()).into_owned();
    assert!(
        raw.contains("Glossary"),
        "the guide was not printed: {raw:.400}"
    );
    assert!(!asked(&tui), "the terminal was asked");
}
