//! Tests of `markup`.

use super::*;
use crate::content::body::Block;

fn parse(body: &str) -> (Body, Vec<Problem>, Vec<LinkRef>) {
    let toml = format!("body = \"\"\"\n{body}\"\"\"\n");
    let file = SourceText::new("t.toml", toml.clone());
    let start = toml.find("\"\"\"").unwrap_or(0);
    let text = Text {
        value: body.to_string(),
        span: start..toml.len() - 1,
    };
    let mut problems = Vec::new();
    let mut links = Vec::new();
    let parsed = parse_body(&file, &text, &mut problems, &mut links);
    (parsed, problems, links)
}

#[test]
fn paragraphs_emphasis_and_links() {
    let (body, problems, links) = parse("Hello **you** and *me*.\n\nSee [skin](#skin).\n");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(body.blocks().count(), 2);
    let Some(Block::Paragraph(first)) = body.blocks().next() else {
        panic!("not a paragraph: {body:?}")
    };
    assert!(first.spans().any(|s| s.bold && s.text == "you"));
    assert!(first.spans().any(|s| s.italic && s.text == "me"));
    assert_eq!(first.text(), "Hello you and me.");
    assert!(
        body.spans()
            .any(|s| s.text == "skin" && s.link_id() == Some("skin"))
    );
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].target, "skin");
}

#[test]
fn tight_lists_and_callouts() {
    let (body, problems, _) = parse("- one\n- two\n\n> [!WARNING]\n> Call now.\n> - fever\n");
    assert!(problems.is_empty(), "{problems:?}");
    let blocks: Vec<Block> = body.blocks().collect();
    assert!(
        matches!(&blocks[0], Block::List { start: None, items } if items.count() == 2),
        "{blocks:?}"
    );
    let Block::Callout {
        kind,
        blocks: inner,
    } = &blocks[1]
    else {
        panic!("not a callout: {blocks:?}")
    };
    assert_eq!(*kind, CalloutKind::Warning);
    assert_eq!(inner.count(), 2);
}

#[test]
fn an_emergency_callout_is_a_kind_of_its_own() {
    for marker in ["[!EMERGENCY]", "[!emergency]", "[!Emergency]  "] {
        let (body, problems, _) = parse(&format!(
            "Before.\n\n> {marker}\n> Call 911 now.\n> - chest pain\n"
        ));
        assert!(problems.is_empty(), "{marker}: {problems:?}");
        let blocks: Vec<Block> = body.blocks().collect();
        let [Block::Paragraph(_), Block::Callout { kind, .. }] = blocks.as_slice() else {
            panic!("{marker}: {blocks:?}")
        };
        assert_eq!(*kind, CalloutKind::Emergency, "{marker}");
        // The marker is the kind, not words to show.
        assert_eq!(
            body.prose_units(),
            ["Before.", "Call 911 now.", "chest pain"]
        );
    }
    // The marker as a paragraph of its own, inside a list item.
    let (body, problems, _) = parse("- item\n\n  > [!EMERGENCY]\n  >\n  > Go now.\n");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(body.prose_units(), ["item", "Go now."]);
    // A plain quote is still refused.
    let (_, problems, _) = parse("> [EMERGENCY]\n> Call.\n");
    assert!(
        problems[0].message.contains("without a callout kind"),
        "{problems:?}"
    );
}

#[test]
fn callout_markers_that_cannot_be_read_say_why() {
    let (_, problems, _) = parse("> [!EMERGENCY] Call 911 now.\n");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .message
            .contains("`[!EMERGENCY]` with words after it")
    );
    let (_, problems, _) = parse("> [!NOTE] Rest.\n");
    assert!(
        problems[0]
            .message
            .contains("`[!NOTE]` with words after it")
    );
    let (_, problems, _) = parse("> [!DANGER]\n> Call.\n");
    assert_eq!(problems.len(), 1, "{problems:?}");
    let message = &problems[0].message;
    assert!(message.contains("`[!DANGER]`"), "{message}");
    assert!(message.contains("`[!EMERGENCY]`"), "{message}");
    assert_eq!((problems[0].line, problems[0].column), (2, 1));
}

#[test]
fn an_empty_link_is_a_place_for_its_targets_title() {
    let (body, problems, links) = parse("Read [](#signs) and [words](#care) and [ ](#x).\n");
    assert!(problems.is_empty(), "{problems:?}");
    let untitled: Vec<(&str, bool)> = links
        .iter()
        .map(|l| (l.target.as_str(), l.untitled))
        .collect();
    assert_eq!(untitled, [("signs", true), ("care", false), ("x", true)]);
    let linked: Vec<(&str, Option<&str>)> = body
        .spans()
        .filter(|s| s.link.is_some())
        .map(|s| (s.text, s.link_id()))
        .collect();
    assert_eq!(
        linked,
        [
            ("\u{1}", Some("signs")),
            ("words", Some("care")),
            (" \u{1}", Some("x"))
        ]
    );
}

#[test]
fn a_tight_item_with_a_nested_list_keeps_both() {
    let (body, problems, _) = parse("- outer\n  - inner\n- last\n");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(body.prose_units(), ["outer", "inner", "last"]);
    let Some(Block::List { mut items, .. }) = body.blocks().next() else {
        panic!("not a list: {body:?}")
    };
    let first: Vec<Block> = items.next().map(Iterator::collect).unwrap_or_default();
    assert!(
        matches!(first.as_slice(), [Block::Paragraph(_), Block::List { .. }]),
        "{first:?}"
    );
}

#[test]
fn unsupported_markup_is_named_with_its_line() {
    let (_, problems, _) = parse("Fine.\n\n# Heading\n");
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("a heading"));
    assert_eq!((problems[0].line, problems[0].column), (4, 1));
    for (markup, name) in [
        ("`x`", "code"),
        ("<b>x</b>", "HTML"),
        ("[web](https://example.org)", "a link to"),
        ("> plain quote", "quote block"),
        ("---", "horizontal rule"),
        ("![i](x.png)", "an image"),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "a table"),
    ] {
        let (_, problems, _) = parse(&format!("{markup}\n"));
        assert!(
            problems.iter().any(|p| p.message.contains(name)),
            "{markup}: {problems:?}"
        );
    }
}
