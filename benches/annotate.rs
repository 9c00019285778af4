//! Throughput of `claimlens::annotate`, in bytes of article text per second.
//!
//! ```text
//! cargo bench --bench annotate                 # everything
//! cargo bench --bench annotate -- '1 MB'       # one benchmark
//! ```
//!
//! - `corpus`: every article of `tests/corpus` (a copy of `../shared/corpus`),
//!   one after the other; time per article is the time shown divided by 11;
//! - `polnear-dev`: every article of `../shared/polnear/dev`, when present
//!   (84 articles);
//! - `one article/1 KB` … `one article/10 MB`: the corpus articles
//!   concatenated (paragraph breaks between them) into one text of 1 KB,
//!   10 KB, 100 KB, 1 MB and 10 MB, annotated as a single article — the
//!   scaling series: the time must grow linearly with the length.
//!
//! `scripts/bench-wasm.mjs` runs the same texts through the WebAssembly
//! package in node.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

/// The `text` of every `*.json` file in `dir`, sorted by file name.
fn texts(dir: &Path) -> Vec<String> {
    let mut paths: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect(),
        Err(_) => return Vec::new(),
    };
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let raw = std::fs::read_to_string(p).ok()?;
            let v: serde_json::Value = serde_json::from_str(&raw).ok()?;
            v["text"].as_str().map(str::to_string)
        })
        .collect()
}

/// The articles repeated, with a blank line between them, cut to `bytes`
/// (at a char boundary).
fn concatenated(articles: &[String], bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 4096);
    for article in articles.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(article);
        text.push_str("\n\n");
    }
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = texts(&root.join("tests/corpus"));
    assert!(!corpus.is_empty(), "tests/corpus holds no articles");

    let mut group = c.benchmark_group("annotate");
    let mut articles = |name: &str, texts: &[String]| {
        let bytes: usize = texts.iter().map(String::len).sum();
        group.throughput(Throughput::BytesDecimal(bytes as u64));
        group.sample_size(50);
        group.measurement_time(Duration::from_secs(10));
        group.bench_function(
            BenchmarkId::new(name, format!("{} articles", texts.len())),
            |b| {
                b.iter(|| {
                    for t in texts {
                        black_box(claimlens::annotate(black_box(t)));
                    }
                })
            },
        );
    };
    articles("corpus", &corpus);
    let polnear = texts(&root.join("../shared/polnear/dev"));
    if polnear.is_empty() {
        eprintln!("polnear-dev: skipped, ../shared/polnear/dev not found");
    } else {
        articles("polnear-dev", &polnear);
    }

    for (label, bytes, samples) in [
        ("1 KB", 1_000, 100),
        ("10 KB", 10_000, 100),
        ("100 KB", 100_000, 50),
        ("1 MB", 1_000_000, 20),
        ("10 MB", 10_000_000, 10),
    ] {
        let text = concatenated(&corpus, bytes);
        group.throughput(Throughput::BytesDecimal(text.len() as u64));
        group.sample_size(samples);
        // Enough time for every sample at a few MB/s on a busy 2-core machine.
        group.measurement_time(Duration::from_secs(match bytes {
            0..=100_000 => 5,
            100_001..=1_000_000 => 10,
            _ => 60,
        }));
        group.bench_function(BenchmarkId::new("one article", label), |b| {
            b.iter(|| claimlens::annotate(black_box(&text)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
