//! Union-find over `0..n`: which things end up together when pairs of them are joined.
//! The stories of a corpus (articles linked as neighbours) and the passages and
//! quotations of a set (places found to be the same text) are both grouped this way.

use rustc_hash::FxHashMap as HashMap;

/// The groups of `0..n`, as pairs are joined.
pub(crate) struct Groups(Vec<usize>);

impl Groups {
    /// Every element in a group of its own.
    pub(crate) fn new(n: usize) -> Groups {
        Groups((0..n).collect())
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    /// Puts `a` and `b` in one group.
    pub(crate) fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }

    /// Every group, its members in ascending order, the groups in order of their
    /// smallest member (a lone element is a group of one).
    pub(crate) fn groups(mut self) -> Vec<Vec<usize>> {
        let mut by_root: HashMap<usize, usize> = HashMap::default();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for x in 0..self.0.len() {
            let r = self.root(x);
            let group = *by_root.entry(r).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[group].push(x);
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_behaviour() {
        let cases: &[(&str, usize, &[(usize, usize)], &[&[usize]])] = &[
            ("nothing joined", 3, &[], &[&[0], &[1], &[2]]),
            (
                "a chain is one group",
                4,
                &[(3, 2), (2, 0)],
                &[&[0, 2, 3], &[1]],
            ),
            ("joined twice", 3, &[(0, 1), (1, 0)], &[&[0, 1], &[2]]),
            (
                "two groups",
                5,
                &[(4, 1), (0, 2)],
                &[&[0, 2], &[1, 4], &[3]],
            ),
        ];
        for (name, n, joins, expected) in cases {
            let mut groups = Groups::new(*n);
            for &(a, b) in *joins {
                groups.join(a, b);
            }
            let expected: Vec<Vec<usize>> = expected.iter().map(|g| g.to_vec()).collect();
            assert_eq!(groups.groups(), expected, "case: {name}");
        }
    }
}
