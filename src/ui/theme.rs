//! Colours and text styles. The default uses only the 16 named ANSI
//! colours, so it works on the Linux console; with NO_COLOR set, only bold,
//! underline and reverse are used. Nothing depends on colour alone.

use ratatui::style::{Color, Modifier, Style};

use crate::content::CalloutKind;
use crate::layout::{Piece, Tone};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Honours NO_COLOR (any non-empty value), as https://no-color.org asks.
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self { color: !no_color }
    }

    pub const PLAIN: Theme = Theme { color: false };

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn piece(&self, piece: &Piece) -> Style {
        let mut style = match piece.tone {
            Tone::Body => Style::new(),
            Tone::Title => self.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Tone::Summary => Style::new(),
            Tone::Marker => self.fg(Color::Cyan),
            Tone::Callout(kind) => self.callout(kind),
            Tone::Meta => self.fg(Color::Gray),
        };
        if piece.bold {
            style = style.add_modifier(Modifier::BOLD);
        }
        if piece.italic {
            style = style.add_modifier(Modifier::ITALIC);
        }
        if piece.link.is_some() {
            style = style.add_modifier(Modifier::UNDERLINED);
            style = style.patch(self.fg(Color::Blue));
        }
        style
    }

    pub fn callout(&self, kind: CalloutKind) -> Style {
        let color = match kind {
            CalloutKind::Note => Color::Blue,
            CalloutKind::Tip => Color::Green,
            CalloutKind::Important => Color::Magenta,
            CalloutKind::Warning => Color::Red,
            CalloutKind::Caution => Color::Yellow,
        };
        self.fg(color).add_modifier(Modifier::BOLD)
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            self.fg(Color::Gray)
        }
    }

    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The entry under the cursor: reverse video reads on any screen.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// The section being read, marked in the contents.
    pub fn current(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn key(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        self.fg(Color::Gray)
    }

    pub fn emergency(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn button(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
}

impl Theme {
    /// Key names in help: bold, so they stand apart from their meaning.
    pub fn key_label(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
}

impl Theme {
    /// A search match: reverse video, so it shows without colour.
    pub fn match_mark(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// A glossary word in the text: underlined.
    pub fn term_mark(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    /// The link or word Tab has chosen.
    pub fn focused_mark(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
}
