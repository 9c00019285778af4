// No injection: the widget and the host page never treat article text as
// HTML. Each of the 64 payloads of xss-payloads.mjs stands in article text,
// in quotes, inside a name and as a speaker (the engine names most of those
// speakers by the whole payload); through annotations made by hand, also as
// speaker names, kinds and claim ids. Every payload would call
// `__xss(n)` if it ever ran; the tests check that none did, that every one is
// shown literally, and that the markup holds only the widget's own elements.
//
// The widget runs on a fixture page with *no* Content-Security-Policy, so a
// payload that got into the DOM would run; a control test first proves that
// the same payloads do run when parsed as HTML there. The host page runs
// twice: with its own CSP (which must report no violation while it works)
// and with CSP bypassed, so that its safety does not rest on the CSP alone.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, serve, launch, newPage } from './helpers.mjs';
import { PAYLOADS, hostileArticle, RECORDER } from './xss-payloads.mjs';
import { styleHashes } from '../../scripts/csp-style-hash.mjs';

let server;
let www;
let browser;

before(async () => {
  server = await serve(ROOT);
  www = await serve(path.join(ROOT, 'www'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  www?.close();
});

const TEXT = hostileArticle();
const settle = (page, ms = 800) => page.waitForTimeout(ms);

/** A page with the recorder installed in every frame, and CSP violations recorded. */
async function hostilePage(url, options = {}) {
  const page = await newPage(browser, options);
  await page.addInitScript(RECORDER);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20000 });
  return page;
}

const fixture = () => hostilePage(`${server.url}tests/browser/fixtures/xss.html`);
const hits = (page) => page.evaluate(() => window.__xssHits);

test('there are at least 50 payloads, each with its own number', () => {
  assert.ok(PAYLOADS.length >= 50, `${PAYLOADS.length} payloads`);
  const numbers = PAYLOADS.map((p) => Number(/__xss\((\d+)\)/.exec(p)?.[1]));
  assert.equal(new Set(numbers).size, PAYLOADS.length, 'one number per payload');
});

test('control: on the fixture page, the payloads do run when parsed as HTML', async (t) => {
  const page = await fixture();
  await page.evaluate((payloads) => {
    const control = document.getElementById('control');
    for (const p of payloads) {
      // createContextualFragment runs scripts, as a careless innerHTML-based
      // renderer with a script-executing parser would.
      control.append(document.createRange().createContextualFragment(`<div>${p}</div>`));
    }
  }, PAYLOADS);
  await settle(page, 1500);
  const ran = new Set(await hits(page));
  t.diagnostic(`${ran.size} of ${PAYLOADS.length} payloads ran when parsed as HTML`);
  assert.ok(ran.size >= 20, `only ${ran.size} payloads ran in the control: ${[...ran]}`);
  await page.context().close();
});

/** Puts `text` into `#host` as paragraphs of text nodes, as a CMS would render it. */
function fillHost(page, text, how = 'nodes') {
  return page.evaluate(
    ({ text, how }) => {
      const host = document.getElementById('host');
      const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const parts = text.split('\n\n');
      if (how === 'html') {
        host.innerHTML = parts.map((p) => `<p>${escape(p)}</p>`).join('\n\n');
      } else {
        host.replaceChildren();
        parts.forEach((p, i) => {
          if (i) host.append(document.createTextNode('\n\n'));
          const el = document.createElement('p');
          el.textContent = p;
          host.append(el);
        });
      }
      return host.textContent;
    },
    { text, how },
  );
}

/**
 * Hovers and focuses every claim and mention of the mount in `#host`
 * (`window.theMount`), presses Enter on each, and reports what the tooltip
 * showed and which elements the markup and the tooltip hold.
 */
function exercise(page) {
  return page.evaluate(() => {
    const m = window.theMount;
    const host = m.element;
    const shown = [];
    const tipTags = new Set();
    for (const w of host.querySelectorAll('.cl-seg')) {
      w.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      if (w.tabIndex === 0) {
        w.focus();
        w.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
      const tip = document.getElementById('claimlens-tip');
      if (tip && !tip.hidden) {
        shown.push({ claim: w.dataset.claim ?? null, text: tip.textContent });
        for (const e of tip.querySelectorAll('*')) tipTags.add(e.tagName);
      }
      w.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    }
    const tags = new Set([...host.querySelectorAll('*')].map((e) => e.tagName));
    const foreign = [...host.querySelectorAll('*')].filter(
      (e) => e.tagName !== 'P' && !e.classList.contains('cl-seg'),
    ).length;
    return { shown, tipTags: [...tipTags], tags: [...tags], foreign, links: document.querySelectorAll('a[href^="javascript:" i]').length };
  });
}

for (const how of ['nodes', 'html']) {
  test(`mount() on hostile text (${how === 'nodes' ? 'text nodes' : 'escaped HTML'}): nothing runs, everything is shown literally`, async (t) => {
    const page = await fixture();
    const text = await fillHost(page, TEXT, how);
    assert.equal(text, TEXT);
    const before = await page.evaluate(() => document.getElementById('host').innerHTML);
    const info = await page.evaluate(() => {
      const host = document.getElementById('host');
      window.theMount = window.claimlens.mount(host);
      const a = window.theMount.annotations;
      return {
        claims: a.claims.length,
        speakers: a.speakers.map((s) => s.name),
        text: host.textContent,
        contents: a.claims.map((c) => ({
          id: c.id,
          expected: host.textContent.slice(c.content[0], c.content[1]),
          shown: [...host.querySelectorAll(`.cl-content[data-claim="${c.id}"]`)].map((e) => e.textContent).join(''),
        })),
      };
    });
    assert.ok(info.claims >= PAYLOADS.length, `${info.claims} claims found`);
    // How many speakers the engine names by a whole payload depends on its
    // rules (the hand-made annotations below always have 64): reported only.
    const markupNames = info.speakers.filter((n) => /[<>&"']/.test(n));
    t.diagnostic(`${markupNames.length} of ${info.speakers.length} speaker names carry markup characters`);
    assert.equal(info.text, TEXT, 'textContent is unchanged');
    for (const c of info.contents) assert.equal(c.shown, c.expected, `content of ${c.id}`);
    const r = await exercise(page);
    await settle(page);
    assert.deepEqual(await hits(page), [], 'no payload ran');
    assert.equal(r.foreign, 0, `only <p> and the widget's wrappers in the article: ${r.tags}`);
    assert.deepEqual(r.tags.filter((t) => !['P', 'MARK', 'SPAN'].includes(t)), []);
    assert.deepEqual(r.tipTags.filter((t) => !['DIV', 'SPAN', 'Q', 'BUTTON', 'BR'].includes(t)), [], 'tooltip elements');
    assert.equal(r.links, 0, 'no javascript: link anywhere');
    assert.ok(r.shown.length > 0, 'the tooltip was shown');
    const tips = r.shown.map((x) => x.text).join('\n');
    const namesInTips = markupNames.filter((n) => tips.includes(n));
    assert.equal(namesInTips.length, markupNames.length, 'every such name shown literally in the tooltip');
    const textNow = await page.evaluate(() => document.getElementById('host').textContent);
    for (const p of PAYLOADS) assert.ok(textNow.includes(p), `payload shown literally: ${p}`);
    await page.evaluate(() => window.theMount.unmount());
    assert.equal(await page.evaluate(() => document.getElementById('host').innerHTML), before, 'unmount restores innerHTML');
    assert.deepEqual(await hits(page), []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('annotations made by hand: payloads as speaker names, kinds, claim kinds and ids are shown as text', async () => {
  const page = await fixture();
  await fillHost(page, TEXT);
  const r = await page.evaluate((payloads) => {
    const host = document.getElementById('host');
    const text = host.textContent;
    const real = window.claimlens.annotate(text);
    // Every real claim keeps its spans; every name, kind and id becomes a payload.
    const ids = new Map(real.claims.map((c, i) => [c.id, `c${i}${payloads[i % payloads.length]}`]));
    const sids = new Map(real.speakers.map((s, i) => [s.id, `s${i}${payloads[(i + 7) % payloads.length]}`]));
    const annotations = {
      speakers: real.speakers.map((s, i) => ({
        ...s,
        id: sids.get(s.id),
        name: payloads[i % payloads.length],
        kind: payloads[(i + 3) % payloads.length],
      })),
      claims: real.claims.map((c, i) => ({
        ...c,
        id: ids.get(c.id),
        speaker: c.speaker ? sids.get(c.speaker) : null,
        counters: c.counters ? ids.get(c.counters) : null,
        kind: payloads[(i + 5) % payloads.length],
        role: i % 2 ? 'counterclaim' : 'claim',
      })),
    };
    window.theMount = window.claimlens.mount(host, { annotations });
    return { names: annotations.speakers.map((s) => s.name), claims: annotations.claims.length };
  }, PAYLOADS);
  assert.ok(r.claims > 0);
  const seen = await exercise(page);
  await settle(page);
  assert.deepEqual(await hits(page), [], 'no payload ran');
  assert.equal(seen.foreign, 0);
  assert.deepEqual(seen.tipTags.filter((t) => !['DIV', 'SPAN', 'Q', 'BUTTON', 'BR'].includes(t)), []);
  const tipTexts = seen.shown.map((s) => s.text).join('\n');
  const namesShown = r.names.filter((n) => tipTexts.includes(n));
  assert.ok(namesShown.length >= Math.min(10, r.names.length), `speaker names shown literally in the tooltip: ${namesShown.length}`);
  // Jumping to a claim whose id is a payload works and runs nothing.
  await page.evaluate(() => {
    const m = window.theMount;
    for (const c of m.annotations.claims.slice(0, 20)) m.jumpTo(c.id);
  });
  await settle(page);
  assert.deepEqual(await hits(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('<claim-lens> with hostile content, and when hostile text is added later', async () => {
  const page = await fixture();
  const r = await page.evaluate(async (text) => {
    const lens = document.getElementById('lens');
    const [first, second] = [text.slice(0, text.length / 2), text.slice(text.length / 2)];
    const p = document.createElement('p');
    p.textContent = first;
    lens.append(p);
    await lens.ready;
    await new Promise((r) => setTimeout(r, 50));
    const q = document.createElement('p');
    q.textContent = second;
    lens.append(q);
    // The element re-annotates on its own; wait for that pass.
    await new Promise((resolve) => lens.addEventListener('claimlens-annotated', resolve, { once: true }));
    for (const w of lens.querySelectorAll('.cl-seg')) w.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    return {
      text: lens.textContent,
      expected: first + second,
      claims: lens.annotations.claims.length,
      foreign: [...lens.querySelectorAll('*')].filter((e) => e.tagName !== 'P' && !e.classList.contains('cl-seg')).length,
    };
  }, TEXT);
  await settle(page);
  assert.equal(r.text, r.expected);
  assert.ok(r.claims > 0);
  assert.equal(r.foreign, 0);
  assert.deepEqual(await hits(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('annotateAsync in a worker returns the same data, and nothing runs', async () => {
  const page = await fixture();
  const same = await page.evaluate(async (text) => {
    const cl = window.claimlens;
    const a = await cl.annotateAsync(text, { worker: true });
    return JSON.stringify(a) === JSON.stringify(cl.annotate(text));
  }, TEXT);
  assert.ok(same);
  assert.deepEqual(await hits(page), []);
  await page.context().close();
});

/** Pastes the hostile article into the host page and uses every control. */
async function usePage(page) {
  await page.fill('#text', TEXT);
  await page.waitForFunction(
    (n) => document.getElementById('article').textContent.length === n && /claim/.test(document.getElementById('status').textContent),
    TEXT.length,
    { timeout: 30000 },
  );
  await page.waitForFunction((n) => document.querySelectorAll('#claims li').length >= n, PAYLOADS.length, { timeout: 30000 });
  const annotations = JSON.parse(await page.textContent('#json'));
  // Hover and focus every claim; jump from counterclaims; filter; open the JSON.
  await page.evaluate(() => {
    for (const w of document.querySelectorAll('#article .cl-seg')) {
      w.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      if (w.tabIndex === 0) {
        w.focus();
        w.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
    }
  });
  const first = await page.$('#article .cl-first');
  if (first) await first.hover();
  await page.click('label[for="role-counterclaim"]');
  await page.click('label[for="role-all"]');
  const toggle = await page.$('#legend button');
  if (toggle) {
    await toggle.click();
    await toggle.click();
  }
  await page.click('.json-details summary');
  await settle(page);
  return page.evaluate((text) => {
    const article = document.getElementById('article');
    const all = [...document.querySelectorAll('#article *, #claims *, #legend *, #json *, #claimlens-tip *')];
    return {
      articleText: article.textContent,
      articleTags: [...new Set([...article.querySelectorAll('*')].map((e) => e.tagName))],
      legendNames: [...document.querySelectorAll('#legend .name')].map((e) => e.textContent),
      claimTexts: [...document.querySelectorAll('#claims .claim-text')].map((e) => e.textContent),
      claimSpeakers: [...document.querySelectorAll('#claims .claim-speaker')].map((e) => e.textContent),
      json: document.getElementById('json').textContent,
      foreign: all.filter((e) => ['SCRIPT', 'IMG', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'EMBED', 'MATH', 'math', 'INPUT', 'FORM', 'STYLE', 'LINK', 'META', 'BASE', 'TEXTAREA', 'SELECT', 'VIDEO', 'AUDIO', 'DETAILS', 'MARQUEE', 'TEMPLATE', 'NOSCRIPT'].includes(e.tagName)).length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
      textarea: document.getElementById('text').value === text,
    };
  }, TEXT).then((r) => ({ ...r, annotations }));
}

for (const csp of [true, false]) {
  test(`the host page ${csp ? 'under its CSP: works, with no violation' : 'with CSP bypassed'}: nothing runs, everything is shown literally`, async (t) => {
    const page = await hostilePage(www.url, csp ? {} : { bypassCSP: true });
    const r = await usePage(page);
    assert.deepEqual(await hits(page), [], 'no payload ran');
    assert.equal(r.articleText, TEXT, 'the article shows exactly the text');
    assert.deepEqual(r.articleTags.filter((t) => !['P', 'MARK', 'SPAN'].includes(t)), []);
    assert.equal(r.foreign, 0, 'no element from a payload');
    assert.equal(r.jsLinks, 0);
    assert.ok(r.textarea);
    assert.deepEqual(r.legendNames, r.annotations.speakers.map((s) => s.name), 'speaker names shown literally');
    const markupNames = r.legendNames.filter((n) => /[<>&"']/.test(n));
    t.diagnostic(`${markupNames.length} of ${r.legendNames.length} speaker names carry markup characters`);
    const names = new Set(r.annotations.speakers.map((s) => s.name));
    for (const n of r.claimSpeakers) assert.ok(n === 'Unattributed' || names.has(n), `claims list shows ${n} literally`);
    assert.ok(r.annotations.claims.length >= PAYLOADS.length);
    assert.equal(r.claimTexts.length, r.annotations.claims.length);
    assert.deepEqual(JSON.parse(r.json), r.annotations);
    for (const p of PAYLOADS) assert.ok(r.articleText.includes(p), `shown literally: ${p}`);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the host page ships a CSP without inline script, and no inline script or handler', async () => {
  const html = await readFile(path.join(ROOT, 'www/index.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(csp, 'index.html has a CSP');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.ok(directives['script-src'], 'script-src is set');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", 'data:', '*', 'http:', 'https:']) {
    assert.ok(!directives['script-src'].includes(bad), `script-src has no ${bad}`);
  }
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'no inline <script>');
  // The page's CSS is inline, allowed by its hash (scripts/csp-style-hash.mjs), never by 'unsafe-inline'.
  assert.ok(!directives['style-src'].includes("'unsafe-inline'"), "style-src has no 'unsafe-inline'");
  const { wanted } = styleHashes(html);
  assert.ok(wanted.length > 0, 'index.html has its CSS inline');
  for (const hash of wanted) {
    assert.ok(directives['style-src'].includes(hash), `style-src allows the inline <style> by its hash ${hash}: run node scripts/csp-style-hash.mjs --write`);
  }
  assert.ok(!/\son[a-z]+\s*=/i.test(html), 'no inline event handler');
  assert.ok(!/javascript:/i.test(html), 'no javascript: URL');
});

test('no code of the widget or the page parses strings as HTML', async () => {
  const files = [
    ...(await readdir(path.join(ROOT, 'js'))).filter((f) => f.endsWith('.js')).map((f) => `js/${f}`),
    'www/app.js',
  ];
  const sinks = /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\s*\(|new Function\s*\(|setTimeout\(\s*['"`]|setAttribute\(\s*['"]on|\.srcdoc\s*=/;
  for (const f of files) {
    const src = await readFile(path.join(ROOT, f), 'utf8');
    const lines = src.split('\n').filter((l) => !l.trim().startsWith('//'));
    const found = lines.filter((l) => sinks.test(l));
    assert.deepEqual(found, [], `${f} has an HTML or code sink`);
  }
});
