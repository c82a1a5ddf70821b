//! The overlap of two analysed articles, explained.
//!
//! Each article is a vector of weighted items (entities and terms, TF-IDF over the
//! corpus). The similarity is the cosine of the two vectors, which is a sum over the
//! shared items only: each shared item's term of that sum is its *contribution*, so the
//! score is exactly explained by the items listed. Alongside: the items each side has
//! alone ([`Distinctive`]), the [`passages`] both contain, and [`themes`] grouping the
//! shared items. Every occurrence to highlight comes with its byte range.

pub mod passages;
pub mod themes;

use crate::analysis::Analysis;
use crate::corpus::{Corpus, entity_key, term_key};
use crate::entities::EntityKind;
use crate::ingest::Article;
use passages::{Passage, shared_passages};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use themes::{Theme, ThemeItem, find_themes};

/// How many distinctive items each side lists.
const DISTINCTIVE_LIMIT: usize = 12;
/// How many items the explanation names.
const EXPLANATION_LIMIT: usize = 8;

/// An entity both articles mention.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SharedEntity {
    /// Canonical name.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Mentions in the left article.
    pub left_count: usize,
    /// Mentions in the right article.
    pub right_count: usize,
    /// Its contribution to the similarity.
    pub weight: f64,
    /// Key linking it to its highlights and theme.
    pub key: String,
    /// Index of its theme, if it has one.
    pub theme: Option<usize>,
}

/// A term (word or phrase) both articles use.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SharedTerm {
    /// The term in the reader's words.
    pub term: String,
    /// Occurrences in the left article.
    pub left_count: usize,
    /// Occurrences in the right article.
    pub right_count: usize,
    /// Its contribution to the similarity.
    pub weight: f64,
    /// True for a two-word phrase.
    pub phrase: bool,
    /// Key linking it to its highlights and theme.
    pub key: String,
    /// Index of its theme, if it has one.
    pub theme: Option<usize>,
}

/// An item only one side has.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DistinctiveItem {
    /// The term or entity name.
    pub term: String,
    /// "term", or the entity's kind.
    pub kind: &'static str,
    /// How often that side uses it.
    pub count: usize,
    /// Its TF-IDF weight in that article.
    pub weight: f64,
}

/// What each side says that the other does not, heaviest first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Distinctive {
    /// Only in the left article.
    pub left: Vec<DistinctiveItem>,
    /// Only in the right article.
    pub right: Vec<DistinctiveItem>,
}

/// One shared item's part in the similarity.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contribution {
    /// The item in the reader's words.
    pub label: String,
    /// Key of the item.
    pub key: String,
    /// Its share of the similarity, 0 to 1 (the shares of all shared items add up to 1).
    pub share: f64,
}

/// What a highlight marks, which decides its colour and cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    /// A person.
    Person,
    /// An organisation.
    Organization,
    /// A place.
    Place,
    /// Another named thing.
    Other,
    /// A shared term.
    Term,
    /// A shared passage.
    Passage,
}

impl From<EntityKind> for Layer {
    fn from(kind: EntityKind) -> Layer {
        match kind {
            EntityKind::Person => Layer::Person,
            EntityKind::Organization => Layer::Organization,
            EntityKind::Place => Layer::Place,
            EntityKind::Other => Layer::Other,
        }
    }
}

/// One stretch of a paragraph to highlight.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Highlight {
    /// Index of the paragraph in the article's body.
    pub paragraph: usize,
    /// Byte range inside that paragraph, on character boundaries.
    pub range: Range<usize>,
    /// The item it belongs to: the same key marks its occurrences in both panes.
    pub key: String,
    /// What it marks.
    pub layer: Layer,
    /// The item in the reader's words ("Russia (demonym)", "sanctions").
    pub label: String,
    /// The theme of the item, if any.
    pub theme: Option<usize>,
    /// True when the other article has the item too.
    pub shared: bool,
}

/// The overlap of two articles.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// Id of the left article.
    pub left: String,
    /// Id of the right article.
    pub right: String,
    /// Cosine similarity of the weighted items, 0 to 1.
    pub similarity: f64,
    /// The shared items that make up most of the similarity, heaviest first.
    pub explanation: Vec<Contribution>,
    /// Entities both mention, heaviest first.
    pub shared_entities: Vec<SharedEntity>,
    /// Terms both use, heaviest first.
    pub shared_terms: Vec<SharedTerm>,
    /// What each side has alone.
    pub distinctive: Distinctive,
    /// Groups of shared items used together.
    pub themes: Vec<Theme>,
    /// Runs of words both contain, longest first.
    pub passages: Vec<Passage>,
    /// What to highlight in the left article, in reading order.
    pub left_highlights: Vec<Highlight>,
    /// What to highlight in the right article, in reading order.
    pub right_highlights: Vec<Highlight>,
}

impl Comparison {
    /// The same comparison with the sides swapped.
    pub fn swapped(self) -> Comparison {
        let swap_counts = |(l, r): (usize, usize)| (r, l);
        Comparison {
            left: self.right,
            right: self.left,
            shared_entities: self
                .shared_entities
                .into_iter()
                .map(|e| {
                    let (left_count, right_count) = swap_counts((e.left_count, e.right_count));
                    SharedEntity {
                        left_count,
                        right_count,
                        ..e
                    }
                })
                .collect(),
            shared_terms: self
                .shared_terms
                .into_iter()
                .map(|t| {
                    let (left_count, right_count) = swap_counts((t.left_count, t.right_count));
                    SharedTerm {
                        left_count,
                        right_count,
                        ..t
                    }
                })
                .collect(),
            distinctive: Distinctive {
                left: self.distinctive.right,
                right: self.distinctive.left,
            },
            passages: self.passages.into_iter().map(Passage::swapped).collect(),
            left_highlights: self.right_highlights,
            right_highlights: self.left_highlights,
            ..self
        }
    }
}

/// Compares two articles on their own, with just the two as background for the weights.
pub fn compare(left: &Article, right: &Article) -> Comparison {
    // Always analyse in one order, so that swapping the sides only swaps the result.
    let swap = (&right.id, &right.body) < (&left.id, &left.body);
    let (first, second) = if swap { (right, left) } else { (left, right) };
    let corpus = Corpus::new(vec![first.clone(), second.clone()]);
    let analyses = corpus.analyses();
    let comparison = compare_analyses(&corpus, (first, &analyses[0]), (second, &analyses[1]));
    if swap {
        comparison.swapped()
    } else {
        comparison
    }
}

/// One weighted item of one article.
struct Item {
    label: String,
    kind: Option<EntityKind>,
    phrase: bool,
    count: usize,
    weight: f64,
    sentences: Vec<usize>,
}

fn items(corpus: &Corpus, analysis: &Analysis) -> BTreeMap<String, Item> {
    let mut items = BTreeMap::new();
    for entity in &analysis.entities {
        let key = entity_key(&entity.name);
        let weight = corpus.weight(&key, entity.count);
        let sentences = entity.occurrences.iter().map(|o| o.sentence).collect();
        items.insert(
            key,
            Item {
                label: entity.name.clone(),
                kind: Some(entity.kind),
                phrase: false,
                count: entity.count,
                weight,
                sentences,
            },
        );
    }
    for term in &analysis.terms {
        let key = term_key(&term.key);
        let count = term.occurrences.len();
        let weight = corpus.weight(&key, count);
        let sentences = term.occurrences.iter().map(|o| o.sentence).collect();
        items.insert(
            key,
            Item {
                label: term.term.clone(),
                kind: None,
                phrase: term.phrase,
                count,
                weight,
                sentences,
            },
        );
    }
    items
}

/// Compares two analysed articles of `corpus`.
pub(crate) fn compare_analyses(
    corpus: &Corpus,
    (left, left_analysis): (&Article, &Analysis),
    (right, right_analysis): (&Article, &Analysis),
) -> Comparison {
    let left_items = items(corpus, left_analysis);
    let right_items = items(corpus, right_analysis);
    let norm = |items: &BTreeMap<String, Item>| {
        items
            .values()
            .map(|i| i.weight * i.weight)
            .sum::<f64>()
            .sqrt()
    };
    let (left_norm, right_norm) = (norm(&left_items), norm(&right_items));

    // Shared items with their contribution to the cosine, heaviest first.
    let mut shared: Vec<(&String, &Item, &Item, f64)> = left_items
        .iter()
        .filter_map(|(key, l)| {
            let r = right_items.get(key)?;
            let contribution = if left_norm > 0.0 && right_norm > 0.0 {
                l.weight * r.weight / (left_norm * right_norm)
            } else {
                0.0
            };
            Some((key, l, r, contribution))
        })
        .collect();
    shared.sort_by(|a, b| b.3.total_cmp(&a.3).then_with(|| a.0.cmp(b.0)));
    let similarity = shared.iter().map(|s| s.3).sum::<f64>().clamp(0.0, 1.0);

    let theme_items: Vec<ThemeItem> = shared
        .iter()
        .map(|(key, l, r, _)| {
            let mut sentences: Vec<(u8, usize)> = l
                .sentences
                .iter()
                .map(|&s| (0, s))
                .chain(r.sentences.iter().map(|&s| (1, s)))
                .collect();
            sentences.sort_unstable();
            sentences.dedup();
            ThemeItem {
                key: (*key).clone(),
                label: l.label.clone(),
                sentences,
            }
        })
        .collect();
    let themes = find_themes(&theme_items);
    let theme_of: HashMap<&str, usize> = themes
        .iter()
        .enumerate()
        .flat_map(|(i, t)| t.keys.iter().map(move |k| (k.as_str(), i)))
        .collect();

    let explanation = shared
        .iter()
        .take(EXPLANATION_LIMIT)
        .map(|(key, l, _, contribution)| Contribution {
            label: l.label.clone(),
            key: (*key).clone(),
            share: if similarity > 0.0 {
                contribution / similarity
            } else {
                0.0
            },
        })
        .collect();
    let shared_entities = shared
        .iter()
        .filter_map(|(key, l, r, contribution)| {
            Some(SharedEntity {
                name: l.label.clone(),
                kind: l.kind?,
                left_count: l.count,
                right_count: r.count,
                weight: *contribution,
                key: (*key).clone(),
                theme: theme_of.get(key.as_str()).copied(),
            })
        })
        .collect();
    let shared_terms = shared
        .iter()
        .filter(|(_, l, _, _)| l.kind.is_none())
        .map(|(key, l, r, contribution)| SharedTerm {
            term: l.label.clone(),
            left_count: l.count,
            right_count: r.count,
            weight: *contribution,
            phrase: l.phrase,
            key: (*key).clone(),
            theme: theme_of.get(key.as_str()).copied(),
        })
        .collect();
    let distinctive = Distinctive {
        left: distinctive(&left_items, &right_items),
        right: distinctive(&right_items, &left_items),
    };
    let passages = shared_passages(&left_analysis.passages, &right_analysis.passages);

    let shared_keys: HashMap<&str, Option<usize>> = shared
        .iter()
        .map(|(key, ..)| (key.as_str(), theme_of.get(key.as_str()).copied()))
        .collect();
    let left_highlights = highlights(left_analysis, &shared_keys, &passages, Side::Left);
    let right_highlights = highlights(right_analysis, &shared_keys, &passages, Side::Right);

    Comparison {
        left: left.id.clone(),
        right: right.id.clone(),
        similarity,
        explanation,
        shared_entities,
        shared_terms,
        distinctive,
        themes,
        passages,
        left_highlights,
        right_highlights,
    }
}

fn distinctive(
    own: &BTreeMap<String, Item>,
    other: &BTreeMap<String, Item>,
) -> Vec<DistinctiveItem> {
    let mut alone: Vec<DistinctiveItem> = own
        .iter()
        .filter(|(key, item)| !other.contains_key(*key) && (!item.phrase || item.count >= 2))
        .map(|(_, item)| DistinctiveItem {
            term: item.label.clone(),
            kind: item.kind.map_or("term", EntityKind::label),
            count: item.count,
            weight: item.weight,
        })
        .collect();
    alone.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| a.term.cmp(&b.term))
    });
    alone.truncate(DISTINCTIVE_LIMIT);
    alone
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

/// Every entity of the article (shared or not), its shared terms, and the passages.
fn highlights(
    analysis: &Analysis,
    shared: &HashMap<&str, Option<usize>>,
    passages: &[Passage],
    side: Side,
) -> Vec<Highlight> {
    let mut found = Vec::new();
    for entity in &analysis.entities {
        let key = entity_key(&entity.name);
        let theme = shared.get(key.as_str()).copied().flatten();
        let is_shared = shared.contains_key(key.as_str());
        for occurrence in &entity.occurrences {
            let label = if occurrence.demonym {
                format!("{} (demonym)", entity.name)
            } else {
                entity.name.clone()
            };
            found.push(Highlight {
                paragraph: occurrence.paragraph,
                range: occurrence.range.clone(),
                key: key.clone(),
                layer: entity.kind.into(),
                label,
                theme,
                shared: is_shared,
            });
        }
    }
    // Shared phrases are highlighted whole; their words are not marked again inside them.
    let mut phrase_spans: Vec<(usize, Range<usize>)> = Vec::new();
    let mut shared_terms: Vec<_> = analysis
        .terms
        .iter()
        .filter(|t| shared.contains_key(term_key(&t.key).as_str()))
        .collect();
    shared_terms.sort_by_key(|t| !t.phrase);
    for term in shared_terms {
        let key = term_key(&term.key);
        let theme = shared.get(key.as_str()).copied().flatten();
        for occurrence in &term.occurrences {
            let inside_phrase = phrase_spans.iter().any(|(p, r)| {
                *p == occurrence.paragraph
                    && r.start <= occurrence.range.start
                    && occurrence.range.end <= r.end
            });
            if inside_phrase {
                continue;
            }
            if term.phrase {
                phrase_spans.push((occurrence.paragraph, occurrence.range.clone()));
            }
            found.push(Highlight {
                paragraph: occurrence.paragraph,
                range: occurrence.range.clone(),
                key: key.clone(),
                layer: Layer::Term,
                label: term.term.clone(),
                theme,
                shared: true,
            });
        }
    }
    for (i, passage) in passages.iter().enumerate() {
        let (paragraph, range) = match side {
            Side::Left => (passage.left_paragraph, passage.left_range.clone()),
            Side::Right => (passage.right_paragraph, passage.right_range.clone()),
        };
        found.push(Highlight {
            paragraph,
            range,
            key: format!("passage:{i}"),
            layer: Layer::Passage,
            label: if passage.quote {
                "shared quotation".to_string()
            } else {
                "shared passage".to_string()
            },
            theme: None,
            shared: true,
        });
    }
    found.sort_by(|a, b| {
        (
            a.paragraph,
            a.range.start,
            std::cmp::Reverse(a.range.end),
            &a.key,
        )
            .cmp(&(
                b.paragraph,
                b.range.start,
                std::cmp::Reverse(b.range.end),
                &b.key,
            ))
    });
    found
}

#[cfg(test)]
mod tests;
