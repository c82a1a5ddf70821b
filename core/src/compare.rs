//! What two articles share.
//!
//! This first version matches words: a word (not a stop word) that occurs in both
//! bodies is shared, and each of its occurrences becomes a [`Highlight`].

use crate::ingest::Article;
use crate::text::{is_stop_word, words};
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Range;

/// A word that both articles use, with how often each side uses it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SharedTerm {
    /// The term in its matching form.
    pub term: String,
    /// Occurrences in the left article's body.
    pub left_count: usize,
    /// Occurrences in the right article's body.
    pub right_count: usize,
}

/// One stretch of a paragraph to highlight.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Highlight {
    /// Index of the paragraph in the article's body.
    pub paragraph: usize,
    /// Byte range inside that paragraph.
    pub range: Range<usize>,
    /// The shared item this occurrence belongs to (a [`SharedTerm::term`]).
    pub key: String,
}

/// The overlap of two articles.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// Id of the left article.
    pub left: String,
    /// Id of the right article.
    pub right: String,
    /// Terms in both bodies, most used first.
    pub shared_terms: Vec<SharedTerm>,
    /// Where the shared terms occur in the left body, in reading order.
    pub left_highlights: Vec<Highlight>,
    /// Where the shared terms occur in the right body, in reading order.
    pub right_highlights: Vec<Highlight>,
}

/// Compares two articles. `compare(b, a)` is `compare(a, b)` with the sides swapped.
pub fn compare(left: &Article, right: &Article) -> Comparison {
    let left_terms = term_occurrences(left);
    let right_terms = term_occurrences(right);
    let mut shared_terms: Vec<SharedTerm> = left_terms
        .iter()
        .filter_map(|(term, l)| {
            right_terms.get(term).map(|r| SharedTerm {
                term: term.clone(),
                left_count: l.len(),
                right_count: r.len(),
            })
        })
        .collect();
    shared_terms.sort_by(|a, b| {
        (b.left_count + b.right_count)
            .cmp(&(a.left_count + a.right_count))
            .then_with(|| a.term.cmp(&b.term))
    });
    let highlights = |occurrences: &BTreeMap<String, Vec<(usize, Range<usize>)>>| {
        let mut found: Vec<Highlight> = shared_terms
            .iter()
            .flat_map(|t| {
                occurrences[&t.term]
                    .iter()
                    .map(|(paragraph, range)| Highlight {
                        paragraph: *paragraph,
                        range: range.clone(),
                        key: t.term.clone(),
                    })
            })
            .collect();
        found.sort_by_key(|h| (h.paragraph, h.range.start));
        found
    };
    Comparison {
        left: left.id.clone(),
        right: right.id.clone(),
        left_highlights: highlights(&left_terms),
        right_highlights: highlights(&right_terms),
        shared_terms,
    }
}

/// Every word worth matching in the body, with where it occurs.
fn term_occurrences(article: &Article) -> BTreeMap<String, Vec<(usize, Range<usize>)>> {
    let mut terms: BTreeMap<String, Vec<(usize, Range<usize>)>> = BTreeMap::new();
    for (paragraph, text) in article.body.iter().enumerate() {
        for word in words(text) {
            if word.normal.chars().count() < 3
                || word.normal.chars().all(|c| c.is_ascii_digit())
                || is_stop_word(&word.normal)
            {
                continue;
            }
            terms
                .entry(word.normal)
                .or_default()
                .push((paragraph, word.range));
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest;

    fn article(id: &str, text: &str) -> Article {
        ingest(id, text).unwrap()
    }

    #[test]
    fn finds_shared_words_with_their_ranges() {
        let a = article("a", "T\n\nThe Kremlin denied it.");
        let b = article("b", "T\n\nA denial from the Kremlin.");
        let c = compare(&a, &b);
        let terms: Vec<&str> = c.shared_terms.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(terms, vec!["kremlin"]);
        assert_eq!(c.left_highlights[0].range, 4..11);
        assert_eq!(c.right_highlights[0].range, 18..25);
    }

    #[test]
    fn swapping_sides_mirrors_the_result() {
        let a = article("a", "T\n\nPutin met Trump in Helsinki.");
        let b = article("b", "T\n\nTrump praised Putin.");
        let ab = compare(&a, &b);
        let ba = compare(&b, &a);
        assert_eq!(ab.shared_terms.len(), ba.shared_terms.len());
        assert_eq!(ab.left_highlights, ba.right_highlights);
        assert_eq!(ab.right_highlights, ba.left_highlights);
    }
}
