//! The files a package installs beside the program: shell completions
//! (`immunoguide completions SHELL`) and the man pages, both made from the
//! command line's definition. scripts/package-check.sh also renders the
//! pages with man and checks the zsh and fish scripts with those shells.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use clap::CommandFactory;
use clap_complete::Shell;
use immunoguide::cli::Cli;
use immunoguide::install_files::{ManPage, completion_script, man_pages};

use crate::shared::run;

/// The commands `--help` lists (not `help` itself), nested ones as
/// "kiosk hash-pin".
fn visible_commands() -> Vec<String> {
    fn walk(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            if sub.get_name() == "help" {
                continue;
            }
            let name = format!("{prefix}{}", sub.get_name());
            out.push(name.clone());
            walk(sub, &format!("{name} "), out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), "", &mut out);
    out
}

/// What bash offers after `words` and a space, using the script's function.
fn bash_completes(script: &str, words: &[&str]) -> Vec<String> {
    let mut comp_words: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    comp_words.push("''".to_owned());
    let line = format!("{} ", words.join(" "));
    let program = format!(
        "{script}\nCOMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE='{line}'; COMP_POINT={point}\n\
         _immunoguide immunoguide '' '{prev}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        words = comp_words.join(" "),
        cword = words.len(),
        point = line.len(),
        prev = words.last().copied().unwrap_or_default(),
    );
    let out = bash(&["-c", &program], "");
    assert!(
        out.status.success(),
        "bash failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

fn bash(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new("bash")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bash runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin.as_bytes())
        .expect("write to bash");
    child.wait_with_output().expect("bash ends")
}

#[test]
fn the_program_prints_a_bash_script_that_parses_and_completes_its_commands() {
    let out = run(&["completions", "bash"]);
    assert!(out.status.success(), "{out:?}");
    let script = String::from_utf8(out.stdout).expect("UTF-8");
    let parsed = bash(&["-n"], &script);
    assert!(
        parsed.status.success(),
        "bash -n: {}",
        String::from_utf8_lossy(&parsed.stderr)
    );

    let offered = bash_completes(&script, &["immunoguide"]);
    for word in [
        "check",
        "print",
        "kiosk",
        "completions",
        "--kiosk",
        "--guide",
        "--theme",
    ] {
        assert!(
            offered.iter().any(|w| w == word),
            "{word} not in {offered:?}"
        );
    }
    let themes = bash_completes(&script, &["immunoguide", "--theme"]);
    for theme in ["auto", "dark", "light", "high-contrast"] {
        assert!(
            themes.contains(&theme.to_owned()),
            "{theme} not in {themes:?}"
        );
    }
    let shells = bash_completes(&script, &["immunoguide", "completions"]);
    for shell in ["bash", "zsh", "fish"] {
        assert!(
            shells.iter().any(|w| w == shell),
            "{shell} not in {shells:?}"
        );
    }
    let kiosk = bash_completes(&script, &["immunoguide", "kiosk"]);
    assert!(kiosk.contains(&"hash-pin".to_owned()), "{kiosk:?}");
}

#[test]
fn every_shell_script_names_every_command() {
    let commands = visible_commands();
    assert!(commands.len() >= 5, "{commands:?}");
    for (shell, marker) in [
        (Shell::Bash, "complete -F _immunoguide"),
        (Shell::Zsh, "#compdef immunoguide"),
        (Shell::Fish, "complete -c immunoguide"),
    ] {
        let script = completion_script(Cli::command(), shell).expect("a script");
        assert!(script.contains(marker), "{shell}: no {marker:?}");
        for command in &commands {
            let last = command.rsplit(' ').next().unwrap_or(command);
            assert!(script.contains(last), "{shell} script lacks `{command}`");
        }
    }
}

#[test]
fn an_unknown_shell_is_refused_with_the_choices() {
    let out = run(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("tcsh") && err.contains("bash") && err.contains("fish"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

fn pages() -> Vec<ManPage> {
    man_pages(Cli::command(), "2026-01-31")
}

#[test]
fn there_is_a_man_page_for_the_program_and_each_command() {
    let names: Vec<String> = pages().into_iter().map(|p| p.file_name).collect();
    let mut expected = vec!["immunoguide.1".to_owned()];
    expected.extend(
        visible_commands()
            .iter()
            .map(|c| format!("immunoguide-{}.1", c.replace(' ', "-"))),
    );
    assert_eq!(names, expected);
}

#[test]
fn each_page_has_a_full_title_line() {
    let version = env!("CARGO_PKG_VERSION");
    for page in pages() {
        let name = page.file_name.trim_end_matches(".1").to_uppercase();
        let title = format!(
            ".TH \"{name}\" 1 \"2026-01-31\" \"immunoguide {version}\" \"immunoguide manual\""
        );
        assert_eq!(
            page.text
                .lines()
                .filter(|l| l.starts_with(".TH "))
                .collect::<Vec<_>>(),
            [title.as_str()],
            "{}",
            page.file_name
        );
    }
}

#[test]
fn the_programs_page_has_its_sections_in_order() {
    let page = &pages()[0];
    let headings: Vec<&str> = page
        .text
        .lines()
        .filter_map(|l| l.strip_prefix(".SH "))
        .collect();
    assert_eq!(
        headings,
        [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "SUBCOMMANDS",
            "\"EXIT STATUS\"",
            "ENVIRONMENT",
            "FILES",
            "\"SEE ALSO\"",
            "VERSION"
        ]
    );
    for text in [
        "\\-\\-kiosk",
        "\\-\\-config",
        "\\-\\-theme",
        "high\\-contrast",
        "NO_COLOR",
        "IMMUNOGUIDE_THEME",
        "/etc/immunoguide/kiosk.toml",
        "/etc/immunoguide/foot.ini",
    ] {
        assert!(page.text.contains(text), "immunoguide.1 lacks {text}");
    }
    for command in visible_commands().iter().filter(|c| !c.contains(' ')) {
        let reference = format!("immunoguide\\-{}(1)", command.replace('-', "\\-"));
        assert!(
            page.text.contains(&reference),
            "immunoguide.1 does not point to {reference}"
        );
    }
}

#[test]
fn each_commands_page_points_back_to_its_parent() {
    let pages = pages();
    for command in visible_commands() {
        let page_name = format!("immunoguide-{}", command.replace(' ', "-"));
        let parent = match command.rsplit_once(' ') {
            Some((above, _)) => format!("immunoguide-{}", above.replace(' ', "-")),
            None => "immunoguide".to_owned(),
        };
        let page = pages
            .iter()
            .find(|p| p.file_name == format!("{page_name}.1"))
            .unwrap_or_else(|| panic!("no page for {command}"));
        let see_also = page
            .text
            .split(".SH \"SEE ALSO\"\n")
            .nth(1)
            .unwrap_or_else(|| panic!("{page_name} has no SEE ALSO"));
        assert!(
            see_also.starts_with(&format!("\\fB{}\\fR(1)", parent.replace('-', "\\-"))),
            "{page_name}: {see_also}"
        );
    }
}

#[test]
fn the_pages_are_well_formed_roff() {
    // Macros the pages may use; anything else would be a typo or text that
    // roff takes for a command.
    const MACROS: [&str; 12] = [
        "TH", "SH", "SS", "TP", "PP", "IP", "RS", "RE", "br", "ie", "el", "B",
    ];
    for page in pages() {
        for (n, line) in page.text.lines().enumerate() {
            let at = format!("{}:{}: {line}", page.file_name, n + 1);
            assert!(!line.starts_with('\''), "{at}");
            if let Some(control) = line.strip_prefix('.') {
                let name = control.split([' ', '\\']).next().unwrap_or_default();
                assert!(MACROS.contains(&name), "unknown macro in {at}");
            }
            // Every font change is closed on the same line.
            let opened = line.matches("\\fB").count() + line.matches("\\fI").count();
            assert_eq!(opened, line.matches("\\fR").count(), "{at}");
        }
    }
}
