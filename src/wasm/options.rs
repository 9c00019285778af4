//! The options object that `annotate` takes.

use super::error::{type_error, JsResult};
use serde::Deserialize;
use wasm_bindgen::JsValue;

/// Options for `annotate` (and `annotateAsync`, which takes a few more).
/// Every field is optional; unknown fields are an error, so a misspelt
/// option does not go unnoticed.
#[derive(Clone, Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnnotateOptions {
    /// The largest text accepted, in **UTF-8 bytes** (not UTF-16 code units):
    /// a longer text throws a `RangeError`. Default 64 MiB.
    #[tsify(optional)]
    pub max_len: Option<u32>,
}

impl AnnotateOptions {
    /// Reads the options argument of `function`: `undefined` and `null` mean
    /// the defaults.
    pub(crate) fn from_js(function: &str, value: &JsValue) -> JsResult<AnnotateOptions> {
        if value.is_undefined() || value.is_null() {
            return Ok(AnnotateOptions::default());
        }
        if !value.is_object() {
            let kind = value.js_typeof().as_string().unwrap_or_default();
            return Err(type_error(
                function,
                &format!("options must be an object, got {kind}"),
            ));
        }
        serde_wasm_bindgen::from_value(value.clone())
            .map_err(|e| type_error(function, &format!("bad options: {e}")))
    }

    /// The core annotator these options describe.
    pub(crate) fn annotator(&self) -> crate::Annotator {
        let annotator = crate::Annotator::new();
        match self.max_len {
            Some(bytes) => annotator.max_len(bytes as usize),
            None => annotator,
        }
    }
}
