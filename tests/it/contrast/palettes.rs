//! The palettes of common terminals, as each comes set up out of the box,
//! and the touch-screen kiosk's foot as deploy/foot.ini sets it up:
//! the 16 ANSI colours (0–7, then their bright versions 8–15), the default
//! text and background, and how the terminal shows bold text and the rest.
//! Where each set of numbers comes from is written beside it.

use immunoguide::contrast::Rgb;

/// How a terminal turns a cell's colours and attributes into what is seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rules {
    /// xterm, Windows Terminal, macOS Terminal, VTE: colours as set, then
    /// reverse video swaps them. `bold_is_bright`: bold text in one of the
    /// first eight colours is shown in its bright version.
    Emulator { bold_is_bright: bool },
    /// The Linux console (drivers/tty/vt/vt.c, `build_attr`): one
    /// "intensity" bit serves bold and the bright colours 90–97 and is
    /// applied after reverse video; underlined text takes the underline
    /// colour (cyan) and italic text the italic colour (green); there are
    /// no bright backgrounds (100–107 show as 40–47); the default colours
    /// are 7 on 0.
    LinuxConsole,
}

/// Which of the usual looks (dark, light) a terminal is measured with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Looks {
    /// Dark: the terminal's background is dark.
    Dark,
    /// Light: its background is light.
    Light,
    /// Both: a palette set up so that either reads, as the kiosk's is
    /// (staff may choose either look in kiosk.toml).
    DarkAndLight,
}

#[derive(Debug)]
pub struct Terminal {
    pub name: &'static str,
    pub colours: [Rgb; 16],
    pub text: Rgb,
    pub background: Rgb,
    pub rules: Rules,
    /// Which of the usual looks is meant for it.
    pub looks: Looks,
}

const fn rgb(hex: u32) -> Rgb {
    [(hex >> 16) as u8, (hex >> 8) as u8, hex as u8]
}

/// xterm's own colours (its XTerm-col.ad resources: red3, green3, yellow3,
/// blue2, magenta3, cyan3, gray90, gray50, then red, green, yellow,
/// #5c5cff, magenta, cyan, white). Its `boldColors` resource is on by
/// default.
const XTERM: [Rgb; 16] = [
    rgb(0x000000),
    rgb(0xcd0000),
    rgb(0x00cd00),
    rgb(0xcdcd00),
    rgb(0x0000ee),
    rgb(0xcd00cd),
    rgb(0x00cdcd),
    rgb(0xe5e5e5),
    rgb(0x7f7f7f),
    rgb(0xff0000),
    rgb(0x00ff00),
    rgb(0xffff00),
    rgb(0x5c5cff),
    rgb(0xff00ff),
    rgb(0x00ffff),
    rgb(0xffffff),
];

/// The Linux console's default palette (vt.c `default_red`, `default_grn`,
/// `default_blu`): the IBM VGA colours, brown for yellow.
const LINUX: [Rgb; 16] = [
    rgb(0x000000),
    rgb(0xaa0000),
    rgb(0x00aa00),
    rgb(0xaa5500),
    rgb(0x0000aa),
    rgb(0xaa00aa),
    rgb(0x00aaaa),
    rgb(0xaaaaaa),
    rgb(0x555555),
    rgb(0xff5555),
    rgb(0x55ff55),
    rgb(0xffff55),
    rgb(0x5555ff),
    rgb(0xff55ff),
    rgb(0x55ffff),
    rgb(0xffffff),
];

/// Windows Terminal's default scheme, Campbell. Its `intenseTextStyle`
/// is "bright" by default.
const CAMPBELL: [Rgb; 16] = [
    rgb(0x0c0c0c),
    rgb(0xc50f1f),
    rgb(0x13a10e),
    rgb(0xc19c00),
    rgb(0x0037da),
    rgb(0x881798),
    rgb(0x3a96dd),
    rgb(0xcccccc),
    rgb(0x767676),
    rgb(0xe74856),
    rgb(0x16c60c),
    rgb(0xf9f1a5),
    rgb(0x3b78ff),
    rgb(0xb4009e),
    rgb(0x61d6d6),
    rgb(0xf2f2f2),
];

/// macOS Terminal's colours (the Terminal.app column of the table of
/// default colours in Wikipedia's "ANSI escape code"). Its Basic profile
/// is black on white and shows bold text in bright colours.
const TERMINAL_APP: [Rgb; 16] = [
    rgb(0x000000),
    rgb(0xc23621),
    rgb(0x25bc24),
    rgb(0xadad27),
    rgb(0x492ee1),
    rgb(0xd338d3),
    rgb(0x33bbc8),
    rgb(0xcbcccd),
    rgb(0x818383),
    rgb(0xfc391f),
    rgb(0x31e722),
    rgb(0xeaec23),
    rgb(0x5833ff),
    rgb(0xf935f8),
    rgb(0x14f0f0),
    rgb(0xe9ebeb),
];

/// The Tango palette of GNOME Terminal and other VTE terminals, with
/// GNOME Terminal's built-in "Tango dark" (#d3d7cf on #2e3436) and "Tango
/// light" (#2e3436 on #eeeeec) schemes. "Show bold text in bright colors"
/// is off by default.
const TANGO: [Rgb; 16] = [
    rgb(0x2e3436),
    rgb(0xcc0000),
    rgb(0x4e9a06),
    rgb(0xc4a000),
    rgb(0x3465a4),
    rgb(0x75507b),
    rgb(0x06989a),
    rgb(0xd3d7cf),
    rgb(0x555753),
    rgb(0xef2929),
    rgb(0x8ae234),
    rgb(0xfce94f),
    rgb(0x729fcf),
    rgb(0xad7fa8),
    rgb(0x34e2e2),
    rgb(0xeeeeec),
];

/// The touch-screen kiosk's foot, with the palette deploy/foot.ini sets
/// (its [colors] section, checked against these numbers by
/// `the_kiosk_terminal_is_measured_as_deployed`). foot shows bold text in
/// its own colour (`bold-text-in-bright=no`, written out there too).
pub const FOOT_KIOSK: [Rgb; 16] = [
    rgb(0x000000),
    rgb(0xcc0000),
    rgb(0x00c000),
    rgb(0xc0c000),
    rgb(0x3a6cf0),
    rgb(0xd040d0),
    rgb(0x00c0c0),
    rgb(0xc0c0c0),
    rgb(0x808080),
    rgb(0xff6060),
    rgb(0x60ff60),
    rgb(0xffff60),
    rgb(0x80a0ff),
    rgb(0xff80ff),
    rgb(0x60ffff),
    rgb(0xffffff),
];

/// The name the kiosk's foot goes by in the measurements and the docs.
pub const FOOT_KIOSK_NAME: &str = "foot (kiosk)";

pub const TERMINALS: &[Terminal] = &[
    Terminal {
        name: "xterm, white on black (-rv)",
        colours: XTERM,
        text: rgb(0xffffff),
        background: rgb(0x000000),
        rules: Rules::Emulator {
            bold_is_bright: true,
        },
        looks: Looks::Dark,
    },
    Terminal {
        name: "Linux console",
        colours: LINUX,
        text: LINUX[7],
        background: LINUX[0],
        rules: Rules::LinuxConsole,
        looks: Looks::Dark,
    },
    Terminal {
        name: "Windows Terminal, Campbell",
        colours: CAMPBELL,
        text: rgb(0xcccccc),
        background: rgb(0x0c0c0c),
        rules: Rules::Emulator {
            bold_is_bright: true,
        },
        looks: Looks::Dark,
    },
    Terminal {
        name: "GNOME Terminal, Tango dark",
        colours: TANGO,
        text: rgb(0xd3d7cf),
        background: rgb(0x2e3436),
        rules: Rules::Emulator {
            bold_is_bright: false,
        },
        looks: Looks::Dark,
    },
    Terminal {
        name: "xterm, black on white",
        colours: XTERM,
        text: rgb(0x000000),
        background: rgb(0xffffff),
        rules: Rules::Emulator {
            bold_is_bright: true,
        },
        looks: Looks::Light,
    },
    Terminal {
        name: "macOS Terminal, Basic",
        colours: TERMINAL_APP,
        text: rgb(0x000000),
        background: rgb(0xffffff),
        rules: Rules::Emulator {
            bold_is_bright: true,
        },
        looks: Looks::Light,
    },
    Terminal {
        name: "GNOME Terminal, Tango light",
        colours: TANGO,
        text: rgb(0x2e3436),
        background: rgb(0xeeeeec),
        rules: Rules::Emulator {
            bold_is_bright: false,
        },
        looks: Looks::Light,
    },
    Terminal {
        name: FOOT_KIOSK_NAME,
        colours: FOOT_KIOSK,
        text: rgb(0xffffff),
        background: rgb(0x000000),
        rules: Rules::Emulator {
            bold_is_bright: false,
        },
        looks: Looks::DarkAndLight,
    },
];
