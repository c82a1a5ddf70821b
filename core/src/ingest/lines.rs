//! Line classification: the capture as lines, and the shape of each line.
//!
//! Every later stage decides what a line is from its shape (how long it is, how it
//! ends, how it starts, what it is next to), never from what a particular site writes.
//! This module splits the capture into [`Line`]s and answers those shape questions.

use super::lists::lists;
use unicode_segmentation::UnicodeSegmentation;

/// One non-blank line of the capture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// The line as written, trimmed.
    pub raw: String,
    /// The line as read: markdown links reduced to their text, bold markers removed,
    /// runs of white space collapsed.
    pub clean: String,
    /// Whether one or more blank lines come before it.
    pub gap_before: bool,
}

impl Line {
    /// Builds a line from its trimmed text.
    pub fn new(raw: &str, gap_before: bool) -> Line {
        Line {
            raw: raw.to_string(),
            clean: clean_markdown(raw),
            gap_before,
        }
    }

    /// The form used to match phrase lists: see [`key`].
    pub fn key(&self) -> String {
        key(&self.clean)
    }

    /// Number of words.
    pub fn words(&self) -> usize {
        self.clean.split_whitespace().count()
    }
}

/// Splits a capture into its non-blank lines. CRLF, lone CR and the Unicode line and
/// paragraph separators all end a line; a byte-order mark and zero-width spaces at
/// the ends of a line are white space.
pub(crate) fn split(text: &str) -> Vec<Line> {
    let text = text.replace("\r\n", "\n");
    let mut lines = Vec::new();
    let mut gap = true;
    for piece in text.split(['\n', '\r', '\u{2028}', '\u{2029}']) {
        let trimmed = piece.trim_matches(is_space);
        if trimmed.is_empty() {
            gap = true;
        } else {
            lines.push(Line::new(trimmed, gap));
            gap = false;
        }
    }
    lines
}

/// White space, plus the invisible characters captures leave at the ends of lines.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}')
}

/// Markdown reduced to what a reader sees: `[text](target)` becomes `text`,
/// `![alt](src)` becomes `alt`, `<https://…>` loses its brackets, `**` markers go,
/// and runs of white space become one space.
pub(crate) fn clean_markdown(s: &str) -> String {
    let unlinked = strip_links(s);
    let unbolded = unlinked.replace("**", "");
    let unbracketed = match unbolded.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
        Some(inner) if looks_like_url(inner) => inner.to_string(),
        _ => unbolded,
    };
    collapse_spaces(&unbracketed)
}

/// `[text](target)` to `text`, where the target has no white space; anything else
/// in brackets ("our [the Kremlin] team") stays as written.
fn strip_links(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let (before, from_open) = rest.split_at(open);
        let after_open = from_open.get(1..).unwrap_or("");
        let link = after_open.find("](").and_then(|close| {
            let text = after_open.get(..close)?;
            let after_paren = after_open.get(close + 2..)?;
            let end = after_paren.find(')')?;
            let target = after_paren.get(..end)?;
            let ok = !text.contains(['[', ']']) && !target.chars().any(char::is_whitespace);
            ok.then(|| (text, after_paren.get(end + 1..).unwrap_or("")))
        });
        match link {
            Some((text, after)) => {
                out.push_str(before.strip_suffix('!').unwrap_or(before));
                out.push_str(text);
                rest = after;
            }
            None => {
                out.push_str(before);
                out.push('[');
                rest = after_open;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Runs of white space as one space, ends trimmed.
pub(crate) fn collapse_spaces(s: &str) -> String {
    s.split(is_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The form used to match phrase lists: lower case, a leading bullet or markdown
/// heading marker removed, and trailing decoration (":", "-", "=", ".", "…", a count
/// such as "(12)") removed. "Related Topics -----" becomes "related topics".
pub(crate) fn key(clean: &str) -> String {
    let s = strip_bullet(clean).trim_start_matches('#').trim();
    let mut s = s.to_lowercase();
    loop {
        let before = s.len();
        s = s
            .trim_end_matches(|c: char| {
                matches!(c, ':' | '-' | '=' | '.' | '…' | '—' | '–' | '_' | '|') || is_space(c)
            })
            .to_string();
        if s.ends_with(')')
            && let Some(open) = s.rfind('(')
            && s.get(open + 1..s.len() - 1)
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        {
            s.truncate(open);
        }
        if s.len() == before {
            return s;
        }
    }
}

/// The bullet markers a list item can start with.
const BULLETS: [char; 8] = ['•', '·', '▪', '◦', '‣', '*', '-', '–'];

/// Whether the line is a list item: a bullet marker followed by a space.
pub(crate) fn is_bullet(s: &str) -> bool {
    let mut chars = s.chars();
    matches!((chars.next(), chars.next()), (Some(b), Some(sp)) if BULLETS.contains(&b) && sp.is_whitespace())
}

/// The line without its bullet marker.
pub(crate) fn strip_bullet(s: &str) -> &str {
    if is_bullet(s) {
        let mut chars = s.chars();
        chars.next();
        chars.as_str().trim_start()
    } else {
        s
    }
}

/// Closing marks that may follow the end of a sentence.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '*' | '_'
    ) || is_space(c)
}

/// Whether the text ends a sentence: its last character, past any closing quotes and
/// brackets, is terminal punctuation (in any script).
pub(crate) fn ends_terminal(s: &str) -> bool {
    s.trim_end_matches(is_closer)
        .chars()
        .next_back()
        .is_some_and(|c| {
            matches!(
                c,
                '.' | '!' | '?' | '…' | '؟' | '。' | '！' | '？' | '۔' | '।' | '‽'
            )
        })
}

/// The last character past closing quotes and brackets.
pub(crate) fn last_char(s: &str) -> Option<char> {
    s.trim_end_matches(is_closer).chars().next_back()
}

/// Whether the first letter or digit (past opening punctuation) is a lower-case letter.
pub(crate) fn starts_lowercase(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// Whether the first character is an upper-case letter, a digit, or a letter of a
/// script without case (so that Arabic or Hebrew headlines are not lower case).
pub(crate) fn starts_like_a_sentence(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| !c.is_lowercase())
}

/// Whether the text is one URL (optionally in angle brackets), nothing else.
pub(crate) fn looks_like_url(s: &str) -> bool {
    let s = s.trim_start_matches('<').trim_end_matches('>');
    let lower = s.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
        && s.len() > 8
        && !s.chars().any(char::is_whitespace)
}

/// The host of a URL, without "www." ("https://www.example.com/a" gives "example.com").
pub(crate) fn url_host(url: &str) -> Option<String> {
    let rest = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .trim_start_matches('<');
    let host = rest
        .split(['/', '?', '#', '>', ':'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (host.contains('.') && !host.starts_with('.')).then_some(host)
}

/// Small words that may stand lower case inside a name ("Ursula von der Leyen").
const NAME_PARTICLES: [&str; 12] = [
    "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "al",
];

/// Whether the text reads as a person's or an organisation's name: one to six words,
/// each capitalised (or all capitals, or an initial, or a particle such as "von"), no
/// digits, not ending a sentence.
pub(crate) fn name_shaped(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || s.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if ends_terminal(s) && !words.last().is_some_and(|w| is_initial(w)) {
        return false;
    }
    if s.contains([',', ';', ':', '"', '“', '”', '?', '!', '(', ')']) {
        return false;
    }
    let capitalised = |w: &str| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    };
    words.first().is_some_and(|w| capitalised(w))
        && words
            .iter()
            .all(|w| capitalised(w) || NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
}

/// "J." or "Q.".
fn is_initial(w: &str) -> bool {
    let mut chars = w.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// A list of names: "Jane Doe", "JOSH BOAK and ZEKE MILLER", "Jane Doe, John Roe".
pub(crate) fn names_shaped(s: &str) -> bool {
    let s = s.replace(" and ", ", ").replace(" & ", ", ");
    let parts: Vec<&str> = s.split(", ").map(str::trim).collect();
    !parts.is_empty() && parts.len() <= 4 && parts.iter().all(|p| name_shaped(p))
}

/// Whether a name reads as an outlet ("NBC News", "The Moscow Times"): it contains an
/// outlet word from the list or an acronym of two capitals or more.
pub(crate) fn outlet_shaped(s: &str) -> bool {
    name_shaped(s)
        && s.split_whitespace().any(|w| {
            let letters: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
            let lower = letters.to_lowercase();
            lists().outlet_words.contains(&lower)
                || (letters.chars().count() >= 2 && letters.chars().all(|c| c.is_uppercase()))
        })
}

/// The words of the text in lower case, by Unicode word boundaries, without
/// punctuation: the form in which lines are compared with each other.
pub(crate) fn normal_words(s: &str) -> Vec<String> {
    s.split_word_bounds()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// Whether a normalised line starts with `phrase` at a word boundary.
pub(crate) fn starts_with_phrase(key: &str, phrase: &str) -> bool {
    key.strip_prefix(phrase).is_some_and(|rest| {
        phrase.ends_with([':', ' '])
            || rest
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '\'' && c != '’')
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::test_support::check_table;

    #[test]
    fn splits_lines_and_records_gaps() {
        let raw = |text: &str| -> Vec<(String, bool)> {
            split(text)
                .into_iter()
                .map(|l| (l.raw, l.gap_before))
                .collect()
        };
        let s = |a: &str, g: bool| (a.to_string(), g);
        let cases = vec![
            (
                "LF",
                "a\nb\n\nc",
                vec![s("a", true), s("b", false), s("c", true)],
            ),
            (
                "CRLF",
                "a\r\nb\r\n\r\nc",
                vec![s("a", true), s("b", false), s("c", true)],
            ),
            ("lone CR", "a\rb", vec![s("a", true), s("b", false)]),
            (
                "BOM and spaces",
                "\u{feff}  a  \n \t \nb",
                vec![s("a", true), s("b", true)],
            ),
            ("blank only", " \n\n", vec![]),
        ];
        check_table(&cases, |text| raw(text));
    }

    #[test]
    fn cleans_markdown() {
        let cases = vec![
            (
                "link",
                "By [Moscow Times Reporter](#)",
                "By Moscow Times Reporter",
            ),
            (
                "link in text",
                "the Kremlin's [denials](#) of",
                "the Kremlin's denials of",
            ),
            (
                "brackets kept",
                "Both our [the Kremlin] and",
                "Both our [the Kremlin] and",
            ),
            ("image", "![A map](map.png)", "A map"),
            (
                "bold",
                "St. Petersburg. **Anatoly Maltsev / EPA**",
                "St. Petersburg. Anatoly Maltsev / EPA",
            ),
            (
                "autolink",
                "<https://example.com/a>",
                "https://example.com/a",
            ),
            ("unclosed", "a [b](c", "a [b](c"),
            ("spaces", "a   b\t c", "a b c"),
        ];
        check_table(&cases, |s| clean_markdown(s));
    }

    #[test]
    fn keys_drop_decoration() {
        let cases = vec![
            ("dashes", "Related Topics ------", "related topics"),
            ("count", "Comments (12)", "comments"),
            ("dots", "No comments yet...", "no comments yet"),
            (
                "bullet",
                "  • More By Jeffrey Mankoff",
                "more by jeffrey mankoff",
            ),
            ("heading", "## Most viewed", "most viewed"),
        ];
        check_table(&cases, |s| key(&clean_markdown(s)));
    }

    /// A text and the shape question asked of it.
    type Question = (&'static str, fn(&str) -> bool);

    #[test]
    fn shapes() {
        let cases: Vec<(&str, Question, bool)> = vec![
            ("period", ("He left.", ends_terminal), true),
            ("quote after period", ("'We know.'", ends_terminal), true),
            ("smart quote", ("he said.”", ends_terminal), true),
            ("no period", ("sanctions on", ends_terminal), false),
            ("arabic question", ("ماذا؟", ends_terminal), true),
            ("lower", ("created.", starts_lowercase), true),
            ("quoted lower", ("“created", starts_lowercase), true),
            ("upper", ("Russia's fleet", starts_lowercase), false),
            (
                "hebrew starts a sentence",
                ("שלום עולם", starts_like_a_sentence),
                true,
            ),
            ("url", ("<https://www.example.com/x>", looks_like_url), true),
            ("not url", ("see https://x.com now", looks_like_url), false),
            ("bullet", ("• item", is_bullet), true),
            ("dash word", ("-word", is_bullet), false),
            ("name", ("Matthew Rozsa", name_shaped), true),
            (
                "name with particle",
                ("Ursula von der Leyen", name_shaped),
                true,
            ),
            ("initial", ("Jane Q.", name_shaped), true),
            (
                "sentence",
                ("Tuesday, the troops left.", name_shaped),
                false,
            ),
            ("names", ("JOSH BOAK and ZEKE MILLER", names_shaped), true),
            ("outlet acronym", ("NBC News", outlet_shaped), true),
            ("outlet word", ("The Moscow Times", outlet_shaped), true),
            ("person", ("Jane Doe", outlet_shaped), false),
        ];
        check_table(&cases, |(s, f)| f(s));
    }

    #[test]
    fn hosts() {
        let some = |h: &str| Some(h.to_string());
        let cases = vec![
            (
                "www",
                "https://www.themoscowtimes.com/2025/01/14/x",
                some("themoscowtimes.com"),
            ),
            ("brackets", "<http://example.org>", some("example.org")),
            (
                "port",
                "https://news.example.net:8080/a",
                some("news.example.net"),
            ),
            ("no host", "https:///", None),
        ];
        check_table(&cases, |u| url_host(u));
    }
}
