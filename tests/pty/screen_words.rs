//! A guide folder's own screen words (`screen.ftl`), as a clinic uses
//! them: its words are shown over the built-in ones, and a broken file is
//! explained with its file:line:column while the guide still opens and
//! prints with the built-in words.

use crate::shared::{TempDir, explain, fixture_dir, has_location, run};
use crate::support::{ENTER, Tui};

/// The small Spanish guide of tests/fixtures, with `screen.ftl` beside
/// its guide.toml.
fn spanish_with(name: &str, screen: &str) -> TempDir {
    let dir = TempDir::copy_of(name, &fixture_dir("es-small"));
    dir.write("screen.ftl", screen);
    dir
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_folder_s_own_words_are_printed_and_shown() {
    let dir = spanish_with(
        "own-words",
        "paper-glossary = Palabras difíciles\nhint-help = Socorro\n",
    );
    let path = dir.path().to_str().expect("a UTF-8 path");
    let args = ["--guide", path, "print"];
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&args, &out));
    let printed = text(&out.stdout);
    assert!(
        printed.contains("Palabras difíciles"),
        "{}",
        explain(&args, &out)
    );
    // What the file does not say, the built-in Spanish does.
    assert!(
        printed.contains("Revisado el 1 de noviembre de 2026."),
        "{printed}"
    );
    assert!(text(&out.stderr).is_empty(), "{}", explain(&args, &out));

    let mut tui = Tui::spawn(&["--fresh", "--guide", path], 80, 24);
    tui.wait_for("Presione Enter");
    tui.send(ENTER);
    tui.wait_for("? Socorro");
    tui.wait_for("/ Buscar");
}

#[test]
fn a_broken_file_is_explained_and_the_guide_still_opens() {
    let broken = "hint-help = Socorro\nhint-quit = { $\n";
    let dir = spanish_with("broken-words", broken);
    let path = dir.path().to_str().expect("a UTF-8 path");
    let file = dir.path().join("screen.ftl").display().to_string();

    let args = ["--guide", path, "print"];
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&args, &out));
    assert!(
        text(&out.stdout).contains("Glosario"),
        "{}",
        explain(&args, &out)
    );
    let stderr = text(&out.stderr);
    assert!(has_location(&stderr, &file, 2), "{}", explain(&args, &out));
    assert!(
        stderr.contains("built-in words"),
        "{}",
        explain(&args, &out)
    );

    let args = ["check", path];
    let out = run(&args);
    assert_eq!(out.status.code(), Some(1), "{}", explain(&args, &out));
    assert!(
        has_location(&text(&out.stderr), &file, 2),
        "{}",
        explain(&args, &out)
    );

    // On the screen: the words that could be read, and the built-in ones
    // for the rest (the welcome screen's hints: "? Socorro   q Salir").
    let mut tui = Tui::spawn(&["--fresh", "--guide", path], 80, 24);
    tui.wait_for("Presione Enter");
    tui.wait_for("Socorro");
    tui.wait_for("q Salir");
    tui.send("q");
    tui.expect_exit(0);
}
