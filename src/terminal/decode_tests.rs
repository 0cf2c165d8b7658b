//! The decoder on the raw bytes terminals send, including the ones that
//! used to freeze the kiosk.

use super::*;
use proptest::prelude::*;

fn at(start: Instant, ms: u64) -> Instant {
    start + Duration::from_millis(ms)
}

fn k(code: KeyCode, modifiers: KeyModifiers) -> Event {
    key(code, modifiers)
}

fn c(ch: char) -> Event {
    k(KeyCode::Char(ch), KeyModifiers::NONE)
}

fn feed(bytes: &[u8]) -> Vec<Event> {
    Decoder::default().feed(bytes, false, Instant::now())
}

#[test]
fn characters_and_control_keys() {
    assert_eq!(feed(b"q"), vec![c('q')]);
    assert_eq!(feed(b"Q"), vec![k(KeyCode::Char('Q'), KeyModifiers::SHIFT)]);
    assert_eq!(feed("é免".as_bytes()), vec![c('é'), c('免')]);
    assert_eq!(feed(b"\r"), vec![k(KeyCode::Enter, KeyModifiers::NONE)]);
    assert_eq!(feed(b"\t"), vec![k(KeyCode::Tab, KeyModifiers::NONE)]);
    assert_eq!(
        feed(b"\x7f"),
        vec![k(KeyCode::Backspace, KeyModifiers::NONE)]
    );
    assert_eq!(
        feed(b"\x03\x1a"),
        vec![
            k(KeyCode::Char('c'), KeyModifiers::CONTROL),
            k(KeyCode::Char('z'), KeyModifiers::CONTROL)
        ]
    );
}

#[test]
fn a_character_split_across_reads_is_joined() {
    let mut d = Decoder::default();
    let now = Instant::now();
    let bytes = "免".as_bytes();
    assert!(d.feed(&bytes[..1], false, now).is_empty());
    assert_eq!(d.feed(&bytes[1..], false, now), vec![c('免')]);
}

#[test]
fn keys_the_reader_uses() {
    let none = KeyModifiers::NONE;
    for (bytes, event) in [
        (&b"\x1b[A"[..], k(KeyCode::Up, none)),
        (b"\x1bOB", k(KeyCode::Down, none)),
        (b"\x1b[6~", k(KeyCode::PageDown, none)),
        (b"\x1b[5~", k(KeyCode::PageUp, none)),
        (b"\x1b[H", k(KeyCode::Home, none)),
        (b"\x1b[4~", k(KeyCode::End, none)),
        (b"\x1b[Z", k(KeyCode::BackTab, KeyModifiers::SHIFT)),
        (b"\x1bOP", k(KeyCode::F(1), none)),
        // The Linux console, where a kiosk usually runs.
        (b"\x1b[[A", k(KeyCode::F(1), none)),
        (b"\x1b[[E", k(KeyCode::F(5), none)),
        (b"\x1bOM", k(KeyCode::Enter, none)),
        (b"\x1b[24~", k(KeyCode::F(12), none)),
        (b"\x1b[1;3S", k(KeyCode::F(4), KeyModifiers::ALT)),
        (b"\x1b[1;5C", k(KeyCode::Right, KeyModifiers::CONTROL)),
        (b"\x1bx", k(KeyCode::Char('x'), KeyModifiers::ALT)),
    ] {
        assert_eq!(feed(bytes), vec![event], "{bytes:?}");
    }
}

#[test]
fn the_staff_keys_arrive_as_ctrl_alt_letters() {
    let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
    assert_eq!(
        feed(b"\x1b\x13\x1b\x14"),
        vec![k(KeyCode::Char('s'), both), k(KeyCode::Char('t'), both)]
    );
}

#[test]
fn a_lone_esc_is_the_esc_key_and_esc_then_enter_at_once_is_alt_enter() {
    assert_eq!(feed(b"\x1b"), vec![k(KeyCode::Esc, KeyModifiers::NONE)]);
    assert_eq!(feed(b"\x1b\r"), vec![k(KeyCode::Enter, KeyModifiers::ALT)]);
    // The read filled its buffer: the ESC waits for what follows.
    let mut d = Decoder::default();
    let now = Instant::now();
    assert!(d.feed(b"\x1b", true, now).is_empty());
    assert_eq!(
        d.feed(b"[A", false, now),
        vec![k(KeyCode::Up, KeyModifiers::NONE)]
    );
}

#[test]
fn clicks_and_the_wheel() {
    let press = |kind, column, row| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    assert_eq!(
        feed(b"\x1b[<0;10;5M\x1b[<0;10;5m"),
        vec![
            press(MouseEventKind::Down(MouseButton::Left), 9, 4),
            press(MouseEventKind::Up(MouseButton::Left), 9, 4)
        ]
    );
    assert_eq!(
        feed(b"\x1b[<65;1;1M"),
        vec![press(MouseEventKind::ScrollDown, 0, 0)]
    );
    assert_eq!(
        feed(b"\x1b[M !!"),
        vec![press(MouseEventKind::Down(MouseButton::Left), 0, 0)]
    );
}

#[test]
fn a_paste_is_one_event() {
    assert_eq!(
        feed(b"\x1b[200~q\n:!sh\n\x1b[201~x"),
        vec![Event::Paste("q\n:!sh\n".into()), c('x')]
    );
}

/// The reproduction: Alt+[ (ESC [) then `2 0 0 ~`, as a visitor types
/// them. Once the paste has waited a second it is dropped, and keys work
/// again: the staff keys included.
#[test]
fn a_paste_start_typed_on_a_keyboard_freezes_nothing() {
    let start = Instant::now();
    let mut d = Decoder::default();
    let mut events = d.feed(b"\x1b[", false, start);
    for (i, byte) in b"200~".iter().enumerate() {
        events.extend(d.feed(&[*byte], false, at(start, 100 * (i as u64 + 1))));
    }
    // The paste has started; keys typed now go into it.
    events.extend(d.feed(b"q", false, at(start, 600)));
    assert!(events.is_empty(), "{events:?}");
    let deadline = d.deadline().expect("the paste waits for its end");
    assert!(deadline <= at(start, 400) + GIVE_UP_AFTER, "{deadline:?}");
    // Before the deadline nothing is given up; at it, the paste goes.
    assert!(d.expire(at(start, 700)).is_empty());
    assert!(d.deadline().is_some());
    assert!(d.expire(deadline).is_empty());
    assert_eq!(d.deadline(), None, "nothing waits any more");
    let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
    assert_eq!(
        d.feed(b"\x1b\x13\x1b\x14q", false, deadline),
        vec![
            k(KeyCode::Char('s'), both),
            k(KeyCode::Char('t'), both),
            c('q')
        ]
    );
}

#[test]
fn a_paste_start_sent_at_once_is_dropped_after_a_second_too() {
    let start = Instant::now();
    let mut d = Decoder::default();
    assert!(d.feed(b"\x1b[200~abc", false, start).is_empty());
    assert!(d.expire(at(start, 999)).is_empty());
    d.expire(at(start, 1000));
    assert_eq!(
        d.feed(b"\r", false, at(start, 1001)),
        vec![k(KeyCode::Enter, KeyModifiers::NONE)]
    );
}

#[test]
fn an_unfinished_sequence_is_cut_short_by_a_byte_that_cannot_belong_to_it() {
    // Alt+[ then Enter: the Enter still works.
    assert_eq!(
        feed(b"\x1b[\r"),
        vec![k(KeyCode::Enter, KeyModifiers::NONE)]
    );
    // Alt+[ then the staff keys.
    let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
    assert_eq!(feed(b"\x1b[2\x1b\x13"), vec![k(KeyCode::Char('s'), both)]);
}

#[test]
fn an_unfinished_sequence_left_alone_is_dropped_after_a_second() {
    let start = Instant::now();
    let mut d = Decoder::default();
    assert!(d.feed(b"\x1b[1;", false, start).is_empty());
    assert_eq!(d.deadline(), Some(start + GIVE_UP_AFTER));
    assert!(d.expire(start + GIVE_UP_AFTER).is_empty());
    assert_eq!(d.feed(b"1", false, start + GIVE_UP_AFTER), vec![c('1')]);
}

#[test]
fn a_huge_paste_is_cut_but_still_ends() {
    let mut bytes = b"\x1b[200~".to_vec();
    bytes.extend(std::iter::repeat_n(b'a', 3 * MAX_PASTE_BYTES));
    bytes.extend(b"\x1b[201~q");
    let events = feed(&bytes);
    assert_eq!(events.len(), 2, "a paste, then q");
    assert!(matches!(&events[0], Event::Paste(p) if p.len() == MAX_PASTE_BYTES));
    assert_eq!(events[1], c('q'));
}

proptest! {
    /// Whatever bytes arrive, in whatever pieces: no panic, and once the
    /// deadline passes nothing is left waiting, so the next key is read.
    #[test]
    fn any_bytes_leave_nothing_stuck(
        chunks in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..40), 0..20),
        more in any::<bool>(),
    ) {
        let start = Instant::now();
        let mut d = Decoder::default();
        for (i, chunk) in chunks.iter().enumerate() {
            let _ = d.feed(chunk, more, at(start, i as u64 * 10));
        }
        let later = at(start, 10_000);
        let _ = d.expire(later);
        prop_assert_eq!(d.deadline(), None);
        prop_assert_eq!(d.feed(b"q", false, later), vec![c('q')]);
    }
}

/// A terminal's answers to the background question (see `background`),
/// when they come after the program stopped waiting for them: dropped
/// whole, ended either way, and the keys after them read as keys.
#[test]
fn late_answers_from_the_terminal_are_not_keys() {
    let osc_bel = b"\x1b]11;rgb:ffff/ffff/ffff\x07";
    let osc_st = b"\x1b]11;rgb:2e2e/3434/3636\x1b\\";
    let da1 = b"\x1b[?62;22c";
    for answer in [&osc_bel[..], osc_st, da1] {
        let mut bytes = answer.to_vec();
        bytes.extend_from_slice(b"x");
        assert_eq!(feed(&bytes), vec![c('x')], "{answer:?}");
        // In two reads, as a slow connection may bring it, cut anywhere
        // but right after the first ESC (which alone at the end of a read
        // is the Esc key, as terminals send a sequence whole).
        for cut in 2..bytes.len() {
            let mut d = Decoder::default();
            let now = Instant::now();
            let mut events = d.feed(&bytes[..cut], false, now);
            events.extend(d.feed(&bytes[cut..], false, now));
            assert_eq!(events, vec![c('x')], "{answer:?} cut at {cut}");
        }
    }
    // Both answers back to back, as a terminal sends them.
    let mut both = osc_st.to_vec();
    both.extend_from_slice(da1);
    both.extend_from_slice(b"q");
    assert_eq!(feed(&both), vec![c('q')]);
}

#[test]
fn an_unfinished_answer_is_dropped_in_time_and_cut_short_by_a_key() {
    let start = Instant::now();
    let mut d = Decoder::default();
    assert!(d.feed(b"\x1b]11;rgb:ff", false, start).is_empty());
    // Nothing more comes: it is given up on, and nothing is left waiting.
    assert_eq!(d.deadline(), Some(start + GIVE_UP_AFTER));
    assert!(d.expire(at(start, 1000)).is_empty());
    assert_eq!(d.deadline(), None);
    assert_eq!(d.feed(b"j", false, at(start, 1001)), vec![c('j')]);
    // A control key in the middle ends it; the key is read.
    assert_eq!(
        feed(b"\x1b]11;rg\r"),
        vec![k(KeyCode::Enter, KeyModifiers::NONE)]
    );
    // So does the start of another sequence.
    assert_eq!(
        feed(b"\x1b]11;rg\x1b[A"),
        vec![k(KeyCode::Up, KeyModifiers::NONE)]
    );
}
