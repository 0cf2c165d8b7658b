//! Snippets: the words around a match, about a line long, cut at spaces,
//! with "…" where text was left out.

use std::ops::Range;

/// Characters of a snippet, about; a little more when the match is long.
pub const SNIPPET_CHARS: usize = 90;

/// `head` (which holds the match) followed by the start of `context`, as
/// far as the snippet's length allows.
pub fn with_context(head: &str, focus: Range<usize>, context: &str) -> String {
    let head_chars = head.chars().count();
    if head_chars + 20 > SNIPPET_CHARS || context.is_empty() {
        return window(head, focus, SNIPPET_CHARS);
    }
    let rest = window(context, 0..0, SNIPPET_CHARS - head_chars - 3);
    format!("{head} — {rest}")
}

/// About `budget` characters of `text` around `focus`, cut at spaces where
/// possible, with "…" where text was left out.
pub fn window(text: &str, focus: Range<usize>, budget: usize) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    if n <= budget {
        return text.to_string();
    }
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let space = |i: usize| chars.get(i).is_some_and(|&(_, c)| c.is_whitespace());
    let focus_start = chars.partition_point(|&(b, _)| b < focus.start);
    let focus_end = chars
        .partition_point(|&(b, _)| b < focus.end)
        .max(focus_start);
    let mut start = focus_start.saturating_sub(budget / 3);
    let mut end = (start + budget).min(n);
    start = start.min(end.saturating_sub(budget));
    end = end.max(focus_end.min(n));
    if start > 0
        && !space(start - 1)
        && let Some(k) = (start..focus_start.min(start + 15)).find(|&k| space(k))
    {
        start = k + 1;
    }
    if end < n
        && !space(end)
        && let Some(k) = (focus_end.max(end.saturating_sub(15))..end)
            .rev()
            .find(|&k| space(k))
    {
        end = k;
    }
    let mut out = String::with_capacity(byte(end) - byte(start) + 8);
    if start > 0 {
        out.push('…');
    }
    out.push_str(text[byte(start)..byte(end)].trim());
    if end < n {
        out.push('…');
    }
    out
}
