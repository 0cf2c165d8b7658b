//! Writes a synthetic guide of any size, for benchmarks and scale tests.
//!
//! ```text
//! cargo run --release --example gen-guide -- --sections 10000 --out /tmp/guide-10k
//! immunoguide check /tmp/guide-10k
//! ```
//!
//! The guide is valid and lint-clean: N sections (chapters included), each
//! with about 2 KB of body in realistic markup (paragraphs, bold, italic,
//! bullet and numbered lists, callouts, links to other sections), nested
//! three levels below the chapters; a glossary of 500 terms, each used in
//! some body; a sources file; and the manifest. A chapter holds at most 85
//! sections (about 200 KB), so every file stays far below the 1 MiB limit.
//! The output depends only on N: a fixed-seed LCG picks the words.
//!
//! The benchmarks include this file (`#[path]`) to make the same guides.

use std::fmt::Write as _;
use std::path::Path;

/// Glossary terms in every generated guide.
pub const GLOSSARY_TERMS: usize = 500;
/// Entries in sources.toml.
pub const SOURCES: usize = 40;
/// A body is grown until it has at least this many bytes.
pub const BODY_BYTES: usize = 2000;
/// Children per section, at every level.
const FAN_OUT: usize = 4;
/// Sections below a chapter may go this deep (the format's limit).
const MAX_DEPTH: usize = 3;
/// Inside the 12 months `check` allows, counted from when this was written.
const REVIEWED: &str = "2026-11-01";

/// A tiny linear congruential generator (Knuth's MMIX constants): the
/// guide is the same on every run and machine, with no dependency.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// True one time in `n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
}

const TOPICS: &[&str] = &[
    "Sleep",
    "Food",
    "Skin",
    "Rest",
    "Work",
    "Pain",
    "Blood tests",
    "Scans",
    "Fever",
    "Travel",
    "Family",
    "Money",
    "Mood",
    "Breathing",
    "Joints",
    "Eyes",
    "Gut",
    "Hormones",
    "Visits",
    "Drugs",
    "Sex",
    "Exercise",
    "Teeth",
    "Hair",
];

const ASPECTS: &[&str] = &[
    "what to expect",
    "questions to ask",
    "when to call",
    "day to day",
    "the first weeks",
    "after treatment",
    "at home",
    "with your team",
    "signs to watch",
    "small steps",
];

const SUBJECTS: &[&str] = &[
    "You",
    "Your care team",
    "Your nurse",
    "Your doctor",
    "A friend",
    "Many people",
    "Some people",
    "The drug",
    "This treatment",
    "Your body",
    "A family member",
    "The clinic",
];

const VERBS: &[&str] = &[
    "may feel",
    "can ask about",
    "will check",
    "should write down",
    "might notice",
    "can talk about",
    "will plan",
    "may need",
    "can help with",
    "will look at",
];

const OBJECTS: &[&str] = &[
    "a change in your skin",
    "how you sleep",
    "the next visit",
    "a new cough",
    "your blood test",
    "how much you eat",
    "the side effects",
    "a rash",
    "what to do at night",
    "the dose",
    "how tired you feel",
    "your weight",
    "the plan for next week",
    "a sore mouth",
    "loose stools",
    "your list of drugs",
];

const TAILS: &[&str] = &[
    "each week",
    "at home",
    "before your visit",
    "after the first dose",
    "if it gets worse",
    "in the first month",
    "when you feel well",
    "on the phone",
    "with a friend",
    "each day",
];

const STEPS: &[&str] = &[
    "Write down the time it started",
    "Take your temperature",
    "Drink a glass of water",
    "Call the number on your card",
    "Tell the nurse what you feel",
    "Bring your list of drugs",
    "Rest for a while",
    "Keep a note in your diary",
    "Ask a friend to come with you",
    "Check your skin in a good light",
];

const WARNINGS: &[&str] = &[
    "Call your care team right away if you have a fever of 38 °C or higher.",
    "Call your care team right away if you have a new cough or feel short of breath.",
    "Call your care team right away if you have watery stools more than four times a day.",
    "Call your care team right away if your skin blisters or peels.",
];

const NOTES: &[&str] = &[
    "Side effects can start weeks or months after a dose.",
    "Each person is different. Your team will tell you what to watch for.",
    "It is fine to ask the same question twice.",
    "Keep this guide close so you can look things up.",
];

const KEYWORDS: &[&str] = &[
    "tired", "sore", "itch", "rash", "pee", "poo", "cough", "fever", "sleep", "food", "money",
    "work", "sad", "worry",
];

const TERM_STARTS: &[&str] = &[
    "ka", "lo", "mi", "ne", "po", "ra", "si", "tu", "va", "zo", "be", "da", "fe", "gi", "ho", "ju",
    "ki", "le", "mo", "nu", "pa", "re", "so", "ti", "vu",
];

const TERM_ENDS: &[&str] = &[
    "mab", "cept", "tide", "kine", "gen", "cyte", "lin", "zole", "vir", "nib", "rin", "tase",
    "lone", "sone", "pril", "dine", "mide", "fen", "stat", "xin",
];

/// One section of the tree, in reading order.
struct Node {
    depth: usize,
    /// Index of its chapter's file.
    chapter: usize,
}

/// Sections in a full subtree whose top is at `depth`: 85, 21, 5, 1.
fn full_size(depth: usize) -> usize {
    (0..=MAX_DEPTH - depth).map(|k| FAN_OUT.pow(k as u32)).sum()
}

/// Lays `budget` sections out below (and including) one node, filling
/// each child's subtree before starting the next, so even a small guide
/// reaches the full depth.
fn build(budget: usize, depth: usize, chapter: usize, out: &mut Vec<Node>) {
    out.push(Node { depth, chapter });
    let mut rest = budget - 1;
    while rest > 0 {
        let take = rest.min(full_size(depth + 1));
        build(take, depth + 1, chapter, out);
        rest -= take;
    }
}

/// The tree shape for `n` sections: as few chapters as hold them, each
/// given an even share.
fn tree(n: usize) -> Vec<Node> {
    let chapters = n.div_ceil(full_size(0)).max(1);
    let mut nodes = Vec::with_capacity(n);
    for c in 0..chapters {
        let share = n / chapters + usize::from(c < n % chapters);
        if share > 0 {
            build(share, 0, c, &mut nodes);
        }
    }
    nodes
}

/// The glossary term with number `j`: "Kamab", "Locept", ….
pub fn term(j: usize) -> String {
    let start = TERM_STARTS[(j / TERM_ENDS.len()) % TERM_STARTS.len()];
    let end = TERM_ENDS[j % TERM_ENDS.len()];
    let mut word = String::new();
    let mut chars = start.chars();
    if let Some(first) = chars.next() {
        word.extend(first.to_uppercase());
    }
    word.push_str(chars.as_str());
    word.push_str(end);
    word
}

fn title(i: usize) -> String {
    let topic = TOPICS[i % TOPICS.len()];
    let aspect = ASPECTS[(i / TOPICS.len()) % ASPECTS.len()];
    format!("{topic}: {aspect} ({})", i + 1)
}

fn id(i: usize) -> String {
    let topic = TOPICS[i % TOPICS.len()];
    let aspect = ASPECTS[(i / TOPICS.len()) % ASPECTS.len()];
    let slug = |s: &str| {
        s.to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-")
    };
    format!("{}-{}-{}", slug(topic), slug(aspect), i + 1)
}

fn chapter_file(c: usize) -> String {
    format!("chapter-{:04}.toml", c + 1)
}

fn source_id(s: usize) -> String {
    format!("source-{}", s + 1)
}

/// A plain sentence of 8 to 14 words, sometimes with emphasis, a glossary
/// term or a link.
fn sentence(rng: &mut Lcg, n: usize, me: usize) -> String {
    let subject = rng.pick(SUBJECTS);
    let verb = rng.pick(VERBS);
    let object = match rng.below(8) {
        0 => format!("**{}**", rng.pick(OBJECTS)),
        1 => format!("*{}*", rng.pick(OBJECTS)),
        2 => format!("**{}**", term(rng.below(GLOSSARY_TERMS))),
        _ => rng.pick(OBJECTS).to_string(),
    };
    let tail = rng.pick(TAILS);
    if n > 1 && rng.one_in(6) {
        let mut target = rng.below(n);
        if target == me {
            target = (target + 1) % n;
        }
        let topic = TOPICS[target % TOPICS.len()].to_lowercase();
        format!(
            "{subject} {verb} {object} {tail}, as [the part on {topic}](#{}) says.",
            id(target)
        )
    } else {
        format!("{subject} {verb} {object} {tail}.")
    }
}

fn paragraph(rng: &mut Lcg, n: usize, me: usize, body: &mut String) {
    let count = 2 + rng.below(3);
    let sentences: Vec<String> = (0..count).map(|_| sentence(rng, n, me)).collect();
    body.push_str(&sentences.join(" "));
    body.push_str("\n\n");
}

fn list(rng: &mut Lcg, numbered: bool, body: &mut String) {
    body.push_str(if numbered {
        "Here is what to do, in order:\n\n"
    } else {
        "Things that help:\n\n"
    });
    let count = 3 + rng.below(3);
    for k in 0..count {
        let step = rng.pick(STEPS);
        let line = match rng.below(4) {
            0 => format!("**{step}**."),
            1 => format!("{step} *{}*.", rng.pick(TAILS)),
            _ => format!("{step}."),
        };
        if numbered {
            let _ = writeln!(body, "{}. {line}", k + 1);
        } else {
            let _ = writeln!(body, "- {line}");
        }
    }
    body.push('\n');
}

fn callout(rng: &mut Lcg, body: &mut String) {
    let (kind, text) = match rng.below(5) {
        0 | 1 => ("WARNING", rng.pick(WARNINGS)),
        2 => ("NOTE", rng.pick(NOTES)),
        3 => ("TIP", rng.pick(NOTES)),
        _ => ("IMPORTANT", rng.pick(NOTES)),
    };
    let _ = writeln!(body, "> [!{kind}]\n> {text}\n");
}

/// A body of about [`BODY_BYTES`]: it names the glossary terms assigned to
/// this section (so every term is used somewhere), then mixes paragraphs,
/// lists and callouts.
fn body(rng: &mut Lcg, n: usize, me: usize) -> String {
    let mut body = String::with_capacity(BODY_BYTES + 512);
    paragraph(rng, n, me, &mut body);
    let assigned: Vec<String> = (me..GLOSSARY_TERMS).step_by(n.max(1)).map(term).collect();
    if !assigned.is_empty() {
        let _ = write!(body, "Words from the glossary in this part: ");
        for (k, word) in assigned.iter().enumerate() {
            if k > 0 {
                body.push_str(", ");
            }
            let _ = write!(body, "**{word}**");
        }
        body.push_str(".\n\n");
    }
    while body.len() < BODY_BYTES {
        match rng.below(6) {
            0 => list(rng, false, &mut body),
            1 => list(rng, true, &mut body),
            2 => callout(rng, &mut body),
            _ => paragraph(rng, n, me, &mut body),
        }
    }
    body.truncate(body.trim_end().len());
    body.push('\n');
    body
}

/// One section's keys, as TOML under its table header.
fn section_toml(rng: &mut Lcg, n: usize, i: usize, depth: usize, out: &mut String) {
    if depth > 0 {
        let _ = writeln!(out, "\n[[{}]]", vec!["section"; depth].join("."));
    }
    let _ = writeln!(out, "id = \"{}\"", id(i));
    let _ = writeln!(out, "title = \"{}\"", title(i));
    if depth == 0 || rng.one_in(2) {
        let topic = TOPICS[i % TOPICS.len()].to_lowercase();
        let _ = writeln!(
            out,
            "summary = \"What to know about {topic}, in plain words.\""
        );
    }
    let _ = writeln!(out, "body = \"\"\"\n{}\"\"\"", body(rng, n, i));
    if rng.one_in(2) {
        let _ = writeln!(
            out,
            "keywords = [\"{}\", \"{}\"]",
            rng.pick(KEYWORDS),
            rng.pick(KEYWORDS)
        );
    }
    let first = rng.below(SOURCES);
    if rng.one_in(3) {
        let second = (first + 1 + rng.below(SOURCES - 1)) % SOURCES;
        let _ = writeln!(
            out,
            "sources = [\"{}\", \"{}\"]",
            source_id(first),
            source_id(second)
        );
    } else {
        let _ = writeln!(out, "sources = [\"{}\"]", source_id(first));
    }
    let _ = writeln!(out, "reviewed = {REVIEWED}");
}

/// Every file of a guide of `n` sections, as (name, text), manifest first.
pub fn generate(n: usize) -> Vec<(String, String)> {
    let n = n.max(1);
    let mut rng = Lcg::new(0x1a2b_3c4d_5e6f_7788);
    let nodes = tree(n);
    let chapters = nodes.last().map_or(1, |node| node.chapter + 1);

    let mut chapter_texts = vec![String::new(); chapters];
    for (i, node) in nodes.iter().enumerate() {
        section_toml(&mut rng, n, i, node.depth, &mut chapter_texts[node.chapter]);
    }

    let mut manifest = String::new();
    let _ = writeln!(manifest, "format = 1");
    let _ = writeln!(manifest, "title = \"Synthetic guide of {n} sections\"");
    let _ = writeln!(manifest, "language = \"en\"");
    let _ = writeln!(manifest, "version = \"synthetic-{n}\"");
    let _ = writeln!(manifest, "reviewed = {REVIEWED}");
    let _ = writeln!(manifest, "reviewed_by = \"\"");
    let _ = writeln!(
        manifest,
        "purpose = \"A made-up guide, used to measure how fast the reader is.\""
    );
    let _ = writeln!(
        manifest,
        "welcome = \"\"\"\nThis guide is made up. It has {n} sections, so the reader can be tested at scale.\n\nPress **?** at any time for help.\n\"\"\""
    );
    let _ = writeln!(
        manifest,
        "disclaimer = \"This guide does not replace your care team.\""
    );
    let _ = writeln!(
        manifest,
        "emergency = \"In an emergency, call 911 or your local emergency number.\""
    );
    let _ = writeln!(manifest, "chapters = [");
    for c in 0..chapters {
        let _ = writeln!(manifest, "    \"{}\",", chapter_file(c));
    }
    let _ = writeln!(manifest, "]");
    let _ = writeln!(manifest, "glossary = \"glossary.toml\"");
    let _ = writeln!(manifest, "sources = \"sources.toml\"");

    let mut sources = String::new();
    for s in 0..SOURCES {
        let _ = writeln!(
            sources,
            "[[source]]\nid = \"{}\"\ntitle = \"Synthetic source number {}\"\npublisher = \"Example Health Service\"\nurl = \"https://example.org/sources/{}\"\nyear = {}\n",
            source_id(s),
            s + 1,
            s + 1,
            2020 + s % 6
        );
    }

    let mut glossary = String::new();
    for j in 0..GLOSSARY_TERMS {
        let word = term(j);
        let _ = writeln!(glossary, "[[term]]\nterm = \"{word}\"");
        if j % 3 == 0 {
            let _ = writeln!(glossary, "aliases = [\"{word}s\"]");
        }
        let topic = TOPICS[j % TOPICS.len()].to_lowercase();
        let _ = writeln!(
            glossary,
            "definition = \"A made-up word used to test the guide. Here it stands for a thing to do with {topic}.\""
        );
        if j % 5 == 0 {
            let _ = writeln!(glossary, "see_also = [\"{}\"]", id(j % n));
        }
        glossary.push('\n');
    }

    let mut files = vec![
        ("guide.toml".to_string(), manifest),
        ("sources.toml".to_string(), sources),
        ("glossary.toml".to_string(), glossary),
    ];
    files.extend(
        chapter_texts
            .into_iter()
            .enumerate()
            .map(|(c, text)| (chapter_file(c), text)),
    );
    files
}

/// Writes the files into `dir` (made if missing); returns the bytes written.
pub fn write(dir: &Path, files: &[(String, String)]) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir)?;
    let mut bytes = 0;
    for (name, text) in files {
        std::fs::write(dir.join(name), text)?;
        bytes += text.len() as u64;
    }
    Ok(bytes)
}

const USAGE: &str = "usage: gen-guide --sections N --out DIR

Writes a valid, lint-clean synthetic guide of N sections into DIR.";

fn main() -> std::process::ExitCode {
    let mut sections: Option<usize> = None;
    let mut out: Option<std::path::PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--sections" | "-n" => sections = args.next().and_then(|v| v.parse().ok()),
            "--out" | "-o" => out = args.next().map(Into::into),
            "--help" | "-h" => {
                println!("{USAGE}");
                return std::process::ExitCode::SUCCESS;
            }
            other => {
                eprintln!("gen-guide: unknown argument `{other}`\n{USAGE}");
                return std::process::ExitCode::from(2);
            }
        }
    }
    let (Some(sections), Some(out)) = (sections.filter(|&n| n > 0), out) else {
        eprintln!("{USAGE}");
        return std::process::ExitCode::from(2);
    };
    let files = generate(sections);
    let largest = files.iter().map(|(_, t)| t.len()).max().unwrap_or(0);
    match write(&out, &files) {
        Ok(bytes) => {
            println!(
                "wrote {sections} sections in {} chapter files ({bytes} bytes; largest file {largest} bytes) to {}",
                files.len() - 3,
                out.display()
            );
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen-guide: cannot write {}: {e}", out.display());
            std::process::ExitCode::from(1)
        }
    }
}
