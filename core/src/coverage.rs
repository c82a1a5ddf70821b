//! One story across several articles: what every report includes, what each leaves
//! out, which text they share and whom they quote.
//!
//! The [`Coverage`] of a set of articles (three to eight, as the page offers; any
//! number of two or more here) is:
//!
//! - a matrix of the entities and themes, one count per article, widest covered first;
//! - what only one article has, and what all articles but one have (the omissions);
//! - the passages several articles share, each with the articles that carry it and the
//!   one that had it first by date, told quotation from copied prose as the pair view
//!   does;
//! - the quotations several articles print, with their speaker ([`crate::quotes`]), and
//!   the wordings where articles quote one speaker differently.
//!
//! An item's weight in the set is its share of the sum of the pairwise similarities:
//! with `u_i` its TF-IDF weight over article `i`'s norm, `Σ_{i<j} u_i u_j`. An item
//! only one article has weighs nothing in it, just as in a pair.

use crate::analysis::Analysis;
use crate::compare::passages::{Passage, shared_passages};
use crate::compare::themes::{ThemeItem, find_themes};
use crate::compare::{DistinctiveItem, ItemVector};
use crate::entities::EntityKind;
use crate::groups::Groups;
use crate::ingest::Article;
use crate::order;
use crate::quotes::{Quotation, quotations};
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::ops::Range;

/// How many items each article's "only here" and "left out here" lists name.
const LISTED: usize = 8;
/// Two quotations are one when they share a run of this many words.
const QUOTE_RUN: usize = 5;
/// Or when one speaker's two quotations share this part of their words (Dice).
const SAME_WORDING: f64 = 0.6;

/// An article of the set, as its column is headed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CoveredArticle {
    /// Its identifier.
    pub id: String,
    /// Its headline, if it has one.
    pub title: Option<String>,
    /// Its outlet, if known.
    pub outlet: Option<String>,
    /// Its date, ISO 8601, if known.
    pub date: Option<String>,
    /// Entities and terms that no other article of the set has, heaviest first.
    pub only: Vec<DistinctiveItem>,
    /// Entities and themes that every other article has and this one leaves out.
    pub left_out: Vec<String>,
}

/// An entity and how often each article mentions it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityRow {
    /// Canonical name.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Its key, as the pair view marks it.
    pub key: String,
    /// Mentions, one number per article, in the set's order.
    pub counts: Vec<usize>,
    /// Its weight in the set (see the module's notes).
    #[serde(skip)]
    pub weight: f64,
}

/// A theme of the set and how often each article mentions its members.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThemeRow {
    /// A phrase of the texts naming it.
    pub label: String,
    /// Its members in the reader's words, the labelled one first.
    pub members: Vec<String>,
    /// Their keys.
    pub keys: Vec<String>,
    /// Mentions of any member, one number per article.
    pub counts: Vec<usize>,
}

/// Where one article carries a shared passage or quotation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The article, by its position in the set.
    pub article: usize,
    /// Its paragraph.
    pub paragraph: usize,
    /// Byte range in that paragraph.
    pub range: Range<usize>,
}

/// A passage that several articles of the set contain.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SetPassage {
    /// The passage as the article that had it first writes it.
    pub text: String,
    /// Its length in words.
    pub words: usize,
    /// The articles carrying it, by position in the set.
    pub articles: Vec<usize>,
    /// True when it is quoted speech in any of them, not copied prose.
    pub quotation: bool,
    /// The article that carried it first by date, when the dates tell.
    pub first: Option<usize>,
    /// Where each article has it.
    pub places: Vec<Place>,
}

/// A wording of a quotation and the articles printing it that way.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Wording {
    /// The quoted words.
    pub text: String,
    /// The articles, by position in the set.
    pub articles: Vec<usize>,
}

/// A quotation that several articles print.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SetQuote {
    /// The quoted words, in the wording most articles print.
    pub text: String,
    /// Who said it, where an article says so.
    pub speaker: Option<String>,
    /// The articles printing it, by position in the set.
    pub articles: Vec<usize>,
    /// The article that printed it first by date, when the dates tell.
    pub first: Option<usize>,
    /// Its different wordings, when articles quote it differently; else empty.
    pub wordings: Vec<Wording>,
    /// Where each article has it.
    pub places: Vec<Place>,
}

/// What a set of articles covers, article by article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Coverage {
    /// The articles, in the order given.
    pub articles: Vec<CoveredArticle>,
    /// Every entity of the set, the most widely covered first, then by weight.
    pub entities: Vec<EntityRow>,
    /// The themes the set shares, the most widely covered first.
    pub themes: Vec<ThemeRow>,
    /// Passages in two or more articles, the most widely carried first.
    pub passages: Vec<SetPassage>,
    /// Quotations in two or more articles, the most widely printed first.
    pub quotes: Vec<SetQuote>,
}

/// An article of the set with its analysis and weighted items.
pub(crate) type Member<'a> = (&'a Article, &'a Analysis, &'a ItemVector);

/// How many of `counts` are not zero.
pub fn covered(counts: &[usize]) -> usize {
    counts.iter().filter(|&&c| c > 0).count()
}

/// The two articles to open in the pair view for an item with these `counts`: `this`
/// one (or the one that mentions it most) and the other that mentions it most; ties go
/// to the earlier article. `None` for fewer than two articles.
pub fn pair_for(counts: &[usize], this: Option<usize>) -> Option<(usize, usize)> {
    let mut ranked: Vec<usize> = (0..counts.len()).collect();
    order::sort_by_key(&mut ranked, |&i| (std::cmp::Reverse(counts[i]), i));
    let first = this
        .filter(|&t| t < counts.len())
        .or(ranked.first().copied())?;
    let other = ranked.into_iter().find(|&i| i != first)?;
    Some((first, other))
}

/// The coverage of `members`, in their order.
pub(crate) fn cover(members: &[Member<'_>]) -> Coverage {
    let n = members.len();
    let rows = gather(members);
    let dates: Vec<Option<&str>> = members
        .iter()
        .map(|(a, _, _)| (!a.date_ambiguous).then_some(a.date.as_deref()).flatten())
        .collect();

    let mut entities: Vec<EntityRow> = rows
        .iter()
        .filter_map(|row| {
            Some(EntityRow {
                name: row.label.clone(),
                kind: row.kind?,
                key: row.key.clone(),
                counts: row.counts.clone(),
                weight: row.weight,
            })
        })
        .collect();
    order::sort_by(&mut entities, |a, b| {
        covered(&b.counts)
            .cmp(&covered(&a.counts))
            .then_with(|| b.weight.total_cmp(&a.weight))
            .then_with(|| a.name.cmp(&b.name))
    });

    let themes = themes(&rows, n);
    let articles = members
        .iter()
        .enumerate()
        .map(|(i, (article, _, _))| CoveredArticle {
            id: article.id.clone(),
            title: article.title.clone(),
            outlet: article.outlet.clone(),
            date: article.date.clone(),
            only: only(&rows, i),
            left_out: left_out(&entities, &themes, i, n),
        })
        .collect();
    Coverage {
        articles,
        entities,
        themes,
        passages: passages(members, &dates),
        quotes: quotes(members, &dates),
    }
}

/// One item across the set.
struct Row {
    key: String,
    label: String,
    kind: Option<EntityKind>,
    counts: Vec<usize>,
    /// Each article's weight of it over the article's norm.
    shares: Vec<f64>,
    weight: f64,
    /// (article, sentence) where it occurs.
    sentences: Vec<(u8, usize)>,
    phrase: bool,
}

/// Every item of the set with its counts and weight.
fn gather(members: &[Member<'_>]) -> Vec<Row> {
    let n = members.len();
    let mut at: HashMap<&str, usize> = HashMap::default();
    let mut rows: Vec<Row> = Vec::new();
    for (i, (_, _, vector)) in members.iter().enumerate() {
        for item in &vector.items {
            let r = *at.entry(&item.key).or_insert_with(|| {
                rows.push(Row {
                    key: item.key.to_string(),
                    label: item.label.to_string(),
                    kind: item.kind,
                    counts: vec![0; n],
                    shares: vec![0.0; n],
                    weight: 0.0,
                    sentences: Vec::new(),
                    phrase: item.phrase || item.kind.is_some(),
                });
                rows.len() - 1
            });
            let row = &mut rows[r];
            row.counts[i] = item.count;
            if vector.norm > 0.0 {
                row.shares[i] = item.weight / vector.norm;
            }
            // Positions in a set fit a byte: the page shows at most eight.
            let side = u8::try_from(i).unwrap_or(u8::MAX);
            row.sentences
                .extend(item.sentences.iter().map(|&s| (side, s)));
        }
    }
    for row in &mut rows {
        let (sum, squares) = row
            .shares
            .iter()
            .fold((0.0, 0.0), |(s, q), u| (s + u, q + u * u));
        row.weight = (sum * sum - squares) / 2.0;
        order::sort(&mut row.sentences);
        row.sentences.dedup();
    }
    rows
}

/// The themes of the items two or more articles share.
fn themes(rows: &[Row], n: usize) -> Vec<ThemeRow> {
    let mut shared: Vec<&Row> = rows.iter().filter(|r| covered(&r.counts) >= 2).collect();
    order::sort_by(&mut shared, |a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| a.key.cmp(&b.key))
    });
    let items: Vec<ThemeItem> = shared
        .iter()
        .map(|r| ThemeItem {
            key: r.key.clone(),
            label: r.label.clone(),
            sentences: r.sentences.clone(),
            weight: r.weight,
            phrase: r.phrase,
        })
        .collect();
    let by_key: HashMap<&str, &Row> = shared.iter().map(|r| (r.key.as_str(), *r)).collect();
    let mut themes: Vec<ThemeRow> = find_themes(&items)
        .into_iter()
        .map(|t| {
            let mut counts = vec![0; n];
            for row in t.keys.iter().filter_map(|k| by_key.get(k.as_str())) {
                for (c, m) in counts.iter_mut().zip(&row.counts) {
                    *c += m;
                }
            }
            ThemeRow {
                label: t.label,
                members: t.members,
                keys: t.keys,
                counts,
            }
        })
        .collect();
    // Themes come by weight; widest covered first, keeping that order among equals.
    order::sort_by(&mut themes, |a, b| {
        covered(&b.counts).cmp(&covered(&a.counts))
    });
    themes
}

/// What only article `i` has, heaviest in it first.
fn only(rows: &[Row], i: usize) -> Vec<DistinctiveItem> {
    let mut alone: Vec<&Row> = rows
        .iter()
        .filter(|r| r.counts[i] > 0 && covered(&r.counts) == 1)
        .collect();
    order::sort_by(&mut alone, |a, b| {
        b.shares[i]
            .total_cmp(&a.shares[i])
            .then_with(|| a.key.cmp(&b.key))
    });
    alone
        .into_iter()
        .take(LISTED)
        .map(|r| DistinctiveItem {
            term: r.label.clone(),
            kind: r.kind.map_or("term", EntityKind::label),
            count: r.counts[i],
            weight: r.shares[i],
        })
        .collect()
}

/// What every article but `i` has: the entities, then the themes, widest first.
fn left_out(entities: &[EntityRow], themes: &[ThemeRow], i: usize, n: usize) -> Vec<String> {
    if n < 3 {
        // In a pair, "all but one" is "only the other": that is the other's own list.
        return Vec::new();
    }
    let missing = |counts: &[usize]| counts[i] == 0 && covered(counts) == n - 1;
    entities
        .iter()
        .filter(|e| missing(&e.counts))
        .map(|e| e.name.clone())
        .chain(
            themes
                .iter()
                .filter(|t| missing(&t.counts))
                .map(|t| t.label.clone()),
        )
        .take(LISTED)
        .collect()
}

/// The article among `articles` with the strictly earliest date, if the dates tell.
fn earliest(articles: &[usize], dates: &[Option<&str>]) -> Option<usize> {
    let mut dated: Vec<(&str, usize)> = Vec::with_capacity(articles.len());
    for &a in articles {
        // Compared by day: times in different zones do not order by their text.
        dated.push((dates.get(a).copied().flatten()?.get(..10)?, a));
    }
    order::sort(&mut dated);
    match dated.as_slice() {
        [(first, a), (second, _), ..] if first < second => Some(*a),
        [(_, a)] => Some(*a),
        _ => None,
    }
}

/// The passages of the set: every pair's shared passages, joined where they overlap
/// in an article.
fn passages(members: &[Member<'_>], dates: &[Option<&str>]) -> Vec<SetPassage> {
    let mut places: Vec<Place> = Vec::new();
    let mut quoted: Vec<bool> = Vec::new();
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for i in 0..members.len() {
        for j in i + 1..members.len() {
            for p in shared_passages(&members[i].1.passages, &members[j].1.passages) {
                let Passage {
                    quote,
                    left_paragraph,
                    left_range,
                    right_paragraph,
                    right_range,
                    ..
                } = p;
                places.push(Place {
                    article: i,
                    paragraph: left_paragraph,
                    range: left_range,
                });
                places.push(Place {
                    article: j,
                    paragraph: right_paragraph,
                    range: right_range,
                });
                quoted.extend([quote, quote]);
                joins.push((places.len() - 2, places.len() - 1));
            }
        }
    }
    let mut groups = Groups::new(places.len());
    for (a, b) in joins {
        groups.join(a, b);
    }
    // Places that overlap in one paragraph of one article are one passage.
    let mut by_start: Vec<usize> = (0..places.len()).collect();
    order::sort_by_key(&mut by_start, |&x| {
        (
            places[x].article,
            places[x].paragraph,
            places[x].range.start,
        )
    });
    for pair in by_start.windows(2) {
        let (a, b) = (&places[pair[0]], &places[pair[1]]);
        if a.article == b.article && a.paragraph == b.paragraph && b.range.start < a.range.end {
            groups.join(pair[0], pair[1]);
        }
    }
    let mut found: Vec<SetPassage> = groups
        .groups()
        .into_iter()
        .filter(|g| g.len() > 1)
        .filter_map(|group| {
            let quotation = group.iter().any(|&x| quoted[x]);
            let merged = merge(group.iter().map(|&x| places[x].clone()).collect());
            let articles = articles_of(&merged);
            let first = earliest(&articles, dates);
            let shown = merged
                .iter()
                .find(|p| Some(p.article) == first)
                .or_else(|| merged.first())?;
            let paragraph = members[shown.article].0.body.get(shown.paragraph)?;
            let text = paragraph.get(with_stop(paragraph, shown.range.clone()))?;
            Some(SetPassage {
                words: text.split_whitespace().count(),
                text: text.to_string(),
                articles,
                quotation,
                first,
                places: merged,
            })
        })
        .collect();
    order::sort_by(&mut found, |a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| b.words.cmp(&a.words))
            .then_with(|| a.text.cmp(&b.text))
    });
    found
}

/// A passage's range with the full stop (or ? or !) that ends its sentence right after
/// it: shared words run from word to word, and a copied sentence reads with its stop.
fn with_stop(paragraph: &str, range: Range<usize>) -> Range<usize> {
    let stop = paragraph
        .get(range.end..)
        .and_then(|rest| rest.chars().next())
        .filter(|c| matches!(c, '.' | '!' | '?'));
    range.start..range.end + stop.map_or(0, char::len_utf8)
}

/// One place per article and paragraph, spanning every overlapping place of it.
fn merge(mut places: Vec<Place>) -> Vec<Place> {
    order::sort_by_key(&mut places, |p| (p.article, p.paragraph, p.range.start));
    let mut merged: Vec<Place> = Vec::new();
    for place in places {
        match merged.last_mut() {
            Some(last)
                if last.article == place.article
                    && last.paragraph == place.paragraph
                    && place.range.start <= last.range.end =>
            {
                last.range.end = last.range.end.max(place.range.end);
            }
            _ => merged.push(place),
        }
    }
    merged
}

/// The distinct articles of some places, in order.
fn articles_of(places: &[Place]) -> Vec<usize> {
    let mut articles: Vec<usize> = places.iter().map(|p| p.article).collect();
    articles.dedup();
    articles
}

/// The quotations of the set printed by two or more articles.
fn quotes(members: &[Member<'_>], dates: &[Option<&str>]) -> Vec<SetQuote> {
    let all: Vec<(usize, Quotation)> = members
        .iter()
        .enumerate()
        .flat_map(|(i, (article, analysis, _))| {
            quotations(&article.body, &analysis.entities)
                .into_iter()
                .map(move |q| (i, q))
        })
        .collect();
    let mut groups = Groups::new(all.len());
    for a in 0..all.len() {
        for b in a + 1..all.len() {
            if all[a].0 != all[b].0 && same_quotation(&all[a].1, &all[b].1) {
                groups.join(a, b);
            }
        }
    }
    let mut found: Vec<SetQuote> = groups
        .groups()
        .into_iter()
        .filter(|g| g.len() > 1)
        .filter_map(|group| {
            let mut places: Vec<Place> = group
                .iter()
                .map(|&x| Place {
                    article: all[x].0,
                    paragraph: all[x].1.paragraph,
                    range: all[x].1.range.clone(),
                })
                .collect();
            order::sort_by_key(&mut places, |p| (p.article, p.paragraph, p.range.start));
            let articles = articles_of(&places);
            if articles.len() < 2 {
                return None;
            }
            // Wordings: quotations with the same words in matching form are one.
            let mut wordings: Vec<(Vec<u64>, String, Vec<usize>)> = Vec::new();
            let mut members_in_order = group.clone();
            order::sort_by_key(&mut members_in_order, |&x| all[x].0);
            for &x in &members_in_order {
                let (article, q) = &all[x];
                match wordings.iter_mut().find(|w| w.0 == q.words) {
                    Some(w) => {
                        if w.2.last() != Some(article) {
                            w.2.push(*article);
                        }
                    }
                    None => wordings.push((q.words.clone(), q.text.clone(), vec![*article])),
                }
            }
            let text = wordings
                .iter()
                .max_by(|a, b| a.2.len().cmp(&b.2.len()).then_with(|| b.2[0].cmp(&a.2[0])))
                .map(|w| w.1.clone())?;
            let speaker = most_common(group.iter().filter_map(|&x| all[x].1.speaker.as_deref()));
            let wordings = if wordings.len() > 1 {
                wordings
                    .into_iter()
                    .map(|(_, text, articles)| Wording { text, articles })
                    .collect()
            } else {
                Vec::new()
            };
            Some(SetQuote {
                text,
                speaker,
                first: earliest(&articles, dates),
                articles,
                wordings,
                places,
            })
        })
        .collect();
    order::sort_by(&mut found, |a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| a.text.cmp(&b.text))
    });
    found
}

/// Whether two quotations are one: they share a run of [`QUOTE_RUN`] words (or are
/// the same shorter quotation), or one speaker said both with mostly the same words.
fn same_quotation(a: &Quotation, b: &Quotation) -> bool {
    if a.words == b.words {
        return true;
    }
    let run = QUOTE_RUN.min(a.words.len()).min(b.words.len());
    let shares_run = run >= QUOTE_RUN
        && a.words
            .windows(run)
            .any(|w| b.words.windows(run).any(|v| v == w));
    if shares_run {
        return true;
    }
    match (&a.speaker, &b.speaker) {
        (Some(x), Some(y)) if x == y => {
            let common = a.words.iter().filter(|w| b.words.contains(w)).count()
                + b.words.iter().filter(|w| a.words.contains(w)).count();
            common as f64 / (a.words.len() + b.words.len()) as f64 >= SAME_WORDING
        }
        _ => false,
    }
}

/// The value met most often; ties go to the first met.
fn most_common<'a>(values: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counted: Vec<(&str, usize)> = Vec::new();
    for v in values {
        match counted.iter_mut().find(|(x, _)| *x == v) {
            Some(c) => c.1 += 1,
            None => counted.push((v, 1)),
        }
    }
    let best = counted.iter().map(|c| c.1).max()?;
    counted
        .into_iter()
        .find(|c| c.1 == best)
        .map(|(v, _)| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_to_open_by_behaviour() {
        let cases: &[(&str, &[usize], Option<usize>, Option<(usize, usize)>)] = &[
            (
                "the two that mention it most",
                &[1, 4, 0, 2],
                None,
                Some((1, 3)),
            ),
            ("ties go to the earlier", &[2, 2, 2], None, Some((0, 1))),
            (
                "a cell: its article and the one with most",
                &[1, 4, 0, 2],
                Some(2),
                Some((2, 1)),
            ),
            (
                "a cell of the top article",
                &[1, 4, 0, 2],
                Some(1),
                Some((1, 3)),
            ),
            ("one article is no pair", &[3], None, None),
            (
                "an article out of range is ignored",
                &[0, 5, 1],
                Some(9),
                Some((1, 2)),
            ),
        ];
        for (name, counts, this, expected) in cases {
            assert_eq!(pair_for(counts, *this), *expected, "case: {name}");
        }
    }

    #[test]
    fn a_passage_keeps_its_stop() {
        let cases = [
            (
                "a stop after the last word",
                "Ships wait at anchor. Then",
                0..20,
                "Ships wait at anchor.",
            ),
            (
                "a comma is not a stop",
                "Ships wait at anchor, then",
                0..20,
                "Ships wait at anchor",
            ),
            (
                "the end of the paragraph",
                "Ships wait at anchor",
                0..20,
                "Ships wait at anchor",
            ),
            ("a question", "Will ships wait?", 0..15, "Will ships wait?"),
        ];
        for (name, paragraph, range, expected) in cases {
            assert_eq!(
                &paragraph[with_stop(paragraph, range)],
                expected,
                "case: {name}"
            );
        }
    }

    #[test]
    fn first_by_date_by_behaviour() {
        let cases: &[(&str, &[Option<&str>], &[usize], Option<usize>)] = &[
            (
                "the earliest day",
                &[Some("2026-06-10"), Some("2026-06-09")],
                &[0, 1],
                Some(1),
            ),
            (
                "a time does not decide a day",
                &[Some("2026-06-09T23:00+01:00"), Some("2026-06-09")],
                &[0, 1],
                None,
            ),
            (
                "an undated article: unknown",
                &[None, Some("2026-06-09")],
                &[0, 1],
                None,
            ),
            (
                "only the articles asked",
                &[Some("2026-06-01"), Some("2026-06-09"), Some("2026-06-10")],
                &[1, 2],
                Some(1),
            ),
        ];
        for (name, dates, articles, expected) in cases {
            assert_eq!(earliest(articles, dates), *expected, "case: {name}");
        }
    }

    #[test]
    fn one_quotation_or_two_by_behaviour() {
        let quote = |words: &[u64], speaker: Option<&str>| Quotation {
            paragraph: 0,
            range: 0..0,
            text: String::new(),
            speaker: speaker.map(str::to_string),
            words: words.to_vec(),
        };
        let cases: &[(&str, Quotation, Quotation, bool)] = &[
            (
                "the same words",
                quote(&[1, 2, 3, 4], None),
                quote(&[1, 2, 3, 4], None),
                true,
            ),
            (
                "a shared run of five",
                quote(&[9, 1, 2, 3, 4, 5], None),
                quote(&[1, 2, 3, 4, 5, 8], None),
                true,
            ),
            (
                "four shared words are not enough",
                quote(&[9, 1, 2, 3, 4], None),
                quote(&[1, 2, 3, 4, 8], None),
                false,
            ),
            (
                "one speaker, mostly the same words",
                quote(&[1, 2, 3, 4, 5, 6, 7], Some("A")),
                quote(&[1, 2, 3, 9, 5, 6, 7], Some("A")),
                true,
            ),
            (
                "two speakers, mostly the same words",
                quote(&[1, 2, 3, 4, 5, 6, 7], Some("A")),
                quote(&[1, 2, 3, 9, 5, 6, 7], Some("B")),
                false,
            ),
        ];
        for (name, a, b, expected) in cases {
            assert_eq!(same_quotation(a, b), *expected, "case: {name}");
        }
    }
}
