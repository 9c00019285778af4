// Accessibility of the host page and of the widget, checked with axe-core
// (WCAG 2.x A and AA rules: names, roles, labels, contrast, …) in headless
// Chromium, in the states a reader meets: at rest, with the tooltip open on
// a counterclaim, and with filters applied. CSP is bypassed only so that
// axe's script can be injected.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, serve, launch } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server;
let browser;
let page;

// The tooltip lives in <body>, outside every landmark, so that the marked-up
// element's own text never changes; it is reached through aria-describedby
// from the focused claim, so the "all content in landmarks" rule skips it.
const CONTEXT = { exclude: [['#claimlens-tip']] };

async function violations() {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (context) => {
    const regions = await window.axe.run(context, { runOnly: ['region'] });
    const all = await window.axe.run(document, {
      rules: { region: { enabled: false } },
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return [...regions.violations, ...all.violations].map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  }, CONTEXT);
}

before(async () => {
  server = await serve(path.join(ROOT, 'www'));
  browser = await launch();
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"][data-below]', { timeout: 20000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the page at rest has no accessibility violations', async () => {
  assert.deepEqual(await violations(), []);
});

test('with the tooltip open on a counterclaim, still none', async () => {
  const counter = page.locator('#article .cl-counter.cl-first').first();
  if ((await counter.count()) === 0) return;
  await counter.focus();
  await page.waitForSelector('#claimlens-tip:not([hidden])');
  assert.deepEqual(await violations(), []);
  await page.keyboard.press('Escape');
});

test('with a speaker hidden and counterclaims only, still none', async () => {
  await page.click('#legend button >> nth=0');
  await page.click('label[for="role-counterclaim"]');
  assert.deepEqual(await violations(), []);
  await page.click('#show-all');
  await page.click('label[for="role-all"]');
});
