//! The ANNOTATION.md JSON shape, with offsets in UTF-16 code units.
//!
//! [`Document`] is what the command line prints and what the JavaScript
//! `annotate` returns, field for field. Build one with
//! [`Annotations::to_document`]; it borrows nothing, so it can cross into
//! JavaScript or be written to disk.

use crate::model::{Annotations, ClaimKind, CueCategory, Role, SpeakerKind};
use crate::span::{Span, Utf16Index, Utf16Span};
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

/// `"s3"` for a speaker or claim id with that prefix, `null` for none.
fn opt_id(out: &mut Vec<u8>, prefix: u8, id: Option<u32>) {
    match id {
        Some(n) => {
            out.push(b'"');
            out.push(prefix);
            push_u32(out, n);
            out.push(b'"');
        }
        None => out.extend_from_slice(b"null"),
    }
}

/// The decimal digits of 0 to 99, two bytes each.
const PAIRS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        t[2 * i] = b'0' + (i / 10) as u8;
        t[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
};

/// Writes `n` in decimal, as `Display` does, without the formatting
/// machinery: offsets are most of the JSON. Two digits per division.
fn push_u32(out: &mut Vec<u8>, mut n: u32) {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    while n >= 100 {
        let pair = 2 * (n % 100) as usize;
        n /= 100;
        at -= 2;
        digits[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        let pair = 2 * n as usize;
        at -= 2;
        digits[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        at -= 1;
        digits[at] = b'0' + n as u8;
    }
    out.extend_from_slice(&digits[at..]);
}

/// `"name"`: the JSON of an enum's lower-case name, as serde writes it
/// (the names need no escaping).
fn push_name(out: &mut Vec<u8>, name: &str) {
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.push(b'"');
}

/// The serde name of a speaker kind.
pub(crate) fn speaker_kind(k: SpeakerKind) -> &'static str {
    match k {
        SpeakerKind::Person => "person",
        SpeakerKind::Organization => "organization",
        SpeakerKind::Group => "group",
    }
}

/// The serde name of a claim kind.
pub(crate) fn claim_kind(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Direct => "direct",
        ClaimKind::Indirect => "indirect",
        ClaimKind::Mixed => "mixed",
    }
}

/// The serde name of a role.
pub(crate) fn role(r: Role) -> &'static str {
    match r {
        Role::Claim => "claim",
        Role::Counterclaim => "counterclaim",
    }
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

    /// The JSON text of [`Annotations::to_document`] for `text`, exactly as
    /// `serde_json::to_string` writes that document, written straight from
    /// the annotations without building the document first.
    pub fn to_json(&self, text: &str) -> String {
        self.to_json_with_id(text, None)
    }

    /// As [`Annotations::to_json`], for the document with this `id` (what
    /// `claimlens annotate` prints for a named file).
    pub fn to_json_with_id(&self, text: &str, id: Option<&str>) -> String {
        let ix = Utf16Index::new(text);
        let mut out: Vec<u8> = Vec::with_capacity(self.json_len_bound(&ix, id));
        // Writing to a Vec<u8> cannot fail, nor can serialising strings
        // and numbers.
        out.push(b'{');
        if let Some(id) = id {
            out.extend_from_slice(b"\"id\":");
            let _ = serde_json::to_writer(&mut out, id);
            out.push(b',');
        }
        let span = |out: &mut Vec<u8>, s: Span| {
            let [a, b] = ix.span(s);
            out.push(b'[');
            push_u32(out, a);
            out.push(b',');
            push_u32(out, b);
            out.push(b']');
        };
        let opt_span = |out: &mut Vec<u8>, s: Option<Span>| match s {
            Some(s) => span(out, s),
            None => out.extend_from_slice(b"null"),
        };
        out.extend_from_slice(b"\"speakers\":[");
        for (n, s) in self.speakers.iter().enumerate() {
            if n > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"id\":\"s");
            push_u32(&mut out, s.id.0);
            out.extend_from_slice(b"\",\"name\":");
            let _ = serde_json::to_writer(&mut out, &s.name);
            out.extend_from_slice(b",\"kind\":");
            push_name(&mut out, speaker_kind(s.kind));
            out.extend_from_slice(b",\"mentions\":[");
            for (k, &m) in s.mentions.iter().enumerate() {
                if k > 0 {
                    out.push(b',');
                }
                span(&mut out, m);
            }
            out.extend_from_slice(b"]}");
        }
        out.extend_from_slice(b"],\"claims\":[");
        for (n, c) in self.claims.iter().enumerate() {
            if n > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"id\":\"c");
            push_u32(&mut out, c.id.0);
            out.extend_from_slice(b"\",\"speaker\":");
            opt_id(&mut out, b's', c.speaker.map(|s| s.0));
            out.extend_from_slice(b",\"kind\":");
            push_name(&mut out, claim_kind(c.kind));
            out.extend_from_slice(b",\"role\":");
            push_name(&mut out, role(c.role));
            out.extend_from_slice(b",\"cue\":");
            opt_span(&mut out, c.cue);
            out.extend_from_slice(b",\"category\":");
            push_name(&mut out, c.cue_category.as_str());
            out.extend_from_slice(b",\"source\":");
            opt_span(&mut out, c.source);
            out.extend_from_slice(b",\"content\":");
            span(&mut out, c.content);
            out.extend_from_slice(b",\"counters\":");
            opt_id(&mut out, b'c', c.counters.map(|t| t.0));
            out.extend_from_slice(b",\"confidence\":");
            let _ = serde_json::to_writer(&mut out, &((c.confidence * 100.0).round() / 100.0));
            out.push(b'}');
        }
        out.extend_from_slice(b"]}");
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// At least the length of [`Annotations::to_json_with_id`]'s output, so
    /// that its buffer is made once: the JSON of a long article is larger
    /// than the article, and a buffer that doubles when full would need room
    /// for both copies. Over by a tenth or so: the digits of every offset
    /// are counted as those of the text's length.
    fn json_len_bound(&self, ix: &Utf16Index, id: Option<&str>) -> usize {
        let span = "[,]".len() + 2 * digits(ix.len_utf16());
        let speaker_id = "\"s\"".len() + digits(self.speakers.len() as u32);
        let claim_id = "\"c\"".len() + digits(self.claims.len() as u32);
        let speakers: usize = self
            .speakers
            .iter()
            .map(|s| {
                r#"{"id":,"name":,"kind":"organization","mentions":[]},"#.len()
                    + speaker_id
                    + json_str_bound(&s.name)
                    + s.mentions.len() * (span + 1)
            })
            .sum();
        // Each field at its longest: a span rather than null, "indirect",
        // "counterclaim", "criticise", and a confidence of four characters
        // ("0.87"; "1.0").
        let claim = r#"{"id":,"speaker":,"kind":"indirect","role":"counterclaim","cue":,"category":"criticise","source":,"content":,"counters":,"confidence":0.00},"#
            .len()
            + 2 * claim_id
            + speaker_id
            + 3 * span;
        r#"{"id":,"speakers":[],"claims":[]}"#.len()
            + id.map_or(0, json_str_bound)
            + speakers
            + self.claims.len() * claim
    }
}

/// The number of decimal digits of `n`.
fn digits(n: u32) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}

/// At least the length of `s` as a JSON string: its quotes, and escapes for
/// quotes, backslashes and control characters (`\u001f` at the longest).
fn json_str_bound(s: &str) -> usize {
    2 + s
        .bytes()
        .map(|b| match b {
            b'"' | b'\\' => 2,
            0..=0x1f => 6,
            _ => 1,
        })
        .sum::<usize>()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn numbers_are_written_as_display_writes_them() {
        for n in [0, 7, 9, 10, 99, 100, 4096, 65535, 999_999_999, u32::MAX] {
            let mut out = Vec::new();
            super::push_u32(&mut out, n);
            assert_eq!(out, n.to_string().into_bytes());
        }
    }

    #[test]
    fn enum_names_are_what_serde_writes() {
        use crate::model::{ClaimKind, CueCategory, Role, SpeakerKind};
        let check = |name: &str, serde: String| {
            let mut out = Vec::new();
            super::push_name(&mut out, name);
            assert_eq!(String::from_utf8(out).unwrap(), serde);
        };
        for k in [
            SpeakerKind::Person,
            SpeakerKind::Organization,
            SpeakerKind::Group,
        ] {
            check(super::speaker_kind(k), serde_json::to_string(&k).unwrap());
        }
        for k in [ClaimKind::Direct, ClaimKind::Indirect, ClaimKind::Mixed] {
            check(super::claim_kind(k), serde_json::to_string(&k).unwrap());
        }
        for r in [Role::Claim, Role::Counterclaim] {
            check(super::role(r), serde_json::to_string(&r).unwrap());
        }
        for c in [
            CueCategory::Assert,
            CueCategory::Accuse,
            CueCategory::Deny,
            CueCategory::Criticise,
            CueCategory::Warn,
            CueCategory::Concede,
            CueCategory::Predict,
            CueCategory::Belief,
            CueCategory::Insist,
            CueCategory::Respond,
        ] {
            check(c.as_str(), serde_json::to_string(&c).unwrap());
        }
    }

    /// `to_json` writes what serde writes for `to_document`, byte for byte,
    /// with or without an id.
    #[test]
    fn to_json_is_the_document_as_serde_writes_it() {
        // The corpus, and PolNeAR dev when it is beside the clone.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> = ["tests/corpus", "../shared/polnear/dev"]
            .iter()
            .filter_map(|d| std::fs::read_dir(root.join(d)).ok())
            .flatten()
            .map(|e| {
                let raw = std::fs::read_to_string(e.unwrap().path()).unwrap();
                let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
                v["text"].as_str().unwrap().to_string()
            })
            .collect();
        assert!(texts.len() >= 11);
        texts.extend(
            [
                "",
                "No claims here.",
                "“Nobody wins,” she said. 💔 \"Quoted\\\" name\" Ltd said it was \u{0007}false.",
                "Ana \"The Hammer\" Ruiz said costs rose. He denied it.",
                "Sørensen said: “Ça va.” The Kremlin denied that.",
            ]
            .map(String::from),
        );
        for text in &texts {
            let found = crate::annotate(text);
            let doc = serde_json::to_string(&found.to_document(text)).unwrap();
            assert_eq!(found.to_json(text), doc);
            let ix = crate::Utf16Index::new(text);
            assert!(found.json_len_bound(&ix, None) >= doc.len());
            for id in ["dev-port-strike", "a \"quoted\" id\n", ""] {
                let doc = crate::Document {
                    id: Some(id.to_string()),
                    ..found.to_document(text)
                };
                let doc = serde_json::to_string(&doc).unwrap();
                assert_eq!(found.to_json_with_id(text, Some(id)), doc);
                assert!(found.json_len_bound(&ix, Some(id)) >= doc.len());
            }
        }
    }
}
