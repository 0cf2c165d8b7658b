//! Plain-text output: `immunoguide print`, and what happens when the
//! output is not a terminal (`immunoguide | less`). Only text: no escape
//! sequences, so it is safe to pipe, save or send to a printer.

use std::io::{self, Write};
use std::process::ExitCode;

use crate::content::Guide;
use crate::paper::{self, chosen_sections, chosen_terms, paper_words};
use crate::typeset;

pub fn run(guide: &Guide, section: Option<&str>, width: u16) -> ExitCode {
    let text = match section {
        Some(id) => match guide.section_index(id) {
            Some(_) => render_subtree(guide, id, width),
            None => {
                crate::message::say(format!(
                    "immunoguide print: there is no section `{}`. `immunoguide check --report` lists every id.",
                    crate::message::shown_word(id)
                ));
                return ExitCode::from(2);
            }
        },
        None => render_guide(guide, width),
    };
    let mut out = io::stdout().lock();
    // A closed pipe (`| head`) is a normal way to stop reading.
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            crate::message::say(format!("immunoguide print: {e}"));
            ExitCode::from(1)
        }
    }
}

/// The whole guide: title, disclaimer, emergency note, the contents,
/// every section (but those only about using the screen), the glossary.
pub fn render_guide(guide: &Guide, width: u16) -> String {
    let about = &guide.about;
    let mut out = String::new();
    out.push_str(&about.title);
    out.push('\n');
    out.push_str(&"=".repeat(about.title.chars().count().min(usize::from(width))));
    out.push_str("\n\n");
    for para in [&about.purpose, &about.disclaimer, &about.emergency] {
        for line in textwrap::wrap(para, usize::from(width.max(1))) {
            out.push_str(&line);
            out.push('\n');
        }
        out.push('\n');
    }
    let review = about.review_note(&guide.phrases);
    for line in textwrap::wrap(&review, usize::from(width.max(1))) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&render_sections(guide, &[], width));
    out
}

/// One section with the sections inside it.
fn render_subtree(guide: &Guide, id: &str, width: u16) -> String {
    render_sections(guide, &[id.to_string()], width)
}

/// The chosen sections (all for none): a contents list when there is
/// more than one, the sections, then the glossary of the words they use.
fn render_sections(guide: &Guide, ids: &[String], width: u16) -> String {
    let sections = chosen_sections(guide, ids).unwrap_or_default();
    let terms = chosen_terms(guide, &sections, ids.is_empty());
    let words = paper_words(guide);
    let mut out = String::new();
    if sections.len() > 1 {
        out.push_str(&paper::text::contents(
            guide,
            &sections,
            !terms.is_empty(),
            &words,
            width,
        ));
    }
    for &index in &sections {
        out.push_str(&render_section(guide, index, width));
    }
    out.push_str(&paper::text::glossary(guide, &terms, &words, width));
    out
}

/// One section as text, with its place in the guide and review date.
pub fn render_section(guide: &Guide, index: usize, width: u16) -> String {
    let mut out = String::new();
    let Some(section) = guide.section(index) else {
        return out;
    };
    let rule = if section.depth == 0 { '=' } else { '-' };
    let crumb = guide.breadcrumb(index).join(" > ");
    out.push_str(&crumb);
    out.push('\n');
    out.push_str(
        &rule
            .to_string()
            .repeat(crumb.chars().count().min(usize::from(width))),
    );
    out.push('\n');
    let laid_out = typeset::section_on_paper(guide, index, width);
    for line in paper::text::before_sources(&laid_out.lines) {
        out.push_str(line.text().trim_end());
        out.push('\n');
    }
    let words = paper_words(guide);
    out.push_str(&paper::text::sources(guide, index, &words, width));
    let date = section.reviewed.long(&guide.phrases);
    out.push_str(&words.reviewed(&date));
    out.push_str(".\n\n");
    out
}
