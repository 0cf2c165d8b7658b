//! The terminal: setting it up, restoring it on every exit path, and the
//! event loop.

use std::process::ExitCode;

use crate::cli::Cli;
use crate::content::Guide;

pub fn run(guide: Guide, cli: &Cli) -> ExitCode {
    let _ = (guide, cli);
    ExitCode::SUCCESS
}
