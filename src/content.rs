//! The guide's content: files in, a validated [`Guide`] out. Nothing here
//! knows about the terminal.

pub mod fields;
pub mod files;
pub mod lint;
pub mod load;
pub mod markup;
pub mod model;
pub mod problem;
pub mod readability;

pub use files::{Embedded, Folder, GuideFiles, InMemory};
pub use load::load;
pub use model::{Block, Body, CalloutKind, Date, Guide, Section, Source, Span, SpanText, Term};
pub use problem::{Problem, Severity};
