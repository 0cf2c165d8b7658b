//! Where each part of the screen goes for a terminal size. The drawing code
//! and the update logic both use this plan, so what is drawn and what a
//! click hits can never disagree.

use crate::content::Guide;
use crate::phrases::Phrases;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};

/// Smallest terminal the reader is drawn in; below it a calm notice asks
/// for a larger window instead of a broken layout.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;
/// Below this width the contents list becomes an overlay.
pub const NARROW_BELOW: u16 = 70;
/// Narrowest kiosk screen: the touch buttons on two lines, each whole
/// (see `app::touch`).
pub const MIN_KIOSK_WIDTH: u16 = 40;
/// The longest line of text, for comfortable reading.
pub const MAX_TEXT_WIDTH: u16 = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    TooSmall,
    /// Contents list and reader side by side.
    Wide,
    /// Reader alone; the contents list opens over it.
    Narrow,
}

/// The parts of the reading screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenAreas {
    pub shape: Shape,
    pub area: Rect,
    /// The contents list, when it is visible: beside the text on a wide
    /// screen (at a kiosk, only while it is open), over it on a narrow one.
    pub contents: Option<Rect>,
    /// The reader's frame (border included).
    pub reader: Rect,
    /// The column of text inside the reader.
    pub text: Rect,
    /// The bottom row of key hints (in the linear mode, the page number
    /// and messages too), or the kiosk's touch bar.
    pub status: Rect,
    /// The linear mode (`--plain`): one column, nothing framed; see
    /// [`ScreenAreas::linear`].
    pub linear: bool,
}

impl ScreenAreas {
    pub fn new(width: u16, height: u16, contents_open: bool) -> Self {
        Self::build(width, height, contents_open, Some(1), MIN_WIDTH, true)
    }

    /// Kiosk mode: the bottom bar is the touch bar of large buttons,
    /// `bar_rows` high (`app::touch::bar_rows`; `None` when the buttons
    /// cannot be shown whole). The contents list shows only while it is
    /// open, so the Contents button visibly opens and closes it, and the
    /// text has the whole width otherwise.
    pub fn with_touch_bar(
        width: u16,
        height: u16,
        contents_open: bool,
        bar_rows: Option<u16>,
    ) -> Self {
        Self::build(
            width,
            height,
            contents_open,
            bar_rows,
            MIN_KIOSK_WIDTH,
            false,
        )
    }

    fn build(
        width: u16,
        height: u16,
        contents_open: bool,
        bar: Option<u16>,
        min_width: u16,
        always_beside: bool,
    ) -> Self {
        let area = Rect::new(0, 0, width, height);
        let fits = |bar: &u16| {
            width >= min_width && u32::from(height) + 1 >= u32::from(MIN_HEIGHT) + u32::from(*bar)
        };
        let Some(bar) = bar.filter(fits) else {
            return Self {
                shape: Shape::TooSmall,
                area,
                contents: None,
                reader: Rect::default(),
                text: Rect::default(),
                status: Rect::default(),
                linear: false,
            };
        };
        let [main, status] = area.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(bar),
        ]));
        let (shape, contents, reader) = if width >= NARROW_BELOW {
            // Wide enough that most titles fit on one line (long ones
            // wrap), while the text keeps at least 52 columns.
            let side = u16::try_from((u32::from(width) * 3 / 10).clamp(24, 40)).unwrap_or(40);
            if always_beside || contents_open {
                let [contents, reader] = main.layout(&Layout::horizontal([
                    Constraint::Length(side),
                    Constraint::Fill(1),
                ]));
                (Shape::Wide, Some(contents), reader)
            } else {
                (Shape::Wide, None, main)
            }
        } else {
            (Shape::Narrow, contents_open.then_some(main), main)
        };
        // Inside the border, one column of margin each side, at most
        // MAX_TEXT_WIDTH wide and centred (an odd column goes to the
        // right, as everywhere on this screen; `Rect::centered` would put
        // it on the left).
        let inside = reader.inner(Margin::new(2, 1));
        let text_width = inside.width.min(MAX_TEXT_WIDTH);
        let text = Rect {
            x: inside.x + (inside.width - text_width) / 2,
            width: text_width,
            ..inside
        };
        Self {
            shape,
            area,
            contents,
            reader,
            text,
            status,
            linear: false,
        }
    }

    /// The linear mode, for screen readers and magnifiers: this plan (of
    /// [`ScreenAreas::new`], or [`ScreenAreas::with_touch_bar`] for a
    /// kiosk) made one column read top to bottom. The reader takes the
    /// whole screen above the bottom bar: the section's path on its first
    /// row, then the text, from the second column (where lists and
    /// overlays start too). The contents, when open, takes the reader's
    /// place. A kiosk keeps its touch bar, and the row above it says which
    /// page this is (`touch_bar`); without one, the bottom line says it.
    pub fn linear(self, contents_open: bool, touch_bar: bool) -> Self {
        let mut plan = Self {
            linear: true,
            ..self
        };
        if plan.shape == Shape::TooSmall {
            return plan;
        }
        let main = Rect {
            height: plan.status.y,
            ..plan.area
        };
        let page_line = u16::from(touch_bar);
        plan.shape = Shape::Narrow;
        plan.contents = contents_open.then_some(main);
        plan.reader = main;
        plan.text = Rect::new(
            main.x + 1,
            main.y + 1,
            main.width.saturating_sub(2).min(MAX_TEXT_WIDTH),
            main.height.saturating_sub(1 + page_line),
        );
        plan
    }

    /// Lines on one page of the reader.
    pub fn page_height(&self) -> u16 {
        self.text.height.max(1)
    }
}

/// Whether a click at `column`, `row` is inside `rect`.
pub fn contains(rect: Rect, column: u16, row: u16) -> bool {
    rect.contains(Position::new(column, row))
}

/// The box that search and the glossary open in: most of the screen above
/// the status bar, leaving a margin so the page behind is still felt.
/// Centred by hand: `Rect::centered` puts an odd row or column on the
/// other side, which would move every box by one cell.
pub fn overlay_area(plan: &ScreenAreas) -> Rect {
    // Everything above the status or touch bar.
    let area = Rect::new(0, 0, plan.area.width, plan.status.y);
    // The linear mode frames nothing: a box is a screen of its own.
    if plan.linear {
        return area;
    }
    let width = area.width.saturating_sub(4).min(76);
    let height = area.height.saturating_sub(2).min(30);
    Rect::new(
        (area.width - width) / 2,
        (area.height - height) / 2,
        width,
        height,
    )
}

/// The way in by symptom at the top of the contents (a message id).
pub const CONTENTS_SYMPTOMS: &str = "contents-symptoms";

/// [`CONTENTS_SYMPTOMS`] in lines of `width` columns, at most two.
pub fn symptom_button_lines(width: u16, words: &Phrases) -> Vec<String> {
    let text = words.get(CONTENTS_SYMPTOMS);
    let mut lines: Vec<String> = textwrap::wrap(&text, usize::from(width.max(1)))
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    lines.truncate(2);
    lines
}

/// The contents box's inside: the "Worried about a symptom?" button at the
/// top when the guide has a symptom list (two rows when the box is
/// narrow), and the list's rows below it. Drawing, clicks and scrolling
/// all use it.
pub fn contents_parts(area: Rect, guide: &Guide) -> (Option<Rect>, Rect) {
    let symptoms = !guide.symptoms.is_empty();
    let inner = Rect::new(
        area.x + 1,
        area.y + 1,
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    );
    let rows = u16::try_from(symptom_button_lines(inner.width, &guide.phrases).len()).unwrap_or(1);
    if !symptoms || inner.height < rows + 2 {
        return (None, inner);
    }
    let button = Rect {
        height: rows,
        ..inner
    };
    let list = Rect {
        y: inner.y + rows,
        height: inner.height - rows,
        ..inner
    };
    (Some(button), list)
}

/// Rows inside an overlay before its list starts: the border and the
/// typing line, then a line for the count.
pub const LIST_TOP: u16 = 3;

/// The first entry shown in a list of `visible` rows so `selected` is in
/// view. Drawing and clicking both use it.
pub fn list_offset(selected: usize, visible: usize) -> usize {
    selected.saturating_sub(visible.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_fits_inside_the_screen() {
        for width in 0..200u16 {
            for height in [0u16, 1, 7, 8, 15, 24, 60] {
                for open in [false, true] {
                    let plan = ScreenAreas::new(width, height, open);
                    for rect in [plan.reader, plan.text, plan.status]
                        .into_iter()
                        .chain(plan.contents)
                    {
                        assert!(
                            rect.right() <= width && rect.bottom() <= height,
                            "{width}x{height}: {rect:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn text_is_capped_and_centred_on_wide_screens() {
        let plan = ScreenAreas::new(200, 50, false);
        assert_eq!(plan.shape, Shape::Wide);
        assert_eq!(plan.text.width, MAX_TEXT_WIDTH);
        let left_gap = plan.text.x - plan.reader.x;
        let right_gap = plan.reader.right() - plan.text.right();
        assert!(left_gap.abs_diff(right_gap) <= 1);
    }

    #[test]
    fn the_largest_terminal_is_laid_out_too() {
        for plan in [
            ScreenAreas::new(u16::MAX, u16::MAX, true),
            ScreenAreas::with_touch_bar(u16::MAX, u16::MAX, true, Some(5)),
        ] {
            assert_eq!(plan.shape, Shape::Wide);
            assert_eq!(plan.contents.map(|c| c.width), Some(40));
            assert_eq!(plan.text.width, MAX_TEXT_WIDTH);
            assert_eq!(plan.status.bottom(), u16::MAX);
        }
    }

    #[test]
    fn the_linear_mode_is_one_column_at_every_size() {
        for width in 0..200u16 {
            for height in [0u16, 1, 7, 8, 10, 15, 24, 60] {
                for (open, bar) in [(false, false), (true, false), (false, true), (true, true)] {
                    let plan = if bar {
                        ScreenAreas::with_touch_bar(width, height, open, Some(3))
                    } else {
                        ScreenAreas::new(width, height, open)
                    };
                    let plan = plan.linear(open, bar);
                    assert!(plan.linear);
                    if plan.shape == Shape::TooSmall {
                        continue;
                    }
                    assert_eq!(plan.shape, Shape::Narrow);
                    assert_eq!(plan.contents.is_some(), open);
                    // The path above the text; the text from column 1.
                    assert_eq!((plan.text.x, plan.text.y), (1, 1));
                    assert!(plan.text.width <= MAX_TEXT_WIDTH && plan.text.height > 0);
                    let page_line = u16::from(bar);
                    assert_eq!(plan.text.bottom() + page_line, plan.status.y);
                    assert_eq!(overlay_area(&plan), Rect::new(0, 0, width, plan.status.y));
                    for rect in [plan.reader, plan.text, plan.status] {
                        assert!(rect.right() <= width && rect.bottom() <= height);
                    }
                }
            }
        }
    }

    #[test]
    fn narrow_screens_hide_the_contents_until_asked() {
        assert_eq!(ScreenAreas::new(60, 20, false).contents, None);
        assert!(ScreenAreas::new(60, 20, true).contents.is_some());
        assert_eq!(ScreenAreas::new(20, 20, true).shape, Shape::TooSmall);
    }
}
