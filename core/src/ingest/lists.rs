//! The word lists the rules read, loaded once from `core/data/ingest/*.txt`.
//!
//! The lists are data, not code, so that a new site's chrome phrase or a new photo
//! agency is one line in a text file. Every file has one entry a line; `#` starts a
//! comment; entries are lower case.

use std::sync::OnceLock;

/// All word lists, parsed.
pub(crate) struct Lists {
    /// Whole lines that are page chrome.
    pub chrome_lines: Vec<String>,
    /// Beginnings of lines that are page chrome.
    pub chrome_starts: Vec<String>,
    /// Headings after which the page is chrome: (phrase, matches as a prefix).
    pub cutoffs: Vec<(String, bool)>,
    /// Photo agencies and wire services.
    pub agencies: Vec<String>,
    /// Words that introduce a photo credit.
    pub credit_labels: Vec<String>,
    /// Month names with their numbers.
    pub months: Vec<(String, u32)>,
    /// Weekday names.
    pub weekdays: Vec<String>,
    /// Time zone abbreviations with their offsets ("+03:00").
    pub zones: Vec<(String, String)>,
    /// Date labels, longest first, with the kind of date each introduces.
    pub date_labels: Vec<(String, DateKind)>,
    /// Byline labels, longest first.
    pub byline_labels: Vec<String>,
    /// Words that mark a name as an outlet.
    pub outlet_words: Vec<String>,
    /// Job titles of author biographies.
    pub job_words: Vec<String>,
}

/// What a labelled date says about the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum DateKind {
    /// "Updated ...", "Last modified ...": the least telling.
    Updated,
    /// A date with no label.
    Plain,
    /// "Published ...", "Posted on ...": the publication date.
    Published,
}

/// The lists, parsed on first use.
pub(crate) fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        chrome_lines: entries(data_file!("ingest/chrome-lines.txt")),
        chrome_starts: entries(data_file!("ingest/chrome-starts.txt")),
        cutoffs: entries(data_file!("ingest/cutoff-headings.txt"))
            .into_iter()
            .map(|e| match e.strip_suffix('*') {
                Some(prefix) => (prefix.trim().to_string(), true),
                None => (e, false),
            })
            .collect(),
        agencies: entries(data_file!("ingest/agencies.txt")),
        credit_labels: entries(data_file!("ingest/credit-labels.txt")),
        months: numbered(data_file!("ingest/months.txt")),
        weekdays: entries(data_file!("ingest/weekdays.txt"))
            .iter()
            .flat_map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .collect(),
        zones: entries(data_file!("ingest/zones.txt"))
            .iter()
            .filter_map(|l| {
                let (name, offset) = l.split_once(' ')?;
                Some((name.to_string(), offset.trim().to_string()))
            })
            .collect(),
        date_labels: entries(data_file!("ingest/date-labels.txt"))
            .iter()
            .filter_map(|l| {
                let (kind, label) = l.split_once('=')?;
                let kind = match kind.trim() {
                    "published" => DateKind::Published,
                    "updated" => DateKind::Updated,
                    _ => DateKind::Plain,
                };
                Some((label.trim().to_string(), kind))
            })
            .collect(),
        byline_labels: entries(data_file!("ingest/byline-labels.txt")),
        outlet_words: entries(data_file!("ingest/outlet-words.txt")),
        job_words: entries(data_file!("ingest/job-words.txt")),
    })
}

/// The entries of a list file: trimmed, lower-cased, comments and blank lines dropped.
fn entries(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

/// Lines of the form `NUMBER name name ...`, as (name, number) pairs.
fn numbered(text: &str) -> Vec<(String, u32)> {
    let mut pairs = Vec::new();
    for line in entries(text) {
        let mut parts = line.split_whitespace();
        if let Some(Ok(number)) = parts.next().map(str::parse::<u32>) {
            pairs.extend(parts.map(|name| (name.to_string(), number)));
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::test_support::check_table;

    #[test]
    fn lists_are_loaded() {
        let l = lists();
        let cases: Vec<(&str, bool, bool)> = vec![
            (
                "chrome lines",
                l.chrome_lines.contains(&"logo".to_string()),
                true,
            ),
            (
                "agencies",
                l.agencies.contains(&"reuters".to_string()),
                true,
            ),
            ("months", l.months.contains(&("sept".to_string(), 9)), true),
            (
                "zones",
                l.zones.iter().any(|(n, o)| n == "est" && o == "-05:00"),
                true,
            ),
            (
                "prefix cutoffs",
                l.cutoffs.contains(&("more from".to_string(), true)),
                true,
            ),
            (
                "date labels",
                l.date_labels.first().map(|(_, k)| *k) == Some(DateKind::Published),
                true,
            ),
            (
                "comment lines are dropped",
                l.job_words.iter().any(|w| w.starts_with('#')),
                false,
            ),
        ];
        check_table(&cases, |found| *found);
    }
}
