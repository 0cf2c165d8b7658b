//! Plain-text output: `immunoguide print`, and what happens when the
//! output is not a terminal.

use std::process::ExitCode;

use crate::content::Guide;

pub fn run(guide: &Guide, section: Option<&str>, width: u16) -> ExitCode {
    let _ = (guide, section, width);
    ExitCode::SUCCESS
}
