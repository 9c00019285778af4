//! The `claimlens` binary: help, annotate, errors and exit codes.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn claimlens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn corpus(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name)
        .display()
        .to_string()
}

/// Checks the ANNOTATION.md shape of one output document.
fn assert_document(v: &serde_json::Value) {
    assert!(v["speakers"].is_array(), "{v}");
    assert!(v["claims"].is_array(), "{v}");
    for c in v["claims"].as_array().unwrap() {
        assert!(c["content"][0].is_u64() && c["content"][1].is_u64(), "{c}");
    }
}

#[test]
fn help_and_version() {
    for args in [&["--help"][..], &["-h"], &["help"]] {
        let o = claimlens(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let out = stdout(&o);
        assert!(
            out.contains("Usage:") && out.contains("annotate") && out.contains("eval"),
            "{out}"
        );
        assert!(out.contains("Examples:"), "{out}");
    }
    for args in [
        &["annotate", "--help"][..],
        &["help", "annotate"],
        &["annotate", "-h"],
    ] {
        let out = stdout(&claimlens(args));
        assert!(
            out.contains("--out DIR") && out.contains("--pretty") && out.contains("Examples:"),
            "{out}"
        );
    }
    for args in [&["eval", "--help"][..], &["help", "eval"]] {
        let out = stdout(&claimlens(args));
        assert!(
            out.contains("--per-file") && out.contains("GOLD_DIR") && out.contains("Examples:"),
            "{out}"
        );
    }
    let o = claimlens(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        format!("claimlens {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn annotate_stdin() {
    let o = with_stdin(
        &["annotate"],
        "Putin said the talks were useful.\n".as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "one document on one line: {out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_document(&v);
    assert!(v.get("id").is_none(), "standard input has no id: {v}");

    let o = with_stdin(&["annotate", "--pretty", "-"], b"She said so.");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).lines().count() > 1);
    assert_document(&serde_json::from_str(&stdout(&o)).unwrap());
}

#[test]
fn annotate_files_to_out_dir() {
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("new/out");
    let article = tmp.path().join("article.txt");
    std::fs::write(&article, "“Nobody wins,” she said.").unwrap();
    let named = tmp.path().join("file-name.json");
    std::fs::write(
        &named,
        r#"{"id": "own-id", "text": "He said it was fine."}"#,
    )
    .unwrap();
    let seed = corpus("seed-raisi-putin.json");
    let o = claimlens(&[
        "annotate",
        "--out",
        out_dir.to_str().unwrap(),
        &seed,
        article.to_str().unwrap(),
        named.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "", "nothing printed with --out");
    for (file, id) in [
        ("seed-raisi-putin.json", "seed-raisi-putin"),
        ("article.json", "article"),
        ("own-id.json", "own-id"),
    ] {
        let text =
            std::fs::read_to_string(out_dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_document(&v);
        assert_eq!(v["id"], id);
    }
}

#[test]
fn annotate_several_files_prints_one_line_each() {
    let o = claimlens(&[
        "annotate",
        &corpus("seed-raisi-putin.json"),
        &corpus("dev-port-strike.json"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ids: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["seed-raisi-putin", "dev-port-strike"]);
}

#[test]
fn input_errors_name_the_file_and_exit_1() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("missing.txt");
    let bad_utf8 = tmp.path().join("latin1.txt");
    std::fs::write(&bad_utf8, b"caf\xe9 au lait").unwrap();
    let bad_json = tmp.path().join("broken.json");
    std::fs::write(&bad_json, "{\n  \"text\": \"x\",\n  oops\n}").unwrap();
    let no_text = tmp.path().join("notext.json");
    std::fs::write(&no_text, r#"{"id": "x", "text": 42}"#).unwrap();
    let cases = [
        (&missing, "cannot read"),
        (&bad_utf8, "not valid UTF-8 (first bad byte at offset 3)"),
        (&bad_json, "malformed JSON at line 3, column 3"),
        (&no_text, "no string field \"text\""),
    ];
    for (file, what) in cases {
        let o = claimlens(&["annotate", file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{file:?}");
        let err = stderr(&o);
        assert!(
            err.contains(file.to_str().unwrap()) && err.contains(what),
            "{file:?}: {err}"
        );
    }
    // The good file after a bad one is still annotated.
    let o = claimlens(&[
        "annotate",
        missing.to_str().unwrap(),
        &corpus("seed-raisi-putin.json"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o).lines().count(), 1);
    // A gold directory that is not there.
    let o = claimlens(&["eval", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("missing.txt"), "{}", stderr(&o));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["annotate", "--bogus"],
        &["annotate", "--out"],
        &["eval"],
        &["eval", "--weakest", "many", "tests/corpus"],
        &["help", "nothing"],
    ] {
        let o = claimlens(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.starts_with("claimlens: error: ") && err.contains("Usage"),
            "{args:?}: {err}"
        );
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn eval_prints_score_py_figures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let o = claimlens(&["eval", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let names: Vec<&str> = out.lines().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(
        names[..3],
        ["files_missing", "claims_gold", "claim_precision"]
    );
    assert_eq!(names.last(), Some(&"overall"));

    let o = claimlens(&[
        "eval",
        "--per-file",
        "--weakest",
        "2",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("seed-raisi-putin: claims "), "{out}");
    assert!(
        out.lines().last().unwrap().starts_with("overall: "),
        "{out}"
    );
}

/// The contents of the claims `o` printed for `text`.
fn contents_of(text: &str, o: &Output) -> Vec<String> {
    assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
    let v: serde_json::Value = serde_json::from_str(&stdout(o)).unwrap();
    let units: Vec<u16> = text.encode_utf16().collect();
    v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let (s, e) = (c["content"][0].as_u64().unwrap(), c["content"][1].as_u64());
            String::from_utf16(&units[s as usize..e.unwrap() as usize]).unwrap()
        })
        .collect()
}

#[test]
fn wide_attributions_follow_the_input_convention() {
    // Invented text: a refusal, which PolNeAR marks and ANNOTATION.md does not.
    let text = "The mayor declined to comment on the audit.";
    let tmp = tempfile::tempdir().unwrap();
    let polnear = tmp.path().join("polnear.json");
    let file = serde_json::json!({"id": "x", "text": text, "attribution_by": "source"});
    std::fs::write(&polnear, file.to_string()).unwrap();
    let polnear = polnear.to_str().unwrap();
    let wide = ["to comment on the audit"];

    assert!(contents_of(text, &with_stdin(&["annotate"], text.as_bytes())).is_empty());
    assert_eq!(contents_of(text, &claimlens(&["annotate", polnear])), wide);
    let o = claimlens(&["annotate", "--attributions", "narrow", polnear]);
    assert!(contents_of(text, &o).is_empty());
    let o = with_stdin(&["annotate", "--attributions", "wide"], text.as_bytes());
    assert_eq!(contents_of(text, &o), wide);

    let o = claimlens(&["annotate", "--attributions", "all", polnear]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("'auto', 'narrow' or 'wide'"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn broken_quotes_follow_the_input_convention() {
    // Invented text: a quote broken by its attribution, then one continued
    // in the next sentence.
    let text = "\"The plan is dead,\" the mayor said, \"and it will stay dead.\" \
                Residents cheered.";
    let contents = |o: &Output| contents_of(text, o);
    let split = ["The plan is dead,", "and it will stay dead."];
    let joined = ["The plan is dead,\" the mayor said, \"and it will stay dead."];
    let tmp = tempfile::tempdir().unwrap();
    let plain = tmp.path().join("plain.json");
    let polnear = tmp.path().join("polnear.json");
    let file = |attribution_by: &str| {
        serde_json::json!({"id": "x", "text": text, "attribution_by": attribution_by}).to_string()
    };
    std::fs::write(&plain, file("")).unwrap();
    std::fs::write(&polnear, file("source")).unwrap();
    let (plain, polnear) = (plain.to_str().unwrap(), polnear.to_str().unwrap());

    assert_eq!(contents(&with_stdin(&["annotate"], text.as_bytes())), split);
    assert_eq!(contents(&claimlens(&["annotate", plain])), split);
    // A PolNeAR file joins them, as its gold does, unless told otherwise.
    assert_eq!(contents(&claimlens(&["annotate", polnear])), joined);
    let o = claimlens(&["annotate", "--broken-quotes", "split", polnear]);
    assert_eq!(contents(&o), split);
    let o = with_stdin(&["annotate", "--broken-quotes", "joined"], text.as_bytes());
    assert_eq!(contents(&o), joined);

    let o = claimlens(&["annotate", "--broken-quotes", "glued", plain]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("'auto', 'split' or 'joined'"),
        "{}",
        stderr(&o)
    );
}
