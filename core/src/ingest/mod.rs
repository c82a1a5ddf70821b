//! Ingestion: from a raw web capture to a clean [`Article`].
//!
//! A capture is what a reader's browser or a clipping tool saved of a news page: the
//! article, and around and inside it the page's chrome (share buttons, subscription
//! pitches, lists of other stories, comment widgets), captions of pictures that are no
//! longer there, and metadata in whatever form the site prints it. Ingestion sorts
//! every line of the capture into exactly one place:
//!
//! - the **body**: the article's paragraphs, the only text that is analysed;
//! - the **captions**: image captions and photo credits;
//! - the **subheads**: section headings inside the article;
//! - the **boilerplate**: every other line, verbatim, in order. That is the page
//!   chrome, and also the lines the metadata was read from (title, byline, date and
//!   URL lines): the metadata fields are a reading of those lines, the boilerplate keeps
//!   what the capture actually said.
//!
//! Nothing is dropped: every line of the capture is in one of the four.
//!
//! The stages, each a module, run in this order; each only places lines that no
//! earlier stage has placed:
//!
//! 1. [`lines`]: the capture as lines, and what each line looks like.
//! 2. [`chrome`] (cut-off): after a heading such as "Related Articles", the page is
//!    other stories.
//! 3. [`metadata`]: the header at the top (title, subtitle, byline, date, outlet),
//!    then bylines, dates and URLs further down; [`date`] reads the dates.
//! 4. [`captions`]: image captions and photo credits.
//! 5. [`chrome`]: known chrome lines, the author's biography, the tail of the page,
//!    pull quotes.
//! 6. [`paragraphs`]: subheads, then the remaining lines joined into paragraphs.
//!
//! [`sidecar`] then lets a `NAME.meta.toml` file correct the metadata. The rules look
//! at the shape of lines and at word lists in `core/data/ingest/`, never at a
//! particular site: see each module for its rules.

mod captions;
mod choose;
mod chrome;
mod date;
pub use date::in_words as date_in_words;
mod dateline;
mod features;
pub mod html;
mod lines;
mod lists;
mod metadata;
mod paragraphs;
mod score;
mod sidecar;

pub use sidecar::{Correction, apply_sidecar, correct, corrections_of, read_sidecar};

use features::{BlockKind, Features};
use lines::{Line, is_space, url_host};
use metadata::Meta;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One article as the reader sees it: metadata, the body, and what was removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier, taken from the file name without its extension.
    pub id: String,
    /// The headline, when the capture has one.
    pub title: Option<String>,
    /// The line under the headline (a dek or standfirst), when there is one.
    pub subtitle: Option<String>,
    /// The outlet, only where the capture states it: a name beside the date, the
    /// agency of a wire dateline ("WASHINGTON (AP) —"), else the host of the capture's
    /// URL ("themoscowtimes.com").
    pub outlet: Option<String>,
    /// The author, from a byline ("By X", "Author: X"), a bare name above the date,
    /// "More by X", or a wire story's "Reporting by X".
    pub author: Option<String>,
    /// The publication date, ISO 8601: "2025-01-14", or "2016-11-25T15:55-05:00"
    /// when a time and a time zone are stated.
    pub date: Option<String>,
    /// The date as written in the capture, without its label ("Published").
    pub date_text: Option<String>,
    /// Whether day and month could be either way round ("05-04-2025"): then `date`
    /// is the month-first reading and `date_alternative` the other.
    pub date_ambiguous: bool,
    /// The day-first reading of an ambiguous date.
    pub date_alternative: Option<String>,
    /// The address of the page, when the capture gives it.
    pub url: Option<String>,
    /// The dateline as written, taken off the first paragraph ("WASHINGTON (AP) —").
    #[serde(default)]
    pub dateline: Option<String>,
    /// Where the report was filed, from its dateline ("BURBANK, Calif.").
    #[serde(default)]
    pub place: Option<String>,
    /// The agency that filed it, from its dateline ("AP", "Xinhua").
    #[serde(default)]
    pub agency: Option<String>,
    /// The body as paragraphs: the only text that is analysed. An HTML page's subheads
    /// are paragraphs of it too, where the reader sees them; a text capture's are not.
    pub body: Vec<String>,
    /// Image captions and photo credits, each once.
    pub captions: Vec<String>,
    /// Section headings inside the article, in order (for an HTML page, also in `body`).
    pub subheads: Vec<String>,
    /// Every other line of the capture, verbatim (trimmed) and in order: page chrome,
    /// and the lines the metadata was read from. Never analysed, still viewable.
    pub boilerplate: Vec<String>,
    /// Names of the fields whose value came from a sidecar file.
    pub sidecar_fields: Vec<String>,
}

/// Why a capture could not become an article. The message names what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IngestError {
    /// The capture has no bytes, or only white space.
    Empty,
    /// The capture is not UTF-8; the offset is of the first invalid byte.
    InvalidUtf8 {
        /// Byte offset of the first byte that is not valid UTF-8.
        offset: usize,
    },
    /// The capture has NUL bytes, or more than a quarter of it is control characters.
    Binary,
    /// Every line of the capture was page chrome or metadata.
    NothingLeft {
        /// How many lines were removed.
        removed: usize,
    },
    /// An HTML page with no text in its body.
    NoText,
    /// An HTML page whose bytes cannot be read as text.
    Encoding {
        /// What is wrong ("not valid UTF-8 at byte 6, and the page declares …").
        reason: String,
    },
    /// A sidecar file could not be applied.
    BadSidecar {
        /// What is wrong, starting with the line ("line 3: unknown key `titel` …").
        reason: String,
    },
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestError::Empty => write!(f, "the file is empty"),
            IngestError::InvalidUtf8 { offset } => {
                write!(f, "not valid UTF-8 at byte {offset}")
            }
            IngestError::Binary => write!(f, "looks like binary data, not text"),
            IngestError::NothingLeft { removed } => write!(
                f,
                "nothing is left after removing page chrome ({removed} {} removed)",
                if *removed == 1 { "line" } else { "lines" }
            ),
            IngestError::NoText => write!(f, "the page has no text in its body"),
            IngestError::Encoding { reason } => write!(f, "{reason}"),
            IngestError::BadSidecar { reason } => write!(f, "bad sidecar: {reason}"),
        }
    }
}

impl std::error::Error for IngestError {}

/// What a line of the capture turned out to be. Every line gets exactly one role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Not placed yet; what is still unplaced at the end is body.
    Unknown,
    /// The headline.
    Title,
    /// The line under the headline.
    Subtitle,
    /// A byline.
    Byline,
    /// A date line.
    Date,
    /// A URL line.
    Url,
    /// Page chrome.
    Chrome,
    /// An image caption or photo credit.
    Caption,
    /// A section heading inside the article.
    Subhead,
    /// Article text.
    Body,
}

/// Turns raw bytes into an article, checking that they are UTF-8 text.
pub fn ingest_bytes(id: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(IngestError::Empty);
    }
    // UTF-16 has NUL bytes in every other place; calling it binary would mislead.
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(IngestError::InvalidUtf8 { offset: 0 });
    }
    let controls = bytes
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)) || b == 0x7f)
        .count();
    if bytes.contains(&0) || controls * 4 > bytes.len() {
        return Err(IngestError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| IngestError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    ingest(id, text)
}

/// Turns the text of a capture into an article.
pub fn ingest(id: &str, text: &str) -> Result<Article, IngestError> {
    if text.chars().all(is_space) {
        return Err(IngestError::Empty);
    }
    let (chars, controls) = text.chars().fold((0usize, 0usize), |(n, c), ch| {
        let control = ch.is_control() && !matches!(ch, '\n' | '\r' | '\t' | '\u{c}');
        (n + 1, c + usize::from(control))
    });
    if text.contains('\0') || controls * 4 > chars {
        return Err(IngestError::Binary);
    }
    let lines = lines::split(text);
    let mut roles = vec![Role::Unknown; lines.len()];
    let cutoff = chrome::cutoff(&lines);
    if let Some(start) = cutoff {
        roles.iter_mut().skip(start).for_each(|r| *r = Role::Chrome);
    }
    let mut meta = Meta::default();
    // The header is read from the top, unless the headline found there is far above
    // the article (a site's name and menu come first): then from the headline closest
    // above the article.
    let (article_start, nearest_title) = header_start(&lines, &roles);
    let mut top_roles = roles.clone();
    metadata::scan_header(&lines, &mut top_roles, &mut meta);
    let top_title = top_roles.iter().position(|r| *r == Role::Title);
    let near = |at: usize| at + HEADER_REACH >= article_start;
    match (top_title, nearest_title) {
        (Some(at), _) if near(at) => roles = top_roles,
        (_, Some(at)) => {
            meta = Meta::default();
            if let (Some(lines), Some(roles)) = (lines.get(at..), roles.get_mut(at..)) {
                metadata::scan_header(lines, roles, &mut meta);
            }
        }
        (None, None) => roles = top_roles,
        (Some(_), None) => meta = Meta::default(),
    }
    metadata::scan_lines(&lines, &mut roles, &mut meta, cutoff);
    if meta.author.is_none() {
        meta.author = meta.author_fallback.take();
    }
    captions::mark(&lines, &mut roles);
    chrome::mark_lines(&lines, &mut roles);
    if let Some(author) = &meta.author {
        chrome::mark_bios(&lines, &mut roles, author);
    }
    chrome::mark_tail(&lines, &mut roles);
    chrome::mark_pull_quotes(&lines, &mut roles);
    paragraphs::mark_subheads(&lines, &mut roles);
    keep_article_run(&lines, &mut roles);
    for role in &mut roles {
        if *role == Role::Unknown {
            *role = Role::Body;
        }
    }
    assemble(id, &lines, &roles, meta)
}

/// How far above the article its header may start, in lines.
const HEADER_REACH: usize = 12;

/// Where the article starts (the first line of the best run), and the headline closest
/// above it: a line of four words or more shaped like a title, not a byline or date.
/// Of two such lines one above the other, the shorter upper one is the headline and
/// the lower its standfirst.
fn header_start(lines: &[Line], roles: &[Role]) -> (usize, Option<usize>) {
    let Some((run, _)) = article_run(lines, roles) else {
        return (0, None);
    };
    let first = run.start.min(lines.len());
    let headline = |i: usize| {
        lines.get(i).is_some_and(|l| {
            roles.get(i) == Some(&Role::Unknown)
                && l.words() >= 4
                && metadata::title_shaped(&l.clean, 25)
                && !chrome::is_chrome_line(l)
                && metadata::byline(&l.clean).is_none()
                && metadata::date_line(&l.clean).is_none()
        })
    };
    let nearest = (first.saturating_sub(HEADER_REACH)..first)
        .rev()
        .find(|&i| headline(i));
    let title = nearest.map(|n| {
        let words = |i: usize| lines.get(i).map_or(0, Line::words);
        match n.checked_sub(1) {
            Some(above) if headline(above) && words(above) < words(n) => above,
            _ => n,
        }
    });
    (first, title)
}

/// The features of every line of a text capture, with what the rules found so far.
fn line_features(lines: &[Line], roles: &[Role]) -> Vec<Features> {
    let mut seen: HashMap<String, usize> = HashMap::default();
    let keys: Vec<String> = lines.iter().map(Line::key).collect();
    for key in &keys {
        *seen.entry(key.clone()).or_default() += 1;
    }
    lines
        .iter()
        .zip(roles)
        .zip(&keys)
        .map(|((line, role), key)| {
            let kind = match role {
                Role::Caption => BlockKind::Caption,
                Role::Subhead | Role::Title | Role::Subtitle => BlockKind::Heading(2),
                _ => BlockKind::Line,
            };
            let mut f = Features::of_text(&line.clean, kind);
            f.known_chrome = matches!(role, Role::Chrome | Role::Byline | Role::Date | Role::Url);
            // A word or two repeated is a button ("Share"); a repeated sentence may be
            // the article quoting itself, which pull-quote removal has dealt with.
            f.repeated = seen.get(key).is_some_and(|&n| n > 1) && f.words <= 12;
            f
        })
        .collect()
}

/// The best-scoring run of a capture's lines, as the roles placed so far leave them
/// ([`score`], [`choose`]), with every line's class.
fn article_run(
    lines: &[Line],
    roles: &[Role],
) -> Option<(std::ops::Range<usize>, Vec<score::Class>)> {
    let features = line_features(lines, roles);
    let classes = score::classify_all(&features);
    let values: Vec<f32> = features
        .iter()
        .zip(&classes)
        .map(|(f, c)| score::value(f, *c))
        .collect();
    choose::best_run(&values, choose::TEXT_STRETCH).map(|run| (run, classes))
}

/// Keeps the article: the best-scoring run of lines ([`choose`]); the lines not yet
/// placed outside it are page chrome.
fn keep_article_run(lines: &[Line], roles: &mut [Role]) {
    // Without one paragraph of prose (a note of a few short lines), there is no
    // article run to tell apart from chrome: the rules alone decide.
    let Some((run, classes)) = article_run(lines, roles) else {
        return;
    };
    if !classes
        .get(run.clone())
        .is_some_and(|c| c.contains(&score::Class::Good))
    {
        return;
    }
    for (i, role) in roles.iter_mut().enumerate() {
        if matches!(role, Role::Unknown | Role::Subhead) && !run.contains(&i) {
            *role = Role::Chrome;
        }
    }
}

/// Puts every line where its role says, and the metadata into its fields.
fn assemble(id: &str, lines: &[Line], roles: &[Role], meta: Meta) -> Result<Article, IngestError> {
    let mut body = paragraphs::build(lines, roles);
    let dateline = dateline::take(&mut body);
    if body.is_empty() {
        let removed = roles.iter().filter(|r| **r != Role::Body).count();
        return Err(IngestError::NothingLeft { removed });
    }
    let mut captions = Vec::new();
    let mut seen = HashSet::default();
    let mut subheads = Vec::new();
    let mut boilerplate = Vec::new();
    for (line, role) in lines.iter().zip(roles) {
        match role {
            Role::Body => {}
            Role::Caption => {
                if seen.insert(line.key()) {
                    captions.push(line.clean.clone());
                }
            }
            Role::Subhead => subheads.push(line.clean.clone()),
            _ => boilerplate.push(line.raw.clone()),
        }
    }
    let date = meta.best_date().cloned();
    let outlet = meta
        .outlet
        .clone()
        .or_else(|| metadata::stated_outlet(lines, meta.url.as_deref()))
        .or_else(|| dateline.as_ref().and_then(|d| d.agency.clone()))
        .or_else(|| meta.url.as_deref().and_then(url_host));
    Ok(Article {
        id: id.to_string(),
        title: meta.title,
        subtitle: meta.subtitle,
        outlet,
        author: meta.author.as_deref().map(metadata::without_job),
        date_ambiguous: date.as_ref().is_some_and(|d| d.alternative.is_some()),
        date_alternative: date.as_ref().and_then(|d| d.alternative.clone()),
        date_text: date.as_ref().map(|d| d.text.clone()),
        date: date.map(|d| d.iso),
        url: meta.url,
        dateline: dateline.as_ref().map(|d| d.text.clone()),
        place: dateline.as_ref().map(|d| d.place.clone()),
        agency: dateline.and_then(|d| d.agency),
        body,
        captions,
        subheads,
        boilerplate,
        sidecar_fields: Vec::new(),
    })
}

/// The one assertion helper of the ingest tests: runs a table of named cases and
/// reports every case that fails, not only the first.
#[cfg(test)]
pub(crate) mod test_support {
    use std::fmt::Debug;

    pub(crate) fn check_table<I: Debug, E: Debug, O: Debug + PartialEq<E>>(
        cases: &[(&str, I, E)],
        run: impl Fn(&I) -> O,
    ) {
        let failures: Vec<String> = cases
            .iter()
            .filter_map(|(name, input, expected)| {
                let actual = run(input);
                (actual != *expected).then(|| {
                    format!("- {name}\n    input:    {input:?}\n    expected: {expected:?}\n    actual:   {actual:?}")
                })
            })
            .collect();
        assert!(
            failures.is_empty(),
            "{} of {} cases failed:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::check_table;
    use super::*;

    #[test]
    fn rejects_what_is_not_an_article() {
        let cases: Vec<(&str, &[u8], Result<(), String>)> = vec![
            ("empty", b"", Err("the file is empty".into())),
            (
                "white space",
                b" \n\r\n\t ",
                Err("the file is empty".into()),
            ),
            (
                "invalid UTF-8",
                b"ok\xff",
                Err("not valid UTF-8 at byte 2".into()),
            ),
            (
                "UTF-16",
                b"\xff\xfeT\0i\0",
                Err("not valid UTF-8 at byte 0".into()),
            ),
            (
                "NUL",
                b"Title\n\nText\0more.",
                Err("looks like binary data, not text".into()),
            ),
            (
                "control characters",
                b"\x01\x02\x03\x04a",
                Err("looks like binary data, not text".into()),
            ),
            (
                "only chrome",
                b"Share\n\nSubscribe now\n\nComments",
                Err("nothing is left after removing page chrome (3 lines removed)".into()),
            ),
            ("one paragraph", b"The Kremlin denied it.", Ok(())),
        ];
        check_table(&cases, |bytes| {
            ingest_bytes("a", bytes)
                .map(|_| ())
                .map_err(|e| e.to_string())
        });
    }

    #[test]
    fn places_every_line() {
        /// (title, body, captions, subheads, boilerplate)
        type Placed = (
            Option<String>,
            Vec<String>,
            Vec<String>,
            Vec<String>,
            Vec<String>,
        );
        let v = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let cases: Vec<(&str, &str, Placed)> = vec![
            (
                "title and body",
                "Title\n\nOne line\nand more.\n\n\nTwo.",
                (
                    Some("Title".into()),
                    v(&["One line and more.", "Two."]),
                    v(&[]),
                    v(&[]),
                    v(&["Title"]),
                ),
            ),
            (
                "CRLF",
                "Title\r\n\r\nFirst paragraph here.\r\nSecond paragraph here.\r\n",
                (
                    Some("Title".into()),
                    v(&["First paragraph here.", "Second paragraph here."]),
                    v(&[]),
                    v(&[]),
                    v(&["Title"]),
                ),
            ),
            (
                "right-to-left text",
                "עסקה חדשה במזרח התיכון\n\nהשיחות נמשכו כל הלילה ונגמרו בהסכם.\n\nالمحادثات استمرت طوال الليل؟",
                (
                    Some("עסקה חדשה במזרח התיכון".into()),
                    v(&[
                        "השיחות נמשכו כל הלילה ונגמרו בהסכם.",
                        "المحادثات استمرت طوال الليل؟",
                    ]),
                    v(&[]),
                    v(&[]),
                    v(&["עסקה חדשה במזרח התיכון"]),
                ),
            ),
            (
                "every kind of line",
                "logo\nA Headline Here\n\nBy Jane Doe\n\nMarch 3, 2024\n\nThe first paragraph of the article is here.\n\nA Subhead\nThe second paragraph of it, which goes on.\n\nJane Doe, at the summit. **Kevin Lamarque / REUTERS**\n\nThe end of the article is here now.\n\nShare\n\nRelated Articles\n\nAnother story.",
                (
                    Some("A Headline Here".into()),
                    v(&[
                        "The first paragraph of the article is here.",
                        "The second paragraph of it, which goes on.",
                        "The end of the article is here now.",
                    ]),
                    v(&["Jane Doe, at the summit. Kevin Lamarque / REUTERS"]),
                    v(&["A Subhead"]),
                    v(&[
                        "logo",
                        "A Headline Here",
                        "By Jane Doe",
                        "March 3, 2024",
                        "Share",
                        "Related Articles",
                        "Another story.",
                    ]),
                ),
            ),
        ];
        check_table(&cases, |text| {
            let a = ingest("a", text).map_err(|e| e.to_string());
            a.map(|a| (a.title, a.body, a.captions, a.subheads, a.boilerplate))
                .unwrap_or_default()
        });
    }

    /// A small deterministic generator, so the test needs no extra crate.
    fn next(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn never_panics() {
        let pieces: [&str; 24] = [
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            " ",
            "By ",
            "Jane Doe",
            "**",
            "[",
            "](",
            ")",
            "(AP/",
            " / REUTERS",
            "Published ",
            "05-04-2025",
            "March 3, 2024 3:55PM (EST)",
            "“",
            "”",
            "\"",
            "שלום עולם.",
            "مرحبا؟",
            "Related Articles",
            "é",
            "\u{feff}",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..3000 {
            let len = (next(&mut state) % 40) as usize;
            let text: String = (0..len)
                .filter_map(|_| {
                    pieces
                        .get((next(&mut state) % pieces.len() as u64) as usize)
                        .copied()
                })
                .collect();
            let _ = ingest("fuzz", &text);
            let _ = ingest_bytes("fuzz", text.as_bytes().get(..text.len() / 2).unwrap_or(b""));
        }
        let long_line = "word ".repeat(200_000);
        assert!(ingest("long", &long_line).is_ok());
    }
}
