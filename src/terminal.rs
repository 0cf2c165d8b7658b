//! The terminal itself: setting it up (raw mode, the alternate screen,
//! mouse and paste reporting, the cursor hidden), putting it back on every
//! way out (a normal end, an error, a panic, a signal), giving it back
//! while the program is stopped (Ctrl+Z, SIGTSTP) and taking it again.
//! With [`reader`] (the keys) and [`signals`], the only code that talks
//! to the terminal.

pub mod background;
pub mod decode;
pub mod reader;
pub mod signals;

use std::io::{self, Write};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

/// Whether the terminal is in our hands; restoring twice would print stray
/// escape codes, restoring never would leave a broken shell.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Takes the terminal: raw mode, the alternate screen, bracketed paste,
/// the cursor hidden, and mouse reporting if asked for. A panic from here
/// on puts it back before the panic's message is printed.
pub fn enter(mouse: bool) -> io::Result<()> {
    static HOOK: Once = Once::new();
    HOOK.call_once(install_panic_hook);
    MOUSE.store(mouse, Ordering::SeqCst);
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
    }
    Ok(())
}

/// Puts the terminal back as it was. Safe to call from anywhere, any number
/// of times; errors are ignored because the terminal may already be gone
/// (after SIGHUP), and there is nothing better to do on the way out.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Ctrl+Z from outside (SIGTSTP): the terminal is put back, then the
/// program stops as it would have without us. This returns once it is
/// continued (SIGCONT), with the terminal set up again.
pub fn suspend_until_continued() -> io::Result<()> {
    let mouse = MOUSE.load(Ordering::SeqCst);
    restore();
    // SIGSTOP cannot be caught: the program stops right here.
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    enter(mouse)
}

/// After SIGCONT: the shell may have changed the terminal's settings
/// while the program was stopped, so they are made again.
pub fn take_again() -> io::Result<()> {
    let mouse = MOUSE.load(Ordering::SeqCst);
    ACTIVE.store(false, Ordering::SeqCst);
    enter(mouse)
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
