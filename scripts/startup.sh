#!/usr/bin/env bash
# Start-up, memory and idle cost of immunoguide in a real terminal (a pty).
#
#   scripts/startup.sh            # 20 alternating runs
#   RUNS=50 scripts/startup.sh
#
# 1. Builds the release binary and the synthetic-guide generator.
# 2. First full frame of `immunoguide` (the welcome screen, until
#    "Press Enter" is drawn and output stops) against `less` on the same
#    guide printed as plain text (until its first page is drawn), in an
#    80x24 pty, alternating the two RUNS times; medians and the ratio.
# 3. The same for a 10,000-section synthetic guide (`--guide DIR`), with its
#    peak memory (VmHWM) against the guide's bytes on disk.
# 4. Idle: the reader is left alone for IDLE seconds; its CPU time, wake-ups
#    (context switches over all threads) and bytes written must not grow.
#
# Results go to standard output; docs/performance.md quotes them.
set -euo pipefail

RUNS="${RUNS:-20}"
BIG_RUNS="${BIG_RUNS:-5}"
IDLE="${IDLE:-5}"
SECTIONS="${SECTIONS:-10000}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
bin="$target/release/immunoguide"
frame="$here/first_frame.py"

work="$(mktemp -d "${TMPDIR:-/tmp}/immunoguide-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# A state folder of its own: a place kept by whoever runs this would change
# the welcome screen being timed.
export XDG_STATE_HOME="$work/state"

echo "== building (release)"
(cd "$root" && cargo build --release --quiet --bin immunoguide --example gen-guide)

text="$work/guide.txt"
"$bin" print >"$text"
# A line from the middle of less's first page: once it is drawn, so is the
# page (the prompt follows in the same burst).
less_marker="$(sed -n '5p' "$text" | cut -c1-30)"
if [ -z "$less_marker" ]; then
    less_marker="$(head -n 1 "$text" | cut -c1-30)"
fi

echo
echo "== machine"
echo "$(nproc) cores; $(uname -sr); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== shipped guide: immunoguide vs less $(wc -c <"$text") bytes of plain text"
python3 "$frame" compare "$RUNS" \
    "Press Enter" -- "$bin" \
    --- "$less_marker" -- less "$text"

echo
echo "== shipped guide: a place kept from last time (Continue) vs none"
kept="$work/kept"
mkdir -p "$kept/immunoguide"
printf '[last]\nsection = "skin"\ntitle = "Skin"\nword = 40\n\n[[bookmark]]\nsection = "liver"\ntitle = "Liver"\n' \
    >"$kept/immunoguide/places.toml"
python3 "$frame" compare "$RUNS" \
    "Press Enter" -- "$bin" \
    --- "Start from the beginning" -- env XDG_STATE_HOME="$kept" "$bin"

echo
echo "== $SECTIONS-section synthetic guide"
big="$work/guide-$SECTIONS"
"$target/release/examples/gen-guide" --sections "$SECTIONS" --out "$big" >/dev/null
bytes="$(cat "$big"/*.toml | wc -c)"
echo "guide bytes on disk: $bytes ($(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }") MiB in $(ls "$big" | wc -l) files)"
"$bin" check "$big" 2>&1 | tail -n 1
GUIDE_BYTES="$bytes" python3 "$frame" single "$BIG_RUNS" "Press Enter" -- "$bin" --guide "$big"

echo
echo "== idle"
python3 "$frame" idle "$IDLE" "Press Enter" -- "$bin"
python3 "$frame" idle "$IDLE" "Press Enter" -- "$bin" --guide "$big"
