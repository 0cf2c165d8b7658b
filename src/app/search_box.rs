//! The search box: typing, choosing a result or an offer ("Did you mean
//! …?", the symptom list, the glossary), opening it; and where each row
//! of the box is, which drawing and clicking share.
//!
//! When nothing is found, the box says so in words: the guide has no
//! answer for those words, a question about your own health is for your
//! care team, and the help lines the guide names (in its manifest) take
//! general questions. The symptom list and the glossary are offered as
//! choices that Tab, the arrows and Enter reach from inside the box, and
//! a click or tap opens.

use ratatui::layout::Rect;

use super::action::Action;
use super::geometry::{LIST_TOP, list_offset, overlay_area};
use super::glossary::open_glossary;
use super::matches::opened;
use super::navigate::jump;
use super::overlay::{Definition, MAX_RESULTS, Offer, Overlay, SearchBox, browsing_after};
use super::state::AppState;
use super::symptoms::open_symptoms;
use crate::phrases::Phrases;
use crate::search::HitTarget;

/// Rows each search result takes: its place in the guide, then the words
/// around the match.
pub const RESULT_ROWS: u16 = 2;

/// The most characters the box takes: a bound keeps a pasted novel from
/// becoming a query.
const MAX_QUERY_CHARS: usize = 200;

pub fn open_search(state: &mut AppState) {
    let query = state.highlight.clone().unwrap_or_default();
    let mut search = SearchBox {
        query,
        ..SearchBox::default()
    };
    refresh(state, &mut search);
    state.overlay = Some(Overlay::Search(search));
}

/// Runs the query again: results, offers, and the first result chosen (or
/// the first offer, when nothing is found).
pub fn refresh(state: &AppState, search: &mut SearchBox) {
    let (hits, suggestion) = state.index().find(&search.query, MAX_RESULTS);
    search.hits = hits;
    search.offers.clear();
    if search.query.trim().is_empty() {
        search.selected = 0;
        return;
    }
    if let Some(better) = suggestion {
        search.offers.push(Offer::Suggestion(better));
    }
    if search.hits.is_empty() {
        if !state.guide.symptoms.is_empty() {
            search.offers.push(Offer::Symptoms);
        }
        if !state.guide.glossary.is_empty() {
            search.offers.push(Offer::Glossary);
        }
    }
    search.selected = if search.hits.is_empty() {
        0
    } else {
        search.offers.len()
    };
}

pub fn search_action(
    state: &mut AppState,
    mut search: SearchBox,
    action: Action,
) -> Option<Overlay> {
    let last = search.choices().saturating_sub(1);
    search.browsing = browsing_after(action, search.browsing);
    match action {
        Action::Type(c) if search.query.chars().count() < MAX_QUERY_CHARS && !c.is_control() => {
            search.query.push(c);
            refresh(state, &mut search);
        }
        Action::Erase => {
            search.query.pop();
            refresh(state, &mut search);
        }
        Action::Down | Action::NextMark => search.selected = (search.selected + 1).min(last),
        Action::Up | Action::PreviousMark => search.selected = search.selected.saturating_sub(1),
        // The kiosk's page buttons: a screen of results at a time.
        Action::NextPage | Action::PreviousPage => {
            let page = search_layout(state, &search).hits_visible.max(1);
            search.selected = if action == Action::NextPage {
                (search.selected + page).min(last)
            } else {
                search.selected.saturating_sub(page)
            };
        }
        Action::Activate => return choose(state, search, None),
        Action::Close => {
            state.highlight = None;
            state.trail = None;
            return None;
        }
        _ => {}
    }
    Some(Overlay::Search(search))
}

/// Opens the chosen offer or result (`which`, or the selected one).
fn choose(state: &mut AppState, mut search: SearchBox, which: Option<usize>) -> Option<Overlay> {
    let which = which.unwrap_or(search.selected);
    if let Some(offer) = search.offers.get(which).cloned() {
        match offer {
            Offer::Suggestion(better) => {
                search.query = better;
                refresh(state, &mut search);
                return Some(Overlay::Search(search));
            }
            Offer::Symptoms => open_symptoms(state),
            Offer::Glossary => open_glossary(state),
        }
        return state.overlay.take();
    }
    open_hit(state, &search, which - search.offers.len());
    state.overlay.take()
}

/// Opens a search result at the page where the words are, with every
/// match on the page marked, and "Match 2 of 7" said.
fn open_hit(state: &mut AppState, search: &SearchBox, index: usize) {
    let Some(hit) = search.hits.get(index) else {
        return;
    };
    let marking = state.index().marking(&search.query);
    state.highlight = Some(marking).filter(|q| !q.is_empty());
    match hit.target {
        HitTarget::Section(section) => {
            jump(state, section);
            if let Some(word) = hit.word {
                let layout = state.layout();
                state.position.top =
                    layout.page_start_for(layout.line_of_anchor(word), state.plan().page_height());
            }
            opened(state, &search.hits, section);
        }
        HitTarget::Term(term) => {
            state.overlay = Some(Overlay::Definition(Definition {
                term,
                selected: None,
                from_list: None,
            }));
        }
    }
}

/// Where the parts of the search box go, inside its border.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchLayout {
    /// The room inside the border.
    pub inner: Rect,
    /// The line under the query: how many were found, or that nothing was.
    pub count: String,
    /// Nothing was found for the words typed.
    pub nothing: bool,
    /// Said before the offers, when nothing is found: wrapped lines.
    pub before: Vec<String>,
    /// The row of the first offer, inside `inner`; one row each.
    pub offers_top: u16,
    pub offers: usize,
    /// Said after the offers: the help lines, wrapped.
    pub after: Vec<String>,
    /// The row of the first result; `RESULT_ROWS` rows each.
    pub hits_top: u16,
    pub hit_offset: usize,
    pub hits_visible: usize,
}

/// Lays the box out for `search`, cutting what does not fit: the offers
/// are kept first, then the words before them, then the help lines.
pub fn search_layout(state: &AppState, search: &SearchBox) -> SearchLayout {
    let area = overlay_area(&state.plan());
    let inner = Rect::new(
        area.x + 1,
        area.y + 1,
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    );
    let width = usize::from(inner.width).max(1);
    let room = usize::from(inner.height.saturating_sub(LIST_TOP - 1));
    let query = search.query.trim();
    let nothing = !query.is_empty() && search.hits.is_empty();
    let words = state.phrases();
    let count = if query.is_empty() {
        words.get("search-empty").into_owned()
    } else if nothing {
        // Filled below: the first line of what is said.
        String::new()
    } else {
        words
            .with("search-found", &[("count", search.hits.len().into())])
            .into_owned()
    };
    let wrap = |text: &str, indent: &str| -> Vec<String> {
        // Phone numbers are never split at their hyphens.
        let options = textwrap::Options::new(width)
            .subsequent_indent(indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::wrap(text, options)
            .into_iter()
            .map(|l| l.into_owned())
            .collect()
    };
    let mut before = Vec::new();
    let mut after = Vec::new();
    if nothing {
        before = wrap(
            &words.with("search-no-answer", &[("query", query.into())]),
            "",
        );
        let lines = &state.guide.about.help_lines;
        if !lines.is_empty() {
            // One line each when there is room; on a small screen, one
            // paragraph, so every number is still shown.
            after.extend(wrap(&words.get("search-help-lines"), ""));
            for line in lines {
                after.extend(wrap(&format!("  {}", line.line()), "    "));
            }
            // The first line of `before` goes on the count's row.
            let left = (room + 1).saturating_sub(before.len() + search.offers.len());
            if after.len() > left {
                let all: Vec<String> = lines.iter().map(|l| l.line()).collect();
                let all = words.with(
                    "search-help-lines-short",
                    &[("lines", all.join("; ").into())],
                );
                after = wrap(&all, "");
            }
        }
    }
    let mut count = count;
    if nothing && !before.is_empty() {
        count = before.remove(0);
    }
    let offers = search.offers.len().min(room);
    before.truncate(room - offers);
    after.truncate(room - offers - before.len());
    let to_u16 = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let offers_top = (LIST_TOP - 1).saturating_add(to_u16(before.len()));
    let hits_top = offers_top
        .saturating_add(to_u16(offers))
        .saturating_add(to_u16(after.len()));
    let hits_visible =
        usize::from(inner.height.saturating_sub(hits_top)) / usize::from(RESULT_ROWS);
    let hit_offset = list_offset(search.selected_hit().unwrap_or(0), hits_visible);
    SearchLayout {
        inner,
        count,
        nothing,
        before,
        offers_top,
        offers,
        after,
        hits_top,
        hit_offset,
        hits_visible,
    }
}

/// The words an offer shows in `width` columns: shorter when the whole
/// sentence does not fit.
pub fn offer_text(offer: &Offer, width: usize, words: &Phrases) -> String {
    let (long, short) = match offer {
        Offer::Suggestion(better) => {
            return words
                .with("search-did-you-mean", &[("word", better.as_str().into())])
                .into_owned();
        }
        Offer::Symptoms => ("search-offer-symptoms", "search-offer-symptoms-short"),
        Offer::Glossary => ("search-offer-glossary", "search-offer-glossary-short"),
    };
    let long = words.get(long);
    if long.chars().count() <= width {
        long.into_owned()
    } else {
        words.get(short).into_owned()
    }
}

/// A click inside the search box: an offer or a result is opened.
pub fn search_click(state: &mut AppState, search: SearchBox, row: u16) -> Option<Overlay> {
    let layout = search_layout(state, &search);
    let Some(row) = row.checked_sub(layout.inner.y) else {
        return Some(Overlay::Search(search));
    };
    let offer = usize::from(row.saturating_sub(layout.offers_top));
    if row >= layout.offers_top && offer < layout.offers {
        return choose(state, search, Some(offer));
    }
    if row >= layout.hits_top {
        let index =
            layout.hit_offset + usize::from(row - layout.hits_top) / usize::from(RESULT_ROWS);
        if index < search.hits.len() && index < layout.hit_offset + layout.hits_visible {
            let which = search.offers.len() + index;
            return choose(state, search, Some(which));
        }
    }
    Some(Overlay::Search(search))
}
