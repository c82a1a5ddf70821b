//! Words with their byte offsets.
//!
//! Every word keeps the byte range it came from, so that whoever shows a result can
//! highlight exactly the characters the reader sees.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// One word of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Where it stands in its paragraph, in bytes.
    pub range: Range<usize>,
    /// The form used for matching: lower-cased.
    pub normal: String,
}

/// The words of `text` by Unicode word boundaries (UAX #29), skipping punctuation
/// and white space.
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(start, w)| Word {
            text: w,
            range: start..start + w.len(),
            normal: w.to_lowercase(),
        })
}

/// English words too common to say anything about an article.
pub fn is_stop_word(normal: &str) -> bool {
    stop_words().binary_search(&normal).is_ok()
}

fn stop_words() -> &'static [&'static str] {
    use std::sync::OnceLock;
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<&str> = include_str!("../data/stopwords-en.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_byte_ranges() {
        let text = "Kyiv’s “reset”, 2024.";
        let found: Vec<_> = words(text).map(|w| (w.text, w.range)).collect();
        assert_eq!(
            found,
            vec![("Kyiv’s", 0..8), ("reset", 12..17), ("2024", 22..26)]
        );
    }

    #[test]
    fn stop_words_are_known() {
        assert!(is_stop_word("the"));
        assert!(!is_stop_word("sanctions"));
    }
}
