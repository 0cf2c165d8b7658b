//! How a terminal shows one cell: the colour of its letters and of what is
//! behind them, by the terminal's palette and rules.

use immunoguide::contrast::Rgb;
use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};

use super::palettes::{Rules, Terminal};

/// A named colour's number, 0–15; `None` for the terminal's own default.
fn index(color: Color) -> Option<usize> {
    Some(match color {
        Color::Reset => return None,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(n) if n < 16 => usize::from(n),
        other => panic!("{other:?} is not one of the 16 named colours"),
    })
}

/// The letters' colour and the background's, as `terminal` shows `cell`.
pub fn shown(terminal: &Terminal, cell: &Cell) -> (Rgb, Rgb) {
    let m = cell.modifier;
    // Faint, hidden and blinking text differ too much between terminals
    // to be measured: the themes never use them.
    assert!(
        !m.intersects(
            Modifier::DIM | Modifier::HIDDEN | Modifier::SLOW_BLINK | Modifier::RAPID_BLINK
        ),
        "{cell:?}"
    );
    let bold = m.contains(Modifier::BOLD);
    let reversed = m.contains(Modifier::REVERSED);
    match terminal.rules {
        Rules::Emulator { bold_is_bright } => {
            let mut fg = index(cell.fg);
            if bold
                && bold_is_bright
                && let Some(n @ 0..=7) = fg
            {
                fg = Some(n + 8);
            }
            let text = fg.map_or(terminal.text, |n| terminal.colours[n]);
            let back = index(cell.bg).map_or(terminal.background, |n| terminal.colours[n]);
            if reversed { (back, text) } else { (text, back) }
        }
        Rules::LinuxConsole => {
            let fg = index(cell.fg).unwrap_or(7);
            let bg = index(cell.bg).unwrap_or(0);
            let intense = bold || fg >= 8;
            let (mut fg, mut bg) = (fg & 7, bg & 7);
            if m.contains(Modifier::ITALIC) {
                fg = 2;
            } else if m.contains(Modifier::UNDERLINED) {
                fg = 6;
            }
            if reversed {
                (fg, bg) = (bg, fg);
            }
            if intense {
                fg |= 8;
            }
            (terminal.colours[fg], terminal.colours[bg])
        }
    }
}
