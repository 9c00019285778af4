#!/usr/bin/env bash
# Reads the results of `cargo bench --bench hostile` back from criterion's
# files and prints one Markdown row per input: MB/s at an eighth of its size
# and at its full size, then how many times longer the full size took. Kept
# apart from the bench because criterion prints each size on its own and
# keeps no ratio; linear shows as a time ratio near the size ratio (8), a
# quadratic step as one near 64.
#
#   cargo bench --bench hostile && scripts/hostile-ratios.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${CARGO_TARGET_DIR:-target}/criterion/hostile"
[ -d "$dir" ] || { echo "no $dir: run cargo bench --bench hostile first" >&2; exit 1; }

echo '| input | 1/8 size | MB/s | full size | MB/s | time ratio |'
echo '|---|---|---|---|---|---|'
for f in "$dir"/*/*/new/benchmark.json; do
  jq -c --slurpfile e "${f%benchmark.json}estimates.json" \
    '{name: .function_id, size: .value_str, bytes: .throughput.BytesDecimal, ns: $e[0].mean.point_estimate}' "$f"
done | jq -rs '
  def mbs: .bytes * 1000 / .ns * 10 | round / 10;
  group_by(.name)[] | sort_by(.bytes) | select(length == 2)
  | "| \(.[0].name) | \(.[0].size) | \(.[0] | mbs) | \(.[1].size) | \(.[1] | mbs) | \(.[1].ns / .[0].ns * 10 | round / 10) |"'
