//! Fuzz target over `claimlens::annotate`, the UTF-16 index and the JSON
//! document, checking on every input what the engine promises:
//!
//! - no panic (libFuzzer reports any as a crash);
//! - every span in bounds, ordered, on `char` boundaries;
//! - every `speaker` a claim names exists, `counters` names an existing claim
//!   and never the claim itself, ids are unique;
//! - the JSON's UTF-16 offsets cut exactly the text the byte spans cut, and
//!   the JSON round-trips through serde_json;
//! - for text that came from JavaScript as UTF-16 with lone surrogates
//!   (which wasm-bindgen turns into U+FFFD), the offsets still index the
//!   caller's own UTF-16 string;
//! - `Utf16Index` converts both ways consistently;
//! - the size limit refuses exactly the texts over it;
//! - the same text gives the same annotations.
//!
//! The first byte picks how the rest is read (see [`Mode`]).
//!
//! ```text
//! cd fuzz && cargo +nightly fuzz run annotate -- -dict=annotate.dict
//! ```

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    claimlens_fuzz::run(&claimlens_fuzz::decode(data));
});
