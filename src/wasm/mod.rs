//! The JavaScript binding: a thin layer over [`crate::Annotator`] for
//! `wasm32` builds, with no analysis of its own.
//!
//! One file per JS-facing item, as in cloudflare/lol-html's binding:
//! [`annotate`](annotate_js) and `version` in `annotate.rs`, the options
//! object in `options.rs`, the returned `Annotations` type in
//! `annotations.rs`, and the one conversion of every error into a JS
//! exception in `error.rs`, with the panic hook that turns a Rust panic into
//! a thrown `PanicError`.
//!
//! Offsets that cross this boundary are UTF-16 code units (the indices of
//! `String.prototype.slice`), never the byte offsets of the Rust API.

mod annotate;
mod annotations;
mod error;
mod options;

pub use annotate::{annotate_js, version_js};
pub use error::install_panic_hook;
pub use options::AnnotateOptions;

#[cfg(test)]
mod tests;
