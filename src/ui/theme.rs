//! Colours and text styles, in three looks: dark and light (the usual
//! look, each chosen to read on its background) and high contrast (bright
//! white on black over every cell, for low vision). All three use only the
//! 16 named ANSI colours, so they follow the terminal's own palette and
//! work on the Linux console. tests/it/contrast.rs draws the screens in
//! each look and checks every colour pair on them against the palettes of
//! common terminals: 4.5:1 for text, 3:1 for box lines.
//!
//! What the terminals do to colours shapes the choices here:
//!
//! - Many terminals (xterm, Windows Terminal, macOS Terminal, the Linux
//!   console) show bold text in one of the first eight colours in its
//!   bright version, so black text on a coloured badge is never bold.
//! - The Linux console shows bold reversed text as dark grey on light
//!   grey, and bright colours on a reversed cell the same way, so colours
//!   never rely on reverse video: a chosen entry has colours of its own.
//!   Reverse video is kept for NO_COLOR, without bold.
//! - The Linux console draws underlined text in cyan, whatever its colour,
//!   so nothing underlined sits on a light or cyan background.
//!
//! Nothing depends on colour alone: callouts carry a label in words,
//! links are bold and underlined with → in front, glossary words are
//! underlined only, titles are bold, the chosen entry has ▶ or reverse
//! video. With NO_COLOR set, only bold, underline and reverse are used.

use std::ffi::OsStr;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

use crate::content::CalloutKind;
use crate::typeset::{Piece, Tone};

// Defined in settings.rs; named here too, beside the Theme made from it.
pub use crate::settings::ThemeName;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// False under NO_COLOR: no colours, only bold, underline and reverse.
    pub color: bool,
    /// The look; `Auto` draws as dark (the program settles it before
    /// drawing, see `ThemeName::resolve`).
    pub name: ThemeName,
}

/// The colours of one look, by what they are for.
struct Inks {
    /// Every cell's colours where nothing else chose: high contrast only.
    /// The others leave the terminal's own.
    text: Option<(Color, Color)>,
    /// Titles, bullets, the section being read, the box in focus.
    accent: Color,
    link: Color,
    /// Key names in help; `None` is the text's colour.
    key_name: Option<Color>,
    /// Less important text (review dates, sources, counts); `None` is the
    /// text's colour.
    quiet: Option<Color>,
    /// The lines of a box not in focus.
    border: Color,
    /// A short message on the bottom line.
    notice: Color,
    /// The chosen entry, a key on the bottom line and a button: letters
    /// and background.
    chosen: (Color, Color),
    /// A callout's box lines.
    frame: fn(CalloutKind) -> Color,
}

/// For dark backgrounds. The dark half of the palette (blue, red,
/// magenta, dark grey) is too dark to read on black in some terminal
/// or other, so text uses the bright half.
const DARK: Inks = Inks {
    text: None,
    accent: Color::LightCyan,
    link: Color::LightYellow,
    key_name: Some(Color::LightYellow),
    quiet: Some(Color::Gray),
    border: Color::Gray,
    notice: Color::LightYellow,
    chosen: (Color::Black, Color::Gray),
    frame: |kind| match kind {
        CalloutKind::Note => Color::LightCyan,
        CalloutKind::Tip => Color::LightGreen,
        CalloutKind::Important => Color::LightMagenta,
        CalloutKind::Warning | CalloutKind::Emergency => Color::LightRed,
        CalloutKind::Caution => Color::LightYellow,
    },
};

/// For light backgrounds: only blue, red and magenta are dark enough in
/// every palette tested; green, cyan, yellow and grey are not.
const LIGHT: Inks = Inks {
    text: None,
    accent: Color::Blue,
    link: Color::Blue,
    key_name: None,
    quiet: None,
    border: Color::DarkGray,
    notice: Color::Blue,
    chosen: (Color::White, Color::Blue),
    frame: |kind| match kind {
        CalloutKind::Note | CalloutKind::Tip => Color::Blue,
        CalloutKind::Important | CalloutKind::Caution => Color::Magenta,
        CalloutKind::Warning | CalloutKind::Emergency => Color::Red,
    },
};

/// Bright white on black, painted over every cell so a light terminal
/// does not show through; no grey, and box lines as strong as text.
const HIGH: Inks = Inks {
    text: Some((Color::White, Color::Black)),
    accent: Color::LightCyan,
    link: Color::LightYellow,
    key_name: Some(Color::LightYellow),
    quiet: Some(Color::White),
    border: Color::White,
    notice: Color::LightYellow,
    chosen: (Color::Black, Color::White),
    frame: |kind| match kind {
        CalloutKind::Note => Color::LightCyan,
        CalloutKind::Tip => Color::LightGreen,
        CalloutKind::Caution => Color::LightYellow,
        CalloutKind::Important | CalloutKind::Warning | CalloutKind::Emergency => Color::White,
    },
};

/// A callout's label as a badge: its letters and background, the same in
/// every look. White letters sit only on blue and red, black ones on the
/// light colours; each pair reads in every palette tested, the Linux
/// console's (which has no bright backgrounds) included.
fn badge(kind: CalloutKind) -> (Color, Color) {
    match kind {
        CalloutKind::Note => (Color::Black, Color::LightCyan),
        CalloutKind::Tip => (Color::Black, Color::LightGreen),
        CalloutKind::Important => (Color::White, Color::Blue),
        CalloutKind::Warning | CalloutKind::Emergency => (Color::White, Color::Red),
        CalloutKind::Caution => (Color::Black, Color::Gray),
    }
}

/// The most urgent words (call 911): white on red, in every look.
const URGENT: (Color, Color) = (Color::White, Color::Red);

/// Search words found: black on cyan, in every look.
const FOUND: (Color, Color) = (Color::Black, Color::LightCyan);

impl Theme {
    /// The chosen theme, with NO_COLOR (any non-empty value) honoured as
    /// https://no-color.org asks. `no_color` is the value of NO_COLOR, if
    /// set: it is read once at start-up, not here.
    pub fn new(name: ThemeName, no_color: Option<&OsStr>) -> Self {
        let no_color = no_color.is_some_and(|v| !v.is_empty());
        Self {
            color: !no_color,
            name,
        }
    }

    pub const PLAIN: Theme = Theme {
        color: false,
        name: ThemeName::Dark,
    };
    pub const DARK: Theme = Theme {
        color: true,
        name: ThemeName::Dark,
    };
    pub const LIGHT: Theme = Theme {
        color: true,
        name: ThemeName::Light,
    };
    pub const HIGH_CONTRAST: Theme = Theme {
        color: true,
        name: ThemeName::HighContrast,
    };

    /// This theme in the look chosen with `t`, if one was; NO_COLOR
    /// still holds.
    pub fn showing(self, chosen: Option<ThemeName>) -> Theme {
        match chosen {
            Some(name) => Theme { name, ..self },
            None => self,
        }
    }

    fn inks(&self) -> &'static Inks {
        match self.name {
            ThemeName::Light => &LIGHT,
            ThemeName::HighContrast => &HIGH,
            ThemeName::Auto | ThemeName::Dark => &DARK,
        }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// The colour, or the text's own colour set outright (so it replaces
    /// a border's colour under a title in the border).
    fn fg_or_text(&self, color: Option<Color>) -> Style {
        self.fg(color.unwrap_or(Color::Reset))
    }

    /// Letters on a background of their own; without colour, reverse
    /// video. Never bold, and never underlined (see the module's notes).
    fn pair(&self, (fg, bg): (Color, Color)) -> Style {
        let style = Style::new().remove_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        if self.color {
            style.fg(fg).bg(bg)
        } else {
            style.add_modifier(Modifier::REVERSED)
        }
    }

    /// Under everything drawn: bright white on black in high contrast;
    /// the terminal's own colours otherwise.
    pub fn base(&self) -> Style {
        match self.inks().text {
            Some((fg, bg)) if self.color => Style::new().fg(fg).bg(bg),
            _ => Style::new(),
        }
    }

    /// Gives every cell of a finished frame the base colours where nothing
    /// drawn chose one. Done at the end rather than by painting first
    /// because the boxes drawn over the page (the contents, help, search)
    /// clear their cells back to the terminal's colours.
    pub fn fill(&self, buf: &mut Buffer) {
        let base = self.base();
        let (Some(fg), Some(bg)) = (base.fg, base.bg) else {
            return;
        };
        for cell in &mut buf.content {
            if cell.fg == Color::Reset {
                cell.fg = fg;
            }
            if cell.bg == Color::Reset {
                cell.bg = bg;
            }
        }
    }

    pub fn piece(&self, piece: &Piece) -> Style {
        let mut style = match piece.tone {
            // A label's look is whole in itself: a badge is never bold.
            Tone::Label(kind) => return self.callout_label(kind),
            Tone::Body | Tone::Summary => Style::new(),
            Tone::Title => self.title(),
            Tone::Marker => self.fg(self.inks().accent),
            Tone::Callout(kind) => self.callout(kind),
            Tone::Meta => self.dim(),
        };
        if piece.bold {
            style = style.add_modifier(Modifier::BOLD);
        }
        if piece.italic {
            style = style.add_modifier(Modifier::ITALIC);
        }
        if piece.link.is_some() {
            style = style.patch(self.link());
        }
        style
    }

    /// A link to another section: bold and underlined (and, in the text,
    /// with → in front), so it differs from a glossary word without colour.
    pub fn link(&self) -> Style {
        self.fg(self.inks().link)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// A callout's box lines.
    pub fn callout(&self, kind: CalloutKind) -> Style {
        self.fg((self.inks().frame)(kind))
            .add_modifier(Modifier::BOLD)
    }

    /// A callout's label: a badge in its kind's colours. An emergency's
    /// is the urgent white on red and bold (white stays white when bold);
    /// without colour, it is in reverse video and the others bold, so it
    /// is the most urgent box in every theme and with no colour at all,
    /// with its double frame.
    pub fn callout_label(&self, kind: CalloutKind) -> Style {
        match (self.color, kind) {
            (_, CalloutKind::Emergency) => self.emergency(),
            (true, _) => self.pair(badge(kind)),
            (false, _) => Style::new().add_modifier(Modifier::BOLD),
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(self.inks().accent).add_modifier(Modifier::BOLD)
        } else {
            self.fg(self.inks().border)
        }
    }

    pub fn title(&self) -> Style {
        self.fg(self.inks().accent).add_modifier(Modifier::BOLD)
    }

    /// The entry under the cursor: a bar of its own colours, or reverse
    /// video without colour.
    pub fn selected(&self) -> Style {
        self.pair(self.inks().chosen)
    }

    /// The section being read, marked in the contents.
    pub fn current(&self) -> Style {
        self.title()
    }

    /// A key on the bottom line.
    pub fn key(&self) -> Style {
        self.selected()
    }

    /// Less important text (review dates, sources, hints). Grey on a dark
    /// background; the text's own colour on a light one, where no grey
    /// reads well enough; plain white in high contrast. Never bold, even
    /// in the bold border of the box in focus.
    pub fn dim(&self) -> Style {
        self.fg_or_text(self.inks().quiet)
            .remove_modifier(Modifier::BOLD)
    }

    /// The most urgent words: call 911 now. White on red and bold; in
    /// reverse video without colour (never bold then: see the module).
    pub fn emergency(&self) -> Style {
        if self.color {
            self.pair(URGENT).add_modifier(Modifier::BOLD)
        } else {
            self.pair(URGENT)
        }
    }

    /// A short message on the bottom line, or in the kiosk's notice box.
    pub fn notice(&self) -> Style {
        self.fg(self.inks().notice).add_modifier(Modifier::BOLD)
    }

    pub fn button(&self) -> Style {
        self.selected()
    }

    /// Key names in help: bold, so they stand apart from their meaning.
    pub fn key_label(&self) -> Style {
        self.fg_or_text(self.inks().key_name)
            .add_modifier(Modifier::BOLD)
    }

    /// A search match: black on cyan, or reverse video without colour.
    pub fn match_mark(&self) -> Style {
        self.pair(FOUND)
    }

    /// The letters typed, in the chosen row of a list: underlined in the
    /// reverse video without colour, found-colours with it.
    pub fn chosen_match(&self) -> Style {
        if self.color {
            self.match_mark()
        } else {
            self.selected().add_modifier(Modifier::UNDERLINED)
        }
    }

    /// A glossary word in the text: underlined only, and not bold even in
    /// bold text, so it never looks like a link (bold and underlined).
    pub fn term_mark(&self) -> Style {
        Style::new()
            .add_modifier(Modifier::UNDERLINED)
            .remove_modifier(Modifier::BOLD)
    }

    /// The link or word Tab has chosen.
    pub fn focused_link(&self) -> Style {
        self.selected()
    }
}

#[cfg(test)]
mod tests;
