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
