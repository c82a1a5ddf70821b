//! A set of analysed articles: the background that gives terms their weight.
//!
//! A term used by every article says little about any of them, so each item (term or
//! entity) is weighted by TF-IDF over the corpus: `(1 + ln tf) · idf`, with a smoothed
//! `idf = ln((N + 1) / (df + 1)) + 1`. People named by surname alone in one article are
//! resolved against full names found in the others.

use crate::analysis::{Analysis, Prepared};
use crate::compare::{Comparison, ItemVector, compare_analyses, entity_key, similarity, term_key};
use crate::coverage::{Coverage, cover};
use crate::entities::KnownPeople;
use crate::ingest::Article;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// Articles with their analyses and the document frequency of every item.
#[derive(Clone, Debug)]
pub struct Corpus {
    articles: Vec<Article>,
    analyses: Vec<Analysis>,
    document_frequency: HashMap<String, usize>,
    /// Each article's weighted items, for comparing without recomputing weights.
    vectors: Vec<ItemVector>,
}

/// A term with its weight in one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeightedTerm {
    /// The term in the reader's words.
    pub term: String,
    /// TF-IDF weight over the corpus.
    pub weight: f64,
    /// How often the article uses it.
    pub count: usize,
}

impl Corpus {
    /// Analyses every article. Order matters only for [`Corpus::article`] indices.
    pub fn new(articles: Vec<Article>) -> Corpus {
        // Read each article once; learn who is named in full anywhere; then resolve
        // lone surnames ("Obama") with that.
        let prepared: Vec<Prepared<'_>> = articles.iter().map(Prepared::new).collect();
        let mut known = KnownPeople::default();
        for article in &prepared {
            known.add(&article.entities(&KnownPeople::default()));
        }
        let analyses: Vec<Analysis> = prepared.iter().map(|a| a.finish(&known)).collect();
        drop(prepared);
        let mut document_frequency: HashMap<String, usize> = HashMap::default();
        for analysis in &analyses {
            for key in item_keys(analysis) {
                *document_frequency.entry(key).or_default() += 1;
            }
        }
        let mut corpus = Corpus {
            articles,
            analyses,
            document_frequency,
            vectors: Vec::new(),
        };
        corpus.vectors = corpus
            .analyses
            .iter()
            .map(|a| ItemVector::new(|key, n| corpus.weight(key, n), a))
            .collect();
        corpus
    }

    /// Number of articles.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// True if the corpus has no articles.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// The article at `index`.
    pub fn article(&self, index: usize) -> Option<&Article> {
        self.articles.get(index)
    }

    /// The articles, in order.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// The analysis of the article at `index`.
    pub fn analysis(&self, index: usize) -> Option<&Analysis> {
        self.analyses.get(index)
    }

    /// The analyses, in the order of the articles.
    pub fn analyses(&self) -> &[Analysis] {
        &self.analyses
    }

    /// The index of the article with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.id == id)
    }

    /// What the articles at `indices` cover, in that order; `None` if an index is out
    /// of range.
    pub fn coverage(&self, indices: &[usize]) -> Option<Coverage> {
        let members = indices
            .iter()
            .map(|&i| {
                Some((
                    self.articles.get(i)?,
                    self.analyses.get(i)?,
                    self.vectors.get(i)?,
                ))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(cover(&members))
    }

    /// TF-IDF weight of an item used `count` times in one article.
    pub fn weight(&self, key: &str, count: usize) -> f64 {
        weight(count, self.frequency(key), self.articles.len())
    }

    /// How many articles of the corpus have the item with this key.
    pub fn frequency(&self, key: &str) -> usize {
        self.document_frequency.get(key).copied().unwrap_or(0)
    }

    /// Every item's key with the number of articles that have it.
    pub fn frequencies(&self) -> impl Iterator<Item = (&str, usize)> {
        self.document_frequency
            .iter()
            .map(|(k, &n)| (k.as_str(), n))
    }

    /// The weighted items of the article at `index`.
    pub(crate) fn vector(&self, index: usize) -> Option<&ItemVector> {
        self.vectors.get(index)
    }

    /// The article's key terms, heaviest first: single words, and phrases used twice or more.
    pub fn key_terms(&self, index: usize, limit: usize) -> Vec<WeightedTerm> {
        let Some(analysis) = self.analyses.get(index) else {
            return Vec::new();
        };
        let mut terms: Vec<WeightedTerm> = analysis
            .terms
            .iter()
            .filter(|t| !t.phrase || t.occurrences.len() >= 2)
            .map(|t| WeightedTerm {
                term: t.term.clone(),
                weight: self.weight(&term_key(&t.key), t.occurrences.len()),
                count: t.occurrences.len(),
            })
            .collect();
        crate::order::sort_by(&mut terms, |a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then_with(|| a.term.cmp(&b.term))
        });
        terms.truncate(limit);
        terms
    }

    /// The similarity of two articles of the corpus, as [`Corpus::compare`] gives it,
    /// without highlights or passages: cheap enough for every pair of a corpus.
    pub fn similarity(&self, left: usize, right: usize) -> Option<f64> {
        let (a, b) = (left.min(right), left.max(right));
        Some(similarity(self.vectors.get(a)?, self.vectors.get(b)?))
    }

    /// Compares two articles of the corpus. `compare(j, i)` is `compare(i, j)` with the
    /// sides swapped, exactly: the work is always done in index order.
    pub fn compare(&self, left: usize, right: usize) -> Option<Comparison> {
        if left > right {
            return self.compare(right, left).map(Comparison::swapped);
        }
        let side = |i: usize| {
            Some((
                self.articles.get(i)?,
                self.analyses.get(i)?,
                self.vectors.get(i)?,
            ))
        };
        Some(compare_analyses(side(left)?, side(right)?))
    }
}

/// TF-IDF weight of an item used `count` times in one article, when `frequency` of the
/// corpus's `size` articles have it.
pub fn weight(count: usize, frequency: usize, size: usize) -> f64 {
    if count == 0 {
        return 0.0;
    }
    let (n, df) = (size as f64, frequency as f64);
    (1.0 + (count as f64).ln()) * (((n + 1.0) / (df + 1.0)).ln() + 1.0)
}

/// Every item of an analysis that is weighted: its entities and terms, in the order of
/// `analysis.entities` then `analysis.terms`.
pub(crate) fn item_keys(analysis: &Analysis) -> impl Iterator<Item = String> + '_ {
    analysis
        .entities
        .iter()
        .map(|e| entity_key(&e.name))
        .chain(analysis.terms.iter().map(|t| term_key(&t.key)))
}

/// Compares two articles on their own, with just the two as background for the weights.
pub fn compare(left: &Article, right: &Article) -> Comparison {
    // Always analyse in one order, so that swapping the sides only swaps the result.
    let swap = (&right.id, &right.body) < (&left.id, &left.body);
    let (first, second) = if swap { (right, left) } else { (left, right) };
    let corpus = Corpus::new(vec![first.clone(), second.clone()]);
    let comparison = corpus
        .compare(0, 1)
        .unwrap_or_else(|| unreachable!("a corpus of two has articles 0 and 1"));
    if swap {
        comparison.swapped()
    } else {
        comparison
    }
}
