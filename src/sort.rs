//! The crate's one sort, for its few lists of spans and numbers.
//!
//! The standard library's sorts are large: in the wasm module the stable
//! sort of spans (driftsort, with its small-sort networks) and the unstable
//! sort of word numbers (ipnsort) were about 10 KB of code, 3.4 KB gzipped,
//! for lists that are short (a speaker's mentions, a claim's words) or
//! sorted once per article. This one is an insertion sort for short lists
//! and a heapsort above: a few hundred bytes, O(n log n) on any input.
//!
//! It is not stable, and needs no stability: every type it sorts (`Span`,
//! `u32`) has no two elements that compare equal yet differ, so any sort
//! gives the same order as `slice::sort`.

/// Lists up to this long are sorted by insertion (faster than the heap on
/// them, and what most of the crate's lists are).
const SHORT: usize = 16;

/// Sorts `v` in ascending order (as `v.sort()` would, for types whose equal
/// elements are alike).
pub(crate) fn sort<T: Ord + Copy>(v: &mut [T]) {
    if v.len() <= SHORT {
        insertion(v);
    } else {
        heap(v);
    }
}

fn insertion<T: Ord + Copy>(v: &mut [T]) {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && x < v[j - 1] {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

fn heap<T: Ord + Copy>(v: &mut [T]) {
    for start in (0..v.len() / 2).rev() {
        sift_down(v, start, v.len());
    }
    for end in (1..v.len()).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// Moves `v[node]` down the max-heap `v[..end]` to its place.
fn sift_down<T: Ord + Copy>(v: &mut [T], mut node: usize, end: usize) {
    loop {
        let mut child = 2 * node + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && v[child] < v[child + 1] {
            child += 1;
        }
        if v[node] >= v[child] {
            return;
        }
        v.swap(node, child);
        node = child;
    }
}

#[cfg(test)]
mod tests {
    use super::sort;
    use crate::span::Span;

    #[test]
    fn sorts_as_the_standard_sort() {
        // A small generator, so the test needs no crate of its own.
        let mut seed = 0x2545_f491_u32;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for len in (0..40).chain([100, 257, 1000]) {
            for range in [3, 50, u32::MAX] {
                let v: Vec<u32> = (0..len).map(|_| next() % range).collect();
                let (mut ours, mut std) = (v.clone(), v.clone());
                sort(&mut ours);
                std.sort();
                assert_eq!(ours, std, "{v:?}");
                let s: Vec<Span> = v
                    .chunks(2)
                    .map(|p| Span::new(p[0] as usize, *p.last().unwrap() as usize))
                    .collect();
                let (mut ours, mut std) = (s.clone(), s.clone());
                sort(&mut ours);
                std.sort();
                assert_eq!(ours, std);
            }
        }
        let mut sorted: Vec<u32> = (0..500).collect();
        sort(&mut sorted);
        assert!(sorted.windows(2).all(|w| w[0] < w[1]));
        let mut reversed: Vec<u32> = (0..500).rev().collect();
        sort(&mut reversed);
        assert_eq!(reversed, sorted);
    }
}
