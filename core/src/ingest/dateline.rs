//! Datelines: "WASHINGTON (AP) —", "BURBANK, Calif. —", "PORT VALLEN, Feb. 28
//! (Xinhua) --" at the start of a report say where it was filed and which agency filed
//! it. They are metadata, not the first words of the body.
//!
//! A dateline is a place in capitals (a word of two or more capital letters first),
//! optionally a region ("Calif.", "Poland") and a date, optionally an agency in
//! parentheses, then a dash. It is at most twelve words long.

use super::lines::name_shaped;
use super::lists::lists;

/// A dateline read off the start of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Dateline {
    /// The place as written ("CEDAR HOLLOW, Neb.").
    pub place: String,
    /// The agency in parentheses ("AP"), when there is one.
    pub agency: Option<String>,
    /// The dateline as written, its dash included ("WASHINGTON (AP) —").
    pub text: String,
    /// Where the paragraph's own text starts, in bytes.
    pub rest: usize,
}

/// Takes the dateline off the first paragraph of a body, if it has one. A paragraph
/// that was only a dateline goes.
pub(crate) fn take(body: &mut Vec<String>) -> Option<Dateline> {
    let first = body.first_mut()?;
    let d = read(first)?;
    *first = first.get(d.rest..).unwrap_or("").to_string();
    if first.is_empty() {
        body.remove(0);
    }
    Some(d)
}

/// The dashes that end a dateline.
const DASHES: [&str; 5] = [" — ", " – ", " -- ", " - ", " —"];

/// Reads the dateline at the start of a paragraph.
pub(crate) fn read(paragraph: &str) -> Option<Dateline> {
    let (head, rest) = DASHES
        .iter()
        .filter_map(|d| paragraph.find(d).map(|at| (at, at + d.len())))
        .min()
        .and_then(|(at, rest)| Some((paragraph.get(..at)?, rest)))?;
    let rest = rest + paragraph.get(rest..)?.len() - paragraph.get(rest..)?.trim_start().len();
    if head.split_whitespace().count() > 12 || head.chars().count() > 90 {
        return None;
    }
    // The agency, in parentheses at the end; a distributor between slashes is dropped.
    let (head, agency) = match head
        .trim_end()
        .strip_suffix(')')
        .and_then(|h| h.rsplit_once(" ("))
    {
        Some((before, inside)) if inside.split_whitespace().count() <= 3 && name_shaped(inside) => {
            (before, Some(inside.to_string()))
        }
        _ => (head, None),
    };
    let head = match head
        .trim_end()
        .strip_suffix('/')
        .and_then(|h| h.rsplit_once(" /"))
    {
        Some((before, _)) => before,
        None => head,
    };
    let mut parts = head.split(", ");
    let first = parts.next()?.trim();
    let shouting = first.split_whitespace().all(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.is_empty() || letters.iter().all(|c| c.is_uppercase())
    }) && first.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    if !shouting {
        return None;
    }
    let mut place = first.to_string();
    // A region after the place ("Calif.", "Poland"), but not a date ("Feb. 28").
    if let Some(region) = parts.next().map(str::trim)
        && !is_date_part(region)
        && region.split_whitespace().count() <= 3
        && region.chars().next().is_some_and(char::is_uppercase)
    {
        place.push_str(", ");
        place.push_str(region.trim_end_matches(','));
    }
    Some(Dateline {
        place,
        agency,
        text: paragraph.get(..rest).unwrap_or("").trim().to_string(),
        rest,
    })
}

/// Whether a part of a dateline is (part of) a date: a month or a number.
fn is_date_part(part: &str) -> bool {
    let first = part
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase();
    first.chars().all(|c| c.is_ascii_digit()) || lists().months.iter().any(|(m, _)| *m == first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_datelines() {
        let cases: Vec<(&str, &str, Option<(&str, Option<&str>, &str)>)> = vec![
            (
                "wire",
                "WASHINGTON (AP) — President Joe Biden spoke.",
                Some(("WASHINGTON", Some("AP"), "President Joe Biden spoke.")),
            ),
            (
                "with a date",
                "PORT VALLEN, Feb. 28 (Xinhua) -- Exports rose.",
                Some(("PORT VALLEN", Some("Xinhua"), "Exports rose.")),
            ),
            (
                "with a region",
                "BURBANK, Calif. — Disney named a new chief.",
                Some(("BURBANK, Calif.", None, "Disney named a new chief.")),
            ),
            (
                "diacritics",
                "SZCZĘSNOWO, Poland — The mayor said no.",
                Some(("SZCZĘSNOWO, Poland", None, "The mayor said no.")),
            ),
            (
                "press release",
                "OSTBY, Minn., April 22, 2025 /PressPillar/ -- Lumenfield opened a plant.",
                Some(("OSTBY, Minn.", None, "Lumenfield opened a plant.")),
            ),
            (
                "reuters",
                "LONDON, March 3 (Reuters) - Prices rose.",
                Some(("LONDON", Some("Reuters"), "Prices rose.")),
            ),
            (
                "an aside in parentheses",
                "The Kremlin (which denied it) — said.",
                None,
            ),
            ("an age", "Putin (71) — the leader — said.", None),
            (
                "a sentence with a dash",
                "The mayor — who was late — spoke.",
                None,
            ),
            (
                "an acronym that starts a sentence",
                "NASA said on Monday — as expected — no.",
                None,
            ),
        ];
        for (name, text, expected) in cases {
            let got = read(text).map(|d| {
                (
                    d.place,
                    d.agency,
                    text.get(d.rest..).unwrap_or("").to_string(),
                )
            });
            let want =
                expected.map(|(p, a, r)| (p.to_string(), a.map(str::to_string), r.to_string()));
            assert_eq!(got, want, "{name}");
        }
    }
}
