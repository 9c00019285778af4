//! Time (or, under callgrind, count) each stage of the pipeline on one text.
//!
//! ```text
//! cargo run --release --example stages -- FILE [REPEAT]
//! valgrind --tool=callgrind target/release/examples/stages FILE
//! ```
//!
//! FILE is a plain-text article or a corpus `.json` file (its `"text"`).
//! Each stage is a separate non-inlined function, so callgrind's inclusive
//! counts split the work by stage.

use claimlens::{article::Article, claim, counterclaim, speaker};
use std::hint::black_box;
use std::time::Instant;

#[inline(never)]
fn segment(text: &str) -> Article<'_> {
    Article::new(text)
}
#[inline(never)]
fn claims(a: &Article) -> Vec<claim::Draft> {
    claim::extract(a)
}
#[inline(never)]
fn speakers(a: &Article, d: &[claim::Draft]) -> speaker::Resolution {
    speaker::resolve(a, d)
}
#[inline(never)]
fn roles(
    a: &Article,
    d: &[claim::Draft],
    r: &speaker::Resolution,
) -> Vec<(claimlens::Role, Option<usize>)> {
    counterclaim::decide(a, d, r)
}
#[inline(never)]
fn whole(text: &str) -> claimlens::Annotations {
    claimlens::annotate(text)
}
#[inline(never)]
fn document(found: &claimlens::Annotations, text: &str) -> String {
    serde_json::to_string(&found.to_document(text)).unwrap()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: stages FILE [REPEAT]");
    let repeat: usize = args.next().map_or(1, |n| n.parse().expect("REPEAT"));
    let raw = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let text = if path.ends_with(".json") {
        let v: serde_json::Value = serde_json::from_str(&raw).expect("JSON");
        v["text"].as_str().expect("a \"text\" field").to_string()
    } else {
        raw
    };
    let mut t = [0f64; 6];
    for _ in 0..repeat {
        let mut lap = Instant::now();
        let mut next = |k: usize, t: &mut [f64; 6]| {
            t[k] += lap.elapsed().as_secs_f64();
            lap = Instant::now();
        };
        let a = segment(&text);
        next(0, &mut t);
        let d = claims(&a);
        next(1, &mut t);
        let r = speakers(&a, &d);
        next(2, &mut t);
        black_box(roles(&a, &d, &r));
        next(3, &mut t);
        let found = whole(&text);
        next(4, &mut t);
        black_box(document(&found, &text));
        next(5, &mut t);
    }
    let mb = text.len() as f64 * repeat as f64 / 1e6;
    for (k, name) in [
        "segment",
        "claims",
        "speakers",
        "counterclaims",
        "annotate (all)",
        "JSON",
    ]
    .iter()
    .enumerate()
    {
        println!(
            "{name:>15}: {:8.2} ms per run, {:8.1} MB/s",
            t[k] * 1e3 / repeat as f64,
            mb / t[k]
        );
    }
}
