//! The fixed words printed on paper: headings, labels and the fill-in
//! forms. They live here, one set per language, so a translation replaces
//! them whole and no writer has to hunt for a string in the code.

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
};

/// The words for a guide's language (its `language` tag, `en`). Only
/// English so far: a translation adds its own set and an arm here.
/// Languages without a set yet get English, so a new guide prints before
/// its paper words are translated.
pub fn paper_words(_language: &str) -> &'static PaperWords {
    &ENGLISH
}
