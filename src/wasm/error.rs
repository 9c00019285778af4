//! Every error that crosses into JavaScript, converted in one place.
//!
//! Bad arguments throw a `TypeError`, a text over the size limit throws a
//! `RangeError`, and a Rust panic throws a `PanicError` carrying the panic
//! message (after printing it with `console.error`).

use crate::Error;
use std::sync::Once;
use wasm_bindgen::JsValue;

/// What every fallible export returns: the `Err` becomes a JS exception.
pub(crate) type JsResult<T> = Result<T, JsValue>;

/// A `TypeError` whose message names the function that refused its argument.
pub(crate) fn type_error(function: &str, message: &str) -> JsValue {
    js_sys::TypeError::new(&format!("claimlens.{function}: {message}")).into()
}

/// The JS exception for an error of the core.
pub(crate) fn core_error(function: &str, err: Error) -> JsValue {
    let message = format!("claimlens.{function}: {err}");
    // Every variant added to the core's `Error` should say here which JS
    // error class fits it; the rest are plain `Error`s.
    if matches!(err, Error::TooLarge { .. }) {
        js_sys::RangeError::new(&message).into()
    } else {
        js_sys::Error::new(&message).into()
    }
}

/// Makes a Rust panic reach JavaScript as a thrown `PanicError` with the
/// panic message, instead of an opaque `RuntimeError: unreachable`.
///
/// The hook prints the panic with `console.error` (console_error_panic_hook),
/// asks wasm-bindgen to give the next call a fresh instance (the panicking one
/// may hold half-updated state), and throws. Every export calls this; only
/// the first call installs the hook.
pub fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            wasm_bindgen::handler::schedule_reinit();
            let error = js_sys::Error::new(&format!("claimlens panicked: {info}"));
            error.set_name("PanicError");
            wasm_bindgen::throw_val(error.into());
        }));
    });
}
