//! Writes immunoguide's manual pages, made from its command line, into a
//! folder: `immunoguide.1` and one page per command (`immunoguide-check.1`
//! and so on). `scripts/package-check.sh` runs it when it builds the Debian
//! package; the file names go to standard output, one a line.
//!
//! ```text
//! cargo run --release --example man-pages -- --dir target/man --date 2026-01-31
//! man -l target/man/immunoguide.1
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use immunoguide::cli::Cli;
use immunoguide::install_files::man_pages;

#[derive(Debug, Parser)]
#[command(about = "Write immunoguide's manual pages into a folder.")]
struct Args {
    /// The folder to write the pages into (made if missing).
    #[arg(long, value_name = "DIR")]
    dir: PathBuf,
    /// Shown at the foot of each page, for example 2026-01-31.
    #[arg(long, default_value = "")]
    date: String,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Err(e) = std::fs::create_dir_all(&args.dir) {
        eprintln!("man-pages: cannot make {}: {e}", args.dir.display());
        return ExitCode::from(1);
    }
    for page in man_pages(Cli::command(), &args.date) {
        let path = args.dir.join(&page.file_name);
        if let Err(e) = std::fs::write(&path, &page.text) {
            eprintln!("man-pages: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
        println!("{}", page.file_name);
    }
    ExitCode::SUCCESS
}
