//! The fixed words printed on paper: headings, labels, dates, the review
//! note and the fill-in forms. They live here, one set per language, so a
//! translation replaces them whole and no writer has to hunt for a string
//! in the code.

use crate::content::model::{About, Date};
use crate::language::Language;

/// Every fixed word `print` and `export` put on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaperWords {
    pub contents: &'static str,
    pub glossary: &'static str,
    pub sources: &'static str,
    pub sources_lead: &'static str,
    pub reviewed: &'static str,
    pub also_called: &'static str,
    pub see_also: &'static str,
    pub section: &'static str,
    pub not_in_handout: &'static str,
    pub disclaimer_label: &'static str,
    pub version: &'static str,
    pub page: &'static str,
    pub of: &'static str,
    pub fill_in: &'static str,
    pub fill_in_lead: &'static str,
    pub card: &'static str,
    pub card_lead: &'static str,
    /// Each line of the care-team card, in order.
    pub card_lines: [&'static str; 6],
    pub questions: &'static str,
    pub questions_lead: &'static str,
    pub visit_date: &'static str,
    pub diary: &'static str,
    pub diary_lead: &'static str,
    /// The diary's columns: date, what, how bad, what I did.
    pub diary_columns: [&'static str; 4],
    pub months: [&'static str; 12],
    /// A date, with `{day}`, `{month}` and `{year}` in their places.
    pub date: &'static str,
    /// The guide's review, with `{date}` and `{who}` (the clinic that
    /// reviewed it) in their places.
    pub review_by_clinic: &'static str,
    /// The guide's review when no clinic has reviewed it yet, with `{date}`.
    pub review_not_by_clinic: &'static str,
}

impl PaperWords {
    /// A date in words: "4 December 2026", "4 de diciembre de 2026".
    pub fn date(&self, date: &Date) -> String {
        let month = self
            .months
            .get(usize::from(date.month).saturating_sub(1))
            .copied()
            .unwrap_or("?");
        self.date
            .replace("{day}", &date.day.to_string())
            .replace("{month}", month)
            .replace("{year}", &date.year.to_string())
    }

    /// When the guide was reviewed, and whether by the clinic handing it
    /// out.
    pub fn review_note(&self, about: &About) -> String {
        let date = self.date(&about.reviewed);
        match &about.reviewed_by {
            Some(who) => self
                .review_by_clinic
                .replace("{date}", &date)
                .replace("{who}", who),
            None => self.review_not_by_clinic.replace("{date}", &date),
        }
    }
}

/// English: the guide's own language today.
pub const ENGLISH: PaperWords = PaperWords {
    contents: "Contents",
    glossary: "Glossary",
    sources: "Sources",
    sources_lead: "The numbers in the text point to these sources.",
    reviewed: "Reviewed",
    also_called: "Also called",
    see_also: "See",
    section: "section",
    not_in_handout: "in the full guide",
    disclaimer_label: "Please read",
    version: "Guide version",
    page: "Page",
    of: "of",
    fill_in: "To fill in and keep",
    fill_in_lead: "Write on these pages. Keep them with this guide and bring them to your visits.",
    card: "My care team",
    card_lead: "Keep this card where you can find it fast, such as on the fridge or in your wallet.",
    card_lines: [
        "My clinic or hospital",
        "My doctor",
        "My nurse",
        "Phone in the daytime",
        "Phone at night and at weekends",
        "My treatment and when I started it",
    ],
    questions: "Questions for my next visit",
    questions_lead: "Write your questions down as you think of them. Take this page to your visit.",
    visit_date: "Date of my visit",
    diary: "Symptom diary",
    diary_lead: "Write down any change in how you feel, even a small one. Show this page to your care team.",
    diary_columns: ["Date", "What I noticed", "How bad (0 to 10)", "What I did"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    date: "{day} {month} {year}",
    review_by_clinic: "Guide reviewed {date}. Reviewed by your clinic: {who}.",
    review_not_by_clinic: "Guide reviewed {date}. Not yet reviewed by your clinic.",
};

/// Spanish: plain words, "usted", as the Spanish guide is written.
pub const SPANISH: PaperWords = PaperWords {
    contents: "Índice",
    glossary: "Glosario",
    sources: "Fuentes",
    sources_lead: "Los números del texto se refieren a estas fuentes.",
    reviewed: "Revisado el",
    also_called: "También se llama",
    see_also: "Vea",
    section: "sección",
    not_in_handout: "en la guía completa",
    disclaimer_label: "Lea esto",
    version: "Versión de la guía",
    page: "Página",
    of: "de",
    fill_in: "Para llenar y guardar",
    fill_in_lead: "Escriba en estas páginas. Guárdelas con esta guía y tráigalas a sus citas.",
    card: "Mi equipo de atención médica",
    card_lead: "Guarde esta tarjeta donde la pueda encontrar rápido, como en el refrigerador o en su cartera.",
    card_lines: [
        "Mi clínica u hospital",
        "Mi médico",
        "Mi enfermera o enfermero",
        "Teléfono de día",
        "Teléfono de noche y los fines de semana",
        "Mi tratamiento y cuándo lo empecé",
    ],
    questions: "Preguntas para mi próxima cita",
    questions_lead: "Escriba sus preguntas cuando se le ocurran. Lleve esta página a su cita.",
    visit_date: "Fecha de mi cita",
    diary: "Diario de síntomas",
    diary_lead: "Anote cualquier cambio en cómo se siente, aunque sea pequeño. Muestre esta página a su equipo de atención médica.",
    diary_columns: [
        "Fecha",
        "Lo que noté",
        "Qué tan fuerte (0 a 10)",
        "Lo que hice",
    ],
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    date: "{day} de {month} de {year}",
    review_by_clinic: "Guía revisada el {date}. Revisada por su clínica: {who}.",
    review_not_by_clinic: "Guía revisada el {date}. Todavía no revisada por su clínica.",
};

/// The words for a guide's language (its `language` tag: `en`, `es`). A
/// new language adds its own set and an arm here; until then it gets
/// English, so a new guide prints before its paper words are translated.
pub fn paper_words(language: &str) -> &'static PaperWords {
    match Language::from_code(language) {
        Some(Language::Spanish) => &SPANISH,
        Some(Language::English) | None => &ENGLISH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_words_and_dates() {
        assert_eq!(paper_words("es"), &SPANISH);
        assert_eq!(paper_words("es-MX"), &SPANISH);
        assert_eq!(paper_words("en"), &ENGLISH);
        assert_eq!(paper_words("fr"), &ENGLISH);
        let date = Date {
            year: 2026,
            month: 12,
            day: 4,
        };
        // English dates on paper are the dates the screen shows.
        assert_eq!(ENGLISH.date(&date), date.long());
        assert_eq!(SPANISH.date(&date), "4 de diciembre de 2026");
    }

    #[test]
    fn the_review_note_says_who_reviewed_the_guide() {
        let mut about = About {
            reviewed: Date {
                year: 2026,
                month: 1,
                day: 15,
            },
            ..About::default()
        };
        assert_eq!(ENGLISH.review_note(&about), about.review_note());
        assert_eq!(
            SPANISH.review_note(&about),
            "Guía revisada el 15 de enero de 2026. Todavía no revisada por su clínica."
        );
        about.reviewed_by = Some("Clínica del Valle".into());
        assert_eq!(ENGLISH.review_note(&about), about.review_note());
        assert_eq!(
            SPANISH.review_note(&about),
            "Guía revisada el 15 de enero de 2026. Revisada por su clínica: Clínica del Valle."
        );
    }
}
