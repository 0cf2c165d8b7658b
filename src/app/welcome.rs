//! The welcome screen's parts and where they go: the way to the guide's
//! other language, what the guide is, that it does not replace the care
//! team, what to do in an emergency, the way in by symptom, and how to
//! start. Drawing and clicks both use this, so a tap on "Worried about a
//! symptom?" opens the symptom list, a tap on "Español / English" switches
//! language, and a tap anywhere else starts reading.

use ratatui::layout::Rect;

use crate::content::Guide;
use crate::typeset::{self, Callouts, Line};

// The words of the ways in, by message id (`crate::phrases`).
pub const START: &str = "welcome-start";
/// With a place kept from last time, the two ways in instead of [`START`]:
/// "Continue: <section>" and this.
pub const FROM_START: &str = "welcome-from-start";
pub const CONTINUE: &str = "welcome-continue";
pub const SYMPTOMS: &str = "welcome-symptoms";
/// The language button: each language named in itself, so a person who
/// reads only one of them finds it, and the key, which is the same in both.
pub const LANGUAGES: &str = "welcome-languages";

/// The parts of the welcome screen, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// "Español / English", when the guide comes in more than one language.
    Language,
    Title,
    Purpose,
    Welcome,
    Disclaimer,
    Emergency,
    Review,
    Symptoms,
    /// "Continue: <section>", when a place was kept from last time.
    Continue,
    /// The start button, or "Start from the beginning" beside Continue.
    Start,
}

impl Part {
    /// When the window is short, parts go in this order (lowest first);
    /// `None` is never cut: the disclaimer, the emergency note and the way
    /// to start are shown whole, or the window is asked to be larger.
    fn cut_order(self) -> Option<u8> {
        match self {
            Part::Welcome => Some(0),
            Part::Review => Some(1),
            Part::Purpose => Some(2),
            Part::Title => Some(3),
            Part::Symptoms => Some(4),
            // Last of all: for a person who cannot read the language
            // shown, it is the only way in.
            Part::Language => Some(5),
            Part::Disclaimer | Part::Emergency | Part::Continue | Part::Start => None,
        }
    }

    /// Drawn as a button, centred.
    pub fn is_button(self) -> bool {
        matches!(
            self,
            Part::Language | Part::Symptoms | Part::Continue | Part::Start
        )
    }
}

/// A line of the welcome box: plain words, or the welcome text as the
/// guide's markup lays it out.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    Plain(String),
    Body(Line),
    Gap,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WelcomeView {
    /// The framed box.
    pub outer: Rect,
    /// The text inside it.
    pub text: Rect,
    /// Each row of `text`, with the part it belongs to (`None` for a gap).
    pub rows: Vec<(Option<Part>, Text)>,
}

impl WelcomeView {
    /// The part at a cell, if any.
    pub fn part_at(&self, column: u16, row: u16) -> Option<Part> {
        let inside = column >= self.outer.x
            && column < self.outer.right()
            && row >= self.text.y
            && row < self.text.bottom();
        let at = usize::from(row.checked_sub(self.text.y)?);
        self.rows
            .get(at)
            .and_then(|(part, _)| *part)
            .filter(|_| inside)
    }
}

/// Lays the welcome screen out in `area`, or `None` when even the parts
/// that are never cut do not fit. `resume` is the title of a place kept
/// from last time: then "Continue" and "Start from the beginning" are the
/// ways in, each a button (two columns narrower, for the ▸ that marks the
/// chosen one).
/// `callouts` is how a callout in the welcome text is laid out: in words
/// in the linear mode. `languages`: the guide comes in more than one
/// language, so the language button goes first.
pub fn welcome_view(
    guide: &Guide,
    area: Rect,
    resume: Option<&str>,
    callouts: Callouts,
    languages: bool,
) -> Option<WelcomeView> {
    let (about, words) = (&guide.about, &guide.phrases);
    let width = area.width.saturating_sub(4).min(72);
    let columns = usize::from(width.max(1));
    let plain = |text: &str| -> Vec<Text> {
        textwrap::wrap(text, columns)
            .into_iter()
            .map(|l| Text::Plain(l.into_owned()))
            .collect()
    };
    let mut parts = Vec::new();
    if languages {
        parts.push((Part::Language, plain(&words.get(LANGUAGES))));
    }
    parts.extend([
        (Part::Title, plain(&about.title)),
        (Part::Purpose, plain(&about.purpose)),
        (
            Part::Welcome,
            typeset::body_with(&about.welcome, width, callouts, words)
                .into_iter()
                .map(Text::Body)
                .collect(),
        ),
        (Part::Disclaimer, plain(&about.disclaimer)),
        (Part::Emergency, plain(&about.emergency)),
        (Part::Review, plain(&about.review_note(words))),
    ]);
    if about.symptoms_file.is_some() {
        parts.push((Part::Symptoms, plain(&words.get(SYMPTOMS))));
    }
    match resume {
        Some(title) => {
            let choice = |text: &str| -> Vec<Text> {
                textwrap::wrap(text, columns.saturating_sub(4).max(1))
                    .into_iter()
                    .map(|l| Text::Plain(l.into_owned()))
                    .collect()
            };
            parts.push((
                Part::Continue,
                choice(&words.with(CONTINUE, &[("title", title.into())])),
            ));
            parts.push((Part::Start, choice(&words.get(FROM_START))));
        }
        None => parts.push((Part::Start, plain(&words.get(START)))),
    }

    let room = usize::from(area.height.saturating_sub(2));
    let rows = fit(room, parts)?;
    let height = u16::try_from(rows.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let box_width = (width + 4).min(area.width);
    let outer = Rect::new(
        area.x + (area.width - box_width) / 2,
        area.y + (area.height - height) / 2,
        box_width,
        height,
    );
    let text = Rect::new(
        outer.x + 2,
        outer.y + 1,
        outer.width.saturating_sub(4),
        outer.height.saturating_sub(2),
    );
    Some(WelcomeView { outer, text, rows })
}

/// Fits the parts into `room` rows: parts are cut in their order (see
/// [`Part::cut_order`]), then the blank rows between parts. `None` when
/// even the parts never cut do not fit.
fn fit(room: usize, mut parts: Vec<(Part, Vec<Text>)>) -> Option<Vec<(Option<Part>, Text)>> {
    let total = |parts: &[(Part, Vec<Text>)], gaps: bool| {
        let lines: usize = parts.iter().map(|(_, l)| l.len()).sum();
        let shown = parts.iter().filter(|(_, l)| !l.is_empty()).count();
        lines + if gaps { shown.saturating_sub(1) } else { 0 }
    };
    for level in 0..=5u8 {
        if total(&parts, true) <= room {
            break;
        }
        for (part, lines) in parts.iter_mut() {
            if part.cut_order() == Some(level) {
                lines.clear();
            }
        }
    }
    let gaps = total(&parts, true) <= room;
    let mut out = Vec::new();
    for (part, lines) in parts.into_iter().filter(|(_, l)| !l.is_empty()) {
        if gaps && !out.is_empty() {
            out.push((None, Text::Gap));
        }
        out.extend(lines.into_iter().map(|l| (Some(part), l)));
    }
    (out.len() <= room).then_some(out)
}
