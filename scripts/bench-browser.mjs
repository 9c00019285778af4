#!/usr/bin/env node
// Benchmarks of claimlens in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core with the flags of TOOLCHAIN.md).
//
//   scripts/build-pkg.sh && node scripts/bench-browser.mjs
//   node scripts/bench-browser.mjs --www DIR --runs 15 --json out.json
//
// It prints:
//   - page ready: the host page (www/, served by the README's serve command,
//     python3 -m http.server) from navigation to annotated article, that is
//     `performance.now()` when app.js sets <html data-ready="true"> after the
//     seed article is annotated and marked up. Each run is a fresh browser
//     context (empty HTTP cache, so the wasm is fetched and compiled again);
//     the median and the fastest of the runs, and where the time goes: the
//     median time of each step (HTML, each file fetched, DOMContentLoaded,
//     wasm compiled and instantiated, ready, the next frame painted);
//   - throughput of `annotate` inside the page, on the corpus articles and
//     PolNeAR dev (when present), as in scripts/bench-wasm.mjs.

import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { serve, launch } from '../tests/browser/helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, dflt) => {
  const k = args.indexOf(name);
  return k >= 0 && k + 1 < args.length ? args[k + 1] : dflt;
};
const WWW = path.resolve(ROOT, option('--www', 'www'));
const RUNS = Number(option('--runs', '11'));

if (!existsSync(path.join(WWW, 'pkg/claimlens_bg.wasm'))) {
  console.error(`${WWW}/pkg not found: build the package first (scripts/build-pkg.sh)`);
  process.exit(2);
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

const server = await serve(WWW);
const browser = await launch();
const results = { www: path.relative(ROOT, WWW), chromium: browser.version(), runs: RUNS };
try {
  console.log(`claimlens in headless Chromium ${browser.version()} (${results.www}/ served by python3 -m http.server)\n`);

  // Page ready, each run in a fresh context.
  const ready = [];
  const breakdown = []; // per run: { step: ms from navigation }
  for (let k = 0; k < RUNS + 1; k++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      // When the engine finishes compiling and instantiating, for the breakdown.
      const at = (window.__claimlensAt = {});
      for (const name of ['compileStreaming', 'compile', 'instantiate']) {
        const original = WebAssembly[name];
        WebAssembly[name] = function (...args) {
          return original.apply(this, args).then((result) => {
            at[name === 'instantiate' ? 'instantiated' : 'compiled'] = performance.now();
            return result;
          });
        };
      }
      new MutationObserver((_, obs) => {
        if (document.documentElement?.dataset.ready === 'true') {
          window.__claimlensReadyAt = performance.now();
          obs.disconnect();
          // The first frame after ready: the annotated article laid out and painted.
          requestAnimationFrame(() => setTimeout(() => (at.painted = performance.now())));
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
    });
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
    await page.waitForFunction(() => window.__claimlensAt.painted, null, { timeout: 30000 });
    const [t, steps] = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const steps = {
        'HTML received': nav.responseEnd,
        'HTML parsed': nav.domInteractive,
        DOMContentLoaded: nav.domContentLoadedEventStart,
      };
      for (const r of performance.getEntriesByType('resource')) {
        if (r.startTime < window.__claimlensReadyAt) steps[`${new URL(r.name).pathname.slice(1)} received`] = r.responseEnd;
      }
      Object.assign(steps, { 'wasm compiled': window.__claimlensAt.compiled, 'wasm instantiated': window.__claimlensAt.instantiated });
      steps.ready = window.__claimlensReadyAt;
      steps['next frame painted'] = window.__claimlensAt.painted;
      return [window.__claimlensReadyAt, steps];
    });
    // The first run warms the server and the browser process; it is not counted.
    if (k > 0) {
      ready.push(t);
      breakdown.push(steps);
    }
    await context.close();
  }
  results.pageReady = { medianMs: median(ready), minMs: Math.min(...ready), maxMs: Math.max(...ready), runsMs: ready };
  const stepNames = [...new Set(breakdown.flatMap(Object.keys))];
  results.pageReady.breakdownMedianMs = Object.fromEntries(
    stepNames
      .map((name) => [name, median(breakdown.map((b) => b[name]).filter((x) => x !== undefined))])
      .sort((a, b) => a[1] - b[1]),
  );
  console.log('## Page ready (navigation to annotated seed article)');
  console.log(
    `median ${fmt(results.pageReady.medianMs)} ms, fastest ${fmt(results.pageReady.minMs)} ms, slowest ${fmt(results.pageReady.maxMs)} ms over ${RUNS} fresh contexts (target ≤ 150 ms)`,
  );
  console.log('where the time goes (median ms from navigation of each step):');
  for (const [name, ms] of Object.entries(results.pageReady.breakdownMedianMs)) console.log(`  ${fmt(ms, 0).padStart(5)}  ${name}`);
  console.log();

  // Throughput inside a page.
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
} finally {
  await browser.close();
  server.close();
}

const jsonOut = option('--json', null);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
