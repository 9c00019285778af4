//! The article's vocabulary: every distinct lower-cased word form, numbered
//! once.
//!
//! The rules ask the same questions of the same few hundred words over and
//! over ("is this a determiner?", "a reporting verb?"). Asking them of a form
//! number instead of a string means each word is folded and hashed once, when
//! the article is cut into tokens, and the lexicon is consulted once per
//! distinct form (see `Article::new`) rather than once per occurrence.

/// The number of a lower-cased form in a [`Vocab`].
pub(crate) type FormId = u32;

/// A free slot of the table.
const EMPTY: u32 = u32::MAX;

/// The longest form: longer words are in no list.
pub(crate) const MAX_FORM: usize = 24;

/// A form as the table compares and hashes it: its bytes, little-endian
/// and zero-padded, in three 8-byte words.
pub(crate) type Key = [u64; 3];

/// Lower-cased word forms, numbered in order of first appearance.
///
/// The forms are added as bytes and checked as UTF-8 all at once by
/// [`Vocab::seal`]: checked one at a time as they were added, they cost as
/// much as the rest of adding them.
#[derive(Debug, Default)]
pub(crate) struct Vocab {
    /// The forms, each padded with NUL bytes to a multiple of 8 bytes, so
    /// that a form compares as one to three 8-byte words; empty once sealed,
    /// when `text` holds them.
    bytes: Vec<u8>,
    /// The same forms as text while the vocabulary is sealed, else empty.
    text: String,
    /// Where each form starts in `text`, in 8-byte words, and its length in
    /// bytes.
    spans: Vec<(u32, u8)>,
    /// Open addressing over form numbers (`EMPTY` when free); its length is
    /// a power of two and at least twice the number of forms.
    table: Vec<u32>,
}

/// The Fx multiplier: one rotate, xor and multiply per 8 bytes of the form
/// (and what spreads a token's bytes over the cache of `Article::new`).
pub(crate) const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[inline]
pub(crate) fn hash(key: &Key, len: usize) -> u64 {
    // One round per word of the key, written out rather than a loop: V8
    // checks for interrupts on every turn of a wasm loop, and this runs
    // for every token the cache of `Article::new` misses.
    let round = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(SEED);
    let mut h = len as u64;
    if len > 0 {
        h = round(h, key[0]);
    }
    if len > 8 {
        h = round(h, key[1]);
    }
    if len > 16 {
        h = round(h, key[2]);
    }
    h
}

/// The key of a form of at most [`MAX_FORM`] bytes.
pub(crate) fn key_of(form: &[u8]) -> Key {
    let form = &form[..form.len().min(MAX_FORM)];
    let mut key = [0; 3];
    // Whole words of eight bytes read as such, each by itself: as a loop,
    // the compiler made them a call to memcpy.
    let word = |k: usize| {
        let mut b = [0u8; 8];
        if let Some(w) = form.get(8 * k..8 * k + 8) {
            b.copy_from_slice(w);
        }
        u64::from_le_bytes(b)
    };
    let whole = form.len() / 8;
    if whole >= 1 {
        key[0] = word(0);
    }
    if whole >= 2 {
        key[1] = word(1);
    }
    if whole >= 3 {
        key[2] = word(2);
    }
    if let Some(slot) = key.get_mut(whole) {
        *slot = crate::hash::tail_word(&form[8 * whole..]);
    }
    key
}

/// The bytes of a key.
fn bytes_of(key: &Key) -> [u8; MAX_FORM] {
    let mut b = [0; MAX_FORM];
    for (k, w) in key.iter().enumerate() {
        b[8 * k..8 * k + 8].copy_from_slice(&w.to_le_bytes());
    }
    b
}

impl Vocab {
    /// An empty vocabulary with room for about `forms` forms.
    pub(crate) fn with_capacity(forms: usize) -> Vocab {
        Vocab {
            bytes: Vec::with_capacity(forms * 8),
            text: String::new(),
            spans: Vec::with_capacity(forms),
            table: vec![EMPTY; (forms * 2).next_power_of_two().max(64)],
        }
    }

    /// The number of forms.
    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    /// Form number `id` of a sealed vocabulary (see [`Vocab::seal`]); ""
    /// for a form added since it was last sealed.
    // No way to the unsealed bytes here: in wasm, that path's call gave
    // `Article::lowered`, which reads a form for the rules tens of
    // thousands of times an article, a stack frame of its own.
    #[inline]
    pub(crate) fn form(&self, id: FormId) -> &str {
        let (start, len) = self.spans[id as usize];
        let start = 8 * start as usize;
        self.text
            .get(start..start + len as usize)
            .unwrap_or_default()
    }

    /// Form number `id` whether or not the vocabulary is sealed: its bytes
    /// checked as text now, when it is not.
    pub(crate) fn form_unsealed(&self, id: FormId) -> &str {
        let (start, len) = self.spans[id as usize];
        let start = 8 * start as usize;
        let range = start..start + len as usize;
        match self.text.get(range.clone()) {
            Some(form) => form,
            None => {
                std::str::from_utf8(self.bytes.get(range).unwrap_or_default()).unwrap_or_default()
            }
        }
    }

    /// The forms' bytes, wherever they are kept.
    #[inline]
    fn stored(&self) -> &[u8] {
        if self.text.is_empty() {
            &self.bytes
        } else {
            self.text.as_bytes()
        }
    }

    /// Checks the forms added so far as UTF-8, once, so that [`Vocab::form`]
    /// reads them without checking each. Adding a form afterwards unseals
    /// the vocabulary (without copying), and [`Vocab::form`] stays right,
    /// only slower, until it is sealed again.
    pub(crate) fn seal(&mut self) {
        if self.text.is_empty() {
            self.text = String::from_utf8(std::mem::take(&mut self.bytes))
                // Never: the forms are ASCII and NULs. The bytes are kept.
                .unwrap_or_else(|e| {
                    self.bytes = e.into_bytes();
                    String::new()
                });
        }
    }

    /// The key and length of form `id`.
    pub(crate) fn key(&self, id: FormId) -> (Key, usize) {
        let (start, len) = self.spans[id as usize];
        let (start, len) = (8 * start as usize, usize::from(len));
        let text = self.stored();
        let mut key = [0; 3];
        for (k, w) in key.iter_mut().enumerate().take(len.div_ceil(8)) {
            let mut b = [0u8; 8];
            b.copy_from_slice(&text[start + 8 * k..start + 8 * k + 8]);
            *w = u64::from_le_bytes(b);
        }
        (key, len)
    }

    /// True when form `id` has `len` bytes and the key `key`.
    #[inline]
    fn is_key(&self, id: FormId, key: &Key, len: usize) -> bool {
        let (start, n) = self.spans[id as usize];
        if n as usize != len {
            return false;
        }
        let start = 8 * start as usize;
        let text = self.stored();
        let word = |k: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&text[start + 8 * k..start + 8 * k + 8]);
            u64::from_le_bytes(b)
        };
        // Word by word, as `hash`, without a loop.
        len == 0
            || word(0) == key[0]
                && (len <= 8 || word(1) == key[1] && (len <= 16 || word(2) == key[2]))
    }

    /// The slot of a form in the table: where it is, or the free slot where
    /// it would go.
    #[inline(always)]
    fn slot(&self, key: &Key, len: usize, h: u64) -> usize {
        let mask = self.table.len() - 1;
        let shift = 64 - self.table.len().trailing_zeros();
        let mut at = (h >> shift) as usize & mask;
        loop {
            let id = self.table[at];
            if id == EMPTY || self.is_key(id, key, len) {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /// The number of `form`, if the vocabulary has it.
    pub(crate) fn get(&self, form: &str) -> Option<FormId> {
        let len = form.len();
        if len > MAX_FORM {
            return None;
        }
        let key = key_of(form.as_bytes());
        let id = self.table[self.slot(&key, len, hash(&key, len))];
        (id != EMPTY).then_some(id)
    }

    /// The number of the form of `len` bytes whose key is `key`, added if
    /// new. Forms are ASCII: the lexicon's lists hold nothing else.
    // Inlined into the one loop over the tokens that calls it, adding a
    // form included (see `Vocab::add`).
    #[inline(always)]
    pub(crate) fn intern(&mut self, key: &Key, len: usize) -> FormId {
        self.intern_hashed(key, len, hash(key, len))
    }

    /// [`Vocab::intern`] given the form's [`hash`], which the caller keeps
    /// for the lexicon's table, hashed the same way.
    #[inline(always)]
    pub(crate) fn intern_hashed(&mut self, key: &Key, len: usize, h: u64) -> FormId {
        debug_assert!(len <= MAX_FORM && key_of(&bytes_of(key)[..len]) == *key);
        debug_assert_eq!(h, hash(key, len));
        let at = self.slot(key, len, h);
        match self.table[at] {
            EMPTY => self.add(at, key, len),
            id => id,
        }
    }

    /// Adds the form of `len` bytes whose key is `key` at free slot `at`.
    // Inlined too: four tokens in ten of a news article are a form's first,
    // and as a call (a stack frame, the key and the vocabulary read back
    // from memory) this cost 1.2% of wasm's time on PolNeAR dev and 1.1%
    // of native instructions; the doubling, a few times an article, is out
    // of line (see `Vocab::grow`).
    #[inline(always)]
    fn add(&mut self, at: usize, key: &Key, len: usize) -> FormId {
        let id = self.spans.len() as FormId;
        if !self.text.is_empty() {
            self.bytes = std::mem::take(&mut self.text).into_bytes();
        }
        // A form is shorter than the token it folds, so the text of the forms
        // reaches 32 GB only from a longer article than memory can hold.
        self.spans.push(((self.bytes.len() / 8) as u32, len as u8));
        // Word by word: copied as one slice of 8 to 24 bytes, it was a call
        // to memcpy; and written out, as in `hash`, rather than a loop.
        let words = len.div_ceil(8);
        for (k, w) in key.iter().enumerate() {
            if k < words {
                self.bytes.extend_from_slice(&w.to_le_bytes());
            }
        }
        self.table[at] = id;
        if self.spans.len() * 2 > self.table.len() {
            self.grow();
        }
        id
    }

    /// Doubles the table.
    // Out of line: `add`, inlined into nothing, runs for every new form, and
    // the table doubles a few times an article at most.
    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.table = vec![EMPTY; self.table.len() * 2];
        for (id, &(start, len)) in self.spans.iter().enumerate() {
            let start = 8 * start as usize;
            let key = key_of(&self.stored()[start..start + len as usize]);
            let len = len as usize;
            let at = self.slot(&key, len, hash(&key, len));
            self.table[at] = id as FormId;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_numbered_once() {
        let mut v = Vocab::with_capacity(1);
        let intern = |v: &mut Vocab, w: &str| v.intern(&key_of(w.as_bytes()), w.len());
        let words = [
            "said",
            "the",
            "",
            "chairman-elect",
            "said",
            "a",
            "the",
            "abcdefghijklmnopqrstuvwx",
            "abcdefghijklmnopqrstuvw",
        ];
        let ids: Vec<FormId> = words.iter().map(|w| intern(&mut v, w)).collect();
        assert_eq!(ids, [0, 1, 2, 3, 0, 4, 1, 5, 6]);
        assert_eq!(v.len(), 7);
        for (w, &id) in words.iter().zip(&ids) {
            assert_eq!(v.form_unsealed(id), *w);
            assert_eq!(v.get(w), Some(id));
        }
        assert_eq!(v.get("sai"), None);
        // Past several doublings of the table.
        for k in 0..1000 {
            let w = format!("w{k}");
            let id = intern(&mut v, &w);
            assert_eq!(v.form_unsealed(id), w);
        }
        assert_eq!(v.get("said"), Some(0));
        assert_eq!(v.get("w999").map(|id| v.form_unsealed(id)), Some("w999"));
        // Sealed, unsealed by a new form past a doubling, sealed again.
        for k in 0..3000 {
            if k % 1000 == 0 {
                v.seal();
            }
            let w = format!("x{k}");
            let id = intern(&mut v, &w);
            assert_eq!(v.form_unsealed(id), w);
            assert_eq!(v.form_unsealed(5), "abcdefghijklmnopqrstuvwx");
            assert_eq!(v.get("chairman-elect"), Some(3));
        }
        v.seal();
        assert_eq!(v.get("x2999").map(|id| v.form(id)), Some("x2999"));
        assert_eq!(v.form(0), "said");
    }
}
