//! Properties that hold for any input: `annotate` never panics, its spans lie
//! on character boundaries inside the text, the JSON's UTF-16 offsets index
//! the same text, every reference (speaker, counters) names something that
//! exists, and the result is deterministic.
//!
//! Three kinds of input: arbitrary Unicode strings; "news-like" strings built
//! from a small alphabet of quote marks, names, reporting verbs, punctuation,
//! line breaks (CRLF too) and emoji, which drive the engine through its rules;
//! and real corpus articles cut at random places with such pieces spliced in.
//! Case counts are modest so the file runs in seconds in a debug build.

#[path = "common/invariants.rs"]
mod invariants;

use claimlens::{Annotations, Annotator};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::FileFailurePersistence;
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::Once;

thread_local! {
    /// True while this thread runs `annotate` under [`annotate_caught`].
    static CATCHING: Cell<bool> = const { Cell::new(false) };
    /// Where and why the last caught panic happened.
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `annotate` (or, with `polnear`, the reading `claimlens eval` gives a
/// PolNeAR file: broken quotes joined, wide attributions), turning a panic
/// into a test failure that says where the engine panicked, without printing
/// a backtrace for every shrinking step.
fn annotate_caught(text: &str, polnear: bool) -> Result<Annotations, TestCaseError> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if CATCHING.with(Cell::get) {
                let msg = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let at = info
                    .location()
                    .map_or(String::new(), |l| format!(" at {l}"));
                PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{at}")));
            } else {
                default(info);
            }
        }));
    });
    CATCHING.with(|c| c.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        if polnear {
            Annotator::new()
                .join_broken_quotes(true)
                .wide_attributions(true)
                .try_annotate(text)
                .expect("a test input is under the length limit")
        } else {
            claimlens::annotate(text)
        }
    }));
    CATCHING.with(|c| c.set(false));
    result.map_err(|_| {
        let why = PANIC.with(|p| p.borrow_mut().take()).unwrap_or_default();
        TestCaseError::fail(format!("annotate panicked: {why}"))
    })
}

/// Pieces the news-like strings are made of.
const PIECES: &[&str] = &[
    // quote marks of every style
    "\"",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "``",
    "''",
    // names, titles, pronouns, groups
    "Putin",
    "Vladimir Putin",
    "Iranian President Ebrahim Raisi",
    "Raisi",
    "He",
    "he",
    "She",
    "she",
    "They",
    "it",
    "the Kremlin",
    "The White House",
    "White House spokesman John Kirby",
    "Western governments",
    "critics",
    "a spokesperson for the company",
    "Dr Søren Ørsted",
    "Zoë Núñez",
    "Mr. O'Neil",
    "the United States",
    "Analysts",
    "residents",
    // reporting verbs and cues
    "said",
    "says",
    "told reporters",
    "told",
    "stated",
    "added",
    "argued",
    "insisted",
    "warned",
    "claimed",
    "alleged",
    "accused",
    "denied",
    "rejected",
    "dismissed",
    "disputed",
    "countered",
    "conceded",
    "responded",
    "hit back",
    "dubbed",
    "called",
    "described",
    "believes",
    "thinks",
    "fears",
    "has learned",
    "according to",
    "a suggestion by",
    "'s claim that",
    "that",
    "declined to comment",
    "did not immediately respond to",
    "met",
    "to discuss",
    "In the latest poll,",
    "On",
    "claimed the lives of",
    "so-called",
    "in a statement,",
    "who",
    "which claims that",
    "however",
    "However,",
    "but",
    "But",
    "as hypocritical",
    "of",
    // ordinary words
    "the talks",
    "were useful",
    "is false",
    "genocide",
    "tears come to your eyes",
    "Gaza",
    "Iran",
    "no deal was signed",
    "the plan",
    "will fail",
    "and",
    "when",
    "was",
    // punctuation, spacing, line breaks
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "…",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "\u{200b}",
    // emoji and other multi-unit characters
    "💔",
    "👍🏽",
    "🇺🇦",
    "👩‍👩‍👧",
    "e\u{301}",
    "𝔘",
    "中文",
    "עברית",
    "\u{feff}",
];

/// A string of up to `max` pieces, mostly separated by spaces.
fn newsy(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec((select(PIECES), prop::bool::weighted(0.7)), 0..max).prop_map(|parts| {
        let mut s = String::new();
        for (piece, space) in parts {
            s.push_str(piece);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// The texts of the corpus articles in `tests/corpus`.
fn corpus_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
            v["text"].as_str().unwrap().to_string()
        })
        .collect()
}

/// A corpus article, cut to a random window, with pieces spliced in at
/// random char boundaries.
fn mangled_article() -> impl Strategy<Value = String> {
    let texts = corpus_texts();
    (
        select(texts),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        prop::collection::vec((any::<prop::sample::Index>(), newsy(4)), 0..6),
    )
        .prop_map(|(text, a, b, splices)| {
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let (a, b) = (a.get(&bounds), b.get(&bounds));
            let mut s = text[*a.min(b)..*a.max(b)].to_string();
            for (at, piece) in splices {
                let bounds: Vec<usize> =
                    s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
                let at = *at.get(&bounds);
                s.insert_str(at, &piece);
            }
            s
        })
}

/// Checks every property of one input; `Err` says which failed and how.
fn check(text: &str) -> Result<(), TestCaseError> {
    // The PolNeAR reading runs rules of its own (`src/wide.rs`): its spans,
    // references and offsets hold as well.
    invariants::check(text, &annotate_caught(text, true)?).map_err(TestCaseError::fail)?;
    let found = annotate_caught(text, false)?;
    invariants::check(text, &found).map_err(TestCaseError::fail)?;

    let doc = found.to_document(text);
    // The JSON text round-trips.
    let json = serde_json::to_string(&doc).expect("a Document serialises");
    let back: claimlens::Document = serde_json::from_str(&json).expect("and parses back");
    prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);

    // Deterministic: the same text gives the same annotations.
    let again = annotate_caught(text, false)?;
    prop_assert!(again == found, "a second run differs");
    Ok(())
}

/// `cases` cases (`PROPTEST_CASES` overrides), failures saved beside this file.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/properties.proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_unicode_string(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn news_like_strings(text in newsy(60)) {
        check(&text)?;
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn corpus_articles_cut_and_spliced(text in mangled_article()) {
        check(&text)?;
    }

    #[test]
    fn long_news_like_strings(text in newsy(600)) {
        check(&text)?;
    }
}

/// Fixed cases the generators might take long to reach.
#[test]
fn edge_cases() {
    let cases = [
        "",
        " ",
        "\"",
        "“",
        "\"\"\"\"",
        "“”“”‘’",
        "said",
        "He said",
        "He said:",
        "said \"",
        "“Nobody wins,” she said, “nobody.”",
        "“Sørensen 💔,” said Zoë Núñez.\r\n\r\n“Again 👍🏽,” she added.",
        "\u{feff}Putin said \"x\".",
        "according to",
        "a suggestion by the",
        "Western governments dubbed his remarks as hypocritical",
        "\r\n\r\n\r\n",
        "'''''''''",
        "He said \"a\" she said \"b\" they said \"c\"",
        "events, say",
        "it, says",
        "it, said",
        "“Yes,” said",
        "in a statement,said",
        "?\"''The White House\"",
        // Participles and "as" clauses at the text's very start.
        " agreeing to.\n\nThe cou",
        "agreeing and vowing",
        "As said, it",
        "as he said, it was",
        "and saying",
        "Asked, said",
        // A claim noun owned by a pronoun at the text's very start, with no
        // verb before the pronoun.
        "Her claim that the bridge was safe was rejected.",
        "its warning that",
        // A passive verb of dispute, its "by" and an agent, at the start.
        " owned by a Dutch infrastructure fund, denied the allegat",
        "rejected by the board, which said",
        // The PolNeAR reading's own rules at the text's very start.
        "On Friday they agreed to discuss the plan.",
        "In the poll, conducted",
        "did not respond to",
    ];
    for text in cases {
        if let Err(e) = check(text) {
            panic!("{text:?}: {e}");
        }
    }
}
