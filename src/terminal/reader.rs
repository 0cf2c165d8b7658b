//! The thread that reads the keyboard (and the mouse, and pastes) from
//! the terminal, a byte at a time through [`super::decode`], waking when
//! an unfinished sequence has waited too long so it can be dropped.

use std::fs::File;
use std::io::{self, IsTerminal};
use std::os::fd::{AsRawFd, RawFd};
use std::time::Instant;

use ratatui::crossterm::event::Event;

use super::decode::Decoder;

/// Where the keys come from: standard input if it is the terminal, or
/// the terminal itself (`/dev/tty`) when input was redirected.
pub struct Keyboard {
    /// Kept open for as long as it is read.
    _tty: Option<File>,
    fd: RawFd,
}

impl Keyboard {
    pub fn open() -> io::Result<Keyboard> {
        if io::stdin().is_terminal() {
            return Ok(Keyboard {
                _tty: None,
                fd: io::stdin().as_raw_fd(),
            });
        }
        let tty = File::open("/dev/tty")?;
        let fd = tty.as_raw_fd();
        Ok(Keyboard {
            _tty: Some(tty),
            fd,
        })
    }

    /// Reads until the terminal's input ends (it was closed or hung up),
    /// handing each event to `send`; stops early if `send` says so.
    pub fn read_all(&self, mut send: impl FnMut(Event) -> bool) {
        let mut decoder = Decoder::default();
        let mut buf = [0u8; 1024];
        loop {
            let wait = decoder
                .deadline()
                .map(|d| d.saturating_duration_since(Instant::now()));
            match self.wait_readable(wait) {
                Ok(true) => {}
                Ok(false) => {
                    for event in decoder.expire(Instant::now()) {
                        if !send(event) {
                            return;
                        }
                    }
                    continue;
                }
                Err(_) => return,
            }
            // SAFETY: `buf` is valid for writes of its length, and `fd`
            // stays open while `self` lives.
            let n = unsafe { libc::read(self.fd, buf.as_mut_ptr().cast(), buf.len()) };
            let Ok(n) = usize::try_from(n) else {
                let error = io::Error::last_os_error();
                if matches!(
                    error.kind(),
                    io::ErrorKind::Interrupted | io::ErrorKind::WouldBlock
                ) {
                    continue;
                }
                return;
            };
            if n == 0 {
                return;
            }
            for event in decoder.feed(&buf[..n], n == buf.len(), Instant::now()) {
                if !send(event) {
                    return;
                }
            }
        }
    }

    /// Waits until there is something to read (true), or `wait` passed
    /// (false). Signals interrupting the wait are not errors.
    fn wait_readable(&self, wait: Option<std::time::Duration>) -> io::Result<bool> {
        let timeout = wait.map_or(-1, |w| {
            // Rounded up, so the wait never ends just before the deadline.
            i32::try_from(w.as_millis() + 1).unwrap_or(i32::MAX)
        });
        let mut poll = libc::pollfd {
            fd: self.fd,
            events: libc::POLLIN,
            revents: 0,
        };
        loop {
            // SAFETY: one valid pollfd, and its count.
            let ready = unsafe { libc::poll(&mut poll, 1, timeout) };
            if ready >= 0 {
                // A hang-up or error shows as readable: the read then
                // reports the end.
                return Ok(ready > 0);
            }
            let error = io::Error::last_os_error();
            if error.kind() != io::ErrorKind::Interrupted {
                return Err(error);
            }
        }
    }
}
