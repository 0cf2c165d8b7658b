//! Helpers for the end-to-end tests: the real `immunoguide` binary run in
//! a pseudo-terminal, its output read into a `vt100` screen, keys sent as
//! raw bytes; plus the guide's own files read as data, and temporary
//! folders that clean up after themselves.

// A test stops at the first thing that is not as expected.
#![allow(clippy::unwrap_used, clippy::panic)]
#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// The program under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_immunoguide");

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

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const UP: &str = "\x1b[A";
pub const DOWN: &str = "\x1b[B";
pub const RIGHT: &str = "\x1b[C";
pub const LEFT: &str = "\x1b[D";
pub const PAGE_DOWN: &str = "\x1b[6~";
pub const PAGE_UP: &str = "\x1b[5~";

pub const SIGHUP: i32 = 1;
pub const SIGINT: i32 = 2;
pub const SIGTERM: i32 = 15;

/// What the terminal sends for "leave the alternate screen", "show the
/// cursor", and crossterm's `DisableMouseCapture` (one sequence per mouse
/// mode it turned on, `?1000l` last).
pub const LEAVE_ALTERNATE_SCREEN: &str = "\x1b[?1049l";
pub const ENTER_ALTERNATE_SCREEN: &str = "\x1b[?1049h";
pub const SHOW_CURSOR: &str = "\x1b[?25h";
pub const HIDE_CURSOR: &str = "\x1b[?25l";
pub const DISABLE_MOUSE: &str = "\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l";
pub const ENABLE_MOUSE_BASIC: &str = "\x1b[?1000h";
pub const DISABLE_BRACKETED_PASTE: &str = "\x1b[?2004l";

/// Every mode the program may switch on, with the sequence that switches
/// it off again.
pub const MODES: &[(&str, &str)] = &[
    ("\x1b[?1049h", "\x1b[?1049l"),
    ("\x1b[?25l", "\x1b[?25h"),
    ("\x1b[?2004h", "\x1b[?2004l"),
    ("\x1b[?1000h", "\x1b[?1000l"),
    ("\x1b[?1002h", "\x1b[?1002l"),
    ("\x1b[?1003h", "\x1b[?1003l"),
    ("\x1b[?1006h", "\x1b[?1006l"),
    ("\x1b[?1015h", "\x1b[?1015l"),
];

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

/// The program running in a pseudo-terminal. Dropping it kills the
/// program if it is still running, so a failing test leaves nothing behind.
pub struct Tui {
    child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<Box<dyn Write + Send>>,
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

fn lock(output: &Mutex<Output>) -> MutexGuard<'_, Output> {
    // A panic elsewhere must not hide the screen from the failure message.
    output.lock().unwrap_or_else(|e| e.into_inner())
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
        // Only the terminal size from the pty counts.
        cmd.env_remove("COLUMNS");
        cmd.env_remove("LINES");
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
        let writer = master.take_writer().expect("write to the pty");
        let output = Arc::new(Mutex::new(Output {
            parser: vt100::Parser::new(nz(rows), nz(cols), 0),
            raw: Vec::new(),
            eof: false,
            stop: false,
        }));
        let shared = Arc::clone(&output);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let mut out = lock(&shared);
                        out.parser.process(&buf[..n]);
                        out.raw.extend_from_slice(&buf[..n]);
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
            writer: Some(writer),
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
        let writer = self.writer.as_mut().expect("the terminal is still open");
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
        self.writer = None;
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

    /// Waits until the screen shows `text` exactly (within one row).
    pub fn wait_for(&mut self, text: &str) {
        self.wait_until(&format!("the screen to show {text:?}"), |s| {
            s.contains(text)
        });
    }

    /// Waits until the screen shows `words`, allowing them to be wrapped
    /// over several rows or drawn inside a box.
    pub fn wait_for_words(&mut self, words: &str) {
        let want = normalize(words);
        self.wait_until(&format!("the screen to show the words {words:?}"), |s| {
            normalize(s).contains(&want)
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

    /// Asserts that the program left the terminal as it found it: every
    /// mode it switched on is switched off again after the last time it
    /// was switched on, the output ends with those sequences (no drawing
    /// after them), the emulated screen is back on the main screen with a
    /// visible cursor and no mouse reporting, and raw mode is off.
    pub fn assert_restored(&self) {
        let raw = self.raw();
        let text = String::from_utf8_lossy(&raw);
        let context = || {
            format!(
                "{}\n\nlast output bytes: {}",
                self.describe(),
                escaped_tail(&raw, 400)
            )
        };
        for (on, off) in MODES {
            if let Some(on_at) = text.rfind(on) {
                let off_at = text.rfind(off);
                assert!(
                    off_at.is_some_and(|off_at| off_at > on_at),
                    "{on:?} was switched on but not off again afterwards\n{}",
                    context()
                );
            }
        }
        for needed in [LEAVE_ALTERNATE_SCREEN, SHOW_CURSOR] {
            assert!(
                text.contains(needed),
                "the output never sent {needed:?}\n{}",
                context()
            );
        }
        let leave = text.rfind(LEAVE_ALTERNATE_SCREEN).unwrap_or(0);
        let after = strip_escapes(&text[leave..]);
        assert!(
            after.trim().is_empty(),
            "the program wrote {after:?} after leaving the alternate screen\n{}",
            context()
        );
        self.assert_modes_off(&context);
    }

    /// The emulated screen is back on the main screen with the cursor
    /// shown, no mouse capture and no bracketed paste, and the terminal's
    /// settings are as they were before the program started.
    fn assert_modes_off(&self, context: &dyn Fn() -> String) {
        self.with_screen(|s| {
            assert!(
                !s.alternate_screen(),
                "still on the alternate screen\n{}",
                context()
            );
            assert!(
                !s.hide_cursor(),
                "the cursor is still hidden\n{}",
                context()
            );
            assert_eq!(
                s.mouse_protocol_mode(),
                vt100::MouseProtocolMode::None,
                "the mouse is still captured\n{}",
                context()
            );
            assert!(
                !s.bracketed_paste(),
                "bracketed paste is still on\n{}",
                context()
            );
        });
        self.assert_termios_unchanged();
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

/// Text with box-drawing characters taken out and all runs of
/// whitespace made one space, so words wrapped across rows or framed
/// in a box can be found.
pub fn normalize(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| {
            if ('\u{2500}'..='\u{257f}').contains(&c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text with CSI and other escape sequences removed.
pub fn strip_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('[') => {
                // Parameters and intermediates, then one final byte.
                for c in chars.by_ref() {
                    if ('\x40'..='\x7e').contains(&c) {
                        break;
                    }
                }
            }
            Some(']') => {
                // An OSC string ends with BEL or ESC \.
                while let Some(c) = chars.next() {
                    if c == '\x07' {
                        break;
                    }
                    if c == '\x1b' {
                        chars.next();
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The last `n` bytes of output, escapes made visible.
pub fn escaped_tail(raw: &[u8], n: usize) -> String {
    let tail = &raw[raw.len().saturating_sub(n)..];
    String::from_utf8_lossy(tail).escape_debug().to_string()
}

/// A section of the guide, read from the guide's TOML files.
#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub depth: usize,
    /// Titles from the chapter down to this section.
    pub crumb: Vec<String>,
    /// One past the last section inside this one.
    pub subtree_end: usize,
    /// Marked `screen_only`, or inside a section that is: left off paper.
    pub screen_only: bool,
}

impl Section {
    pub fn is_leaf(&self, index: usize) -> bool {
        self.subtree_end == index + 1
    }
}

pub fn guide_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("guide")
}

fn read_toml(path: &Path) -> toml::Table {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    text.parse::<toml::Table>()
        .unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

fn str_field(table: &toml::Table, key: &str) -> String {
    table
        .get(key)
        .and_then(toml::Value::as_str)
        .unwrap_or_else(|| panic!("a guide table without `{key}`: {table:?}"))
        .to_string()
}

fn collect(
    table: &toml::Table,
    depth: usize,
    parents: &[String],
    screen_only: bool,
    out: &mut Vec<Section>,
) {
    let index = out.len();
    let title = str_field(table, "title");
    let screen_only = screen_only
        || table
            .get("screen_only")
            .and_then(toml::Value::as_bool)
            .unwrap_or(false);
    let mut crumb = parents.to_vec();
    crumb.push(title.clone());
    out.push(Section {
        id: str_field(table, "id"),
        title,
        depth,
        crumb: crumb.clone(),
        subtree_end: 0,
        screen_only,
    });
    if let Some(children) = table.get("section").and_then(toml::Value::as_array) {
        for child in children {
            let child = child.as_table().expect("a [[section]] is a table");
            collect(child, depth + 1, &crumb, screen_only, out);
        }
    }
    out[index].subtree_end = out.len();
}

/// The guide's title and its sections in reading order, straight from
/// guide/en/*.toml.
pub fn guide_sections() -> (String, Vec<Section>) {
    let en = guide_dir().join("en");
    let top = read_toml(&en.join("guide.toml"));
    let title = str_field(&top, "title");
    let chapters = top
        .get("chapters")
        .and_then(toml::Value::as_array)
        .expect("guide.toml lists its chapters");
    let mut sections = Vec::new();
    for chapter in chapters {
        let file = chapter.as_str().expect("chapter file names are strings");
        collect(&read_toml(&en.join(file)), 0, &[], false, &mut sections);
    }
    (title, sections)
}

/// Plain-text headings: a line followed by a line of only `=` or `-` as
/// long as it (up to the `width` the text was wrapped at).
pub fn headings(text: &str, width: usize) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .filter(|pair| {
            let (line, rule) = (pair[0], pair[1]);
            let len = line.chars().count().min(width);
            len > 0
                && rule.chars().count() == len
                && (rule.chars().all(|c| c == '=') || rule.chars().all(|c| c == '-'))
        })
        .map(|pair| pair[0].to_string())
        .collect()
}

/// A temporary folder, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        // Tests run on many threads: a count keeps two folders made in
        // the same instant apart.
        static MADE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "immunoguide-e2e-{name}-{}-{nanos}-{n}",
            std::process::id()
        ));
        std::fs::create_dir_all(&path).expect("make a temporary folder");
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("make a folder");
    for entry in std::fs::read_dir(from).expect("list a folder") {
        let entry = entry.expect("read a folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}

// ---------------------------------------------------------------------------
// Added for tests/restore.rs: the ways out that end with a message.

impl Tui {
    /// Like [`Tui::assert_restored`], for a program that ends by telling
    /// the person something (an error, a panic): every mode it switched
    /// on is off again, the terminal is back on the main screen with a
    /// visible cursor, no mouse reporting and no bracketed paste, raw mode
    /// is off, and `message` was written only after all that, as plain
    /// text: no escape sequence after leaving the alternate screen, and
    /// every line ending arrived as CR LF, which the terminal only makes
    /// of a program's `\n` once raw mode is off again.
    pub fn assert_restored_before_message(&self, message: &str) {
        let raw = self.raw();
        let text = String::from_utf8_lossy(&raw).to_string();
        let context = || {
            format!(
                "{}\n\nlast output bytes: {}",
                self.describe(),
                escaped_tail(&raw, 600)
            )
        };
        for (on, off) in MODES {
            if let Some(on_at) = text.rfind(on) {
                assert!(
                    text.rfind(off).is_some_and(|off_at| off_at > on_at),
                    "{on:?} was switched on but not off again afterwards\n{}",
                    context()
                );
            }
        }
        let Some(leave) = text.rfind(LEAVE_ALTERNATE_SCREEN) else {
            panic!("the alternate screen was never left\n{}", context());
        };
        let mut after = text[leave + LEAVE_ALTERNATE_SCREEN.len()..].to_string();
        for (_, off) in MODES {
            after = after.replace(off, "");
        }
        assert!(
            !after.contains('\x1b'),
            "an escape sequence was written after the terminal was put back: {:?}\n{}",
            after,
            context()
        );
        assert!(
            after.contains(message),
            "the message {message:?} was not written after the terminal was put back; after it came {after:?}\n{}",
            context()
        );
        let newlines = after.matches('\n').count();
        assert!(
            newlines > 0 && after.matches("\r\n").count() == newlines,
            "the message was written while the terminal was still in raw mode (a bare \\n): {after:?}\n{}",
            context()
        );
        assert!(
            normalize(&self.screen()).contains(&normalize(message)),
            "the message is not on the screen\n{}",
            context()
        );
        self.assert_modes_off(&context);
    }
}

/// Every SGR (`ESC [ ... m`) parameter list in the output.
pub fn sgr_sequences(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let mut out = Vec::new();
    let mut rest = text.as_ref();
    while let Some(at) = rest.find("\x1b[") {
        rest = &rest[at + 2..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ';' || c == ':'))
            .unwrap_or(rest.len());
        if rest[end..].starts_with('m') {
            out.push(rest[..end].to_string());
        }
    }
    out
}

/// The colour-setting parts of one SGR: basic colours (30–37, 40–47,
/// 90–97, 100–107) and extended ones (`38;5;n`, `48;2;r;g;b`, ...).
pub fn colours_in(sgr: &str) -> Vec<String> {
    let params: Vec<&str> = sgr.split(';').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < params.len() {
        let p = params[i];
        let head = p.split(':').next().unwrap_or("");
        match head.parse::<u32>() {
            Ok(n @ (38 | 48 | 58)) => {
                // 38;5;n and 38;2;r;g;b, or 38:5:n with colons.
                let take = if p.contains(':') {
                    0
                } else {
                    match params.get(i + 1) {
                        Some(&"5") => 2,
                        Some(&"2") => 4,
                        _ => 0,
                    }
                };
                let end = (i + 1 + take).min(params.len());
                out.push(format!("{n};{}", params[i + 1..end].join(";")));
                i = end;
                continue;
            }
            Ok(n @ (30..=37 | 40..=47 | 90..=97 | 100..=107)) => out.push(n.to_string()),
            _ => {}
        }
        i += 1;
    }
    out
}
