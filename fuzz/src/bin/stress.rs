//! A coverage-less mutation fuzzer on stable Rust, for volume: it takes the
//! inputs of a corpus directory (the one `cargo fuzz run annotate` grows),
//! mutates them (bit flips, dictionary words, splices, repeats, cuts) and
//! runs the same checks as the libFuzzer target on each, uninstrumented, so
//! it goes several times faster. A panic is caught, its input written to
//! `artifacts/stress-<location hash>` once per panic location, and the run
//! goes on.
//!
//! ```text
//! cargo run --release --bin stress -- corpus/annotate 10000000 [seed]
//! ```

use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// xorshift64*: small, fast, reproducible from the seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The dictionary of `annotate.dict`, decoded.
fn dictionary() -> Vec<Vec<u8>> {
    let text = include_str!("../../annotate.dict");
    text.lines()
        .filter_map(|l| l.strip_prefix('"')?.strip_suffix('"'))
        .map(|s| {
            let mut out = Vec::new();
            let b = s.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if b[i] == b'\\' && i + 3 < b.len() && b[i + 1] == b'x' {
                    let hex = std::str::from_utf8(&b[i + 2..i + 4]).unwrap();
                    out.push(u8::from_str_radix(hex, 16).unwrap());
                    i += 4;
                } else {
                    out.push(b[i]);
                    i += 1;
                }
            }
            out
        })
        .collect()
}

fn mutate(
    rng: &mut Rng,
    input: &mut Vec<u8>,
    corpus: &[Vec<u8>],
    dict: &[Vec<u8>],
    max_len: usize,
) {
    for _ in 0..1 + rng.below(4) {
        let len = input.len();
        match rng.below(9) {
            0 if len > 0 => {
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                input[i] = rng.next() as u8;
            }
            2 | 3 => {
                let w = &dict[rng.below(dict.len())];
                let at = rng.below(len + 1);
                input.splice(at..at, w.iter().copied());
            }
            4 if len > 1 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(16)).min(len);
                input.drain(a..b);
            }
            5 => {
                let other = &corpus[rng.below(corpus.len())];
                if !other.is_empty() {
                    let a = rng.below(other.len());
                    let b = (a + 1 + rng.below(64)).min(other.len());
                    let at = rng.below(len + 1);
                    input.splice(at..at, other[a..b].iter().copied());
                }
            }
            6 if len > 1 => {
                // Repeat a chunk: the shape of pathological inputs.
                let a = rng.below(len);
                let b = (a + 1 + rng.below(12)).min(len);
                let chunk = input[a..b].to_vec();
                for _ in 0..1 + rng.below(16) {
                    input.splice(b..b, chunk.iter().copied());
                }
            }
            7 if len > 0 => input.truncate(rng.below(len)),
            _ => {
                // A new mode byte.
                if let Some(first) = input.first_mut() {
                    *first = rng.next() as u8;
                } else {
                    input.push(rng.next() as u8);
                }
            }
        }
    }
    input.truncate(max_len);
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "corpus/annotate".into());
    let runs: u64 = args.next().map_or(1_000_000, |r| r.parse().expect("runs"));
    let seed: u64 = args
        .next()
        .map_or(0x9E37_79B9_7F4A_7C15, |s| s.parse().expect("seed"));
    let max_len = 1024;
    let mut corpus: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| std::fs::read(e.ok()?.path()).ok())
        .collect();
    corpus.sort();
    if corpus.is_empty() {
        corpus.push(Vec::new());
    }
    let dict = dictionary();
    std::fs::create_dir_all("artifacts").expect("artifacts/");

    // Where the last panic happened, without printing every one.
    let last: Arc<Mutex<Option<String>>> = Arc::default();
    let hook_last = Arc::clone(&last);
    panic::set_hook(Box::new(move |info| {
        let at = info
            .location()
            .map_or("?".into(), |l| format!("{}:{}", l.file(), l.line()));
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        *hook_last.lock().unwrap() = Some(format!("{at}: {msg}"));
    }));

    let mut rng = Rng(seed | 1);
    let mut crashes: HashMap<String, (u64, Vec<u8>)> = HashMap::new();
    let t0 = Instant::now();
    for n in 1..=runs {
        let mut input = corpus[rng.below(corpus.len())].clone();
        mutate(&mut rng, &mut input, &corpus, &dict, max_len);
        let decoded = claimlens_fuzz::decode(&input);
        if panic::catch_unwind(AssertUnwindSafe(|| claimlens_fuzz::run(&decoded))).is_err() {
            let why = last.lock().unwrap().take().unwrap_or_default();
            // One file per panic location (the message may hold indices).
            let place = why.split(": ").next().unwrap_or("").to_string();
            let entry = crashes.entry(place.clone()).or_insert_with(|| {
                let name = format!("artifacts/stress-{:016x}", fxhash(place.as_bytes()));
                std::fs::write(&name, &input).expect("write artifact");
                eprintln!("#{n} NEW PANIC {why}\n  input: {name}");
                (0, input.clone())
            });
            entry.0 += 1;
        }
        if n.is_power_of_two() || n % 1_000_000 == 0 {
            let secs = t0.elapsed().as_secs_f64();
            eprintln!(
                "#{n} {:.0} exec/s, {} distinct panics, {secs:.0} s",
                n as f64 / secs,
                crashes.len()
            );
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    eprintln!(
        "done: {runs} runs in {secs:.0} s ({:.0} exec/s), {} corpus inputs, {} distinct panics",
        runs as f64 / secs,
        corpus.len(),
        crashes.len()
    );
    for (place, (count, _)) in &crashes {
        eprintln!("  {count} x {place}");
    }
}

/// FNV-1a, for artifact names.
fn fxhash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
