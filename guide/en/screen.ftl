# The words on immunoguide's screens, in English.
#
# Every message the program shows is here; guide/es/screen.ftl has the
# same ids with the same arguments. A guide folder may hold its own
# screen.ftl beside its guide.toml: its messages are used over these
# (see docs/guide-format.md, "Screen text"). Key names (Enter, Esc, Tab,
# PgDn) stay as they are printed on the keys.

## Dates

# "22 November 2026": the day first, unambiguous in every country.
date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Notices on the bottom line (in a kiosk, in a box above the buttons)

notice-esc-closes-help = Esc closes help.
notice-no-bookmarks-here = Bookmarks are not kept on a shared screen.
notice-bookmark-needs-page = Open a page first, then press m to bookmark it.
notice-already-bookmarked = This page is already bookmarked. Press ' to see your bookmarks.
notice-bookmarks-full = You have { $count } bookmarks. Press ' and delete one first.
notice-bookmarked = Bookmarked. Press ' to see your bookmarks.
notice-bookmark-deleted = Bookmark deleted.
notice-kept-page-gone = A page you kept is no longer in the guide, so it was left out.
notice-place-unreadable = Your saved place could not be read, so the guide starts from the beginning.
notice-place-damaged = Your saved place was damaged, so the guide starts from the beginning.
notice-bookmarks-not-saved = Your bookmarks could not be saved: the folder for them cannot be written.
notice-wrapped-to-first = That was the last match: back to the first.
notice-wrapped-to-last = That was the first match: on to the last.
notice-search-first = Search first with /, then n finds the next place.
notice-words-not-found = The search words are not in the guide.
notice-nowhere-back = There is nowhere to go back to yet.
notice-nowhere-forward = There is nowhere to go forward to.
notice-section-moved = The guide was updated, and this part of it moved.
notice-press-slash = To search, press / first.
notice-end-of-guide = This is the end of the guide.
notice-start-of-guide = This is the start of the guide.
notice-last-section = This is the last section.
notice-no-links = No links or marked words on this page.
notice-source-kiosk = This source is at the web address shown. Note it to read it later.
notice-source-ctrl-click-mouse = To open it, Ctrl-click the address (Ctrl-Shift-click in some terminals).
notice-source-ctrl-click = To open it, Ctrl-click the address, or copy it into a web browser.
notice-source-copy-mouse = To open it, copy the address into a web browser. Shift-drag selects it.
notice-source-select = To open it, select the address and copy it into a web browser.
# Where the reader is among the places a search found: "Match 2 of 7".
match-count = Match { $n } of { $of }
match-count-and-notice = Match { $n } of { $of }. { $notice }

## Key hints on the bottom line: short, as many are shown as fit

hint-close-help = Close help
hint-quit = Quit
hint-start = Start
hint-symptoms = Symptoms
hint-help = Help
hint-search = Search
hint-contents = Contents
hint-next-page = Next page
hint-glossary = Glossary
hint-previous-page = Back a page
hint-previous-section = Prev section
hint-next-section = Next section
hint-open = Open
hint-choose = Choose
hint-close-search = Close search
hint-read-about-it = Read about it
hint-next = Next
hint-close = Close
hint-meaning = Meaning
hint-related = Related
hint-read-it = Read it
hint-check-pin = Check PIN
hint-cancel = Cancel
hint-delete = Delete
hint-more = More
hint-read = Read
hint-open-chapter = Open
hint-close-chapter = Close
hint-back-to-text = Back to text

## The kiosk's touch buttons. The five while reading must fit whole in
## 40 columns together: their words, plus 2 columns each, at most 40.

touch-start-reading = Start reading
touch-help = Help
touch-cancel = Cancel
touch-back = Back
touch-contents = Contents
touch-previous-page = ◀ Prev
touch-next-page = Next ▶
