//! Plain-text output: `immunoguide print`, and what happens when the
//! output is not a terminal (`immunoguide | less`). Only text: no escape
//! sequences, so it is safe to pipe, save or send to a printer.

use std::io::{self, Write};
use std::process::ExitCode;

use crate::content::Guide;
use crate::layout;

pub fn run(guide: &Guide, section: Option<&str>, width: u16) -> ExitCode {
    let text = match section {
        Some(id) => match guide.section_index(id) {
            Some(index) => render_subtree(guide, index, width),
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

/// The whole guide: title, disclaimer, emergency note, then every section.
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
    let review = about.review_note();
    for line in textwrap::wrap(&review, usize::from(width.max(1))) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    for index in 0..guide.sections.len() {
        out.push_str(&render_section(guide, index, width));
    }
    out
}

fn render_subtree(guide: &Guide, index: usize, width: u16) -> String {
    let end = guide.section(index).map_or(index, |s| s.subtree_end);
    (index..end)
        .map(|i| render_section(guide, i, width))
        .collect()
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
    for line in &layout::section_on_paper(guide, index, width).lines {
        out.push_str(line.text().trim_end());
        out.push('\n');
    }
    out.push_str(&format!("Reviewed {}.\n\n", section.reviewed.long()));
    out
}
