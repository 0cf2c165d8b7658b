//! Telling the person at the terminal about a guide's problems: each one
//! on its own line (file:line:column, what is wrong, what to do), then
//! what that means for them. Used by the command line, `check` and a
//! running reader alike, so none of them calls up into another.

use std::process::ExitCode;

use crate::content::Problem;
use crate::message::say;

/// Each problem on its own line on standard error.
pub fn problems(problems: &[Problem]) {
    for problem in problems {
        say(problem);
    }
}

/// Lists a guide's problems and says it cannot be opened; the exit status
/// for that.
pub fn cannot_open(problems: &[Problem]) -> ExitCode {
    self::problems(problems);
    say(format!(
        "immunoguide: the guide has {} problem(s) and cannot be opened. Fix them and try again; `immunoguide check` lists them.",
        problems.len()
    ));
    ExitCode::from(1)
}

/// Lists what is wrong with a guide folder's own screen words, before the
/// screen changes (so the lines are there to read once the guide is
/// closed), and says what that means: the guide opens all the same.
pub fn screen_words(problems: &[Problem]) {
    if problems.is_empty() {
        return;
    }
    self::problems(problems);
    say(
        "immunoguide: the guide's screen.ftl has the problems above; the built-in words are shown where it could not be used. `immunoguide check` lists them too.",
    );
}
