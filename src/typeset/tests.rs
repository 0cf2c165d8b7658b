//! Tests of `typeset`.

use super::*;

use crate::content::{BodyBuilder, Emphasis};

const PLAIN: Emphasis = Emphasis {
    bold: false,
    italic: false,
};

fn built(write: impl FnOnce(&mut BodyBuilder)) -> Body {
    let mut builder = BodyBuilder::new();
    write(&mut builder);
    builder.finish()
}

fn para(text: &str) -> Body {
    built(|b| b.text(text, PLAIN, None))
}

fn lines(body: Body, width: u16) -> Vec<String> {
    super::body(&body, width, &crate::phrases::Phrases::default())
        .iter()
        .map(Line::text)
        .collect()
}

#[test]
fn paragraphs_wrap_within_the_width() {
    let text = "Immunotherapy helps your own immune system find and fight cancer cells.";
    for width in [1u16, 5, 10, 20, 40] {
        for line in lines(para(text), width) {
            assert!(
                display_width(&line) <= usize::from(width),
                "{width}: {line:?}"
            );
        }
    }
    assert_eq!(
        lines(para(text), 30),
        [
            "Immunotherapy helps your own",
            "immune system find and fight",
            "cancer cells."
        ]
    );
}

#[test]
fn list_items_hang_under_their_bullet() {
    let list = built(|b| {
        b.open_list(None);
        for item in ["Fever of 38.3 °C or higher", "Cough"] {
            b.open_item();
            b.text(item, PLAIN, None);
            b.close();
        }
    });
    assert_eq!(
        lines(list, 16),
        ["• Fever of 38.3", "  °C or higher", "• Cough"]
    );
}

#[test]
fn a_list_inside_an_item_steps_in() {
    let list = built(|b| {
        b.open_list(Some(3));
        b.open_item();
        b.text("Outer", PLAIN, None);
        b.open_list(None);
        b.open_item();
        b.text("Inner", PLAIN, None);
    });
    assert_eq!(lines(list, 30), ["3. Outer", "   • Inner"]);
}

#[test]
fn callouts_are_labelled_boxes() {
    let callout = built(|b| {
        b.open_callout(CalloutKind::Warning);
        b.text("Call now.", PLAIN, None);
    });
    let out = lines(callout, 30);
    assert_eq!(out[0], "┌─ Call your care team ──────┐");
    assert_eq!(out[1], "│ Call now.                  │");
    assert_eq!(out[2], "└────────────────────────────┘");
    for line in &out {
        assert_eq!(display_width(line), 30);
    }
}

#[test]
fn emphasis_next_to_punctuation_stays_one_word() {
    let bold = Emphasis {
        bold: true,
        italic: false,
    };
    let text = built(|b| {
        b.text("bold", bold, None);
        b.text(", then more words here", PLAIN, None);
    });
    let out = lines(text, 6);
    assert_eq!(out[0], "bold,");
}

#[test]
fn anchors_find_the_same_words_at_another_width() {
    let text = "one two three four five six seven eight nine ten eleven twelve";
    let wide = body(&para(text), 20, &crate::phrases::Phrases::default());
    let narrow = body(&para(text), 8, &crate::phrases::Phrases::default());
    let layout = SectionLayout {
        width: 8,
        lines: narrow,
    };
    // The second wide line starts with some word; the narrow layout
    // finds the line holding that word.
    let anchor = wide[1].anchor;
    let line = layout.line_of_anchor(anchor);
    let first_word = wide[1].text().split(' ').next().unwrap_or("").to_string();
    assert!(layout.lines[line].text().contains(&first_word));
}

/// A link body: "Read about " then a link of two spans (plain, then bold)
/// to `care`, then ", or ask."
fn linked() -> Body {
    built(|b| {
        b.text("Read about ", PLAIN, None);
        b.text("side ", PLAIN, Some("care"));
        b.text(
            "effects",
            Emphasis {
                bold: true,
                italic: false,
            },
            Some("care"),
        );
        b.text(", or ask.", PLAIN, None);
    })
}

#[test]
fn a_link_on_screen_starts_with_its_marker_once() {
    assert_eq!(lines(linked(), 80), ["Read about → side effects, or ask."]);
    // The marker is part of the link, so it is drawn and tapped with it.
    // (The space between a link's words never is.)
    let laid = super::body(&linked(), 80, &crate::phrases::Phrases::default());
    let linked: Vec<&str> = laid[0]
        .pieces
        .iter()
        .filter(|p| p.link.is_some())
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(linked, ["→ side", "effects"]);
}

#[test]
fn the_marker_wraps_with_the_links_first_word() {
    // Never "→" alone at a line's end: it goes down with "side".
    assert_eq!(
        lines(linked(), 14),
        ["Read about", "→ side", "effects, or", "ask."]
    );
    for width in 1..40u16 {
        for line in lines(linked(), width) {
            assert!(
                display_width(&line) <= usize::from(width),
                "{width}: {line:?}"
            );
            // Where "→ side" fits on a line, it is never cut.
            if width >= 6 {
                assert!(!line.trim_end().ends_with('→'), "{width}: {line:?}");
            }
        }
    }
}

#[test]
fn the_marker_is_no_word_of_its_own() {
    // Places are kept by word number: the marker must not shift them.
    let anchors = |body: Body| {
        super::body(&body, 12, &crate::phrases::Phrases::default())
            .iter()
            .map(|l| l.anchor)
            .collect::<Vec<_>>()
    };
    assert_eq!(anchors(linked()), [0, 2, 3, 5]);
    assert_eq!(
        anchors(linked()),
        anchors(para("Read about side effects, or ask."))
    );
}
