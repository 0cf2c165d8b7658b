//! Everything the screen shows, in one place. Only [`super::update`]
//! changes it.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use crate::content::Guide;
use crate::language::Language;
use crate::phrases::{Arg, Phrase, Phrases};
use crate::settings::ThemeName;
use crate::typeset::{Callouts, SectionLayout};

use super::contents::Contents;
use super::editions::Edition;
use super::geometry::ScreenAreas;
use super::history::History;
use super::kept::Reading;
use super::keymap::KeyContext;
use super::kiosk_state::KioskMode;
use super::links::{Link, TermFinder, page_links};
use super::overlay::Overlay;
use super::pages::LayoutCache;
use super::position::Position;
use super::trail::Trail;
// Defined in position.rs; named here too for the code that took it from
// here first.
use crate::search::SearchIndex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Reader,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Reader,
    Contents,
}

#[derive(Debug, Clone)]
pub struct AppState {
    pub guide: Arc<Guide>,
    /// The language of the guide and of every screen string.
    pub language: Language,
    /// Every language the guide comes in, the one shown included: with
    /// more than one, the welcome screen and the kiosk offer a switch.
    pub languages: Vec<Language>,
    /// The guide in the other languages, once they are loaded (a moment
    /// after the first frame for the built-in guide).
    pub other_editions: Vec<Edition>,
    pub screen: Screen,
    pub focus: Focus,
    pub help_open: bool,
    /// First line of help shown, when help is taller than the screen.
    pub help_scroll: usize,
    /// Whether clicks are captured; help says how to select text.
    pub mouse: bool,
    pub contents: Contents,
    pub position: Position,
    pub width: u16,
    pub height: u16,
    pub pages: LayoutCache,
    /// A short calm message in the status bar ("This is the end of the
    /// guide."), cleared by the next action: a message, said in the
    /// language shown when it is drawn.
    pub notice: Option<Phrase>,
    pub quit: bool,
    /// Search, glossary or a definition, when one is open.
    pub overlay: Option<Overlay>,
    pub history: History,
    /// The words of the last search opened, marked on every page until
    /// Esc clears them: as `SearchIndex::marking` writes them.
    pub highlight: Option<String>,
    /// The sections that search found, best first, for n and N.
    pub trail: Option<Trail>,
    /// "Match 2 of 7" for the bottom line, set by n, N and opening a
    /// result, and cleared by the next action like `notice`.
    pub match_count: Option<(usize, usize)>,
    /// A letter that is no key was just typed outside a box: the next
    /// letters are taken as typing too (see `keymap::still_typing`).
    pub typing: bool,
    /// Links and glossary words on the page shown, and the one Tab chose.
    pub links: Vec<Link>,
    pub focused_link: Option<usize>,
    /// What `links` were found for: the page and the text width.
    links_for: Option<(Position, u16, u16)>,
    /// Made on the first search, not at start-up (it costs a quarter of a
    /// second on a 10,000-section guide); shared so a copy is cheap.
    pub index: Arc<OnceLock<SearchIndex>>,
    pub terms: Arc<TermFinder>,
    /// Set in kiosk mode: timers, the staff exit, the touch bar.
    pub kiosk: Option<KioskMode>,
    /// Resume and bookmarks, for a person at their own terminal; never
    /// set in kiosk mode.
    pub reading: Option<Reading>,
    /// Whether the terminal shows web addresses as links to click (OSC 8);
    /// never in kiosk mode.
    pub hyperlinks: bool,
    /// The linear mode for screen readers and magnifiers (`--plain`): one
    /// column, nothing framed, callouts in words. Set through
    /// [`AppState::set_linear`], which lays the page out again.
    linear: bool,
    /// The look shown, once the program has said which (a look `t` chose
    /// replaces it); `None` draws the theme given to drawing, as after a
    /// kiosk's reset.
    pub theme: Option<ThemeName>,
}

impl AppState {
    pub fn new(guide: Arc<Guide>, width: u16, height: u16) -> Self {
        let language = Language::from_code(&guide.about.language).unwrap_or_default();
        let mut state = Self {
            language,
            languages: vec![language],
            other_editions: Vec::new(),
            guide: Arc::clone(&guide),
            screen: Screen::Welcome,
            focus: Focus::Reader,
            help_open: false,
            help_scroll: 0,
            mouse: true,
            contents: Contents::default(),
            position: Position::default(),
            width,
            height,
            pages: LayoutCache::default(),
            notice: None,
            quit: false,
            overlay: None,
            history: History::default(),
            highlight: None,
            trail: None,
            match_count: None,
            typing: false,
            links: Vec::new(),
            focused_link: None,
            links_for: None,
            index: Arc::default(),
            terms: Arc::new(TermFinder::new(&guide)),
            kiosk: None,
            reading: None,
            hyperlinks: false,
            linear: false,
            theme: None,
        };
        let guide = Arc::clone(&state.guide);
        state.contents.select(&guide, 0);
        state.prepare();
        state
    }

    /// The same screen, size and settings with the whole guide in place of
    /// the manifest-only one the welcome screen started with. Nothing else
    /// has happened yet (keys wait until the guide is ready), so only the
    /// settings, the languages and the kept places are carried over.
    pub fn with_guide(self, guide: Arc<Guide>) -> Self {
        let mut state = Self::new(guide, self.width, self.height);
        state.language = self.language;
        state.languages = self.languages;
        state.other_editions = self.other_editions;
        state.mouse = self.mouse;
        state.kiosk = self.kiosk;
        state.reading = self.reading;
        state.hyperlinks = self.hyperlinks;
        state.set_linear(self.linear);
        state.theme = self.theme;
        state.notice = self.notice.clone();
        let guide = Arc::clone(&state.guide);
        let others: Vec<&Guide> = state.other_editions.iter().map(|e| &*e.guide).collect();
        if let Some(note) = state
            .reading
            .as_mut()
            .and_then(|r| r.settle_among(&guide, &others))
        {
            state.tell(note);
        }
        state
    }

    /// Whether the guide is shown in the linear mode (`--plain`).
    pub fn linear(&self) -> bool {
        self.linear
    }

    /// Turns the linear mode on or off: the page is laid out again, and
    /// its links found again, for the new layout.
    pub fn set_linear(&mut self, linear: bool) {
        if self.linear != linear {
            self.linear = linear;
            self.forget_marks();
            self.prepare();
        }
    }

    /// Forgets the links and words found on the page, so they are found
    /// again: after a new version of the guide, the same place may hold
    /// other links.
    pub fn forget_marks(&mut self) {
        self.links_for = None;
    }

    /// The search index, made the first time it is needed.
    pub fn index(&self) -> &SearchIndex {
        self.index.get_or_init(|| SearchIndex::new(&self.guide))
    }

    /// The narrow-screen contents overlay is open when the contents list
    /// has the focus.
    pub fn plan(&self) -> ScreenAreas {
        let contents_open = self.focus == Focus::Contents;
        let kiosk = self.kiosk.is_some();
        let plan = if kiosk {
            let languages = self.languages.len() > 1;
            let bar =
                super::touch::bar_rows_with(languages, self.width, self.height, self.phrases());
            ScreenAreas::with_touch_bar(self.width, self.height, contents_open, bar)
        } else {
            ScreenAreas::new(self.width, self.height, contents_open)
        };
        if self.linear {
            plan.linear(contents_open, kiosk)
        } else {
            plan
        }
    }

    /// Which keys apply now.
    pub fn context(&self) -> KeyContext {
        if let Some(place) = self.kiosk.as_ref().and_then(KioskMode::context) {
            return place;
        }
        if self.reading.as_ref().is_some_and(Reading::list_open) {
            return KeyContext::Bookmarks;
        }
        match &self.overlay {
            Some(Overlay::Search(_)) => return KeyContext::Search,
            Some(Overlay::Glossary(_)) => return KeyContext::Glossary,
            Some(Overlay::Definition(_)) => return KeyContext::Definition,
            Some(Overlay::Symptoms(_)) => return KeyContext::Symptoms,
            Some(Overlay::AToZ(_)) => return KeyContext::AToZ,
            None => {}
        }
        match (self.screen, self.focus) {
            (Screen::Welcome, _) => KeyContext::Welcome,
            (Screen::Reader, Focus::Contents) => KeyContext::Contents,
            (Screen::Reader, Focus::Reader) => KeyContext::Reader,
        }
    }

    /// Which keys apply now: as [`AppState::place`], but help's own keys
    /// while help is open. The bars keep showing the place under help.
    pub fn key_context(&self) -> KeyContext {
        match self.kiosk.as_ref().and_then(KioskMode::context) {
            Some(place) => place,
            None if self.help_open => KeyContext::Help,
            None => self.context(),
        }
    }

    /// The words on the screen, in the language shown.
    pub fn phrases(&self) -> &Phrases {
        &self.guide.phrases
    }

    /// Sets the notice for the bottom line: a message id.
    pub fn tell(&mut self, id: &'static str) {
        self.notice = Some(Phrase::new(id));
    }

    /// What the bottom line says after the last action: the notice, and
    /// where the reader is among the search's matches.
    pub fn status_message(&self) -> Option<Cow<'_, str>> {
        let words = self.phrases();
        let notice = self.notice.as_ref().map(|n| words.phrase(n));
        match (notice, self.match_count) {
            (Some(notice), Some((n, of))) => Some(words.with(
                "match-count-and-notice",
                &[
                    ("n", n.into()),
                    ("of", of.into()),
                    ("notice", Arg::Text(notice)),
                ],
            )),
            (None, Some((n, of))) => {
                Some(words.with("match-count", &[("n", n.into()), ("of", of.into())]))
            }
            (notice, None) => notice,
        }
    }

    /// The current section laid out at the current width.
    pub fn layout(&mut self) -> Arc<SectionLayout> {
        let width = self.plan().text.width;
        let section = self.position.section;
        self.pages.get(&self.guide, section, width, self.callouts())
    }

    /// The current section's layout for drawing; lays it out afresh only
    /// if [`AppState::prepare`] was not called (never after `update`).
    pub fn layout_for_drawing(&self) -> Arc<SectionLayout> {
        let width = self.plan().text.width;
        self.pages
            .peek(self.position.section, width, self.callouts())
            .unwrap_or_else(|| {
                Arc::new(crate::typeset::section_with(
                    &self.guide,
                    self.position.section,
                    width,
                    self.callouts(),
                ))
            })
    }

    /// How callouts are laid out: boxed, or in words in the linear mode.
    pub fn callouts(&self) -> Callouts {
        if self.linear {
            Callouts::InWords
        } else {
            Callouts::Boxed
        }
    }

    /// Makes sure what will be drawn is laid out and in view, and finds
    /// the links and glossary words on the page once, not on every frame.
    pub fn prepare(&mut self) {
        let layout = self.layout();
        let plan = self.plan();
        // A place kept from another width (history, a reload) may be past
        // the end now: show the last page, never a blank one.
        if self.position.top >= layout.lines.len() && !layout.lines.is_empty() {
            self.position.top = layout.last_page(plan.page_height());
        }
        let key = (self.position, plan.text.width, plan.text.height);
        if self.links_for != Some(key) {
            self.links = page_links(
                &self.guide,
                &self.terms,
                &layout.lines,
                self.position.top,
                layout.shown(self.position.top, plan.page_height()),
            );
            self.links_for = Some(key);
            self.focused_link = None;
        }
        let plan = self.plan();
        // The list's rows, below the symptom list's row.
        let (lines, width) = plan.contents.map_or((1, 1), |r| {
            let (_, list) = super::geometry::contents_parts(r, &self.guide);
            (usize::from(list.height), usize::from(list.width))
        });
        let guide = Arc::clone(&self.guide);
        self.contents
            .keep_visible(&guide, lines, width, self.position.section);
    }

    /// Page N of M for the current place.
    pub fn page(&self) -> (usize, usize) {
        let layout = self.layout_for_drawing();
        let height = self.plan().page_height();
        layout.page_of(self.position.top, height)
    }
}
