#!/usr/bin/env bash
# Smoke test of the touch-screen kiosk (deploy/immunoguide-kiosk-touch.service):
# the cage compositor runs the foot terminal (with deploy/foot.ini), which
# runs `immunoguide --kiosk` (with deploy/kiosk.toml) - here on a headless
# screen with no input devices. grim takes a picture of the screen and
# tesseract reads it; the test passes when the picture shows the guide's
# welcome screen in kiosk mode (its title and the "Start reading" button).
#
#   sudo scripts/kiosk-touch-smoke.sh          # as root: it installs packages
#   SMOKE_TIMEOUT=120 scripts/kiosk-touch-smoke.sh
#
# It needs root: it installs what is missing from Debian (cage, foot, grim,
# xwayland, tesseract-ocr; one `apt-get update` first), and runs the kiosk as
# a throwaway user `igkiosk` (made if missing), because cage refuses to run
# as root. Uses target/release/immunoguide (built if missing). Leaves the
# last picture, what tesseract read and cage's messages in
# target/kiosk-touch-smoke/. Everything it starts is stopped when it ends.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
timeout_s="${SMOKE_TIMEOUT:-90}"
user=igkiosk
out="$target/kiosk-touch-smoke"

fail() {
  echo "kiosk-touch-smoke: FAILED: $*" >&2
  exit 1
}
say() {
  echo "kiosk-touch-smoke: $*"
}

[[ "$(id -u)" == 0 ]] ||
  fail "run it as root (sudo $0): it installs packages and runs the kiosk as a throwaway user."

# 1. What it needs, from Debian.
declare -A package_of=(
  [cage]=cage [foot]=foot [grim]=grim [Xwayland]=xwayland [tesseract]=tesseract-ocr
  [fc-match]=fontconfig
)
missing=()
for tool in "${!package_of[@]}"; do
  command -v "$tool" >/dev/null || missing+=("${package_of[$tool]}")
done
# foot needs a monospace font; DejaVu Sans Mono is Debian's usual one.
fc-list :spacing=mono 2>/dev/null | grep -q . || missing+=(fonts-dejavu-core)
if ((${#missing[@]})); then
  command -v apt-get >/dev/null ||
    fail "missing ${missing[*]}, and there is no apt-get to install them with."
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || fail "apt-get update failed (no network, or a broken source list?)"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    fail "apt-get install ${missing[*]} failed"
fi

# 2. The program.
bin="$target/release/immunoguide"
if [[ ! -x "$bin" ]]; then
  say "building $bin"
  (cd "$root" && cargo build --release --locked --quiet) || fail "cargo build --release failed"
fi
title="$("$bin" print | head -n 1)"
[[ -n "$title" ]] || fail "\`immunoguide print\` printed no title"

# 3. The throwaway user (cage refuses to run as root).
if ! id -u "$user" >/dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin "$user" || fail "cannot create the user $user"
fi

# 4. A private folder the user owns: its runtime folder (XDG_RUNTIME_DIR,
# where cage makes its socket), a home, and copies of the program and the
# settings (the checkout may be in a folder the user cannot read).
work="$(mktemp -d "${TMPDIR:-/tmp}/immunoguide-touch.XXXXXX")"
started=""
launcher=""
# Waits up to $1 seconds for the launcher (runuser, waiting for cage) to end.
launcher_ends_within() {
  local deadline=$((SECONDS + $1))
  while kill -0 "$launcher" 2>/dev/null; do
    ((SECONDS < deadline)) || return 1
    sleep 0.1
  done
}
cleanup() {
  local status=$?
  if [[ -n "$started" ]] && kill -0 "$launcher" 2>/dev/null; then
    # cage, foot and Xwayland share a process group; the guide is in
    # foot's terminal session and ends when foot hangs up.
    kill -TERM -- "-$started" 2>/dev/null || true
    launcher_ends_within 10 || true
  fi
  # Anything left runs as the throwaway user, and was started here.
  local left
  left="$(pgrep -u "$user" || true)"
  if [[ -n "$left" ]]; then
    say "still running, killing: ${left//$'\n'/ }"
    # shellcheck disable=SC2086 # one process id per word
    kill -KILL $left 2>/dev/null || true
  fi
  if [[ -d "$work" ]]; then
    cp -f "$work"/screen.png "$work"/screen.txt "$work"/cage.log "$out"/ 2>/dev/null || true
    rm -rf "$work"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$out"
mkdir -p "$out"
runtime="$work/runtime"
mkdir -p "$runtime" "$work/home" "$work/bin"
cp "$bin" "$work/bin/immunoguide"
cp "$root/deploy/foot.ini" "$work/foot.ini"
# deploy/kiosk.toml as it is, except the log, which goes to the work folder
# (the service's /var/log/immunoguide is not there).
sed -E "s|^log_file = .*|log_file = \"$work/kiosk.log\"|" "$root/deploy/kiosk.toml" >"$work/kiosk.toml"
grep -q "^log_file = \"$work/kiosk.log\"" "$work/kiosk.toml" ||
  fail "deploy/kiosk.toml has no log_file line to point at the work folder"
chown -R "$user:$user" "$work"
chmod 700 "$work" "$runtime"

# Width x height of a PNG picture, from its header.
png_size() {
  local w h
  read -r w h < <(od -An -tu4 --endian=big -j16 -N8 "$1")
  echo "${w}x${h}"
}

as_user() {
  runuser -u "$user" -- env -i \
    HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    XDG_RUNTIME_DIR="$runtime" XDG_CACHE_HOME="$work/home/.cache" "$@"
}

# cage's and foot's last messages, without the headless screen's noise.
cage_log() {
  grep -v 'Basic output test failed' "$work/cage.log" | tail -n 12
}

# The kiosk settings must load: under foot the guide's own messages would
# go to a terminal nobody reads. (With settings that load, and no terminal,
# it stops at once saying it needs one.)
if ! as_user "$work/bin/immunoguide" --config "$work/kiosk.toml" </dev/null >/dev/null 2>"$work/settings.log" &&
  grep -q 'error:' "$work/settings.log"; then
  fail "the kiosk settings do not load: $(cat "$work/settings.log")"
fi

# The settings must be valid for this foot: it skips a line it does not
# understand (a shortcut left on, say) and shows an error on the screen.
as_user foot --check-config --config "$work/foot.ini" >"$work/foot-check.log" 2>&1 ||
  fail "foot rejects deploy/foot.ini: $(cat "$work/foot-check.log")"

# 5. Start cage -> foot -> immunoguide, headless, as in the service (with the
# kiosk settings' path changed), in a session of its own. The process group
# id is the session leader's, written to a file before exec.
say "starting cage, foot and the kiosk ($(foot --version 2>/dev/null | head -n 1 | awk '{print "foot", $3}'))"
# shellcheck disable=SC2016 # $$ and $1 belong to the inner shell
as_user WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
  setsid sh -c 'echo $$ >"$1/pgid"; shift; exec "$@"' sh "$work" \
  cage -- foot --config "$work/foot.ini" \
  "$work/bin/immunoguide" --kiosk --config "$work/kiosk.toml" \
  >"$work/cage.log" 2>&1 </dev/null &
launcher=$!

started_at=$SECONDS
deadline=$((SECONDS + timeout_s))
while [[ ! -s "$work/pgid" ]]; do
  ((SECONDS < deadline)) || fail "the kiosk did not start within ${timeout_s} s"
  kill -0 "$launcher" 2>/dev/null || fail "the kiosk exited at once: $(cage_log)"
  sleep 0.1
done
started="$(cat "$work/pgid")"

while [[ ! -S "$runtime/wayland-0" ]]; do
  ((SECONDS < deadline)) || fail "cage made no wayland-0 socket within ${timeout_s} s: $(cage_log)"
  kill -0 "$launcher" 2>/dev/null || fail "cage exited: $(cage_log)"
  sleep 0.1
done

# 6. Pictures until the welcome screen can be read in one, or time is up.
want_title="$(echo "$title" | tr '[:upper:]' '[:lower:]' | tr -s ' ')"
want_button="start reading"
shots=0
while :; do
  kill -0 "$launcher" 2>/dev/null || fail "cage exited before the welcome screen was read: $(cage_log)"
  if as_user WAYLAND_DISPLAY=wayland-0 grim "$work/screen.png" 2>"$work/grim.log"; then
    shots=$((shots + 1))
    tesseract "$work/screen.png" "$work/screen" >/dev/null 2>&1 || true
    read_text="$(tr '[:upper:]' '[:lower:]' <"$work/screen.txt" 2>/dev/null | tr -s ' \n' '  ')"
    if [[ "$read_text" == *"$want_title"* && "$read_text" == *"$want_button"* ]]; then
      say "PASSED: the welcome screen (\"$title\", \"Start reading\") was read from picture $shots ($(png_size "$work/screen.png")), $((SECONDS - started_at)) s after cage started"
      break
    fi
  fi
  ((SECONDS < deadline)) ||
    fail "no welcome screen in ${shots} picture(s) within ${timeout_s} s. Looked for \"$title\" and \"Start reading\"; tesseract read: $(head -c 600 "$work/screen.txt" 2>/dev/null). See $out/."
  sleep 0.5
done

# 7. Leaving the guide (as staff do with the PIN) must close foot and then
# cage, so that the service's Restart=always brings a fresh kiosk back.
guide="$(pgrep -u "$user" -x immunoguide || true)"
[[ -n "$guide" ]] || fail "the guide's process was not found"
# shellcheck disable=SC2086 # one process id per word
kill -TERM $guide
launcher_ends_within 15 || fail "cage was still running 15 s after the guide ended"
status=0
wait "$launcher" || status=$?
((status == 0)) || fail "cage ended with status $status after the guide ended: $(cage_log)"
started=""
say "PASSED: when the guide ends, foot and cage end too (status 0)"
