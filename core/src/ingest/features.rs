//! What can be measured of a block of a page: the evidence that tells prose from chrome.
//!
//! A block is one line of a text capture, or one paragraph-like element of an HTML page.
//! Its [`Features`] are measured the same way on both, so that one scorer
//! ([`super::score`]) decides for both. The features are the ones boilerplate removers
//! have long relied on (jusText, Readability, boilerpipe), because they hold on any site:
//!
//! - **length** in words: article paragraphs are long, menu items and buttons short;
//! - **stop-word density**: prose is about 40% function words ("the", "of", "was"),
//!   headline lists and menus about 10–25%;
//! - **sentence shape**: prose ends with terminal punctuation and starts like a sentence;
//! - **capitalised words**: menus and headlines are In Title Case, prose is not;
//! - **link density** (HTML only): a paragraph of the article has few links, a list of
//!   other stories is all links;
//! - **repetition**: a line that appears more than once on the page is a button or label;
//! - **where it sits** (HTML only): in a `<nav>`, `<footer>` or an element whose class
//!   says "share" or "related", or inside the container that holds most of the prose.

use super::lines::{ends_terminal, starts_like_a_sentence};
use crate::text::is_stop_word;

/// What kind of element the block came from. Text captures only know `Line`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// A line of a text capture.
    Line,
    /// A paragraph (`<p>`, or text directly in a `<div>`).
    Paragraph,
    /// A heading, with its level (1–6).
    Heading(u8),
    /// A list item.
    ListItem,
    /// A block quotation.
    Quote,
    /// Preformatted text.
    Preformatted,
    /// A caption (`<figcaption>`, or text inside a `<figure>`).
    Caption,
    /// A table cell.
    Cell,
}

/// What the markup around a block says about it. Text captures have no markup.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Markup {
    /// Nothing known.
    #[default]
    Neutral,
    /// Inside navigation, a footer, a sidebar, or an element whose class or id names
    /// chrome ("share", "related", "newsletter", "cookie").
    Chrome,
    /// Inside the container that holds most of the page's prose.
    Article,
}

/// The measurements of one block.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Features {
    /// Words (runs of non-space characters).
    pub words: usize,
    /// Share of the words that are stop words (0–1).
    pub stop_density: f32,
    /// Share of the words with letters that start with a capital (0–1).
    pub capitalised: f32,
    /// Whether the block ends with terminal punctuation (a closing quote may follow).
    pub ends_sentence: bool,
    /// Whether it starts like a sentence (a capital, a digit or an opening quote).
    pub starts_sentence: bool,
    /// Share of the characters inside links (0–1); 0 for text captures.
    pub link_density: f32,
    /// Whether the same text appears elsewhere on the page.
    pub repeated: bool,
    /// Whether a phrase list knows it as chrome ("Share", "Subscribe to …").
    pub known_chrome: bool,
    /// The element it came from.
    pub kind: BlockKind,
    /// What the markup around it says.
    pub markup: Markup,
}

impl Features {
    /// Measures a block's text; the caller sets what only it knows (links, markup,
    /// repetition, phrase lists).
    pub fn of_text(text: &str, kind: BlockKind) -> Features {
        let mut words = 0usize;
        let mut stops = 0usize;
        let mut lettered = 0usize;
        let mut capitals = 0usize;
        let mut lower = String::new();
        for word in text.split_whitespace() {
            words += 1;
            let core = word.trim_matches(|c: char| !c.is_alphanumeric());
            let Some(first) = core.chars().next() else {
                continue;
            };
            if first.is_alphabetic() {
                lettered += 1;
                capitals += usize::from(first.is_uppercase());
            }
            lower.clear();
            lower.extend(core.chars().flat_map(char::to_lowercase));
            stops += usize::from(is_stop_word(&lower));
        }
        let share = |part: usize, whole: usize| {
            if whole == 0 {
                0.0
            } else {
                part as f32 / whole as f32
            }
        };
        Features {
            words,
            stop_density: share(stops, words),
            capitalised: share(capitals, lettered),
            ends_sentence: ends_terminal(text),
            starts_sentence: starts_like_a_sentence(text),
            link_density: 0.0,
            repeated: false,
            known_chrome: false,
            kind,
            markup: Markup::Neutral,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_prose_and_chrome() {
        // (name, text, words, stop density at least, at most, capitalised at least, at most, ends)
        type Case = (&'static str, &'static str, usize, f32, f32, f32, f32, bool);
        let cases: [Case; 5] = [
            (
                "prose",
                "The council voted on Tuesday to close the bridge for repairs, the mayor said.",
                14,
                0.35,
                0.6,
                0.0,
                0.2,
                true,
            ),
            (
                "menu",
                "News Sport Business Culture Opinion",
                5,
                0.0,
                0.0,
                1.0,
                1.0,
                false,
            ),
            (
                "headline",
                "Storm Leaves Thousands Without Power Across the Valley",
                8,
                0.1,
                0.3,
                0.8,
                1.0,
                false,
            ),
            ("empty", "", 0, 0.0, 0.0, 0.0, 0.0, false),
            (
                "quotation",
                "“We are not going anywhere,” she said.",
                7,
                0.4,
                1.0,
                0.0,
                0.3,
                true,
            ),
        ];
        for (name, text, words, stop_lo, stop_hi, cap_lo, cap_hi, ends) in cases {
            let f = Features::of_text(text, BlockKind::Line);
            assert_eq!(f.words, words, "{name}: words");
            assert!(
                (stop_lo..=stop_hi).contains(&f.stop_density),
                "{name}: stop density {}",
                f.stop_density
            );
            assert!(
                (cap_lo..=cap_hi).contains(&f.capitalised),
                "{name}: capitalised {}",
                f.capitalised
            );
            assert_eq!(f.ends_sentence, ends, "{name}: ends a sentence");
        }
    }
}
