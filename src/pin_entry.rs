//! `immunoguide kiosk hash-pin`: asks for a PIN twice without showing it and
//! prints its salted hash for the kiosk settings file.

use std::io::{self, BufRead, IsTerminal, Write};
use std::process::ExitCode;

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::crossterm::terminal::{disable_raw_mode, enable_raw_mode};

use crate::kiosk::pin::hash_pin;

pub fn hash_pin_command() -> ExitCode {
    let first = match ask("New kiosk PIN: ") {
        Ok(pin) => pin,
        Err(e) => return fail(&e),
    };
    let second = match ask("The same PIN again: ") {
        Ok(pin) => pin,
        Err(e) => return fail(&e),
    };
    if first != second {
        return fail("The two PINs are not the same. Nothing was made; try again.");
    }
    match hash_pin(&first) {
        Ok(hash) => {
            crate::message::print(&format!("{hash}\n"));
            let _ = writeln!(
                io::stderr(),
                "Paste this line into the kiosk settings as pin_hash = \"...\"."
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

fn fail(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "immunoguide kiosk hash-pin: {message}");
    ExitCode::from(1)
}

/// Reads one line. At a terminal, nothing typed is shown; from a pipe
/// (a setup script) the line is read as it is.
fn ask(prompt: &str) -> Result<String, String> {
    let mut err = io::stderr();
    let _ = write!(err, "{prompt}");
    let _ = err.flush();
    if !io::stdin().is_terminal() {
        let mut line = String::new();
        io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| format!("cannot read the PIN: {e}"))?;
        let _ = writeln!(err);
        return Ok(line.trim_end_matches(['\n', '\r']).to_string());
    }
    enable_raw_mode().map_err(|e| format!("cannot use the terminal: {e}"))?;
    let result = read_hidden();
    let _ = disable_raw_mode();
    let _ = writeln!(err);
    result
}

fn read_hidden() -> Result<String, String> {
    let mut pin = String::new();
    loop {
        match event::read().map_err(|e| format!("cannot read the PIN: {e}"))? {
            Event::Key(key) if key.kind == KeyEventKind::Press => match key.code {
                KeyCode::Enter => return Ok(pin),
                KeyCode::Backspace => {
                    pin.pop();
                }
                KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                    return Err("cancelled.".into());
                }
                KeyCode::Esc => return Err("cancelled.".into()),
                KeyCode::Char(c) if pin.chars().count() < 64 => pin.push(c),
                _ => {}
            },
            _ => {}
        }
    }
}
