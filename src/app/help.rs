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

pub fn help_lines(mouse: bool) -> Vec<HelpLine> {
    let mut lines = Vec::new();
    for place in [
        Place::Reader,
        Place::Contents,
        Place::Search,
        Place::Glossary,
        Place::Definition,
        Place::Welcome,
        Place::Anywhere,
    ] {
        if !lines.is_empty() {
            lines.push(HelpLine::Blank);
        }
        lines.push(HelpLine::Heading(place.heading()));
        for binding in BINDINGS.iter().filter(|b| b.place == place) {
            let keys: Vec<&str> = binding.keys.iter().map(|k| k.label).collect();
            lines.push(HelpLine::Entry {
                keys: keys.join(" "),
                what: binding.help,
            });
        }
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
    fn every_binding_appears_in_help() {
        let lines = help_lines(true);
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
