//! Stories and neighbours: which articles of a corpus report the same event, and which
//! are most like each one, found without comparing every pair.
//!
//! Comparing every pair costs N²/2 similarities: 50 million for a 10,000-article
//! archive. Instead each article is *probed* by its [`PROBE_ITEMS`] heaviest items. An
//! inverted index maps each item to the articles that probe with it; the articles met
//! there are the only candidates, ranked by what their shared probe items add up to;
//! the best few get the full cosine. Heavy items are the rare ones (TF-IDF), so their
//! lists are short; an item probed by more than [`MAX_POSTINGS`] articles (a word every
//! story uses) finds no one in particular and is skipped.
//!
//! A story is a set of articles joined by links: an article is linked to each neighbour
//! at least [`STORY_SIMILARITY`] similar whose *names* are at least [`STORY_NAMES`]
//! similar too (the cosine over the two articles' people, organisations and places
//! alone). One event is reported with one cast: two reports of it share their names as
//! well as their words, where two stories of one kind (two court cases, two storms)
//! share words but not names. The thresholds were set on two sets with known stories
//! (BENCHMARKS.md): the project's own evaluation articles with the seeds (15 stories of
//! 3 to 5 articles, similarities of 0.02–0.08 between stories and 0.19–0.47 within) and
//! a generated corpus of 1,000 articles (`e2e/bench/generate.mjs`).

use crate::corpus::Corpus;
use crate::groups::Groups;
use rustc_hash::FxHashMap as HashMap;

/// How many of an article's heaviest items find its candidates.
pub const PROBE_ITEMS: usize = 40;
/// An item probed by more articles than this is too common to find neighbours with.
pub const MAX_POSTINGS: usize = 1_000;
/// How many candidates, per neighbour kept, get the full cosine.
pub const CANDIDATES: usize = 4;
/// How many neighbours each article keeps.
pub const NEIGHBOURS: usize = 8;
/// Neighbours at least this similar, and with names at least [`STORY_NAMES`] similar,
/// are in one story.
pub const STORY_SIMILARITY: f64 = 0.1;
/// See [`STORY_SIMILARITY`].
pub const STORY_NAMES: f64 = 0.3;
/// Up to this many articles, every pair is compared for the neighbours.
pub const EXACT_UP_TO: usize = 300;
/// The fewest articles names are weighed among for the names condition (see `Names`).
pub const NAMES_BACKGROUND: usize = 100;

/// One article's neighbour: its index and the similarity of the two.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Neighbour {
    /// The other article's index in the corpus.
    pub article: usize,
    /// Their similarity (the cosine of the pair view), 0 to 1.
    pub similarity: f64,
    /// The similarity of their names alone (entities), 0 to 1.
    pub names: f64,
}

/// Each article's most similar articles, most similar first, at most `limit` of them,
/// and only those that share something (similarity above 0).
///
/// The candidates are ranked first by the part of the cosine their shared probe items
/// give (a sum along the posting lists, one addition per posting); only the best
/// [`CANDIDATES`] times `limit` get the full cosine.
pub fn neighbours(corpus: &Corpus, limit: usize) -> Vec<Vec<Neighbour>> {
    let probes: Vec<Vec<(&str, f64)>> = (0..corpus.len())
        .map(|i| {
            let mut items: Vec<(&str, f64)> = corpus
                .vector(i)
                .map(|v| v.weighted().collect())
                .unwrap_or_default();
            crate::order::sort_by(&mut items, |a, b| {
                b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0))
            });
            items.truncate(PROBE_ITEMS);
            items
        })
        .collect();
    let mut postings: HashMap<&str, Vec<(u32, f64)>> = HashMap::default();
    for (i, items) in probes.iter().enumerate() {
        for &(key, weight) in items {
            postings.entry(key).or_default().push((i as u32, weight));
        }
    }
    let names: Vec<Names<'_>> = (0..corpus.len()).map(|i| Names::of(corpus, i)).collect();
    let mut score = vec![0.0f64; corpus.len()];
    let mut met: Vec<usize> = Vec::new();
    probes
        .iter()
        .enumerate()
        .map(|(i, items)| {
            for &(key, weight) in items {
                let Some(list) = postings.get(key).filter(|l| l.len() <= MAX_POSTINGS) else {
                    continue;
                };
                for &(j, other) in list {
                    let j = j as usize;
                    if j == i {
                        continue;
                    }
                    if score[j] == 0.0 {
                        met.push(j);
                    }
                    score[j] += weight * other;
                }
            }
            crate::order::sort_by(&mut met, |&a, &b| {
                score[b].total_cmp(&score[a]).then(a.cmp(&b))
            });
            for &j in &met {
                score[j] = 0.0;
            }
            met.truncate(CANDIDATES * limit);
            if corpus.len() <= EXACT_UP_TO {
                // Every pair is cheap here, and in a small corpus an article's heaviest
                // items are the words it alone has: the probes can miss its story.
                met.clear();
                met.extend((0..corpus.len()).filter(|&j| j != i));
            }
            let mut found: Vec<Neighbour> = met
                .iter()
                .filter_map(|&j| {
                    let similarity = corpus.similarity(i, j).unwrap_or(0.0);
                    (similarity > 0.0).then_some(Neighbour {
                        article: j,
                        similarity,
                        names: 0.0,
                    })
                })
                .collect();
            met.clear();
            crate::order::sort_by(&mut found, |a, b| {
                b.similarity
                    .total_cmp(&a.similarity)
                    .then(a.article.cmp(&b.article))
            });
            found.truncate(limit);
            for n in &mut found {
                n.names = names[i].similarity(&names[n.article]);
            }
            found
        })
        .collect()
}

/// The corpus's stories: each a list of article indices in ascending order, the
/// stories ordered by their first article. Every article is in exactly one story (an
/// article like no other is a story of one).
pub fn stories(neighbours: &[Vec<Neighbour>]) -> Vec<Vec<usize>> {
    let mut groups = Groups::new(neighbours.len());
    for (i, list) in neighbours.iter().enumerate() {
        for n in list {
            let linked = n.similarity >= STORY_SIMILARITY && n.names >= STORY_NAMES;
            if linked && n.article < neighbours.len() {
                groups.join(i, n.article);
            }
        }
    }
    groups.groups()
}

/// An article's weighted entities (its names), by key, with their norm: what the
/// cosine over names alone needs, gathered once an article.
struct Names<'a> {
    items: Vec<(&'a str, f64)>,
    norm: f64,
}

impl<'a> Names<'a> {
    fn of(corpus: &'a Corpus, i: usize) -> Names<'a> {
        // A small corpus is one story or a few: there a name every article shares weighs
        // half as much as one only an article has, and the cast of one event looks
        // unrelated. Names are weighed as if among at least NAMES_BACKGROUND articles
        // that do not have them; from that size on, exactly as in the corpus.
        let size = corpus.len().max(NAMES_BACKGROUND);
        let items: Vec<(&str, f64)> = corpus
            .vector(i)
            .map(|v| {
                v.items
                    .iter()
                    .filter(|item| item.kind.is_some())
                    .map(|item| {
                        let frequency = corpus.frequency(&item.key);
                        (
                            &*item.key,
                            crate::corpus::weight(item.count, frequency, size),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let norm = items.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        Names { items, norm }
    }

    /// The cosine of two articles over their entities alone.
    fn similarity(&self, other: &Names<'_>) -> f64 {
        if self.norm == 0.0 || other.norm == 0.0 {
            return 0.0;
        }
        let (x, y) = (&self.items, &other.items);
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < x.len() && j < y.len() {
            match x[i].0.cmp(y[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += x[i].1 * y[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        dot / (self.norm * other.norm)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(article: usize, similarity: f64, names: f64) -> Neighbour {
        Neighbour {
            article,
            similarity,
            names,
        }
    }

    #[test]
    fn neighbours_that_share_words_and_names_make_a_story() {
        let cases: Vec<(&str, Vec<Vec<Neighbour>>, Vec<Vec<usize>>)> = vec![
            (
                "words and names",
                vec![vec![n(1, 0.3, 0.5)], vec![n(0, 0.3, 0.5)], vec![]],
                vec![vec![0, 1], vec![2]],
            ),
            (
                "one-sided is enough",
                vec![vec![n(1, 0.3, 0.5)], vec![], vec![]],
                vec![vec![0, 1], vec![2]],
            ),
            (
                "words without names: two stories of one kind",
                vec![vec![n(1, 0.45, 0.1)], vec![n(0, 0.45, 0.1)]],
                vec![vec![0], vec![1]],
            ),
            (
                "names without words: a name in two unrelated stories",
                vec![vec![n(1, 0.05, 0.9)], vec![n(0, 0.05, 0.9)]],
                vec![vec![0], vec![1]],
            ),
            (
                "a chain of links is one story",
                vec![
                    vec![n(1, 0.5, 0.5)],
                    vec![n(0, 0.5, 0.5), n(2, 0.5, 0.5)],
                    vec![n(1, 0.5, 0.5), n(3, 0.5, 0.5)],
                    vec![n(2, 0.5, 0.5)],
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
