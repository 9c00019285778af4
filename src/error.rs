//! The one error type of the core.

use std::fmt;

/// Why claimlens refused to annotate a text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The text is longer than the annotator's limit. Split the text into
    /// articles, or raise [`crate::Annotator::max_len`] if the memory is there.
    TooLarge {
        /// Length of the text given, in bytes.
        len: usize,
        /// The limit in force, in bytes.
        max: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLarge { len, max } => write!(
                f,
                "text is {len} bytes, over the limit of {max} bytes: split it into articles or raise the limit"
            ),
        }
    }
}

impl std::error::Error for Error {}
