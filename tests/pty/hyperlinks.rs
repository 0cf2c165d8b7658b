//! Source web addresses in a real terminal: OSC 8 links where the
//! terminal shows them, plain text where it does not (and always at a
//! kiosk), and Enter on a chosen address says how to open it.

use crate::support::{ENTER, Tui};

const SHIFT_TAB: &str = "\x1b[Z";
/// The first section's source, on its first page at 100×30, where the
/// text is too narrow for it: it wraps before its last two letters.
const URL: &str = "https://www.cancer.gov/about-cancer/treatment/types/immunotherapy";
const FIRST_LINE: &str = "https://www.cancer.gov/about-cancer/treatment/types/immunothera";

/// The end of an OSC 8 link's opening: its id names the source by its
/// place in the guide's list, which changes as sources are added, so only
/// the address is checked.
fn link_start() -> String {
    format!(";{URL}\x1b\\")
}

fn open_first_page(args: &[&str], force: &str) -> Tui {
    let mut tui = Tui::spawn_with_env(args, 100, 30, &[("FORCE_HYPERLINK", force)]);
    tui.wait_for("Start");
    tui.send(ENTER);
    tui.wait_for(FIRST_LINE);
    tui
}

fn quit(mut tui: Tui) {
    tui.send("q");
    assert_eq!(tui.wait_exit().exit_code(), 0, "{}", tui.describe());
    tui.assert_restored();
}

#[test]
fn addresses_are_links_where_the_terminal_shows_them() {
    let mut tui = open_first_page(&[], "1");
    let raw = String::from_utf8_lossy(&tui.raw()).into_owned();
    // Both lines of the wrapped address lead to the whole address.
    let close = "\x1b]8;;\x1b\\";
    for piece in [FIRST_LINE, "py"] {
        let link = format!("{}{piece}{close}", link_start());
        let opened = raw.match_indices(&link).any(|(at, _)| {
            let id = raw[..at].trim_end_matches(|c: char| c.is_ascii_digit());
            id.ends_with("\x1b]8;id=immunoguide-source-")
        });
        assert!(opened, "an OSC 8 link around {piece:?}");
    }
    // The screen still shows the address as text, in its place.
    assert!(tui.screen().contains(FIRST_LINE));

    // Shift-Tab chooses the last thing on the page: the address.
    tui.send(SHIFT_TAB);
    tui.send(ENTER);
    tui.wait_for_words("To open it, Ctrl-click the address");
    quit(tui);
}

#[test]
fn addresses_are_plain_text_elsewhere_and_at_a_kiosk() {
    let mut tui = open_first_page(&[], "0");
    tui.send(SHIFT_TAB);
    tui.send(ENTER);
    tui.wait_for_words("copy the address into a web browser");
    let raw = String::from_utf8_lossy(&tui.raw()).into_owned();
    assert!(!raw.contains("\x1b]8;"), "no OSC 8 at all");
    quit(tui);

    // A kiosk never makes links, even in a terminal that shows them: a
    // click must not open anything outside the guide.
    let mut tui = Tui::spawn_with_env(&["--kiosk"], 100, 30, &[("FORCE_HYPERLINK", "1")]);
    tui.wait_for("Start reading");
    tui.send(ENTER);
    tui.wait_for("Treat Cancer");
    tui.send(SHIFT_TAB);
    tui.send(ENTER);
    tui.wait_for_words("Note it to read it later");
    let raw = String::from_utf8_lossy(&tui.raw()).into_owned();
    assert!(!raw.contains("\x1b]8;"), "no OSC 8 at a kiosk");
    tui.signal(crate::support::SIGTERM);
    tui.wait_exit();
}
