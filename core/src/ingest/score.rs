//! The scorer: every block of a page is prose or chrome, decided from its
//! [`Features`] and then from its neighbours.
//!
//! Two passes, as in jusText:
//!
//! 1. **Each block alone** gets a [`Class`]: `Good` (reads as article prose), `Bad`
//!    (chrome: a link list, a menu, a known prompt, a repeated label, text In Title Case
//!    with few function words), `NearGood` (prose-like but not sure), or `Short` (too
//!    short to tell: a one-line paragraph, a subhead, a button).
//! 2. **Neighbours** decide the unsure ones: a short or near-good block between good ones
//!    is good (a one-line paragraph inside an article); between bad ones it is bad (a
//!    button in a menu).
//!
//! [`value`] then turns each class into the score the choice of the article run adds
//! up ([`super::choose`]).
//!
//! The thresholds below were set on the project's own fixture pages
//! (`core/tests/pages/`, `core/tests/captures/`) and the seeds, and checked on the test
//! pages of trafilatura's repository; never on the benchmark that BENCHMARKS.md reports.

use super::features::{BlockKind, Features, Markup};

/// What a block reads as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Article prose.
    Good,
    /// Prose-like, not sure.
    NearGood,
    /// Too short to tell.
    Short,
    /// Page chrome.
    Bad,
}

/// Below this many words a block is too short to judge alone (jusText: 70 characters).
const SHORT_WORDS: usize = 10;
/// From this many words, a block with enough stop words is prose whatever its ending
/// (jusText: 200 characters).
const LONG_WORDS: usize = 30;
/// Below this stop-word density, a block is a list of names or headlines, not prose.
const STOP_LOW: f32 = 0.18;
/// From this stop-word density, a block reads as prose.
const STOP_HIGH: f32 = 0.28;
/// Above this share of linked characters, a block is navigation.
const LINK_MAX: f32 = 0.35;
/// From this share of capitalised words, a block that is not a sentence is a headline
/// or a menu.
const TITLE_CASE: f32 = 0.7;

/// The language of the page, as far as the scorer needs it: whether stop-word density
/// can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Language {
    /// English prose: about 40% of its words are stop words.
    English,
    /// Another language: the English stop words say nothing; sentence shape, length
    /// and capitals decide alone.
    Other,
}

/// Below this share of stop words over the page's longer blocks, the page is not in
/// English (English news prose has 35–45%, even with its chrome about 25%).
const ENGLISH_PAGE: f32 = 0.12;

/// The language of a page from its blocks' stop words.
pub(crate) fn language(features: &[Features]) -> Language {
    let (stops, words) = features
        .iter()
        .filter(|f| f.words >= SHORT_WORDS)
        .fold((0.0f32, 0usize), |(s, w), f| {
            (s + f.stop_density * f.words as f32, w + f.words)
        });
    if words > 0 && stops / (words as f32) < ENGLISH_PAGE {
        Language::Other
    } else {
        Language::English
    }
}

/// The class of a block alone.
pub(crate) fn classify(f: &Features, language: Language) -> Class {
    if f.known_chrome || f.markup == Markup::Chrome || f.link_density > LINK_MAX || f.repeated {
        return Class::Bad;
    }
    if matches!(f.kind, BlockKind::Caption) {
        return Class::Bad;
    }
    if matches!(f.kind, BlockKind::Heading(_)) {
        return Class::Short;
    }
    if f.words < SHORT_WORDS {
        return if f.link_density > 0.0 {
            Class::Bad
        } else {
            Class::Short
        };
    }
    let sentence = f.ends_sentence && f.starts_sentence;
    if f.capitalised >= TITLE_CASE && !f.ends_sentence {
        return Class::Bad;
    }
    if language == Language::Other {
        return if sentence || f.words >= LONG_WORDS {
            Class::Good
        } else if f.ends_sentence {
            Class::NearGood
        } else {
            Class::Bad
        };
    }
    // A sentence dense with names ("President Vladimir Putin and Donald Trump discussed
    // sanctions.") has few stop words but is still a sentence: only unsure.
    if f.stop_density < STOP_LOW {
        return if sentence {
            Class::NearGood
        } else {
            Class::Bad
        };
    }
    if f.stop_density >= STOP_HIGH && (f.words >= LONG_WORDS || sentence) {
        Class::Good
    } else {
        Class::NearGood
    }
}

/// The classes of a page's blocks, the unsure ones settled by their neighbours.
pub(crate) fn classify_all(features: &[Features]) -> Vec<Class> {
    let language = language(features);
    let mut classes: Vec<Class> = features.iter().map(|f| classify(f, language)).collect();
    // Near-good blocks: good beside a good block, else bad.
    let alone = classes.clone();
    for i in 0..classes.len() {
        if alone.get(i) != Some(&Class::NearGood) {
            continue;
        }
        let (prev, next) = neighbours(&alone, i, &[Class::Short]);
        let settled = if prev == Some(Class::Good) || next == Some(Class::Good) {
            Class::Good
        } else if prev == Some(Class::Bad) && next == Some(Class::Bad) {
            Class::Bad
        } else {
            Class::NearGood
        };
        if let Some(c) = classes.get_mut(i) {
            *c = settled;
        }
    }
    // Short blocks: good between good ones, bad between bad ones.
    let settled_once = classes.clone();
    for i in 0..classes.len() {
        if settled_once.get(i) != Some(&Class::Short) {
            continue;
        }
        let (prev, next) = neighbours(&settled_once, i, &[Class::Short]);
        let prose_like = |c: Option<Class>| matches!(c, Some(Class::Good | Class::NearGood));
        let settled = match (prev, next) {
            (p, n) if prose_like(p) && prose_like(n) => Class::Good,
            (Some(Class::Bad), Some(Class::Bad) | None) | (None, Some(Class::Bad)) => Class::Bad,
            _ => Class::Short,
        };
        if let Some(c) = classes.get_mut(i) {
            *c = settled;
        }
    }
    classes
}

/// The classes of the nearest blocks before and after `i` that are not of the
/// skipped classes.
fn neighbours(classes: &[Class], i: usize, skip: &[Class]) -> (Option<Class>, Option<Class>) {
    let prev = classes
        .get(..i)
        .and_then(|before| before.iter().rev().find(|c| !skip.contains(c)))
        .copied();
    let next = classes
        .get(i + 1..)
        .and_then(|after| after.iter().find(|c| !skip.contains(c)))
        .copied();
    (prev, next)
}

/// What a block adds to the run that holds it: prose adds its length, chrome takes
/// away, so that the best run is the article and a run never reaches across a menu
/// or a footer to take in a paragraph of other text. Chrome takes away per line,
/// capped, so that a long cookie notice or bio is not needed to stop a run, and ten
/// menu items weigh more than one.
pub(crate) fn value(f: &Features, class: Class) -> f32 {
    let words = f.words as f32;
    match class {
        Class::Good => words,
        Class::NearGood => words * 0.5,
        Class::Short if f.ends_sentence && f.starts_sentence => 1.0,
        Class::Short => -1.0,
        Class::Bad => -(3.0 + words.min(20.0) * 0.5),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(text: &str) -> Features {
        Features::of_text(text, BlockKind::Line)
    }

    #[test]
    fn classifies_blocks_alone() {
        let linked = |text: &str| Features {
            link_density: 0.9,
            ..f(text)
        };
        let cases: Vec<(&str, Features, Class)> = vec![
            (
                "a paragraph",
                f(
                    "The council voted on Tuesday to close the bridge for repairs, and the work will take most of the summer.",
                ),
                Class::Good,
            ),
            (
                "a menu",
                f("Home News Sport Business Culture Opinion Travel Podcasts Video"),
                Class::Short,
            ),
            (
                "a headline list item",
                f("Storm Leaves Thousands Without Power Across the Valley After Floods"),
                Class::Bad,
            ),
            (
                "a linked paragraph",
                linked(
                    "Read our full coverage of the election, with results from every district in the state.",
                ),
                Class::Bad,
            ),
            ("a button", f("Share"), Class::Short),
            ("one-line paragraph", f("Nobody was hurt."), Class::Short),
        ];
        for (name, features, expected) in cases {
            assert_eq!(classify(&features, Language::English), expected, "{name}");
        }
    }

    #[test]
    fn neighbours_settle_the_unsure() {
        let prose = "The council voted on Tuesday to close the bridge for repairs, and the work will take most of the summer.";
        let headline = "Storm Leaves Thousands Without Power Across the Valley After Floods";
        let cases: Vec<(&str, Vec<&str>, Vec<Class>)> = vec![
            (
                "a one-line paragraph inside an article",
                vec![prose, "Nobody was hurt.", prose],
                vec![Class::Good, Class::Good, Class::Good],
            ),
            (
                "a button among headlines",
                vec![headline, "More", headline],
                vec![Class::Bad, Class::Bad, Class::Bad],
            ),
        ];
        for (name, texts, expected) in cases {
            let features: Vec<Features> = texts.iter().map(|t| f(t)).collect();
            assert_eq!(classify_all(&features), expected, "{name}");
        }
    }
}
