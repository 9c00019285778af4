// The host page (www/), served by the README's serve command, in headless
// Chromium: it loads, marks up the seed article, explains claims on hover and
// focus, jumps from a counterclaim to its claim, re-annotates edits, filters,
// and exports the same JSON as annotate().

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, SEED, serve, launch, newPage, joinedText } from './helpers.mjs';

let server;
let browser;
let page;

/** What annotate() in the page gives for `text`. */
// The package's own modules, loaded beside the page's bundle (pkg/page.js),
// which keeps its own instance of the engine.
const annotateInPage = (text) =>
  page.evaluate(async (t) => {
    const claimlens = await import('/pkg/index.js');
    await claimlens.default();
    return claimlens.annotate(t);
  }, text);

before(async () => {
  server = await serve(path.join(ROOT, 'www'));
  browser = await launch();
  page = await newPage(browser, { acceptDownloads: true });
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"][data-below]', { timeout: 20000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('before it is ready the page fetches one script and the engine, and nothing else', async () => {
  // Each request costs a round trip to the server before the article can be
  // marked up (scripts/bench-browser.mjs): app.js and its imports are
  // bundled into pkg/page.js by scripts/build-pkg.sh, and the seed article,
  // the CSS and the icon are in index.html. (This test comes first: later
  // ones fetch more.)
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
  );
  assert.deepEqual(fetched.sort(), ['/pkg/claimlens_bg.wasm', '/pkg/page.js']);
});

test('the page loads the engine and the seed article, without errors or CSP violations', async () => {
  assert.match(await page.title(), /claimlens/);
  assert.equal(await page.inputValue('#text'), SEED.text);
  assert.equal(await page.textContent('#article'), SEED.text, 'the article shows exactly the text annotated');
  assert.match(await page.textContent('#status'), /\d+ claims?, \d+ counterclaims?, \d+ speakers?/);
  assert.match(await page.textContent('#version'), /^claimlens \d+\.\d+\.\d+/);
  assert.deepEqual(page.problems, []);
});

test("every claim of the seed article is marked up, in its speaker's colour", async () => {
  const found = await annotateInPage(SEED.text);
  assert.ok(found.claims.length > 0, 'the engine finds claims in the seed article');
  for (const claim of found.claims) {
    const sel = `#article .cl-content[data-claim="${claim.id}"]`;
    assert.equal(await joinedText(page, sel), SEED.text.slice(...claim.content), `content of ${claim.id}`);
    const counter = await page.$$eval(sel, (els) => els.every((e) => e.classList.contains('cl-counter')));
    assert.equal(counter, claim.role === 'counterclaim', `${claim.id} is styled as a ${claim.role}`);
  }
  // One colour per speaker, the same on its claims, its mentions and its legend entry.
  const colours = await page.$$eval('#article .cl-seg', (els) =>
    els.map((e) => ({
      speaker: e.dataset.speaker,
      claim: e.style.getPropertyValue('--cl-claim'),
      mention: e.style.getPropertyValue('--cl-speaker'),
      isMention: e.classList.contains('cl-mention'),
      isContent: e.classList.contains('cl-content'),
    })),
  );
  const bySpeaker = new Map();
  for (const claim of found.claims) {
    const c = await page.$eval(`#article .cl-first[data-claim="${claim.id}"]`, (e) => e.style.getPropertyValue('--cl-claim'));
    if (claim.speaker === null) continue;
    if (!bySpeaker.has(claim.speaker)) bySpeaker.set(claim.speaker, c);
    assert.equal(c, bySpeaker.get(claim.speaker), `claims of ${claim.speaker} share one colour`);
  }
  for (const seg of colours.filter((s) => s.isMention && s.speaker && bySpeaker.has(s.speaker))) {
    assert.equal(seg.mention, bySpeaker.get(seg.speaker), `mentions of ${seg.speaker} use its colour`);
  }
  assert.equal(new Set(bySpeaker.values()).size, Math.min(bySpeaker.size, 8), 'speakers get different colours');
  const legend = await page.$$eval('#legend button', (els) =>
    els.map((b) => ({ speaker: b.dataset.speaker, colour: b.style.getPropertyValue('--c'), name: b.querySelector('.name').textContent })),
  );
  assert.deepEqual(legend.map((l) => l.name), found.speakers.map((s) => s.name));
  for (const l of legend) if (bySpeaker.has(l.speaker)) assert.equal(l.colour, bySpeaker.get(l.speaker));
  // The list of claims has one entry per claim, with its speaker's name.
  const items = await page.$$eval('#claims > li', (els) => els.map((li) => [li.dataset.claim, li.querySelector('.claim-speaker').textContent]));
  assert.deepEqual(items, found.claims.map((c) => [c.id, found.speakers.find((s) => s.id === c.speaker)?.name ?? 'Unattributed']));
});

test('hovering and focusing a claim show who said it and the cue', async () => {
  const found = await annotateInPage(SEED.text);
  const claim = found.claims.find((c) => c.speaker && c.cue);
  assert.ok(claim, 'a claim with a speaker and a cue');
  const speaker = found.speakers.find((s) => s.id === claim.speaker);
  const first = page.locator(`#article .cl-first[data-claim="${claim.id}"]`);
  await first.hover();
  const tip = page.locator('#claimlens-tip');
  await tip.waitFor({ state: 'visible' });
  assert.equal(await tip.getAttribute('role'), 'tooltip');
  assert.match(await tip.textContent(), new RegExp(speaker.name));
  assert.match(await tip.textContent(), new RegExp(`cue.*${SEED.text.slice(...claim.cue)}`));
  await page.mouse.move(5, 5);
  await tip.waitFor({ state: 'hidden' });

  // Keyboard: from the article, Tab reaches the first claim and explains it.
  await page.focus('#article');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const a = document.activeElement;
    return { claim: a.dataset.claim, describedBy: a.getAttribute('aria-describedby') };
  });
  assert.equal(focused.claim, found.claims[0].id, 'Tab goes to the first claim');
  assert.equal(focused.describedBy, 'claimlens-tip', 'the tooltip describes the focused claim');
  await tip.waitFor({ state: 'visible' });
  const firstSpeaker = found.speakers.find((s) => s.id === found.claims[0].speaker);
  assert.match(await tip.textContent(), new RegExp(firstSpeaker ? firstSpeaker.name : 'Unattributed'));
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
});

test('a counterclaim links to the claim it disputes, and the link jumps there', async () => {
  const found = await annotateInPage(SEED.text);
  const counter = found.claims.find((c) => c.role === 'counterclaim' && c.counters);
  assert.ok(counter, 'the seed article has a counterclaim that answers a claim in it');
  const target = found.claims.find((c) => c.id === counter.counters);
  const targetSpeaker = found.speakers.find((s) => s.id === target.speaker);
  const activeClaim = () => page.evaluate(() => document.activeElement?.dataset.claim ?? null);

  // 1. From the list of claims.
  await page.click(`#claims button[data-counters="${target.id}"]`);
  assert.equal(await activeClaim(), target.id);
  // Scrolled into view (smoothly, so give it a moment).
  await page.waitForFunction((id) => {
    const r = document.querySelector(`#article .cl-first[data-claim="${id}"]`).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, target.id, { timeout: 3000 });

  // 2. From the tooltip of the counterclaim.
  await page.locator(`#article .cl-first[data-claim="${counter.id}"]`).hover();
  const tip = page.locator('#claimlens-tip');
  await tip.waitFor({ state: 'visible' });
  if (targetSpeaker) assert.match(await tip.textContent(), new RegExp(`Disputes ${targetSpeaker.name}`));
  await tip.getByRole('button', { name: 'Go to disputed claim' }).click();
  assert.equal(await activeClaim(), target.id);

  // 3. From the keyboard: Enter on the focused counterclaim.
  await page.focus(`#article .cl-first[data-claim="${counter.id}"]`);
  assert.match(await tip.textContent(), /Press Enter/);
  await page.keyboard.press('Enter');
  assert.equal(await activeClaim(), target.id);
});

test('the filters keep only the chosen speakers and roles', async () => {
  const found = await annotateInPage(SEED.text);
  const speaker = found.speakers[0];
  await page.click(`#legend button[data-speaker="${speaker.id}"]`);
  assert.equal(await page.getAttribute(`#legend button[data-speaker="${speaker.id}"]`, 'aria-pressed'), 'false');
  for (const c of found.claims) {
    const dim = await page.$eval(`#article .cl-first[data-claim="${c.id}"]`, (e) => e.classList.contains('cl-dim'));
    assert.equal(dim, c.speaker === speaker.id, `${c.id} hidden only if it is ${speaker.name}'s`);
    assert.equal(await page.isHidden(`#claims li[data-claim="${c.id}"]`), c.speaker === speaker.id);
  }
  await page.click('#show-all');
  await page.click('label[for="role-counterclaim"]');
  assert.ok(await page.isChecked('#role-counterclaim'));
  for (const c of found.claims) {
    const dim = await page.$eval(`#article .cl-first[data-claim="${c.id}"]`, (e) => e.classList.contains('cl-dim'));
    assert.equal(dim, c.role !== 'counterclaim', `${c.id} shown only if a counterclaim`);
  }
  await page.click('label[for="role-all"]');
  assert.equal(await page.$$eval('#article .cl-dim', (els) => els.length), 0);
});

test('the export is valid JSON equal to annotate() of the text', async () => {
  const expected = await annotateInPage(await page.inputValue('#text'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.equal(download.suggestedFilename(), 'claimlens.json');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(exported, expected);
  assert.deepEqual(JSON.parse(await page.textContent('#json')), expected);
});

test('the embed snippet points at the package beside the page', async () => {
  const snippet = await page.textContent('#snippet');
  assert.match(snippet, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/pkg\/register\.js"><\/script>/);
  assert.match(snippet, /<claim-lens>[\s\S]*<\/claim-lens>/);
});

test('editing the text annotates it again', async () => {
  const text = 'The mayor said the bridge would reopen in May.\n\n' +
    '"It is not safe," the engineers\' union said on Tuesday. Critics denied that the repairs were finished.';
  await page.fill('#text', text);
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, text);
  const expected = await annotateInPage(text);
  await page.waitForFunction(
    (n) => document.querySelectorAll('#claims > li').length === n,
    expected.claims.length,
  );
  assert.deepEqual(JSON.parse(await page.textContent('#json')), expected);
  for (const claim of expected.claims) {
    assert.equal(await joinedText(page, `#article .cl-content[data-claim="${claim.id}"]`), text.slice(...claim.content));
  }
  // Back to the sample.
  await page.click('#sample');
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, SEED.text);
  assert.deepEqual(page.problems, []);
});
