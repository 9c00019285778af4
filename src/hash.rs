//! A small, fast, non-cryptographic hasher for the engine's internal maps
//! and sets (the "Fx" hash of Firefox and rustc).
//!
//! The keys are words and token positions of one article, never chosen to
//! collide by an attacker who gains anything from it; SipHash's protection
//! against flooding costs more here than the work it guards. Lookup order
//! never depends on the hash: the engine only asks whether a key is present
//! and what it maps to, so results are the same with any hasher.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FxHashSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The last bytes of a text read eight at a time (at most eight of them) as
/// one little-endian word, padded with NULs: the tail of a token's chunk,
/// of a vocabulary key, of a span's UTF-16 count.
#[inline]
pub(crate) fn tail_word(bytes: &[u8]) -> u64 {
    debug_assert!(bytes.len() <= 8);
    // Two loads that overlap rather than a loop over the bytes: this runs
    // for every vocabulary lookup. Bytes read twice are ORed onto themselves.
    let n = bytes.len();
    let at = |k: usize| u64::from(bytes.get(k).copied().unwrap_or(0));
    if n >= 4 {
        let word = |k: usize| {
            let mut w = [0u8; 4];
            if let Some(b) = bytes.get(k..k + 4) {
                w.copy_from_slice(b);
            }
            u64::from(u32::from_le_bytes(w))
        };
        word(0) | word(n - 4) << (8 * (n - 4))
    } else if n > 0 {
        at(0) | at(n / 2) << (8 * (n / 2)) | at(n - 1) << (8 * (n - 1))
    } else {
        0
    }
}

/// The Fx hasher: one rotate, xor and multiply per 8 bytes of key.
#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.add(u64::from_le_bytes(w.try_into().unwrap_or_default()));
        }
        // The last bytes as one word rather than a round per byte: most keys
        // are words shorter than eight bytes.
        let rest = words.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_words_are_the_bytes_little_endian() {
        let bytes = [0x81u8, 2, 0xff, 4, 5, 0x7f, 7, 0xa8];
        for n in 0..=8 {
            let want = bytes[..n]
                .iter()
                .rev()
                .fold(0, |w, &b| w << 8 | u64::from(b));
            assert_eq!(tail_word(&bytes[..n]), want, "{n} bytes");
        }
    }

    #[test]
    fn maps_and_sets_work() {
        let mut m: FxHashMap<&str, u32> = FxHashMap::default();
        for (k, w) in ["said", "told", "a", "spokeswoman", "", "chairman-elect"]
            .iter()
            .enumerate()
        {
            m.insert(w, k as u32);
        }
        assert_eq!(m.get("spokeswoman"), Some(&3));
        assert_eq!(m.get(""), Some(&4));
        assert_eq!(m.get("chairman"), None);
        let s: FxHashSet<usize> = (0..1000).map(|k| k * 7).collect();
        assert!(s.contains(&700) && !s.contains(&701));
    }
}
