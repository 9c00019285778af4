//! A list that grows by blocks, for lists of large items whose length is
//! not known ahead: the entities of [`crate::speaker`].
//!
//! A `Vec` that outgrows its room moves every item to a room twice as large
//! and, for that moment, holds both: three times the list's size, and in a
//! long article that moment comes when the heap is at its fullest. In wasm
//! the memory grown for it is never given back. [`Blocks`] keeps its items
//! in blocks of [`BLOCK`] that never move, so growing costs one more block.

use std::ops::{Index, IndexMut};

/// Items per block: some 17 KB of entities in wasm32.
pub const BLOCK: usize = 256;

/// A list of `T` in blocks of [`BLOCK`] items that never move, indexed as a
/// `Vec` is.
#[derive(Debug)]
pub struct Blocks<T> {
    /// Every block is full but the last, which is not empty.
    blocks: Vec<Vec<T>>,
}

impl<T> Default for Blocks<T> {
    fn default() -> Self {
        Blocks { blocks: Vec::new() }
    }
}

impl<T> Blocks<T> {
    /// The number of items.
    pub fn len(&self) -> usize {
        self.blocks
            .last()
            .map_or(0, |b| (self.blocks.len() - 1) * BLOCK + b.len())
    }

    /// True when there is no item.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// Adds `item` at the end.
    pub fn push(&mut self, item: T) {
        match self.blocks.last_mut() {
            Some(b) if b.len() < BLOCK => b.push(item),
            _ => {
                let mut b = Vec::with_capacity(BLOCK);
                b.push(item);
                self.blocks.push(b);
            }
        }
    }

    /// The items in order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.blocks.iter().flatten()
    }

    /// Keeps the items for which `keep` is true, in order, moved down in
    /// place; the blocks no longer needed are given back.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let mut kept = 0;
        for k in 0..self.len() {
            if keep(&self[k]) {
                self.swap_down(kept, k);
                kept += 1;
            }
        }
        let blocks = kept.div_ceil(BLOCK);
        self.blocks.truncate(blocks);
        self.blocks.shrink_to_fit();
        if let Some(last) = self.blocks.last_mut() {
            last.truncate(kept - (blocks - 1) * BLOCK);
        }
    }

    /// Swaps items `i` and `j`, for `i <= j`.
    fn swap_down(&mut self, i: usize, j: usize) {
        let (bi, bj) = (i / BLOCK, j / BLOCK);
        if bi == bj {
            self.blocks[bi].swap(i % BLOCK, j % BLOCK);
        } else {
            let (low, high) = self.blocks.split_at_mut(bj);
            std::mem::swap(&mut low[bi][i % BLOCK], &mut high[0][j % BLOCK]);
        }
    }
}

impl<T> Index<usize> for Blocks<T> {
    type Output = T;

    #[inline]
    fn index(&self, k: usize) -> &T {
        &self.blocks[k / BLOCK][k % BLOCK]
    }
}

impl<T> IndexMut<usize> for Blocks<T> {
    #[inline]
    fn index_mut(&mut self, k: usize) -> &mut T {
        &mut self.blocks[k / BLOCK][k % BLOCK]
    }
}

#[cfg(test)]
mod tests {
    use super::{Blocks, BLOCK};

    #[test]
    fn indexes_as_a_vec_does() {
        let mut b = Blocks::default();
        let mut v = Vec::new();
        assert!(b.is_empty());
        for k in 0..3 * BLOCK + 5 {
            b.push(k);
            v.push(k);
            assert_eq!(b.len(), v.len());
        }
        b[BLOCK] += 1_000_000;
        v[BLOCK] += 1_000_000;
        assert!((0..v.len()).all(|k| b[k] == v[k]));
        assert!(b.iter().eq(v.iter()));
    }

    #[test]
    fn retains_as_a_vec_does() {
        for n in [0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK + 5] {
            for keep in [
                |_: &usize| true,
                |_: &usize| false,
                |x: &usize| x % 3 != 1,
                |x: &usize| *x >= BLOCK + 2,
            ] {
                let mut b = Blocks::default();
                let mut v: Vec<usize> = (0..n).collect();
                v.iter().for_each(|&x| b.push(x));
                b.retain(keep);
                v.retain(keep);
                assert_eq!(b.len(), v.len());
                assert_eq!(b.is_empty(), v.is_empty());
                assert!(b.iter().eq(v.iter()));
                // Still a list that grows.
                b.push(7);
                assert_eq!(b[v.len()], 7);
            }
        }
    }
}
