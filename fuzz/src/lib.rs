//! What the fuzz target `annotate` reads from its bytes, and what it checks.
//! Shared with the `show` binary, which prints the text an input stands for.

use claimlens::{Annotations, Annotator, Span, Utf16Index};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

/// Words and marks the engine's rules react to; mode 2 builds text from them.
pub const PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    ".",
    ",",
    ":",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "said",
    "says",
    "told",
    "stated",
    "added",
    "denied",
    "rejected",
    "dismissed",
    "countered",
    "accused",
    "warned",
    "responded",
    "hit back",
    "dubbed",
    "called",
    "according to",
    "that",
    "However,",
    "but",
    "critics say",
    "as hypocritical",
    "declined to comment",
    "He",
    "he",
    "She",
    "They",
    "it",
    "Putin",
    "Vladimir Putin",
    "Raisi",
    "the Kremlin",
    "White House spokesman John Kirby",
    "Western governments",
    "critics",
    "Mr.",
    "Dr",
    "the talks",
    "were useful",
    "is false",
    "genocide",
    "claim",
    "remarks",
    "(",
    ")",
    "—",
    "…",
    "?",
    "!",
    ";",
    "💔",
    "e\u{301}",
    "עברית",
    "\u{200f}",
    "\u{feff}",
    "\0",
    "\u{fffd}",
    "Ø",
    "who",
    "which",
    "and",
    "when",
];

/// How the bytes after the first are read.
#[derive(Debug, Clone, Copy)]
pub enum Mode {
    /// UTF-8, invalid sequences replaced (what a file or a paste gives).
    Utf8,
    /// Little-endian UTF-16 code units, lone surrogates included (what a JS
    /// string can hold), replaced as wasm-bindgen replaces them.
    Utf16,
    /// Each byte picks a piece of news-like text from [`PIECES`].
    Pieces,
    /// UTF-8 again, with the slower checks: determinism, the size limit and
    /// the UTF-16 index at every boundary.
    Thorough,
}

/// One fuzz input, decoded: the mode, the text the engine gets and, for
/// [`Mode::Utf16`], the JavaScript string it came from.
pub struct Input {
    /// How the bytes were read.
    pub mode: Mode,
    /// The text for `annotate`.
    pub text: String,
    /// The caller's UTF-16 string (lone surrogates kept), in [`Mode::Utf16`].
    pub units: Option<Vec<u16>>,
    /// The first byte, which also sets the size limit in [`Mode::Thorough`].
    pub first: u8,
}

/// Reads fuzz bytes: the first picks the [`Mode`], the rest is the text.
pub fn decode(data: &[u8]) -> Input {
    let Some((&first, rest)) = data.split_first() else {
        return Input {
            mode: Mode::Utf8,
            text: String::new(),
            units: None,
            first: 0,
        };
    };
    let mode = match first % 4 {
        0 => Mode::Utf8,
        1 => Mode::Utf16,
        2 => Mode::Pieces,
        _ => Mode::Thorough,
    };
    let (text, units) = match mode {
        Mode::Utf8 | Mode::Thorough => (String::from_utf8_lossy(rest).into_owned(), None),
        Mode::Utf16 => {
            let units: Vec<u16> = rest
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            (String::from_utf16_lossy(&units), Some(units))
        }
        Mode::Pieces => (
            rest.iter()
                .map(|&b| PIECES[b as usize % PIECES.len()])
                .collect(),
            None,
        ),
    };
    Input {
        mode,
        text,
        units,
        first,
    }
}

/// Annotates one decoded input and checks everything; panics on a failure.
pub fn run(input: &Input) {
    let text = &input.text;
    let found = claimlens::annotate(text);
    check(&found, text);
    if let Some(units) = &input.units {
        check_against_js_string(&found, text, units);
    }
    if matches!(input.mode, Mode::Thorough) {
        assert!(claimlens::annotate(text) == found, "a second run differs");
        // The limit refuses exactly what is over it.
        let max = usize::from(input.first) * 4;
        match Annotator::new().max_len(max).try_annotate(text) {
            Ok(again) => {
                assert!(text.len() <= max);
                assert!(again == found, "try_annotate differs from annotate");
            }
            Err(claimlens::Error::TooLarge { len, max: m }) => {
                assert!(len == text.len() && m == max && len > max);
            }
            Err(e) => panic!("unexpected error {e}"),
        }
        check_index(text);
    }
}

/// The properties every result must have: those of
/// `tests/common/invariants.rs` (the file the property and hostile-input
/// tests check, read here too so that the three cannot drift apart), and a
/// JSON document that round-trips.
pub fn check(found: &Annotations, text: &str) {
    if let Err(e) = invariants::check(text, found) {
        panic!("{e}");
    }
    let doc = found.to_document(text);
    let json = serde_json::to_string(&doc).expect("serialises");
    let back: claimlens::Document = serde_json::from_str(&json).expect("parses back");
    assert!(back == doc, "the JSON does not round-trip");
}

/// For text that came from a JS string `units` (lone surrogates replaced by
/// U+FFFD, one unit each, as wasm-bindgen does), every JSON offset indexes
/// `units` itself: a slice of the caller's string, its lone surrogates
/// replaced the same way, is the text the engine saw there.
pub fn check_against_js_string(found: &Annotations, text: &str, units: &[u16]) {
    let doc = found.to_document(text);
    assert_eq!(Utf16Index::new(text).len_utf16() as usize, units.len());
    let same = |u: [u32; 2], byte: Span| {
        let (a, b) = (u[0] as usize, u[1] as usize);
        assert!(a <= b && b <= units.len());
        assert_eq!(String::from_utf16_lossy(&units[a..b]), byte.slice(text));
    };
    for (c, jc) in found.claims.iter().zip(&doc.claims) {
        same(jc.content, c.content);
        if let (Some(b), Some(u)) = (c.cue, jc.cue) {
            same(u, b);
        }
        if let (Some(b), Some(u)) = (c.source, jc.source) {
            same(u, b);
        }
    }
    for (s, js) in found.speakers.iter().zip(&doc.speakers) {
        for (&m, &u) in s.mentions.iter().zip(&js.mentions) {
            same(u, m);
        }
    }
}

/// `Utf16Index` both ways: at every character boundary, and at every byte
/// for a short text (a stride of the index per lookup makes every byte of a
/// long text too slow for a fuzz loop).
pub fn check_index(text: &str) {
    let ix = Utf16Index::new(text);
    let mut units = 0u32;
    for (b, c) in text.char_indices() {
        assert_eq!(ix.to_utf16(b), units, "to_utf16({b})");
        assert_eq!(ix.to_byte(units), Some(b), "to_byte({units})");
        if c.len_utf16() == 2 {
            assert_eq!(ix.to_byte(units + 1), None, "to_byte inside a pair");
        }
        units += c.len_utf16() as u32;
    }
    assert_eq!(ix.len_utf16(), units);
    assert_eq!(ix.to_byte(units), Some(text.len()));
    assert_eq!(ix.to_byte(units + 1), None);
    // A byte inside a character maps to that character's end (span.rs: it
    // counts the characters that start before the byte).
    if text.len() <= 256 {
        for b in (0..=text.len()).filter(|&b| !text.is_char_boundary(b)) {
            let end = (b..=text.len())
                .find(|&i| text.is_char_boundary(i))
                .unwrap();
            assert_eq!(
                ix.to_utf16(b),
                ix.to_utf16(end),
                "to_utf16({b}) inside a character"
            );
        }
    }
}
