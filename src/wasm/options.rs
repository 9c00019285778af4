//! The options object that `annotate` takes.

use super::error::{type_error, JsResult};
use js_sys::{Object, Reflect};
use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};

/// Options for `annotate` (and `annotateAsync`, which takes a few more).
/// Every field is optional; an unknown field is an error, so a misspelt
/// option does not go unnoticed.
#[derive(Clone, Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnnotateOptions {
    /// The largest text accepted, in **UTF-8 bytes** (not UTF-16 code units):
    /// a longer text throws a `RangeError`. Default 64 MiB.
    #[tsify(optional)]
    pub max_len: Option<u32>,
}

/// The JS names of the fields above.
const KNOWN: &[&str] = &["maxLen"];

impl AnnotateOptions {
    /// Reads the options argument of `function`: `undefined` and `null` mean
    /// the defaults. Read by hand rather than through serde, so that the
    /// errors name the option and the value a caller passed.
    pub(crate) fn from_js(function: &str, value: &JsValue) -> JsResult<AnnotateOptions> {
        if value.is_undefined() || value.is_null() {
            return Ok(AnnotateOptions::default());
        }
        let Some(object) = value.dyn_ref::<Object>().filter(|_| value.is_object()) else {
            let kind = value.js_typeof().as_string().unwrap_or_default();
            return Err(type_error(
                function,
                &format!("options must be an object, got {kind}"),
            ));
        };
        for key in Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !KNOWN.contains(&key.as_str()) {
                let known = KNOWN.join(", ");
                return Err(type_error(
                    function,
                    &format!("unknown option {key:?} (known: {known})"),
                ));
            }
        }
        let max_len = Reflect::get(object, &JsValue::from_str("maxLen"))?;
        let max_len = if max_len.is_undefined() || max_len.is_null() {
            None
        } else {
            match max_len.as_f64() {
                Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) => {
                    Some(n as u32)
                }
                _ => {
                    let shown = js_sys::JSON::stringify(&max_len)
                        .ok()
                        .and_then(|s| s.as_string())
                        .unwrap_or_else(|| max_len.js_typeof().as_string().unwrap_or_default());
                    return Err(type_error(
                        function,
                        &format!("options.maxLen must be a whole number of bytes, got {shown}"),
                    ));
                }
            }
        };
        Ok(AnnotateOptions { max_len })
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
