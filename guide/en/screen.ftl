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

## The kiosk's touch buttons (app/touch.rs). Keep them short: a button is
## as wide as its words plus 2 columns, and the bar goes on two lines when
## the buttons do not fit across.

touch-start-reading = Start reading
touch-help = Help
touch-cancel = Cancel
touch-back = Back
touch-contents = Contents

## Help

help-title = Help
help-title-more = Help  (↓ for more)
help-close = Close (Esc)
help-heading-screen = What you see
help-screen-current-section = ◀ in the contents marks the section you are reading.
help-screen-chapters = ▸ before a title means it has sections inside: open it to see them. ▾ means they are shown. • is a section with nothing inside.
help-screen-links = A link to another section is bold and underlined, with → in front: → Side effects. Choose it with Tab (or tap it) and press Enter to go there.
help-screen-glossary-words = A word underlined only (not bold, no →) is in the glossary. Choose it with Tab (or tap it) and press Enter to see what it means.
help-screen-search-marks = Your search words are marked in black on cyan, or in reverse colours when colours are off. Esc clears the marks.
# The labels named here are the callout labels below (callout-*).
help-screen-boxes = A box with a label holds something important. An "Emergency" box, drawn with a double line, means call 911 or go to the emergency department now. "Call your care team" means call now, day or night. Other labels, like Important, Tip or Note, say what the box holds.
help-screen-pages = "Page 2 of 3" at the bottom of the text means this section has 3 pages and you are on page 2. The next page key goes on to the next section after the last page.
help-screen-reviewed = "Reviewed" and a date say when the section's facts were last checked.
help-heading-searching = Searching
help-search-typing = Press / and type everyday words, like "tired" or "rash". Every word must be found. Put words in quotes to find them together. Small typos are forgiven, and "Did you mean" offers the nearest word.
help-search-results = Enter opens a result at the page where the words are. Then n and N go to the next and previous place, and the bottom line says which match you are on, like "Match 2 of 7".
help-search-no-answer = If the guide has no answer, ask your care team. The search box also offers the symptom list and the glossary: Tab chooses, Enter opens.
help-heading-symptoms = Symptom list
help-symptoms-open = Worried about a symptom? Press s, or tap "Worried about a symptom?" on the welcome screen or at the top of the contents.
# The three labels are the urgency labels below (urgency-*).
help-symptoms-labels = Each symptom says what to do: Call 911 now, Call team now (day or night), or Tell team soon. Enter or a tap opens the section that explains it. Type letters to find a symptom.
help-heading-keys = Keys
help-heading-mouse = Mouse and touch
help-mouse-contents = Click or tap an entry in the contents to read it.
help-mouse-chapters = Click or tap ▸ to open a chapter, ▾ to close it.
help-mouse-wheel = The wheel scrolls the text or the list.
help-mouse-hints = The hints on the bottom line are buttons too.
help-mouse-help-halves = In this help, tap the top half to go up a screen, the bottom half to go down.
help-mouse-select = To select text, hold Shift while you drag.
help-mouse-off = The mouse is off (--no-mouse); the terminal selects text as usual.

## Help's key table: a heading for each place, then what each key does

keys-anywhere = Anywhere
keys-welcome = Welcome screen
keys-reader = Reading
keys-contents = Contents list
keys-search = Search
keys-glossary = Glossary
keys-definition = A word's meaning
keys-symptoms = Symptom list
keys-help = This help
keys-pin = Staff PIN
keys-bookmarks = Bookmarks
key-start-reading = Start reading
key-welcome-choose = Choose: continue where you were, or start from the beginning
key-next-page = Next page
key-previous-page = Previous page
key-line-down = Down one line
key-line-up = Up one line
key-next-section = Next section
key-previous-section = Previous section
key-first-page = First page of the section
key-last-page = Last page of the section
key-next-entry = Next entry
key-previous-entry = Previous entry
key-open-chapter = Open a chapter
key-close-chapter = Close a chapter, or go up
key-read-selected = Read the selected section
key-first-entry = First entry
key-last-entry = Last entry
key-screen-down = Down a screen
key-screen-up = Up a screen
key-next-link = Next link or marked word
key-previous-link = Previous link or marked word
key-follow-link = Follow the link, or explain the word
key-next-match = Next place the search words appear
key-previous-match = Previous place the search words appear
key-bookmark-page = Bookmark this page
key-next-result = Next result
key-previous-result = Previous result
key-next-choice = Next choice: a result, or "Did you mean", the symptom list or the glossary
key-previous-choice = Previous choice
key-open-result = Open the result at the page it is on, or the choice
key-delete-letter = Delete a letter
key-close-search = Close search and clear the marks
key-next-word = Next word
key-previous-word = Previous word
key-show-meaning = Show what the word means
key-delete-filter-letter = Delete a letter of the filter
key-next-symptom = Next symptom
key-previous-symptom = Previous symptom
key-read-symptom = Read about the symptom
key-help-top = The top
key-help-end = The end
key-close-help = Close help
key-next-related = Next related section
key-previous-related = Previous related section
key-read-related = Read the related section
key-next-bookmark = Next bookmark
key-previous-bookmark = Previous bookmark
key-open-bookmark = Open the bookmark
key-delete-bookmark = Delete the bookmark
key-search = Search the whole guide
key-glossary = Glossary: words and what they mean
key-symptoms = Worried about a symptom? Symptoms in everyday words
key-back = Back to where you were
key-forward = Forward again
key-bookmarks = Your bookmarks (m adds one)
key-contents = Contents: go to the list and back
key-help = Help (this screen)
key-close = Close what is open
key-quit = Quit

## The welcome screen

welcome-start = Press Enter or tap here to start
welcome-from-start = Start from the beginning
# A place kept from last time, with its section's title.
welcome-continue = Continue: { $title }
welcome-symptoms = Worried about a symptom? Press s or tap here
review-note-clinic = Guide reviewed { $date }. Reviewed by your clinic: { $clinic }.
review-note-no-clinic = Guide reviewed { $date }. Not yet reviewed by your clinic.
too-small = Please make the window larger to read the guide.

## The contents and the reader

contents-title = Contents
contents-symptoms = Worried about a symptom?
reader-footer = Reviewed { $date } · Page { $page } of { $pages }
reader-page = Page { $page } of { $pages }
sources-heading = Sources

## The labels of boxes in the text. The emergency label names no phone
## number: the number is in the guide's own words, as it differs by country.

callout-note = Note
callout-tip = Tip
callout-important = Important
callout-warning = Call your care team
callout-caution = Caution
callout-emergency = Emergency

## Words on paper (print and export)

paper-contents = Contents
paper-glossary = Glossary
paper-sources = Sources
paper-sources-lead = The numbers in the text point to these sources.
paper-reviewed = Reviewed { $date }
paper-also-called = Also called
paper-see-also = See
# After a link to a part of the handout: "(section 3.2)".
paper-section = section { $number }
paper-not-in-handout = in the full guide
paper-disclaimer-label = Please read
paper-version = Guide version { $version }
# At the foot of each printed page; the browser fills in the numbers.
paper-page-of = Page { $page } of { $pages }
paper-fill-in = To fill in and keep
paper-fill-in-lead = Write on these pages. Keep them with this guide and bring them to your visits.
paper-card = My care team
paper-card-lead = Keep this card where you can find it fast, such as on the fridge or in your wallet.
paper-card-clinic = My clinic or hospital
paper-card-doctor = My doctor
paper-card-nurse = My nurse
paper-card-day-phone = Phone in the daytime
paper-card-night-phone = Phone at night and at weekends
paper-card-treatment = My treatment and when I started it
paper-questions = Questions for my next visit
paper-questions-lead = Write your questions down as you think of them. Take this page to your visit.
paper-visit-date = Date of my visit
paper-diary = Symptom diary
paper-diary-lead = Write down any change in how you feel, even a small one. Show this page to your care team.
paper-diary-date = Date
paper-diary-what = What I noticed
paper-diary-how-bad = How bad (0 to 10)
paper-diary-what-i-did = What I did

## Search, the glossary and a word's meaning. A box's typing line starts
## with its label ("Search:"); a space follows it.

search-title = Search the guide
search-typing = Search:
search-empty = Type a word, like "tired" or "rash".
search-found = { $count ->
        [one] { $count } place found. Enter opens it.
       *[other] { $count } places found. ↑↓ or Tab to choose, Enter to open.
    }
search-no-answer = No answer in this guide for “{ $query }”. Ask your care team about your own health.
search-help-lines = Help lines for general questions:
# All the help lines in one paragraph, when the box is small.
search-help-lines-short = Help lines: { $lines }.
search-did-you-mean = Did you mean { $word }?
search-offer-symptoms = Worried about a symptom? Open the symptom list
search-offer-symptoms-short = Open the symptom list
search-offer-glossary = Look up a word in the glossary
search-offer-glossary-short = Open the glossary
box-esc-to-close = Esc to close
glossary-title = Glossary: words and what they mean
glossary-find = Find a word:
glossary-none = No word in the glossary has those letters. Press Backspace to try again.
glossary-count = { $count ->
        [one] { $count } word
       *[other] { $count } words
    }, A to Z.
glossary-count-filtered = { $count ->
        [one] { $count } word
       *[other] { $count } words
    } with those letters.
# A word found by another name: the letters typed are marked in that name.
glossary-also-called = { $term } · also called “{ $alias }”
definition-also-called = Also called: { $names }
definition-read-more = Read more (Tab to choose, Enter to open):

## The symptom list

symptoms-title = Worried about a symptom?
symptoms-find = Find:
symptoms-none = No symptom in the list has those letters. Backspace to try again.
symptoms-count = { $count ->
        [one] { $count } symptom
       *[other] { $count } symptoms
    }, A to Z.
# How soon to act: short for the list, then the whole instruction.
urgency-emergency = Call 911 now
urgency-call-now = Call team now
urgency-tell-soon = Tell team soon
urgency-emergency-advice = Call 911 or go to the emergency department now.
urgency-call-now-advice = Call your care team now, day or night.
urgency-tell-soon-advice = Tell your team at your next visit, or call in working hours.

## Bookmarks

bookmarks-title = Bookmarks
bookmarks-keys = Enter open · d delete · Esc close
bookmarks-count = { $count ->
        [0] No bookmarks yet. On a page, press m to add one.
        [one] { $count } bookmark.
       *[other] { $count } bookmarks.
    }

## The kiosk: the idle countdown and the staff PIN prompt

countdown-title = Still reading?
countdown-still-reading = Still reading? Touch the screen or press any key.
countdown-restart = The guide will start again for the next person in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
pin-title = Staff
pin-prompt = Staff only. Type the PIN, then press Enter. Esc cancels.
# Before the dots that stand for the PIN typed; a space follows it.
pin-label = PIN:
pin-wrong = That PIN is not right. { $tries ->
        [one] { $tries } more try
       *[other] { $tries } more tries
    } before the prompt locks.
pin-locked = Too many wrong PINs. Try again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
pin-unlocked = You can try the PIN again now.

## Help at a kiosk: the buttons at the bottom, tapping, and the words of
## boxes used by touch

help-heading-buttons = The buttons at the bottom
help-heading-tapping = Tapping
help-tap-contents = Tap a title in the contents to read it. Tap ▸ to see the sections inside a chapter.
help-tap-words = Tap an underlined word to see what it means, or a link to go there. Anywhere on its line will do.
help-tap-swipe = Swipe up or down, or turn the mouse wheel, to move the text or a list.
help-tap-help = This help: Page ▶, ◀ Page or the wheel show more of it. Close puts it away.
help-heading-keys-kiosk = Keys, on a screen with a keyboard
# The Close button in help's border at a kiosk (the touch bar has one too).
help-close-kiosk = Close
help-title-more-by-touch = Help  (Page ▶ for more)
notice-close-puts-help-away = Close puts help away.
box-back-to-close = Back to close
glossary-open-by-key = Enter shows what a word means.
glossary-open-by-touch = Tap a word to see what it means.
definition-read-more-by-touch = Read more (tap one to open it):
symptoms-open-by-key = Enter reads about one.
symptoms-open-by-touch = Tap one to read about it.

## What kiosk help says each touch button does

touch-start-reading-about = Start reading the guide from its first page.
touch-back-about = Go back to where you were before. It also puts away a list or a word's meaning.
touch-contents-about = Show the list of chapters and sections, and tap a title to read it. The button looks pressed while the list shows; tap it again to put the list away.
touch-page-back = ◀ Page
touch-page-back-about = The page before, in the section you are reading. In a list, the part above.
touch-page-on = Page ▶
touch-page-on-about = The next page. After the last page of a section comes the next section. In a list, the part below.
touch-a-to-z = A–Z
touch-a-to-z-about = Symptoms A to Z, to find out what to do about a symptom, or words A to Z, to see what a word means.
touch-help-about = This page about the buttons.
touch-help-page-back-about = The part of this help above.
touch-help-page-on-about = More of this help.
touch-close = Close
touch-close-about = Put this help away and go back to reading.
touch-cancel-about = Put the staff PIN prompt away.

## A to Z: choosing the symptom list or the glossary

a-to-z-title = A to Z
a-to-z-symptoms = Symptoms A to Z
a-to-z-symptoms-about = Worried about a symptom? What to do about it, and where to read more.
a-to-z-words = Words A to Z
a-to-z-words-about = The medical words in this guide and what they mean (the glossary).
keys-a-to-z = A to Z
key-next-list = The next list
key-previous-list = The list before
key-open-list = Open the chosen list
key-a-to-z = A to Z: choose the symptom list or the glossary

## Colours, and the plain layout for screen readers (--plain)

hint-colours = Colours
key-colours = Colours: dark, light or high contrast, in turn
help-screen-colours = Hard to read? Press t to change the colours: dark, light, then high contrast.
notice-theme-light = Light theme. Press t for high contrast.
notice-theme-high-contrast = High-contrast theme. Press t for dark.
notice-theme-dark = Dark theme. Press t for light.
# In the plain layout, boxes are drawn as words: the callout-in-words
# labels start their first line, and a callout-end line ends them.
help-screen-callouts-in-words = A line that starts with a label, like "Warning:", holds something important. It ends at the next blank line, or at a line like "End of warning." "Emergency:" means call 911 or go to the emergency department now. "Warning:" means call your care team now, day or night. Other labels, like Important, Tip or Note, say what it holds.
callout-in-words-note = Note:
callout-in-words-tip = Tip:
callout-in-words-important = Important:
callout-in-words-warning = Warning:
callout-in-words-caution = Caution:
callout-in-words-emergency = Emergency:
callout-end-note = End of note.
callout-end-tip = End of tip.
callout-end-important = End of important note.
callout-end-warning = End of warning.
callout-end-caution = End of caution.
callout-end-emergency = End of emergency note.
# The plain layout's bottom line, where the page's frame is gone.
linear-page = Page { $page } of { $pages }.
linear-page-reviewed = Page { $page } of { $pages }. Reviewed { $date }.
# A glossary word among search results, shown as a path: Glossary › word.
search-glossary = Glossary

## Languages (app/language_switch.rs): L, the welcome screen's button and
## the kiosk's. Each language's name is written in that language, the same
## in every file, so a person who reads only that one finds it.

welcome-languages = Español / English (L)
touch-to-english = English
touch-to-spanish = Español
touch-to-english-about = Read this guide in English, on the same page.
touch-to-spanish-about = Read this guide in Spanish (Español), on the same page.
key-language = Español / English: read the guide in the other language
# After a switch, in the new language.
notice-language-now = The guide is now in English.
# The section read is not in this language yet: the nearest part is shown.
notice-language-part-missing = This part is not in English yet. The nearest part is shown.
notice-language-only = This guide is only in English here.
# At start: the language asked for (by --lang, a kiosk's setting or the
# computer's language), named in itself, is not in the guide.
notice-language-not-here = This guide is not in { $language } here, so it is shown in English.
# A bookmark or "Continue" in a section this language does not have yet.
notice-page-not-in-language = This page is not in English yet. Press L to read it in Spanish.
