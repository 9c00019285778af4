#!/usr/bin/env node
// Benchmarks of claimlens in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core with the flags of TOOLCHAIN.md).
//
//   scripts/build-pkg.sh && node scripts/bench-browser.mjs
//   node scripts/bench-browser.mjs --www DIR --runs 15 --json out.json
//   node scripts/bench-browser.mjs --www www --www /tmp/www-b --runs 21 --no-throughput
//   node scripts/bench-browser.mjs --blank --runs 21 --no-throughput
//   node scripts/bench-browser.mjs --chromium-arg=--js-flags=--no-wasm-lazy-compilation
//
// It prints:
//   - page ready: the host page (www/, served by the README's serve command,
//     python3 -m http.server) from navigation to annotated article, that is
//     `performance.now()` when app.js sets <html data-ready="true"> after the
//     seed article is annotated and marked up. Each run is a fresh browser
//     context (empty HTTP cache, so the wasm is fetched and compiled again);
//     the median and the fastest of the runs, and where the time goes: the
//     median time of each step (HTML, each file requested and received,
//     first paint, the page's script starting the engine's fetch,
//     compileStreaming called and done, instantiated, the page's own
//     performance marks `claimlens:*`, ready, the next frame painted);
//   - with several --www folders (other builds of the page), the runs are
//     interleaved (A, B, A, B, …, each in a fresh context) so that the noise
//     of a shared machine falls on all alike; each is reported with its ratio
//     to the first; --blank adds a blank page (one paragraph, ready at its
//     load event) served and measured the same way: the floor of the
//     server, the browser and the harness;
//   - throughput of `annotate` inside the page, on the corpus articles and
//     PolNeAR dev (when present), as in scripts/bench-wasm.mjs (not with
//     --no-throughput; of the first --www only).
//
// The harness waits for ready through a console message of its own init
// script, not with page.waitForSelector: that would inject playwright's
// selector engine (a large script) into the page while it loads, and its
// evaluation (about 13 ms of the page's main thread in a trace) would be
// counted in the load. Nothing is evaluated in the page before it is painted.
// --chromium-arg adds a browser flag, for diagnosis (the real user has the
// default flags).

import { readFileSync, readdirSync, existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, CHROMIUM_ARGS } from '../tests/browser/helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, dflt) => {
  const k = args.indexOf(name);
  return k >= 0 && k + 1 < args.length ? args[k + 1] : dflt;
};
const every = (name) => args.flatMap((a, k) => (a === name && k + 1 < args.length ? [args[k + 1]] : a.startsWith(`${name}=`) ? [a.slice(name.length + 1)] : []));
const WWWS = (every('--www').length ? every('--www') : ['www']).map((d) => path.resolve(ROOT, d));
const WWW = WWWS[0];
const RUNS = Number(option('--runs', '11'));
const EXTRA_ARGS = every('--chromium-arg');

for (const dir of WWWS) {
  if (!existsSync(path.join(dir, 'pkg/claimlens_bg.wasm')) && !existsSync(path.join(dir, 'index.html'))) {
    console.error(`${dir}/pkg not found: build the package first (scripts/build-pkg.sh)`);
    process.exit(2);
  }
}

function texts(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')).text);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, d = 1) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

const variants = [];
for (const dir of WWWS) variants.push({ dir, name: path.relative(ROOT, dir) || '.', server: await serve(dir), ready: [], breakdown: [] });
if (args.includes('--blank')) {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlens-blank-'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p>
<script>addEventListener('load', () => { document.documentElement.dataset.ready = 'true'; });</script></body></html>\n`,
  );
  writeFileSync(path.join(dir, 'favicon.ico'), '');
  variants.push({ dir, name: 'blank page', server: await serve(dir), ready: [], breakdown: [] });
}
const server = variants[0].server;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...EXTRA_ARGS] });
const results = { www: variants[0].name, chromium: browser.version(), runs: RUNS, chromiumArgs: EXTRA_ARGS };
const DONE = '__claimlens_bench_painted';

/** One load of the page in a fresh context: { step: ms from navigation }. */
async function load(variant) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript((done) => {
    const at = (window.__claimlensAt = {});
    const first = (name) => (at[name] ??= performance.now());
    // When the page's script asks for the engine, and when the engine is compiled and instantiated.
    const fetch = window.fetch;
    window.fetch = function (input, ...rest) {
      if (String(input?.url ?? input).endsWith('.wasm')) first('script fetches the wasm');
      return fetch.call(this, input, ...rest);
    };
    for (const name of ['compileStreaming', 'compile', 'instantiate']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function (...args) {
        if (name === 'compileStreaming') first('compileStreaming called');
        return original.apply(this, args).then((result) => {
          at[name === 'instantiate' ? 'wasm instantiated' : 'wasm compiled'] = performance.now();
          return result;
        });
      };
    }
    new MutationObserver((_, obs) => {
      if (document.documentElement?.dataset.ready === 'true') {
        at.ready = performance.now();
        obs.disconnect();
        // The first frame after ready: the annotated article laid out and painted.
        requestAnimationFrame(() =>
          setTimeout(() => {
            at['next frame painted'] = performance.now();
            console.debug(done);
          }),
        );
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  }, DONE);
  const painted = page.waitForEvent('console', { predicate: (m) => m.text() === DONE, timeout: 30000 });
  await page.goto(variant.server.url);
  await painted;
  const steps = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const at = window.__claimlensAt;
    const steps = {
      'HTML received': nav.responseEnd,
      'HTML parsed': nav.domInteractive,
      DOMContentLoaded: nav.domContentLoadedEventStart,
    };
    for (const r of performance.getEntriesByType('resource')) {
      if (r.startTime >= at.ready) continue;
      const name = new URL(r.name).pathname.slice(1);
      steps[`${name} requested`] = r.startTime;
      steps[`${name} received`] = r.responseEnd;
    }
    for (const p of performance.getEntriesByType('paint')) if (p.name === 'first-paint') steps['first paint'] = p.startTime;
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('claimlens:')) steps[m.name] = m.startTime;
    return Object.assign(steps, at);
  });
  await context.close();
  return steps;
}

try {
  console.log(`claimlens in headless Chromium ${browser.version()} (${variants.map((v) => v.name).join(', ')}/ served by python3 -m http.server)${EXTRA_ARGS.length ? `, flags ${EXTRA_ARGS.join(' ')}` : ''}\n`);

  // Page ready, each run in a fresh context, the variants interleaved.
  // The first round warms the server and the browser process; it is not counted.
  for (let k = 0; k < RUNS + 1; k++) {
    for (const v of variants) {
      const steps = await load(v);
      if (k === 0) continue;
      v.ready.push(steps.ready);
      v.breakdown.push(steps);
    }
  }
  for (const v of variants) {
    const stepNames = [...new Set(v.breakdown.flatMap(Object.keys))];
    v.result = {
      medianMs: median(v.ready),
      minMs: Math.min(...v.ready),
      maxMs: Math.max(...v.ready),
      runsMs: v.ready,
      breakdownMedianMs: Object.fromEntries(
        stepNames
          .map((name) => [name, median(v.breakdown.map((b) => b[name]).filter((x) => x !== undefined))])
          .sort((a, b) => a[1] - b[1]),
      ),
    };
  }
  results.pageReady = variants[0].result;
  console.log('## Page ready (navigation to annotated seed article)');
  for (const v of variants) {
    const r = v.result;
    const ratio = variants.length > 1 ? `, ×${fmt(r.medianMs / variants[0].result.medianMs, 2)} median, ×${fmt(r.minMs / variants[0].result.minMs, 2)} fastest` : '';
    console.log(
      `${variants.length > 1 ? `${v.name}: ` : ''}median ${fmt(r.medianMs)} ms, fastest ${fmt(r.minMs)} ms, slowest ${fmt(r.maxMs)} ms over ${RUNS} fresh contexts (target ≤ 150 ms)${ratio}`,
    );
  }
  console.log('where the time goes (median ms from navigation of each step):');
  if (variants.length === 1) {
    for (const [name, ms] of Object.entries(results.pageReady.breakdownMedianMs)) console.log(`  ${fmt(ms, 0).padStart(5)}  ${name}`);
  } else {
    const names = Object.keys(results.pageReady.breakdownMedianMs);
    for (const v of variants.slice(1)) for (const n of Object.keys(v.result.breakdownMedianMs)) if (!names.includes(n)) names.push(n);
    console.log(variants.map((v, i) => String.fromCharCode(65 + i).padStart(6)).join('') + '  step   ' + variants.map((v, i) => `${String.fromCharCode(65 + i)} = ${v.name}`).join(', '));
    for (const n of names) {
      console.log(variants.map((v) => (n in v.result.breakdownMedianMs ? fmt(v.result.breakdownMedianMs[n], 0) : '-').padStart(6)).join('') + `  ${n}`);
    }
    results.variants = Object.fromEntries(variants.map((v) => [v.name, v.result]));
  }
  console.log();

  // Throughput inside a page.
  if (!args.includes('--no-throughput')) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
    console.log('## Throughput of annotate() in the page');
    results.throughput = {};
    for (const [name, arts] of [
      ['corpus', texts(path.join(ROOT, 'tests/corpus'))],
      ['polnear-dev', texts(path.join(ROOT, '../shared/polnear/dev'))],
    ]) {
      if (arts.length === 0) continue;
      const r = await page.evaluate(async (arts) => {
        // The package's modules, beside the page's bundle (pkg/page.js).
        const { default: init, annotate } = await import('/pkg/index.js');
        await init();
        const bytes = arts.reduce((n, t) => n + new TextEncoder().encode(t).length, 0);
        const pass = () => {
          const t0 = performance.now();
          for (const t of arts) annotate(t);
          return performance.now() - t0;
        };
        pass();
        const runs = [];
        const start = performance.now();
        while (runs.length < 5 || (performance.now() - start < 3000 && runs.length < 200)) runs.push(pass());
        runs.sort((a, b) => a - b);
        const ms = runs[runs.length >> 1];
        return { articles: arts.length, bytes, ms, mbps: bytes / 1e3 / ms, msPerArticle: ms / arts.length };
      }, arts);
      results.throughput[name] = r;
      console.log(`${name.padEnd(12)} ${String(r.articles).padStart(4)} articles ${r.bytes.toLocaleString('en-US').padStart(9)} B  ${fmt(r.mbps, 2).padStart(7)} MB/s  ${fmt(r.msPerArticle, 3)} ms per article`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  for (const v of variants) v.server.close();
}

const jsonOut = option('--json', null);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
