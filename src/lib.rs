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

pub mod article;
pub mod blocks;
mod case;
pub mod claim;
pub mod counterclaim;
pub mod cue;
pub mod error;
pub mod eval;
pub mod given_name;
mod hash;
pub mod json;
pub mod lexicon;
pub mod model;
pub mod quote;
pub mod sentence;
mod sort;
pub mod span;
pub mod speaker;
pub mod token;
mod vocab;
#[cfg(target_arch = "wasm32")]
mod wasm;
// Not in the WebAssembly build: the page and the widget follow the contract,
// and the module's second lexicon would not fit its size budget.
#[cfg(not(target_arch = "wasm32"))]
mod wide;

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
    join_broken_quotes: bool,
    wide_attributions: bool,
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
            join_broken_quotes: false,
            wide_attributions: false,
        }
    }

    /// Sets the largest text, in bytes, that [`Annotator::try_annotate`]
    /// accepts; at most 4 GiB less one byte, the longest text whose offsets
    /// a [`token::Token`] holds.
    pub fn max_len(mut self, bytes: usize) -> Annotator {
        self.max_len = bytes.min(u32::MAX as usize);
        self
    }

    /// Makes a quote broken by its attribution (`"A," she said, "B."`) one
    /// claim whose content runs from the first piece's start to the last
    /// piece's end, as PolNeAR marks it, instead of one claim per piece as
    /// ANNOTATION.md does (the default).
    ///
    /// ```
    /// let text = "\"We will appeal,\" she said. \"The ruling is wrong.\"";
    /// let pieces = claimlens::Annotator::new().try_annotate(text).unwrap();
    /// assert_eq!(pieces.claims.len(), 2);
    /// let joined = claimlens::Annotator::new()
    ///     .join_broken_quotes(true)
    ///     .try_annotate(text)
    ///     .unwrap();
    /// assert_eq!(joined.claims.len(), 1);
    /// assert_eq!(
    ///     joined.claims[0].content.slice(text),
    ///     "We will appeal,\" she said. \"The ruling is wrong."
    /// );
    /// ```
    ///
    /// Not in the WebAssembly build, as [`Annotator::wide_attributions`]
    /// is not: PolNeAR's conventions are for evaluation, and the module's
    /// size budget has no room for them.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn join_broken_quotes(mut self, join: bool) -> Annotator {
        self.join_broken_quotes = join;
        self
    }

    /// Also marks what PolNeAR counts as an attribution and ANNOTATION.md
    /// does not: a commitment or a refusal ("agreed to release the funds",
    /// "declined to comment", "did not respond to requests for comment"), a
    /// mention of, an attack on or a discussion of something named
    /// ("attacked the plan as reckless", "met to discuss the budget"), a call
    /// for something ("called for an inquiry"), the writer's reading of how
    /// things appear ("the deal seemed to be collapsing", with no source),
    /// and a poll read by the writer ("In the latest poll, the mayor led by
    /// 8 points", the poll its source). Off by default.
    ///
    /// ```
    /// let text = "The mayor declined to comment on the report.";
    /// assert!(claimlens::annotate(text).claims.is_empty());
    /// let wide = claimlens::Annotator::new()
    ///     .wide_attributions(true)
    ///     .try_annotate(text)
    ///     .unwrap();
    /// assert_eq!(wide.claims[0].content.slice(text), "to comment on the report");
    /// ```
    ///
    /// Not in the WebAssembly build (whose size budget has no room for the
    /// second lexicon it reads): PolNeAR's conventions are for evaluation.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn wide_attributions(mut self, wide: bool) -> Annotator {
        self.wide_attributions = wide;
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
        Ok(assemble(
            text,
            self.join_broken_quotes,
            self.wide_attributions,
        ))
    }
}

/// Runs the pipeline: segment, find claims, resolve speakers, decide roles.
///
/// Each stage's result is dropped as soon as the next no longer needs it:
/// the article, the drafts and the resolution together are most of the
/// memory an annotation takes, and the speakers and claims are built beside
/// them.
fn assemble(text: &str, join_broken_quotes: bool, wide: bool) -> Annotations {
    let article = article::Article::new(text);
    // (Changed after extraction natively only: see below.)
    #[cfg_attr(target_arch = "wasm32", allow(unused_mut))]
    let mut drafts = claim::extract(&article);
    #[cfg(not(target_arch = "wasm32"))]
    if join_broken_quotes {
        drafts = claim::join_broken_quotes(&article, drafts);
    }
    #[cfg(target_arch = "wasm32")]
    let _ = join_broken_quotes;
    // After the pieces are joined: a wide claim in a broken quote's
    // attribution ("… when asked if he had met her") does not part them.
    #[cfg(not(target_arch = "wasm32"))]
    if wide {
        wide::add(text, &mut drafts);
    }
    #[cfg(target_arch = "wasm32")]
    let _ = wide;
    let resolution = speaker::resolve(&article, &drafts);
    let roles = counterclaim::decide(&article, &drafts, &resolution);

    // Speakers are numbered in order of their first claim. Their names and
    // mentions are moved out of the entities, whose other words are no
    // longer needed: the resolution is gone before the claims are built.
    let speaker::Resolution {
        mut entities,
        speaker_of,
    } = resolution;
    let mut speaker_id: Vec<Option<SpeakerId>> = vec![None; entities.len()];
    // Every entity left speaks.
    let mut speakers: Vec<Speaker> = Vec::with_capacity(entities.len());
    for &e in speaker_of.iter().flatten() {
        if speaker_id[e].is_none() {
            let id = SpeakerId(speakers.len() as u32 + 1);
            speaker_id[e] = Some(id);
            let entity = &mut entities[e];
            let mut mentions = std::mem::take(&mut entity.mentions);
            sort::sort(&mut mentions);
            mentions.dedup();
            speakers.push(Speaker {
                id,
                name: std::mem::take(&mut entity.name).into_owned(),
                kind: entity.kind,
                mentions,
            });
        }
    }
    drop(entities);
    let token_span = |r: &std::ops::Range<usize>| {
        Span::new(
            article.tokens[r.start].span().start,
            article.tokens[r.end - 1].span().end,
        )
    };
    // Made from the drafts in their own room (the standard library collects
    // a `Vec` into the one it iterates when the items fit), not in a new list.
    let mut claims: Vec<Claim> = drafts
        .into_iter()
        .enumerate()
        .map(|(k, d)| {
            let speaker = speaker_of[k].and_then(|e| speaker_id[e]);
            let mut confidence = d.confidence;
            if speaker.is_none() {
                confidence *= 0.5;
            }
            Claim {
                id: ClaimId(k as u32 + 1),
                speaker,
                kind: d.kind,
                role: roles[k].0,
                cue: d.cue.as_ref().map(token_span),
                cue_category: d.category,
                source: d
                    .source
                    .as_ref()
                    .map(|r| speaker::mention_span(&article, r)),
                content: d.content,
                counters: roles[k].1.map(|t| ClaimId(t as u32 + 1)),
                confidence,
            }
        })
        .collect();
    claims.shrink_to_fit();
    drop((article, roles, speaker_of, speaker_id));
    // A source mention always counts among its speaker's mentions.
    // Added to them all, then each speaker's sorted once: one speaker may
    // have thousands of claims. (A list of sources per speaker was an
    // allocation for every speaker.)
    let mut added = vec![false; speakers.len()];
    for c in &claims {
        if let (Some(s), Some(src)) = (c.speaker, c.source) {
            let k = s.0 as usize - 1;
            speakers[k].mentions.push(src);
            added[k] = true;
        }
    }
    for (sp, _) in speakers.iter_mut().zip(added).filter(|(_, added)| *added) {
        sort::sort(&mut sp.mentions);
        sp.mentions.dedup();
    }
    Annotations { speakers, claims }
}
