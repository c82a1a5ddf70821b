//! Themes: groups of shared items that the two articles use together.
//!
//! Two shared items belong to one theme when they keep appearing in the same sentences
//! (of either article): their association is the cosine of their sentence sets, the
//! sentences holding both over the geometric mean of the sentences holding each. (Over
//! the rarer one alone, a name in every sentence would pull every term into its theme.)
//! Themes are grown greedily from the items that weigh most in the similarity. A phrase
//! used often, with no companions, is a theme of its own ("corporate manslaughter").
//!
//! A theme's label is a phrase of the texts, never a pair of words glued together: its
//! heaviest phrase or name, else its heaviest word. Themes are ordered by their share of
//! the similarity, and each theme's colour index is that rank: stable for a given pair.

use serde::Serialize;

/// The most themes shown: beyond a handful, colours stop being told apart.
pub const MAX_THEMES: usize = 6;
/// Only the heaviest shared items are grouped; the tail says little.
const MAX_ITEMS: usize = 40;
/// Cosine of the sentence sets that an item needs with the theme's seed.
const MIN_ASSOCIATION: f64 = 0.3;
/// A theme with more members than this stops being one idea.
const MAX_MEMBERS: usize = 10;
/// Sentences the two items must share at least.
const MIN_SHARED_SENTENCES: usize = 2;

/// A shared item as the theme finder sees it.
#[derive(Clone, Debug)]
pub struct ThemeItem {
    /// The item's key ("entity:Vladimir Putin", "term:sanction").
    pub key: String,
    /// The item in the reader's words, as the texts write it.
    pub label: String,
    /// The sentences it occurs in, as (side, sentence index), sorted and unique.
    pub sentences: Vec<(u8, usize)>,
    /// Its contribution to the similarity.
    pub weight: f64,
    /// A name or a phrase of several words, which can stand for a theme alone.
    pub phrase: bool,
}

/// A group of related shared items.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Theme {
    /// A short label: a phrase of the texts, its heaviest name or phrase.
    pub label: String,
    /// The members in the reader's words: the labelled one, then the rest heaviest first.
    pub members: Vec<String>,
    /// The members' keys, in the same order.
    pub keys: Vec<String>,
    /// Colour index, 0 to [`MAX_THEMES`] - 1: the theme's rank.
    pub colour: usize,
}

/// Groups `items` (heaviest first) into themes, heaviest theme first.
pub fn find_themes(items: &[ThemeItem]) -> Vec<Theme> {
    let items = &items[..items.len().min(MAX_ITEMS)];
    let mut assigned = vec![false; items.len()];
    let mut grouped: Vec<(f64, Vec<usize>)> = Vec::new();
    for seed in 0..items.len() {
        if assigned[seed] || grouped.len() == MAX_THEMES {
            continue;
        }
        let members: Vec<usize> = std::iter::once(seed)
            .chain((seed + 1..items.len()).filter(|&other| {
                !assigned[other] && associated(&items[seed].sentences, &items[other].sentences)
            }))
            .take(MAX_MEMBERS)
            .collect();
        // One item alone is a theme only if it is a phrase used in three sentences or
        // more: a lone word says too little, and a lone name is already among the
        // shared names.
        let lone_phrase = items[seed].phrase
            && items[seed].key.starts_with("term:")
            && items[seed].sentences.len() >= 3;
        if members.len() < 2 && !lone_phrase {
            continue;
        }
        for &m in &members {
            assigned[m] = true;
        }
        let weight = members.iter().map(|&m| items[m].weight).sum();
        grouped.push((weight, members));
    }
    crate::order::sort_by(&mut grouped, |a, b| b.0.total_cmp(&a.0));
    grouped
        .into_iter()
        .enumerate()
        .map(|(rank, (_, members))| {
            // A phrase of the texts' own words first ("minerals deal"), then a name. The
            // labelled member goes first, so the label lights up its own occurrences.
            let mut members = members;
            let labelled = members
                .iter()
                .position(|&m| items[m].phrase && items[m].key.starts_with("term:"))
                .or_else(|| members.iter().position(|&m| items[m].phrase))
                .unwrap_or(0);
            let first = members.remove(labelled);
            members.insert(0, first);
            let label = items[first].label.clone();
            Theme {
                label,
                members: members.iter().map(|&m| items[m].label.clone()).collect(),
                keys: members.iter().map(|&m| items[m].key.clone()).collect(),
                colour: rank,
            }
        })
        .collect()
}

fn associated(a: &[(u8, usize)], b: &[(u8, usize)]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let cosine = both as f64 / ((a.len() * b.len()) as f64).sqrt();
    both >= MIN_SHARED_SENTENCES && cosine >= MIN_ASSOCIATION
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(key: &str, sentences: &[(u8, usize)]) -> ThemeItem {
        ThemeItem {
            key: key.to_string(),
            label: key.to_string(),
            sentences: sentences.to_vec(),
            weight: 1.0,
            phrase: key.contains(' '),
        }
    }

    #[test]
    fn themes_by_behaviour() {
        let cases: &[(&str, Vec<ThemeItem>, &[&[&str]])] = &[
            (
                "items sharing sentences form a theme",
                vec![
                    item("sanctions", &[(0, 1), (0, 2), (1, 4)]),
                    item("oil", &[(0, 1), (1, 4)]),
                    item("election", &[(0, 7), (1, 9)]),
                ],
                &[&["sanctions", "oil"]],
            ),
            (
                "one shared sentence is not enough",
                vec![item("a", &[(0, 1), (0, 2)]), item("b", &[(0, 1)])],
                &[],
            ),
            (
                "a phrase used often stands alone; a lone name or word does not",
                vec![
                    item("term:minerals deal", &[(0, 1), (0, 2), (1, 4)]),
                    item("entity:Kyiv", &[(0, 3), (0, 5), (1, 6)]),
                    item("sanctions", &[(0, 7), (1, 9)]),
                ],
                &[&["term:minerals deal"]],
            ),
            (
                "two themes in weight order",
                vec![
                    item("a", &[(0, 1), (1, 1)]),
                    item("x", &[(0, 5), (1, 5)]),
                    item("b", &[(0, 1), (1, 1)]),
                    item("y", &[(0, 5), (1, 5)]),
                ],
                &[&["a", "b"], &["x", "y"]],
            ),
        ];
        for (name, items, expected) in cases {
            let themes = find_themes(items);
            let got: Vec<Vec<&str>> = themes
                .iter()
                .map(|t| t.keys.iter().map(String::as_str).collect())
                .collect();
            let expected: Vec<Vec<&str>> = expected.iter().map(|t| t.to_vec()).collect();
            assert_eq!(got, expected, "case: {name}");
            for (rank, theme) in themes.iter().enumerate() {
                assert_eq!(theme.colour, rank);
            }
        }
    }
}
