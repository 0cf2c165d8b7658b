//! The guide's content: files in, a validated [`Guide`] out. Nothing here
//! knows about the terminal.

pub mod body;
pub mod fields;
pub mod files;
pub mod links;
pub mod lint;
pub mod load;
pub mod markup;
pub mod model;
pub mod problem;
pub mod readability;
pub mod sources;
pub mod translation;

pub use body::{Block, Blocks, Body, BodyBuilder, CalloutKind, Emphasis, Items, Paragraph, Span};
pub use files::{Embedded, Folder, GuideFiles, InMemory};
pub use load::{load, load_about};
pub use model::{Date, Guide, HelpLine, Section, Source, Symptom, Term, Urgency};
pub use problem::{Problem, Severity};
