//! How a run ended: the exit status it gives, and the reason the staff
//! log names.

use crate::content::Problem;
use crate::terminal::signals;

#[derive(Debug)]
pub enum Outcome {
    /// The reader quit (q).
    Quit,
    /// Staff left the kiosk with the PIN.
    StaffLeft,
    /// The terminal's input ended: it was closed.
    InputClosed,
    /// A signal that ends the program.
    Signal(i32),
    /// The rest of the built-in guide could not be read after its welcome
    /// screen was up.
    GuideFailed(Vec<Problem>),
    /// Drawing or setting up the terminal failed.
    TerminalFailed(String),
}

impl Outcome {
    /// The exit status: 0 for a normal end, 128 + n for signal n (as a
    /// shell reports a program the signal ended), 1 for a failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Outcome::Quit | Outcome::StaffLeft | Outcome::InputClosed => 0,
            Outcome::Signal(signal) => {
                128u8.saturating_add(u8::try_from(*signal).unwrap_or(127).min(127))
            }
            Outcome::GuideFailed(_) | Outcome::TerminalFailed(_) => 1,
        }
    }

    /// Why it stopped, in words for the staff log.
    pub fn reason(&self) -> String {
        match self {
            Outcome::Quit => "quit".into(),
            Outcome::StaffLeft => "staff left with the PIN".into(),
            Outcome::InputClosed => "the terminal's input ended: it was closed".into(),
            Outcome::Signal(signal) => signals::describe(*signal),
            Outcome::GuideFailed(problems) => {
                format!("the guide could not be read: {} problem(s)", problems.len())
            }
            Outcome::TerminalFailed(e) => format!("the terminal could not be used: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::problem::file_problem;

    #[test]
    fn every_outcome_has_its_exit_status_and_its_own_reason() {
        use signal_hook::consts::signal::*;
        let cases = [
            (Outcome::Quit, 0),
            (Outcome::StaffLeft, 0),
            (Outcome::InputClosed, 0),
            (Outcome::Signal(SIGHUP), 129),
            (Outcome::Signal(SIGINT), 130),
            (Outcome::Signal(SIGQUIT), 131),
            (Outcome::Signal(SIGUSR1), 138),
            (Outcome::Signal(SIGUSR2), 140),
            (Outcome::Signal(SIGPIPE), 141),
            (Outcome::Signal(SIGALRM), 142),
            (Outcome::Signal(SIGTERM), 143),
            (
                Outcome::GuideFailed(vec![file_problem("guide.toml", "Broken.")]),
                1,
            ),
            (Outcome::TerminalFailed("gone".into()), 1),
        ];
        let mut reasons = Vec::new();
        for (outcome, code) in &cases {
            assert_eq!(outcome.exit_code(), *code, "{outcome:?}");
            let reason = outcome.reason();
            assert_ne!(reason, "signal", "{outcome:?}");
            reasons.push(reason);
        }
        let mut unique = reasons.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), reasons.len(), "{reasons:?}");
    }
}
