//! The fixed words printed on paper: headings, labels and the fill-in
//! forms, in the guide's language. They are messages in the guide's
//! screen words (`crate::phrases`, the `paper-*` ids), read once per
//! handout so no writer has to hunt for a string in the code.

use crate::content::Guide;
use crate::phrases::Phrases;

/// Every fixed word `print` and `export` put on paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperWords {
    phrases: Phrases,
    pub contents: String,
    pub glossary: String,
    pub sources: String,
    pub sources_lead: String,
    pub also_called: String,
    pub see_also: String,
    pub not_in_handout: String,
    /// The label before the disclaimer: "Please read".
    pub disclaimer_label: String,
    pub fill_in: String,
    pub fill_in_lead: String,
    pub card: String,
    pub card_lead: String,
    /// Each line of the care-team card, in order.
    pub card_lines: [String; 6],
    pub questions: String,
    pub questions_lead: String,
    pub visit_date: String,
    pub diary: String,
    pub diary_lead: String,
    /// The diary's columns: date, what, how bad, what I did.
    pub diary_columns: [String; 4],
}

/// A piece of the "Page 3 of 12" line at the foot of each printed page:
/// words, or one of the two numbers the browser fills in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageFooter {
    Words(String),
    Page,
    Pages,
}

// Stand-ins for the page numbers while the footer's message is said; the
// browser counts the pages, so the numbers are filled in there. From
// Unicode's private use area, which no translation writes.
const PAGE: &str = "\u{e000}";
const PAGES: &str = "\u{e001}";

impl PaperWords {
    pub fn new(phrases: &Phrases) -> Self {
        let get = |id: &str| phrases.get(id).into_owned();
        Self {
            phrases: phrases.clone(),
            contents: get("paper-contents"),
            glossary: get("paper-glossary"),
            sources: get("paper-sources"),
            sources_lead: get("paper-sources-lead"),
            also_called: get("paper-also-called"),
            see_also: get("paper-see-also"),
            not_in_handout: get("paper-not-in-handout"),
            disclaimer_label: get("paper-disclaimer-label"),
            fill_in: get("paper-fill-in"),
            fill_in_lead: get("paper-fill-in-lead"),
            card: get("paper-card"),
            card_lead: get("paper-card-lead"),
            card_lines: [
                get("paper-card-clinic"),
                get("paper-card-doctor"),
                get("paper-card-nurse"),
                get("paper-card-day-phone"),
                get("paper-card-night-phone"),
                get("paper-card-treatment"),
            ],
            questions: get("paper-questions"),
            questions_lead: get("paper-questions-lead"),
            visit_date: get("paper-visit-date"),
            diary: get("paper-diary"),
            diary_lead: get("paper-diary-lead"),
            diary_columns: [
                get("paper-diary-date"),
                get("paper-diary-what"),
                get("paper-diary-how-bad"),
                get("paper-diary-what-i-did"),
            ],
        }
    }

    /// "Reviewed 4 December 2026" (the date already in words).
    pub fn reviewed(&self, date: &str) -> String {
        self.phrases
            .with("paper-reviewed", &[("date", date.into())])
            .into_owned()
    }

    /// "section 3.2", after a link to a section of the handout.
    pub fn section(&self, number: &str) -> String {
        self.phrases
            .with("paper-section", &[("number", number.into())])
            .into_owned()
    }

    /// "Guide version 2026.12".
    pub fn version(&self, version: &str) -> String {
        self.phrases
            .with("paper-version", &[("version", version.into())])
            .into_owned()
    }

    /// "Page 3 of 12" as words and the places of the two numbers, in the
    /// order the language says them.
    pub fn page_footer(&self) -> Vec<PageFooter> {
        let said = self.phrases.with(
            "paper-page-of",
            &[("page", PAGE.into()), ("pages", PAGES.into())],
        );
        let mut out = Vec::new();
        let mut rest = said.as_ref();
        while !rest.is_empty() {
            let next = [(PAGE, PageFooter::Page), (PAGES, PageFooter::Pages)]
                .into_iter()
                .filter_map(|(mark, piece)| rest.find(mark).map(|at| (at, mark, piece)))
                .min_by_key(|(at, _, _)| *at);
            match next {
                Some((at, mark, piece)) => {
                    if at > 0 {
                        out.push(PageFooter::Words(rest[..at].to_string()));
                    }
                    out.push(piece);
                    rest = &rest[at + mark.len()..];
                }
                None => {
                    out.push(PageFooter::Words(rest.to_string()));
                    rest = "";
                }
            }
        }
        out
    }
}

/// The paper words for a guide, in its language.
pub fn paper_words(guide: &Guide) -> PaperWords {
    PaperWords::new(&guide.phrases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_footer_keeps_each_language_s_order() {
        let english = PaperWords::new(&Phrases::built_in("en"));
        assert_eq!(
            english.page_footer(),
            [
                PageFooter::Words("Page ".into()),
                PageFooter::Page,
                PageFooter::Words(" of ".into()),
                PageFooter::Pages
            ]
        );
        let spanish = PaperWords::new(&Phrases::built_in("es"));
        assert_eq!(
            spanish.page_footer(),
            [
                PageFooter::Words("Página ".into()),
                PageFooter::Page,
                PageFooter::Words(" de ".into()),
                PageFooter::Pages
            ]
        );
    }

    #[test]
    fn labels_with_words_in_them_follow_the_language() {
        let spanish = PaperWords::new(&Phrases::built_in("es"));
        assert_eq!(
            spanish.reviewed("4 de diciembre de 2026"),
            "Revisado el 4 de diciembre de 2026"
        );
        assert_eq!(spanish.section("3.2"), "sección 3.2");
        assert_eq!(spanish.diary_columns[0], "Fecha");
    }
}
