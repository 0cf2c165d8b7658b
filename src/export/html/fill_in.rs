//! The pages of the HTML handout a patient fills in by hand: a card for
//! the care team's day and night numbers, lines for questions for the
//! next visit, and a symptom diary. The words come from the guide's
//! language ([`crate::paper::PaperWords`]); the emergency line is the
//! guide's own.

use crate::export::escape::html_text;
use crate::export::handout::Handout;

/// Blank lines for questions, and rows in the symptom diary: a page of
/// each, with room to write by hand.
const QUESTION_LINES: usize = 10;
const DIARY_ROWS: usize = 14;

/// The tools a patient fills in: a card for the care team's numbers,
/// lines for questions, and a symptom diary.
pub fn write(handout: &Handout<'_>, out: &mut String) {
    let words = &handout.words;
    out.push_str("<section class=\"fill-in\" id=\"fill-in\">\n<h2>");
    html_text(&words.fill_in, out);
    out.push_str("</h2>\n<p class=\"lead\">");
    html_text(&words.fill_in_lead, out);
    out.push_str("</p>\n<div class=\"card\" id=\"care-team-card\">\n<h3>");
    html_text(&words.card, out);
    out.push_str("</h3>\n<p class=\"lead\">");
    html_text(&words.card_lead, out);
    out.push_str("</p>\n<table class=\"card-lines\">\n<tbody>\n");
    for line in &words.card_lines {
        out.push_str("<tr><th scope=\"row\">");
        html_text(line, out);
        out.push_str("</th><td></td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n<p class=\"card-emergency\"><strong>");
    html_text(&handout.guide.about.emergency, out);
    out.push_str("</strong></p>\n</div>\n");

    out.push_str("<div class=\"questions\" id=\"questions\">\n<h3>");
    html_text(&words.questions, out);
    out.push_str("</h3>\n<p class=\"lead\">");
    html_text(&words.questions_lead, out);
    out.push_str("</p>\n<p class=\"write-on\">");
    html_text(&words.visit_date, out);
    out.push_str(":</p>\n<ol class=\"write-lines\">\n");
    for _ in 0..QUESTION_LINES {
        out.push_str("<li></li>\n");
    }
    out.push_str("</ol>\n</div>\n");

    out.push_str("<div class=\"diary\" id=\"symptom-diary\">\n<h3>");
    html_text(&words.diary, out);
    out.push_str("</h3>\n<p class=\"lead\">");
    html_text(&words.diary_lead, out);
    out.push_str("</p>\n<table class=\"diary-table\">\n<thead>\n<tr>");
    for column in &words.diary_columns {
        out.push_str("<th scope=\"col\">");
        html_text(column, out);
        out.push_str("</th>");
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for _ in 0..DIARY_ROWS {
        out.push_str("<tr><td></td><td></td><td></td><td></td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n</section>\n");
}
