//! The signals the program answers, and what each means in words for the
//! staff log. Every one that would end the program is caught, so the
//! terminal is put back first; the program then ends with 128 + the
//! signal's number, as if the signal had ended it.

use signal_hook::consts::signal::{
    SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGPIPE, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2,
    SIGWINCH,
};

/// Signals whose default is to end the program.
pub const ENDING: [i32; 8] = [
    SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
];
/// Ctrl+Z from outside: stop (the terminal given back first).
pub const STOP: i32 = SIGTSTP;
/// Going on after a stop: the terminal is set up again and redrawn.
pub const CONTINUE: i32 = SIGCONT;
/// The window changed size.
pub const RESIZED: i32 = SIGWINCH;

/// Every signal the program catches.
pub fn caught() -> Vec<i32> {
    let mut all = ENDING.to_vec();
    all.extend([STOP, CONTINUE, RESIZED]);
    all
}

/// The signal's name and what usually sends it, for the staff log.
pub fn describe(signal: i32) -> String {
    let why = match signal {
        SIGTERM => "SIGTERM: asked to stop, as by `systemctl stop` or `kill`",
        SIGHUP => "SIGHUP: the terminal was closed",
        SIGINT => "SIGINT: interrupted",
        SIGQUIT => "SIGQUIT: asked to quit",
        SIGUSR1 => "SIGUSR1",
        SIGUSR2 => "SIGUSR2",
        SIGALRM => "SIGALRM: a timer ran out",
        SIGPIPE => "SIGPIPE: the output was closed",
        _ => return format!("signal {signal}"),
    };
    why.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_ending_signal_has_a_name_and_its_own_number() {
        for signal in ENDING {
            assert!(describe(signal).starts_with("SIG"), "{signal}");
        }
        let mut numbers = caught();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), 11);
    }
}
