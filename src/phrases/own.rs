//! A guide folder's own `screen.ftl`: read as far as it can be, and
//! checked against the English words, which name every message the
//! screens use and the arguments each is given. What is wrong is said
//! with its place in the file; the messages that could be read are used
//! all the same, and the rest come from the built-in words.

use std::collections::{BTreeSet, HashMap};

use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser::parse_runtime;

use super::{Bundle, new_bundle};
use crate::language::Language;

/// The name of a guide folder's own screen words, beside its guide.toml.
pub const SCREEN_FILE: &str = "screen.ftl";

/// Something wrong in a guide folder's own `screen.ftl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnProblem {
    /// Where, as a byte offset into the file.
    pub offset: usize,
    /// Whether a screen shows it wrongly (an error for `check`), rather
    /// than a message going unused or untranslated (a warning).
    pub serious: bool,
    /// What is wrong and what to do.
    pub message: String,
}

impl OwnProblem {
    fn error(offset: usize, message: String) -> Self {
        Self {
            offset,
            serious: true,
            message,
        }
    }

    fn warning(offset: usize, message: String) -> Self {
        Self {
            offset,
            serious: false,
            message,
        }
    }
}

/// Where the English words are, for people editing a file of their own.
const ENGLISH_FILE: &str = "guide/en/screen.ftl";

/// Reads a guide's own file for a language code into a bundle, with what
/// is wrong with it.
pub(super) fn read(code: &str, source: String, english: &Bundle) -> (Bundle, Vec<OwnProblem>) {
    let english_messages: HashMap<String, Vec<String>> =
        messages_in(super::built_in_source(Language::English))
            .into_iter()
            .collect();
    let mut problems = Vec::new();
    let own_messages = messages_in(&source);
    let offsets = MessagePlaces::new(&source);
    let resource = match FluentResource::try_new(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            problems.extend(errors.into_iter().map(|e| {
                OwnProblem::error(
                    e.pos.start,
                    format!(
                        "This is not valid Fluent ({}). The built-in words are shown for this message until it is fixed; compare it with the same message in {ENGLISH_FILE}.",
                        e.kind
                    ),
                )
            }));
            resource
        }
    };
    for (id, used) in &own_messages {
        let at = offsets.first(id);
        let Some(given) = english_messages.get(id) else {
            problems.push(OwnProblem::warning(
                at,
                format!(
                    "`{id}` is not a message any screen shows, so it is never used. Check its spelling against {ENGLISH_FILE}."
                ),
            ));
            continue;
        };
        let unknown: Vec<&String> = used.iter().filter(|v| !given.contains(v)).collect();
        if !unknown.is_empty() {
            let can = if given.is_empty() {
                "it is given none".to_string()
            } else {
                format!(
                    "it can use {}",
                    given
                        .iter()
                        .map(|v| format!("{{ ${v} }}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            problems.push(OwnProblem::error(
                at,
                format!(
                    "`{id}` uses {}, which this message is never given; {can}.",
                    unknown
                        .iter()
                        .map(|v| format!("{{ ${v} }}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
    let mut bundle = new_bundle(code);
    if let Err(errors) = bundle.add_resource(resource) {
        for error in errors {
            if let FluentError::Overriding { id, .. } = error {
                problems.push(OwnProblem::error(
                    offsets.second(&id),
                    format!("`{id}` is written twice; the first one is used. Delete the other."),
                ));
            }
        }
    }
    problems.extend(broken_references(
        &bundle,
        &own_messages,
        &english_messages,
        &offsets,
    ));
    // A language with built-in words falls back to them; any other falls
    // back to English, which the person editing the file should know.
    if Language::from_code(code).is_none() {
        let have: BTreeSet<&str> = own_messages.iter().map(|(id, _)| id.as_str()).collect();
        let mut missing: Vec<&str> = english_messages
            .keys()
            .map(String::as_str)
            .filter(|id| !have.contains(id) && english.has_message(id))
            .collect();
        missing.sort_unstable();
        if !missing.is_empty() {
            let shown: Vec<&str> = missing.iter().copied().take(8).collect();
            let more = if missing.len() > shown.len() {
                ", …"
            } else {
                ""
            };
            problems.push(OwnProblem::warning(
                0,
                format!(
                    "{} screen message(s) are not in this file, so they are shown in English: {}{more}. Copy them from {ENGLISH_FILE} and translate them.",
                    missing.len(),
                    shown.join(", ")
                ),
            ));
        }
    }
    problems.sort_by_key(|p| p.offset);
    (bundle, problems)
}

/// Messages that name a term or another message the file does not have:
/// found by saying each one with every argument English gives it.
fn broken_references(
    bundle: &Bundle,
    own: &[(String, Vec<String>)],
    english: &HashMap<String, Vec<String>>,
    offsets: &MessagePlaces,
) -> Vec<OwnProblem> {
    let mut problems = Vec::new();
    for (id, _) in own {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut args = FluentArgs::new();
        for name in english.get(id).into_iter().flatten() {
            args.set(name.as_str(), FluentValue::from(1));
        }
        let mut errors = Vec::new();
        let _ = bundle.format_pattern(pattern, Some(&args), &mut errors);
        for error in errors {
            let FluentError::ResolverError(error) = error else {
                continue;
            };
            let what = match error {
                ResolverError::Reference(ReferenceKind::Function { id }) => {
                    format!("uses the function `{id}`, which the program does not have")
                }
                ResolverError::Reference(ReferenceKind::Message { id, .. }) => {
                    format!("refers to the message `{id}`, which this file does not have")
                }
                ResolverError::Reference(ReferenceKind::Term { id, .. }) => {
                    format!("refers to the term `-{id}`, which this file does not have")
                }
                ResolverError::Cyclic => "refers back to itself".to_string(),
                // Unknown arguments are reported above, with the ones it
                // can use.
                _ => continue,
            };
            problems.push(OwnProblem::error(
                offsets.first(id),
                format!("`{id}` {what}. Write the words out in it instead."),
            ));
        }
    }
    problems
}

/// Where each message starts in a file (a line beginning `id =`), to
/// point at it: the parser's tree keeps no places.
struct MessagePlaces(HashMap<String, Vec<usize>>);

impl MessagePlaces {
    fn new(source: &str) -> Self {
        let mut places: HashMap<String, Vec<usize>> = HashMap::new();
        let mut offset = 0;
        for line in source.split_inclusive('\n') {
            let id: String = line
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if !id.is_empty() && line[id.len()..].trim_start().starts_with('=') {
                places.entry(id).or_default().push(offset);
            }
            offset += line.len();
        }
        Self(places)
    }

    fn first(&self, id: &str) -> usize {
        self.0.get(id).and_then(|p| p.first()).copied().unwrap_or(0)
    }

    fn second(&self, id: &str) -> usize {
        self.0
            .get(id)
            .and_then(|p| p.get(1).or(p.first()))
            .copied()
            .unwrap_or(0)
    }
}

/// The messages in a file, each with the arguments it uses (sorted), in
/// file order. What cannot be read is left out.
pub(super) fn messages_in(source: &str) -> Vec<(String, Vec<String>)> {
    let resource = match parse_runtime(source) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let mut used = BTreeSet::new();
                for pattern in message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value))
                {
                    pattern_variables(pattern, &mut used);
                }
                Some((message.id.name.to_string(), used.into_iter().collect()))
            }
            _ => None,
        })
        .collect()
}

fn pattern_variables(pattern: &ast::Pattern<&str>, used: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, used);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, used: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, used),
        Expression::Select { selector, variants } => {
            inline_variables(selector, used);
            for variant in variants {
                pattern_variables(&variant.value, used);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, used: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            used.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            call_variables(arguments, used);
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_variables(arguments, used),
        InlineExpression::Placeable { expression } => expression_variables(expression, used),
        _ => {}
    }
}

fn call_variables(arguments: &ast::CallArguments<&str>, used: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        inline_variables(positional, used);
    }
    for named in &arguments.named {
        inline_variables(&named.value, used);
    }
}
