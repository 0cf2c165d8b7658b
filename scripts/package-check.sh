#!/usr/bin/env bash
# Builds the Debian package and checks what is in it.
#
#   scripts/package-check.sh        # prints the package's path at the end
#
# 1. Installs cargo-deb if missing (`cargo install cargo-deb --locked`,
#    about a minute on two cores), and, as root on Debian, zsh and fish, to
#    check the completion scripts with (about 20 s).
# 2. Builds the release binary (nothing to do after `cargo build --release`)
#    and makes the man pages (examples/man-pages.rs, a debug build, which
#    `cargo test` makes anyway) and the bash, zsh and
#    fish completions (`immunoguide completions SHELL`) in
#    target/release/assets/.
# 3. `cargo deb --no-build`: target/debian/immunoguide_VERSION-1_ARCH.deb,
#    as described in Cargo.toml's [package.metadata.deb].
# 4. Checks the package's file list (dpkg-deb -c) for every file it must
#    hold, then, unpacked in a temporary folder: the program runs, every man
#    page renders without a warning (man -l, else groff, else mandoc, else a
#    look at the roff), the completion scripts are valid (bash -n and a real
#    bash completion, zsh -n, fish -n and a real fish completion), and the
#    systemd units pass `systemd-analyze verify`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
cd "$root"

fail() {
  echo "package-check: FAILED: $*" >&2
  exit 1
}
say() {
  echo "package-check: $*"
}

# 1. Tools.
command -v cargo >/dev/null || fail "cargo is not installed; install Rust (https://rustup.rs) first."
command -v dpkg-deb >/dev/null || fail "dpkg-deb is not installed; this needs Debian or Ubuntu (package dpkg)."
if ! cargo deb --version >/dev/null 2>&1; then
  say "installing cargo-deb (cargo install cargo-deb --locked)"
  started=$SECONDS
  cargo install cargo-deb --locked --quiet || fail "cargo install cargo-deb failed"
  say "cargo-deb installed in $((SECONDS - started)) s"
fi
if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
  shells=()
  command -v zsh >/dev/null || shells+=(zsh)
  command -v fish >/dev/null || shells+=(fish)
  if ((${#shells[@]})); then
    say "installing ${shells[*]} to check the completions with"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || fail "apt-get update failed"
    apt-get install -y -qq --no-install-recommends "${shells[@]}" >/dev/null ||
      fail "apt-get install ${shells[*]} failed"
  fi
fi

# 2. The program, its man pages and completions.
cargo build --release --locked --quiet --bin immunoguide || fail "cargo build --release failed"
# The page writer needs no speed: a debug build, which `cargo test` has
# already made (a release build would first build the dev-dependencies).
cargo build --locked --quiet --example man-pages || fail "cargo build --example man-pages failed"
bin="$target/release/immunoguide"
assets="$target/release/assets"
rm -rf "$assets"
mkdir -p "$assets/man" "$assets/completions"
# The date at the foot of the pages: the last commit's, so that building
# the same commit twice gives the same package.
if [[ -n "${SOURCE_DATE_EPOCH:-}" ]]; then
  date="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)"
elif date="$(git -C "$root" log -1 --format=%cd --date=format:%Y-%m-%d 2>/dev/null)" && [[ -n "$date" ]]; then
  :
else
  date="$(date -u +%Y-%m-%d)"
fi
"$target/debug/examples/man-pages" --dir "$assets/man" --date "$date" >"$assets/man-pages.txt" ||
  fail "examples/man-pages.rs failed"
mapfile -t pages <"$assets/man-pages.txt"
((${#pages[@]} > 0)) || fail "examples/man-pages.rs wrote no pages"
# Debian keeps man pages compressed; -n leaves the time out, for the same
# bytes each build.
gzip -9n "$assets"/man/*.1
"$bin" completions bash >"$assets/completions/immunoguide.bash"
"$bin" completions zsh >"$assets/completions/_immunoguide"
"$bin" completions fish >"$assets/completions/immunoguide.fish"

# 3. The package.
deb="$(cargo deb --no-build --quiet 2>"$target/cargo-deb.log" | tail -n 1)" ||
  fail "cargo deb failed: $(cat "$target/cargo-deb.log")"
[[ -f "$deb" ]] || fail "cargo deb made no package (it printed \"$deb\")"
say "built $deb"

# 4a. Its file list.
listing="$(dpkg-deb -c "$deb")" || fail "dpkg-deb -c cannot read $deb"
paths="$(awk '{print $NF}' <<<"$listing")"
expected=(
  ./usr/bin/immunoguide
  ./usr/share/bash-completion/completions/immunoguide
  ./usr/share/zsh/vendor-completions/_immunoguide
  ./usr/share/fish/vendor_completions.d/immunoguide.fish
  ./usr/lib/systemd/system/immunoguide-kiosk.service
  ./usr/lib/systemd/system/immunoguide-kiosk-touch.service
  "./usr/lib/systemd/system/getty@tty1.service.d/immunoguide-kiosk.conf"
  ./etc/pam.d/immunoguide-kiosk
  ./usr/share/doc/immunoguide/examples/kiosk.toml
  ./usr/share/doc/immunoguide/examples/foot.ini
  ./usr/share/doc/immunoguide/README.md
  ./usr/share/doc/immunoguide/deploy/README.md
  ./usr/share/doc/immunoguide/copyright
)
for page in "${pages[@]}"; do
  expected+=("./usr/share/man/man1/$page.gz")
done
for doc in docs/*.md; do
  expected+=("./usr/share/doc/immunoguide/${doc#docs/}")
done
missing=()
for want in "${expected[@]}"; do
  grep -qxF -- "$want" <<<"$paths" || missing+=("$want")
done
((${#missing[@]} == 0)) || fail "the package lacks: ${missing[*]}"
grep -qE '^-rwxr-xr-x .* \./usr/bin/immunoguide$' <<<"$listing" ||
  fail "/usr/bin/immunoguide is not executable by all (mode 755)"
for must in immunoguide.1 immunoguide-completions.1; do
  printf '%s\n' "${pages[@]}" | grep -qxF "$must" || fail "no man page $must"
done
# /etc/immunoguide/kiosk.toml turns a computer into a kiosk (the getty
# drop-in hands tty1 over when it exists), so only staff may create it.
if grep -q '^\./etc/immunoguide' <<<"$paths"; then
  fail "the package must not install anything in /etc/immunoguide"
fi
say "file list: all ${#expected[@]} files present"

# 4b. Unpacked.
unpacked="$(mktemp -d "${TMPDIR:-/tmp}/immunoguide-deb.XXXXXX")"
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked" || fail "dpkg-deb -x failed"
version="$(cargo metadata --no-deps --format-version 1 --locked |
  sed -E 's/.*"name":"immunoguide","version":"([^"]+)".*/\1/')"
"$unpacked/usr/bin/immunoguide" --version | grep -qxF "immunoguide $version" ||
  fail "the packaged program does not say it is version $version"

# The man pages render without warnings.
man_dir="$unpacked/usr/share/man/man1"
render() { # prints the page as text; warnings go to standard error
  if command -v man >/dev/null; then
    MANWIDTH=80 MAN_KEEP_FORMATTING=0 man --warnings -l "$1" | col -bx
  elif command -v groff >/dev/null; then
    zcat "$1" | groff -man -Tutf8 -ww | col -bx
  elif command -v mandoc >/dev/null; then
    zcat "$1" | mandoc -Tlint -W warning >&2
    zcat "$1" | mandoc -Tutf8 | col -bx
  else
    zcat "$1"
  fi
}
for page in "${pages[@]}"; do
  text="$(render "$man_dir/$page.gz" 2>"$unpacked/warnings")" || fail "$page does not render"
  [[ ! -s "$unpacked/warnings" ]] || fail "$page renders with warnings: $(cat "$unpacked/warnings")"
  name="${page%.1}"
  grep -q "NAME" <<<"$text" || fail "$page has no NAME section"
  grep -qE "^ *${name} +- |^\.TH \"${name^^}\"" <<<"$text" || fail "$page does not name $name"
done
main_text="$(render "$man_dir/immunoguide.1.gz" 2>/dev/null)"
for want in SYNOPSIS OPTIONS --kiosk --config immunoguide-check ENVIRONMENT NO_COLOR FILES /etc/immunoguide/kiosk.toml; do
  grep -qF -- "$want" <<<"$main_text" || fail "immunoguide.1 lacks \"$want\""
done
say "man pages: ${#pages[@]} render without warnings ($(command -v man >/dev/null && echo man -l || echo fallback))"

# The completion scripts: valid, and completing the commands.
completions="$unpacked/usr/share"
bash -n "$completions/bash-completion/completions/immunoguide" || fail "the bash completions do not parse"
words="$(bash -c '
  source "$1"
  COMP_WORDS=(immunoguide ""); COMP_CWORD=1; COMP_LINE="immunoguide "; COMP_POINT=${#COMP_LINE}
  _immunoguide immunoguide "" immunoguide
  printf "%s\n" "${COMPREPLY[@]}"' bash "$completions/bash-completion/completions/immunoguide")" ||
  fail "the bash completion function failed"
for want in check print kiosk completions --kiosk --guide; do
  grep -qxF -- "$want" <<<"$words" || fail "bash does not complete \"immunoguide $want\" (it offers: ${words//$'\n'/ })"
done
checked="bash"
if command -v zsh >/dev/null; then
  zsh -n "$completions/zsh/vendor-completions/_immunoguide" || fail "the zsh completions do not parse"
  checked+=", zsh"
else
  say "zsh is not installed: the zsh script is not checked"
fi
if command -v fish >/dev/null; then
  fish --no-execute "$completions/fish/vendor_completions.d/immunoguide.fish" ||
    fail "the fish completions do not parse"
  # shellcheck disable=SC2016 # $argv is fish's, not this script's
  words="$(fish --no-config -c 'source $argv[1]; complete --do-complete "immunoguide "' \
    "$completions/fish/vendor_completions.d/immunoguide.fish" | cut -f1)" ||
    fail "the fish completions failed"
  for want in check print kiosk completions; do
    grep -qxF -- "$want" <<<"$words" || fail "fish does not complete \"immunoguide $want\""
  done
  checked+=", fish"
else
  say "fish is not installed: the fish script is not checked"
fi
say "completions: $checked"

# The systemd units: no unknown keys or values. The programs they start are
# not installed here, so copies point at ones that exist.
if command -v systemd-analyze >/dev/null; then
  units="$unpacked/units"
  mkdir -p "$units"
  for unit in immunoguide-kiosk immunoguide-kiosk-touch; do
    sed -E "s#^ExecStart=immunoguide #ExecStart=$unpacked/usr/bin/immunoguide #;
            s#^ExecStart=/usr/bin/cage #ExecStart=/bin/true #" \
      "$unpacked/usr/lib/systemd/system/$unit.service" >"$units/$unit.service"
  done
  systemd-analyze verify "$units"/*.service >"$units/verify.log" 2>&1 ||
    fail "systemd-analyze verify: $(cat "$units/verify.log")"
  [[ ! -s "$units/verify.log" ]] || fail "systemd-analyze verify: $(cat "$units/verify.log")"
  say "systemd units: verified"
else
  say "systemd-analyze is not installed: the units are not verified"
fi

say "PASSED: $deb"
