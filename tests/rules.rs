//! Rule cases as data: each case in `tests/rules/cases.json` is a short text
//! and the claims that must be found in it (an empty list: nothing may be
//! marked). Adding a case is adding data.
//!
//! Every expected claim is looked up by its exact content text; the fields
//! given (`source`, `cue`, `kind`, `role`, `speaker`, `speaker_kind`,
//! `counters` as the content of the answered claim, null for none) must then match.
//! An optional `absent` list names contents that no claim may have, an
//! optional `count` how many claims the text must hold in all (for a rule
//! that makes one claim of two over the same words), and
//! `"attributions": "wide"` annotates with PolNeAR's wider attributions
//! (`Annotator::wide_attributions`).

use claimlens::{Annotations, Annotator, ClaimKind, Role, SpeakerKind};
use serde_json::Value;

fn kind_name(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Direct => "direct",
        ClaimKind::Indirect => "indirect",
        ClaimKind::Mixed => "mixed",
    }
}

fn check_case(case: &Value) -> Vec<String> {
    let name = case["name"].as_str().unwrap_or("?");
    let text = case["text"].as_str().expect("case text");
    let wide = match case.get("attributions").map(Value::as_str) {
        None => false,
        Some(Some("wide")) => true,
        Some(other) => return vec![format!("{name}: attributions is {other:?}, not \"wide\"")],
    };
    let found: Annotations = Annotator::new()
        .wide_attributions(wide)
        .try_annotate(text)
        .expect("a case is short");
    let expected = case["claims"].as_array().expect("claims list");
    let mut problems = Vec::new();
    if let Some(n) = case.get("count").and_then(Value::as_u64) {
        if found.claims.len() as u64 != n {
            let got: Vec<&str> = found.claims.iter().map(|c| c.content.slice(text)).collect();
            problems.push(format!("{name}: expected {n} claims, found {got:?}"));
        }
    }
    if expected.is_empty() && !found.claims.is_empty() {
        let got: Vec<&str> = found.claims.iter().map(|c| c.content.slice(text)).collect();
        problems.push(format!("{name}: expected no claim, found {got:?}"));
    }
    for want in expected {
        let content = want["content"].as_str().expect("content");
        let Some(c) = found
            .claims
            .iter()
            .find(|c| c.content.slice(text) == content)
        else {
            let got: Vec<&str> = found.claims.iter().map(|c| c.content.slice(text)).collect();
            problems.push(format!(
                "{name}: no claim with content {content:?}; found {got:?}"
            ));
            continue;
        };
        let speaker = c.speaker.and_then(|s| found.speaker(s));
        let mut field = |key: &str, got: Option<String>| {
            // A field given as null expects none: "counters": null.
            if let Some(w) = want.get(key).map(Value::as_str) {
                if got.as_deref() != w {
                    problems.push(format!(
                        "{name}: {content:?}: {key} is {got:?}, expected {w:?}"
                    ));
                }
            }
        };
        field("source", c.source.map(|s| s.slice(text).to_string()));
        field("cue", c.cue.map(|s| s.slice(text).to_string()));
        field("kind", Some(kind_name(c.kind).to_string()));
        field(
            "role",
            Some(
                if c.role == Role::Counterclaim {
                    "counterclaim"
                } else {
                    "claim"
                }
                .to_string(),
            ),
        );
        field("speaker", speaker.map(|s| s.name.clone()));
        field(
            "speaker_kind",
            speaker.map(|s| {
                match s.kind {
                    SpeakerKind::Person => "person",
                    SpeakerKind::Organization => "organization",
                    SpeakerKind::Group => "group",
                }
                .to_string()
            }),
        );
        field(
            "counters",
            c.counters
                .and_then(|t| found.claim(t))
                .map(|t| t.content.slice(text).to_string()),
        );
    }
    // Words that must be no claim's content, where others are found.
    for content in case["absent"].as_array().into_iter().flatten() {
        let content = content.as_str().expect("absent content");
        if found
            .claims
            .iter()
            .any(|c| c.content.slice(text) == content)
        {
            problems.push(format!("{name}: {content:?} must not be a claim"));
        }
    }
    problems
}

#[test]
fn rule_cases() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/rules/cases.json");
    let cases: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("read cases"))
        .expect("cases are JSON");
    let cases = cases.as_array().expect("a list of cases");
    let problems: Vec<String> = cases.iter().flat_map(check_case).collect();
    println!("{} cases, {} problems", cases.len(), problems.len());
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
