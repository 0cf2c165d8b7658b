//! `immunoguide export`: the HTML handout, parsed strictly, part by part;
//! it loads and runs nothing; hostile guide text stays text; and the
//! Markdown handout's headings as a Markdown parser reads them.

use std::collections::HashSet;

use immunoguide::content::{Block, Blocks, CalloutKind, Embedded, Guide, InMemory, load};
use immunoguide::export::{Format, Handout, render};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use roxmltree::{Document, Node, ParsingOptions};

fn guide() -> Guide {
    load(&Embedded).unwrap_or_else(|p| panic!("the built-in guide does not load: {p:?}"))
}

fn html(guide: &Guide, ids: &[&str]) -> String {
    let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
    render(guide, Format::Html, &ids).unwrap_or_else(|id| panic!("unknown id {id}"))
}

/// Parses the handout as XML: stricter than a browser, so a tag left open
/// or an `&` left bare fails here.
fn parse(text: &str) -> Document<'_> {
    let options = ParsingOptions {
        allow_dtd: true,
        ..ParsingOptions::default()
    };
    Document::parse_with_options(text, options)
        .unwrap_or_else(|e| panic!("the handout is not well formed: {e}"))
}

fn by_id<'a, 'i>(doc: &'a Document<'i>, id: &str) -> Node<'a, 'i> {
    doc.descendants()
        .find(|n| n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("no element with id {id:?}"))
}

fn text_of(node: Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<String>()
}

fn elements<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Vec<Node<'a, 'i>> {
    node.descendants()
        .filter(|n| n.tag_name().name() == name)
        .collect()
}

fn has_class(node: Node<'_, '_>, class: &str) -> bool {
    node.attribute("class")
        .is_some_and(|c| c.split_whitespace().any(|c| c == class))
}

/// Every callout in a body, with those inside lists and other callouts.
fn callouts(blocks: Blocks<'_>, out: &mut Vec<CalloutKind>) {
    for block in blocks {
        match block {
            Block::Paragraph(_) => {}
            Block::List { items, .. } => items.for_each(|item| callouts(item, out)),
            Block::Callout { kind, blocks } => {
                out.push(kind);
                callouts(blocks, out);
            }
        }
    }
}

#[test]
fn the_handout_loads_nothing_and_runs_nothing() {
    let guide = guide();
    let text = html(&guide, &[]);
    let doc = parse(&text);
    let ids: HashSet<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("id"))
        .collect();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        const LOADERS: [&str; 11] = [
            "script", "iframe", "object", "embed", "link", "img", "video", "audio", "source",
            "base", "form",
        ];
        assert!(!LOADERS.contains(&name), "a <{name}> element");
        for attribute in node.attributes() {
            let key = attribute.name();
            assert!(
                !matches!(key, "src" | "srcset" | "style" | "background") && !key.starts_with("on"),
                "<{name} {key}=...>"
            );
        }
        if let Some(href) = node.attribute("href") {
            match href.strip_prefix('#') {
                // Every link inside the handout finds its target.
                Some(target) => assert!(ids.contains(target), "a link to a missing #{target}"),
                None => assert!(
                    href.starts_with("https://") || href.starts_with("http://"),
                    "{href}"
                ),
            }
        }
    }
    let style: String = elements(doc.root(), "style")
        .into_iter()
        .map(text_of)
        .collect();
    assert!(style.contains("@media print"), "print styles");
    assert!(
        style.contains("break-inside: avoid"),
        "page breaks keep boxes whole"
    );
    for remote in ["url(", "@import", "http"] {
        assert!(!style.contains(remote), "the style sheet loads {remote}");
    }
}

#[test]
fn the_handout_has_a_title_page_contents_and_every_section() {
    let guide = guide();
    let text = html(&guide, &[]);
    let doc = parse(&text);
    let about = &guide.about;
    let title_page = elements(doc.root(), "header")[0];
    assert_eq!(text_of(elements(title_page, "h1")[0]), about.title);
    let words = text_of(title_page);
    for part in [
        &about.disclaimer,
        &about.emergency,
        &about.reviewed.long(&guide.phrases),
    ] {
        assert!(
            words.contains(part.as_str()),
            "the title page lacks {part:?}"
        );
    }
    let handout = Handout::new(&guide, &[]).expect("the whole guide");
    let printed: Vec<usize> = (0..guide.sections.len())
        .filter(|&i| !guide.is_screen_only(i))
        .collect();
    assert_eq!(
        handout.entries.iter().map(|e| e.index).collect::<Vec<_>>(),
        printed
    );
    let contents = by_id(&doc, "contents-title").parent().expect("contents");
    let links: Vec<String> = elements(contents, "a").into_iter().map(text_of).collect();
    assert_eq!(links.len(), printed.len() + 3, "{links:#?}");
    for (entry, link) in handout.entries.iter().zip(&links) {
        let section = &guide.sections[entry.index];
        assert_eq!(link, &format!("{} {}", entry.number, section.title));
        let node = by_id(&doc, &format!("s-{}", section.id));
        let heading = node
            .children()
            .find(|n| n.tag_name().name().starts_with('h'))
            .expect("a heading");
        assert_eq!(
            text_of(heading),
            format!("{} {}", entry.number, section.title)
        );
        assert!(
            text_of(node).contains(&format!(
                "Reviewed {}",
                section.reviewed.long(&guide.phrases)
            )),
            "{} has its review date",
            section.id
        );
    }
    assert_eq!(
        links[printed.len()..],
        ["To fill in and keep", "Sources", "Glossary"]
    );
    for (i, section) in guide.sections.iter().enumerate() {
        let present = doc
            .descendants()
            .any(|n| n.attribute("id") == Some(&format!("s-{}", section.id)));
        assert_eq!(present, !guide.is_screen_only(i), "{}", section.id);
    }
}

#[test]
fn callouts_are_boxes_labelled_in_words() {
    let guide = guide();
    let text = html(&guide, &[]);
    let doc = parse(&text);
    let mut want = Vec::new();
    for (i, section) in guide.sections.iter().enumerate() {
        if !guide.is_screen_only(i) {
            callouts(section.body.blocks(), &mut want);
        }
    }
    let found: Vec<Node> = elements(doc.root(), "aside")
        .into_iter()
        .filter(|n| has_class(*n, "callout"))
        .collect();
    assert_eq!(found.len(), want.len());
    assert!(want.len() > 10, "the guide has many callouts");
    for (node, kind) in found.iter().zip(&want) {
        let class = format!("callout-{}", format!("{kind:?}").to_lowercase());
        assert!(has_class(*node, &class), "{class}");
        let label = node.first_element_child().expect("a label");
        assert!(has_class(label, "callout-label"));
        assert_eq!(text_of(label), kind.label(&guide.phrases));
    }
}

#[test]
fn sources_are_numbered_notes_with_whole_addresses() {
    let guide = guide();
    let text = html(&guide, &[]);
    let doc = parse(&text);
    let handout = Handout::new(&guide, &[]).expect("the whole guide");
    let notes = elements(by_id(&doc, "sources"), "li");
    assert_eq!(notes.len(), handout.notes.len());
    let mut cited: Vec<&str> = Vec::new();
    for entry in &handout.entries {
        for id in &guide.sections[entry.index].sources {
            if !cited.contains(&id.as_str()) {
                cited.push(id);
            }
        }
    }
    assert_eq!(
        handout
            .notes
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>(),
        cited
    );
    for (n, (node, source)) in notes.iter().zip(&handout.notes).enumerate() {
        assert_eq!(
            node.attribute("id"),
            Some(format!("note-{}", n + 1).as_str())
        );
        let words = text_of(*node);
        assert!(words.contains(&source.title), "{words}");
        if let Some(url) = &source.url {
            assert!(words.contains(url.as_str()), "the whole address: {words}");
            let link = elements(*node, "a")[0];
            assert_eq!(link.attribute("href"), Some(url.as_str()));
        }
    }
}

#[test]
fn the_glossary_and_the_pages_to_fill_in_are_there() {
    let guide = guide();
    let text = html(&guide, &[]);
    let doc = parse(&text);
    let glossary = by_id(&doc, "glossary");
    let terms: Vec<String> = elements(glossary, "dt").into_iter().map(text_of).collect();
    let want: Vec<&str> = guide.glossary.iter().map(|t| t.term.as_str()).collect();
    assert_eq!(terms, want);
    let definitions = elements(glossary, "dd");
    for (dd, term) in definitions.iter().zip(&guide.glossary) {
        assert!(text_of(*dd).starts_with(&term.definition));
    }

    let card = text_of(by_id(&doc, "care-team-card"));
    for line in [
        "My care team",
        "Phone in the daytime",
        "Phone at night and at weekends",
    ] {
        assert!(card.contains(line), "the card lacks {line:?}");
    }
    assert!(card.contains(&guide.about.emergency));
    let questions = by_id(&doc, "questions");
    assert!(text_of(questions).contains("Questions for my next visit"));
    assert!(elements(questions, "li").len() >= 8, "lines to write on");
    let diary = by_id(&doc, "symptom-diary");
    let columns: Vec<String> = elements(diary, "th").into_iter().map(text_of).collect();
    assert_eq!(
        columns,
        ["Date", "What I noticed", "How bad (0 to 10)", "What I did"]
    );
    assert!(elements(diary, "tr").len() > 10, "rows to fill in");
}

#[test]
fn chosen_sections_come_with_what_they_hold_and_say_where_the_rest_is() {
    let guide = guide();
    let index = guide
        .section_index("hormone-glands")
        .expect("hormone-glands");
    let section = &guide.sections[index];
    let handout = Handout::new(&guide, &["hormone-glands".into(), "skin".into()]).expect("ids");
    let chosen: Vec<usize> = handout.entries.iter().map(|e| e.index).collect();
    let skin = guide.section_index("skin").expect("skin");
    let mut want = vec![skin];
    want.extend(index..section.subtree_end);
    assert_eq!(chosen, want, "reading order, each once, with sub-sections");
    let numbers: Vec<&str> = handout.entries.iter().map(|e| e.number.as_str()).collect();
    assert_eq!(numbers[..3], ["1", "2", "2.1"]);
    // Only the glossary words these sections use.
    assert!(!handout.glossary.is_empty());
    assert!(handout.glossary.len() < guide.glossary.len());
    assert!(Handout::new(&guide, &["no-such-section".into()]).is_err());
    let text = html(&guide, &["hormone-glands"]);
    parse(&text);
}

/// A guide whose plain-text fields hold markup and quotes, to prove they
/// come out as text in both formats.
fn hostile_guide() -> Guide {
    let mut files = InMemory::from_markdown(include_str!("../../docs/guide-format.md"));
    let edit = |files: &mut InMemory, name: &str, from: &str, to: &str| {
        let text = files.0.get_mut(name).expect(name);
        assert!(text.contains(from), "{name} has {from:?}");
        *text = text.replacen(from, to, 1);
    };
    edit(
        &mut files,
        "guide.toml",
        "title = \"Example guide\"",
        "title = \"<script>alert('x')</script> & \\\"Guide\\\" # *1*\"",
    );
    edit(
        &mut files,
        "basics.toml",
        "title = \"The basics\"",
        "title = \"# Basics <b>& [x](y) | *z* 1.\"",
    );
    edit(
        &mut files,
        "sources.toml",
        "url = \"https://www.cancer.gov/about-cancer/treatment/types/immunotherapy\"",
        "url = \"javascript:alert(1)\"",
    );
    edit(
        &mut files,
        "glossary.toml",
        "definition = \"",
        "definition = \"</dd><script>x</script> ",
    );
    load(&files).unwrap_or_else(|p| panic!("{p:?}"))
}

#[test]
fn guide_text_is_escaped_in_html() {
    let guide = hostile_guide();
    let text = html(&guide, &[]);
    let doc = parse(&text);
    assert!(elements(doc.root(), "script").is_empty());
    assert!(elements(doc.root(), "b").is_empty());
    assert_eq!(text_of(elements(doc.root(), "h1")[0]), guide.about.title);
    assert_eq!(text_of(elements(doc.root(), "title")[0]), guide.about.title);
    assert!(
        !text.contains("href=\"javascript"),
        "a script address is never a link"
    );
    assert!(
        text_of(by_id(&doc, "sources")).contains("javascript:alert(1)"),
        "but it is shown"
    );
}

/// Headings as a Markdown parser reads them: (level, text).
fn markdown_headings(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for event in Parser::new(text) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                };
                open = Some((level, String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, words)) = open.as_mut() {
                    words.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => out.extend(open.take()),
            _ => {}
        }
    }
    out
}

#[test]
fn markdown_headings_follow_the_handout() {
    for guide in [guide(), hostile_guide()] {
        let text = render(&guide, Format::Markdown, &[]).expect("whole guide");
        let handout = Handout::new(&guide, &[]).expect("whole guide");
        let mut want = vec![(1, guide.about.title.clone()), (2, "Contents".to_string())];
        for entry in &handout.entries {
            let title = &guide.sections[entry.index].title;
            want.push((
                (entry.level + 2).min(6),
                format!("{} {title}", entry.number),
            ));
        }
        want.push((2, "To fill in and keep".into()));
        for tool in [
            "My care team",
            "Questions for my next visit",
            "Symptom diary",
        ] {
            want.push((3, tool.into()));
        }
        if !handout.notes.is_empty() {
            want.push((2, "Sources".into()));
        }
        want.push((2, "Glossary".into()));
        assert_eq!(markdown_headings(&text), want);
        // The only markup that is not Markdown is the anchors the handout
        // puts before headings and notes; guide text never becomes any.
        for event in Parser::new(&text) {
            if let Event::Html(raw) | Event::InlineHtml(raw) = event {
                let raw = raw.trim();
                assert!(
                    raw == "</a>" || (raw.starts_with("<a id=\"") && raw.ends_with("\">")),
                    "raw markup in the Markdown: {raw:?}"
                );
            }
        }
    }
}
