//! The type `annotate` returns, under its JavaScript name, and the making
//! of it.
//!
//! The value itself is a [`crate::json::Document`]: the JS `Annotations`
//! object is exactly the JSON the `claimlens` command line prints for the
//! same text. Its TypeScript interfaces are generated from the serde types in
//! `json.rs` and `model.rs` (tsify, which names `Document` `Annotations`);
//! this file declares the span type they use and the short names of the
//! speaker and claim types. `annotations.js` beside it makes the object from
//! the numbers and strings [`to_js`] packs.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_ANNOTATIONS: &'static str = r#"
/**
 * A half-open range `[start, end)` in UTF-16 code units: the same indices as
 * `String.prototype.slice` on the annotated text.
 */
export type Utf16Span = [number, number];

/** One speaker of `Annotations.speakers`. */
export type Speaker = JsonSpeaker;

/** One claim or counterclaim of `Annotations.claims`. */
export type Claim = JsonClaim;
"#;

#[wasm_bindgen(module = "/src/wasm/annotations.js")]
extern "C" {
    /// Makes the object from what [`to_js`] packs.
    fn annotations(words: &[u32], ends: &[u32], strings: &str) -> JsValue;

    /// Writes `text` from UTF-16 index `from` into `dest` as UTF-8, as far
    /// as it fits; returns how many code units it read.
    #[wasm_bindgen(js_name = encodeInto)]
    fn encode_into(text: &JsValue, from: u32, dest: &mut [u8]) -> u32;

    /// How many bytes the last [`encode_into`] wrote.
    fn encoded() -> u32;
}

/// The JavaScript string `text` as Rust text (`None` when it is no
/// string), as `JsValue::as_string` makes it (lone surrogates become
/// U+FFFD) but with the encoder's own speed for every part: news text is
/// mostly ASCII with a few curly quotes and dashes. With it, its length in
/// UTF-16 code units (a U+FFFD for a lone surrogate is one, as it was).
pub(crate) fn text_of(text: &JsValue) -> Option<(String, usize)> {
    let units = text.dyn_ref::<js_sys::JsString>()?.length() as usize;
    // Room for every unit and one more byte for one in eight: the curly
    // quotes and dashes of a news article (three bytes for one unit).
    let mut bytes = vec![0u8; units + units / 8];
    let (mut read, mut len) = (0, 0);
    loop {
        read += encode_into(text, read as u32, &mut bytes[len..]) as usize;
        len += encoded() as usize;
        if read >= units {
            break;
        }
        // At most three bytes for each unit left.
        bytes.resize(len + 3 * (units - read), 0);
    }
    bytes.truncate(len);
    // The room left is given back (in place) for the engine's own memory.
    bytes.shrink_to_fit();
    String::from_utf8(bytes).ok().map(|s| (s, units))
}

/// The strings of the packed annotations: every one added once.
#[derive(Default)]
struct Strings {
    text: String,
    /// Where each string ends in `text`, in UTF-16 code units.
    ends: Vec<u32>,
    /// The UTF-16 length of `text`.
    units: u32,
    /// The names of kinds, roles and categories added so far, and their
    /// numbers: a handful, asked thousands of times.
    names: Vec<(&'static str, u32)>,
}

impl Strings {
    /// The number of a new string `s`.
    fn add(&mut self, s: &str) -> u32 {
        self.text.push_str(s);
        self.units += if s.is_ascii() {
            s.len() as u32
        } else {
            s.encode_utf16().count() as u32
        };
        self.ends.push(self.units);
        self.ends.len() as u32 - 1
    }

    /// The number of the name `s`, added the first time.
    fn name(&mut self, s: &'static str) -> u32 {
        // Told apart by address and length, not by their bytes: a name is
        // one of a few literals, asked three times a claim, and comparing
        // bytes was a call to memcmp each time. A name whose literal were
        // stored twice would only be added twice, the same text.
        match self.names.iter().find(|&&(n, _)| std::ptr::eq(n, s)) {
            Some(&(_, k)) => k,
            None => {
                let k = self.add(s);
                self.names.push((s, k));
                k
            }
        }
    }
}

/// The JavaScript object of `found`'s JSON for `text` (see
/// [`crate::json::Document`]), made by `annotations.js` from numbers and
/// strings packed here. Written as JSON and parsed by `JSON.parse`, the
/// object cost a tenth of `annotate`'s time on news articles.
///
/// `words`: the speakers' count, then for each its number, name, kind and
/// number of mentions, then its mentions' UTF-16 ranges; the claims' count,
/// then fifteen words each. Names, kinds, roles and categories are numbers
/// of strings, which end in `strings` at `ends` (UTF-16 code units). Absent
/// ids are 0, an absent range has a 0 flag before it, and the confidence is
/// in hundredths.
pub(crate) fn to_js(found: &crate::Annotations, text: &str, len_utf16: usize) -> JsValue {
    use crate::json::{claim_kind, role, speaker_kind};
    let ix = crate::Utf16Index::with_len_utf16(text, len_utf16);
    let mentions: usize = found.speakers.iter().map(|s| s.mentions.len()).sum();
    let mut words =
        Vec::with_capacity(2 + 4 * found.speakers.len() + 2 * mentions + 15 * found.claims.len());
    let mut strings = Strings::default();
    let span = |words: &mut Vec<u32>, s: Option<crate::Span>| match s {
        Some(s) => words.extend([1, ix.to_utf16(s.start), ix.to_utf16(s.end)]),
        None => words.extend([0, 0, 0]),
    };
    words.push(found.speakers.len() as u32);
    for s in &found.speakers {
        let name = strings.add(&s.name);
        let kind = strings.name(speaker_kind(s.kind));
        words.extend([s.id.0, name, kind, s.mentions.len() as u32]);
        for &m in &s.mentions {
            words.extend(ix.span(m));
        }
    }
    words.push(found.claims.len() as u32);
    for c in &found.claims {
        let kind = strings.name(claim_kind(c.kind));
        let role = strings.name(role(c.role));
        let category = strings.name(c.cue_category.as_str());
        words.extend([c.id.0, c.speaker.map_or(0, |s| s.0), kind, role]);
        span(&mut words, c.cue);
        words.push(category);
        span(&mut words, c.source);
        words.extend(ix.span(c.content));
        words.push(c.counters.map_or(0, |t| t.0));
        // The JSON's number is this many hundredths, written as the
        // shortest f32 that is that number (0.85, 1.0).
        words.push((c.confidence * 100.0).round() as i32 as u32);
    }
    annotations(&words, &strings.ends, &strings.text)
}
