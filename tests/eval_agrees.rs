//! The Rust scorer prints what `../shared/score.py` prints, figure for figure.
//!
//! The meaningful check runs on predictions that contain claims: the gold
//! files themselves, perturbed (claims dropped, shifted, reattributed,
//! duplicated, roles flipped, speakers renamed…) by a seeded generator, so
//! matching, tie-breaks, speaker alignment and the `attribution_by: "source"`
//! mode are all exercised. Skipped, with a message, when `python3` or the
//! script is absent.

use claimlens::eval;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The reference scorer, when it can run here.
fn score_py() -> Option<PathBuf> {
    let script = manifest().join("../shared/score.py");
    if !script.is_file() {
        println!("skipped: {} not found", script.display());
        return None;
    }
    if Command::new("python3")
        .arg("--version")
        .output()
        .map_or(true, |o| !o.status.success())
    {
        println!("skipped: python3 not found");
        return None;
    }
    Some(script)
}

fn run_py(script: &Path, gold: &Path, pred: &Path, per_file: bool) -> String {
    let mut cmd = Command::new("python3");
    cmd.arg(script).arg(gold).arg(pred);
    if per_file {
        cmd.arg("--per-file");
    }
    let o = cmd.output().unwrap();
    assert!(
        o.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn run_cli(args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "claimlens {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// What `score.py --per-file` prints, computed in Rust.
fn rust_per_file(gold: &Path, pred: &Path) -> String {
    let report = eval::score_pred_dir(gold, pred).unwrap();
    let mut out: String = report.files.iter().map(|f| format!("{f}\n")).collect();
    out += &report.totals().to_string();
    out
}

fn assert_same(what: &str, python: &str, rust: &str) {
    if python != rust {
        let diff: Vec<String> = python
            .lines()
            .zip(rust.lines())
            .filter(|(p, r)| p != r)
            .map(|(p, r)| format!("  score.py: {p}\n  rust:     {r}"))
            .collect();
        panic!(
            "{what}: outputs differ\n{}\n--- score.py\n{python}--- rust\n{rust}",
            diff.join("\n")
        );
    }
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    v.sort();
    v
}

#[test]
fn engine_output_scores_the_same() {
    let Some(script) = score_py() else { return };
    let gold = manifest().join("tests/corpus");
    let tmp = tempfile::tempdir().unwrap();
    let pred = tmp.path().join("pred");
    let mut args = vec![
        "annotate".to_string(),
        "--out".into(),
        pred.display().to_string(),
    ];
    args.extend(json_files(&gold).iter().map(|p| p.display().to_string()));
    run_cli(&args.iter().map(String::as_str).collect::<Vec<_>>());

    let python = run_py(&script, &gold, &pred, false);
    assert_same(
        "claimlens eval",
        &python,
        &run_cli(&["eval", gold.to_str().unwrap()]),
    );
    assert_same(
        "claimlens eval --pred",
        &python,
        &run_cli(&[
            "eval",
            "--pred",
            pred.to_str().unwrap(),
            gold.to_str().unwrap(),
        ]),
    );
    assert_same(
        "per file",
        &run_py(&script, &gold, &pred, true),
        &rust_per_file(&gold, &pred),
    );
}

/// A small deterministic generator (64-bit LCG), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn delta(&mut self, max: i64) -> i64 {
        (self.next() % (2 * max as u64 + 1)) as i64 - max
    }
}

fn shift(span: &Value, rng: &mut Rng, max: i64) -> Value {
    let (s, e) = match span {
        Value::Array(a) => (a[0].as_i64().unwrap(), a[1].as_i64().unwrap()),
        Value::Object(o) => (o["start"].as_i64().unwrap(), o["end"].as_i64().unwrap()),
        _ => return Value::Null,
    };
    let (s, e) = ((s + rng.delta(max)).max(0), (e + rng.delta(max)).max(0));
    if rng.chance(0.2) {
        json!({"start": s, "end": e})
    } else {
        json!([s, e])
    }
}

/// A prediction made from a gold file by random damage; `None` = missing.
fn perturb(gold: &Value, rng: &mut Rng) -> Option<Value> {
    if rng.chance(0.08) {
        return None;
    }
    let mut p = gold.clone();
    let obj = p.as_object_mut().unwrap();
    obj.remove("attribution_by");
    if rng.chance(0.5) {
        obj.remove("text"); // a prediction may carry the (same) text or not
    }
    let text_len = gold["text"].as_str().unwrap().encode_utf16().count() as i64;
    let speaker_ids: Vec<Value> = gold["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].clone())
        .collect();
    let claim_ids: Vec<Value> = gold["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].clone())
        .collect();

    let mut claims = Vec::new();
    for (k, c) in gold["claims"].as_array().unwrap().iter().enumerate() {
        if rng.chance(0.15) {
            continue;
        }
        let mut c = c.clone();
        let m = c.as_object_mut().unwrap();
        if rng.chance(0.35) {
            let max = [3, 12, 40][rng.below(3)];
            m["content"] = shift(&m["content"], rng, max);
        }
        if rng.chance(0.12) {
            m["speaker"] = match rng.below(4) {
                0 => Value::Null,
                1 => json!("undeclared"),
                _ => speaker_ids
                    .get(rng.below(speaker_ids.len()))
                    .cloned()
                    .unwrap_or(Value::Null),
            };
        }
        if rng.chance(0.12) {
            let role = if m.get("role") == Some(&json!("counterclaim")) {
                "claim"
            } else {
                "counterclaim"
            };
            m.insert("role".into(), json!(role));
        }
        if rng.chance(0.12) {
            m.insert(
                "counters".into(),
                claim_ids
                    .get(rng.below(claim_ids.len() + 1))
                    .cloned()
                    .unwrap_or(Value::Null),
            );
        }
        if rng.chance(0.1) {
            m.insert("source".into(), Value::Null);
        } else if rng.chance(0.15) && m.get("source").is_some_and(|s| !s.is_null()) {
            m["source"] = shift(&m["source"], rng, 30);
        }
        for key in ["role", "counters", "source", "speaker", "kind"] {
            if rng.chance(0.04) {
                m.remove(key);
            }
        }
        if rng.chance(0.08) {
            // A duplicate: ties in the matching, and (sometimes) a repeated id.
            let mut dup = c.clone();
            if rng.chance(0.7) {
                dup["id"] = json!(format!("dup{k}"));
            }
            claims.push(dup);
        }
        claims.push(c);
    }
    for k in 0..rng.below(3) {
        let s = rng.below(text_len as usize) as i64;
        let e = (s + 5 + rng.below(120) as i64).min(text_len);
        let speaker = speaker_ids
            .get(rng.below(speaker_ids.len()))
            .cloned()
            .unwrap_or(Value::Null);
        claims.push(
            json!({"id": format!("x{k}"), "speaker": speaker, "kind": "indirect",
                           "role": if rng.chance(0.3) { "counterclaim" } else { "claim" },
                           "content": [s, e], "source": null, "counters": null}),
        );
    }
    if rng.chance(0.3) {
        // Another order changes which of equal-scoring pairs comes first.
        for i in (1..claims.len()).rev() {
            claims.swap(i, rng.below(i + 1));
        }
    }

    let mut speakers = Vec::new();
    for s in gold["speakers"].as_array().unwrap() {
        if rng.chance(0.05) {
            continue;
        }
        let mut s = s.clone();
        let name = s["name"].as_str().unwrap_or("").to_string();
        match rng.below(10) {
            0 => s["name"] = json!(name.split_whitespace().last().unwrap_or("")),
            1 => s["name"] = json!(format!("The {name}")),
            2 => s["name"] = json!("Somebody Else"),
            3 => {
                s.as_object_mut().unwrap().remove("name");
            }
            _ => {}
        }
        if rng.chance(0.25) {
            s["mentions"] = json!([]);
        } else if rng.chance(0.2) {
            let ms: Vec<Value> = s["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| shift(m, rng, 6))
                .collect();
            s["mentions"] = Value::Array(ms);
        }
        if rng.chance(0.05) {
            let mut twin = s.clone();
            twin["id"] = json!(format!("{}-twin", twin["id"].as_str().unwrap_or("?")));
            speakers.push(twin);
        }
        speakers.push(s);
    }
    obj.insert("claims".into(), Value::Array(claims));
    obj.insert("speakers".into(), Value::Array(speakers));
    Some(p)
}

/// The UTF-16 range of the first `needle` in `text`, as a JSON span.
fn utf16_range(text: &str, needle: &str) -> Value {
    let b = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in the text"));
    let s = text[..b].encode_utf16().count();
    json!([s, s + needle.encode_utf16().count()])
}

/// A gold article in non-ASCII text: emoji (two UTF-16 units), accents, a
/// combining mark and a Devanagari vowel sign, which Python's `\w` splits.
fn unicode_gold() -> Value {
    let text = "💔 Søren Ødegård said the café was \u{201c}closed for good\u{201d}. \
                Ms Ødegård denied that re\u{301}sume\u{301} fees rose. \
                The minister, Amit Kumar, said कानून will pass. Critics said that 💔💔 was unfair.";
    let at = |needle: &str| utf16_range(text, needle);
    json!({
        "id": "unicode",
        "text": text,
        "speakers": [
            {"id": "s1", "name": "Søren Ødegård", "kind": "person", "mentions": [at("Søren Ødegård")]},
            {"id": "s2", "name": "Ms Ødegård", "kind": "person", "mentions": [at("Ms Ødegård")]},
            {"id": "s3", "name": "Amit Kumar", "kind": "person", "mentions": [at("The minister, Amit Kumar")]},
            {"id": "s4", "name": "critics", "kind": "group", "mentions": [at("Critics")]}
        ],
        "claims": [
            {"id": "c1", "speaker": "s1", "kind": "mixed", "role": "claim", "cue": at("said"),
             "source": at("Søren Ødegård"), "content": at("the café was \u{201c}closed for good\u{201d}"), "counters": null},
            {"id": "c2", "speaker": "s2", "kind": "indirect", "role": "counterclaim", "cue": at("denied"),
             "source": at("Ms Ødegård"), "content": at("re\u{301}sume\u{301} fees rose"), "counters": "c1"},
            {"id": "c3", "speaker": "s3", "kind": "indirect", "role": "claim", "cue": at("said कानून"),
             "source": at("The minister, Amit Kumar"), "content": at("कानून will pass"), "counters": null},
            {"id": "c4", "speaker": "s4", "kind": "indirect", "role": "counterclaim", "cue": at("said that"),
             "source": at("Critics"), "content": at("💔💔 was unfair"), "counters": "c3"}
        ]
    })
}

fn write(path: &Path, v: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(v).unwrap()).unwrap();
}

/// Gold files: the corpus, a few of them in `attribution_by` variants, the
/// Unicode article and, when present, some PolNeAR files.
fn gold_set(dir: &Path) -> Vec<Value> {
    let mut golds: Vec<Value> = json_files(&manifest().join("tests/corpus"))
        .iter()
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect();
    let mut by_source = golds[0].clone();
    by_source["id"] = json!("variant-by-source");
    by_source["attribution_by"] = json!("source");
    let mut by_other = golds[1].clone();
    by_other["id"] = json!("variant-by-speaker");
    by_other["attribution_by"] = json!("speaker");
    golds.extend([by_source, by_other, unicode_gold()]);
    let polnear = manifest().join("../shared/polnear/dev");
    if polnear.is_dir() {
        // Small ones only: score.py is slow on long articles with many claims.
        let small = json_files(&polnear)
            .iter()
            .map(|p| serde_json::from_str::<Value>(&std::fs::read_to_string(p).unwrap()).unwrap())
            .filter(|g| g["claims"].as_array().is_some_and(|c| c.len() <= 40))
            .take(10)
            .collect::<Vec<_>>();
        golds.extend(small);
    }
    for g in &golds {
        write(&dir.join(format!("{}.json", g["id"].as_str().unwrap())), g);
    }
    golds
}

#[test]
fn perturbed_predictions_score_the_same() {
    let Some(script) = score_py() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let gold = tmp.path().join("gold");
    std::fs::create_dir(&gold).unwrap();
    let golds = gold_set(&gold);
    for seed in 1..=8u64 {
        let pred = tmp.path().join(format!("pred{seed}"));
        std::fs::create_dir(&pred).unwrap();
        let mut rng = Rng(seed);
        for g in &golds {
            if let Some(p) = perturb(g, &mut rng) {
                write(
                    &pred.join(format!("{}.json", g["id"].as_str().unwrap())),
                    &p,
                );
            }
        }
        let python = run_py(&script, &gold, &pred, true);
        assert_same(
            &format!("seed {seed}"),
            &python,
            &rust_per_file(&gold, &pred),
        );
        let summary: Vec<&str> = python.lines().filter(|l| !l.contains(" gold, ")).collect();
        println!("seed {seed}: {}", summary.join(", "));
        if seed == 1 {
            let cli = run_cli(&[
                "eval",
                "--pred",
                pred.to_str().unwrap(),
                gold.to_str().unwrap(),
            ]);
            assert_same(
                "claimlens eval --pred",
                &run_py(&script, &gold, &pred, false),
                &cli,
            );
        }
    }
}

#[test]
fn gold_against_itself_is_perfect_in_both() {
    let Some(script) = score_py() else { return };
    let gold = manifest().join("tests/corpus");
    let python = run_py(&script, &gold, &gold, true);
    assert_same("gold vs gold", &python, &rust_per_file(&gold, &gold));
    assert!(python.ends_with("overall: 1.000\n"), "{python}");
}

#[test]
fn unicode_words_score_the_same() {
    let Some(script) = score_py() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let (gold, pred) = (tmp.path().join("gold"), tmp.path().join("pred"));
    std::fs::create_dir(&gold).unwrap();
    std::fs::create_dir(&pred).unwrap();
    let g = unicode_gold();
    write(&gold.join("unicode.json"), &g);
    let text = g["text"].as_str().unwrap();
    let at = |needle: &str| utf16_range(text, needle);
    // Each content sits on a Jaccard threshold that only holds when words
    // are cut as Python cuts them: "re" + U+0301 + "sume" is two words (2/4),
    // "कानून" is three (3/5), "💔💔" is none.
    let mut p = g.clone();
    p["claims"][1]["content"] = at("re\u{301}sume\u{301}");
    p["claims"][2]["content"] = at("कानून");
    p["claims"][3]["content"] = at("💔💔");
    write(&pred.join("unicode.json"), &p);
    let python = run_py(&script, &gold, &pred, true);
    assert!(python.starts_with("unicode: claims 3/4 gold"), "{python}");
    assert_same("unicode", &python, &rust_per_file(&gold, &pred));
}
