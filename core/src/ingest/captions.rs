//! Image captions and photo credits.
//!
//! A photo credit is a short line of names separated by " / " (or "via") that names a
//! photo agency or wire service from `core/data/ingest/agencies.txt`
//! ("Kevin Lamarque / REUTERS", "Sputnik / Kremlin / Alexei Nikolskyi via REUTERS"), or
//! one that starts with a credit label ("Photograph: …"). A caption is a line that
//! ends with such a credit (in bold, in parentheses, or after "Photograph:"), a line
//! directly above a credit in a small block of lines, or a line printed twice in a row.
//! Captions are kept apart from the body: they describe a picture the capture lost.

use super::Role;
use super::lines::{Line, ends_terminal, normal_words, starts_with_phrase};
use super::lists::lists;
use rustc_hash::FxHashSet as HashSet;

/// The most words a photo credit has.
const CREDIT_WORDS: usize = 14;
/// The most words a caption has.
const CAPTION_WORDS: usize = 80;
/// The most lines of a block (lines without a blank line between them) in which the
/// lines above a credit are taken for its caption; in a long block they are body.
const CAPTION_BLOCK: usize = 4;

/// Whether the text is a photo credit and nothing else.
pub(crate) fn is_credit(text: &str) -> bool {
    let text = text.trim();
    let word_count = text.split_whitespace().count();
    if word_count == 0 || word_count > CREDIT_WORDS || ends_terminal(text) {
        return false;
    }
    let lower = text.to_lowercase();
    if lists()
        .credit_labels
        .iter()
        .any(|label| starts_with_phrase(&lower, label))
    {
        return true;
    }
    let segments: Vec<&str> = lower
        .split(['/', ';'])
        .flat_map(|s| s.split(" via "))
        .flat_map(|s| s.split(" for "))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let agencies = &lists().agencies;
    if let [only] = segments.as_slice() {
        // Alone, an agency name must stand at the start: "Reuters", "AP Photo".
        return agencies
            .iter()
            .any(|a| only == a || only.starts_with(&format!("{a} ")));
    }
    segments.iter().any(|seg| {
        agencies.iter().any(|a| {
            seg == a || seg.starts_with(&format!("{a} ")) || seg.ends_with(&format!(" {a}"))
        })
    })
}

/// Whether the line ends with a photo credit: "… St. Petersburg. **Anatoly Maltsev /
/// EPA / TASS**", "Vladimir Putin, Donald Trump (AP/Andrew Harnik)", "… at the summit.
/// Photograph: Jane Doe/EPA".
pub(crate) fn has_credit_tail(line: &Line) -> bool {
    if line.words() > CAPTION_WORDS {
        return false;
    }
    let raw = line.raw.trim_end();
    let bold = raw.strip_suffix("**").and_then(|inner| {
        let open = inner.rfind("**")?;
        Some((inner.get(..open)?, inner.get(open + 2..)?))
    });
    if let Some((before, credit)) = bold
        && !before.trim().is_empty()
        && is_credit(credit)
    {
        return true;
    }
    let clean = line.clean.as_str();
    if let Some(inner) = clean.strip_suffix(')')
        && let Some(open) = inner.rfind('(')
        && let Some(credit) = inner.get(open + 1..)
        && open > 0
        && (credit.contains('/') || credit.to_lowercase().contains("photo"))
        && is_credit(credit)
    {
        return true;
    }
    let lower = clean.to_lowercase();
    lists().credit_labels.iter().any(|label| {
        lower
            .find(&format!(" {label}"))
            .and_then(|at| clean.get(at + 1..))
            .is_some_and(|credit| credit.split_whitespace().count() <= 10 && !ends_terminal(credit))
    })
}

/// Whether the line is a credit or a caption with its credit.
pub(crate) fn is_caption_line(line: &Line) -> bool {
    is_credit(&line.clean) || has_credit_tail(line)
}

/// Whether two captions say nearly the same thing (the same picture described twice):
/// half their words or more are shared.
fn near_duplicate(a: &str, b: &str) -> bool {
    let set = |s: &str| normal_words(s).into_iter().collect::<HashSet<_>>();
    let (a, b) = (set(a), set(b));
    let shared = a.intersection(&b).count();
    let all = a.union(&b).count();
    all > 0 && shared * 2 >= all
}

/// Marks captions and credits among the lines not yet placed.
pub(crate) fn mark(lines: &[Line], roles: &mut [Role]) {
    let open = |roles: &[Role], i: usize| roles.get(i) == Some(&Role::Unknown);
    for i in 0..lines.len() {
        let Some(line) = lines.get(i) else { continue };
        if !open(roles, i) {
            continue;
        }
        let mut captions = Vec::new();
        if is_credit(&line.clean) {
            captions.push(i);
            let block_start = (0..=i)
                .rev()
                .find(|&j| lines.get(j).is_some_and(|l| l.gap_before))
                .unwrap_or(0);
            let block_end = (i + 1..lines.len())
                .find(|&j| lines.get(j).is_some_and(|l| l.gap_before))
                .unwrap_or(lines.len());
            if block_end - block_start <= CAPTION_BLOCK && i > block_start && open(roles, i - 1) {
                let above = lines.get(i - 1);
                if above.is_some_and(|a| a.words() <= CAPTION_WORDS) {
                    captions.push(i - 1);
                    let twice = i - 1 > block_start
                        && open(roles, i - 2)
                        && above
                            .zip(lines.get(i - 2))
                            .is_some_and(|(a, b)| near_duplicate(&a.clean, &b.clean));
                    if twice {
                        captions.push(i - 2);
                    }
                }
            }
        } else if has_credit_tail(line) {
            captions.push(i);
        } else if let Some(next) = lines.get(i + 1)
            && !next.gap_before
            && open(roles, i + 1)
            && next.key() == line.key()
            && line.words() <= CAPTION_WORDS
        {
            captions.extend([i, i + 1]);
        }
        for c in captions {
            if let Some(r) = roles.get_mut(c) {
                *r = Role::Caption;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::lines::split;
    use crate::ingest::test_support::check_table;

    #[test]
    fn recognises_credits() {
        let cases = vec![
            ("slashes", "Kevin Lamarque / REUTERS", true),
            (
                "via",
                "Sputnik / Kremlin / Alexei Nikolskyi via REUTERS",
                true,
            ),
            ("three", "Anatoly Maltsev / EPA / TASS", true),
            ("ap photo", "AP Photo/Evan Vucci", true),
            ("label", "Photograph: Olivier Hoslet/EPA", true),
            ("getty", "Getty Images", true),
            ("sentence", "He told Reuters.", false),
            ("pool", "Swimming pool", false),
            (
                "wire credits",
                "Reporting by Jane Doe; Editing by John Roe",
                false,
            ),
        ];
        check_table(&cases, |s| is_credit(s));
    }

    #[test]
    fn recognises_caption_lines() {
        let cases = vec![
            (
                "bold credit",
                "Face masks are on sale in St. Petersburg. **Anatoly Maltsev / EPA / TASS**",
                true,
            ),
            (
                "parenthesised",
                "Vladimir Putin, Donald Trump   (AP/Andrew Harnik/Nati Harnik)",
                true,
            ),
            (
                "photograph label",
                "Leaders at the summit. Photograph: Jane Doe/EPA",
                true,
            ),
            (
                "dateline",
                "WASHINGTON (AP) — The president spoke on Monday.",
                false,
            ),
            ("aside", "The talks (held in Riyadh) ended.", false),
        ];
        check_table(&cases, |s| is_caption_line(&Line::new(s, true)));
    }

    #[test]
    fn marks_caption_blocks() {
        use Role::*;
        let cases = vec![
            (
                "two captions and a credit",
                "Body text of eight words or so here.\n\nPutin and Tillerson near Moscow, April 2012.\nPutin and Rex Tillerson at a meeting near Moscow, April 2012.\nSputnik / Kremlin via REUTERS\n\nMore body.",
                vec![Unknown, Caption, Caption, Caption, Unknown],
            ),
            (
                "a caption printed twice",
                "Body.\n\nPutin, Trump (montage)\nPutin, Trump  (montage)\n\nMore body.",
                vec![Unknown, Caption, Caption, Unknown],
            ),
            (
                "credit at the end of a long block keeps the body",
                "One.\nTwo.\nThree.\nFour.\nFive.\nKevin Lamarque / REUTERS",
                vec![Unknown, Unknown, Unknown, Unknown, Unknown, Caption],
            ),
        ];
        check_table(&cases, |text| {
            let lines = split(text);
            let mut roles = vec![Role::Unknown; lines.len()];
            mark(&lines, &mut roles);
            roles
        });
    }
}
