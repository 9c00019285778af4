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
/// It keeps one checkpoint every [`Utf16Index::STRIDE`] bytes, so memory stays
/// a small fraction of the text, and a lookup scans at most one stride.
/// Pure-ASCII text, the common case for news, needs no table at all.
#[derive(Debug, Clone)]
pub struct Utf16Index<'t> {
    text: &'t str,
    /// UTF-16 offset at byte `i * STRIDE` (rounded down to a char boundary).
    checkpoints: Vec<(usize, u32)>,
    ascii: bool,
}

impl<'t> Utf16Index<'t> {
    /// Bytes between checkpoints.
    pub const STRIDE: usize = 256;

    /// Builds the index for `text` in one pass.
    pub fn new(text: &'t str) -> Utf16Index<'t> {
        if text.is_ascii() {
            return Utf16Index {
                text,
                checkpoints: Vec::new(),
                ascii: true,
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / Self::STRIDE + 1);
        let mut units: u32 = 0;
        let mut next = 0usize;
        for (i, c) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, units));
                next = (i / Self::STRIDE + 1) * Self::STRIDE;
            }
            units += c.len_utf16() as u32;
        }
        checkpoints.push((text.len(), units));
        Utf16Index {
            text,
            checkpoints,
            ascii: false,
        }
    }

    /// Length of the whole text in UTF-16 code units.
    pub fn len_utf16(&self) -> u32 {
        self.to_utf16(self.text.len())
    }

    /// The UTF-16 offset of byte offset `byte`.
    ///
    /// A `byte` inside a multi-byte character maps to that character's start;
    /// one past the end maps to the text's UTF-16 length.
    pub fn to_utf16(&self, byte: usize) -> u32 {
        let byte = byte.min(self.text.len());
        if self.ascii {
            return byte as u32;
        }
        let k = self.checkpoints.partition_point(|&(b, _)| b <= byte) - 1;
        let (b0, u0) = self.checkpoints[k];
        // Every character that starts before `byte` counts one unit, two
        // from four bytes up (a surrogate pair): count lead bytes, not chars.
        let units: u32 = self.text.as_bytes()[b0..byte]
            .iter()
            .map(|&b| u32::from(b & 0xc0 != 0x80) + u32::from(b >= 0xf0))
            .sum();
        u0 + units
    }

    /// The byte offset of UTF-16 offset `unit`, or `None` when `unit` is past
    /// the end or falls between the two halves of a surrogate pair.
    pub fn to_byte(&self, unit: u32) -> Option<usize> {
        if self.ascii {
            return (unit as usize <= self.text.len()).then_some(unit as usize);
        }
        let k = self.checkpoints.partition_point(|&(_, u)| u <= unit) - 1;
        let (b0, u0) = self.checkpoints[k];
        let mut units = u0;
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
    fn long_text_crosses_checkpoints() {
        let text = "é".repeat(1000) + "end";
        let ix = Utf16Index::new(&text);
        assert_eq!(ix.to_utf16(2000), 1000);
        assert_eq!(ix.to_byte(1001), Some(2001));
        assert_eq!(ix.len_utf16(), 1003);
    }
}
