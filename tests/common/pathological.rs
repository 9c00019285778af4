//! The pathological inputs of issue #5, in one place: `tests/hostile.rs`
//! checks that each runs in linear time and `benches/hostile.rs` measures
//! their throughput, so the test and the benchmark cannot drift apart.
//! Included by both with `#[path = "…"] mod pathological;` (a `tests/`
//! subfolder, so cargo does not build it as a test of its own).
//!
//! Each input is a generator of a text of about `bytes` bytes, so that one
//! input can be built at two sizes and its times compared.

// Each includer uses only part of this file: the benchmark takes one input
// of each kind, and only the test builds JS strings itself.
#![allow(dead_code)]

pub const MB: usize = 1_000_000;

/// One pathological input: a name for reports, the size the issue asks for
/// (in bytes, for a release build) and how to build it at any size.
#[derive(Clone, Copy)]
pub struct Input {
    pub name: &'static str,
    pub bytes: usize,
    make: Make,
}

#[derive(Clone, Copy)]
enum Make {
    /// Most inputs are one unit repeated: the unit is all they need to say.
    Repeat(&'static str),
    With(fn(usize) -> String),
}

impl Input {
    /// `unit` repeated to the size.
    pub const fn repeat(name: &'static str, bytes: usize, unit: &'static str) -> Self {
        Input {
            name,
            bytes,
            make: Make::Repeat(unit),
        }
    }

    /// Built by `make` from the size.
    pub const fn with(name: &'static str, bytes: usize, make: fn(usize) -> String) -> Self {
        Input {
            name,
            bytes,
            make: Make::With(make),
        }
    }

    /// The text at about `bytes` bytes.
    pub fn at(&self, bytes: usize) -> String {
        match self.make {
            Make::Repeat(unit) => repeat_to(unit, bytes),
            Make::With(make) => make(bytes),
        }
    }
}

/// `unit` repeated to `bytes` (cut at a char boundary).
pub fn repeat_to(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len() + 1);
    let mut end = bytes.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// What wasm-bindgen hands the engine for a JS string: lone surrogates become
/// U+FFFD (the WHATWG encoder's replacement), one code unit each.
pub fn from_js(units: &[u16]) -> String {
    String::from_utf16_lossy(units)
}

/// Paragraphs of two claims each, every speaker new, separated by `newline`
/// twice: the one input where many claims, speakers and paragraphs pile up.
fn claim_paragraphs(bytes: usize, newline: &str) -> String {
    let mut s = String::with_capacity(bytes + 100);
    let mut k = 0;
    while s.len() < bytes {
        s.push_str(&format!(
            "Speaker{k} said the talks were useful. Critics denied it.{newline}{newline}"
        ));
        k += 1;
    }
    s
}

/// A sample of a right-to-left paragraph: Hebrew and Arabic, bidi controls,
/// the reporting words in English.
pub const RTL: &str = "\u{202b}הממשלה\u{202c} said “\u{200f}זה לא נכון\u{200f}.” \
                       المتحدث باسم الحكومة said the talks were useful. \u{202e}Putin denied it.\u{202c}";

pub const NO_SPACES: [Input; 3] = [
    Input::repeat("one word", 10 * MB, "a"),
    Input::repeat(
        "words without spaces",
        10 * MB,
        "PutinsaidthattheKremlindenied.",
    ),
    Input::repeat("one multi-byte letter", 10 * MB, "é"),
];

/// The first mixes straight and curly marks; the others are one kind each.
pub const QUOTE_MARKS: [Input; 8] = [
    Input::repeat("mixed straight and curly quote marks", 10 * MB, "\"“'‘”’"),
    Input::repeat("straight quote marks", 10 * MB, "\""),
    Input::repeat("curly pairs", 10 * MB, "“”"),
    Input::repeat("curly openers", 10 * MB, "“"),
    Input::repeat("single quote marks", 10 * MB, "'"),
    Input::repeat("guillemets", 10 * MB, "«»"),
    Input::repeat("low and high quote marks", 10 * MB, "„“"),
    Input::repeat("spaced quote marks", 10 * MB, "\" "),
];

/// The first is full of claims (the test checks that they are found).
/// The fourth is a relative clause's content whose every ", has" comes
/// after an odd count of commas, where a count from the start for each
/// once made the content's end quadratic. The fifth and sixth are cues
/// followed by a clause of time, which was once followed to the sentence's
/// end for every cue; the last three made every content run to the
/// sentence's end ("as X put it", "according to X, writing for Y,") or
/// counted the whole sentence for every capitalised cue verb ("the United
/// States").
pub const ONE_SENTENCE: [Input; 9] = [
    Input::repeat(
        "1 MB sentence",
        MB,
        "Putin said that the talks were useful and that ",
    ),
    Input::repeat(
        "1 MB sentence of commas",
        MB,
        "he said, she said, they denied, ",
    ),
    Input::with("1 MB quote", MB, |n| {
        format!("He said: “{}”", repeat_to("we will win and ", n))
    }),
    Input::with("1 MB relative clause of asides", MB, |n| {
        format!("The board, which said a{}.", repeat_to(", the, has", n))
    }),
    Input::repeat(
        "1 MB sentence of clauses of time",
        MB,
        "The mayor said as the board ",
    ),
    Input::repeat(
        "1 MB sentence of trailing cues with clauses of time",
        MB,
        "C, the mayor told the council as he ",
    ),
    Input::repeat(
        "1 MB sentence of 'as X put it'",
        MB,
        "The plan is unworkable, as the union put it, ",
    ),
    Input::repeat(
        "1 MB sentence of 'according to X, writing for Y'",
        MB,
        "According to the mayor, writing for the paper, the contract was never put out to tender, ",
    ),
    Input::repeat(
        "1 MB sentence of capitalised cue verbs",
        MB,
        "The deal worried the United States, which claims that the ships carry arms, ",
    ),
];

pub const SAID_SAID: [Input; 5] = [
    Input::repeat("said said said", 4 * MB, "said "),
    Input::repeat("Said. Said. Said.", 4 * MB, "Said. "),
    Input::repeat("he said he said", 4 * MB, "he said "),
    Input::repeat("according to according to", 4 * MB, "according to "),
    Input::repeat("denied denied", 4 * MB, "denied that "),
];

/// The first is full of claims (the test checks that they are found).
pub const PARAGRAPHS: [Input; 3] = [
    Input::with("50,000 paragraphs", 50_000 * 60, |n| {
        claim_paragraphs(n, "\n")
    }),
    Input::repeat("50,000 empty paragraphs", 50_000 * 2, "\n"),
    Input::repeat("50,000 empty CRLF paragraphs", 50_000 * 4, "\r\n"),
];

/// CRLF line endings on text with claims in it (`crlf_gives_the_claims_lf_gives`
/// checks that they are the claims LF gives).
pub const CRLF: Input = Input::with("50,000 CRLF paragraphs", 50_000 * 62, |n| {
    claim_paragraphs(n, "\r\n")
});

pub const UNMATCHED_AND_NESTED: [Input; 4] = [
    Input::repeat("openers without closers", 2 * MB, "He said “the talks "),
    Input::repeat("closers without openers", 2 * MB, "were useful,” he said. "),
    Input::with("nested curly quotes", 2 * MB, |n| {
        let depth = n / 8;
        format!("{}x{}", "“‘".repeat(depth / 2), "’”".repeat(depth / 2))
    }),
    Input::with("nested straight quotes", 2 * MB, |n| {
        let depth = n / 2;
        format!(
            "He said {}x{} today.",
            "\"'".repeat(depth / 2),
            "'\"".repeat(depth / 2)
        )
    }),
];

/// A JS string of lone surrogates and real pairs, as the engine gets it
/// from wasm-bindgen: U+FFFD runs with 4-byte characters between them.
pub const LONE_SURROGATES: Input = Input::with(
    "lone surrogates from JS",
    MB,
    // Three units give one real pair (4 bytes) and one U+FFFD (3 bytes).
    |n| {
        let units: Vec<u16> = (0..n * 3 / 7)
            .map(|i| if i % 3 == 0 { 0xDBFF } else { 0xDC01 })
            .collect();
        from_js(&units)
    },
);

pub const NUL: Input = Input::repeat("NUL bytes", MB, "\0");

pub const RTL_AND_COMBINING: [Input; 4] = [
    Input::repeat("right-to-left text", MB, RTL),
    Input::repeat("combining marks", MB, "e\u{301}\u{302}\u{303} "),
    Input::with("one base with a megabyte of marks", MB, |n| {
        format!("a{}", repeat_to("\u{301}", n))
    }),
    Input::repeat("emoji sequences", MB, "👩‍👩‍👧 said “🇺🇦👍🏽”. "),
];

/// Mixed quote styles that once made quote pairing quadratic.
pub const MIXED_QUOTE_STYLES: [Input; 4] = [
    Input::repeat("“’", 2 * MB, "“’"),
    Input::repeat("all marks", 4 * MB, "“\"‘'«„”’»"),
    Input::repeat("interleaved", 2 * MB, "“a ‘b” c’ she said. "),
    Input::repeat("paragraph quotes", 2 * MB, "\n\n“ , ” and "),
];

/// Sentences that never end, full of cues: each cue once scanned back to the start.
pub const MANY_CUES: [Input; 4] = [
    Input::repeat(
        "However, dubbed: the Kremlin  ",
        MB,
        "However, dubbed: the Kremlin  ",
    ),
    Input::repeat(":„ They ' but responded ", MB, ":„ They ' but responded "),
    Input::repeat(". said, called x \\n:", MB, ". said, called x \n:"),
    Input::repeat("said insisted »", MB, "said insisted »"),
];

/// One speaker with tens of thousands of claims: mentions once were sorted per claim.
pub const ONE_SPEAKER: Input =
    Input::repeat("one speaker", 4 * MB, "Putin said the talks were useful. ");
