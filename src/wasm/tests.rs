//! The JavaScript binding in a real browser (headless Chromium), through
//! wasm-bindgen-test: `cargo test --target wasm32-unknown-unknown --lib`
//! (scripts/test-browser.sh runs it). They live in the library rather than
//! in tests/ because an integration test would build the command-line
//! binary for wasm32 too.

use crate::{annotate_js, version_js};
use js_sys::{JsString, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../../tests/corpus/seed-raisi-putin.json");

fn seed_text() -> String {
    let doc: serde_json::Value = serde_json::from_str(SEED).unwrap();
    doc["text"].as_str().unwrap().to_string()
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn options(json: &str) -> Option<JsValue> {
    Some(JSON::parse(json).unwrap())
}

/// The error thrown by `annotate(text, options)`: its class name and message.
fn error_of(text: JsValue, options: Option<JsValue>) -> (String, String) {
    let err = annotate_js(text, options).expect_err("expected an exception");
    let err: js_sys::Error = err.dyn_into().expect("an Error object");
    (err.name().into(), err.message().into())
}

#[wasm_bindgen_test]
fn annotate_returns_exactly_the_cli_json() {
    for text in [
        seed_text(),
        String::new(),
        "Putin said the talks were useful.".to_string(),
    ] {
        let js = annotate_js(JsValue::from_str(&text), None).unwrap();
        let from_js: String = JSON::stringify(&js).unwrap().into();
        let from_rust = serde_json::to_string(&crate::annotate(&text).to_document(&text)).unwrap();
        assert_eq!(from_js, from_rust);
    }
}

#[wasm_bindgen_test]
fn result_is_a_plain_object_with_null_for_absent_fields() {
    let js = annotate_js(JsValue::from_str(&seed_text()), None).unwrap();
    assert!(js_sys::Array::is_array(&get(&js, "speakers")));
    let claims: js_sys::Array = get(&js, "claims").dyn_into().unwrap();
    for claim in claims.iter() {
        for key in ["speaker", "cue", "source", "counters"] {
            let v = get(&claim, key);
            assert!(
                !v.is_undefined(),
                "{key} must be null, not undefined, when absent"
            );
        }
        let confidence = get(&claim, "confidence").as_f64().unwrap();
        // Exactly what JSON.parse gives for the CLI's number: two decimals.
        assert_eq!((confidence * 100.0).round() / 100.0, confidence);
    }
}

#[wasm_bindgen_test]
fn offsets_index_the_javascript_string() {
    // Accents, curly quotes and a character outside the BMP before the claims.
    let text = "Zoë Sørensen 🙂 of the Ærø council said the ferry “will not stop”. \
                The minister denied that the ferry would stop, according to Ørsted.";
    let js = annotate_js(JsValue::from_str(text), None).unwrap();
    let js_text = JsString::from(text);
    let rust = crate::annotate(text);
    let claims: js_sys::Array = get(&js, "claims").dyn_into().unwrap();
    assert_eq!(claims.length() as usize, rust.claims.len());
    for (claim, expected) in claims.iter().zip(&rust.claims) {
        let span: js_sys::Array = get(&claim, "content").dyn_into().unwrap();
        let (a, b) = (
            span.get(0).as_f64().unwrap() as u32,
            span.get(1).as_f64().unwrap() as u32,
        );
        let sliced: String = js_text.slice(a, b).into();
        assert_eq!(sliced, expected.content.slice(text));
    }
}

#[wasm_bindgen_test]
fn options_are_checked() {
    let text = || JsValue::from_str("Putin said so.");
    assert!(annotate_js(text(), options("{}")).is_ok());
    assert!(annotate_js(text(), Some(JsValue::NULL)).is_ok());
    assert!(annotate_js(text(), options(r#"{"maxLen": 1000}"#)).is_ok());

    let (name, message) = error_of(text(), Some(JsValue::from_f64(5.0)));
    assert_eq!(
        (name.as_str(), message.as_str()),
        (
            "TypeError",
            "claimlens.annotate: options must be an object, got number"
        )
    );
    let (name, message) = error_of(text(), options(r#"{"maxlen": 10}"#));
    assert_eq!(name, "TypeError");
    assert!(
        message.contains(r#"unknown option "maxlen" (known: maxLen)"#),
        "{message}"
    );
    let (name, message) = error_of(text(), options(r#"{"maxLen": -1}"#));
    assert_eq!(name, "TypeError");
    assert!(
        message.contains("options.maxLen must be a whole number of bytes, got -1"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn bad_text_is_a_type_error() {
    for (value, kind) in [
        (JsValue::from_f64(42.0), "number"),
        (JsValue::NULL, "null"),
        (JsValue::UNDEFINED, "undefined"),
        (js_sys::Object::new().into(), "object"),
    ] {
        let (name, message) = error_of(value, None);
        assert_eq!(name, "TypeError");
        assert_eq!(
            message,
            format!("claimlens.annotate: text must be a string, got {kind}")
        );
    }
}

#[wasm_bindgen_test]
fn text_over_the_limit_is_a_range_error() {
    let (name, message) = error_of(
        JsValue::from_str(&"word ".repeat(20)),
        options(r#"{"maxLen": 10}"#),
    );
    assert_eq!(name, "RangeError");
    assert!(
        message.starts_with("claimlens.annotate: text is 100 bytes, over the limit of 10 bytes"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version_js(), env!("CARGO_PKG_VERSION"));
}

// A Rust panic reaches JavaScript as a thrown `PanicError` with the panic
// message. scripts/test-browser.sh runs this test on its own (`-- panic`):
// after a panic the hook has wasm-bindgen rebuild the instance on the next
// call, which would also reset the test harness's state.
#[wasm_bindgen(inline_js = "export function call_and_catch(f) {
    try { f(); return null; } catch (e) { return e; }
}")]
extern "C" {
    fn call_and_catch(f: &Closure<dyn Fn()>) -> JsValue;
}

#[wasm_bindgen_test]
fn a_panic_becomes_a_panic_error_with_its_message() {
    crate::install_panic_hook();
    let boom = Closure::<dyn Fn()>::new(|| panic!("boom: the rules met a case they cannot handle"));
    let thrown = call_and_catch(&boom);
    let err: js_sys::Error = thrown.dyn_into().expect("the panic is thrown as an Error");
    assert_eq!(String::from(err.name()), "PanicError");
    let message = String::from(err.message());
    assert!(message.starts_with("claimlens panicked: "), "{message}");
    assert!(
        message.contains("boom: the rules met a case they cannot handle"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn text_crosses_as_as_string_makes_it() {
    let long = |s: &str, n: usize| s.repeat(n);
    let mut texts: Vec<JsValue> = [
        String::new(),
        "a".into(),
        "plain ASCII news text".into(),
        "“Curly” quotes — and dashes – in ASCII".into(),
        long("é", 1000),
        long("中文", 5000),
        long("🙂", 3000),
        long("a🙂", 7) + &long("ascii ", 100),
        long("x", 1000) + &long("€", 1000),
    ]
    .iter()
    .map(|s| JsValue::from_str(s))
    .collect();
    // Lone surrogates, which become U+FFFD, at the start, inside and at the end.
    for units in [
        &[0xd800u16, 0x61][..],
        &[0x61, 0xdc00, 0x62],
        &[0x61, 0x62, 0xd83d],
        &[0xd83d, 0xde42, 0xd83d],
    ] {
        texts.push(JsString::from_char_code(units).into());
    }
    for text in &texts {
        let (rust, units) = super::annotations::text_of(text).unwrap();
        assert_eq!(Some(rust), text.as_string());
        assert_eq!(units, text.unchecked_ref::<JsString>().length() as usize);
    }
    assert_eq!(super::annotations::text_of(&JsValue::from_f64(1.0)), None);
}
