//! Drawing the symptom list: the filter, how many there are, each symptom
//! with what to do in words, and what the chosen one's label means.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::AppState;
use crate::app::overlay::SymptomList;
use crate::app::symptoms::{list_area, visible_entries};
use crate::content::Urgency;

use super::finding::{open_box, place_cursor, typing_line};
use super::theme::Theme;
use super::truncate_right;

/// The count line's second sentence, for keys or for touch (message ids,
/// `crate::phrases`).
const READ_ONE_BY_KEY: &str = "symptoms-open-by-key";
const READ_ONE_BY_TOUCH: &str = "symptoms-open-by-touch";

pub fn draw(frame: &mut Frame, state: &AppState, theme: &Theme, area: Rect, list: &SymptomList) {
    let words = state.phrases();
    let inner = open_box(frame, state, area, &words.get("symptoms-title"), theme);
    let width = usize::from(inner.width);
    let count = if list.shown.is_empty() {
        words.get("symptoms-none").into_owned()
    } else {
        let count = words.with("symptoms-count", &[("count", list.shown.len().into())]);
        let how = words.get(if state.kiosk.is_some() {
            READ_ONE_BY_TOUCH
        } else {
            READ_ONE_BY_KEY
        });
        // Two whole sentences: how many, then how to open one, when both fit.
        let more = format!("{count} {how}");
        if more.chars().count() <= width {
            more
        } else {
            count.into_owned()
        }
    };
    let (typing, typed_to) = typing_line(&words.get("symptoms-find"), &list.filter, width, theme);
    let head = vec![
        typing,
        Line::from(Span::styled(truncate_right(&count, width), theme.dim())),
    ];
    frame.render_widget(Paragraph::new(head), inner);
    // The cursor after the letters typed, or on the chosen symptom once
    // the arrows moved to it.
    let mut cursor = (inner, 0, typed_to);

    let rows = list_area(state);
    let buf_lines = visible_entries(state, list);
    let mut lines: Vec<Line> = Vec::new();
    for (_, entry) in &buf_lines {
        let Some(symptom) = list
            .shown
            .get(entry.at)
            .and_then(|&i| state.guide.symptoms.get(i))
        else {
            continue;
        };
        let chosen = entry.at == list.selected;
        if chosen && list.browsing {
            cursor = (rows, lines.len(), 2);
        }
        let style = if chosen {
            theme.selected()
        } else {
            Style::new()
        };
        let label_text = symptom.urgency.label(words);
        let label = Span::styled(label_text.clone(), urgency_style(symptom.urgency, theme));
        let last = entry.name.len().saturating_sub(1);
        for (n, part) in entry.name.iter().enumerate() {
            let marker = match (n, chosen) {
                (0, true) => "▶ ",
                _ => "  ",
            };
            let mut spans = vec![Span::styled(format!("{marker}{part}"), style)];
            let used = 2 + part.width();
            if n == last && !entry.label_alone {
                let gap = width.saturating_sub(used + label_text.width());
                spans.push(Span::styled(" ".repeat(gap), style));
                spans.push(label.clone());
            } else {
                spans.push(Span::styled(" ".repeat(width.saturating_sub(used)), style));
            }
            lines.push(Line::from(spans));
        }
        if entry.label_alone {
            let gap = width.saturating_sub(label_text.width());
            lines.push(Line::from(vec![
                Span::styled(" ".repeat(gap), style),
                label,
            ]));
        }
    }
    frame.render_widget(Paragraph::new(lines), rows);
    place_cursor(frame, cursor.0, cursor.1, cursor.2);

    // What the chosen symptom's label means, in a whole sentence.
    let chosen = list
        .shown
        .get(list.selected)
        .and_then(|&i| state.guide.symptoms.get(i));
    let advice = Rect::new(
        inner.x,
        rows.bottom(),
        inner.width,
        inner.bottom().saturating_sub(rows.bottom()),
    );
    if let Some(symptom) = chosen {
        let style = urgency_style(symptom.urgency, theme);
        let text: Vec<Line> = textwrap::wrap(&symptom.urgency.advice(words), width.max(1))
            .into_iter()
            .map(|l| Line::from(Span::styled(l.into_owned(), style)))
            .collect();
        frame.render_widget(Paragraph::new(text), advice);
    }
}

/// The emergency tier stands out like the emergency note; the others are
/// plain words, never told apart by colour alone.
fn urgency_style(urgency: Urgency, theme: &Theme) -> Style {
    match urgency {
        Urgency::Emergency => theme.emergency(),
        Urgency::CallNow => theme.title(),
        Urgency::TellSoon => Style::new(),
    }
}
