//! Kiosk settings that stop the kiosk before the screen changes: an
//! unknown key, times out of range and a missing file, each named with
//! its place (file:line:column), from a pipe and in a terminal, and no
//! staff log written.

use crate::shared::{explain, has_location, run};
use crate::support::Tui;
use crate::support::kiosk::{KioskSetup, path_str};

#[test]
fn an_unknown_config_key_stops_the_kiosk_with_its_place() {
    let setup = KioskSetup::new("bad-config");
    std::fs::write(setup.config_path(), "idle_seconds = 30\ncolour = \"red\"\n")
        .expect("write kiosk.toml");
    let config = path_str(&setup.config_path()).to_string();

    let args = ["--config", config.as_str()];
    let out = run(&args);
    let explained = explain(&args, &out);
    assert_eq!(out.status.code(), Some(1), "{explained}");
    assert!(out.stdout.is_empty(), "{explained}");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        has_location(&stderr, "kiosk.toml", 2),
        "names kiosk.toml:2:<column>:\n{}",
        explained
    );
    assert!(stderr.contains("kiosk.toml:2:1:"), "{explained}");
    assert!(stderr.contains("colour"), "{explained}");
    assert!(stderr.contains("did not start"), "{explained}");

    for args in [
        vec!["--config", config.as_str()],
        vec!["--kiosk", "--config", config.as_str()],
    ] {
        let raw = Tui::refused(&args, 1);
        assert!(raw.contains("kiosk.toml:2:1:"), "{raw}");
        assert!(raw.contains("colour"), "{raw}");
    }
    assert!(
        !setup.log_path().exists(),
        "a refused config wrote a staff log"
    );
}

#[test]
fn out_of_range_times_are_refused() {
    let setup = KioskSetup::new("bad-times");
    for (settings, line) in [
        ("idle_seconds = 1", 1),
        ("idle_seconds = 3601", 1),
        ("idle_seconds = 10\ncountdown_seconds = 10", 2),
        ("countdown_seconds = 0", 1),
    ] {
        std::fs::write(setup.config_path(), format!("{settings}\n")).expect("write kiosk.toml");
        let config = path_str(&setup.config_path()).to_string();
        let args = ["--config", config.as_str()];
        let out = run(&args);
        let explained = explain(&args, &out);
        assert_eq!(out.status.code(), Some(1), "{settings}\n{explained}");
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(
            has_location(&stderr, "kiosk.toml", line),
            "{settings}: names kiosk.toml:{line}:<column>:\n{}",
            explained
        );
    }
}

#[test]
fn a_missing_config_file_stops_the_kiosk() {
    let setup = KioskSetup::new("missing-config");
    let missing = setup.dir().join("no-such-kiosk.toml");
    let missing = path_str(&missing).to_string();
    let args = ["--config", missing.as_str()];
    let out = run(&args);
    let explained = explain(&args, &out);
    assert_eq!(out.status.code(), Some(1), "{explained}");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(stderr.contains(&missing), "names the file\n{}", explained);
    let raw = Tui::refused(&["--config", &missing], 1);
    assert!(raw.contains("no-such-kiosk.toml"), "{raw}");
}
