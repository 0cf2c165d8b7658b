//! Drawing the search box with its results and offers, the glossary list,
//! and a word's definition, in the box [`overlay_area`] gives. The symptom
//! list is drawn by [`super::symptoms`].

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::AppState;
use crate::app::finding::{also_called, definition_area};
use crate::app::geometry::{LIST_TOP, list_offset, overlay_area};
use crate::app::overlay::{Definition, GlossaryList, Overlay, SearchBox, Why};
use crate::app::search_box::{offer_text, search_layout};
use crate::search::{HitTarget, find_letters};

use super::frames::{Framing, framed};
use super::theme::Theme;
use super::{truncate_left, truncate_right};

// Message ids (`crate::phrases`) that differ for keys and for touch.
/// How a box says it is closed: by key, or at a kiosk by its Back button.
const CLOSE_BY_KEY: &str = "box-esc-to-close";
const CLOSE_BY_TOUCH: &str = "box-back-to-close";
/// The glossary's second sentence, for keys or for touch.
const OPEN_A_WORD_BY_KEY: &str = "glossary-open-by-key";
const OPEN_A_WORD_BY_TOUCH: &str = "glossary-open-by-touch";
/// Above a word's related sections, for keys or for touch.
const READ_MORE_BY_KEY: &str = "definition-read-more";
const READ_MORE_BY_TOUCH: &str = "definition-read-more-by-touch";

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme) {
    let area = overlay_area(&state.plan());
    if area.width < 10 || area.height < LIST_TOP + 2 {
        return;
    }
    match &state.overlay {
        Some(Overlay::Search(search)) => search_box(frame, state, theme, area, search),
        Some(Overlay::Glossary(list)) => glossary(frame, state, theme, area, list),
        Some(Overlay::Symptoms(list)) => super::symptoms::draw(frame, state, theme, area, list),
        Some(Overlay::AToZ(list)) => super::a_to_z::draw(frame, state, theme, list),
        Some(Overlay::Definition(def)) => {
            if let Some(term) = state.guide.glossary.get(def.term) {
                let area = definition_area(&state.plan(), term, state.phrases());
                definition(frame, state, theme, area, def);
            }
        }
        None => {}
    }
}

/// Clears the area and draws the framed box (in the linear mode, a screen
/// with its title as a line of text); returns the room inside.
pub(super) fn open_box(
    frame: &mut Frame,
    state: &AppState,
    area: Rect,
    title: &str,
    theme: &Theme,
) -> Rect {
    let close = if state.kiosk.is_some() {
        CLOSE_BY_TOUCH
    } else {
        CLOSE_BY_KEY
    };
    let close = state.phrases().get(close);
    framed(
        frame,
        area,
        theme,
        Framing {
            title,
            foot: Some(&close),
            focused: true,
            linear: state.linear(),
        },
    )
}

/// The typing line: its label ("Search:"), what was typed and a visible
/// cursor block; and the column of that block, where the terminal's
/// cursor goes too.
pub(super) fn typing_line(
    label: &str,
    text: &str,
    width: usize,
    theme: &Theme,
) -> (Line<'static>, u16) {
    let room = width.saturating_sub(label.width() + 3);
    let shown = truncate_left(text, room);
    let at = u16::try_from(label.width() + 1 + shown.width()).unwrap_or(u16::MAX);
    let line = Line::from(vec![
        Span::styled(format!("{label} "), theme.title()),
        Span::raw(shown),
        Span::styled(" ", theme.key()),
    ]);
    (line, at)
}

/// Where the cursor goes in a box: on the typing line after what was
/// typed, or on the chosen entry's row (`lines` rows down), after its
/// marker.
pub(super) fn place_cursor(frame: &mut Frame, inner: Rect, row: usize, column: u16) {
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let row = u16::try_from(row).unwrap_or(u16::MAX).min(inner.height - 1);
    let column = column.min(inner.width - 1);
    frame.set_cursor_position(Position::new(inner.x + column, inner.y + row));
}

/// Columns before a chosen entry's words: its "▶ " marker.
const MARKER: u16 = 2;

fn search_box(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect, search: &SearchBox) {
    let words = state.phrases();
    let inner = open_box(frame, state, area, &words.get("search-title"), theme);
    let layout = search_layout(state, search);
    let width = usize::from(inner.width);
    let (typing, typed_to) = typing_line(&words.get("search-typing"), &search.query, width, theme);
    let mut lines = vec![typing];
    let mut cursor = (0, typed_to);
    // "No answer in this guide" is what matters most then: not dimmed.
    let count_style = if layout.nothing {
        Style::new()
    } else {
        theme.dim()
    };
    lines.push(Line::from(Span::styled(
        truncate_right(&layout.count, width),
        count_style,
    )));
    for text in &layout.before {
        lines.push(Line::from(text.clone()));
    }
    for (i, offer) in search.offers.iter().enumerate().take(layout.offers) {
        let chosen = i == search.selected;
        if chosen && search.browsing {
            cursor = (lines.len(), MARKER);
        }
        let marker = if chosen { "▶ " } else { "  " };
        let style = if chosen {
            theme.selected()
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        };
        lines.push(Line::from(vec![
            Span::raw(marker),
            Span::styled(
                truncate_right(
                    &offer_text(offer, width.saturating_sub(2), words),
                    width.saturating_sub(2),
                ),
                style,
            ),
        ]));
    }
    for text in &layout.after {
        lines.push(Line::from(Span::styled(text.clone(), theme.dim())));
    }
    let hits = search
        .hits
        .iter()
        .enumerate()
        .skip(layout.hit_offset)
        .take(layout.hits_visible);
    for (i, hit) in hits {
        let place = match hit.target {
            HitTarget::Section(s) => crate::app::linear::path_of(state, s),
            HitTarget::Term(t) => {
                // A path, like a section's: the glossary, then the word.
                let term = state.guide.glossary.get(t).map_or("", |t| t.term.as_str());
                let between = if state.linear() {
                    crate::app::linear::PATH_BETWEEN
                } else {
                    " › "
                };
                format!("{}{between}{term}", words.get("search-glossary"))
            }
        };
        let chosen = search.selected_hit() == Some(i);
        if chosen && search.browsing {
            cursor = (lines.len(), MARKER);
        }
        let place_style = if chosen {
            theme.selected()
        } else {
            theme.title()
        };
        let marker = if chosen { "▶ " } else { "  " };
        lines.push(Line::from(Span::styled(
            format!("{marker}{}", truncate_left(&place, width.saturating_sub(2))),
            place_style,
        )));
        lines.push(snippet_line(&hit.snippet, &hit.matched, width, theme));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    place_cursor(frame, inner, cursor.0, cursor.1);
}

/// The words around a match, with the match itself shown in reverse video
/// (not by colour alone).
fn snippet_line(
    snippet: &str,
    marks: &[std::ops::Range<usize>],
    width: usize,
    theme: &Theme,
) -> Line<'static> {
    marked_line(snippet, marks, width, theme.match_mark())
}

/// `text` after an indent, cut to `width`, with `marks` in `mark`.
fn marked_line(
    snippet: &str,
    marks: &[std::ops::Range<usize>],
    width: usize,
    mark: Style,
) -> Line<'static> {
    let mut spans = vec![Span::raw("    ")];
    let mut at = 0;
    let mut used = 4;
    let mut push = |text: &str, style: Style, spans: &mut Vec<Span<'static>>| {
        let room = width.saturating_sub(used);
        let text = truncate_right(text, room);
        used += text.width();
        spans.push(Span::styled(text, style));
    };
    for range in marks {
        let (Some(before), Some(matched)) =
            (snippet.get(at..range.start), snippet.get(range.clone()))
        else {
            continue;
        };
        push(before, Style::new(), &mut spans);
        push(matched, mark, &mut spans);
        at = range.end;
    }
    push(snippet.get(at..).unwrap_or(""), Style::new(), &mut spans);
    Line::from(spans)
}

fn glossary(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect, list: &GlossaryList) {
    let words = state.phrases();
    let inner = open_box(frame, state, area, &words.get("glossary-title"), theme);
    let width = usize::from(inner.width);
    let (typing, typed_to) = typing_line(&words.get("glossary-find"), &list.filter, width, theme);
    let mut lines = vec![typing];
    let mut cursor = (0, typed_to);
    let count = if list.shown.is_empty() {
        words.get("glossary-none").into_owned()
    } else {
        let n = [("count", list.shown.len().into())];
        let how = words.get(if state.kiosk.is_some() {
            OPEN_A_WORD_BY_TOUCH
        } else {
            OPEN_A_WORD_BY_KEY
        });
        let count = if list.filter.trim().is_empty() {
            words.with("glossary-count", &n)
        } else {
            words.with("glossary-count-filtered", &n)
        };
        // Two whole sentences: how many, then how to open one.
        format!("{count} {how}")
    };
    lines.push(Line::from(Span::styled(
        truncate_right(&count, width),
        theme.dim(),
    )));
    let visible = usize::from(inner.height.saturating_sub(LIST_TOP - 1));
    let offset = list_offset(list.selected, visible);
    for (i, shown) in list.shown.iter().enumerate().skip(offset).take(visible) {
        let Some(term) = state.guide.glossary.get(shown.term) else {
            continue;
        };
        let chosen = i == list.selected;
        if chosen && list.browsing {
            cursor = (lines.len(), MARKER);
        }
        let style = if chosen {
            theme.selected()
        } else {
            Style::new()
        };
        // The letters typed are marked where they were found: in the name,
        // or in the other name shown after it.
        let mut text = term.term.clone();
        let mut from = 0;
        if let Why::Alias(alias) = &shown.why {
            let said = words.with(
                "glossary-also-called",
                &[
                    ("term", term.term.as_str().into()),
                    ("alias", alias.as_str().into()),
                ],
            );
            // The letters are marked in the other name: where the message
            // put it (the last time it appears, after the word itself).
            from = said.rfind(alias.as_str()).unwrap_or(said.len());
            text = said.into_owned();
        }
        let marks: Vec<std::ops::Range<usize>> = if list.filter.trim().is_empty() {
            Vec::new()
        } else {
            find_letters(&text[from..], list.filter.trim())
                .into_iter()
                .map(|r| r.start + from..r.end + from)
                .collect()
        };
        let marker = if chosen { "▶ " } else { "  " };
        // In the chosen row, which has colours of its own (or reverse
        // video), the letters are marked as the theme says.
        let mark_style = if chosen {
            theme.chosen_match()
        } else {
            theme.match_mark()
        };
        let mut line = marked_line(&text, &marks, width, mark_style);
        line.spans[0] = Span::raw(marker);
        let used: usize = line.spans.iter().map(|s| s.content.width()).sum();
        line.spans
            .push(Span::raw(" ".repeat(width.saturating_sub(used))));
        lines.push(line.style(style));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    place_cursor(frame, inner, cursor.0, cursor.1);
}

fn definition(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect, def: &Definition) {
    let Some(term) = state.guide.glossary.get(def.term) else {
        return;
    };
    let words = state.phrases();
    let inner = open_box(frame, state, area, &term.term, theme);
    let width = usize::from(inner.width.max(1));
    let mut lines: Vec<Line> = Vec::new();
    for part in textwrap::wrap(&term.definition, width) {
        lines.push(Line::from(part.into_owned()));
    }
    if !term.aliases.is_empty() {
        lines.push(Line::default());
        let also = also_called(term, words);
        for part in textwrap::wrap(&also, width) {
            lines.push(Line::from(Span::styled(part.into_owned(), theme.dim())));
        }
    }
    // Related sections sit at the bottom, one per row, where a click on
    // them is expected by the update logic.
    let related: Vec<Line> = term
        .see_also
        .iter()
        .enumerate()
        .filter_map(|(i, id)| {
            let index = state.guide.section_index(id)?;
            let chosen = def.selected == Some(i);
            let text = format!("→ {}", crate::app::linear::path_of(state, index));
            let style = if chosen {
                theme.selected()
            } else {
                Style::new().add_modifier(Modifier::UNDERLINED)
            };
            Some(Line::from(Span::styled(truncate_left(&text, width), style)))
        })
        .collect();
    let room =
        usize::from(inner.height).saturating_sub(related.len() + usize::from(!related.is_empty()));
    lines.truncate(room);
    while lines.len() < room {
        lines.push(Line::default());
    }
    // The cursor on the related section Tab chose, else on the meaning.
    let chosen_row = def.selected.map(|i| lines.len() + 1 + i);
    if !related.is_empty() {
        let read_more = if state.kiosk.is_some() {
            READ_MORE_BY_TOUCH
        } else {
            READ_MORE_BY_KEY
        };
        lines.push(Line::from(Span::styled(words.get(read_more), theme.dim())));
        lines.extend(related);
    }
    frame.render_widget(Paragraph::new(lines), inner);
    match chosen_row {
        Some(row) => place_cursor(frame, inner, row, MARKER),
        None => place_cursor(frame, inner, 0, 0),
    }
}
