//! Metadata: title, subtitle, byline, date line, outlet and URL.
//!
//! The header is read from the top down: page chrome ("logo"), a kicker, the title (a
//! short line that does not end a sentence), a repeat of the title, a subtitle, a
//! byline ("By X", "Author: X", "By [X](#)", or a bare name just above a date), a date
//! line (see [`super::date`]; an outlet may be glued to it, as in "NBC News05-04-2025"),
//! and image captions. The header ends at the first line that is none of these: that
//! line starts the body. If the first line already reads as body text, there is no title.
//!
//! Bylines, date lines and URL lines are also recognised further down (Salon prints
//! "By Matthew Rozsa" after the body; captures end with "Original url:" and the URL).
//!
//! The outlet is only ever what the capture states, in this order: a name glued to or
//! set beside the date ("NBC News05-04-2025", "Reuters | March 3, 2024"); the agency in
//! a wire dateline ("WASHINGTON (AP) —"); else the host of the capture's URL without
//! "www." ("themoscowtimes.com"). Nothing is looked up or guessed.

use super::Role;
use super::captions;
use super::chrome::is_chrome_line;
use super::date::{ParsedDate, parse_date, parse_date_line};
use super::lines::{
    Line, ends_terminal, is_bullet, is_space, last_char, looks_like_url, name_shaped, names_shaped,
    outlet_shaped, starts_like_a_sentence, starts_lowercase, starts_with_phrase, strip_bullet,
};
use super::lists::{DateKind, lists};

/// What the metadata stages found.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    /// The headline.
    pub title: Option<String>,
    /// The line under the headline.
    pub subtitle: Option<String>,
    /// From a byline.
    pub author: Option<String>,
    /// From "More by X" or "Reporting by X": used only when there is no byline.
    pub author_fallback: Option<String>,
    /// An outlet the capture states beside a date.
    pub outlet: Option<String>,
    /// Every date line: what kind, where, what it says.
    pub dates: Vec<(DateKind, usize, ParsedDate)>,
    /// The capture's URL.
    pub url: Option<String>,
}

impl Meta {
    /// The date that best tells when the article was published: a "published" date
    /// over a plain one over an "updated" one; among equals, the first.
    pub fn best_date(&self) -> Option<&ParsedDate> {
        self.dates
            .iter()
            .min_by_key(|(kind, at, _)| (std::cmp::Reverse(*kind), *at))
            .map(|(_, _, date)| date)
    }

    fn set_author(&mut self, name: String) {
        if self.author.is_none() {
            self.author = Some(name);
        }
    }
}

/// The most lines the header can span: beyond them, a line is body or chrome.
const HEADER_LINES: usize = 24;

/// Reads the header at the top of the capture, setting the roles of its lines.
pub(crate) fn scan_header(lines: &[Line], roles: &mut [Role], meta: &mut Meta) {
    let mut title_key: Option<String> = None;
    let mut seen_meta = false;
    let mut shapes = HeaderShapes::new(lines);
    for i in 0..lines.len().min(HEADER_LINES) {
        let (Some(line), Some(Role::Unknown)) = (lines.get(i), roles.get(i).copied()) else {
            return;
        };
        let next = lines.get(i + 1);
        // A line whose sentence runs on into the next line is the start of a paragraph.
        let runs_on = next.is_some_and(|n| !n.gap_before && starts_lowercase(&n.clean));
        let role = if is_chrome_line(line) {
            Role::Chrome
        } else if title_key.as_deref() == Some(line.key().as_str()) {
            // The title printed twice (a headline and its social-card copy).
            Role::Chrome
        } else if let Some(name) = byline(&line.clean) {
            meta.set_author(name);
            seen_meta = true;
            Role::Byline
        } else if let Some(found) = date_line(&line.clean) {
            found.record(i, meta);
            seen_meta = true;
            Role::Date
        } else if let Some(url) = url_of(&line.clean) {
            meta.url.get_or_insert(url);
            Role::Url
        } else if captions::is_caption_line(line)
            || (title_key.is_some() && next.is_some_and(|n| !n.gap_before && n.key() == line.key()))
        {
            Role::Caption
        } else if runs_on {
            return;
        } else if title_key.is_none() {
            if !title_shaped(&line.clean, 25) {
                return;
            }
            if is_kicker(line, next) || shapes.headline_below(i) {
                Role::Chrome
            } else {
                title_key = Some(line.key());
                meta.title = Some(line.clean.clone());
                Role::Title
            }
        } else if meta.author.is_none()
            && let Some(name) = bare_name(&line.clean)
            && shapes.dated(i + 1)
        {
            meta.set_author(name);
            Role::Byline
        } else if meta.subtitle.is_none()
            && (title_shaped(&line.clean, 35)
                || (!seen_meta
                    && line.words() <= 60
                    && ends_terminal(&line.clean)
                    && metadata_follows(lines, i)))
        {
            meta.subtitle = Some(line.clean.clone());
            Role::Subtitle
        } else {
            return;
        };
        if let Some(r) = roles.get_mut(i) {
            *r = role;
        }
    }
}

/// Reads bylines, date lines and URLs anywhere below the header. Lines after the
/// cut-off (lists of other stories) only give a "published" date, the author of a
/// "More by X" heading, and a URL introduced by a label such as "Original url:".
pub(crate) fn scan_lines(
    lines: &[Line],
    roles: &mut [Role],
    meta: &mut Meta,
    cutoff: Option<usize>,
) {
    for (i, line) in lines.iter().enumerate() {
        let after_cutoff = cutoff.is_some_and(|c| i >= c);
        let role = roles.get(i).copied().unwrap_or(Role::Chrome);
        let labelled_url = i > 0
            && lines
                .get(i - 1)
                .is_some_and(|prev| is_url_label(&prev.clean));
        if after_cutoff {
            if cutoff == Some(i)
                && let Some(name) = more_by(&line.clean)
            {
                meta.author_fallback.get_or_insert(name);
            }
            if let Some((DateKind::Published, date)) = parse_date_line(&line.clean) {
                meta.dates.push((DateKind::Published, i, date));
            }
            if labelled_url && let Some(url) = url_of(&line.clean) {
                meta.url.get_or_insert(url);
            }
            continue;
        }
        if role != Role::Unknown {
            continue;
        }
        let new_role = if let Some(name) = byline(&line.clean) {
            meta.set_author(name);
            Role::Byline
        } else if let Some(found) = date_line_below_header(&line.clean) {
            found.record(i, meta);
            Role::Date
        } else if let Some(url) = url_of(&line.clean) {
            meta.url.get_or_insert(url);
            Role::Url
        } else if is_url_label(&line.clean)
            && lines.get(i + 1).is_some_and(|n| url_of(&n.clean).is_some())
        {
            Role::Chrome
        } else if let Some(name) = reporting_by(&line.clean) {
            meta.author_fallback.get_or_insert(name);
            Role::Chrome
        } else {
            continue;
        };
        if let Some(r) = roles.get_mut(i) {
            *r = new_role;
        }
    }
}

/// Whether the line reads as a headline: at most `max_words` words, not a sentence
/// that ends with a full stop (a question or exclamation may be a headline), not
/// starting in lower case, not a list item.
pub(crate) fn title_shaped(clean: &str, max_words: usize) -> bool {
    let words = clean.split_whitespace().count();
    (1..=max_words).contains(&words)
        && clean.chars().count() <= 300
        && !matches!(last_char(clean), Some('.' | ',' | ';' | ':' | '…'))
        && starts_like_a_sentence(clean)
        && !is_bullet(clean)
        && !looks_like_url(clean)
}

/// A section label above the headline ("World news", "Opinion"): one to three words,
/// not in title case unless a single word, directly above a longer headline.
fn is_kicker(line: &Line, next: Option<&Line>) -> bool {
    let words: Vec<&str> = line.clean.split_whitespace().collect();
    let title_case = words
        .iter()
        .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
    words.len() <= 3
        && (words.len() == 1 || !title_case)
        && next.is_some_and(|n| {
            title_shaped(&n.clean, 25)
                && n.words() >= 4
                && n.words() > words.len()
                && !is_chrome_line(n)
                && byline(&n.clean).is_none()
                && date_line(&n.clean).is_none()
        })
}

/// A masthead, a menu or a section's name rather than a headline: three words at most
/// ("The Hexley Courier"), items between separators ("Home › Science", "Sign in |
/// Join"), or every word capitalized in a short, spaced-out or upper-case line
/// ("MERIDIAN MARKETS", "World  Business  Markets"). A headline in title case ("Nova
/// Labs Defends App Update Amid User Complaints") is longer and set as a sentence.
fn nameplate_shaped(line: &Line) -> bool {
    let words: Vec<&str> = line
        .clean
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let capitalized = words
        .iter()
        .all(|w| !w.chars().next().is_some_and(char::is_lowercase));
    let upper_case = !line.clean.chars().any(char::is_lowercase);
    words.len() <= 3
        || line
            .clean
            .split_whitespace()
            .any(|w| matches!(w, "|" | "·" | "•" | "›" | "»" | "/" | ">"))
        || (capitalized && (words.len() <= 4 || upper_case || line.raw.contains("  ")))
}

/// What the search for a headline below a line asks of each header line, each line
/// read once per page however many candidates ask: reading a date line is the
/// costly part of the header.
struct HeaderShapes<'a> {
    lines: &'a [Line],
    /// Per line: whether it is a byline or date line, once known.
    meta: Vec<Option<bool>>,
    /// Per line: whether it is a date line, once known.
    dated: Vec<Option<bool>>,
    /// Per line: whether it reads as a headline (no chrome, caption or nameplate).
    headline: Vec<Option<bool>>,
}

impl<'a> HeaderShapes<'a> {
    fn new(lines: &'a [Line]) -> HeaderShapes<'a> {
        HeaderShapes {
            lines,
            meta: vec![None; lines.len()],
            dated: vec![None; lines.len()],
            headline: vec![None; lines.len()],
        }
    }

    fn dated(&mut self, k: usize) -> bool {
        let Some(line) = self.lines.get(k) else {
            return false;
        };
        *self.dated[k].get_or_insert_with(|| date_line(&line.clean).is_some())
    }

    /// A byline, a date line, or a bare name ("Jane Doe", "Jane Doe, Legal Affairs
    /// Correspondent") over a date line.
    fn meta(&mut self, k: usize) -> bool {
        if let Some(known) = self.meta[k] {
            return known;
        }
        let line = &self.lines[k];
        // Bylines and date lines are short (a date line has at most 16 words).
        let found = line.words() <= 16
            && (byline(&line.clean).is_some()
                || self.dated(k)
                || ((bare_name(&line.clean).is_some() || names_shaped(&without_job(&line.clean)))
                    && self.dated(k + 1)));
        self.meta[k] = Some(found);
        found
    }

    /// Whether line `i`, the first that could be the title, is rather the site's name,
    /// its tagline or its menu: a headline comes below it, before the byline or the date.
    /// Without a byline or date below, the header's shape is unknown and the first line
    /// stays the title.
    fn headline_below(&mut self, i: usize) -> bool {
        let lines = self.lines;
        let mut later = false;
        for (k, line) in lines.iter().enumerate().skip(i + 1).take(HEADER_LINES) {
            if line.words() > 35 {
                return false;
            }
            if self.meta(k) {
                return later;
            }
            let headline = *self.headline[k].get_or_insert_with(|| {
                title_shaped(&line.clean, 25)
                    && !nameplate_shaped(line)
                    && !is_chrome_line(line)
                    && !captions::is_caption_line(line)
            });
            if !headline {
                continue;
            }
            // Directly below a headline-shaped line comes its standfirst, not another
            // headline; below a nameplate ("Local News", "EARTH & OCEANS"), the headline.
            later |= k > i + 1 || nameplate_shaped(&lines[i]);
        }
        false
    }
}

/// Whether a byline or date line comes within the next three lines: what makes a
/// sentence under the headline a standfirst rather than the first paragraph.
fn metadata_follows(lines: &[Line], i: usize) -> bool {
    (i + 1..=i + 3).any(|j| {
        lines.get(j).is_some_and(|l| {
            byline(&l.clean).is_some()
                || date_line(&l.clean).is_some()
                || (bare_name(&l.clean).is_some()
                    && lines
                        .get(j + 1)
                        .is_some_and(|n| date_line(&n.clean).is_some()))
        })
    })
}

/// The author named by a byline line: "By X", "Author: X", "Written by X",
/// "By X and Y", "By X in Brussels" (the place is dropped).
pub(crate) fn byline(clean: &str) -> Option<String> {
    let text = strip_bullet(clean);
    let rest = strip_phrase(text, &lists().byline_labels)?;
    let name = drop_place(rest.trim_matches(|c: char| c == ':' || c == '|' || is_space(c)));
    names_shaped(name).then(|| name.to_string())
}

/// A name without the job title a byline adds: "Helena Marsh, Environment
/// Correspondent" and "Helena Marsh Environment Correspondent" are "Helena Marsh". A
/// job word ("correspondent", "chief") and the word before it ("Environment") end the
/// name when two words of name are left.
pub(crate) fn without_job(name: &str) -> String {
    let name = match name.split_once(", ") {
        Some((head, tail)) if is_job(tail) => head,
        _ => name,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let job = words.iter().position(|w| is_job(w));
    match job {
        // "Moscow Times Reporter" is a staff byline, not a name with a job.
        Some(j) if j >= 3 => words.get(..j - 1).unwrap_or(&words).join(" "),
        _ => name.to_string(),
    }
}

/// Whether a text names a job ("Chief Meteorologist", "staff writer").
fn is_job(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        lists().job_words.contains(&w)
    })
}

/// The outlet's name as the page states it: in its copyright line ("© 2025 The
/// Holloway Standard"; the last such line, which is the site's own footer, not an
/// agency's line under the story), or a line that spells the capture's URL host
/// ("The Moscow Times" for themoscowtimes.com).
pub(crate) fn stated_outlet(lines: &[Line], url: Option<&str>) -> Option<String> {
    let host_label = url
        .and_then(super::lines::url_host)
        .and_then(|h| h.split('.').next().map(str::to_string));
    if let Some(label) = &host_label {
        let found = lines.iter().find_map(|l| {
            names_in(&l.clean).into_iter().find(|n| {
                n.split_whitespace().count() >= 2 && super::html::declared::same_name(n, label)
            })
        });
        if found.is_some() {
            return found;
        }
    }
    lines.iter().rev().find_map(|l| copyright_holder(&l.clean))
}

/// The runs of capitalised words in a line ("The Moscow Times").
fn names_in(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for w in text.split_whitespace() {
        let word = w.trim_matches(|c: char| !c.is_alphanumeric());
        if word.chars().next().is_some_and(char::is_uppercase) {
            current.push(word);
        } else if !current.is_empty() {
            names.push(current.join(" "));
            current.clear();
        }
        if w.ends_with(['.', ',', ';', ':', '|']) && !current.is_empty() {
            names.push(current.join(" "));
            current.clear();
        }
    }
    if !current.is_empty() {
        names.push(current.join(" "));
    }
    names
}

/// Words that name a publisher's company rather than its publication.
const COMPANY_WORDS: [&str; 14] = [
    "ltd",
    "limited",
    "inc",
    "llc",
    "plc",
    "co",
    "company",
    "corp",
    "gmbh",
    "sp",
    "media",
    "publishing",
    "group",
    "holdings",
];

/// The holder a copyright line names: "© 2025 The Holloway Standard. All rights
/// reserved." gives "The Holloway Standard".
fn copyright_holder(text: &str) -> Option<String> {
    let at = text.find('©').map(|i| i + '©'.len_utf8()).or_else(|| {
        let lower = text.to_lowercase();
        lower.find("copyright").map(|i| i + "copyright".len())
    })?;
    let rest = text
        .get(at..)?
        .trim_start_matches(['©', ' ', '(', ')', 'c']);
    let rest =
        rest.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | ' ' | ','));
    let end = rest
        .find(['.', '|', '·', '•'])
        .into_iter()
        .chain(rest.to_lowercase().find(" all rights"))
        .min()
        .unwrap_or(rest.len());
    let name = rest.get(..end)?;
    // The publication, not its company: "Strata Media Ltd" is Strata, "The Holloway
    // Standard, 412 Commerce St" is The Holloway Standard.
    let name = name.split(',').next().unwrap_or(name).trim();
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1
        && words.last().is_some_and(|w| {
            COMPANY_WORDS.contains(&w.trim_end_matches('.').to_lowercase().as_str())
        })
    {
        words.pop();
    }
    let name = words.join(" ");
    let words = words.len();
    ((1..=6).contains(&words) && name.chars().next().is_some_and(char::is_uppercase))
        .then_some(name)
}

/// A person's name alone on a line, as the Guardian prints its byline: two to four
/// capitalised words, optionally followed by "in Place".
fn bare_name(clean: &str) -> Option<String> {
    let name = drop_place(clean);
    let words = name.split_whitespace().count();
    ((2..=4).contains(&words) && name_shaped(name) && !outlet_shaped(name))
        .then(|| name.to_string())
}

/// "Jane Doe in Brussels" → "Jane Doe", when what follows " in " is a place name.
fn drop_place(name: &str) -> &str {
    match name.rfind(" in ") {
        Some(at) if name.get(at + 4..).is_some_and(name_shaped) => name.get(..at).unwrap_or(name),
        _ => name,
    }
}

/// The text after the first of `labels` that starts `text` (case-insensitively).
fn strip_phrase<'a>(text: &'a str, labels: &[String]) -> Option<&'a str> {
    let lower = text.to_lowercase();
    labels.iter().find_map(|label| {
        if !starts_with_phrase(&lower, label) {
            return None;
        }
        let head = text.get(..label.len())?;
        head.eq_ignore_ascii_case(label)
            .then(|| text.get(label.len()..))
            .flatten()
    })
}

/// "More by Jeffrey Mankoff": the author's name, from the link to their other articles.
pub(crate) fn more_by(clean: &str) -> Option<String> {
    let rest = strip_phrase(strip_bullet(clean), &["more by".to_string()])?.trim();
    names_shaped(rest).then(|| rest.to_string())
}

/// "Reporting by Jane Doe; Editing by John Roe": the reporter, from a wire story's
/// credit line.
fn reporting_by(clean: &str) -> Option<String> {
    let rest = strip_phrase(clean, &["reporting by".to_string()])?;
    let first = rest.split(';').next().unwrap_or("").trim();
    let name = drop_place(first);
    names_shaped(name).then(|| name.to_string())
}

/// A line that only introduces a URL: "Original url:", "Source:".
fn is_url_label(clean: &str) -> bool {
    clean.ends_with(':') && clean.split_whitespace().count() <= 3
}

/// The URL a line gives: the line is a URL (possibly in angle brackets), or a short
/// label and a URL ("Original url: https://…").
pub(crate) fn url_of(clean: &str) -> Option<String> {
    let candidate = match clean.rsplit_once(": ") {
        Some((label, url)) if label.split_whitespace().count() <= 3 && looks_like_url(url) => url,
        _ => clean,
    };
    looks_like_url(candidate).then(|| {
        candidate
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_string()
    })
}

/// What a date line says.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct DateLine {
    kind: DateKind,
    date: ParsedDate,
    outlet: Option<String>,
    author: Option<String>,
}

impl DateLine {
    pub(crate) fn record(self, at: usize, meta: &mut Meta) {
        if let Some(outlet) = self.outlet {
            meta.outlet.get_or_insert(outlet);
        }
        if let Some(author) = self.author {
            meta.set_author(author);
        }
        meta.dates.push((self.kind, at, self.date));
    }
}

/// Separators between the parts of a metadata line ("Reuters | March 3, 2024").
const SEPARATORS: [&str; 5] = [" | ", " · ", " • ", " — ", " – "];

/// Reads a line that is a date, possibly with an author or an outlet beside it:
/// "January 14, 2025", "Published November 25, 2016 3:55PM (EST)",
/// "Posted on 2024-02-11 by jane", "Jane Doe | March 3, 2024", "NBC News05-04-2025".
pub(crate) fn date_line(clean: &str) -> Option<DateLine> {
    date_line_with(clean, true)
}

/// Reads a date line below the header. There a name beside a date is more likely an
/// entry of a timeline or a list than the article's byline or outlet, so only a date
/// alone, or a date with "by", counts.
fn date_line_below_header(clean: &str) -> Option<DateLine> {
    date_line_with(clean, false)
}

fn date_line_with(clean: &str, header: bool) -> Option<DateLine> {
    if clean.split_whitespace().count() > 16 {
        return None;
    }
    let plain = |(kind, date)| DateLine {
        kind,
        date,
        outlet: None,
        author: None,
    };
    if let Some(found) = parse_date_line(clean) {
        return Some(plain(found));
    }
    if let Some(line) = dated_by(clean) {
        return Some(line);
    }
    if !header {
        return None;
    }
    if SEPARATORS.iter().any(|s| clean.contains(s))
        && let Some(line) = separated(clean)
    {
        return Some(line);
    }
    glued(clean)
}

/// "Posted on 2024-02-11 by jane": a blog's date and user name.
fn dated_by(clean: &str) -> Option<DateLine> {
    let at = clean.to_lowercase().rfind(" by ")?;
    let (left, right) = (clean.get(..at)?, clean.get(at + 4..)?.trim());
    let (kind, date) = parse_date_line(left)?;
    let words = right.split_whitespace().count();
    ((1..=4).contains(&words) && !ends_terminal(right) && !right.contains(',')).then(|| DateLine {
        kind,
        date,
        outlet: None,
        author: Some(right.to_string()),
    })
}

/// "12 January 2026, 4.10pm": a date and then a time the date reader does not take.
fn date_then_time(part: &str) -> Option<(DateKind, ParsedDate)> {
    let (date, time) = part.rsplit_once([',', ' '])?;
    time_of_day(time).then(|| parse_date_line(date.trim_end_matches([',', ' '])))?
}

/// A time of day as a date line writes it: "21:15", "4.10pm", "9:40 a.m.", "14.05 BST".
fn time_of_day(text: &str) -> bool {
    let mut tokens = text.split_whitespace();
    let Some(first) = tokens.next() else {
        return false;
    };
    let lower = first.to_lowercase();
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    let clock = digits.split_once([':', '.']).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
    });
    // What may follow: a meridiem or a zone's abbreviation, one or two tokens.
    let rest_ok = tokens.all(|t| {
        let t = t.trim_end_matches('.');
        t.len() <= 5
            && (t.chars().all(|c| c.is_ascii_uppercase())
                || matches!(t.to_lowercase().as_str(), "a.m" | "p.m" | "am" | "pm"))
    });
    clock && rest_ok
}

/// What a date line carries beside its date: a time, an update stamp ("Updated 5.32pm",
/// "Updated 2 hours ago"), a reading time ("6 min read"), a comment count, or an age
/// ("3 hours ago").
fn date_furniture(part: &str) -> bool {
    let lower = part.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let counted = first.chars().all(|c| c.is_ascii_digit());
    time_of_day(part)
        || (words.len() <= 6 && super::date::strip_label(part).0 == DateKind::Updated)
        || (counted && words.len() <= 3 && *last == "read")
        || (counted && words.len() == 2 && last.starts_with("comment"))
        || (words.len() <= 4 && *last == "ago")
}

/// "Jane Doe | March 3, 2024": one part is a date, each other part a byline, an
/// outlet, a name, or the furniture a date line carries beside the date (a later
/// "Updated …", a time, "6 min read", "12 comments", "2 hours ago").
fn separated(clean: &str) -> Option<DateLine> {
    let mut found: Option<DateLine> = None;
    let mut outlet = None;
    let mut author = None;
    let parts = SEPARATORS.iter().fold(vec![clean], |parts, separator| {
        parts.into_iter().flat_map(|p| p.split(separator)).collect()
    });
    for part in parts.into_iter().map(str::trim) {
        let dated = parse_date_line(part)
            .or_else(|| date_then_time(part))
            .map(|(kind, date)| DateLine {
                kind,
                date,
                outlet: None,
                author: None,
            })
            .or_else(|| dated_by(part));
        if let Some(line) = dated {
            let kind = line.kind;
            match found {
                None => {
                    author = author.or(line.author.clone());
                    found = Some(line);
                }
                // The first date is the article's; a later update stamp is furniture.
                Some(_) if kind == DateKind::Updated => {}
                Some(_) => return None,
            }
        } else if date_furniture(part) {
            continue;
        } else if let Some(name) = byline(part) {
            author = Some(name);
        } else if outlet_shaped(part) {
            outlet = Some(part.to_string());
        } else if names_shaped(part) {
            author = Some(part.to_string());
        } else {
            return None;
        }
    }
    found.map(|mut line| {
        line.outlet = outlet;
        line.author = author;
        line
    })
}

/// "NBC News05-04-2025": an outlet's name with the date glued to it.
fn glued(clean: &str) -> Option<DateLine> {
    if clean.chars().count() > 80 {
        return None;
    }
    clean.char_indices().skip(1).find_map(|(at, c)| {
        // A date starts with a digit or a capital ("05-04-2025", "March 3"): the other
        // letters are not tried, which keeps this from reading the line once a letter.
        if !(c.is_ascii_digit() || c.is_uppercase()) {
            return None;
        }
        let date = parse_date(clean.get(at..)?)?;
        let prefix = clean.get(..at)?.trim_end_matches(|c: char| {
            matches!(c, ',' | '|' | '·' | '-' | '—' | '–') || is_space(c)
        });
        outlet_shaped(prefix).then(|| DateLine {
            kind: DateKind::Plain,
            date,
            outlet: Some(prefix.to_string()),
            author: None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::lines::split;
    use crate::ingest::test_support::check_table;

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn reads_urls() {
        let cases = vec![
            (
                "bare",
                "<https://example.com/a>",
                some("https://example.com/a"),
            ),
            (
                "labelled",
                "Original url: https://example.com/a",
                some("https://example.com/a"),
            ),
            ("sentence", "See https://example.com/a for more.", None),
        ];
        check_table(&cases, |s| url_of(s));
    }

    #[test]
    fn reads_bylines() {
        let cases = vec![
            ("by", "By Matthew Rozsa", some("Matthew Rozsa")),
            (
                "markdown link",
                "By Moscow Times Reporter",
                some("Moscow Times Reporter"),
            ),
            ("author label", "Author: Jason Ditz", some("Jason Ditz")),
            (
                "two in capitals",
                "By JOSH BOAK and ZEKE MILLER",
                some("JOSH BOAK and ZEKE MILLER"),
            ),
            (
                "place dropped",
                "By Jennifer Rankin in Brussels",
                some("Jennifer Rankin"),
            ),
            ("a sentence", "By Tuesday, the troops had left.", None),
            ("lower case", "by the river", None),
            ("no name", "By", None),
            ("not a label", "Byzantine Empire", None),
        ];
        check_table(&cases, |s| byline(s));
    }

    #[test]
    fn reads_date_lines_with_neighbours() {
        type Found = Option<(String, Option<String>, Option<String>)>;
        let cases: Vec<(&str, &str, Found)> = vec![
            (
                "plain",
                "January 14, 2025",
                Some(("2025-01-14".into(), None, None)),
            ),
            (
                "glued outlet",
                "NBC News05-04-2025",
                Some(("2025-05-04".into(), some("NBC News"), None)),
            ),
            (
                "separated outlet",
                "Reuters | March 3, 2024",
                Some(("2024-03-03".into(), some("Reuters"), None)),
            ),
            (
                "separated author",
                "Jane Doe | March 3, 2024",
                Some(("2024-03-03".into(), None, some("Jane Doe"))),
            ),
            (
                "posted by",
                "Posted on 2024-02-11 by jane",
                Some(("2024-02-11".into(), None, some("jane"))),
            ),
            (
                "an update stamp and an age beside the date",
                "June 9, 2026 8:14 AM EDT · Updated 2 hours ago",
                Some(("2026-06-09T08:14-04:00".into(), None, None)),
            ),
            (
                "a byline and a reading time",
                "By Priyanka Das-Holloway · Feb 10, 2026 · 6 min read",
                Some(("2026-02-10".into(), None, some("Priyanka Das-Holloway"))),
            ),
            (
                "a date, a time after a comma, and an update time",
                "Published 12 January 2026, 4.10pm · Updated 5.32pm",
                Some(("2026-01-12".into(), None, None)),
            ),
            (
                "two labelled dates with times",
                "Published: 05 September 2026 – 19:20 | Updated: 05 September 2026 – 21:02",
                Some(("2026-09-05".into(), None, None)),
            ),
            (
                "a comment count",
                "Posted October 16, 2026 by Rafael Quintero-Weiss | 7 comments",
                Some(("2026-10-16".into(), None, some("Rafael Quintero-Weiss"))),
            ),
            (
                "a time with its zone",
                "19 March 2026 · 21:15 ICT",
                Some(("2026-03-19".into(), None, None)),
            ),
            (
                "two different dates are no date line",
                "March 3, 2024 | April 5, 2024",
                None,
            ),
            ("person glued", "Jane Doe05-04-2025", None),
            ("sentence", "The talks ended on March 3, 2024.", None),
        ];
        check_table(&cases, |s| {
            date_line(s).map(|d| (d.date.iso, d.outlet, d.author))
        });
    }

    #[test]
    fn reads_headers() {
        /// (title, subtitle, author, roles of the lines)
        type Header = (Option<String>, Option<String>, Option<String>, Vec<Role>);
        use Role::*;
        let cases: Vec<(&str, &str, Header)> = vec![
            (
                "title, subtitle, date",
                "Big news today for the town\n\nWhy it matters to you\n\nJanuary 14, 2025\n\nBody starts here.",
                (
                    some("Big news today for the town"),
                    some("Why it matters to you"),
                    None,
                    vec![Title, Subtitle, Date, Unknown],
                ),
            ),
            (
                "masthead, menu and section above the headline",
                "The Hexley Courier\nNews\nSport\nWhat's On\nNews › Courts\n\nLocal News\n\nBuilder guilty over the bridge deaths\n\nBy Jane Doe\n\nJanuary 14, 2025\n\nBody starts here.",
                (
                    some("Builder guilty over the bridge deaths"),
                    None,
                    some("Jane Doe"),
                    vec![
                        Chrome, Chrome, Chrome, Chrome, Chrome, Chrome, Title, Byline, Date,
                        Unknown,
                    ],
                ),
            ),
            (
                "a tagline under the masthead",
                "The Southern Post\nPortugal's English-language weekly, online every day\nHOME | NEWS | ALGARVE\n\nHotel tower blamed as outbreak reaches 23 cases\n\nTwo people have died; officials close the hotel\n\nBy Rita Calado-Fenn\nPublished: 05 September 2026 – 19:20 | Updated: 05 September 2026 – 21:02\n\nBody starts here.",
                (
                    some("Hotel tower blamed as outbreak reaches 23 cases"),
                    some("Two people have died; officials close the hotel"),
                    some("Rita Calado-Fenn"),
                    vec![
                        Chrome, Chrome, Chrome, Title, Subtitle, Byline, Date, Unknown,
                    ],
                ),
            ),
            (
                "logo, repeated title, glued outlet",
                "logo\nA Headline Here\n\nA Headline Here\n\nNBC News05-04-2025\nFirst sentence of it.",
                (
                    some("A Headline Here"),
                    None,
                    None,
                    vec![Chrome, Title, Chrome, Date, Unknown],
                ),
            ),
            (
                "no title",
                "The first line is a sentence. It goes on.\n\nMore.",
                (None, None, None, vec![Unknown, Unknown]),
            ),
            (
                "kicker, standfirst, bare name",
                "World news\n\nLeaders agree a new sanctions package\n\nThe measures target shipping.\n\nJane Doe in Brussels\n\nMon 3 Feb 2025 14.20 GMT\n\nBody.",
                (
                    some("Leaders agree a new sanctions package"),
                    some("The measures target shipping."),
                    some("Jane Doe"),
                    vec![Chrome, Title, Subtitle, Byline, Date, Unknown],
                ),
            ),
            (
                "first sentence is not a standfirst",
                "A Headline\n\nTo the casual observer, it looks odd.\nMore text.",
                (
                    some("A Headline"),
                    None,
                    None,
                    vec![Title, Unknown, Unknown],
                ),
            ),
        ];
        check_table(&cases, |text| {
            let lines = split(text);
            let mut roles = vec![Role::Unknown; lines.len()];
            let mut meta = Meta::default();
            scan_header(&lines, &mut roles, &mut meta);
            (meta.title, meta.subtitle, meta.author, roles)
        });
    }
}
