//! How a paragraph with overlapping highlights is cut into runs to render.
//!
//! Highlights nest: an entity can sit inside a shared passage. Rendering them as
//! overlapping elements is a known source of broken markup, so a paragraph is cut at
//! every highlight boundary into flat runs, each knowing the passage it lies in (if any)
//! and the one entity or term it marks (if any). The view then wraps consecutive runs of
//! one passage in a single element, with the marks inside.

use overlap_core::{Highlight, Layer};
use std::ops::Range;

/// A stretch of a paragraph with the highlights that cover it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run<'a> {
    /// Byte range in the paragraph, on character boundaries.
    pub range: Range<usize>,
    /// The shared passage it lies in.
    pub passage: Option<&'a Highlight>,
    /// The entity or term it marks.
    pub mark: Option<&'a Highlight>,
}

/// Cuts `text` into runs. Highlights out of range, off character boundaries, or
/// overlapping an earlier one of the same sort are ignored rather than trusted.
pub fn runs<'a>(text: &str, highlights: &[&'a Highlight]) -> Vec<Run<'a>> {
    let valid: Vec<&'a Highlight> = highlights
        .iter()
        .copied()
        .filter(|h| {
            h.range.start < h.range.end
                && h.range.end <= text.len()
                && text.is_char_boundary(h.range.start)
                && text.is_char_boundary(h.range.end)
        })
        .collect();
    let passages = without_overlaps(valid.iter().copied().filter(|h| h.layer == Layer::Passage));
    let marks = without_overlaps(valid.iter().copied().filter(|h| h.layer != Layer::Passage));

    let mut cuts: Vec<usize> = vec![0, text.len()];
    for h in passages.iter().chain(&marks) {
        cuts.push(h.range.start);
        cuts.push(h.range.end);
    }
    overlap_core::order::sort(&mut cuts);
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let range = w[0]..w[1];
            let covering = |list: &[&'a Highlight]| {
                list.iter()
                    .copied()
                    .find(|h| h.range.start <= range.start && range.end <= h.range.end)
            };
            Run {
                passage: covering(&passages),
                mark: covering(&marks),
                range,
            }
        })
        .collect()
}

fn without_overlaps<'a>(highlights: impl Iterator<Item = &'a Highlight>) -> Vec<&'a Highlight> {
    let mut sorted: Vec<&Highlight> = highlights.collect();
    overlap_core::order::sort_by_key(&mut sorted, |h| {
        (h.range.start, std::cmp::Reverse(h.range.end))
    });
    let mut kept: Vec<&Highlight> = Vec::new();
    for h in sorted {
        if kept
            .last()
            .is_none_or(|last| last.range.end <= h.range.start)
        {
            kept.push(h);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn highlight(range: Range<usize>, layer: Layer, key: &str) -> Highlight {
        Highlight {
            paragraph: 0,
            range,
            key: key.into(),
            layer,
            label: key.into(),
            theme: None,
            shared: true,
            calm: false,
        }
    }

    /// (text of the run, passage key, mark key)
    fn cut(text: &str, highlights: &[Highlight]) -> Vec<(String, Option<String>, Option<String>)> {
        let refs: Vec<&Highlight> = highlights.iter().collect();
        runs(text, &refs)
            .into_iter()
            .map(|r| {
                (
                    text[r.range].to_string(),
                    r.passage.map(|h| h.key.to_string()),
                    r.mark.map(|h| h.key.to_string()),
                )
            })
            .collect()
    }

    fn row(
        text: &str,
        passage: Option<&str>,
        mark: Option<&str>,
    ) -> (String, Option<String>, Option<String>) {
        (
            text.to_string(),
            passage.map(str::to_string),
            mark.map(str::to_string),
        )
    }

    #[test]
    fn runs_by_behaviour() {
        let text = "We see you, Vladimir Putin, he said.";
        let cases: Vec<(
            &str,
            Vec<Highlight>,
            Vec<(String, Option<String>, Option<String>)>,
        )> = vec![
            ("no highlights", vec![], vec![row(text, None, None)]),
            (
                "an entity inside a passage",
                vec![
                    highlight(0..26, Layer::Passage, "p"),
                    highlight(12..26, Layer::Person, "putin"),
                ],
                vec![
                    row("We see you, ", Some("p"), None),
                    row("Vladimir Putin", Some("p"), Some("putin")),
                    row(", he said.", None, None),
                ],
            ),
            (
                "an entity crossing the passage's end is cut in two",
                vec![
                    highlight(0..21, Layer::Passage, "p"),
                    highlight(12..26, Layer::Person, "putin"),
                ],
                vec![
                    row("We see you, ", Some("p"), None),
                    row("Vladimir ", Some("p"), Some("putin")),
                    row("Putin", None, Some("putin")),
                    row(", he said.", None, None),
                ],
            ),
            (
                "overlapping marks keep the first",
                vec![
                    highlight(12..20, Layer::Term, "a"),
                    highlight(15..26, Layer::Term, "b"),
                ],
                vec![
                    row("We see you, ", None, None),
                    row("Vladimir", None, Some("a")),
                    row(" Putin, he said.", None, None),
                ],
            ),
            (
                "ranges off the text are ignored",
                vec![highlight(30..99, Layer::Term, "x")],
                vec![row(text, None, None)],
            ),
        ];
        for (name, highlights, expected) in cases {
            assert_eq!(cut(text, &highlights), expected, "case: {name}");
        }
    }

    #[test]
    fn ranges_off_character_boundaries_are_ignored() {
        let text = "Kyiv’s mayor";
        let highlights = [highlight(0..5, Layer::Place, "kyiv")]; // 5 is inside ’
        assert_eq!(cut(text, &highlights), vec![row(text, None, None)]);
    }
}
