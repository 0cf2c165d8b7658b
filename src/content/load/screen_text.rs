//! A guide folder's own screen words (`screen.ftl`, beside guide.toml):
//! put on the guide when it is there, with what is wrong in it as
//! problems at their file:line:column. A broken file never stops a
//! guide: the built-in words stand in for what could not be read.

use crate::content::files::GuideFiles;
use crate::content::model::Guide;
use crate::content::problem::{Severity, SourceText, file_problem};
use crate::phrases::{Phrases, SCREEN_FILE};

/// The guide with its folder's own screen words, if it has any.
pub(super) fn attach(files: &dyn GuideFiles, mut guide: Guide) -> Guide {
    if !files.has(SCREEN_FILE) {
        return guide;
    }
    let name = files.display_name(SCREEN_FILE);
    let text = match files.read(SCREEN_FILE) {
        Ok(text) => text,
        Err(message) => {
            guide.phrase_problems.push(file_problem(
                &name,
                format!("{message} The built-in screen words are shown instead."),
            ));
            return guide;
        }
    };
    let source = SourceText::new(name, text.replace("\r\n", "\n"));
    let (phrases, problems) = Phrases::with_own(&guide.about.language, source.text.clone());
    guide.phrases = phrases;
    guide.phrase_problems = problems
        .into_iter()
        .map(|p| {
            let severity = if p.serious {
                Severity::Error
            } else {
                Severity::Warning
            };
            source.problem(severity, p.offset, p.message)
        })
        .collect();
    guide
}
