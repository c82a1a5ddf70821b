//! The articles a page has at hand: every article of the [`Index`], of which it has
//! fetched the few it opened, and the reader's own articles after them.
//!
//! Positions are the index's order, then the reader's articles in the order they were
//! added. A bundled article is compared once it is [`Shelf::insert`]ed; one whose data
//! could not be read carries its problem, and every other article still works.

use crate::Comparison;
use crate::archive::{Entry, Frequencies, Index, Loaded, Weights};
use crate::coverage::Coverage;
use crate::entities::KnownPeople;
use crate::ingest::Article;
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// The index, the fetched articles and the reader's own.
#[derive(Clone, Debug)]
pub struct Shelf {
    index: Arc<Index>,
    /// Position of each bundled article by id.
    positions: HashMap<String, usize>,
    loaded: HashMap<usize, Arc<Loaded>>,
    problems: HashMap<usize, String>,
    own: Vec<Arc<Loaded>>,
    weights: Weights,
    frequencies: Option<Arc<Frequencies>>,
}

impl Shelf {
    /// A shelf over the index, with nothing fetched yet.
    pub fn new(index: Index) -> Shelf {
        let positions = index
            .articles
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        Shelf {
            weights: Weights::new(index.articles.len()),
            index: Arc::new(index),
            positions,
            loaded: HashMap::default(),
            problems: HashMap::default(),
            own: Vec::new(),
            frequencies: None,
        }
    }

    /// The index the build wrote.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The index, to keep beside the shelf.
    pub fn shared_index(&self) -> Arc<Index> {
        self.index.clone()
    }

    /// Every article: bundled and the reader's.
    pub fn len(&self) -> usize {
        self.index.articles.len() + self.own.len()
    }

    /// True when there is no article at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many articles the build bundled.
    pub fn bundled(&self) -> usize {
        self.index.articles.len()
    }

    /// Whether the article at `index` is one of the reader's.
    pub fn is_own(&self, index: usize) -> bool {
        index >= self.bundled() && index < self.len()
    }

    /// The index's entry of a bundled article.
    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.index.articles.get(index)
    }

    /// The id of the article at `index`.
    pub fn id(&self, index: usize) -> Option<&str> {
        match self.entry(index) {
            Some(entry) => Some(&entry.id),
            None => self
                .own
                .get(index - self.bundled())
                .map(|o| o.article.id.as_str()),
        }
    }

    /// The position of the article with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.positions.get(id).copied().or_else(|| {
            self.own
                .iter()
                .position(|o| o.article.id == id)
                .map(|i| i + self.bundled())
        })
    }

    /// The article at `index`, if it is at hand (fetched, or the reader's).
    pub fn article(&self, index: usize) -> Option<&Article> {
        self.loaded(index).map(|l| &l.article)
    }

    fn loaded(&self, index: usize) -> Option<&Arc<Loaded>> {
        if index < self.bundled() {
            self.loaded.get(&index)
        } else {
            self.own.get(index - self.bundled())
        }
    }

    /// True for a bundled article that is neither fetched nor known to be broken.
    pub fn wants(&self, index: usize) -> bool {
        index < self.bundled()
            && !self.loaded.contains_key(&index)
            && !self.problems.contains_key(&index)
    }

    /// Why the article at `index` cannot be shown, if it cannot.
    pub fn problem(&self, index: usize) -> Option<&str> {
        self.problems.get(&index).map(String::as_str)
    }

    /// Adds a fetched bundled article.
    pub fn insert(&mut self, index: usize, article: Loaded) {
        self.problems.remove(&index);
        self.loaded.insert(index, Arc::new(article));
    }

    /// Records why a bundled article could not be fetched or read.
    pub fn fail(&mut self, index: usize, problem: String) {
        self.problems.insert(index, problem);
    }

    /// Compares two articles that are at hand, weighed as in the whole corpus with the
    /// reader's articles; `None` while either is not. `compare(j, i)` is `compare(i, j)`
    /// swapped, exactly, as in [`crate::Corpus::compare`].
    pub fn compare(&self, left: usize, right: usize) -> Option<Comparison> {
        if left > right {
            return self.compare(right, left).map(Comparison::swapped);
        }
        Some(
            self.weights
                .compare(self.loaded(left)?, self.loaded(right)?),
        )
    }

    /// What the articles at `indices` cover, in that order; `None` while any of them is
    /// not at hand.
    pub fn coverage(&self, indices: &[usize]) -> Option<Coverage> {
        let loaded = indices
            .iter()
            .map(|&i| self.loaded(i).map(|l| &**l))
            .collect::<Option<Vec<&Loaded>>>()?;
        Some(self.weights.coverage(&loaded))
    }

    /// Adds every item's frequency in the corpus, and its people: what a reader's own
    /// article is weighed and resolved with.
    pub fn set_frequencies(&mut self, frequencies: Frequencies) {
        let frequencies = Arc::new(frequencies);
        self.weights.set_frequencies(frequencies.clone());
        self.frequencies = Some(frequencies);
    }

    /// Whether [`Shelf::set_frequencies`] was called.
    pub fn has_frequencies(&self) -> bool {
        self.frequencies.is_some()
    }

    /// Analyses a reader's article, as an article of this corpus, without adding it.
    pub fn analyse(&self, article: Article) -> Loaded {
        let mut known = KnownPeople::default();
        if let Some(f) = &self.frequencies {
            for (name, mentions) in &f.people {
                known.add_person(name, *mentions as usize);
            }
        }
        for own in &self.own {
            known.add(&own.analysis.entities);
        }
        Loaded::own(article, &known)
    }

    /// Adds a reader's analysed article ([`Shelf::analyse`]) after the others; returns
    /// its position.
    pub fn add_own(&mut self, article: Loaded) -> usize {
        self.weights.add_own(&article.analysis);
        self.own.push(Arc::new(article));
        self.len() - 1
    }

    /// Removes a reader's article; returns the position it had.
    pub fn remove_own(&mut self, id: &str) -> Option<usize> {
        let at = self.own.iter().position(|o| o.article.id == id)?;
        self.own.remove(at);
        let mut weights = Weights::new(self.bundled());
        if let Some(f) = &self.frequencies {
            weights.set_frequencies(f.clone());
        }
        for own in &self.own {
            weights.add_own(&own.analysis);
        }
        self.weights = weights;
        Some(at + self.bundled())
    }
}
