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
use crate::entities::EntityKind;
use crate::ingest::Article;
use crate::order;
use passages::{Passage, shared_passages};
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;
use themes::{Theme, ThemeItem, find_themes};

/// How many distinctive items each side lists.
const DISTINCTIVE_LIMIT: usize = 12;
/// How many items the explanation names.
const EXPLANATION_LIMIT: usize = 8;
/// How many shared terms are marked in the text, heaviest first: past a few dozen, the
/// marks of minor words drown the ones that matter. The comparison lists them all.
const MARKED_TERMS: usize = 30;

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
    /// (Shared, not copied: an item has many occurrences.)
    pub key: Arc<str>,
    /// What it marks.
    pub layer: Layer,
    /// The item in the reader's words ("Russia (demonym)", "sanctions").
    pub label: Arc<str>,
    /// The theme of the item, if any.
    pub theme: Option<usize>,
    /// True when the other article has the item too.
    pub shared: bool,
    /// Marked in the calm view, before the reader asks for every mark: the first mention
    /// in its paragraph of a name both articles use, or of a shared theme's label or
    /// phrase.
    pub calm: bool,
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

/// The key under which an entity is counted: its canonical name.
pub(crate) fn entity_key(name: &str) -> String {
    format!("entity:{name}")
}

/// The key under which a term is counted: its stem(s).
pub(crate) fn term_key(key: &str) -> String {
    format!("term:{key}")
}

/// One weighted item of one article: an entity or a term, with its TF-IDF weight.
#[derive(Clone, Debug)]
pub(crate) struct Item {
    pub(crate) key: Arc<str>,
    /// Where the item comes from in its article's analysis.
    source: Source,
    pub(crate) label: Arc<str>,
    pub(crate) kind: Option<EntityKind>,
    pub(crate) phrase: bool,
    pub(crate) count: usize,
    pub(crate) weight: f64,
    pub(crate) sentences: Vec<usize>,
}

/// The entity or term of an analysis that an item stands for (its index).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Entity(usize),
    Term(usize),
}

/// An article as a vector of weighted items, sorted by key, computed once per corpus.
#[derive(Clone, Debug, Default)]
pub(crate) struct ItemVector {
    pub(crate) items: Vec<Item>,
    pub(crate) norm: f64,
}

impl ItemVector {
    /// The article's items, weighted by `weight(key, count)`.
    pub(crate) fn new(weight: impl Fn(&str, usize) -> f64, analysis: &Analysis) -> ItemVector {
        let mut items = Vec::with_capacity(analysis.entities.len() + analysis.terms.len());
        for (index, entity) in analysis.entities.iter().enumerate() {
            let key = entity_key(&entity.name);
            items.push(Item {
                source: Source::Entity(index),
                weight: weight(&key, entity.count),
                key: key.into(),
                label: entity.name.as_str().into(),
                kind: Some(entity.kind),
                phrase: false,
                count: entity.count,
                sentences: entity.occurrences.iter().map(|o| o.sentence).collect(),
            });
        }
        for (index, term) in analysis.terms.iter().enumerate() {
            let key = term_key(&term.key);
            let count = term.occurrences.len();
            items.push(Item {
                source: Source::Term(index),
                weight: weight(&key, count),
                key: key.into(),
                label: term.term.as_str().into(),
                kind: None,
                phrase: term.phrase,
                count,
                sentences: term.occurrences.iter().map(|o| o.sentence).collect(),
            });
        }
        order::sort_by(&mut items, |a, b| a.key.cmp(&b.key));
        items.dedup_by(|a, b| a.key == b.key);
        let norm = items
            .iter()
            .map(|i| i.weight * i.weight)
            .sum::<f64>()
            .sqrt();
        ItemVector { items, norm }
    }
}

impl ItemVector {
    /// The items' keys and weights, by key.
    pub(crate) fn weighted(&self) -> impl Iterator<Item = (&str, f64)> {
        self.items.iter().map(|i| (&*i.key, i.weight))
    }
}

/// Pairs of (left, right) item indices with the same key, by a merge of the sorted lists.
fn shared_items(left: &ItemVector, right: &ItemVector) -> Vec<(usize, usize)> {
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < left.items.len() && j < right.items.len() {
        match left.items[i].key.cmp(&right.items[j].key) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                pairs.push((i, j));
                i += 1;
                j += 1;
            }
        }
    }
    pairs
}

/// A shared item: its key, the left and right items, and its contribution to the
/// cosine.
type SharedItem<'a> = (&'a Arc<str>, &'a Item, &'a Item, f64);

/// The shared items with their contribution to the cosine, heaviest first.
fn contributions<'a>(
    left: &'a ItemVector,
    right: &'a ItemVector,
    pairs: &[(usize, usize)],
) -> Vec<SharedItem<'a>> {
    let denominator = left.norm * right.norm;
    let mut shared: Vec<SharedItem<'a>> = pairs
        .iter()
        .map(|&(i, j)| {
            let (l, r) = (&left.items[i], &right.items[j]);
            let contribution = if denominator > 0.0 {
                l.weight * r.weight / denominator
            } else {
                0.0
            };
            (&l.key, l, r, contribution)
        })
        .collect();
    order::sort_by(&mut shared, |a, b| {
        b.3.total_cmp(&a.3).then_with(|| a.0.cmp(b.0))
    });
    shared
}

/// The similarity: the sum of the contributions, in their order (so that it is the
/// same number however it is asked for).
fn cosine(shared: &[SharedItem<'_>]) -> f64 {
    shared.iter().map(|s| s.3).sum::<f64>().clamp(0.0, 1.0)
}

/// The similarity of two articles' item vectors, without the rest of a comparison.
pub(crate) fn similarity(left: &ItemVector, right: &ItemVector) -> f64 {
    cosine(&contributions(left, right, &shared_items(left, right)))
}

/// Compares two analysed articles of `corpus`.
pub(crate) fn compare_analyses(
    (left, left_analysis, left_items): (&Article, &Analysis, &ItemVector),
    (right, right_analysis, right_items): (&Article, &Analysis, &ItemVector),
) -> Comparison {
    let pairs = shared_items(left_items, right_items);
    let shared = contributions(left_items, right_items, &pairs);
    let similarity = cosine(&shared);

    let theme_items: Vec<ThemeItem> = shared
        .iter()
        .map(|(key, l, r, contribution)| {
            let mut sentences: Vec<(u8, usize)> = l
                .sentences
                .iter()
                .map(|&s| (0, s))
                .chain(r.sentences.iter().map(|&s| (1, s)))
                .collect();
            order::sort(&mut sentences);
            sentences.dedup();
            ThemeItem {
                key: key.to_string(),
                label: l.label.to_string(),
                sentences,
                weight: *contribution,
                phrase: l.phrase || l.kind.is_some(),
            }
        })
        .collect();
    let themes = find_themes(&theme_items);
    let theme_of: HashMap<&str, usize> = themes
        .iter()
        .enumerate()
        .flat_map(|(i, t)| t.keys.iter().map(move |k| (k.as_str(), i)))
        .collect();

    let theme_for = |key: &str| theme_of.get(key).copied();
    let explanation = shared
        .iter()
        .take(EXPLANATION_LIMIT)
        .map(|(key, l, _, contribution)| Contribution {
            label: l.label.to_string(),
            key: key.to_string(),
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
                name: l.label.to_string(),
                kind: l.kind?,
                left_count: l.count,
                right_count: r.count,
                weight: *contribution,
                key: key.to_string(),
                theme: theme_for(key),
            })
        })
        .collect();
    let shared_terms = shared
        .iter()
        .filter(|(_, l, _, _)| l.kind.is_none())
        .map(|(key, l, r, contribution)| SharedTerm {
            term: l.label.to_string(),
            left_count: l.count,
            right_count: r.count,
            weight: *contribution,
            phrase: l.phrase,
            key: key.to_string(),
            theme: theme_for(key),
        })
        .collect();
    let (left_indices, right_indices): (Vec<usize>, Vec<usize>) = pairs.iter().copied().unzip();
    let distinctive = Distinctive {
        left: distinctive(left_items, &left_indices),
        right: distinctive(right_items, &right_indices),
    };
    let passages = shared_passages(&left_analysis.passages, &right_analysis.passages);

    // Marked: every shared entity, and the heaviest shared terms (`shared` is by weight).
    let marked: Vec<&(&Arc<str>, &Item, &Item, f64)> = shared
        .iter()
        .filter(|(_, l, _, _)| l.kind.is_some())
        .chain(
            shared
                .iter()
                .filter(|(_, l, _, _)| l.kind.is_none())
                .take(MARKED_TERMS),
        )
        .collect();
    let left_shared: Vec<(&Item, Option<usize>)> = marked
        .iter()
        .map(|(_, l, _, _)| (*l, theme_for(&l.key)))
        .collect();
    let right_shared: Vec<(&Item, Option<usize>)> = marked
        .iter()
        .map(|(_, _, r, _)| (*r, theme_for(&r.key)))
        .collect();
    // Each theme's labelled member (its first key): marked in the calm view.
    let theme_labels: Vec<&str> = themes
        .iter()
        .filter_map(|t| t.keys.first().map(String::as_str))
        .collect();
    let left_highlights = highlights(
        left_analysis,
        left_items,
        &left_shared,
        &passages,
        &theme_labels,
        Side::Left,
    );
    let right_highlights = highlights(
        right_analysis,
        right_items,
        &right_shared,
        &passages,
        &theme_labels,
        Side::Right,
    );

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

/// The heaviest items of `own` that are not shared (`shared`: sorted indices).
fn distinctive(own: &ItemVector, shared: &[usize]) -> Vec<DistinctiveItem> {
    let heavier = |a: &Item, b: &Item| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| a.label.cmp(&b.label))
    };
    // The few heaviest, kept in order as the items go by: an article has hundreds of
    // items, and sorting them all on every comparison would cost more than the rest.
    let mut alone: Vec<&Item> = Vec::with_capacity(DISTINCTIVE_LIMIT + 1);
    for (i, item) in own.items.iter().enumerate() {
        if shared.binary_search(&i).is_ok() || (item.phrase && item.count < 2) {
            continue;
        }
        let at = alone.partition_point(|kept| heavier(kept, item).is_le());
        if at < DISTINCTIVE_LIMIT {
            alone.insert(at, item);
            alone.truncate(DISTINCTIVE_LIMIT);
        }
    }
    alone
        .into_iter()
        .map(|item| DistinctiveItem {
            term: item.label.to_string(),
            kind: item.kind.map_or("term", EntityKind::label),
            count: item.count,
            weight: item.weight,
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

/// Every entity of the article (shared or not), its shared terms, and the passages.
/// `shared` lists the article's shared items with their themes.
fn highlights(
    analysis: &Analysis,
    items: &ItemVector,
    shared: &[(&Item, Option<usize>)],
    passages: &[Passage],
    theme_labels: &[&str],
    side: Side,
) -> Vec<Highlight> {
    let mut found = Vec::new();
    // Per entity: its item, and None if only this article has it, else Some(its theme).
    let mut entity_item: Vec<Option<&Item>> = vec![None; analysis.entities.len()];
    for item in &items.items {
        if let Source::Entity(i) = item.source
            && let Some(slot) = entity_item.get_mut(i)
        {
            *slot = Some(item);
        }
    }
    let mut entity_shared: Vec<Option<Option<usize>>> = vec![None; analysis.entities.len()];
    let mut shared_terms: Vec<(&crate::terms::Term, &Item, Option<usize>)> = Vec::new();
    for &(item, theme) in shared {
        match item.source {
            Source::Entity(i) => {
                if let Some(slot) = entity_shared.get_mut(i) {
                    *slot = Some(theme);
                }
            }
            Source::Term(i) => {
                if let Some(term) = analysis.terms.get(i) {
                    shared_terms.push((term, item, theme));
                }
            }
        }
    }
    for ((entity, item), sharing) in analysis
        .entities
        .iter()
        .zip(&entity_item)
        .zip(&entity_shared)
    {
        let Some(item) = item else { continue };
        let demonym_label: Option<Arc<str>> = entity
            .occurrences
            .iter()
            .any(|o| o.demonym)
            .then(|| format!("{} (demonym)", entity.name).into());
        for occurrence in &entity.occurrences {
            let label = match (&demonym_label, occurrence.demonym) {
                (Some(demonym), true) => demonym.clone(),
                _ => item.label.clone(),
            };
            found.push(Highlight {
                paragraph: occurrence.paragraph,
                range: occurrence.range.clone(),
                key: item.key.clone(),
                layer: entity.kind.into(),
                label,
                theme: sharing.flatten(),
                shared: sharing.is_some(),
                calm: false,
            });
        }
    }
    // Shared phrases are highlighted whole; their words are not marked again inside them.
    let mut phrase_spans: Vec<(usize, Range<usize>)> = shared_terms
        .iter()
        .filter(|(t, _, _)| t.phrase)
        .flat_map(|(t, _, _)| t.occurrences.iter().map(|o| (o.paragraph, o.range.clone())))
        .collect();
    order::sort_by_key(&mut phrase_spans, |(p, r)| (*p, r.start, r.end));
    let inside_phrase = |paragraph: usize, range: &Range<usize>| {
        let i = phrase_spans.partition_point(|(p, r)| (*p, r.start) <= (paragraph, range.start));
        phrase_spans[..i]
            .iter()
            .rev()
            .take_while(|(p, _)| *p == paragraph)
            .any(|(_, r)| range.end <= r.end)
    };
    for (term, item, theme) in shared_terms {
        for occurrence in &term.occurrences {
            if !term.phrase && inside_phrase(occurrence.paragraph, &occurrence.range) {
                continue;
            }
            found.push(Highlight {
                paragraph: occurrence.paragraph,
                range: occurrence.range.clone(),
                key: item.key.clone(),
                layer: Layer::Term,
                label: item.label.clone(),
                theme,
                shared: true,
                calm: false,
            });
        }
    }
    let (passage_label, quote_label): (Arc<str>, Arc<str>) =
        ("shared passage".into(), "shared quotation".into());
    for (i, passage) in passages.iter().enumerate() {
        let (paragraph, range) = match side {
            Side::Left => (passage.left_paragraph, passage.left_range.clone()),
            Side::Right => (passage.right_paragraph, passage.right_range.clone()),
        };
        found.push(Highlight {
            paragraph,
            range,
            key: format!("passage:{i}").into(),
            layer: Layer::Passage,
            label: if passage.quote {
                quote_label.clone()
            } else {
                passage_label.clone()
            },
            theme: None,
            shared: true,
            calm: false,
        });
    }
    // Reading order, longest first where two start together. The sort is stable, so
    // ties keep the (deterministic) order in which they were found.
    order::sort_by_key(&mut found, |h| {
        (h.paragraph, h.range.start, std::cmp::Reverse(h.range.end))
    });
    // The calm view: a name both use, or a theme's label or phrase, once a paragraph.
    let mut seen: Vec<Arc<str>> = Vec::new();
    let mut paragraph = usize::MAX;
    for h in &mut found {
        if h.paragraph != paragraph {
            seen.clear();
            paragraph = h.paragraph;
        }
        let wanted = match h.layer {
            Layer::Passage => false,
            Layer::Term => {
                h.theme.is_some() && (h.label.contains(' ') || theme_labels.contains(&&*h.key))
            }
            _ => h.shared,
        };
        if wanted && !seen.contains(&h.key) {
            h.calm = true;
            seen.push(h.key.clone());
        }
    }
    found
}

#[cfg(test)]
mod tests;
