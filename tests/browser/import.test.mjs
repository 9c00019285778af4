// The npm package as a user gets it: `npm pack pkg`, install the tarball in
// a scratch folder, import it from node and from a page, and check that
// annotate(seedText) equals what the `claimlens annotate` command prints.
// Also type-checks a TypeScript user of the package, and compares the
// generated declarations with the committed golden file.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, SEED, serve, launch, newPage } from './helpers.mjs';

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], ...opts });

let scratch;
let cli; // what the CLI prints for the seed text, parsed

before(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'claimlens-import-'));
  const packed = JSON.parse(run('npm', ['pack', path.join(ROOT, 'pkg'), '--json', '--pack-destination', scratch]))[0];
  writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', path.join(scratch, packed.filename)], { cwd: scratch });
  writeFileSync(path.join(scratch, 'seed.txt'), SEED.text);
  // The command line prints one JSON document per line for standard input.
  cli = JSON.parse(
    run('cargo', ['run', '--quiet', '--release', '--bin', 'claimlens', '--', 'annotate'], {
      cwd: ROOT,
      input: SEED.text,
    }),
  );
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('the tarball holds the package files and nothing else', () => {
  const files = readdirSync(path.join(scratch, 'node_modules/claimlens')).sort();
  const manifest = JSON.parse(readFileSync(path.join(scratch, 'node_modules/claimlens/package.json'), 'utf8'));
  assert.deepEqual(files, [...manifest.files, 'package.json'].sort());
  assert.equal(manifest.name, 'claimlens');
  assert.equal(manifest.type, 'module');
  assert.deepEqual(manifest.sideEffects, ['./register.js']);
  assert.equal(manifest.exports['.'].types, './index.d.ts');
});

test('node 20 imports the package and annotate(seed) equals the CLI output', () => {
  writeFileSync(
    path.join(scratch, 'node-use.mjs'),
    `import { readFileSync } from 'node:fs';
import { initSync, annotate, annotateAsync, isReady, version } from 'claimlens';
let early = null;
try { annotate('x'); } catch (e) { early = e.message; }
initSync({ module: readFileSync(new URL(import.meta.resolve('claimlens/claimlens_bg.wasm'))) });
const text = readFileSync(new URL('./seed.txt', import.meta.url), 'utf8');
const viaAsync = await annotateAsync(text);
console.log(JSON.stringify({ early, ready: isReady(), version: version(), result: annotate(text), viaAsync }));
`,
  );
  const out = JSON.parse(run('node', ['node-use.mjs'], { cwd: scratch }));
  assert.match(out.early, /call `await init\(\)`/);
  assert.ok(out.ready);
  assert.match(out.version, /^\d+\.\d+\.\d+$/);
  assert.ok(out.result.claims.length > 0);
  assert.deepEqual(out.result, cli, 'the package and the CLI agree on the seed article');
  assert.deepEqual(out.viaAsync, cli);
});

test('a page imports the installed package (import map, no bundler) and agrees with the CLI', async () => {
  writeFileSync(
    path.join(scratch, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>import</title>
<script type="importmap">{ "imports": { "claimlens": "./node_modules/claimlens/index.js" } }</script>
<script type="module" src="page-use.js"></script>`,
  );
  writeFileSync(
    path.join(scratch, 'page-use.js'),
    `import init, { annotate } from 'claimlens';
await init();
const text = await (await fetch('seed.txt')).text();
window.result = annotate(text);
document.documentElement.dataset.ready = 'true';
`,
  );
  const server = await serve(scratch);
  const browser = await launch();
  try {
    const page = await newPage(browser);
    await page.goto(`${server.url}index.html`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 20000 });
    assert.deepEqual(await page.evaluate(() => window.result), cli);
    assert.deepEqual(page.problems, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('TypeScript users get real types, not any', () => {
  writeFileSync(
    path.join(scratch, 'use.ts'),
    `import init, { annotate, annotateAsync, mount, type Annotations, type Claim, type Speaker, type Mount } from 'claimlens';
import 'claimlens/element';

export async function main(el: HTMLElement): Promise<string[]> {
  await init();
  const found: Annotations = annotate('Putin said so.', { maxLen: 1 << 20 });
  const claim: Claim | undefined = found.claims[0];
  const speaker: Speaker | undefined = found.speakers[0];
  const role: 'claim' | 'counterclaim' | undefined = claim?.role;
  const counters: string | null | undefined = claim?.counters;
  const span: [number, number] | undefined = claim?.content;
  const m: Mount = mount(el, { annotations: await annotateAsync(el.textContent ?? '', { worker: 'auto' }) });
  m.filter({ roles: ['counterclaim'] });
  const lens = document.createElement('claim-lens');
  const later: Annotations = await lens.ready;
  // @ts-expect-error: text must be a string
  annotate(42);
  // @ts-expect-error: unknown option
  annotate('x', { maxlen: 3 });
  // @ts-expect-error: a role is 'claim' or 'counterclaim'
  m.filter({ roles: ['rumour'] });
  return [String(role), String(counters), String(span), speaker?.kind ?? '', String(later.claims.length)];
}
`,
  );
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  run('node', [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022,dom', 'use.ts'], { cwd: scratch });
});

test('the generated declarations match the committed golden file', () => {
  const generated = readFileSync(path.join(ROOT, 'pkg/claimlens.d.ts'), 'utf8');
  const golden = readFileSync(path.join(ROOT, 'tests/browser/golden/claimlens.d.ts'), 'utf8');
  assert.equal(
    generated,
    golden,
    'pkg/claimlens.d.ts changed: if the JS-facing types changed on purpose, copy it to tests/browser/golden/',
  );
});
