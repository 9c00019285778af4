// The widget on a page with real markup (tests/browser/fixtures/article.html):
// mount() marks up text in place and unmount() restores the element byte for
// byte; <claim-lens> does the same by itself; annotateAsync uses a worker.

import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT, SEED, serve, launch, newPage } from './helpers.mjs';

let server;
let browser;
let page;
const workers = [];

before(async () => {
  server = await serve(ROOT);
  browser = await launch();
});

beforeEach(async () => {
  await page?.context().close();
  page = await newPage(browser);
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(`${server.url}tests/browser/fixtures/article.html`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Mounts #story (with `options`) and reports what a reader would check. */
function mountStory(options = {}) {
  return page.evaluate((options) => {
    const story = document.getElementById('story');
    const before = { html: story.innerHTML, text: story.textContent, link: document.getElementById('raisi-link') };
    const m = window.claimlens.mount(story, options.gold ? { annotations: options.gold } : {});
    window.theMount = m;
    const claims = m.annotations.claims.map((c) => ({
      id: c.id,
      role: c.role,
      expected: before.text.slice(c.content[0], c.content[1]),
      shown: [...story.querySelectorAll(`.cl-content[data-claim="${c.id}"]`)].map((e) => e.textContent).join(''),
      counterStyled: [...story.querySelectorAll(`.cl-content[data-claim="${c.id}"]`)].every((e) => e.classList.contains('cl-counter')),
    }));
    return {
      textUnchanged: story.textContent === before.text,
      htmlChanged: story.innerHTML !== before.html,
      sameLinkNode: document.getElementById('raisi-link') === before.link,
      nested: story.querySelectorAll('.cl-seg .cl-seg').length,
      wrappers: story.querySelectorAll('.cl-seg').length,
      claims,
      before: before.html,
    };
  }, options);
}

test('the fixture article reads exactly as the seed text', async () => {
  assert.equal(await page.textContent('#story'), SEED.text);
});

test('mount marks up every claim in place and leaves textContent unchanged', async () => {
  const r = await mountStory();
  assert.ok(r.claims.length > 0, 'the engine finds claims in the seed article');
  assert.ok(r.textUnchanged, 'textContent is unchanged');
  assert.ok(r.htmlChanged && r.wrappers > 0, 'the markup was added');
  assert.ok(r.sameLinkNode, 'the link element is the same node');
  assert.equal(r.nested, 0, 'wrappers never nest');
  for (const c of r.claims) {
    assert.equal(c.shown, c.expected, `content of ${c.id}`);
    assert.equal(c.counterStyled, c.role === 'counterclaim', `${c.id} styled as ${c.role}`);
  }
  assert.deepEqual(page.problems, []);
});

test('mount takes annotations made elsewhere: the gold ones, with a claim across a link', async () => {
  const gold = { speakers: SEED.speakers, claims: SEED.claims };
  const r = await mountStory({ gold });
  assert.ok(r.textUnchanged);
  for (const c of r.claims) assert.equal(c.shown, c.expected, `content of ${c.id}`);
  // The quote "What is happening … humanity." crosses <a> and <em>: its pieces
  // sit inside them, and the link still holds its own text.
  const link = await page.$eval('#story a.gloss', (a) => ({ text: a.textContent, wrapped: !!a.querySelector('.cl-content') }));
  assert.deepEqual(link, { text: 'genocide', wrapped: true });
});

test('links keep working after mount and after unmount', async () => {
  await page.evaluate(() => {
    window.clicks = [];
    document.querySelector('#story a.gloss').addEventListener('click', (e) => window.clicks.push(e.defaultPrevented));
  });
  await mountStory();
  await page.click('#story a.gloss');
  assert.equal(await page.evaluate(() => location.hash), '#glossary', 'the link navigated');
  assert.deepEqual(await page.evaluate(() => window.clicks), [false], 'the listener ran and did not cancel it');
  await page.evaluate(() => window.theMount.unmount());
  await page.evaluate(() => (location.hash = ''));
  await page.click('#story a.gloss');
  assert.equal(await page.evaluate(() => location.hash), '#glossary');
  assert.equal(await page.evaluate(() => window.clicks.length), 2);
});

test('unmount restores innerHTML byte for byte; mounting twice is harmless', async () => {
  const r = await mountStory();
  const again = await page.evaluate(() => {
    const story = document.getElementById('story');
    const first = window.theMount;
    const second = window.claimlens.mount(story);
    const result = {
      firstUnmounted: !first.mounted,
      wrappers: story.querySelectorAll('.cl-seg').length,
      nested: story.querySelectorAll('.cl-seg .cl-seg').length,
    };
    first.unmount(); // a no-op now
    result.stillMarked = story.querySelectorAll('.cl-seg').length;
    second.unmount();
    second.unmount();
    result.html = story.innerHTML;
    result.textNodes = [...story.querySelectorAll('p')].map((p) => p.childNodes.length);
    return result;
  });
  assert.ok(again.firstUnmounted);
  assert.equal(again.wrappers, r.wrappers, 'the second mount made the same markup');
  assert.equal(again.nested, 0);
  assert.equal(again.stillMarked, r.wrappers, "the old mount's unmount does not touch the new one");
  assert.equal(again.html, r.before, 'innerHTML is restored byte for byte');
  const fresh = await page.evaluate(() => {
    const t = document.createElement('template');
    t.innerHTML = document.getElementById('story').innerHTML;
    return [...t.content.querySelectorAll('p')].map((p) => p.childNodes.length);
  });
  assert.deepEqual(again.textNodes, fresh, 'text nodes are joined back, not left split');
});

test('hover and keyboard focus show the attribution in the tooltip', async () => {
  const r = await mountStory();
  const claim = await page.evaluate(() => {
    const m = window.theMount;
    const c = m.annotations.claims.find((c) => c.speaker);
    return { id: c.id, name: m.annotations.speakers.find((s) => s.id === c.speaker).name };
  });
  assert.ok(r.claims.length);
  await page.hover(`#story .cl-first[data-claim="${claim.id}"]`);
  await page.waitForSelector('#claimlens-tip:not([hidden])');
  assert.match(await page.textContent('#claimlens-tip'), new RegExp(claim.name));
  // Every claim is one Tab stop, in text order.
  const stops = await page.$$eval('#story [tabindex="0"]', (els) => els.map((e) => e.dataset.claim));
  assert.deepEqual(stops, r.claims.map((c) => c.id));
  await page.focus(`#story .cl-first[data-claim="${claim.id}"]`);
  assert.equal(await page.getAttribute(`#story .cl-first[data-claim="${claim.id}"]`, 'aria-describedby'), 'claimlens-tip');
});

test('bad arguments raise clear errors', async () => {
  const errors = await page.evaluate(async () => {
    const cl = window.claimlens;
    const story = document.getElementById('story');
    const catching = (f) => {
      try {
        f();
        return null;
      } catch (e) {
        return `${e.name}: ${e.message}`;
      }
    };
    return {
      noElement: catching(() => cl.mount(null)),
      notFound: catching(() => cl.mount('#nowhere')),
      notElement: catching(() => cl.mount(document.createTextNode('x'))),
      badOptions: catching(() => cl.mount(story, 'fast')),
      unknownOption: catching(() => cl.mount(story, { colours: [] })),
      misfit: catching(() => cl.mount(story, { annotations: { speakers: [], claims: [{ id: 'c1', content: [0, 99999] }] } })),
      notText: catching(() => cl.annotate(42)),
      badMaxLen: catching(() => cl.annotate('x', { maxLen: 'big' })),
      tooLong: catching(() => cl.annotate('Putin said so.', { maxLen: 4 })),
      asyncNotText: await cl.annotateAsync(undefined).then(() => null, (e) => `${e.name}: ${e.message}`),
      stillPlain: story.querySelectorAll('.cl-seg').length,
    };
  });
  assert.equal(errors.noElement, 'TypeError: claimlens.mount: expected a DOM Element or a CSS selector, got null');
  assert.equal(errors.notFound, 'TypeError: claimlens.mount: no element matches the selector "#nowhere"');
  assert.equal(errors.notElement, 'TypeError: claimlens.mount: expected a DOM Element or a CSS selector, got Text');
  assert.equal(errors.badOptions, 'TypeError: claimlens.mount: options must be an object, got string');
  assert.match(errors.unknownOption, /^TypeError: claimlens.mount: unknown option "colours"/);
  assert.match(errors.misfit, /^RangeError: claimlens.mount: the content of c1 \[0, 99999\] does not fit the element's text/);
  assert.equal(errors.notText, 'TypeError: claimlens.annotate: text must be a string, got number');
  assert.equal(errors.badMaxLen, 'TypeError: claimlens.annotate: options.maxLen must be a whole number of bytes, got "big"');
  assert.match(errors.tooLong, /^RangeError: claimlens.annotate: text is 14 bytes, over the limit of 4 bytes/);
  assert.equal(errors.asyncNotText, 'TypeError: claimlens.annotateAsync: text must be a string, got undefined');
  assert.equal(errors.stillPlain, 0, 'a failed mount leaves no markup');
});

test('annotateAsync gives what annotate gives, from a Web Worker for long texts', async () => {
  const r = await page.evaluate(async (seed) => {
    const cl = window.claimlens;
    const long = Array.from({ length: 4 }, () => seed).join('\n\n');
    const inWorker = await cl.annotateAsync(long, { worker: true });
    const auto = await cl.annotateAsync(long);
    const here = await cl.annotateAsync(seed, { worker: false });
    const controller = new AbortController();
    const pending = cl.annotateAsync(long, { worker: true, signal: controller.signal });
    controller.abort();
    const aborted = await pending.then(() => null, (e) => e.name);
    const errorFromWorker = await cl.annotateAsync(long, { worker: true, maxLen: 10 }).then(() => null, (e) => `${e.name}: ${e.message}`);
    return {
      same: JSON.stringify(inWorker) === JSON.stringify(cl.annotate(long)),
      autoSame: JSON.stringify(auto) === JSON.stringify(inWorker),
      hereSame: JSON.stringify(here) === JSON.stringify(cl.annotate(seed)),
      claims: inWorker.claims.length,
      aborted,
      errorFromWorker,
    };
  }, SEED.text);
  assert.ok(r.same && r.autoSame && r.hereSame);
  assert.ok(r.claims > 0);
  assert.equal(r.aborted, 'AbortError');
  assert.match(r.errorFromWorker, /^RangeError: claimlens.annotate: text is \d+ bytes, over the limit of 10 bytes/);
  assert.ok(workers.some((u) => u.endsWith('/pkg/worker.js')), `a worker ran: ${workers}`);
});

test('<claim-lens> marks up its own content, restyled by custom properties', async () => {
  const r = await page.evaluate(async () => {
    const lens = document.getElementById('lens');
    const annotations = await lens.ready;
    const firstOfS1 = annotations.claims.find((c) => c.speaker === 's1' && c.role === 'claim');
    const seg = lens.querySelector(`.cl-first[data-claim="${firstOfS1.id}"]`);
    return {
      isElement: lens instanceof window.claimlens.ClaimLensElement,
      claims: annotations.claims.length,
      text: lens.textContent,
      wrappers: lens.querySelectorAll('.cl-seg').length,
      shadow: getComputedStyle(seg).boxShadow,
    };
  });
  assert.ok(r.isElement);
  assert.ok(r.claims > 0);
  assert.equal(r.text, SEED.text, 'textContent is unchanged');
  assert.ok(r.wrappers > 0);
  // fixture.css sets --claimlens-speaker-1: #7c2d12 on #lens.
  assert.match(r.shadow, /rgb\(124, 45, 18\)/);
});

test('<claim-lens> restores its content when removed, and re-annotates new content', async () => {
  const r = await page.evaluate(async () => {
    const lens = document.getElementById('lens');
    await lens.ready;
    const source = document.getElementById('story').innerHTML; // the same markup, never mounted
    const parent = lens.parentNode;
    lens.remove();
    const restored = lens.innerHTML === source;
    parent.append(lens);
    const again = await lens.ready;
    const p = document.createElement('p');
    p.textContent = 'The minister said the budget was balanced.';
    lens.append(p);
    const updated = await new Promise((resolve) => lens.addEventListener('claimlens-annotated', (e) => resolve(e.detail), { once: true }));
    const last = updated.claims[updated.claims.length - 1];
    return {
      restored,
      againClaims: again.claims.length,
      newLast: lens.textContent.slice(last.content[0], last.content[1]),
      marked: p.querySelectorAll('.cl-content').length,
    };
  });
  assert.ok(r.restored, 'removing the element restores its innerHTML byte for byte');
  assert.ok(r.againClaims > 0, 're-attached, it is annotated again');
  assert.equal(r.newLast, 'the budget was balanced');
  assert.ok(r.marked > 0);
});
