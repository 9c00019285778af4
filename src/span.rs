//! Byte spans over the article text, and their conversion to UTF-16 code units.
//!
//! The Rust API speaks in **byte** offsets into the `&str` it was given, so a
//! span can slice the text directly. JSON and JavaScript speak in **UTF-16 code
//! units** (the indices of `String.prototype.slice`). [`Utf16Index`] converts
//! between the two without a table as large as the text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the article text.
///
/// Both ends always lie on `char` boundaries of the text the span came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no text.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers.
    ///
    /// # Panics
    ///
    /// Panics if the span is out of bounds or off a `char` boundary of `text`,
    /// which cannot happen for spans that claimlens produced from that `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies wholly inside `self`.
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A half-open range in UTF-16 code units, as JSON and JavaScript index text.
pub type Utf16Span = [u32; 2];

/// Converts byte offsets of one text into UTF-16 offsets and back.
///
/// It keeps one count every [`Utf16Index::STRIDE`] bytes (4 bytes per 64 of
/// text), so a lookup counts at most one stride of bytes. Pure-ASCII text,
/// the common case for news, needs no table at all.
#[derive(Debug, Clone)]
pub struct Utf16Index<'t> {
    text: &'t str,
    /// `units[k]`: the UTF-16 units of the characters that start before byte
    /// `k * STRIDE`.
    units: Vec<u32>,
    ascii: bool,
}

/// The UTF-16 units of the characters that start in `bytes`: one per
/// character, two for a character of four bytes (a surrogate pair).
#[inline]
fn units_in(bytes: &[u8]) -> u32 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // One unit per byte, less the continuation bytes, plus one per leader
    // of four bytes: eight bytes at a time, and an ASCII word, most of
    // them, changes nothing.
    let mut n = bytes.len() as u32;
    let mut adjust = |w: u64| {
        if w & HIGH != 0 {
            // High bit of each byte: continuation bytes (10xxxxxx), and
            // leaders of four bytes (11110xxx and up).
            let continuation = w & !(w << 1) & HIGH;
            let four = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
            n = n + high_bits(four) - high_bits(continuation);
        }
    };
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        adjust(u64::from_le_bytes(w));
    }
    // The last bytes as one word padded with NULs, which are neither.
    let rest = chunks.remainder();
    adjust(crate::hash::tail_word(rest));
    n
}

/// How many bytes of `x`, which has only bytes' high bits set, have it:
/// the bits brought down to each byte's lowest and summed into the top
/// byte (at most eight: no carry), cheaper than a count of ones on
/// processors without an instruction for it.
#[inline]
fn high_bits(x: u64) -> u32 {
    ((x >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32
}

impl<'t> Utf16Index<'t> {
    /// Bytes between counts.
    pub const STRIDE: usize = 64;

    /// Builds the index for `text` in one pass.
    pub fn new(text: &'t str) -> Utf16Index<'t> {
        if text.is_ascii() {
            return Utf16Index::ascii(text);
        }
        Utf16Index::counted(text)
    }

    /// [`Utf16Index::new`] for a text whose length in UTF-16 code units is
    /// known, as a JavaScript string's is: as long as its length in bytes
    /// only when it is ASCII, which then needs no pass over it (in wasm,
    /// a pass over the text's bytes four at a time).
    #[cfg(any(target_arch = "wasm32", test))]
    pub(crate) fn with_len_utf16(text: &'t str, len_utf16: usize) -> Utf16Index<'t> {
        if text.len() == len_utf16 {
            Utf16Index::ascii(text)
        } else {
            Utf16Index::counted(text)
        }
    }

    fn ascii(text: &'t str) -> Utf16Index<'t> {
        Utf16Index {
            text,
            units: Vec::new(),
            ascii: true,
        }
    }

    /// The index of a text that is not ASCII, with its counts.
    fn counted(text: &'t str) -> Utf16Index<'t> {
        let mut units = Vec::with_capacity(text.len() / Self::STRIDE + 2);
        let mut n: u32 = 0;
        for chunk in text.as_bytes().chunks(Self::STRIDE) {
            units.push(n);
            n += units_in(chunk);
        }
        // A count for the end of the text, when it falls on a stride.
        if text.len() % Self::STRIDE == 0 {
            units.push(n);
        }
        Utf16Index {
            text,
            units,
            ascii: false,
        }
    }

    /// Length of the whole text in UTF-16 code units.
    pub fn len_utf16(&self) -> u32 {
        self.to_utf16(self.text.len())
    }

    /// The UTF-16 offset of byte offset `byte`.
    ///
    /// A `byte` inside a multi-byte character maps to that character's end
    /// (it counts the characters that start before `byte`); one past the
    /// end maps to the text's UTF-16 length.
    pub fn to_utf16(&self, byte: usize) -> u32 {
        let byte = byte.min(self.text.len());
        if self.ascii {
            return byte as u32;
        }
        let k = byte / Self::STRIDE;
        self.units[k] + units_in(&self.text.as_bytes()[k * Self::STRIDE..byte])
    }

    /// The byte offset of UTF-16 offset `unit`, or `None` when `unit` is past
    /// the end or falls between the two halves of a surrogate pair.
    pub fn to_byte(&self, unit: u32) -> Option<usize> {
        if self.ascii {
            return (unit as usize <= self.text.len()).then_some(unit as usize);
        }
        let k = self.units.partition_point(|&u| u <= unit) - 1;
        // From the first character that starts in stride `k`: the units
        // before it are `units[k]`.
        let mut b0 = k * Self::STRIDE;
        while b0 < self.text.len() && !self.text.is_char_boundary(b0) {
            b0 += 1;
        }
        let mut units = self.units[k];
        for (i, c) in self.text[b0..].char_indices() {
            if units == unit {
                return Some(b0 + i);
            }
            if units > unit {
                return None;
            }
            units += c.len_utf16() as u32;
        }
        (units == unit).then_some(self.text.len())
    }

    /// The UTF-16 range of a byte span.
    pub fn span(&self, span: Span) -> Utf16Span {
        [self.to_utf16(span.start), self.to_utf16(span.end)]
    }

    /// The byte span of a UTF-16 range, or `None` if either end is not a
    /// character boundary of the text.
    pub fn byte_span(&self, span: Utf16Span) -> Option<Span> {
        Some(Span::new(self.to_byte(span[0])?, self.to_byte(span[1])?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_utf16_length_gives_the_same_index() {
        for text in ["", "He said so.", "“Yes,” she said.", "a 🙂 b", "é"] {
            let units = text.encode_utf16().count();
            let (ix, known) = (
                Utf16Index::new(text),
                Utf16Index::with_len_utf16(text, units),
            );
            assert_eq!(known.ascii, ix.ascii, "{text}");
            for b in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                assert_eq!(known.to_utf16(b), ix.to_utf16(b), "{text} {b}");
            }
        }
    }

    #[test]
    fn ascii_offsets_are_bytes() {
        let ix = Utf16Index::new("He said so.");
        assert_eq!(ix.span(Span::new(3, 7)), [3, 7]);
        assert_eq!(ix.to_byte(11), Some(11));
        assert_eq!(ix.to_byte(12), None);
    }

    #[test]
    fn curly_quotes_accents_and_emoji() {
        let text = "“Sørensen” said 💔 x";
        let ix = Utf16Index::new(text);
        let units: Vec<u16> = text.encode_utf16().collect();
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let u = ix.to_utf16(b) as usize;
            assert_eq!(String::from_utf16(&units[..u]).unwrap(), &text[..b]);
            assert_eq!(ix.to_byte(u as u32), Some(b));
        }
        let heart = text.find('💔').unwrap();
        // Half-way into the surrogate pair is not a character boundary.
        assert_eq!(ix.to_byte(ix.to_utf16(heart) + 1), None);
    }

    #[test]
    fn every_offset_of_mixed_text_round_trips() {
        // Strides start inside characters of two, three and four bytes.
        for text in [
            "é".repeat(97) + "x",
            "💔".repeat(40) + "ab",
            "a€".repeat(70),
            "“x” 💔 é".repeat(33),
        ] {
            let ix = Utf16Index::new(&text);
            let mut units = 0;
            for (b, c) in text.char_indices() {
                assert_eq!(ix.to_utf16(b), units);
                assert_eq!(ix.to_byte(units), Some(b));
                for inner in 1..c.len_utf8() {
                    assert_eq!(ix.to_utf16(b + inner), units + c.len_utf16() as u32);
                }
                if c.len_utf16() == 2 {
                    assert_eq!(ix.to_byte(units + 1), None);
                }
                units += c.len_utf16() as u32;
            }
            assert_eq!(ix.len_utf16(), units);
            assert_eq!(ix.to_byte(units), Some(text.len()));
            assert_eq!(ix.to_byte(units + 1), None);
        }
    }

    #[test]
    fn units_are_counted_eight_bytes_at_a_time_as_one_by_one() {
        let text = "a“é💔\u{10FFFF}ÿ\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000} x".repeat(5);
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            for end in start..bytes.len().min(start + 40) {
                let slow: u32 = bytes[start..end]
                    .iter()
                    .map(|&b| u32::from(b & 0xc0 != 0x80) + u32::from(b >= 0xf0))
                    .sum();
                assert_eq!(units_in(&bytes[start..end]), slow);
            }
        }
    }

    #[test]
    fn long_text_crosses_checkpoints() {
        let text = "é".repeat(1000) + "end";
        let ix = Utf16Index::new(&text);
        assert_eq!(ix.to_utf16(2000), 1000);
        assert_eq!(ix.to_byte(1001), Some(2001));
        assert_eq!(ix.len_utf16(), 1003);
    }
}
