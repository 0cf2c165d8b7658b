//! The manifest's help lines (`[[help_line]]`): phone lines anyone may
//! call with questions about cancer, named when search has no answer.

use std::ops::Range;

use toml::de::DeTable;

use super::super::fields::Fields;
use super::super::model::HelpLine;
use super::super::problem::{Problem, SourceText};

/// Fewest digits a phone number has: "1-800-4-CANCER" has five.
const MIN_DIGITS: usize = 3;

pub(super) fn read(
    file: &SourceText,
    tables: Vec<(&DeTable<'_>, Range<usize>)>,
    p: &mut Vec<Problem>,
) -> Vec<HelpLine> {
    let mut lines = Vec::new();
    for (table, span) in tables {
        let mut f = Fields::new(table, span, file, "This help line");
        let name = f.text("name", true, p);
        let phone = f.text("phone", true, p);
        f.finish(p);
        let (Some(name), Some(phone)) = (name, phone) else {
            continue;
        };
        if name.value.trim().is_empty() {
            p.push(file.error(
                name.span.start,
                "`name` is empty. Write who answers this line.",
            ));
        }
        let digits = phone.value.chars().filter(char::is_ascii_digit).count();
        if digits < MIN_DIGITS {
            p.push(file.error(
                phone.span.start,
                format!(
                    "`phone` should be a phone number, like \"1-800-227-2345\", but it is \"{}\".",
                    phone.value
                ),
            ));
        }
        lines.push(HelpLine {
            name: name.value,
            phone: phone.value,
        });
    }
    lines
}
