//! Bodies built block by block and read back as the same tree.

use super::*;

const PLAIN: Emphasis = Emphasis {
    bold: false,
    italic: false,
};
const BOLD: Emphasis = Emphasis {
    bold: true,
    italic: false,
};

fn texts(blocks: Blocks<'_>) -> Vec<String> {
    blocks
        .map(|b| match b {
            Block::Paragraph(p) => p.text().to_string(),
            Block::List { items, .. } => format!(
                "list[{}]",
                items
                    .map(|i| texts(i).join("|"))
                    .collect::<Vec<_>>()
                    .join(";")
            ),
            Block::Callout { kind, blocks } => {
                format!(
                    "{}[{}]",
                    kind.label(&crate::phrases::Phrases::default()),
                    texts(blocks).join("|")
                )
            }
        })
        .collect()
}

#[test]
fn nested_blocks_read_back_in_order() {
    let mut b = BodyBuilder::new();
    b.text("Intro ", PLAIN, None);
    b.text("bold", BOLD, None);
    b.end_paragraph();
    b.open_list(Some(3));
    b.open_item();
    b.text("one", PLAIN, None);
    b.close();
    b.open_item();
    b.text("two", PLAIN, None);
    b.open_callout(CalloutKind::Tip);
    b.text("tip", PLAIN, Some("skin"));
    b.close();
    b.close();
    b.close();
    b.text("End.", PLAIN, None);
    let body = b.finish();
    assert_eq!(
        texts(body.blocks()),
        ["Intro bold", "list[one;two|Tip[tip]]", "End."]
    );
    let Some(Block::List { start, .. }) = body.blocks().nth(1) else {
        panic!("no list: {:?}", body.blocks())
    };
    assert_eq!(start, Some(3));
    let spans: Vec<_> = body
        .spans()
        .map(|s| (s.text, s.bold, s.link_id()))
        .collect();
    assert_eq!(
        spans,
        [
            ("Intro ", false, None),
            ("bold", true, None),
            ("one", false, None),
            ("two", false, None),
            ("tip", false, Some("skin")),
            ("End.", false, None)
        ]
    );
    assert_eq!(
        body.prose_units(),
        ["Intro bold", "one", "two", "tip", "End."]
    );
}

#[test]
fn same_look_text_joins_and_blank_paragraphs_drop() {
    let mut b = BodyBuilder::new();
    b.text("Glued", PLAIN, None);
    b.text("together", PLAIN, None);
    b.end_paragraph();
    b.text("   ", PLAIN, None);
    b.end_paragraph();
    let body = b.finish();
    assert_eq!(body.spans().count(), 1);
    assert_eq!(texts(body.blocks()), ["Gluedtogether"]);
}

#[test]
fn links_are_stored_once() {
    let mut b = BodyBuilder::new();
    b.text("a", PLAIN, Some("x"));
    b.text("b", BOLD, Some("x"));
    b.text("c", PLAIN, Some("y"));
    let body = b.finish();
    let links: Vec<_> = body.spans().map(|s| s.link_id()).collect();
    assert_eq!(links, [Some("x"), Some("x"), Some("y")]);
    assert_eq!(body.links.len(), 2);
}

#[test]
fn an_empty_body_has_no_blocks() {
    let body = BodyBuilder::new().finish();
    assert_eq!(body.blocks().count(), 0);
    assert_eq!(body.spans().count(), 0);
}
