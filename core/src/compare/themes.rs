//! Themes: groups of shared items that the two articles use together.
//!
//! Two shared items belong to one theme when they keep appearing in the same sentences
//! (of either article): their association is the cosine of their sentence sets, the
//! sentences holding both over the geometric mean of the sentences holding each. (Over
//! the rarer one alone, a name in every sentence would pull every term into its theme.) Themes are grown greedily from the items that
//! weigh most in the similarity, so the first theme is the one the score rests on most,
//! and each theme's colour index is its rank: stable for a given pair.

use serde::Serialize;

/// The most themes shown: beyond a handful, colours stop being told apart.
pub const MAX_THEMES: usize = 6;
/// Only the heaviest shared items are grouped; the tail says little.
const MAX_ITEMS: usize = 30;
/// Cosine of the sentence sets that an item needs with the theme's seed.
const MIN_ASSOCIATION: f64 = 0.4;
/// A theme with more members than this stops being one idea.
const MAX_MEMBERS: usize = 8;
/// Sentences the two items must share at least.
const MIN_SHARED_SENTENCES: usize = 2;

/// A shared item as the theme finder sees it.
#[derive(Clone, Debug)]
pub struct ThemeItem {
    /// The item's key ("entity:Vladimir Putin", "term:sanction").
    pub key: String,
    /// The item in the reader's words.
    pub label: String,
    /// The sentences it occurs in, as (side, sentence index), sorted and unique.
    pub sentences: Vec<(u8, usize)>,
}

/// A group of related shared items.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Theme {
    /// A short label: its two leading members.
    pub label: String,
    /// The members in the reader's words, heaviest first.
    pub members: Vec<String>,
    /// The members' keys, in the same order.
    pub keys: Vec<String>,
    /// Colour index, 0 to [`MAX_THEMES`] - 1: the theme's rank.
    pub colour: usize,
}

/// Groups `items` (heaviest first) into themes.
pub fn find_themes(items: &[ThemeItem]) -> Vec<Theme> {
    let items = &items[..items.len().min(MAX_ITEMS)];
    let mut assigned = vec![false; items.len()];
    let mut themes = Vec::new();
    for seed in 0..items.len() {
        if assigned[seed] || themes.len() == MAX_THEMES {
            continue;
        }
        let members: Vec<usize> = std::iter::once(seed)
            .chain((seed + 1..items.len()).filter(|&other| {
                !assigned[other] && associated(&items[seed].sentences, &items[other].sentences)
            }))
            .take(MAX_MEMBERS)
            .collect();
        if members.len() < 2 {
            continue;
        }
        for &m in &members {
            assigned[m] = true;
        }
        let labels: Vec<String> = members.iter().map(|&m| items[m].label.clone()).collect();
        themes.push(Theme {
            label: labels
                .iter()
                .take(2)
                .cloned()
                .collect::<Vec<_>>()
                .join(" · "),
            members: labels,
            keys: members.iter().map(|&m| items[m].key.clone()).collect(),
            colour: themes.len(),
        });
    }
    themes
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
