//! Time (or, under callgrind, count) each stage of the pipeline on one text.
//!
//! ```text
//! cargo run --release --example stages -- FILE [REPEAT]
//! cargo run --release --example stages -- FILE --memory
//! valgrind --tool=callgrind target/release/examples/stages FILE
//! ```
//!
//! FILE is a plain-text article or a corpus `.json` file (its `"text"`).
//! Each stage is a separate non-inlined function, so callgrind's inclusive
//! counts split the work by stage. With `--memory` it prints instead the
//! peak of heap memory in use during each stage and during one `annotate`
//! plus its JSON, as multiples of the text's size (native sizes: a `usize`
//! is twice the size it has in wasm32).

use claimlens::{article::Article, claim, counterclaim, speaker};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as the allocator may do it: the new block before the old is freed.
        let now = IN_USE.fetch_add(new_size, Relaxed) + new_size;
        PEAK.fetch_max(now, Relaxed);
        IN_USE.fetch_sub(layout.size(), Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

#[inline(never)]
fn segment(text: &str) -> Article<'_> {
    Article::new(text)
}
#[inline(never)]
fn claims(a: &Article) -> Vec<claim::Draft> {
    claim::extract(a)
}
#[inline(never)]
fn speakers<'a>(a: &'a Article, d: &[claim::Draft]) -> speaker::Resolution<'a> {
    speaker::resolve(a, d)
}
#[inline(never)]
fn roles(
    a: &Article,
    d: &[claim::Draft],
    r: &speaker::Resolution<'_>,
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
    let arg = args.next();
    let memory = arg.as_deref() == Some("--memory");
    let repeat: usize = arg
        .filter(|_| !memory)
        .map_or(1, |n| n.parse().expect("REPEAT"));
    let raw = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let text = if path.ends_with(".json") {
        let v: serde_json::Value = serde_json::from_str(&raw).expect("JSON");
        v["text"].as_str().expect("a \"text\" field").to_string()
    } else {
        raw
    };
    if memory {
        peaks(&text);
        return;
    }
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

/// Peak heap in use beyond the text, by stage and for `annotate` plus JSON.
fn peaks(text: &str) {
    let x = |v: usize| v as f64 / text.len() as f64;
    let base = IN_USE.load(Relaxed);
    PEAK.store(base, Relaxed);
    {
        let a = segment(text);
        let p0 = PEAK.load(Relaxed) - base;
        let d = claims(&a);
        let p1 = PEAK.load(Relaxed) - base;
        let r = speakers(&a, &d);
        let p2 = PEAK.load(Relaxed) - base;
        black_box(roles(&a, &d, &r));
        let p3 = PEAK.load(Relaxed) - base;
        println!(
            "{} tokens, {} sentences, {} quotes, {} claims, {} speaking entities with {} mentions",
            a.tokens.len(),
            a.sentences.len(),
            a.quotes.len(),
            d.len(),
            r.entities.len(),
            r.entities.iter().map(|e| e.mentions.len()).sum::<usize>()
        );
        println!(
            "peak heap beyond the text, as a multiple of its size: segment {:.2}x, claims {:.2}x, speakers {:.2}x, counterclaims {:.2}x",
            x(p0),
            x(p1),
            x(p2),
            x(p3)
        );
    }
    PEAK.store(IN_USE.load(Relaxed), Relaxed);
    let found = whole(text);
    let after_annotate = PEAK.load(Relaxed) - base;
    black_box(document(&found, text));
    drop(found);
    let after_json = PEAK.load(Relaxed) - base;
    println!(
        "annotate: {:.2}x, annotate then JSON: {:.2}x",
        x(after_annotate),
        x(after_json)
    );
}
