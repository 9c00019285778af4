//! The annotation model: speakers, claims and counterclaims over byte spans.
//!
//! This is what [`crate::annotate`] returns. Every span is a byte range into
//! the text that was annotated; [`crate::json`] turns the model into the
//! ANNOTATION.md JSON shape with UTF-16 offsets.

use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Identifies a speaker within one [`Annotations`]: `s1`, `s2`, … in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SpeakerId(pub u32);

/// Identifies a claim within one [`Annotations`]: `c1`, `c2`, … in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimId(pub u32);

impl fmt::Display for SpeakerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "s{}", self.0)
    }
}

impl fmt::Display for ClaimId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "c{}", self.0)
    }
}

/// What sort of source a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum SpeakerKind {
    /// A named or described individual: "Ebrahim Raisi", "a cardiologist".
    Person,
    /// A company, government, institution or other body: "the Kremlin".
    Organization,
    /// An unnamed collective: "critics", "Western governments".
    Group,
}

/// One real-world source of claims, with every mention that names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// Stable within one result: speakers are numbered in order of first claim.
    pub id: SpeakerId,
    /// The fullest proper name the article gives ("Ebrahim Raisi").
    pub name: String,
    /// Person, organisation or group.
    pub kind: SpeakerKind,
    /// The mentions that stand as the source of one of its claims, plus other
    /// name mentions found in the text, sorted by position.
    pub mentions: Vec<Span>,
}

/// How the content of a claim is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum ClaimKind {
    /// The content is entirely inside quotation marks.
    Direct,
    /// Reported speech with no quotation marks.
    Indirect,
    /// Reported speech that embeds a partial quote.
    Mixed,
}

/// Whether a claim makes a point or disputes another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Role {
    /// A statement attributed to its speaker.
    Claim,
    /// A statement that denies, rejects, rebuts or criticises another claim.
    Counterclaim,
}

/// What the cue says the speaker did with the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum CueCategory {
    /// Neutral reporting: said, told, stated, according to.
    Assert,
    /// Blame: accused, alleged, blamed.
    Accuse,
    /// Contradiction: denied, rejected, dismissed, disputed, countered.
    Deny,
    /// Evaluation of someone else: criticised, dubbed, called, described.
    Criticise,
    /// Warning: warned, cautioned.
    Warn,
    /// Concession: conceded, admitted, acknowledged.
    Concede,
    /// Forecast or promise: predicted, promised, vowed, expected.
    Predict,
    /// Reported belief or knowledge: believes, thinks, fears, has learned.
    Belief,
    /// Insistence on an earlier position: insisted, maintained.
    Insist,
    /// A reply: responded, replied, hit back.
    Respond,
}

impl CueCategory {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            CueCategory::Assert => "assert",
            CueCategory::Accuse => "accuse",
            CueCategory::Deny => "deny",
            CueCategory::Criticise => "criticise",
            CueCategory::Warn => "warn",
            CueCategory::Concede => "concede",
            CueCategory::Predict => "predict",
            CueCategory::Belief => "belief",
            CueCategory::Insist => "insist",
            CueCategory::Respond => "respond",
        }
    }
}

/// A statement the article attributes to a speaker.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Stable within one result: claims are numbered in text order.
    pub id: ClaimId,
    /// Who made it; `None` when the article names nobody.
    pub speaker: Option<SpeakerId>,
    /// Direct quote, reported speech, or a mix.
    pub kind: ClaimKind,
    /// Claim or counterclaim.
    pub role: Role,
    /// The word or phrase that marks the attribution ("said", "according to").
    /// `None` for a quote that stands alone beside its speaker's sentence.
    pub cue: Option<Span>,
    /// What the cue says the speaker did.
    pub cue_category: CueCategory,
    /// The mention of the speaker in this attribution, if the paragraph has one.
    pub source: Option<Span>,
    /// What is claimed (quote marks and a leading "that" excluded).
    pub content: Span,
    /// For a counterclaim, the claim it answers, if that claim is in the article.
    pub counters: Option<ClaimId>,
    /// How sure the rules are, from 0 to 1: explicit cue and named source score
    /// high, a pronoun or a quote attributed across sentences lower.
    pub confidence: f32,
}

/// Everything claimlens found in one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Annotations {
    /// Every speaker that is the source of at least one claim.
    pub speakers: Vec<Speaker>,
    /// Claims and counterclaims, in text order of their content.
    pub claims: Vec<Claim>,
}

impl Annotations {
    /// The speaker with this id.
    pub fn speaker(&self, id: SpeakerId) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    /// The claim with this id.
    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    /// The claims whose role is [`Role::Counterclaim`].
    pub fn counterclaims(&self) -> impl Iterator<Item = &Claim> {
        self.claims.iter().filter(|c| c.role == Role::Counterclaim)
    }
}
