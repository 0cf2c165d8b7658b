//! Choosing the language as a person, a script or a clinic does: the
//! computer's language (LC_ALL, LC_MESSAGES, LANG), `--lang`, the kiosk's
//! `language` setting and its idle reset, `L` in the real program, a
//! language the guide lacks, and `print` and `export` in Spanish. The
//! guide is tests/fixtures/two-languages (English and Spanish).

use crate::shared::{explain, fixture_dir, run, run_with_env};
use crate::support::Tui;
use crate::support::kiosk::{KioskSetup, path_str, toml_str};

const GUIDE: &str = "tests/fixtures/two-languages";
const ENGLISH_TITLE: &str = "Two-language test guide";
const SPANISH_TITLE: &str = "Guía de prueba en dos idiomas";

/// The environment, the options after `--guide`, and the title shown.
type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a str);

#[test]
fn the_computers_language_chooses_and_lang_overrides_it() {
    let cases: [Case; 6] = [
        (&[("LANG", "es_US.UTF-8")], &[], SPANISH_TITLE),
        (
            &[("LC_ALL", "es_MX.UTF-8"), ("LANG", "en_US.UTF-8")],
            &[],
            SPANISH_TITLE,
        ),
        (
            &[("LC_MESSAGES", "es_ES.UTF-8"), ("LANG", "en_US.UTF-8")],
            &[],
            SPANISH_TITLE,
        ),
        (&[("LANG", "es_US.UTF-8")], &["--lang", "en"], ENGLISH_TITLE),
        (&[("LANG", "en_US.UTF-8")], &["--lang", "ES"], SPANISH_TITLE),
        // A language the guide does not come in: its default, English.
        (&[("LANG", "fr_FR.UTF-8")], &[], ENGLISH_TITLE),
    ];
    for (env, lang, title) in cases {
        let mut args = vec!["--guide", GUIDE];
        args.extend_from_slice(lang);
        let mut tui = Tui::spawn_with_env(&args, 80, 24, env);
        tui.wait_for(title);
        tui.send("q");
        tui.expect_exit(0);
    }
}

#[test]
fn l_switches_the_real_program_and_keeps_the_section() {
    let mut tui = Tui::spawn(&["--guide", GUIDE], 80, 24);
    tui.wait_for(ENGLISH_TITLE);
    tui.wait_for("Español / English (L)");
    // Into the second chapter, then Spanish and back.
    tui.send("\r]]]]");
    tui.wait_for("Getting care");
    tui.send("L");
    tui.wait_for("La guía está ahora en español.");
    tui.wait_for("Recibir atención");
    tui.send("L");
    tui.wait_for("The guide is now in English.");
    tui.wait_for("Getting care");
    tui.send("q");
    tui.expect_exit(0);
}

#[test]
fn a_language_the_guide_lacks_opens_the_one_it_has_and_says_so() {
    let mut tui = Tui::spawn(&["--guide", "tests/fixtures/valid", "--lang", "es"], 80, 24);
    // Said in the words of the guide shown, naming the language asked for
    // in itself.
    tui.wait_for("This guide is not in Español here, so it is shown in English.");
    // And the switch says there is no other language.
    tui.send("L");
    tui.wait_for("This guide is only in English here.");
    tui.send("q");
    tui.expect_exit(0);
}

#[test]
fn the_kiosk_starts_in_its_language_and_each_visitor_does_too() {
    let setup = KioskSetup::new("language");
    let guide = std::path::absolute(fixture_dir("two-languages")).expect("an absolute path");
    let config = setup.config(&format!(
        "language = \"es\"\nidle_seconds = 2\ncountdown_seconds = 1\nguide = {}",
        toml_str(path_str(&guide))
    ));
    // The setting wins over the computer's language.
    let mut tui = Tui::spawn_with_env(&["--config", &config], 80, 24, &[("LANG", "en_US.UTF-8")]);
    tui.wait_for(SPANISH_TITLE);
    // A visitor taps the touch bar's button, named in the other language,
    // and walks away.
    tui.wait_for("Español / English (L)");
    let rows = tui.rows();
    let bar = rows
        .iter()
        .rposition(|r| r.contains("English"))
        .expect("the language button");
    assert!(bar + 3 >= 24, "on the touch bar\n{}", tui.describe());
    let column = rows[bar][..rows[bar].find("English").expect("its label")]
        .chars()
        .count()
        + 3;
    let (column, row) = (
        u16::try_from(column).expect("a column"),
        u16::try_from(bar + 1).expect("a row"),
    );
    tui.send(&format!("\x1b[<0;{column};{row}M\x1b[<0;{column};{row}m"));
    tui.wait_for(ENGLISH_TITLE);
    tui.wait_for(SPANISH_TITLE);
}

#[test]
fn print_and_export_speak_the_language_asked_for() {
    let expect_spanish = |args: &[&str], env: &[(&str, &str)], wanted: &[&str]| {
        let out = run_with_env(args, env);
        let explained = explain(args, &out);
        assert_eq!(out.status.code(), Some(0), "{explained}");
        let text = String::from_utf8_lossy(&out.stdout);
        for words in wanted {
            assert!(text.contains(words), "no {words:?} in:\n{explained}");
        }
        text.to_string()
    };
    let printed = [
        SPANISH_TITLE,
        "\nGlosario\n",
        "Revisado el 1 de noviembre de 2026.",
        "Guía revisada el 1 de noviembre de 2026.",
        "Lo básico",
    ];
    let text = expect_spanish(&["--guide", GUIDE, "print", "--lang", "es"], &[], &printed);
    // None of the English fixed words is left.
    for english in [
        "\nContents\n",
        "\nGlossary\n",
        "Reviewed",
        "reviewed by your clinic",
    ] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
    // The flag before the command, and the computer's language, too.
    expect_spanish(&["--lang", "es", "--guide", GUIDE, "print"], &[], &printed);
    expect_spanish(
        &["--guide", GUIDE, "print"],
        &[("LANG", "es_US.UTF-8")],
        &printed,
    );

    let html = expect_spanish(
        &["--guide", GUIDE, "export", "--lang", "es"],
        &[],
        &[
            "<html lang=\"es\"",
            "Diario de síntomas",
            "Para llenar y guardar",
        ],
    );
    for english in [
        "Symptom diary",
        "My care team",
        "Questions for my next visit",
        ">Contents<",
    ] {
        assert!(!html.contains(english), "{english:?} in:\n{html}");
    }
    expect_spanish(
        &["--guide", GUIDE, "export", "--format", "md", "--lang", "es"],
        &[],
        &["Mi equipo de atención médica", SPANISH_TITLE],
    );
    let english = expect_spanish(&["--guide", GUIDE, "export"], &[], &["<html lang=\"en\""]);
    assert!(english.contains("Symptom diary"), "{english}");
}

#[test]
fn printing_a_language_the_guide_lacks_says_so_on_standard_error() {
    let args = ["--guide", "tests/fixtures/valid", "print", "--lang", "es"];
    let out = run(&args);
    let explained = explain(&args, &out);
    assert_eq!(out.status.code(), Some(0), "{explained}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the guide is not in Español (es), so it is in English (en)."),
        "{explained}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\nContents\n"),
        "{explained}"
    );
}
