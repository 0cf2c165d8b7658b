//! Reading ease for Spanish: the Szigriszt-Pazos formula (Flesch's
//! reading ease refitted to Spanish) read on the INFLESZ scale, which
//! Barrio-Cantalejo and colleagues validated on Spanish texts written
//! for patients (Anales del Sistema Sanitario de Navarra, 2008, 31(2):
//! 135-152). Higher is easier, unlike a grade.

/// The whole Spanish guide, over every word of every section, must read
/// at least this easily: "bastante fácil" on the INFLESZ scale.
pub const GUIDE_EASE_MIN: f64 = 65.0;

/// A Spanish section reading below this (with glossary words left out),
/// "algo difícil" or harder, is reported.
pub const SECTION_EASE_MIN: f64 = 55.0;

/// `206.835 − 62.3 × syllables per word − words per sentence`; 0.0 when
/// there are no words.
pub fn szigriszt_pazos(words: usize, sentences: usize, syllables: usize) -> f64 {
    if words == 0 || sentences == 0 {
        return 0.0;
    }
    let words_f = words as f64;
    206.835 - 62.3 * syllables as f64 / words_f - words_f / sentences as f64
}

/// The five steps of the INFLESZ scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    VeryHard,
    SomewhatHard,
    Normal,
    FairlyEasy,
    VeryEasy,
}

impl Level {
    /// The step a reading ease falls on: below 40, 40 to 55, 55 to 65, 65
    /// to 80, 80 and above.
    pub fn of(ease: f64) -> Level {
        match ease {
            e if e >= 80.0 => Level::VeryEasy,
            e if e >= GUIDE_EASE_MIN => Level::FairlyEasy,
            e if e >= SECTION_EASE_MIN => Level::Normal,
            e if e >= 40.0 => Level::SomewhatHard,
            _ => Level::VeryHard,
        }
    }

    /// The step's name on the scale, in Spanish as published.
    pub fn name(self) -> &'static str {
        match self {
            Level::VeryHard => "muy difícil",
            Level::SomewhatHard => "algo difícil",
            Level::Normal => "normal",
            Level::FairlyEasy => "bastante fácil",
            Level::VeryEasy => "muy fácil",
        }
    }
}
