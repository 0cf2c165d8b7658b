//! Key flows driven through `update`, as a person would press keys: open a
//! section from the contents, page past its end into the next one, close
//! and open chapters, and keep the place across a resize.

use immunoguide::app::{Action, Focus, Screen};

use crate::support::{act, notice, screen, state};

fn id(s: &immunoguide::app::AppState) -> &str {
    &s.guide.sections[s.position.section].id
}

#[test]
fn enter_starts_and_the_contents_open_a_section() {
    let mut s = state(100, 30);
    assert_eq!(s.screen, Screen::Welcome);
    act(&mut s, &[Action::Start]);
    assert_eq!(s.screen, Screen::Reader);
    assert_eq!(id(&s), "basics");
    act(&mut s, &[Action::ToggleContents]);
    assert_eq!(s.focus, Focus::Contents);
    // basics ▸ is open because it is being read; the next row is its child.
    act(&mut s, &[Action::Down, Action::Activate]);
    assert_eq!(id(&s), "immune-cells");
    assert_eq!(s.focus, Focus::Reader);
    assert!(screen(&s).contains("The basics › Immune cells"));
}

#[test]
fn paging_past_the_end_continues_into_the_next_section() {
    // 40x15 makes "Questions to ask" longer than one page.
    let mut s = state(40, 15);
    act(&mut s, &[Action::Start]);
    let order: Vec<String> = s.guide.sections.iter().map(|x| x.id.clone()).collect();
    let mut seen = vec![id(&s).to_string()];
    let mut pages_in_questions = 0;
    for _ in 0..40 {
        act(&mut s, &[Action::NextPage]);
        if id(&s) == "questions" {
            pages_in_questions += 1;
        }
        if seen.last().map(String::as_str) != Some(id(&s)) {
            seen.push(id(&s).to_string());
        }
    }
    assert_eq!(seen, order, "every section in reading order");
    assert!(
        pages_in_questions >= 2,
        "the long section has several pages"
    );
    assert_eq!(notice(&s).as_deref(), Some("This is the end of the guide."));
    let (page, pages) = s.page();
    assert_eq!(page, pages);
    // And back again: the previous section opens at its last page.
    act(&mut s, &[Action::First, Action::PreviousPage]);
    assert_eq!(id(&s), "care");
    let (page, pages) = s.page();
    assert_eq!(page, pages);
}

#[test]
fn page_numbers_follow_the_pages() {
    let mut s = state(40, 15);
    act(&mut s, &[Action::Start]);
    crate::support::open(&mut s, "questions");
    let (first, total) = s.page();
    assert_eq!(first, 1);
    assert!(total >= 2);
    act(&mut s, &[Action::NextPage]);
    assert_eq!(s.page().0, 2);
    assert!(screen(&s).contains(&format!("Page 2 of {total}")));
    act(&mut s, &[Action::PreviousPage]);
    assert_eq!(s.page().0, 1);
}

#[test]
fn chapters_close_and_open_in_the_contents() {
    let mut s = state(100, 30);
    act(&mut s, &[Action::Start, Action::ToggleContents]);
    let rows = |s: &immunoguide::app::AppState| s.contents.rows(&s.guide).len();
    let open_rows = rows(&s);
    act(&mut s, &[Action::Collapse]);
    assert!(rows(&s) < open_rows, "closing hides the children");
    assert!(screen(&s).contains("▸ The basics"));
    act(&mut s, &[Action::Expand]);
    assert_eq!(rows(&s), open_rows);
    assert!(screen(&s).contains("▾ The basics"));
    // Right again steps into the chapter, left goes back to it.
    act(&mut s, &[Action::Expand]);
    assert_eq!(s.guide.sections[s.contents.selected].id, "immune-cells");
    act(&mut s, &[Action::Collapse]);
    assert_eq!(s.guide.sections[s.contents.selected].id, "basics");
}

#[test]
fn the_section_being_read_is_shown_in_the_contents() {
    let mut s = state(100, 30);
    act(&mut s, &[Action::Start]);
    crate::support::open(&mut s, "brakes");
    let shown = screen(&s);
    // The contents column, its lines joined: a long title may wrap, and
    // the mark follows its last word.
    let contents: Vec<&str> = shown
        .lines()
        .filter_map(|l| l.split("││").next())
        .map(|l| l.trim_matches(|c: char| c == '│' || c.is_whitespace()))
        .collect();
    assert!(
        contents.join(" ").contains("Brakes on T cells ◀"),
        "{shown}"
    );
    // Its whole path is open.
    assert!(shown.contains("▾ The basics"), "{shown}");
    assert!(shown.contains("▾ Immune cells"), "{shown}");
}

#[test]
fn resizing_keeps_the_same_text_in_view() {
    let mut s = state(40, 15);
    act(&mut s, &[Action::Start]);
    crate::support::open(&mut s, "questions");
    act(&mut s, &[Action::NextPage]);
    let layout = s.layout();
    let first_line = layout.lines[s.position.top].text();
    let word = first_line
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    for (w, h) in [(120, 40), (80, 24), (35, 12), (200, 60)] {
        act(
            &mut s,
            &[Action::Resize {
                width: w,
                height: h,
            }],
        );
        assert_eq!(id(&s), "questions");
        let shown = screen(&s);
        assert!(shown.contains(&word), "{w}x{h} lost '{word}':\n{shown}");
    }
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut s = state(40, 15);
    act(&mut s, &[Action::Start, Action::ToggleHelp]);
    assert!(s.help_open);
    act(&mut s, &[Action::Down, Action::Down]);
    assert_eq!(s.help_scroll, 2);
    assert!(s.help_open);
    act(&mut s, &[Action::Close]);
    assert!(!s.help_open);
    // Esc with nothing open changes nothing else.
    let before = s.position;
    act(&mut s, &[Action::Close]);
    assert_eq!(s.position, before);
}

#[test]
fn clicks_open_entries_and_hints_act_like_keys() {
    let mut s = state(100, 30);
    act(
        &mut s,
        &[Action::Click {
            column: 50,
            row: 10,
        }],
    );
    assert_eq!(
        s.screen,
        Screen::Reader,
        "a tap on the welcome screen starts"
    );
    // Row 1 is "Worried about a symptom?", row 2 "The basics", row 3 its
    // first section.
    act(&mut s, &[Action::Click { column: 8, row: 3 }]);
    assert_eq!(id(&s), "immune-cells");
    // The first hint on the status bar is "? Help".
    act(&mut s, &[Action::Click { column: 1, row: 29 }]);
    assert!(s.help_open);
}

#[test]
fn the_wheel_scrolls_the_text() {
    let mut s = state(40, 15);
    act(&mut s, &[Action::Start]);
    crate::support::open(&mut s, "questions");
    act(&mut s, &[Action::ScrollDown { column: 20, row: 5 }]);
    assert_eq!(s.position.top, 3);
    act(&mut s, &[Action::ScrollUp { column: 20, row: 5 }]);
    assert_eq!(s.position.top, 0);
}

#[test]
fn quit_is_a_request_not_an_exit() {
    let mut s = state(80, 24);
    act(&mut s, &[Action::Quit]);
    assert!(s.quit);
}

/// At 80 columns the built-in guide's longer titles wrap in the contents
/// list; every line of an entry is part of it, so a click on its second
/// line opens it, and only the first line's arrow opens and closes it.
#[test]
fn a_click_on_any_line_of_a_wrapped_title_opens_it() {
    use immunoguide::app::AppState;

    let mut s = AppState::new(crate::support::builtin_guide(), 80, 24);
    act(&mut s, &[Action::Start]);
    let shown = screen(&s);
    let rows: Vec<&str> = shown.lines().collect();
    let first = rows
        .iter()
        .position(|r| r.contains("▸ How immunotherapy"))
        .unwrap_or_else(|| panic!("no wrapped chapter title:\n{shown}"));
    assert!(rows[first + 1].contains("│  works"), "{shown}");
    let row = u16::try_from(first + 1).unwrap_or(u16::MAX);
    act(&mut s, &[Action::Click { column: 4, row }]);
    assert_eq!(id(&s), "how-it-works", "{}", screen(&s));

    // The arrow on an open chapter's first line closes it, and the reader
    // stays where it was.
    let shown = screen(&s);
    let about = shown
        .lines()
        .position(|r| r.contains("▾ About this guide"))
        .unwrap_or_else(|| panic!("no open chapter:\n{shown}"));
    let row = u16::try_from(about).unwrap_or(u16::MAX);
    act(&mut s, &[Action::Click { column: 1, row }]);
    assert_eq!(id(&s), "how-it-works");
    assert!(screen(&s).contains("▸ About this guide"), "{}", screen(&s));
}
