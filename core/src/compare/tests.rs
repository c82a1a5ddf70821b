//! The overlap of two articles: properties every comparison must have.

use super::*;
use crate::corpus::{Corpus, compare};
use crate::ingest::ingest;

fn article(id: &str, text: &str) -> Article {
    ingest(id, text).unwrap_or_else(|e| panic!("test article {id}: {e}"))
}

fn corpus() -> Corpus {
    Corpus::new(vec![
        article(
            "a",
            "Kremlin courts Trump\n\nPresident Vladimir Putin and Donald Trump discussed sanctions on Russia's oil. \
             Putin praised Trump.\n\nThe Kremlin said the two countries will confront each other in Europe whatever happens.",
        ),
        article(
            "b",
            "Trump and Putin\n\nThe two countries will confront each other in Europe whatever happens, analysts said. \
             Trump spoke with Vladimir Putin about the sanction regime.\n\nRussian officials welcomed it.",
        ),
        article(
            "c",
            "Weather\n\nRain is expected in Lisbon on Tuesday, with storms over the Atlantic coast.",
        ),
    ])
}

#[test]
fn swapping_sides_mirrors_the_result() {
    let corpus = corpus();
    for (i, j) in [(0, 1), (0, 2), (1, 2)] {
        let ij = corpus.compare(i, j).unwrap();
        let ji = corpus.compare(j, i).unwrap();
        assert_eq!(ij, ji.clone().swapped(), "pair {i},{j}");
        assert_eq!(ij.similarity, ji.similarity);
    }
}

#[test]
fn comparing_is_deterministic() {
    assert_eq!(corpus().compare(0, 1), corpus().compare(0, 1));
}

#[test]
fn similarity_is_explained_by_the_shared_items() {
    let corpus = corpus();
    let related = corpus.compare(0, 1).unwrap();
    let unrelated = corpus.compare(0, 2).unwrap();
    assert!((0.0..=1.0).contains(&related.similarity));
    assert!(
        related.similarity > unrelated.similarity,
        "{} > {}",
        related.similarity,
        unrelated.similarity
    );
    let total: f64 = related
        .shared_entities
        .iter()
        .map(|e| e.weight)
        .sum::<f64>()
        + related.shared_terms.iter().map(|t| t.weight).sum::<f64>();
    assert!(
        (total - related.similarity).abs() < 1e-9,
        "contributions {total} add up to {}",
        related.similarity
    );
    let same = compare(&corpus.articles()[0], &corpus.articles()[0]);
    assert!(
        (same.similarity - 1.0).abs() < 1e-9,
        "an article is fully similar to itself"
    );
}

#[test]
fn shared_items_match_by_entity_and_stem() {
    let c = corpus().compare(0, 1).unwrap();
    let entity = |name: &str| {
        c.shared_entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| (e.left_count, e.right_count))
    };
    assert_eq!(entity("Vladimir Putin"), Some((2, 1)));
    assert_eq!(
        entity("Donald Trump"),
        Some((2, 1)),
        "a lone Trump resolves across the corpus"
    );
    assert_eq!(
        entity("Russia"),
        Some((1, 1)),
        "Russia's and Russian count toward Russia"
    );
    let sanction = c
        .shared_terms
        .iter()
        .find(|t| t.key == "term:sanction")
        .map(|t| (t.left_count, t.right_count));
    assert_eq!(sanction, Some((1, 1)), "sanctions matches sanction");
}

#[test]
fn passages_are_found_whatever_their_place() {
    let c = corpus().compare(0, 1).unwrap();
    let texts: Vec<&str> = c.passages.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        vec!["the two countries will confront each other in Europe whatever happens"]
    );
    assert_eq!(
        (c.passages[0].left_paragraph, c.passages[0].right_paragraph),
        (1, 0)
    );
}

#[test]
fn highlights_point_at_the_text() {
    let corpus = corpus();
    let c = corpus.compare(0, 1).unwrap();
    for (article, highlights) in [
        (&corpus.articles()[0], &c.left_highlights),
        (&corpus.articles()[1], &c.right_highlights),
    ] {
        assert!(!highlights.is_empty());
        for h in highlights {
            let text = article.body[h.paragraph].get(h.range.clone());
            assert!(
                text.is_some_and(|t| !t.is_empty()),
                "{h:?} lies in its paragraph"
            );
        }
    }
    let shared_left: std::collections::BTreeSet<&str> = c
        .left_highlights
        .iter()
        .filter(|h| h.shared)
        .map(|h| &*h.key)
        .collect();
    let shared_right: std::collections::BTreeSet<&str> = c
        .right_highlights
        .iter()
        .filter(|h| h.shared)
        .map(|h| &*h.key)
        .collect();
    assert_eq!(
        shared_left, shared_right,
        "a shared item is highlighted on both sides"
    );
}
