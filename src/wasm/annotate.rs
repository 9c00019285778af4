//! `annotate(text, options?)` and `version()`.

use super::error::{core_error, install_panic_hook, type_error, JsResult};
use super::options::AnnotateOptions;
use wasm_bindgen::prelude::*;

/// Annotates `text` (exported to JavaScript as `annotate`).
///
/// Returns the speakers and claims as a plain object, field for field the
/// JSON that the `claimlens annotate` command prints for the same text, with
/// offsets in UTF-16 code units into `text`.
///
/// # Errors
///
/// Throws a `TypeError` when `text` is not a string or `options` is not a
/// valid [`AnnotateOptions`] object, and a `RangeError` when the text is over
/// `options.maxLen` bytes.
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "Annotations")]
pub fn annotate_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AnnotateOptions")] options: Option<JsValue>,
) -> JsResult<JsValue> {
    install_panic_hook();
    let Some((text, len_utf16)) = super::annotations::text_of(&text) else {
        let kind = if text.is_null() {
            "null".into()
        } else {
            text.js_typeof().as_string().unwrap_or_default()
        };
        return Err(type_error(
            "annotate",
            &format!("text must be a string, got {kind}"),
        ));
    };
    let options = AnnotateOptions::from_js("annotate", &options.unwrap_or(JsValue::UNDEFINED))?;
    let found = options
        .annotator()
        .try_annotate(&text)
        .map_err(|e| core_error("annotate", e))?;
    // Numbers and strings that a JavaScript function makes the object of,
    // rather than serde-wasm-bindgen (one call into JavaScript per field) or
    // JSON to parse: the object is the CLI's output exactly (an `f32`
    // confidence of 0.87 stays 0.87, not 0.8700000047).
    Ok(super::annotations::to_js(&found, &text, len_utf16))
}

/// The version of the claimlens crate this module was built from (exported
/// to JavaScript as `version`).
#[wasm_bindgen(js_name = version)]
pub fn version_js() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
