// Nothing lost in the DOM: mount() on real-world markup keeps textContent
// identical, shows every claim's text in its wrappers, never puts a wrapper
// where it would hide or change the text, and unmount() restores innerHTML
// byte for byte with the very same Text nodes; mounting twice is harmless;
// a page that changes under a mount keeps its changes after unmount; and
// <claim-lens> follows its content as the page edits it.

import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, ROOT } from './helpers.mjs';

let server;
let browser;
let page;

before(async () => {
  server = await serve(ROOT);
  browser = await launch();
});

beforeEach(async () => {
  await page?.context().close();
  page = await newPage(browser);
  await page.goto(`${server.url}tests/browser/fixtures/dom.html`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20000 });
});

after(async () => {
  await page?.context().close();
  await browser?.close();
  server?.close();
});

/** Markup as sites write it. `html` goes in as the page's own markup. */
const CASES = {
  'nested inline elements': `<p>Putin <em>said <strong>that the <a href="#x">talks <i>were</i></a> useful</strong></em>.</p>
<p>The <b>Kremlin</b> later <u>denied</u> that <span><span><span>any deal</span></span> had</span> been <abbr title="signed">signed</abbr>.</p>`,
  'links and line breaks': `<p>“We will <a href="/win">win</a>,”<br>she said.<br><br><a href="#c">Critics</a> <a href="#d">denied</a> it, calling the claim <a href="#f">false</a>.</p>`,
  'whitespace-only nodes between blocks': `<div>
  <p>Putin said the talks were useful.</p>
  \t
  <p>The Kremlin later denied that any deal had been signed.</p>
</div>
`,
  'a quote spanning two paragraphs': `<p>“The talks were useful, and</p>
<p>we will meet again,” Putin said. Critics rejected that.</p>`,
  'a quote spanning two paragraphs, no whitespace between': `<p>“The talks were useful, and</p><p>we will meet again,” Putin said.</p>`,
  'comments, script, template and noscript inside': `<p>Putin said<!-- a comment --> the talks were useful.</p><script type="text/plain">He said "x" here.</script><template><p>They said y.</p></template><noscript>Critics said z.</noscript><p>Critics <!--x-->denied it.</p>`,
  'lists and tables': `<ul>
<li>Putin said the talks were useful.</li>
<li>“Nothing was signed,” she said.</li>
</ul><table><tbody><tr><td>He said the plan will fail.</td><td>Critics denied it.</td></tr></tbody></table>`,
  'form controls in the text': `<p>He said <select><option>yes</option><option>no</option></select> today, and “<button type="button">click</button> here,” she said.</p><textarea>She said "x".</textarea>`,
  'CRLF, no-break spaces, soft hyphens, zero-width and RTL': `<p>Putin\r\nsaid the&nbsp;talks were use&shy;ful.\r\n\r\nThe Kremlin\u200b later denied it. \u202bהממשלה\u202c said “\u200fזה לא נכון.”</p>`,
  'emoji, combining marks and astral letters': `<p>“Peace 💔 now 👩‍👩‍👧,” <b>Zoë Nu\u0301ñez</b> said. 𝔘𝔫𝔦𝔱𝔶 said the talks 🇺🇦 were useful.</p>`,
  'inline SVG and MathML': `<p>He said the chart <svg width="40" height="12"><text x="0" y="10">up 5%</text></svg> shows growth, and “<math><mi>x</mi></math> is two,” she said.</p>`,
  'ruby, bdi, q and sub/sup': `<p><ruby>東京<rt>とうきょう</rt></ruby> officials said <bdi>إيران</bdi> was <q>ready</q> and CO<sub>2</sub> was up 10<sup>2</sup> percent.</p>`,
  'pre and code': `<pre>Putin said:
  "the talks    were useful"
</pre><p>The <code>Kremlin</code> denied it.</p>`,
  'deeply nested': `<div>${'<span>'.repeat(200)}Putin said the talks were useful.${'</span>'.repeat(200)} Critics denied it.</div>`,
};

/** Builders for text that markup cannot express: many nodes, split pairs, lone surrogates. */
const BUILT = {
  'text split into one node per character': () => {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const p = document.createElement('p');
    for (const ch of 'Putin said the talks were useful. “No,” the Kremlin said.') p.append(document.createTextNode(ch));
    stage.append(p);
  },
  'text split into empty and tiny nodes': () => {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const p = document.createElement('p');
    for (const word of 'Putin said that the talks were useful , and critics denied it .'.split(' ')) {
      p.append(document.createTextNode(''), document.createTextNode(word), document.createTextNode(''), document.createTextNode(' '));
    }
    stage.append(p);
  },
  'a surrogate pair split across two text nodes': () => {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const p = document.createElement('p');
    const heart = '💔';
    p.append(document.createTextNode(`“Peace ${heart[0]}`), document.createTextNode(`${heart[1]} now,” she said.`));
    stage.append(p);
  },
  'lone surrogates in the text': () => {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const p = document.createElement('p');
    p.textContent = 'Putin said \uD800 the talks were \uDC00 useful. “No \uDBFF,” the Kremlin said.';
    stage.append(p);
  },
};

/**
 * Puts a case on the stage, mounts it twice, checks what a reader would
 * see, unmounts, and reports.
 */
async function runCase(name, html) {
  if (typeof html === 'function') await page.evaluate(html);
  return page.evaluate(
    ({ name, html }) => {
      const stage = document.getElementById('stage');
      if (html !== null) stage.innerHTML = html;
      // Mark every original node, to check the same nodes come back.
      const walk = (root) => {
        const out = [];
        const w = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n);
        return out;
      };
      const original = walk(stage);
      original.forEach((n, i) => (n.__orig = i));
      const shape = (root) => walk(root).map((n) => `${n.nodeType}:${n.nodeName}:${n.nodeType === 1 ? '' : n.data}`);
      const before = { html: stage.innerHTML, text: stage.textContent, shape: shape(stage) };
      const { mount } = window.claimlens;
      const first = mount(stage);
      const firstHtml = stage.innerHTML;
      const m = mount(stage); // mounting again undoes the first, then marks up the same
      const r = {
        name,
        claims: m.annotations.claims.length,
        textWhileMounted: stage.textContent === before.text,
        firstUnmounted: !first.mounted,
        sameMarkupTwice: stage.innerHTML === firstHtml,
        nested: stage.querySelectorAll('.cl-seg .cl-seg').length,
        wrappers: stage.querySelectorAll('.cl-seg').length,
        // Wrappers are HTML elements; inside SVG or MathML they would not render.
        foreignParent: [...stage.querySelectorAll('.cl-seg')].filter(
          (w) => w.parentNode.namespaceURI !== 'http://www.w3.org/1999/xhtml',
        ).length,
        contents: [],
      };
      const skipped = (node) => node.parentElement?.closest('script, style, textarea, title, option, template, noscript, svg, math, select');
      // Which claims lie wholly in wrappable text: their wrappers show them exactly.
      for (const c of m.annotations.claims) {
        const expected = before.text.slice(c.content[0], c.content[1]);
        const shown = [...stage.querySelectorAll(`.cl-content[data-claim="${c.id}"]`)].map((e) => e.textContent).join('');
        r.contents.push({ id: c.id, expected, shown });
      }
      r.skippedTextNodes = walk(stage).filter((n) => n.nodeType === 3 && skipped(n)).length;
      first.unmount(); // a no-op
      m.unmount();
      m.unmount();
      const after = walk(stage);
      r.htmlRestored = stage.innerHTML === before.html;
      r.textRestored = stage.textContent === before.text;
      r.shapeRestored = JSON.stringify(shape(stage)) === JSON.stringify(before.shape);
      r.sameNodes = after.length === original.length && after.every((n, i) => n === original[i]);
      r.leftovers = stage.querySelectorAll('.cl-seg, [data-claim], [tabindex]').length;
      return r;
    },
    { name, html: typeof html === 'string' ? html : null },
  );
}

for (const [name, html] of [...Object.entries(CASES), ...Object.entries(BUILT)]) {
  test(`mount and unmount keep everything: ${name}`, async () => {
    const r = await runCase(name, html);
    assert.ok(r.textWhileMounted, 'textContent unchanged while mounted');
    assert.ok(r.firstUnmounted, 'mounting again undid the first mount');
    assert.ok(r.sameMarkupTwice, 'mounting twice gives the same markup');
    assert.equal(r.nested, 0, 'wrappers never nest');
    assert.equal(r.foreignParent, 0, 'no HTML wrapper inside SVG or MathML');
    for (const c of r.contents) {
      // A claim may run into text that cannot be wrapped (a script, an SVG):
      // then what is shown is its wrappable part, in order.
      if (c.shown !== c.expected) {
        let k = 0;
        for (const ch of c.shown) k = c.expected.indexOf(ch, k) + 1 || Infinity;
        assert.ok(k !== Infinity && r.skippedTextNodes > 0, `content of ${c.id}: shown ${JSON.stringify(c.shown)}, expected ${JSON.stringify(c.expected)}`);
      }
    }
    assert.ok(r.htmlRestored, 'unmount restores innerHTML byte for byte');
    assert.ok(r.textRestored, 'and textContent');
    assert.ok(r.shapeRestored, 'and the same node tree (text nodes joined back)');
    assert.ok(r.sameNodes, 'with the very same node objects');
    assert.equal(r.leftovers, 0, 'no wrapper, data attribute or tab stop left');
    assert.deepEqual(page.problems, []);
  });
}

test('the cases find claims, so the checks above are not vacuous', async () => {
  let total = 0;
  for (const [name, html] of Object.entries(CASES)) total += (await runCase(name, html)).claims;
  assert.ok(total >= Object.keys(CASES).length, `${total} claims over ${Object.keys(CASES).length} cases`);
});

test('a page that changes under a mount keeps its changes after unmount', async () => {
  const r = await page.evaluate(() => {
    const stage = document.getElementById('stage');
    stage.innerHTML = '<p id="a">Putin said the talks were useful.</p><p id="b">The Kremlin later denied that any deal had been signed.</p><p id="c">“Nobody wins,” she said.</p>';
    const m = window.claimlens.mount(stage);
    // The page edits a text node the widget split, removes a paragraph,
    // and adds one, while the mount is in place.
    const edited = stage.querySelector('#a .cl-content');
    edited.firstChild.data = edited.firstChild.data.toUpperCase();
    stage.querySelector('#b').remove();
    const p = document.createElement('p');
    p.textContent = 'Critics denied it.';
    stage.append(p);
    const expected = stage.textContent;
    m.unmount();
    return {
      expected,
      text: stage.textContent,
      leftovers: stage.querySelectorAll('.cl-seg').length,
      split: [...stage.querySelectorAll('p')].map((p) => p.childNodes.length),
    };
  });
  assert.equal(r.text, r.expected, "unmount keeps the page's own edits");
  assert.equal(r.leftovers, 0);
  assert.deepEqual(r.split, [1, 1, 1], 'text nodes joined back');
});

test('a page that normalizes or replaces the text under a mount', async () => {
  const r = await page.evaluate(() => {
    const stage = document.getElementById('stage');
    stage.innerHTML = '<p>Putin said the talks were useful. “No,” the Kremlin said.</p>';
    const m = window.claimlens.mount(stage);
    stage.normalize();
    const afterNormalize = stage.textContent;
    m.unmount();
    const one = { text: stage.textContent === afterNormalize, leftovers: stage.querySelectorAll('.cl-seg').length };
    const m2 = window.claimlens.mount(stage);
    stage.querySelector('p').textContent = 'Replaced entirely.';
    m2.unmount();
    return { one, two: { text: stage.textContent, leftovers: stage.querySelectorAll('.cl-seg').length } };
  });
  assert.deepEqual(r.one, { text: true, leftovers: 0 });
  assert.deepEqual(r.two, { text: 'Replaced entirely.', leftovers: 0 });
});

test('<claim-lens> follows its content as the page edits it, and gives it back when removed', async () => {
  const r = await page.evaluate(async () => {
    const lens = document.getElementById('lens');
    const annotated = () => new Promise((resolve) => lens.addEventListener('claimlens-annotated', (e) => resolve(e.detail), { once: true }));
    const steps = [];
    const check = (label) => {
      steps.push({
        label,
        text: lens.textContent,
        claims: lens.annotations?.claims.map((c) => lens.textContent.slice(c.content[0], c.content[1])) ?? [],
        shown: [...new Set([...lens.querySelectorAll('.cl-content')].map((e) => e.dataset.claim))].map((id) =>
          [...lens.querySelectorAll(`.cl-content[data-claim="${id}"]`)].map((e) => e.textContent).join(''),
        ),
      });
    };
    let next = annotated();
    lens.innerHTML = '<p>Putin said the talks were useful.</p>\n<p>The Kremlin later <em>denied</em> that any deal had been signed.</p>';
    await next;
    check('set');
    next = annotated();
    const p = document.createElement('p');
    p.textContent = '“Nobody wins,” she said.';
    lens.append(p);
    await next;
    check('append');
    next = annotated();
    lens.querySelector('p').remove();
    await next;
    check('remove');
    next = annotated();
    // Edit a text node inside the widget's own wrapper.
    const w = lens.querySelector('.cl-content');
    w.firstChild.data = 'any deal at all had been signed';
    await next;
    check('edit inside a wrapper');
    const html = lens.innerHTML;
    const parent = lens.parentNode;
    lens.remove();
    const detached = { leftovers: lens.querySelectorAll('.cl-seg').length, text: lens.textContent };
    parent.append(lens);
    await lens.ready;
    return { steps, detached, htmlHadMarks: /cl-seg/.test(html) };
  });
  for (const s of r.steps) {
    assert.deepEqual(s.shown, s.claims, `${s.label}: every claim shown, and only claims`);
  }
  assert.equal(r.steps[0].text, 'Putin said the talks were useful.\nThe Kremlin later denied that any deal had been signed.');
  assert.equal(r.steps[1].text, `${r.steps[0].text}“Nobody wins,” she said.`);
  assert.equal(r.steps[2].text, '\nThe Kremlin later denied that any deal had been signed.“Nobody wins,” she said.');
  assert.match(r.steps[3].text, /any deal at all had been signed/);
  assert.equal(r.detached.leftovers, 0, 'removed from the page, it unmounts');
  assert.equal(r.detached.text, r.steps[3].text);
  assert.deepEqual(page.problems, []);
});
