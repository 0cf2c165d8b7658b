//! Colours and text styles. Both themes use only the 16 named ANSI
//! colours, so they work on the Linux console; with NO_COLOR set, only
//! bold, underline and reverse are used. Nothing depends on colour alone.
//!
//! The standard theme leaves the background to the terminal. The
//! high-contrast theme, for people with low vision, draws bright white on
//! black over every cell (a light terminal background would otherwise
//! show through), has no grey text, and makes titles, links and callouts
//! bold.

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
    pub name: ThemeName,
}

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
        name: ThemeName::Standard,
    };
    pub const STANDARD: Theme = Theme {
        color: true,
        name: ThemeName::Standard,
    };
    pub const HIGH_CONTRAST: Theme = Theme {
        color: true,
        name: ThemeName::HighContrast,
    };

    fn high(&self) -> bool {
        self.name == ThemeName::HighContrast
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// The standard theme's colour, or the high-contrast one. High
    /// contrast uses the bright colours (SGR 90–97): the basic red, blue
    /// and magenta are too dark to read on black, and bold does not make
    /// them brighter on most terminals. The Linux console shows 90–97.
    fn pick(&self, standard: Color, high: Color) -> Style {
        self.fg(if self.high() { high } else { standard })
    }

    /// Under everything drawn: bright white on black in high contrast;
    /// the terminal's own colours otherwise.
    pub fn base(&self) -> Style {
        if self.high() && self.color {
            Style::new().fg(Color::White).bg(Color::Black)
        } else {
            Style::new()
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
            Tone::Body => Style::new(),
            Tone::Title => self.title(),
            Tone::Summary => Style::new(),
            Tone::Marker => self.pick(Color::Cyan, Color::LightCyan),
            Tone::Callout(kind) => self.callout(kind),
            Tone::Label(kind) => self.callout_label(kind),
            Tone::Meta => self.dim(),
        };
        if piece.bold {
            style = style.add_modifier(Modifier::BOLD);
        }
        if piece.italic {
            style = style.add_modifier(Modifier::ITALIC);
        }
        if piece.link.is_some() {
            style = style.add_modifier(Modifier::UNDERLINED);
            if self.high() {
                style = style
                    .patch(self.fg(Color::LightYellow))
                    .add_modifier(Modifier::BOLD);
            } else {
                style = style.patch(self.fg(Color::Blue));
            }
        }
        style
    }

    pub fn callout(&self, kind: CalloutKind) -> Style {
        let (standard, high) = match kind {
            CalloutKind::Note => (Color::Blue, Color::LightCyan),
            CalloutKind::Tip => (Color::Green, Color::LightGreen),
            CalloutKind::Important => (Color::Magenta, Color::LightMagenta),
            CalloutKind::Warning => (Color::Red, Color::LightRed),
            CalloutKind::Caution => (Color::Yellow, Color::LightYellow),
            CalloutKind::Emergency => (Color::Red, Color::LightRed),
        };
        self.pick(standard, high).add_modifier(Modifier::BOLD)
    }

    /// A callout's label. An emergency's is in reverse video as well, so
    /// it is the most urgent box in every theme and with no colour at all.
    pub fn callout_label(&self, kind: CalloutKind) -> Style {
        let style = self.callout(kind);
        if kind == CalloutKind::Emergency {
            style.add_modifier(Modifier::REVERSED)
        } else {
            style
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.pick(Color::Cyan, Color::LightCyan)
                .add_modifier(Modifier::BOLD)
        } else {
            self.pick(Color::Gray, Color::White)
        }
    }

    pub fn title(&self) -> Style {
        self.pick(Color::Cyan, Color::LightCyan)
            .add_modifier(Modifier::BOLD)
    }

    /// The entry under the cursor: reverse video reads on any screen.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// The section being read, marked in the contents.
    pub fn current(&self) -> Style {
        self.pick(Color::Cyan, Color::LightCyan)
            .add_modifier(Modifier::BOLD)
    }

    pub fn key(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Less important text (review dates, sources, hints). Grey in the
    /// standard theme; high contrast has no grey, so it is plain white.
    pub fn dim(&self) -> Style {
        self.pick(Color::Gray, Color::White)
    }

    pub fn emergency(&self) -> Style {
        self.pick(Color::Red, Color::LightRed)
            .add_modifier(Modifier::BOLD)
    }

    pub fn button(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
}

impl Theme {
    /// Key names in help: bold, so they stand apart from their meaning.
    pub fn key_label(&self) -> Style {
        self.pick(Color::Yellow, Color::LightYellow)
            .add_modifier(Modifier::BOLD)
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
    pub fn focused_link(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::ffi::OsString;

    const STANDARD: ThemeName = ThemeName::Standard;
    const HIGH: ThemeName = ThemeName::HighContrast;

    fn env(value: &str) -> OsString {
        OsString::from(value)
    }

    #[test]
    fn no_color_takes_the_colours_out_of_either_theme() {
        let set = env("1");
        assert_eq!(Theme::new(HIGH, None), Theme::HIGH_CONTRAST);
        assert_eq!(Theme::new(STANDARD, None), Theme::STANDARD);
        assert_eq!(Theme::new(STANDARD, Some(&set)), Theme::PLAIN);
        // Empty NO_COLOR is not set, as no-color.org says.
        assert!(Theme::new(HIGH, Some(&env(""))).color);
        let plain_high = Theme::new(HIGH, Some(&set));
        assert!(!plain_high.color);
        assert_eq!(plain_high.name, HIGH);
        assert_eq!(plain_high.base(), Style::new());
        // The emphasis stays: only the colours go.
        assert_eq!(
            plain_high.title(),
            Style::new().add_modifier(Modifier::BOLD)
        );
        assert_eq!(
            plain_high.callout(CalloutKind::Warning),
            Style::new().add_modifier(Modifier::BOLD)
        );
        assert_eq!(
            plain_high.selected(),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        );
    }

    #[test]
    fn high_contrast_has_no_grey_and_a_black_background() {
        let t = Theme::HIGH_CONTRAST;
        assert_eq!(t.base(), Style::new().fg(Color::White).bg(Color::Black));
        let styles = [
            t.dim(),
            t.border(false),
            t.border(true),
            t.title(),
            t.current(),
            t.emergency(),
            t.key_label(),
        ];
        for style in styles {
            assert!(
                !matches!(style.fg, Some(Color::Gray | Color::DarkGray)),
                "{style:?}"
            );
        }
        assert_eq!(t.dim().fg, Some(Color::White));
        assert!(t.title().add_modifier.contains(Modifier::BOLD));
        for kind in CalloutKind::ALL {
            let style = t.callout(kind);
            assert!(style.add_modifier.contains(Modifier::BOLD), "{kind:?}");
            assert!(!matches!(
                style.fg,
                Some(Color::Gray | Color::DarkGray | Color::Blue | Color::Black)
            ));
        }
    }

    #[test]
    fn the_fill_sets_only_what_nothing_else_chose() {
        use ratatui::layout::Rect;
        let mut buf = Buffer::empty(Rect::new(0, 0, 3, 1));
        buf[(1, 0)].set_fg(Color::LightRed);
        Theme::HIGH_CONTRAST.fill(&mut buf);
        assert_eq!(
            (buf[(0, 0)].fg, buf[(0, 0)].bg),
            (Color::White, Color::Black)
        );
        assert_eq!(
            (buf[(1, 0)].fg, buf[(1, 0)].bg),
            (Color::LightRed, Color::Black)
        );
        // The standard theme and NO_COLOR leave the terminal's colours.
        let mut buf = Buffer::empty(Rect::new(0, 0, 3, 1));
        let blank = buf.clone();
        Theme::STANDARD.fill(&mut buf);
        Theme::new(HIGH, Some(&env("1"))).fill(&mut buf);
        assert_eq!(buf, blank);
    }
}
