//! The ANNOTATION.md JSON shape, with offsets in UTF-16 code units.
//!
//! [`Document`] is what the command line prints and what the JavaScript
//! `annotate` returns, field for field. Build one with
//! [`Annotations::to_document`]; it borrows nothing, so it can cross into
//! JavaScript or be written to disk.

use crate::model::{Annotations, ClaimKind, CueCategory, Role, SpeakerKind};
use crate::span::{Utf16Index, Utf16Span};
use serde::{Deserialize, Serialize};

/// One annotated article in the corpus format (UTF-16 offsets).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(
    target_arch = "wasm32",
    derive(tsify::Tsify),
    tsify(rename = "Annotations")
)]
pub struct Document {
    /// The article's id, when it came from a corpus file or a named file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Every speaker with at least one claim.
    pub speakers: Vec<JsonSpeaker>,
    /// Claims and counterclaims in text order.
    pub claims: Vec<JsonClaim>,
}

/// A speaker in JSON: `{"id": "s1", "name": …, "kind": "person", "mentions": [[a, b], …]}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct JsonSpeaker {
    /// `s1`, `s2`, …
    pub id: String,
    /// The fullest proper name the article gives.
    pub name: String,
    /// `person`, `organization` or `group`.
    pub kind: SpeakerKind,
    /// UTF-16 ranges of the speaker's mentions.
    pub mentions: Vec<Utf16Span>,
}

/// A claim in JSON. `cue`, `source` and `counters` are `null` when absent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct JsonClaim {
    /// `c1`, `c2`, …
    pub id: String,
    /// The id of its speaker, or `null`.
    pub speaker: Option<String>,
    /// `direct`, `indirect` or `mixed`.
    pub kind: ClaimKind,
    /// `claim` or `counterclaim`.
    pub role: Role,
    /// UTF-16 range of the cue ("said", "according to").
    pub cue: Option<Utf16Span>,
    /// What the cue says the speaker did: `assert`, `deny`, `accuse`, …
    pub category: CueCategory,
    /// UTF-16 range of the source mention.
    pub source: Option<Utf16Span>,
    /// UTF-16 range of the content.
    pub content: Utf16Span,
    /// The id of the claim this one disputes, or `null`.
    pub counters: Option<String>,
    /// From 0 to 1, how sure the rules are.
    pub confidence: f32,
}

impl Annotations {
    /// The JSON shape of these annotations, for the `text` they were made from.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "“Nobody wins,” she said.";
    /// let doc = claimlens::annotate(text).to_document(text);
    /// let content = doc.claims[0].content;
    /// let units: Vec<u16> = text.encode_utf16().collect();
    /// assert_eq!(String::from_utf16(&units[content[0] as usize..content[1] as usize]).unwrap(), "Nobody wins,");
    /// ```
    pub fn to_document(&self, text: &str) -> Document {
        let ix = Utf16Index::new(text);
        Document {
            id: None,
            speakers: self
                .speakers
                .iter()
                .map(|s| JsonSpeaker {
                    id: s.id.to_string(),
                    name: s.name.clone(),
                    kind: s.kind,
                    mentions: s.mentions.iter().map(|&m| ix.span(m)).collect(),
                })
                .collect(),
            claims: self
                .claims
                .iter()
                .map(|c| JsonClaim {
                    id: c.id.to_string(),
                    speaker: c.speaker.map(|s| s.to_string()),
                    kind: c.kind,
                    role: c.role,
                    cue: c.cue.map(|s| ix.span(s)),
                    category: c.cue_category,
                    source: c.source.map(|s| ix.span(s)),
                    content: ix.span(c.content),
                    counters: c.counters.map(|s| s.to_string()),
                    confidence: (c.confidence * 100.0).round() / 100.0,
                })
                .collect(),
        }
    }
}
