//! The type `annotate` returns, under its JavaScript name.
//!
//! The value itself is a [`crate::json::Document`]: the JS `Annotations`
//! object is exactly the JSON the `claimlens` command line prints for the
//! same text. Its TypeScript interfaces are generated from the serde types in
//! `json.rs` and `model.rs` (tsify, which names `Document` `Annotations`);
//! this file declares the span type they use and the short names of the
//! speaker and claim types.

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
