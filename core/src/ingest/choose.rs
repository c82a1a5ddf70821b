//! The choice: the article is the run of blocks with the best total score.
//!
//! Each block adds its [`super::score::value`]: prose adds its length, chrome takes
//! away. The run with the largest sum (found in one pass, Kadane's algorithm) is the
//! densest stretch of prose on the page: it takes in a short line or a caption between
//! two paragraphs, but does not reach across a menu, a list of other stories or a
//! footer to a paragraph on the other side, unless that paragraph outweighs them.
//!
//! Everything before the run is the page's header and navigation (the metadata is read
//! there), everything after it the page's tail.

use std::ops::Range;

/// How much more each further block of a stretch of chrome costs, in a text capture:
/// one line of chrome between paragraphs (a caption, an ad label) costs its own value,
/// a stretch of ten (a list of other stories, a comment form) far more than ten times
/// as much, so that a run does not reach across it to a bio or a comment. (An HTML
/// page's markup already tells where the article's container ends: there it is 0.)
pub(crate) const TEXT_STRETCH: f32 = 1.0;

/// The run of values with the largest positive sum; `None` when no value is positive.
/// Ties go to the earlier, then the shorter run. Values of zero or less in a row cost
/// more the longer the stretch, by `stretch` a block ([`TEXT_STRETCH`]).
pub(crate) fn best_run(values: &[f32], stretch: f32) -> Option<Range<usize>> {
    let mut streak = 0.0f32;
    let values: Vec<f32> = values
        .iter()
        .map(|&v| {
            if v > 0.0 {
                streak = 0.0;
                v
            } else {
                let cost = v - streak * stretch;
                streak += 1.0;
                cost
            }
        })
        .collect();
    kadane(&values)
}

/// The run of values with the largest positive sum (Kadane's algorithm).
fn kadane(values: &[f32]) -> Option<Range<usize>> {
    let mut best: Option<(f32, Range<usize>)> = None;
    let mut start = 0;
    let mut sum = 0.0f32;
    for (i, &v) in values.iter().enumerate() {
        if sum <= 0.0 {
            start = i;
            sum = 0.0;
        }
        sum += v;
        if sum > 0.0 && best.as_ref().is_none_or(|(b, _)| sum > *b) {
            best = Some((sum, start..i + 1));
        }
    }
    best.map(|(_, run)| run)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_stretches_of_chrome_cost_more() {
        // A bio after six lines of chrome: reached without the stretch cost, not with it.
        let values = [40.0, 30.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, 20.0];
        assert_eq!(best_run(&values, 0.0), Some(0..9));
        assert_eq!(best_run(&values, TEXT_STRETCH), Some(0..2));
        // One caption between two paragraphs costs only itself.
        assert_eq!(best_run(&[30.0, -3.0, 30.0], TEXT_STRETCH), Some(0..3));
    }

    #[test]
    fn finds_the_densest_run() {
        let cases: Vec<(&str, Vec<f32>, Option<Range<usize>>)> = vec![
            ("empty", vec![], None),
            ("all chrome", vec![-1.0, -3.0], None),
            (
                "menu, article, footer",
                vec![-4.0, -4.0, 30.0, 40.0, -5.0, -6.0],
                Some(2..4),
            ),
            (
                "a caption inside the article",
                vec![-4.0, 30.0, -3.0, 40.0, -5.0],
                Some(1..4),
            ),
            (
                "a paragraph beyond the footer is left out",
                vec![30.0, 40.0, -20.0, -20.0, 12.0],
                Some(0..2),
            ),
            (
                "the longer of two articles",
                vec![10.0, -30.0, 50.0],
                Some(2..3),
            ),
        ];
        for (name, values, expected) in cases {
            assert_eq!(best_run(&values, 0.0), expected, "{name}");
        }
    }
}
