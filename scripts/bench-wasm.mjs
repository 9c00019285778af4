#!/usr/bin/env node
// Benchmarks of the WebAssembly package in node, with a peer in the same run.
//
//   scripts/build-pkg.sh && node scripts/bench-wasm.mjs
//   node scripts/bench-wasm.mjs --pkg www/pkg        # another build of the package
//   node scripts/bench-wasm.mjs --quick              # fewer repeats, no 10 MB, no peer
//   node scripts/bench-wasm.mjs --json out.json      # the figures as JSON too
//
// It prints:
//   - sizes: claimlens_bg.wasm raw and gzip -9, and the widget's JS (its CSS
//     is inside style.js) raw and gzip -9, each file compressed on its own as
//     a server would send it;
//   - throughput of `annotate` (the package's own function: the text crosses
//     into wasm, the JSON comes back as an object) on the corpus articles
//     (tests/corpus, a copy of ../shared/corpus) and on PolNeAR dev
//     (../shared/polnear/dev, when present): MB/s of UTF-8 text, and time per
//     article;
//   - the peer, compromise (npm), on the same texts in the same run:
//     `nlp(text)` then `.quotations()` and `.people()`, each read out with
//     `.out('array')` so no work is left lazy; and how many times faster
//     claimlens is;
//   - scaling: one article of 1 KB, 10 KB, 100 KB, 1 MB and 10 MB (the corpus
//     articles repeated, as in benches/annotate.rs), and the 10 MB / 1 MB
//     time ratio (linear is 10);
//   - peak wasm memory at 1 MB and 10 MB: `memory.buffer.byteLength` after
//     `annotate`, in a fresh node process each (wasm memory only grows, so
//     its size after the call is the peak of the call), and its ratio to the
//     input's size.
//
// MB is 10^6 bytes. Times are medians over repeated runs, after two seconds
// of warm-up (V8 tiers wasm up from its baseline compiler as it runs).

import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { gzipSync, constants as zlib } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, dflt) => {
  const k = args.indexOf(name);
  return k >= 0 && k + 1 < args.length ? args[k + 1] : dflt;
};
const PKG = path.resolve(ROOT, option('--pkg', 'pkg'));
const QUICK = flag('--quick');

// --- loading ----------------------------------------------------------------

async function load() {
  const wasmPath = path.join(PKG, 'claimlens_bg.wasm');
  if (!existsSync(wasmPath)) {
    console.error(`${wasmPath} not found: build the package first (scripts/build-pkg.sh)`);
    process.exit(2);
  }
  const glue = await import(pathToFileURL(path.join(PKG, 'claimlens.js')).href);
  const exports = glue.initSync({ module: readFileSync(wasmPath) });
  return { annotate: glue.annotate, memory: exports.memory };
}

// --- texts ------------------------------------------------------------------

function texts(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')).text)
    .filter((t) => typeof t === 'string');
}

const utf8 = (s) => Buffer.byteLength(s, 'utf8');

/** The articles repeated with a blank line between them, cut to `bytes` UTF-8
 *  bytes at a character boundary: the same text as benches/annotate.rs. */
function concatenated(articles, bytes) {
  const parts = [];
  let len = 0;
  for (let k = 0; len < bytes; k = (k + 1) % articles.length) {
    parts.push(articles[k], '\n\n');
    len += utf8(articles[k]) + 2;
  }
  const buf = Buffer.from(parts.join(''), 'utf8');
  let end = Math.min(bytes, buf.length);
  while (end > 0 && end < buf.length && (buf[end] & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

// --- timing -----------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Median time in ms of `fn()`, after one warm-up run, over at least
 *  `minRuns` runs and `minMs` milliseconds (at most `maxRuns`). */
function time(fn, { minRuns = 5, minMs = 2000, maxRuns = 200, warmup = 1 } = {}) {
  for (let k = 0; k < warmup; k++) fn();
  const runs = [];
  const start = performance.now();
  while (runs.length < maxRuns && (runs.length < minRuns || performance.now() - start < minMs)) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

const fmt = (x, d = 1) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const fmtBytes = (n) => n.toLocaleString('en-US');

// --- memory (child process) ---------------------------------------------------

if (option('--memory-child', null) !== null) {
  const bytes = Number(option('--memory-child'));
  const corpus = texts(path.join(ROOT, 'tests/corpus'));
  const text = concatenated(corpus, bytes);
  const { annotate, memory } = await load();
  const before = memory.buffer.byteLength;
  const found = annotate(text);
  const after = memory.buffer.byteLength;
  process.stdout.write(JSON.stringify({ bytes: utf8(text), before, after, claims: found.claims.length }));
  process.exit(0);
}

// --- main -----------------------------------------------------------------------

const results = { pkg: path.relative(ROOT, PKG) || '.', node: process.version };
const { annotate } = await load();

console.log(`claimlens wasm benchmarks (node ${process.version}, package ${results.pkg}/)\n`);

// Sizes.
{
  // `gzip -9 -c FILE | wc -c`, as scripts/build-pkg.sh reports it; node's zlib where gzip is missing.
  const gz = (file) => {
    try {
      return execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 26 }).length;
    } catch {
      return gzipSync(readFileSync(file), { level: zlib.Z_BEST_COMPRESSION }).length;
    }
  };
  const wasm = readFileSync(path.join(PKG, 'claimlens_bg.wasm'));
  // With the glue's snippets (snippets/…/annotations.js, which makes the
  // object `annotate` returns).
  const jsFiles = readdirSync(PKG, { recursive: true }).filter((f) => f.endsWith('.js')).sort();
  let jsRaw = 0;
  let jsGz = 0;
  for (const f of jsFiles) {
    jsRaw += readFileSync(path.join(PKG, f)).length;
    jsGz += gz(path.join(PKG, f));
  }
  results.size = { wasmRaw: wasm.length, wasmGzip: gz(path.join(PKG, 'claimlens_bg.wasm')), jsRaw, jsGzip: jsGz, jsFiles };
  const s = results.size;
  console.log('## Size (gzip -9, each file on its own)');
  console.log(`claimlens_bg.wasm          ${fmtBytes(s.wasmRaw).padStart(9)} B raw  ${fmtBytes(s.wasmGzip).padStart(9)} B gzip`);
  console.log(`JS + CSS (${jsFiles.length} files)       ${fmtBytes(s.jsRaw).padStart(9)} B raw  ${fmtBytes(s.jsGzip).padStart(9)} B gzip`);
  console.log(`total                      ${fmtBytes(s.wasmRaw + s.jsRaw).padStart(9)} B raw  ${fmtBytes(s.wasmGzip + s.jsGzip).padStart(9)} B gzip  (target ≤ 204,800)\n`);
}

// Throughput, and the peer on the same texts.
const sets = [
  ['corpus', texts(path.join(ROOT, 'tests/corpus'))],
  ['polnear-dev', texts(path.join(ROOT, '../shared/polnear/dev'))],
];
let nlp = null;
if (!QUICK && !flag('--no-compromise')) {
  try {
    nlp = (await import('compromise')).default;
  } catch {
    console.log('compromise not installed (npm ci): the peer is skipped\n');
  }
}
// Warm-up: V8 first runs wasm through its baseline compiler and tiers hot
// functions up as they run; two seconds of work first, so every figure below
// is of the optimised code.
{
  const all = sets.flatMap(([, arts]) => arts);
  const t0 = performance.now();
  while (performance.now() - t0 < (QUICK ? 500 : 2000)) for (const t of all) annotate(t);
}
results.throughput = {};
console.log('## Throughput on news articles');
console.log('set            articles     bytes   claimlens wasm            compromise             ratio');
for (const [name, arts] of sets) {
  if (arts.length === 0) {
    console.log(`${name.padEnd(14)} skipped (not found)`);
    continue;
  }
  const bytes = arts.reduce((n, t) => n + utf8(t), 0);
  const ms = time(() => {
    for (const t of arts) annotate(t);
  }, { minRuns: QUICK ? 3 : 10, minMs: QUICK ? 500 : 3000 });
  const r = { articles: arts.length, bytes, ms, mbps: bytes / 1e3 / ms, msPerArticle: ms / arts.length };
  let peer = '';
  if (nlp) {
    // compromise is slow: one warm-up on the first article, then one pass.
    const once = () => {
      for (const t of arts) {
        const doc = nlp(t);
        doc.quotations().out('array');
        doc.people().out('array');
      }
    };
    nlp(arts[0]).quotations().out('array');
    const t0 = performance.now();
    once();
    const pms = performance.now() - t0;
    r.compromise = { ms: pms, mbps: bytes / 1e3 / pms, msPerArticle: pms / arts.length };
    r.ratio = pms / ms;
    peer = `${fmt(r.compromise.mbps, 3).padStart(7)} MB/s ${fmt(r.compromise.msPerArticle, 1).padStart(8)} ms/art   ${fmt(r.ratio, 0).padStart(5)}×`;
  }
  results.throughput[name] = r;
  console.log(
    `${name.padEnd(14)} ${String(arts.length).padStart(8)} ${fmtBytes(bytes).padStart(9)}   ${fmt(r.mbps, 2).padStart(7)} MB/s ${fmt(r.msPerArticle, 3).padStart(7)} ms/art   ${peer}`,
  );
}
console.log('(ratio: how many times faster claimlens is than compromise\'s quotations + people; target ≥ 200×, wasm ≥ 20 MB/s)\n');

// Scaling.
{
  const corpus = sets[0][1];
  const sizes = [
    ['1 KB', 1e3],
    ['10 KB', 1e4],
    ['100 KB', 1e5],
    ['1 MB', 1e6],
    ...(QUICK ? [] : [['10 MB', 1e7]]),
  ];
  results.scaling = {};
  console.log('## Scaling: one article of n bytes');
  for (const [label, n] of sizes) {
    const text = concatenated(corpus, n);
    const ms = time(() => annotate(text), {
      minRuns: n >= 1e7 ? 3 : 5,
      minMs: n >= 1e7 ? 0 : QUICK ? 300 : 2000,
      warmup: 1,
    });
    results.scaling[label] = { bytes: utf8(text), ms, mbps: utf8(text) / 1e3 / ms };
    console.log(`${label.padEnd(7)} ${fmtBytes(utf8(text)).padStart(11)} B ${fmt(ms, 2).padStart(10)} ms ${fmt(utf8(text) / 1e3 / ms, 2).padStart(8)} MB/s`);
  }
  if (results.scaling['10 MB']) {
    const ratio = results.scaling['10 MB'].ms / results.scaling['1 MB'].ms;
    results.scaling.ratio10to1 = ratio;
    console.log(`10 MB / 1 MB time: ${fmt(ratio, 1)}× (linear: 10×, target ≤ 12×)`);
  }
  console.log('');
}

// Peak memory, each size in a fresh process.
{
  results.memory = {};
  console.log('## Peak wasm memory (fresh instance per size)');
  for (const [label, n] of QUICK ? [['1 MB', 1e6]] : [['1 MB', 1e6], ['10 MB', 1e7]]) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--pkg', PKG, '--memory-child', String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const m = JSON.parse(out);
    results.memory[label] = { ...m, ratio: m.after / m.bytes };
    console.log(
      `${label.padEnd(6)} input ${fmtBytes(m.bytes).padStart(11)} B: memory ${fmtBytes(m.before).padStart(11)} B after init, ${fmtBytes(m.after).padStart(11)} B after annotate = ${fmt(m.after / m.bytes, 1)}× the input (target ≤ 8×)`,
    );
  }
}

const jsonOut = option('--json', null);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
