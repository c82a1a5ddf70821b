//! Page chrome: everything on the page that is not the article.
//!
//! Four kinds of rules, all on the shape of lines and on the phrase lists in
//! `core/data/ingest/`:
//!
//! - **Chrome lines**: a line that is a known prompt or button ("Share", "Comments",
//!   "Subscribe to …", "Related article: …"), or only decoration ("-----").
//! - **Cut-off headings**: after a heading such as "Related Articles", "More from X" or
//!   "Most viewed", the rest of the page is other stories, comments and app pitches.
//!   A heading only cuts once the article has begun (a sentence came before it).
//! - **Biographies**: a paragraph near the end that starts with the author's name and
//!   " is " ("Matthew Rozsa is a staff writer for Salon.").
//! - **The tail**: walking up from the end of the page, lines that do not end a
//!   sentence ("Orange background", "Try Our AI Features", a subscription pitch's bullet
//!   list) and biographies are chrome, until the first line that reads as article text.
//!
//! Pull quotes (a short paragraph that repeats a run of words from a longer one) are
//! chrome too: they repeat the article for the eye and would count twice.

use super::Role;
use super::lines::{
    Line, ends_terminal, name_shaped, normal_words, starts_like_a_sentence, starts_with_phrase,
    strip_bullet,
};
use super::lists::lists;
use rustc_hash::FxHashMap as HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

/// Whether the line is a known piece of page chrome, or decoration only.
pub(crate) fn is_chrome_line(line: &Line) -> bool {
    let key = line.key();
    let l = lists();
    !key.chars().any(char::is_alphanumeric)
        || l.chrome_lines.contains(&key)
        || (line.words() <= 25 && l.chrome_starts.iter().any(|p| starts_with_phrase(&key, p)))
}

/// Whether the line reads as a sentence of an article: eight words or more, ending
/// with terminal punctuation.
pub(crate) fn is_prose(line: &Line) -> bool {
    line.words() >= 8 && ends_terminal(&line.clean)
}

/// Where the rest of the page stops being the article: the first cut-off heading that
/// comes after a sentence of the article.
pub(crate) fn cutoff(lines: &[Line]) -> Option<usize> {
    let mut prose_seen = false;
    for (i, line) in lines.iter().enumerate() {
        if prose_seen && line.words() <= 8 && is_cutoff_heading(&line.key()) {
            return Some(i);
        }
        prose_seen |= is_prose(line);
    }
    None
}

fn is_cutoff_heading(key: &str) -> bool {
    lists()
        .cutoffs
        .iter()
        .any(|(phrase, prefix)| key == phrase || (*prefix && starts_with_phrase(key, phrase)))
}

/// Marks the known chrome lines among the lines not yet placed.
pub(crate) fn mark_lines(lines: &[Line], roles: &mut [Role]) {
    for (line, role) in lines.iter().zip(roles.iter_mut()) {
        if *role == Role::Unknown && is_chrome_line(line) {
            *role = Role::Chrome;
        }
    }
}

/// Words that follow an author's name at the start of a biography.
const BIO_VERBS: [&str; 6] = [
    " is ",
    " was ",
    " has ",
    " writes ",
    " covers ",
    " reports ",
];

/// Whether the line is the biography of `author` ("JEFFREY MANKOFF is Senior Fellow…").
pub(crate) fn is_author_bio(clean: &str, author: &str) -> bool {
    let text = strip_bullet(clean).to_lowercase();
    let author = author.to_lowercase();
    author
        .replace(" and ", ", ")
        .split(", ")
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .any(|name| {
            BIO_VERBS
                .iter()
                .any(|verb| text.starts_with(&format!("{name}{verb}")))
        })
}

/// Whether the line reads as someone's biography, author unknown: a name of two to
/// four words, " is ", and a job title within the next dozen words.
pub(crate) fn is_generic_bio(clean: &str) -> bool {
    let text = strip_bullet(clean);
    let Some((name, rest)) = text.split_once(" is ") else {
        return false;
    };
    let name_words = name.split_whitespace().count();
    (2..=4).contains(&name_words)
        && name_shaped(name)
        && rest.split_whitespace().take(12).any(|w| {
            let w: String = w
                .chars()
                .filter(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase();
            lists().job_words.contains(&w)
        })
}

/// Marks the author's biographies in the second half of the page.
pub(crate) fn mark_bios(lines: &[Line], roles: &mut [Role], author: &str) {
    let half = lines.len() / 2;
    for (line, role) in lines.iter().zip(roles.iter_mut()).skip(half) {
        if *role == Role::Unknown && is_author_bio(&line.clean, author) {
            *role = Role::Chrome;
        }
    }
}

/// The most words a tail line without terminal punctuation may have: longer ones are
/// more likely the end of an article cut short than a button.
const TAIL_LINE_WORDS: usize = 20;

/// Walks up from the end of the page, marking as chrome the lines that do not read as
/// article text, until the first one that does.
pub(crate) fn mark_tail(lines: &[Line], roles: &mut [Role]) {
    for (line, role) in lines.iter().zip(roles.iter_mut()).rev() {
        match role {
            Role::Unknown => {
                let short_fragment = !ends_terminal(&line.clean) && line.words() <= TAIL_LINE_WORDS;
                if short_fragment || is_generic_bio(&line.clean) {
                    *role = Role::Chrome;
                } else {
                    return;
                }
            }
            Role::Body | Role::Subhead => return,
            _ => {}
        }
    }
}

/// How many words in a row a pull quote shares with the paragraph it repeats.
const PULL_QUOTE_RUN: usize = 7;
/// The most words a pull quote has.
const PULL_QUOTE_WORDS: usize = 40;

/// Marks pull quotes: a short sentence that shares a run of words with a longer line.
pub(crate) fn mark_pull_quotes(lines: &[Line], roles: &mut [Role]) {
    // Runs are compared by hash: a capture may hold a million words, and a stray
    // collision could at worst drop one short sentence to the boilerplate.
    let hash = |run: &[String]| {
        let mut h = DefaultHasher::new();
        run.hash(&mut h);
        h.finish()
    };
    let open: Vec<(usize, Vec<String>)> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| roles.get(*i) == Some(&Role::Unknown))
        .map(|(i, line)| (i, normal_words(&line.clean)))
        .collect();
    // Each run of words, with the longest line it occurs in: (line, its word count).
    let mut runs: HashMap<u64, (usize, usize)> = HashMap::default();
    for (i, w) in &open {
        for run in w.windows(PULL_QUOTE_RUN) {
            let entry = runs.entry(hash(run)).or_insert((*i, w.len()));
            if w.len() > entry.1 {
                *entry = (*i, w.len());
            }
        }
    }
    for (i, w) in &open {
        let Some(line) = lines.get(*i) else { continue };
        let candidate = w.len() <= PULL_QUOTE_WORDS
            && ends_terminal(&line.clean)
            && starts_like_a_sentence(&line.clean);
        let repeated = candidate
            && w.windows(PULL_QUOTE_RUN).any(|run| {
                runs.get(&hash(run))
                    .is_some_and(|&(other, len)| other != *i && len > w.len())
            });
        if repeated && let Some(r) = roles.get_mut(*i) {
            *r = Role::Chrome;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::lines::split;
    use crate::ingest::test_support::check_table;

    fn line(s: &str) -> Line {
        Line::new(s, true)
    }

    #[test]
    fn knows_chrome_lines() {
        let cases = vec![
            ("logo", "logo", true),
            ("comments", "Comments", true),
            ("count", "Comments (12)", true),
            (
                "prompt",
                "Subscribe to Foreign Affairs to get unlimited access.",
                true,
            ),
            ("free article", "You are reading a free article.", true),
            (
                "teaser",
                "Related article: [Kremlin Officials Hope](#)",
                true,
            ),
            ("share buttons", "Share on Facebook", true),
            ("decoration", "* * *", true),
            (
                "share prices",
                "Share prices fell sharply on Monday.",
                false,
            ),
            ("sentence", "The Kremlin denied the report.", false),
        ];
        check_table(&cases, |s| is_chrome_line(&line(s)));
    }

    #[test]
    fn recognises_bios() {
        let cases = vec![
            (
                "author",
                (
                    "Matthew Rozsa is a staff writer for Salon.",
                    "Matthew Rozsa",
                ),
                true,
            ),
            (
                "capitals and bullet",
                (
                    "• JEFFREY MANKOFF is Senior Fellow at CSIS.",
                    "Jeffrey Mankoff",
                ),
                true,
            ),
            (
                "second author",
                (
                    "John Roe has covered Russia since 2001.",
                    "Jane Doe and John Roe",
                ),
                true,
            ),
            (
                "someone else",
                ("Sergey Radchenko is a historian.", "Jane Doe"),
                false,
            ),
        ];
        check_table(&cases, |(s, a)| is_author_bio(s, a));
        let cases = vec![
            (
                "job word",
                "Jason Ditz is Senior Editor for Antiwar.com.",
                true,
            ),
            (
                "no job word",
                "Dmitriev is most probably sent in order to wriggle out.",
                false,
            ),
            ("not a name", "The plan is a senior editor's dream.", false),
        ];
        check_table(&cases, |s| is_generic_bio(s));
    }

    /// The roles of a page's lines after the cut-off, chrome lines and tail rules.
    fn roles_of(text: &str) -> Vec<Role> {
        let lines = split(text);
        let mut roles = vec![Role::Unknown; lines.len()];
        if let Some(start) = cutoff(&lines) {
            roles.iter_mut().skip(start).for_each(|r| *r = Role::Chrome);
        }
        mark_lines(&lines, &mut roles);
        mark_tail(&lines, &mut roles);
        mark_pull_quotes(&lines, &mut roles);
        roles
    }

    #[test]
    fn finds_chrome_regions() {
        use Role::*;
        let cases = vec![
            (
                "cut-off after the article",
                "The article has a sentence of eight words here.\nRelated Articles\nAnother story with its own long text goes on and on.",
                vec![Unknown, Chrome, Chrome],
            ),
            (
                "no cut-off before the article",
                "Related\nThe article has a sentence of eight words here.",
                vec![Unknown, Unknown],
            ),
            (
                "tail",
                "The article has a sentence of eight words here.\nOrange background\nExplore what we can do for you:\napp-store",
                vec![Unknown, Chrome, Chrome, Chrome],
            ),
            (
                "tail stops at text",
                "The article has a sentence of eight words here.\nIt ends here.\nShare",
                vec![Unknown, Unknown, Chrome],
            ),
            (
                "pull quote",
                "The two countries will confront each other in Europe whatever Trump desires, he wrote, and more.\nRussia will confront each other in Europe whatever Trump desires.\nLast line of the article is here.",
                vec![Unknown, Chrome, Unknown],
            ),
        ];
        check_table(&cases, |text| roles_of(text));
    }
}
