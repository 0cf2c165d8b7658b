//! Alphabetical order for the glossary and the symptom list, by the rules
//! of the guide's language: case and accents do not change the order
//! ("Órgano" sits among the o's, not after z), and in Spanish ñ is a
//! letter of its own, after n ("unidad" before "uña").

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::language::Language;

/// The combining tilde that makes n into ñ when a letter is decomposed.
const TILDE: char = '\u{303}';

/// What a name is sorted by: its letters without case or accents (each
/// letter's weight twice its code, so ñ fits between n and o), then the
/// name as written, so names that differ only in accents keep one order.
pub fn sort_key(name: &str, language: Language) -> (Vec<u32>, String) {
    let mut weights: Vec<u32> = Vec::with_capacity(name.len());
    for c in name.chars() {
        decompose_canonical(c, |d| {
            if is_combining_mark(d) {
                if d == TILDE
                    && language == Language::Spanish
                    && let Some(last) = weights.last_mut()
                    && *last == u32::from('n') * 2
                {
                    *last += 1;
                }
                return;
            }
            weights.extend(d.to_lowercase().map(|l| u32::from(l) * 2));
        });
    }
    (weights, name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str], language: Language) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        names.sort_by_cached_key(|n| sort_key(n, language));
        names
    }

    #[test]
    fn spanish_order_ignores_accents_and_puts_n_tilde_after_n() {
        let names = [
            "Uña",
            "Unidad",
            "Úlcera",
            "órgano",
            "Oncólogo",
            "Pulmón",
            "Náuseas",
        ];
        assert_eq!(
            sorted(&names, Language::Spanish),
            [
                "Náuseas",
                "Oncólogo",
                "órgano",
                "Pulmón",
                "Úlcera",
                "Unidad",
                "Uña"
            ]
        );
        // Written with a separate tilde, ñ is still ñ.
        assert_eq!(
            sorted(&["Un\u{303}a", "Unidad"], Language::Spanish),
            ["Unidad", "Un\u{303}a"]
        );
        // In English ñ is an n with an accent.
        assert_eq!(
            sorted(&["Uña", "Unidad", "Úlcera"], Language::English),
            ["Úlcera", "Uña", "Unidad"]
        );
    }

    #[test]
    fn english_order_is_a_to_z_without_case() {
        assert_eq!(
            sorted(
                &["steroid", "Antigen", "CAR T-cell therapy", "Cancer"],
                Language::English
            ),
            ["Antigen", "Cancer", "CAR T-cell therapy", "steroid"]
        );
    }
}
