#!/usr/bin/env python3
"""Time to the first full frame of a terminal program, in a real pty.

Used by scripts/startup.sh; standard library only (Python 3.8+).

A run forks the program in a new pseudo-terminal of the given size, reads
what it writes until a known text has appeared and the output has then been
quiet for QUIET seconds, and takes the time of the last byte of that burst
as "the first full frame is on screen". The clock starts just before the
fork, so fork and exec are counted the same way for every program.

The pty answers the two questions a program may ask its terminal at
start-up as xterm does: its background colour (OSC 11, which immunoguide
asks for `--theme auto`, the default) and what it is (DA1). A terminal
that answered neither would make immunoguide wait half a second for them;
every common terminal answers at least the second.

    first_frame.py compare RUNS MARKER_A -- CMD_A... --- MARKER_B -- CMD_B...
        alternate A and B, RUNS times each; medians and the ratio B/A
    first_frame.py single RUNS MARKER -- CMD...
        median first frame and peak memory (VmHWM) of one program
    first_frame.py idle SECONDS MARKER -- CMD...
        first frame, press Enter, then leave it idle: CPU time, wake-ups
        and bytes written over SECONDS
"""

import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time

COLS, ROWS = 80, 24
QUIET = 0.15  # seconds of silence that end a burst of output
TIMEOUT = 20.0  # give up on a run after this long
ANSI = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[@-Z\\-_=>])")
TICK = os.sysconf("SC_CLK_TCK")
# Questions a terminal answers, and xterm's answers (black background).
ANSWERS = (
    (b"\x1b]11;?", b"\x1b]11;rgb:0000/0000/0000\x1b\\"),
    (b"\x1b[c", b"\x1b[?64;1;2;6;9;15;16;17;18;21;22;28c"),
)


class Run:
    """One program in its own pty."""

    def __init__(self, argv):
        self.argv = argv
        env = dict(os.environ)
        env["TERM"] = "xterm-256color"
        for name in ("LESS", "LESSOPEN", "LESSCLOSE", "COLUMNS", "LINES", "NO_COLOR", "IMMUNOGUIDE_THEME"):
            env.pop(name, None)
        self.start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: size the terminal, then become the program
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.output = bytearray()
        self.last = self.start
        self.asked = 0  # how far the output was read for questions

    def read_for(self, seconds):
        """Reads whatever comes within `seconds`; returns the bytes."""
        got = bytearray()
        end = time.perf_counter() + seconds
        while True:
            left = end - time.perf_counter()
            if left <= 0:
                return bytes(got)
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return bytes(got)
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return bytes(got)
            if not chunk:
                return bytes(got)
            self.last = time.perf_counter()
            got += chunk
            self.output += chunk
            self.answer()

    def answer(self):
        """Answers the questions asked since last time, in order."""
        while True:
            found = [
                (at, question, reply)
                for question, reply in ANSWERS
                for at in [self.output.find(question, self.asked)]
                if at >= 0
            ]
            if not found:
                return
            at, question, reply = min(found)
            os.write(self.fd, reply)
            self.asked = at + len(question)

    def first_frame(self, marker):
        """Seconds from fork to the last byte of the burst that shows
        `marker`."""
        marker = marker.encode()
        deadline = self.start + TIMEOUT
        while marker not in ANSI.sub(b"", bytes(self.output)):
            if time.perf_counter() > deadline:
                raise RuntimeError(
                    f"{self.argv[0]}: {marker!r} did not appear; output was {bytes(self.output[-400:])!r}"
                )
            if not self.read_for(0.05) and self.exited():
                raise RuntimeError(f"{self.argv[0]} exited: {bytes(self.output[-400:])!r}")
        # The marker is on screen; the frame is complete when output stops.
        while self.read_for(QUIET):
            pass
        return self.last - self.start

    def exited(self):
        try:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            return True
        return pid != 0

    def status(self, key):
        """A field of /proc/PID/status, in kB for memory fields."""
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
        return 0

    def cpu_seconds(self):
        """User + system CPU time of the whole process (all threads)."""
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        # After the command name: state is field 3, utime 14 and stime 15.
        return (int(fields[11]) + int(fields[12])) / TICK

    def wakeups(self):
        """Context switches summed over every thread: each is a wake-up."""
        total = 0
        for task in os.listdir(f"/proc/{self.pid}/task"):
            try:
                with open(f"/proc/{self.pid}/task/{task}/status") as f:
                    for line in f:
                        if "ctxt_switches" in line:
                            total += int(line.split()[1])
            except FileNotFoundError:
                pass
        return total

    def threads(self):
        return len(os.listdir(f"/proc/{self.pid}/task"))

    def stop(self):
        """SIGTERM (the reader restores the terminal and exits), then
        SIGKILL if it is still there two seconds later."""
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                break
            end = time.perf_counter() + 2.0
            gone = False
            while not gone and time.perf_counter() < end:
                self.read_for(0.02)
                gone = self.exited()
            if gone:
                break
        os.close(self.fd)


def split_commands(args):
    """`MARKER -- CMD... [--- MARKER -- CMD...]` into [(marker, argv)]."""
    groups, current = [], []
    for arg in args + ["---"]:
        if arg == "---":
            if len(current) < 3 or current[1] != "--":
                sys.exit("expected: MARKER -- COMMAND...")
            groups.append((current[0], current[2:]))
            current = []
        else:
            current.append(arg)
    return groups


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def measure(marker, argv):
    run = Run(argv)
    try:
        seconds = run.first_frame(marker)
        peak_kb = run.status("VmHWM")
    finally:
        run.stop()
    return seconds, peak_kb


def compare(runs, groups):
    (marker_a, argv_a), (marker_b, argv_b) = groups
    times_a, times_b, mem_a, mem_b = [], [], [], []
    measure(marker_a, argv_a)  # warm the page cache; not counted
    measure(marker_b, argv_b)
    for _ in range(runs):
        t, m = measure(marker_a, argv_a)
        times_a.append(t)
        mem_a.append(m)
        t, m = measure(marker_b, argv_b)
        times_b.append(t)
        mem_b.append(m)
    a, b = statistics.median(times_a), statistics.median(times_b)
    name_a, name_b = os.path.basename(argv_a[0]), os.path.basename(argv_b[0])
    print(f"first frame in an {COLS}x{ROWS} pty, {runs} alternating runs each (median, min-max):")
    for name, times, mem in ((name_a, times_a, mem_a), (name_b, times_b, mem_b)):
        print(
            f"  {name:12} {ms(statistics.median(times)):>10}  ({ms(min(times))} - {ms(max(times))}),"
            f" peak memory {statistics.median(mem) / 1024:.1f} MiB"
        )
    print(f"  ratio {name_a}/{name_b}: {a / b:.2f}")


def single(runs, groups):
    ((marker, argv),) = groups
    measure(marker, argv)  # warm the page cache; not counted
    results = [measure(marker, argv) for _ in range(runs)]
    times = [t for t, _ in results]
    peak = statistics.median(m for _, m in results)
    print(
        f"first frame {ms(statistics.median(times))} (median of {runs}; {ms(min(times))} - {ms(max(times))}),"
        f" peak memory (VmHWM) {peak / 1024:.1f} MiB"
    )
    guide_bytes = int(os.environ.get("GUIDE_BYTES", "0"))
    if guide_bytes:
        print(f"peak memory / guide bytes: {peak * 1024 / guide_bytes:.1f}x")


def idle(seconds, groups):
    ((marker, argv),) = groups
    run = Run(argv)
    try:
        run.first_frame(marker)
        os.write(run.fd, b"\r")  # Enter: from the welcome screen to the reader
        while run.read_for(QUIET * 2):
            pass
        cpu, wakes, written = run.cpu_seconds(), run.wakeups(), len(run.output)
        threads = run.threads()
        run.read_for(seconds)
        cpu2, wakes2, written2 = run.cpu_seconds(), run.wakeups(), len(run.output)
    finally:
        run.stop()
    print(
        f"idle {seconds:g} s in the reader ({threads} threads): CPU time {cpu * 1000:.0f} ms -> {cpu2 * 1000:.0f} ms"
        f" (+{(cpu2 - cpu) * 1000:.0f} ms, {100 * (cpu2 - cpu) / seconds:.1f}% of one core),"
        f" context switches +{wakes2 - wakes}, bytes written +{written2 - written}"
    )


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    mode, number, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    groups = split_commands(rest)
    if mode == "compare" and len(groups) == 2:
        compare(int(number), groups)
    elif mode == "single" and len(groups) == 1:
        single(int(number), groups)
    elif mode == "idle" and len(groups) == 1:
        idle(float(number), groups)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
