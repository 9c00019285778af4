//! The properties every annotation has, whatever the text: spans in bounds
//! and on char boundaries, confidences in [0, 1], ids unique, every speaker
//! and countered claim a claim names there (and no claim countering itself),
//! and the JSON's UTF-16 offsets cutting the text the byte spans cut.
//! `tests/properties.rs` asks them of random texts and `tests/hostile.rs` of
//! pathological ones, each through `#[path = "common/invariants.rs"] mod
//! invariants;` (a `tests/` subfolder, so cargo does not build it as a test
//! of its own), and the fuzz target (`fuzz/src/lib.rs`) through the same
//! `#[path]`, so the three cannot drift apart.

use claimlens::{Annotations, Span};
use std::collections::HashSet;

/// Returns `Err` from the enclosing function with the message when the
/// condition does not hold.
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

/// `Err` says which property of `found`, the annotations of `text`, fails
/// and how.
pub fn check(text: &str, found: &Annotations) -> Result<(), String> {
    let span_ok = |what: &str, s: Span| -> Result<(), String> {
        ensure!(
            s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end),
            "{what} {s:?} is out of bounds or off a char boundary of {} bytes",
            text.len()
        );
        Ok(())
    };
    for sp in &found.speakers {
        for &m in &sp.mentions {
            span_ok(&format!("mention of {}", sp.id), m)?;
        }
    }
    for c in &found.claims {
        span_ok(&format!("content of {}", c.id), c.content)?;
        if let Some(s) = c.cue {
            span_ok(&format!("cue of {}", c.id), s)?;
        }
        if let Some(s) = c.source {
            span_ok(&format!("source of {}", c.id), s)?;
        }
        ensure!(
            (0.0..=1.0).contains(&c.confidence),
            "confidence of {} is {}",
            c.id,
            c.confidence
        );
    }

    // References: unique ids, speakers exist, counters exist and is not self.
    let speaker_ids: HashSet<_> = found.speakers.iter().map(|s| s.id).collect();
    let claim_ids: HashSet<_> = found.claims.iter().map(|c| c.id).collect();
    ensure!(
        speaker_ids.len() == found.speakers.len(),
        "speaker ids repeat"
    );
    ensure!(claim_ids.len() == found.claims.len(), "claim ids repeat");
    for c in &found.claims {
        if let Some(s) = c.speaker {
            ensure!(
                speaker_ids.contains(&s),
                "{} names a missing speaker {s}",
                c.id
            );
        }
        if let Some(t) = c.counters {
            ensure!(
                claim_ids.contains(&t),
                "{} counters a missing claim {t}",
                c.id
            );
            ensure!(t != c.id, "{} counters itself", c.id);
        }
    }

    // JSON: UTF-16 offsets cut the same text as the byte spans.
    let doc = found.to_document(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    let same = |what: &str, byte: Span, u: [u32; 2]| -> Result<(), String> {
        let (a, b) = (u[0] as usize, u[1] as usize);
        ensure!(
            a <= b && b <= units.len(),
            "{what}: UTF-16 {u:?} out of {} units",
            units.len()
        );
        let cut = String::from_utf16(&units[a..b]);
        ensure!(
            cut.as_deref().ok() == Some(byte.slice(text)),
            "{what}: UTF-16 {u:?} gives {cut:?}, bytes {byte:?} give {:?}",
            byte.slice(text)
        );
        Ok(())
    };
    ensure!(
        doc.speakers.len() == found.speakers.len(),
        "the JSON has {} speakers, the annotations {}",
        doc.speakers.len(),
        found.speakers.len()
    );
    ensure!(
        doc.claims.len() == found.claims.len(),
        "the JSON has {} claims, the annotations {}",
        doc.claims.len(),
        found.claims.len()
    );
    for (sp, js) in found.speakers.iter().zip(&doc.speakers) {
        ensure!(
            sp.mentions.len() == js.mentions.len(),
            "speaker {} has {} mentions in the JSON, {} in the annotations",
            js.id,
            js.mentions.len(),
            sp.mentions.len()
        );
        for (&m, &u) in sp.mentions.iter().zip(&js.mentions) {
            same(&format!("mention of {}", js.id), m, u)?;
        }
    }
    let json_speakers: HashSet<&str> = doc.speakers.iter().map(|s| s.id.as_str()).collect();
    let json_claims: HashSet<&str> = doc.claims.iter().map(|c| c.id.as_str()).collect();
    for (c, jc) in found.claims.iter().zip(&doc.claims) {
        same(&format!("content of {}", jc.id), c.content, jc.content)?;
        ensure!(
            c.cue.is_some() == jc.cue.is_some() && c.source.is_some() == jc.source.is_some(),
            "{}: cue or source present on one side of the JSON only",
            jc.id
        );
        if let (Some(b), Some(u)) = (c.cue, jc.cue) {
            same(&format!("cue of {}", jc.id), b, u)?;
        }
        if let (Some(b), Some(u)) = (c.source, jc.source) {
            same(&format!("source of {}", jc.id), b, u)?;
        }
        if let Some(s) = &jc.speaker {
            ensure!(
                json_speakers.contains(s.as_str()),
                "JSON {} names {s}",
                jc.id
            );
        }
        if let Some(t) = &jc.counters {
            ensure!(
                json_claims.contains(t.as_str()) && t != &jc.id,
                "JSON {} counters {t}",
                jc.id
            );
        }
    }
    Ok(())
}
