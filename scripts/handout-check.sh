#!/usr/bin/env bash
# Prints the handout the way a nurse would, with a real browser, and
# checks the paper: `immunoguide export` writes the HTML handout, headless
# Chromium prints it to PDF, and poppler's pdfinfo and pdftotext check
# that the PDF has a sane number of pages, that the title, the disclaimer,
# a chapter, the glossary and the fill-in card are on it, that no page is
# blank, and that no word runs past the edge of a page.
#
# Installs chromium and poppler-utils from the system's packages if they
# are missing (Debian or Ubuntu, as root). Run from anywhere:
# `scripts/handout-check.sh`. Set KEEP=DIR to keep the HTML and PDF there.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$(date +%s)

say() {
  printf 'handout-check: %s\n' "$*"
}

fail() {
  printf 'handout-check: FAILED: %s\n' "$*" >&2
  exit 1
}

browser() {
  command -v chromium || command -v chromium-browser || command -v google-chrome || true
}

# 1. The tools.
if [[ -z "$(browser)" ]] || ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    fail "needs chromium and poppler-utils; install them (apt-get install chromium poppler-utils) and run again."
  fi
  say "installing chromium and poppler-utils"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium poppler-utils >/dev/null
fi
chrome=$(browser)
[[ -n "$chrome" ]] || fail "chromium is still missing after installing it."
say "browser: $("$chrome" --version 2>/dev/null | head -1)"

# 2. The program and the handout.
cargo build --release --locked --quiet
bin=target/release/immunoguide
work=$(mktemp -d)
profile=$(mktemp -d)
cleanup() {
  rm -rf "$profile"
  if [[ -n "${KEEP:-}" ]]; then
    mkdir -p "$KEEP"
    cp "$work"/handout.html "$work"/handout.pdf "$KEEP"/ 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
"$bin" export --format html --out "$work/handout.html"

# 3. Print it. Everything the browser might fetch or update on its own is
# off; the handout itself loads nothing.
timeout 180 "$chrome" --headless --no-sandbox --disable-gpu --disable-quic \
  --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --user-data-dir="$profile" \
  --no-pdf-header-footer --print-to-pdf-no-header \
  --print-to-pdf="$work/handout.pdf" "file://$work/handout.html" \
  >"$work/chromium.log" 2>&1 || {
  cat "$work/chromium.log" >&2
  fail "chromium could not print the handout."
}
[[ -s "$work/handout.pdf" ]] || {
  cat "$work/chromium.log" >&2
  fail "chromium wrote no PDF."
}

# 4. Check the paper.
pages=$(pdfinfo "$work/handout.pdf" | awk '/^Pages:/ { print $2 }')
say "pages: $pages"
# The whole guide with its glossary and fill-in pages: dozens of pages,
# not a handful (content lost) and not hundreds (a page per line).
if (( pages < 20 || pages > 250 )); then
  fail "the PDF has $pages pages; expected between 20 and 250."
fi

# The words of the PDF on one line, so a sentence wrapped across lines
# is still found.
pdftotext -enc UTF-8 "$work/handout.pdf" - | tr '\n\f' '  ' | tr -s ' ' >"$work/text.txt"

field() {
  # A one-line `key = "value"` from the guide's manifest.
  sed -n "s/^$1 = \"\\(.*\\)\"\$/\\1/p" guide/en/guide.toml | head -1
}
expect=(
  "$(field title)"
  "$(field disclaimer)"
  "Side effects"
  "Glossary"
  "My care team"
  "Phone at night and at weekends"
  "Questions for my next visit"
  "Symptom diary"
  "Sources"
  "https://"
)
for words in "${expect[@]}"; do
  [[ -n "$words" ]] || fail "an expected text is empty (guide/en/guide.toml changed?)."
  grep -qF -- "$words" "$work/text.txt" || fail "the PDF does not contain: $words"
done
grep -qF "Reviewed" "$work/text.txt" || fail "the PDF has no review dates."

# Every word inside its page, clear of the edge by a few points, and no
# page blank or left with a line or two (a stray end of a section; the
# page number alone is four words). pdftotext -bbox gives each page's size and each word's box.
pdftotext -bbox "$work/handout.pdf" "$work/boxes.html"
awk '
  function attr(name,   m) {
    if (match($0, name "=\"[-0-9.]+\"")) {
      m = substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3)
      return m + 0
    }
    return -1
  }
  /<page / {
    if (page && words < 15) { printf "page %d is blank or nearly (%d words)\n", page, words; bad++ }
    page++; words = 0
    width = attr("width"); height = attr("height")
  }
  /<word / {
    words++
    x0 = attr("xMin"); y0 = attr("yMin"); x1 = attr("xMax"); y1 = attr("yMax")
    if (x0 < 2 || y0 < 2 || x1 > width - 2 || y1 > height - 2) {
      w = $0; sub(/.*">/, "", w); sub(/<.*/, "", w)
      printf "page %d: \"%s\" at x %.1f-%.1f, y %.1f-%.1f on a %.0fx%.0f page\n", page, w, x0, x1, y0, y1, width, height
      bad++
    }
  }
  END {
    if (page && words < 15) { printf "page %d is blank or nearly (%d words)\n", page, words; bad++ }
    if (page == 0) { print "no pages"; bad++ }
    exit bad > 0
  }
' "$work/boxes.html" >"$work/edges.txt" || {
  head -20 "$work/edges.txt" >&2
  fail "text runs off a page, or a page is (nearly) blank (above)."
}

say "passed in $(( $(date +%s) - started )) s: $pages pages, every expected text present, nothing past a page edge."
