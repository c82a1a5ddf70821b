//! The corpus as the build writes it and the page reads it, at the scale of a
//! newsroom's archive.
//!
//! The build ([`Archive::build`]) cleans and analyses every article once, natively. The
//! page never analyses a bundled article again: it fetches the [`Index`] first (every
//! article's metadata, its story and its neighbours), then one [`Stored`] article when
//! it is opened or compared. A stored article carries the document frequency of each
//! of its items, so the page weighs two of them exactly as the whole corpus would,
//! without holding the corpus. A reader's own article joins those weights through
//! [`Weights`], with the [`Frequencies`] of every item of the corpus, which the page
//! fetches only then.

use crate::analysis::Analysis;
use crate::compare::passages::PassageIndex;
use crate::compare::{Comparison, ItemVector, compare_analyses};
use crate::corpus::{Corpus, item_keys, weight};
use crate::coverage::{Coverage, cover};
use crate::entities::{Entity, EntityKind, KnownPeople};
use crate::ingest::Article;
use crate::stories::{NEIGHBOURS, neighbours, stories};
use crate::terms::Term;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;

/// The version of the files' shape; the page refuses files of another.
pub const FORMAT: u32 = 1;
/// How many of an article's names the index keeps for searching.
const INDEX_NAMES: usize = 8;
/// The most articles a story's heat map shows.
pub const STORY_MAP: usize = 20;

/// What the page loads first: every article's metadata, story and neighbours.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// [`FORMAT`].
    pub format: u32,
    /// The articles, in the order of their files' names.
    pub articles: Vec<Entry>,
    /// The stories, earliest first (undated last).
    pub stories: Vec<Story>,
}

/// One article of the [`Index`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The article's id (its capture's file name without extension); its data is
    /// `articles/ID.json`.
    pub id: String,
    /// The headline, when the capture has one.
    pub title: Option<String>,
    /// Without a headline, the body's first words, which name it instead.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub opening: String,
    /// The outlet, when the capture states it.
    pub outlet: Option<String>,
    /// The author, when there is a byline.
    pub author: Option<String>,
    /// The date, ISO 8601.
    pub date: Option<String>,
    /// When day and month could be either way round, the other reading of the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_alternative: Option<String>,
    /// The body's length in words.
    pub words: usize,
    /// Its story's index in [`Index::stories`].
    pub story: usize,
    /// Its most mentioned names, for searching.
    pub names: Vec<String>,
    /// Its most similar articles: (index, similarity in percent as the pair view
    /// rounds it), most similar first.
    pub similar: Vec<(usize, u8)>,
}

/// Articles about one event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// What the story is called: the headline of its most central article.
    pub title: String,
    /// Its articles, by date.
    pub articles: Vec<usize>,
    /// The date of its first dated article.
    pub first: Option<String>,
    /// The date of its last dated article.
    pub last: Option<String>,
    /// The articles its heat map shows (its [`STORY_MAP`] most central), by date.
    pub map: Vec<usize>,
    /// The similarity in percent of every pair of `map`, row by row above the
    /// diagonal: (0,1), (0,2), …, (1,2), ….
    pub similarities: Vec<u8>,
    /// The most similar pair of `map`.
    pub pair: Option<(usize, usize)>,
}

/// One article as the page fetches it: the cleaned article and its analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    /// [`FORMAT`].
    pub format: u32,
    /// Metadata, body, chrome.
    pub article: Article,
    /// Its entities.
    pub entities: Vec<Entity>,
    /// Its terms.
    pub terms: Vec<Term>,
    /// How many sentences the body has.
    pub sentences: usize,
    /// For each entity, then each term, how many articles of the corpus have it.
    pub frequencies: Vec<u32>,
}

/// How many articles of the corpus have each item: what a reader's own article needs
/// to be weighed against the corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Frequencies {
    /// [`FORMAT`].
    pub format: u32,
    /// How many articles the corpus has.
    pub articles: usize,
    /// Item key → number of articles that have it.
    pub items: HashMap<String, u32>,
    /// The people named in full in the corpus, with their mentions: a reader's article
    /// that names one by surname alone ("Putin") is resolved with them.
    pub people: Vec<(String, u32)>,
}

/// The whole corpus, written once by the build.
pub struct Archive {
    /// The index.
    pub index: Index,
    /// Every article's data, in the order of the index.
    pub stored: Vec<Stored>,
    /// Every item's document frequency.
    pub frequencies: Frequencies,
}

impl Archive {
    /// The index, stories, neighbours and stored articles of an analysed corpus.
    pub fn build(corpus: &Corpus) -> Archive {
        let neighbours = neighbours(corpus, NEIGHBOURS);
        let groups = stories(&neighbours);
        let mut stories: Vec<Story> = groups.iter().map(|g| story(corpus, g)).collect();
        stories.sort_by(|a, b| {
            let key = |s: &Story| {
                (
                    s.first.is_none(),
                    s.first.clone(),
                    s.articles.first().copied(),
                )
            };
            key(a).cmp(&key(b))
        });
        let mut story_of = vec![0; corpus.len()];
        for (position, story) in stories.iter().enumerate() {
            for &a in &story.articles {
                story_of[a] = position;
            }
        }
        let articles = corpus
            .articles()
            .iter()
            .zip(corpus.analyses())
            .enumerate()
            .map(|(i, (article, analysis))| Entry {
                id: article.id.clone(),
                title: article.title.clone(),
                opening: if article.title.is_some() {
                    String::new()
                } else {
                    opening(article)
                },
                outlet: article.outlet.clone(),
                author: article.author.clone(),
                date: article.date.clone(),
                date_alternative: article
                    .date_alternative
                    .clone()
                    .filter(|_| article.date_ambiguous),
                words: article
                    .body
                    .iter()
                    .map(|p| p.split_whitespace().count())
                    .sum(),
                story: story_of[i],
                names: analysis
                    .entities
                    .iter()
                    .take(INDEX_NAMES)
                    .map(|e| e.name.clone())
                    .collect(),
                similar: neighbours[i]
                    .iter()
                    .map(|n| (n.article, rounded(n.similarity)))
                    .collect(),
            })
            .collect();
        let stored = corpus
            .articles()
            .iter()
            .zip(corpus.analyses())
            .map(|(article, analysis)| Stored {
                format: FORMAT,
                article: article.clone(),
                entities: analysis.entities.clone(),
                terms: analysis.terms.clone(),
                sentences: analysis.sentence_count,
                frequencies: item_keys(analysis)
                    .map(|key| corpus.frequency(&key) as u32)
                    .collect(),
            })
            .collect();
        let frequencies = Frequencies {
            format: FORMAT,
            articles: corpus.len(),
            items: corpus
                .frequencies()
                .map(|(key, n)| (key.to_string(), n as u32))
                .collect(),
            people: people(corpus),
        };
        Archive {
            index: Index {
                format: FORMAT,
                articles,
                stories,
            },
            stored,
            frequencies,
        }
    }
}

/// Every person of the corpus named in more than one word, with their mentions, by name.
fn people(corpus: &Corpus) -> Vec<(String, u32)> {
    let mut people: BTreeMap<&str, u32> = BTreeMap::new();
    for entity in corpus.analyses().iter().flat_map(|a| &a.entities) {
        if entity.kind == EntityKind::Person && entity.name.contains(' ') {
            *people.entry(&entity.name).or_default() += entity.count as u32;
        }
    }
    people
        .into_iter()
        .map(|(n, c)| (n.to_string(), c))
        .collect()
}

/// An article's first eight words.
fn opening(article: &Article) -> String {
    let first = article.body.first().map(String::as_str).unwrap_or_default();
    first
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A similarity in percent, rounded as the pair view shows it.
fn rounded(similarity: f64) -> u8 {
    crate::report::percent(similarity).min(100) as u8
}

/// One story of `articles` (indices, ascending).
fn story(corpus: &Corpus, articles: &[usize]) -> Story {
    let date = |i: usize| corpus.article(i).and_then(|a| a.date.clone());
    let by_date = |list: &mut Vec<usize>| {
        list.sort_by_key(|&i| (date(i).is_none(), date(i), i));
    };
    // Centrality: the summed similarity to the story's other articles. Past a few
    // hundred articles, against a sample of them, which ranks the same.
    let sample: Vec<usize> = articles.iter().copied().take(200).collect();
    let mut central: Vec<(usize, f64)> = articles
        .iter()
        .map(|&i| {
            let sum = sample
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| corpus.similarity(i, j).unwrap_or(0.0))
                .sum();
            (i, sum)
        })
        .collect();
    central.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let title = central
        .first()
        .and_then(|&(i, _)| corpus.article(i))
        .map(|a| a.title.clone().unwrap_or_else(|| a.id.clone()))
        .unwrap_or_default();
    let mut map: Vec<usize> = central.iter().take(STORY_MAP).map(|&(i, _)| i).collect();
    by_date(&mut map);
    let mut similarities = Vec::new();
    let mut pair: Option<(usize, usize, f64)> = None;
    for (a, &i) in map.iter().enumerate() {
        for &j in &map[a + 1..] {
            let s = corpus.similarity(i, j).unwrap_or(0.0);
            similarities.push(rounded(s));
            if pair.is_none_or(|(_, _, best)| s > best) {
                pair = Some((i, j, s));
            }
        }
    }
    let mut articles = articles.to_vec();
    by_date(&mut articles);
    let dates: Vec<String> = articles.iter().filter_map(|&i| date(i)).collect();
    Story {
        title,
        first: dates.iter().min().cloned(),
        last: dates.iter().max().cloned(),
        articles,
        map,
        similarities,
        pair: pair.map(|(i, j, _)| (i, j)),
    }
}

/// Why an article's data cannot be used: the file is named by the caller.
fn invalid(what: impl std::fmt::Display) -> String {
    format!("the data is damaged ({what})")
}

/// An article ready to compare: the article, its analysis, and, for a bundled one, how
/// many articles of the corpus have each of its items.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The cleaned article.
    pub article: Article,
    /// Its analysis.
    pub analysis: Analysis,
    /// Item key → document frequency in the bundled corpus; empty for a reader's own.
    bundled: HashMap<String, u32>,
}

impl Loaded {
    /// A bundled article as the page fetched it, checked: every range it gives must lie
    /// in its text, so that nothing can mark outside it.
    pub fn from_stored(stored: Stored) -> Result<Loaded, String> {
        if stored.format != FORMAT {
            return Err(invalid(format_args!(
                "format {}, where this page reads format {FORMAT}; rebuild the corpus",
                stored.format
            )));
        }
        let body = &stored.article.body;
        let fits = |paragraph: usize, range: &Range<usize>| {
            body.get(paragraph).is_some_and(|text| {
                range.start <= range.end
                    && text.is_char_boundary(range.start)
                    && text.is_char_boundary(range.end)
            })
        };
        let marked = stored
            .entities
            .iter()
            .flat_map(|e| {
                e.occurrences
                    .iter()
                    .map(move |o| (&e.name, o.paragraph, &o.range))
            })
            .chain(stored.terms.iter().flat_map(|t| {
                t.occurrences
                    .iter()
                    .map(move |o| (&t.term, o.paragraph, &o.range))
            }));
        for (name, paragraph, range) in marked {
            if !fits(paragraph, range) {
                return Err(invalid(format_args!(
                    "“{name}” is marked at {range:?} of paragraph {paragraph}, outside the text"
                )));
            }
        }
        let analysis = Analysis {
            passages: passage_index(body),
            entities: stored.entities,
            terms: stored.terms,
            sentence_count: stored.sentences,
        };
        let keys: Vec<String> = item_keys(&analysis).collect();
        if keys.len() != stored.frequencies.len() {
            return Err(invalid(format_args!(
                "{} items but {} frequencies",
                keys.len(),
                stored.frequencies.len()
            )));
        }
        Ok(Loaded {
            bundled: keys.into_iter().zip(stored.frequencies).collect(),
            article: stored.article,
            analysis,
        })
    }

    /// A reader's own article, analysed here; `known` holds the people named in full in
    /// the other articles at hand.
    pub fn own(article: Article, known: &KnownPeople) -> Loaded {
        Loaded {
            analysis: crate::analysis::analyze(&article, known),
            article,
            bundled: HashMap::default(),
        }
    }
}

/// The shared-passage index of a body: rebuilt from the text on loading, as it is
/// larger than the text itself and quick to make.
fn passage_index(body: &[String]) -> PassageIndex {
    let words: Vec<_> = body.iter().map(|p| crate::text::words(p)).collect();
    PassageIndex::new(body, &words)
}

/// What weighs the items of the articles at hand: the bundled corpus's document
/// frequencies, and the reader's own articles on top of them.
#[derive(Clone, Debug, Default)]
pub struct Weights {
    /// How many articles the build analysed.
    bundled: usize,
    /// Every item's frequency in the bundled corpus, once fetched.
    table: Option<std::sync::Arc<Frequencies>>,
    /// Item key → how many of the reader's articles have it.
    own: HashMap<String, u32>,
    /// How many of the reader's articles there are.
    own_articles: usize,
}

impl Weights {
    /// Weights over a bundled corpus of `bundled` articles.
    pub fn new(bundled: usize) -> Weights {
        Weights {
            bundled,
            ..Weights::default()
        }
    }

    /// Adds every item's frequency in the bundled corpus, which a reader's own
    /// article needs.
    pub fn set_frequencies(&mut self, frequencies: std::sync::Arc<Frequencies>) {
        self.table = Some(frequencies);
    }

    /// Whether [`Weights::set_frequencies`] was called.
    pub fn has_frequencies(&self) -> bool {
        self.table.is_some()
    }

    /// Counts a reader's own article in.
    pub fn add_own(&mut self, analysis: &Analysis) {
        for key in item_keys(analysis) {
            *self.own.entry(key).or_default() += 1;
        }
        self.own_articles += 1;
    }

    /// How many articles have the item `key` of `article`.
    fn frequency(&self, key: &str, article: &Loaded) -> usize {
        let bundled = article
            .bundled
            .get(key)
            .or_else(|| self.table.as_ref().and_then(|t| t.items.get(key)))
            .copied()
            .unwrap_or(0);
        (bundled + self.own.get(key).copied().unwrap_or(0)) as usize
    }

    fn vector(&self, article: &Loaded) -> ItemVector {
        let size = self.bundled + self.own_articles;
        ItemVector::new(
            |key, count| weight(count, self.frequency(key, article), size),
            &article.analysis,
        )
    }

    /// What the loaded articles cover, in their order, weighed as in the whole corpus.
    pub fn coverage(&self, articles: &[&Loaded]) -> Coverage {
        let vectors: Vec<ItemVector> = articles.iter().map(|a| self.vector(a)).collect();
        let members: Vec<_> = articles
            .iter()
            .zip(&vectors)
            .map(|(a, v)| (&a.article, &a.analysis, v))
            .collect();
        cover(&members)
    }

    /// Compares two loaded articles, weighed as in the whole corpus.
    pub fn compare(&self, left: &Loaded, right: &Loaded) -> Comparison {
        let (left_items, right_items) = (self.vector(left), self.vector(right));
        compare_analyses(
            (&left.article, &left.analysis, &left_items),
            (&right.article, &right.analysis, &right_items),
        )
    }
}
