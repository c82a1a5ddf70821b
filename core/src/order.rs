//! Sorting through one compiled copy of the sort, in the browser.
//!
//! Each `sort_by` on a new element type or with a new closure compiles another copy of
//! the standard library's sort, 3–5 KB of wasm each: the dozen sorts of the core and
//! the app came to 57 KB, a fifth of the page's size budget. In the wasm build the sort
//! runs on indices with the comparison behind `dyn`, so there is one copy, and moving
//! the elements into that order is a few lines per type. Natively, where size does not
//! matter and the indirection slowed a comparison by half, these are the standard
//! library's stable sorts. Both are stable (in the wasm build the index breaks ties),
//! so both give the same order.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably.
#[cfg(target_arch = "wasm32")]
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_indices(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` by `compare`, stably.
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::ptr_arg)] // the same signature as the browser's, which needs the Vec
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl FnMut(&T, &T) -> Ordering) {
    items.sort_by(compare);
}

/// Sorts `items` by the key `key` gives, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// `0..len` ordered by `compare`, ties by index: the one instantiation of the sort.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn sorted_indices(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let cases: [&[(u8, char)]; 5] = [
            &[],
            &[(1, 'a')],
            &[(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')],
            &[(3, 'x'), (3, 'y'), (3, 'z')],
            &[
                (9, 'a'),
                (8, 'b'),
                (7, 'c'),
                (6, 'd'),
                (5, 'e'),
                (4, 'f'),
                (3, 'g'),
                (2, 'h'),
                (1, 'i'),
                (0, 'j'),
                (5, 'k'),
                (5, 'l'),
                (0, 'm'),
                (9, 'n'),
                (1, 'o'),
                (2, 'p'),
                (3, 'q'),
                (4, 'r'),
                (6, 's'),
                (7, 't'),
                (8, 'u'),
                (9, 'v'),
            ],
        ];
        for case in cases {
            // The browser's sort, tested natively.
            let order = sorted_indices(case.len(), &mut |a, b| case[a].0.cmp(&case[b].0));
            let by_index: Vec<(u8, char)> = order.iter().map(|&i| case[i]).collect();
            let mut std = case.to_vec();
            std.sort_by_key(|p| p.0);
            assert_eq!(by_index, std, "{case:?}");
            let mut ours = case.to_vec();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = case.to_vec();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "{case:?}");
            let mut ours = case.to_vec();
            sort(&mut ours);
            let mut std = case.to_vec();
            std.sort();
            assert_eq!(ours, std, "{case:?}");
        }
    }
}
