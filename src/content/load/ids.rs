//! Ids: every section, source and glossary term is named by a slug, so
//! links stay stable and messages stay readable.

use crate::content::fields::Text;
use crate::content::problem::{Problem, SourceText};

/// Ids are slugs so they stay stable in links and readable in messages.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

pub fn check_slug(file: &SourceText, id: &Text, problems: &mut Vec<Problem>) {
    if !is_slug(&id.value) {
        problems.push(file.error(
            id.span.start,
            format!(
                "The id \"{}\" is not a slug. Use lowercase letters, digits and single hyphens, like \"{}\".",
                id.value,
                slugify(&id.value)
            ),
        ));
    }
}

/// "Type 1 diabetes" → "type-1-diabetes"; accents are dropped, so
/// "Guillain-Barré" → "guillain-barre".
pub fn slugify(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut slug = String::new();
    for c in text.nfd().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        "term".to_string()
    } else {
        slug
    }
}
