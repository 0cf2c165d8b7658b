//! Everything a person can ask the guide to do, as plain data. Keys, mouse
//! clicks and timers all become an [`Action`] before anything changes.

/// One request to the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the welcome screen and start reading.
    Start,
    Quit,
    ToggleHelp,
    /// Close whatever is open (help, contents overlay), or step back.
    Close,
    /// Move between the contents list and the reader.
    ToggleContents,
    /// Up and down: a line in the reader, an entry in the contents.
    Up,
    Down,
    NextPage,
    PreviousPage,
    NextSection,
    PreviousSection,
    /// Home and End: the first or last page of the section, or the first or
    /// last entry of the contents.
    First,
    Last,
    /// Left and right in the contents: close or open a chapter.
    Collapse,
    Expand,
    /// Enter: open the selected contents entry.
    Activate,
    /// Open the search box.
    Search,
    /// Open the glossary.
    Glossary,
    /// Open the symptom list ("Worried about a symptom?").
    Symptoms,
    /// Open the A to Z chooser: the symptom list or the glossary (the
    /// kiosk's "A–Z" button).
    AToZ,
    /// Back to where the reader was before the last jump, and forward again.
    Back,
    Forward,
    /// Tab and Shift-Tab: the next or previous link or glossary word on
    /// the page.
    NextMark,
    PreviousMark,
    /// n and N: the next or previous place the search words appear.
    NextMatch,
    PreviousMatch,
    /// `m`: bookmark the page being read.
    MarkPage,
    /// `'`: open (or close) the list of bookmarks.
    ListBookmarks,
    /// Delete the chosen entry of a list (a bookmark).
    Remove,
    /// `t`: the next look (dark, light, high contrast).
    SwitchTheme,
    /// A character typed into a search or filter box; anywhere else, a
    /// letter that is not a key there.
    Type(char),
    /// Backspace in a search or filter box.
    Erase,
    /// The clock: kiosk timers (idle countdown, PIN lock) check the time.
    Tick,
    /// In kiosk mode, one key of the staff sequence, pressed in order.
    StaffStep,
    /// A key that does nothing but shows someone is there (kiosk mode).
    Nothing,
    /// The terminal changed size.
    Resize {
        width: u16,
        height: u16,
    },
    /// A click or tap at a cell.
    Click {
        column: u16,
        row: u16,
    },
    /// The mouse wheel, over a cell.
    ScrollUp {
        column: u16,
        row: u16,
    },
    ScrollDown {
        column: u16,
        row: u16,
    },
}
