//! The pseudo-terminal driver: the real `immunoguide` program (or any
//! other) started in a pseudo-terminal, its output read into a `vt100`
//! screen, keys typed as the bytes a terminal sends, signals sent, the
//! window resized or closed, and the screen waited for.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

use crate::shared::{BIN, TempDir, words};

/// An example program of this crate (built by `cargo test` beside the
/// program), such as `terminal-faults`.
pub fn example(name: &str) -> String {
    Path::new(BIN)
        .parent()
        .map(|dir| dir.join("examples").join(name))
        .and_then(|p| p.to_str().map(str::to_string))
        .expect("the examples folder beside the program")
}

/// How long to wait for a screen or an exit before failing. Generous, so
/// a loaded two-core machine still passes; a passing test never waits it
/// out. `E2E_TIMEOUT_SECS` overrides it.
pub fn timeout() -> Duration {
    let secs = std::env::var("E2E_TIMEOUT_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(15);
    Duration::from_secs(secs)
}

const POLL: Duration = Duration::from_millis(20);

/// Keys as a terminal sends them.
pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const UP: &str = "\x1b[A";
pub const DOWN: &str = "\x1b[B";
pub const PAGE_DOWN: &str = "\x1b[6~";

pub const SIGHUP: i32 = 1;
pub const SIGINT: i32 = 2;
pub const SIGTERM: i32 = 15;

unsafe extern "C" {
    /// POSIX `kill(2)`; `pid_t` is an `i32` on every Unix Rust supports.
    fn kill(pid: i32, sig: i32) -> i32;
}

/// What the reader thread has seen so far.
struct Output {
    parser: vt100::Parser,
    raw: Vec<u8>,
    /// The pty reported end of file: every copy of the terminal's slave
    /// side is closed, so the child has exited and nothing more will come.
    eof: bool,
    /// Asked to stop reading (to let the terminal close).
    stop: bool,
}

/// How the terminal answers the questions a program may ask it. A `vt100`
/// screen answers none; these stand in for a terminal that does.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    /// The reply to "what is your background colour?" (OSC 11), as X11
    /// writes colours: `rgb:ffff/ffff/ffff`.
    pub background: Option<&'static str>,
    /// Whether "what are you?" (DA1, `ESC [ c`) is answered, as nearly
    /// every terminal does.
    pub attributes: bool,
}

/// The questions as the program writes them, and the answers' forms.
const ASK_BACKGROUND: &[u8] = b"\x1b]11;?";
const ASK_ATTRIBUTES: &[u8] = b"\x1b[c";

impl Answers {
    /// The answers to the questions in `output` from `from` on, in the
    /// order they were asked, and how far the output was read.
    fn to(&self, output: &[u8], from: usize) -> (Vec<u8>, usize) {
        let mut reply = Vec::new();
        let mut at = from;
        while at < output.len() {
            let rest = &output[at..];
            if rest.starts_with(ASK_BACKGROUND) {
                if let Some(colour) = self.background {
                    reply.extend_from_slice(format!("\x1b]11;{colour}\x1b\\").as_bytes());
                }
                at += ASK_BACKGROUND.len();
            } else if rest.starts_with(ASK_ATTRIBUTES) {
                if self.attributes {
                    reply.extend_from_slice(b"\x1b[?62;22c");
                }
                at += ASK_ATTRIBUTES.len();
            } else if ASK_BACKGROUND.starts_with(rest) || ASK_ATTRIBUTES.starts_with(rest) {
                // A question cut off by the end of this read: wait for it.
                break;
            } else {
                at += 1;
            }
        }
        (reply, at)
    }
}

/// The program running in a pseudo-terminal. Dropping it kills the
/// program if it is still running, so a failing test leaves nothing behind.
pub struct Tui {
    child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
    /// Shared with the reader thread, which answers questions with it.
    writer: Arc<Mutex<Option<Box<dyn Write + Send>>>>,
    output: Arc<Mutex<Output>>,
    reader: Option<JoinHandle<()>>,
    status: Option<ExitStatus>,
    /// The terminal's settings before the program started, to compare
    /// with after it has gone (raw mode must be switched off again).
    termios_before: Option<String>,
    what: String,
    /// A state folder of its own (unless the test gave one), so no test
    /// sees a place kept by another, or by the person running them.
    _state: Option<TempDir>,
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("terminal sizes are at least 1")
}

fn lock<T>(shared: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere must not hide the screen from the failure message.
    shared.lock().unwrap_or_else(|e| e.into_inner())
}

/// The terminal's input, output and local mode flags, as text.
fn termios_flags(master: &dyn MasterPty) -> Option<String> {
    master.get_termios().map(|t| {
        format!(
            "input {:?}\noutput {:?}\nlocal {:?}",
            t.input_flags, t.output_flags, t.local_flags
        )
    })
}

impl Tui {
    /// Starts `immunoguide ARGS` in a `cols`×`rows` terminal with
    /// `TERM=xterm-256color`, in the crate's folder.
    pub fn spawn(args: &[&str], cols: u16, rows: u16) -> Tui {
        Tui::spawn_with_env(args, cols, rows, &[])
    }

    pub fn spawn_with_env(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Tui {
        Tui::spawn_program(BIN, args, cols, rows, env)
    }

    /// Starts any program in the terminal (a shell wrapping the guide, for
    /// one).
    pub fn spawn_program(
        program: &str,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Tui {
        Tui::spawn_answering(program, args, (cols, rows), env, Answers::default())
    }

    /// Starts a program in a terminal that answers questions as `answers`
    /// says.
    pub fn spawn_answering(
        program: &str,
        args: &[&str],
        (cols, rows): (u16, u16),
        env: &[(&str, &str)],
        answers: Answers,
    ) -> Tui {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let termios_before = termios_flags(pair.master.as_ref());
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        cmd.env("TERM", "xterm-256color");
        // Left to `auto`, the guide would ask this terminal for its
        // background colour at every start (src/terminal/background.rs),
        // and wait for an answer a `vt100` screen never gives: tests take
        // the dark look unless they set the variable themselves (an empty
        // value means `auto`).
        cmd.env("IMMUNOGUIDE_THEME", "dark");
        // Only the terminal size from the pty counts.
        cmd.env_remove("COLUMNS");
        cmd.env_remove("LINES");
        // The linear mode changes every screen: only a test that asks
        // for it gets it, not one run by a person who reads with it.
        cmd.env_remove("IMMUNOGUIDE_PLAIN");
        let state =
            (!env.iter().any(|(key, _)| *key == "XDG_STATE_HOME")).then(|| TempDir::new("state"));
        if let Some(dir) = &state {
            cmd.env("XDG_STATE_HOME", dir.path());
        }
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = pair
            .slave
            .spawn_command(cmd)
            .expect("start immunoguide in the pty");
        // Our copy of the slave side must close, or reading the master
        // never ends after the program exits.
        drop(pair.slave);
        let master = pair.master;
        let mut reader = master.try_clone_reader().expect("read the pty");
        let writer = Arc::new(Mutex::new(Some(
            master.take_writer().expect("write to the pty"),
        )));
        let answerer = Arc::clone(&writer);
        let output = Arc::new(Mutex::new(Output {
            parser: vt100::Parser::new(nz(rows), nz(cols), 0),
            raw: Vec::new(),
            eof: false,
            stop: false,
        }));
        let shared = Arc::clone(&output);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            // How far the output was read for questions.
            let mut asked = 0;
            loop {
                match reader.read(&mut buf) {
                    // A signal to this process (the program stopping or
                    // ending sends SIGCHLD) is not the end of the output.
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let mut out = lock(&shared);
                        out.parser.process(&buf[..n]);
                        out.raw.extend_from_slice(&buf[..n]);
                        // Answered here, as soon as asked, as a terminal
                        // would.
                        let (reply, read) = answers.to(&out.raw, asked);
                        asked = read;
                        if !reply.is_empty()
                            && let Some(w) = lock(&answerer).as_mut()
                        {
                            let _ = w.write_all(&reply);
                            let _ = w.flush();
                        }
                        if out.stop {
                            break;
                        }
                    }
                }
            }
            lock(&shared).eof = true;
        });
        Tui {
            child,
            master: Some(master),
            writer,
            output,
            reader: Some(reader),
            status: None,
            termios_before,
            what: format!("immunoguide {}", args.join(" ")),
            _state: state,
        }
    }

    /// Types bytes into the terminal: "q", ENTER, DOWN, ...
    pub fn send(&mut self, keys: &str) {
        let mut writer = lock(&self.writer);
        let writer = writer.as_mut().expect("the terminal is still open");
        writer
            .write_all(keys.as_bytes())
            .expect("write keys to the pty");
        writer.flush().expect("flush keys to the pty");
    }

    /// The screen as text, one line per row, trailing blanks trimmed.
    pub fn screen(&self) -> String {
        lock(&self.output).parser.screen().contents()
    }

    /// The rows of the screen, trailing blanks trimmed.
    pub fn rows(&self) -> Vec<String> {
        let out = lock(&self.output);
        let (_, cols) = out.parser.screen().size();
        out.parser.screen().rows(0, cols.get()).collect()
    }

    /// Everything the program has written so far, escape codes included.
    pub fn raw(&self) -> Vec<u8> {
        lock(&self.output).raw.clone()
    }

    /// Runs `f` on the `vt100` screen (modes, cursor, cells).
    pub fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(lock(&self.output).parser.screen())
    }

    pub fn pid(&self) -> i32 {
        let pid = self.child.process_id().expect("the child has a process id");
        i32::try_from(pid).expect("process ids fit in pid_t")
    }

    /// Sends a signal to the program (not to its terminal).
    pub fn signal(&self, signal: i32) {
        // SAFETY: kill(2) only reads its two integer arguments. The pid is
        // our own child's, which we have not reaped, so it cannot have been
        // reused by another process.
        let result = unsafe { kill(self.pid(), signal) };
        assert_eq!(
            result,
            0,
            "kill({}, {signal}): {}",
            self.pid(),
            std::io::Error::last_os_error()
        );
    }

    /// Resizes the terminal, as a person dragging the window would. The
    /// program is given a moment to finish drawing first, so no frame made
    /// for the old size lands on the new screen.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.wait_quiet();
        lock(&self.output)
            .parser
            .screen_mut()
            .set_size(nz(rows), nz(cols));
        self.master
            .as_ref()
            .expect("the terminal is still open")
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }

    /// Closes the terminal, as closing the window does: once every copy
    /// of its master side is closed, the kernel hangs it up, sending SIGHUP
    /// to the program, and its input and output fail from then on.
    pub fn close_terminal(&mut self) {
        // The reader thread holds a copy of the master side and is blocked
        // reading it. Ask it to stop, and make the program draw (a resize)
        // so its read returns and it sees the request.
        lock(&self.output).stop = true;
        let (rows, cols) = lock(&self.output).parser.screen().size();
        if let Some(master) = &self.master {
            let _ = master.resize(PtySize {
                rows: rows.get(),
                cols: cols.get().saturating_sub(1).max(1),
                pixel_width: 0,
                pixel_height: 0,
            });
        }
        let deadline = Instant::now() + timeout();
        while !self.reader.as_ref().is_none_or(JoinHandle::is_finished) {
            if Instant::now() >= deadline {
                self.fail(
                    "the reader thread did not stop; the program drew nothing after a resize",
                );
            }
            std::thread::sleep(POLL);
        }
        *lock(&self.writer) = None;
        self.master = None;
    }

    /// Waits until `pred(screen)` holds; fails with the whole screen if it
    /// does not within the time limit.
    pub fn wait_until(&mut self, what: &str, pred: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + timeout();
        loop {
            let screen = self.screen();
            if pred(&screen) {
                return;
            }
            if Instant::now() >= deadline {
                self.fail(&format!(
                    "timed out after {:?} waiting for {what}",
                    timeout()
                ));
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until `pred` holds of the emulated screen (its cells and its
    /// cursor, not only its text); fails with the whole screen if it does
    /// not within the time limit.
    pub fn wait_until_screen(&mut self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + timeout();
        loop {
            if self.with_screen(&pred) {
                return;
            }
            if Instant::now() >= deadline {
                let cursor = self.with_screen(|s| (s.cursor_position(), s.hide_cursor()));
                self.fail(&format!(
                    "timed out after {:?} waiting for {what}; the cursor (row, column) and whether it is hidden: {cursor:?}",
                    timeout()
                ));
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until the bytes written so far satisfy `pred`: for what the
    /// screen does not show, such as the sequences that give the terminal
    /// back before the program stops.
    pub fn wait_for_output(&mut self, what: &str, pred: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + timeout();
        loop {
            if pred(&String::from_utf8_lossy(&self.raw())) {
                return;
            }
            if Instant::now() >= deadline {
                self.fail(&format!(
                    "timed out after {:?} waiting for {what}",
                    timeout()
                ));
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until the screen shows `text` exactly (within one row).
    pub fn wait_for(&mut self, text: &str) {
        self.wait_until(&format!("the screen to show {text:?}"), |s| {
            s.contains(text)
        });
    }

    /// Waits until the screen shows `words`, allowing them to be wrapped
    /// over several rows or drawn inside a box.
    pub fn wait_for_words(&mut self, text: &str) {
        let want = words(text);
        self.wait_until(&format!("the screen to show the words {text:?}"), |s| {
            words(s).contains(&want)
        });
    }

    /// Waits until the program has written nothing for a short while.
    pub fn wait_quiet(&self) {
        let quiet = Duration::from_millis(250);
        let deadline = Instant::now() + timeout();
        let mut last_len = lock(&self.output).raw.len();
        let mut since = Instant::now();
        while Instant::now() < deadline {
            std::thread::sleep(POLL);
            let len = lock(&self.output).raw.len();
            if len != last_len {
                last_len = len;
                since = Instant::now();
            } else if since.elapsed() >= quiet {
                return;
            }
        }
    }

    /// The exit status if the program has exited.
    pub fn try_status(&mut self) -> Option<ExitStatus> {
        if self.status.is_none() {
            self.status = self.child.try_wait().expect("ask for the child's status");
        }
        self.status.clone()
    }

    /// Waits for the program to exit, then for the rest of its output.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + timeout();
        let status = loop {
            if let Some(status) = self.try_status() {
                break status;
            }
            if Instant::now() >= deadline {
                self.fail(&format!(
                    "timed out after {:?} waiting for the program to exit",
                    timeout()
                ));
            }
            std::thread::sleep(POLL);
        };
        // The output ends when the last copy of the slave side closes.
        let deadline = Instant::now() + timeout();
        while !lock(&self.output).eof && Instant::now() < deadline {
            std::thread::sleep(POLL);
        }
        if let Some(reader) = self.reader.take()
            && reader.is_finished()
        {
            let _ = reader.join();
        }
        status
    }

    /// Asserts that the terminal's settings are as they were before the
    /// program started: raw mode is off, echo and line editing are on.
    pub fn assert_termios_unchanged(&self) {
        if let (Some(before), Some(master)) = (&self.termios_before, &self.master) {
            let after = termios_flags(master.as_ref());
            assert_eq!(
                after.as_deref(),
                Some(before.as_str()),
                "the terminal's settings (raw mode) were not put back\n{}",
                self.describe()
            );
        }
    }

    /// Waits for the program to exit by itself, not killed by a signal,
    /// and asserts its exit status. A caught signal N shows as 128 + N.
    pub fn expect_exit(&mut self, code: u32) {
        let status = self.wait_exit();
        assert!(
            status.signal().is_none(),
            "killed by a signal instead of handling it: {status:?}\n{}",
            self.describe()
        );
        assert_eq!(status.exit_code(), code, "exit status\n{}", self.describe());
    }

    /// The screen, its size and the program's state, for failure messages.
    pub fn describe(&self) -> String {
        let (rows, cols) = lock(&self.output).parser.screen().size();
        let mut s = format!("--- {} ({cols}x{rows}) screen ---\n", self.what);
        for row in self.rows() {
            s.push('|');
            s.push_str(&row);
            s.push('\n');
        }
        s.push_str("--- end of screen ---\n");
        s.push_str(&match &self.status {
            Some(status) => format!("the program has exited: {status:?}"),
            None => "the program was still running".to_string(),
        });
        s
    }

    /// Fails the test, showing the whole screen.
    pub fn fail(&mut self, message: &str) -> ! {
        let _ = self.try_status();
        panic!("{message}\n{}", self.describe());
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        if self.status.is_none() && !matches!(self.child.try_wait(), Ok(Some(_))) {
            // SIGHUP, a short grace, then SIGKILL.
            let _ = self.child.kill();
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if matches!(self.child.try_wait(), Ok(Some(_))) {
                    break;
                }
                std::thread::sleep(POLL);
            }
        }
        // The reader thread ends by itself once the pty closes; it is not
        // joined here so a stuck pty cannot hang the test run.
    }
}
