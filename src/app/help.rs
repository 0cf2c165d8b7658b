//! The help screen's text, made from the keymap so it always matches what
//! the keys really do.

use super::keymap::{BINDINGS, Place};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    Heading(&'static str),
    Entry { keys: String, what: &'static str },
    Note(&'static str),
    Blank,
}

/// Help for a person at their own terminal, or (`kiosk`) for a visitor at
/// a kiosk, where touch comes first and there is no quit key.
pub fn help_lines(mouse: bool, kiosk: bool) -> Vec<HelpLine> {
    let mut lines = Vec::new();
    if kiosk {
        lines.push(HelpLine::Heading("Touch"));
        lines.push(HelpLine::Note(
            "Tap the large buttons at the bottom of the screen.",
        ));
        lines.push(HelpLine::Note(
            "Tap a title in the contents list to read it.",
        ));
        lines.push(HelpLine::Note(
            "Tap an underlined word to see what it means.",
        ));
        lines.push(HelpLine::Blank);
    }
    for place in [
        Place::Reader,
        Place::Contents,
        Place::Search,
        Place::Glossary,
        Place::Definition,
        Place::Bookmarks,
        Place::Welcome,
        Place::Anywhere,
    ] {
        // A kiosk keeps no bookmarks, so it has no list of them.
        if kiosk && place == Place::Bookmarks {
            continue;
        }
        if !lines.is_empty() {
            lines.push(HelpLine::Blank);
        }
        lines.push(HelpLine::Heading(place.heading()));
        for binding in BINDINGS
            .iter()
            .filter(|b| b.place == place && (!kiosk || super::keymap::for_kiosk(b)))
        {
            let mut keys: Vec<&str> = binding.keys.iter().map(|k| k.label).collect();
            keys.dedup();
            lines.push(HelpLine::Entry {
                keys: keys.join(" "),
                what: binding.help,
            });
        }
    }
    if kiosk {
        return lines;
    }
    lines.push(HelpLine::Blank);
    lines.push(HelpLine::Heading("Mouse and touch"));
    if mouse {
        lines.push(HelpLine::Note(
            "Click or tap an entry in the contents to read it.",
        ));
        lines.push(HelpLine::Note(
            "Click or tap ▸ to open a chapter, ▾ to close it.",
        ));
        lines.push(HelpLine::Note("The wheel scrolls the text or the list."));
        lines.push(HelpLine::Note(
            "The hints on the bottom line are buttons too.",
        ));
        lines.push(HelpLine::Note("To select text, hold Shift while you drag."));
    } else {
        lines.push(HelpLine::Note(
            "The mouse is off (--no-mouse); the terminal selects text as usual.",
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiosk_help_has_no_quit_key() {
        let lines = help_lines(true, true);
        assert!(
            !lines
                .iter()
                .any(|l| matches!(l, HelpLine::Entry { what, .. } if what.contains("Quit")))
        );
        assert!(matches!(lines.first(), Some(HelpLine::Heading("Touch"))));
    }

    #[test]
    fn every_binding_appears_in_help() {
        let lines = help_lines(true, false);
        for binding in BINDINGS {
            assert!(
                lines
                    .iter()
                    .any(|l| matches!(l, HelpLine::Entry { what, .. } if *what == binding.help)),
                "{} missing from help",
                binding.help
            );
        }
    }
}
