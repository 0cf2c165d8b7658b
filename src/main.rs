//! The `immunoguide` program; everything it does lives in the library.

fn main() -> std::process::ExitCode {
    immunoguide::cli::run()
}
