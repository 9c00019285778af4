//! Throughput of `claimlens::annotate` on the pathological inputs of issue #5,
//! each at the size `tests/hostile.rs` checks and at an eighth of it.
//!
//! ```text
//! cargo bench --bench hostile                  # everything, about 3 minutes
//! cargo bench --bench hostile -- 'NUL bytes'   # one input, both sizes
//! scripts/hostile-ratios.sh                    # the table of docs/hostile.md
//! ```
//!
//! The test bounds the time generously so that it passes on a loaded
//! machine; this gives the figures themselves. A linear engine reads both
//! sizes of an input at the same MB/s, so the two throughputs of an input,
//! shown one after the other, read as its linearity: their ratio is 1 where
//! the time grows as the text does and about 8 (the size ratio) where it
//! grows as its square. `scripts/hostile-ratios.sh` prints both rates and
//! the time ratio of each input from criterion's results; `docs/hostile.md`
//! has the figures.
//!
//! The inputs come from `tests/common/pathological.rs`, shared with the
//! test. One input of each kind the issue lists is timed, not every variant
//! the test checks, to keep the run to minutes.

#[path = "../tests/common/pathological.rs"]
mod pathological;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use pathological::Input;
use std::hint::black_box;
use std::time::Duration;

/// The issue's list, in its order: one input for each kind it names.
const INPUTS: [&Input; 12] = [
    &pathological::NO_SPACES[1],
    &pathological::QUOTE_MARKS[0],
    &pathological::ONE_SENTENCE[0],
    &pathological::SAID_SAID[0],
    &pathological::PARAGRAPHS[0],
    &pathological::UNMATCHED_AND_NESTED[0],
    &pathological::UNMATCHED_AND_NESTED[2],
    &pathological::LONE_SURROGATES,
    &pathological::NUL,
    &pathological::RTL_AND_COMBINING[0],
    &pathological::RTL_AND_COMBINING[1],
    &pathological::CRLF,
];

/// A rate the engine stays above on these inputs even on a busy machine,
/// used only to give each size enough measurement time for its samples.
const FLOOR_BYTES_PER_SEC: f64 = 5_000_000.0;

const SAMPLES: usize = 10;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile");
    // Flat: every sample runs the same number of iterations, so a sample
    // can be a single run of a 10 MB input; the default linear sampling
    // needs 1 + 2 + … + 10 runs at least.
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(SAMPLES);
    group.warm_up_time(Duration::from_secs(1));
    for input in INPUTS {
        for bytes in [input.bytes / 8, input.bytes] {
            let text = input.at(bytes);
            let seconds = SAMPLES as f64 * text.len() as f64 / FLOOR_BYTES_PER_SEC;
            group.measurement_time(Duration::from_secs_f64(seconds.max(1.0)));
            group.throughput(Throughput::BytesDecimal(text.len() as u64));
            // The text's own size: some generators fall short of `bytes`.
            let size = format!("{:.2} MB", text.len() as f64 / pathological::MB as f64);
            group.bench_function(BenchmarkId::new(input.name, size), |b| {
                b.iter(|| claimlens::annotate(black_box(&text)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
