// The claimlens host page: a text area, the article marked up beside it,
// a legend, filters, the list of claims, JSON export and an embed snippet.
// Article text only ever enters the page as text (textContent, text nodes).
// index.html loads it as pkg/page.js: this file and the modules it imports in
// one, made by scripts/build-pkg.sh.

// The modules the page uses rather than index.js: the page has no use for
// the <claim-lens> element.
import init, { version, annotate } from './pkg/core.js';
import { annotateAsync, WORKER_THRESHOLD } from './pkg/async.js';
import { mount } from './pkg/mount.js';

// index.html loads this script with `async`: it runs as soon as it arrives,
// and the document's DOMContentLoaded (and the layout the browser does for
// it) need not wait for it. The engine is asked for first; the page's
// elements are looked up once the document is parsed, which it nearly
// always is by the time the script arrives.
const engine = init();
engine.catch(() => {}); // reported below, once the page can show it
if (document.readyState === 'loading') {
  await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
}

const $ = (id) => document.getElementById(id);
const ui = {
  text: $('text'),
  count: $('count'),
  status: $('status'),
  article: $('article'),
  legend: $('legend'),
  showAll: $('show-all'),
  claims: $('claims'),
  claimsCount: $('claims-count'),
  claimsEmpty: $('claims-empty'),
  json: $('json'),
  snippet: $('snippet'),
};
const KIND = { direct: 'direct quote', indirect: 'reported speech', mixed: 'partial quote' };
const SAMPLE_URL = new URL('samples/seed-raisi-putin.txt', document.baseURI);

let current = null; // { text, annotations, mount, ms }
let run = 0;
const hidden = new Set(); // speaker names the reader switched off
let role = 'all';

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'vars') for (const [name, value] of Object.entries(v)) e.style.setProperty(name, value);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k in e) e[k] = v;
    else e.setAttribute(k, v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return e;
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Paragraphs as <p>, with the blank lines between them kept as text nodes,
 *  so that the article's textContent is exactly the text annotated. */
function renderArticle(text) {
  ui.article.replaceChildren();
  if (!text.trim()) {
    ui.article.append(el('p', { class: 'placeholder' }, 'Paste an article on the left to see who claims what.'));
    return false;
  }
  for (const part of text.split(/(\n[ \t]*\n\s*)/)) {
    if (part === '') continue;
    if (/^\n[ \t]*\n\s*$/.test(part)) ui.article.append(document.createTextNode(part));
    else ui.article.append(el('p', {}, part));
  }
  return true;
}

/** A performance mark while the page loads, for scripts/bench-browser.mjs. */
function mark(step) {
  if (document.documentElement.dataset.ready !== 'true') performance.mark(`claimlens:${step}`);
}

function setStatus(parts, error = false) {
  ui.status.classList.toggle('error', error);
  ui.status.replaceChildren(...parts);
}

/**
 * Annotates the text area's text and shows it. `{ now: true }`, for the seed
 * article at load, annotates a short text on this thread at once instead of
 * yielding to the event loop first: the browser would use that turn to lay
 * out and paint the page without its marks, a frame the reader does not need.
 * It also leaves the list of claims and the JSON, which are below the first
 * screen, to `renderBelow()` in the frame after the article is shown.
 */
async function annotateNow({ now = false } = {}) {
  const text = ui.text.value;
  const mine = ++run;
  ui.count.textContent = plural(text.length, 'character');
  const t0 = performance.now();
  let annotations;
  try {
    annotations = now && text.length <= WORKER_THRESHOLD ? annotate(text) : await annotateAsync(text);
  } catch (err) {
    if (mine === run) setStatus([`Could not annotate: ${err.message}`], true);
    return;
  }
  if (mine !== run) return; // the text changed meanwhile
  const ms = performance.now() - t0;
  mark('annotated');
  current?.mount?.unmount();
  const hasText = renderArticle(text);
  const m = hasText ? mount(ui.article, { annotations }) : null;
  mark('article marked up');
  current = { text, annotations, mount: m, ms };
  renderLegend();
  if (!now) {
    renderClaims();
    ui.json.textContent = JSON.stringify(annotations, null, 2);
  }
  const counters = annotations.claims.filter((c) => c.role === 'counterclaim').length;
  const claims = annotations.claims.length - counters;
  setStatus([
    el('strong', {}, plural(claims, 'claim')), ', ',
    el('strong', {}, plural(counters, 'counterclaim')), ', ',
    el('strong', {}, plural(annotations.speakers.length, 'speaker')),
    ` · ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`,
  ]);
  applyFilter();
}

/** The list of claims and the JSON of the current annotations. */
function renderBelow() {
  renderClaims();
  ui.json.textContent = JSON.stringify(current.annotations, null, 2);
  applyFilter();
}

function speakerOf(id) {
  return current.annotations.speakers.find((s) => s.id === id) ?? null;
}

function colorOf(id) {
  return current.mount ? current.mount.speakerColor(id) : '#64748b';
}

function renderLegend() {
  const { annotations } = current;
  ui.legend.replaceChildren(
    ...annotations.speakers.map((s) => {
      const mine = annotations.claims.filter((c) => c.speaker === s.id);
      const counters = mine.filter((c) => c.role === 'counterclaim').length;
      const on = !hidden.has(s.name);
      const claims = mine.length - counters;
      const spoken = [claims ? plural(claims, 'claim') : '', counters ? plural(counters, 'counterclaim') : ''].filter(Boolean).join(', ');
      return el('li', {},
        el('button', {
          type: 'button', class: 'speaker-toggle', 'aria-pressed': String(on),
          'data-speaker': s.id, vars: { '--c': colorOf(s.id) },
          onclick: (e) => {
            const pressed = e.currentTarget.getAttribute('aria-pressed') === 'true';
            e.currentTarget.setAttribute('aria-pressed', String(!pressed));
            if (pressed) hidden.add(s.name); else hidden.delete(s.name);
            applyFilter();
          },
        },
        el('span', { class: 'swatch', 'aria-hidden': 'true' }),
        el('span', { class: 'name' }, s.name),
        el('span', { class: 'kind' }, s.kind),
        claims ? el('span', { class: 'num', 'aria-hidden': 'true' }, String(claims)) : null,
        counters ? el('span', { class: 'num counter', 'aria-hidden': 'true' }, `⇄ ${counters}`) : null,
        el('span', { class: 'visually-hidden' }, `: ${spoken}`)),
      );
    }),
  );
}

function excerpt(span, n = 260) {
  const s = current.text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim();
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}

function renderClaims() {
  const { annotations, text } = current;
  ui.claims.replaceChildren(
    ...annotations.claims.map((c) => {
      const s = speakerOf(c.speaker);
      const counter = c.role === 'counterclaim';
      const target = counter && c.counters ? annotations.claims.find((t) => t.id === c.counters) : null;
      return el('li', {
          class: `claim${counter ? ' is-counter' : ''}`, id: `claim-${c.id}`,
          'data-claim': c.id, 'data-speaker': c.speaker ?? '', 'data-role': c.role,
          vars: { '--c': colorOf(c.speaker) },
        },
        el('div', { class: 'claim-head' },
          el('span', { class: 'swatch', 'aria-hidden': 'true' }),
          el('span', { class: 'claim-speaker' }, s ? s.name : 'Unattributed'),
          el('span', { class: `badge${counter ? ' counter' : ''}` }, counter ? 'Counterclaim' : 'Claim'),
          el('span', { class: 'badge' }, KIND[c.kind] ?? c.kind),
          el('span', { class: 'claim-id', 'aria-hidden': 'true' }, c.id)),
        c.cue ? el('div', { class: 'claim-cue' }, 'cue ', el('q', {}, text.slice(c.cue[0], c.cue[1]))) : null,
        el('p', { class: 'claim-text' }, excerpt(c.content)),
        el('div', { class: 'claim-foot' },
          current.mount ? el('button', { type: 'button', class: 'link-btn', onclick: () => current.mount.jumpTo(c.id) }, 'Show in article') : null,
          target && current.mount
            ? el('button', {
                type: 'button', class: 'link-btn dispute', 'data-counters': target.id,
                onclick: () => current.mount.jumpTo(target.id, c.id),
              }, `Disputes ${speakerOf(target.speaker)?.name ?? 'a claim'}: go to ${target.id} →`)
            : counter ? el('span', { class: 'claim-cue' }, 'Disputes a claim made outside this article') : null),
      );
    }),
  );
}

function applyFilter() {
  if (!current) return;
  const { annotations } = current;
  const speakers = annotations.speakers.filter((s) => !hidden.has(s.name)).map((s) => s.id);
  const roles = role === 'all' ? null : [role];
  const allSpeakers = speakers.length === annotations.speakers.length;
  current.mount?.filter({ speakers: allSpeakers ? null : speakers, roles });
  let shown = 0;
  for (const li of ui.claims.children) {
    const visible = (allSpeakers || speakers.includes(li.dataset.speaker)) && (!roles || roles.includes(li.dataset.role));
    li.hidden = !visible;
    if (visible) shown++;
  }
  ui.claimsEmpty.hidden = shown > 0;
  ui.claimsCount.textContent = shown === annotations.claims.length ? plural(shown, 'claim') : `${shown} of ${annotations.claims.length} shown`;
  ui.showAll.hidden = hidden.size === 0;
}

function exportJson() {
  return `${JSON.stringify(current?.annotations ?? { speakers: [], claims: [] }, null, 2)}\n`;
}

async function copy(text, doneId) {
  const done = $(doneId);
  try {
    await navigator.clipboard.writeText(text);
    done.textContent = 'Copied';
  } catch {
    done.textContent = 'Copy failed: select the text and copy it';
  }
  setTimeout(() => (done.textContent = ''), 2500);
}

function snippet() {
  const pkg = new URL('pkg/register.js', location.href).href;
  return `<script type="module" src="${pkg}"></script>

<claim-lens>
  <p>Putin said the talks were useful.</p>
  <p>The Kremlin later denied that any deal had been signed.</p>
</claim-lens>`;
}

let timer = 0;
ui.text.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(annotateNow, 250);
});
$('sample').addEventListener('click', async () => {
  ui.text.value = await (await fetch(SAMPLE_URL)).text();
  annotateNow();
});
$('clear').addEventListener('click', () => {
  ui.text.value = '';
  ui.text.focus();
  annotateNow();
});
for (const radio of document.querySelectorAll('input[name="role"]')) {
  radio.addEventListener('change', () => {
    role = radio.value;
    applyFilter();
  });
}
ui.showAll.addEventListener('click', () => {
  hidden.clear();
  for (const b of ui.legend.querySelectorAll('button')) b.setAttribute('aria-pressed', 'true');
  applyFilter();
});
$('download').addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([exportJson()], { type: 'application/json' }));
  const a = el('a', { href: url, download: 'claimlens.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});
$('copy-json').addEventListener('click', () => copy(exportJson(), 'copy-json-done'));
$('copy-snippet').addEventListener('click', () => copy(snippet(), 'copy-snippet-done'));
ui.snippet.textContent = snippet();

try {
  // The seed article is the text area's content in index.html.
  await engine;
  mark('engine loaded');
  $('version').textContent = `claimlens ${version()}`;
  await annotateNow({ now: true });
  document.documentElement.dataset.ready = 'true';
  // The cards below the article (class "below" in index.html), the list of
  // claims and the JSON are off screen: they are filled and laid out in the
  // frame after the one that shows the article, rather than delay it.
  const seed = current;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (current === seed) renderBelow(); // else typing got there first
      document.documentElement.dataset.below = 'shown';
    }),
  );
} catch (err) {
  setStatus([`The engine failed to load: ${err.message}`], true);
  document.documentElement.dataset.below = 'shown';
  throw err;
}
