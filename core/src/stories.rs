//! Stories and neighbours: which articles of a corpus report the same event, and which
//! are most like each one, found without comparing every pair.
//!
//! Comparing every pair costs N²/2 similarities: 50 million for a 10,000-article
//! archive. Instead each article is *probed* by its [`PROBE_ITEMS`] heaviest items. An
//! inverted index maps each item to the articles that probe with it; the articles met
//! there are the only candidates, and each candidate gets the full cosine. Heavy
//! items are the rare ones (TF-IDF), so their lists are short; an item probed by more
//! than [`MAX_POSTINGS`] articles (a word every story uses) finds no one in particular
//! and is skipped.
//!
//! A story is a set of articles joined by strong links: two articles are linked when
//! each is among the other's neighbours and their similarity is at least
//! [`STORY_SIMILARITY`], or when it is at least [`SURE_SIMILARITY`] either way. Mutual
//! neighbours keep one general article from chaining unrelated stories together.

use crate::corpus::Corpus;
use rustc_hash::FxHashMap as HashMap;

/// How many of an article's heaviest items find its candidates.
pub const PROBE_ITEMS: usize = 40;
/// An item probed by more articles than this is too common to find neighbours with.
pub const MAX_POSTINGS: usize = 400;
/// How many neighbours each article keeps.
pub const NEIGHBOURS: usize = 8;
/// Mutual neighbours at least this similar are in one story.
pub const STORY_SIMILARITY: f64 = 0.1;
/// Articles at least this similar are in one story, mutual neighbours or not.
pub const SURE_SIMILARITY: f64 = 0.3;

/// One article's neighbour: its index and the similarity of the two.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Neighbour {
    /// The other article's index in the corpus.
    pub article: usize,
    /// Their similarity (the cosine of the pair view), 0 to 1.
    pub similarity: f64,
}

/// Each article's most similar articles, most similar first, at most `limit` of them,
/// and only those that share something (similarity above 0).
pub fn neighbours(corpus: &Corpus, limit: usize) -> Vec<Vec<Neighbour>> {
    let probes: Vec<Vec<&str>> = (0..corpus.len())
        .map(|i| {
            let mut items: Vec<(&str, f64)> = corpus
                .vector(i)
                .map(|v| v.weighted().collect())
                .unwrap_or_default();
            crate::order::sort_by(&mut items, |a, b| {
                b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0))
            });
            items.truncate(PROBE_ITEMS);
            items.into_iter().map(|(key, _)| key).collect()
        })
        .collect();
    let mut postings: HashMap<&str, Vec<u32>> = HashMap::default();
    for (i, keys) in probes.iter().enumerate() {
        for key in keys {
            postings.entry(key).or_default().push(i as u32);
        }
    }
    let mut seen = vec![u32::MAX; corpus.len()];
    probes
        .iter()
        .enumerate()
        .map(|(i, keys)| {
            let mut found = Vec::new();
            for key in keys {
                let Some(list) = postings.get(key).filter(|l| l.len() <= MAX_POSTINGS) else {
                    continue;
                };
                for &j in list {
                    let j = j as usize;
                    if j == i || seen[j] == i as u32 {
                        continue;
                    }
                    seen[j] = i as u32;
                    let similarity = corpus.similarity(i, j).unwrap_or(0.0);
                    if similarity > 0.0 {
                        found.push(Neighbour {
                            article: j,
                            similarity,
                        });
                    }
                }
            }
            crate::order::sort_by(&mut found, |a, b| {
                b.similarity
                    .total_cmp(&a.similarity)
                    .then(a.article.cmp(&b.article))
            });
            found.truncate(limit);
            found
        })
        .collect()
}

/// The corpus's stories: each a list of article indices in ascending order, the
/// stories ordered by their first article. Every article is in exactly one story (an
/// article like no other is a story of one).
pub fn stories(neighbours: &[Vec<Neighbour>]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..neighbours.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let is_neighbour = |of: usize, other: usize| {
        neighbours
            .get(of)
            .is_some_and(|list| list.iter().any(|n| n.article == other))
    };
    for (i, list) in neighbours.iter().enumerate() {
        for n in list {
            let linked = n.similarity >= SURE_SIMILARITY
                || (n.similarity >= STORY_SIMILARITY && is_neighbour(n.article, i));
            if linked && n.article < neighbours.len() {
                let (a, b) = (root(&mut parent, i), root(&mut parent, n.article));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut by_root: HashMap<usize, usize> = HashMap::default();
    let mut stories: Vec<Vec<usize>> = Vec::new();
    for i in 0..neighbours.len() {
        let r = root(&mut parent, i);
        let story = *by_root.entry(r).or_insert_with(|| {
            stories.push(Vec::new());
            stories.len() - 1
        });
        stories[story].push(i);
    }
    stories
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(article: usize, similarity: f64) -> Neighbour {
        Neighbour {
            article,
            similarity,
        }
    }

    #[test]
    fn mutual_neighbours_that_are_similar_enough_make_a_story() {
        let cases: Vec<(&str, Vec<Vec<Neighbour>>, Vec<Vec<usize>>)> = vec![
            (
                "mutual and similar",
                vec![vec![n(1, 0.3)], vec![n(0, 0.3)], vec![]],
                vec![vec![0, 1], vec![2]],
            ),
            (
                "similar but one-sided",
                vec![vec![n(1, 0.2)], vec![n(2, 0.5)], vec![n(1, 0.5)]],
                vec![vec![0], vec![1, 2]],
            ),
            (
                "one-sided but sure",
                vec![vec![n(1, 0.4)], vec![], vec![]],
                vec![vec![0, 1], vec![2]],
            ),
            (
                "mutual but too weak",
                vec![vec![n(1, 0.05)], vec![n(0, 0.05)]],
                vec![vec![0], vec![1]],
            ),
            (
                "a chain of links is one story",
                vec![
                    vec![n(1, 0.5)],
                    vec![n(0, 0.5), n(2, 0.5)],
                    vec![n(1, 0.5), n(3, 0.5)],
                    vec![n(2, 0.5)],
                ],
                vec![vec![0, 1, 2, 3]],
            ),
            ("nothing", vec![], vec![]),
        ];
        for (name, neighbours, expected) in cases {
            assert_eq!(stories(&neighbours), expected, "{name}");
        }
    }
}
