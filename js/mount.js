// `mount(element)`: marks up an element's own text in place, and makes the
// marks explain themselves: a tooltip on hover and focus, a jump from a
// counterclaim to the claim it disputes, filters.
//
// The element's textContent is annotated (or annotations made earlier from
// it are taken) and markup.js wraps the annotated text ranges. Nothing else
// of the element changes: links, emphasis and listeners stay, and
// `unmount()` takes the wrappers out and joins the pieces back into the very
// same text nodes, so innerHTML reads byte for byte as before.

import { annotate } from './core.js';
import { markUp } from './markup.js';
import { adoptStyles, speakerColor, PALETTE } from './style.js';
import * as tooltip from './tooltip.js';

const active = new Map(); // element -> Mount
const OPTIONS = new Set(['annotations', 'tooltip', 'palette']);
const KIND_LABEL = { direct: 'direct quote', indirect: 'reported speech', mixed: 'partial quote' };

function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'object') return Object.prototype.toString.call(value).slice(8, -1);
  return typeof value;
}

function resolveElement(target) {
  if (typeof target === 'string') {
    const found = typeof document === 'undefined' ? null : document.querySelector(target);
    if (!found) throw new TypeError(`claimlens.mount: no element matches the selector ${JSON.stringify(target)}`);
    return found;
  }
  if (target === null || typeof target !== 'object' || target.nodeType !== 1) {
    throw new TypeError(`claimlens.mount: expected a DOM Element or a CSS selector, got ${describe(target)}`);
  }
  return target;
}

function checkSpans(annotations, length) {
  if (!annotations || !Array.isArray(annotations.claims) || !Array.isArray(annotations.speakers)) {
    throw new TypeError('claimlens.mount: options.annotations must be what annotate() returns ({ speakers, claims })');
  }
  const check = (span, what) => {
    if (span === null || span === undefined) return;
    const [a, b] = span;
    if (!(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b <= length)) {
      throw new RangeError(
        `claimlens.mount: ${what} [${a}, ${b}] does not fit the element's text (length ${length}); ` +
          'annotations must come from this element\'s textContent',
      );
    }
  };
  for (const s of annotations.speakers) for (const m of s.mentions) check(m, `a mention of ${s.id}`);
  for (const c of annotations.claims) {
    check(c.content, `the content of ${c.id}`);
    check(c.cue, `the cue of ${c.id}`);
    check(c.source, `the source of ${c.id}`);
  }
}

function truncate(s, n) {
  s = s.replace(/\s+/g, ' ').trim();
  return s.length <= n ? s : s.slice(0, n - 1).trimEnd() + '…';
}

/** Annotated markup over one element. Made by `mount`. */
export class Mount {
  #restore;
  #segments; // claim id -> wrapper elements
  #byWrapper; // wrapper -> { claim, speaker }
  #wrappers;
  #speakers = new Map(); // id -> { speaker, index, claims }
  #claims = new Map(); // id -> claim
  #release = null;
  #listeners = [];
  #mounted = true;

  constructor(element, text, annotations, options) {
    this.element = element;
    this.text = text;
    this.annotations = annotations;
    this.palette = options.palette ?? PALETTE;
    annotations.speakers.forEach((speaker, index) => this.#speakers.set(speaker.id, { speaker, index, claims: 0 }));
    for (const c of annotations.claims) {
      this.#claims.set(c.id, c);
      const s = this.#speakers.get(c.speaker);
      if (s) s.claims++;
    }
    adoptStyles(element.ownerDocument);
    const root = element.getRootNode();
    if (root !== element.ownerDocument && root.nodeType === 11) adoptStyles(root);
    this.#markUp();
    if (options.tooltip !== false) this.#listen();
  }

  /** True until `unmount()`. */
  get mounted() {
    return this.#mounted;
  }

  /** The CSS colour of a speaker (by id), as used in the markup. */
  speakerColor(speakerId) {
    const s = this.#speakers.get(speakerId);
    return speakerColor(s ? s.index : -1, this.palette);
  }

  /** The wrapper elements of a claim's content, cue and source, in text order. */
  claimElements(claimId) {
    return [...(this.#segments.get(claimId) ?? [])];
  }

  #markUp() {
    const marked = markUp(this.element, this.annotations, (id) => this.speakerColor(id));
    this.#restore = marked.restore;
    this.#wrappers = marked.wrappers;
    this.#segments = marked.segments;
    this.#byWrapper = marked.info;
    // The first piece of each claim's content is its stop in the tab order.
    for (const [id, segs] of this.#segments) {
      const first = segs.find((w) => w.classList.contains('cl-content'));
      if (!first) continue;
      first.classList.add('cl-first');
      first.tabIndex = 0;
      first.id ||= `${this.#idPrefix()}${id}`;
    }
  }

  #prefix = null;
  #idPrefix() {
    if (this.#prefix) return this.#prefix;
    const base = this.element.id ? `${this.element.id}-` : `claimlens-${Math.random().toString(36).slice(2, 8)}-`;
    return (this.#prefix = base);
  }

  /** The element id of a claim's first wrapper (its focus stop), or null. */
  claimAnchorId(claimId) {
    return this.firstOf(claimId)?.id ?? null;
  }

  firstOf(claimId) {
    return this.#segments.get(claimId)?.find((w) => w.classList.contains('cl-first')) ?? null;
  }

  #on(target, type, fn) {
    target.addEventListener(type, fn);
    this.#listeners.push(() => target.removeEventListener(type, fn));
  }

  #listen() {
    this.#release = tooltip.useTooltip();
    const seg = (node) => {
      const w = node?.closest?.('.cl-seg');
      return w && this.#byWrapper.has(w) && !w.classList.contains('cl-dim') ? w : null;
    };
    let current = null;
    const activate = (w, keyboard) => {
      const info = this.#byWrapper.get(w);
      const group = info.claim ? this.#segments.get(info.claim) : [w];
      if (current !== group) {
        current?.forEach((x) => x.classList.remove('cl-active'));
        group.forEach((x) => x.classList.add('cl-active'));
        current = group;
      }
      tooltip.show(w, this.#tipFor(info, keyboard));
    };
    const deactivate = () => {
      current?.forEach((x) => x.classList.remove('cl-active'));
      current = null;
    };
    this.#on(this.element, 'mouseover', (e) => {
      const w = seg(e.target);
      if (w) activate(w, false);
    });
    this.#on(this.element, 'mouseout', (e) => {
      if (!seg(e.target) || seg(e.relatedTarget)) return; // the next mouseover takes over
      deactivate();
      tooltip.hideSoon();
    });
    this.#on(this.element, 'focusin', (e) => {
      const w = seg(e.target);
      if (w) activate(w, true);
    });
    this.#on(this.element, 'focusout', (e) => {
      // Focus moving to another claim, or into the tooltip's button, keeps it.
      if (seg(e.relatedTarget) || tooltip.contains(e.relatedTarget)) return;
      deactivate();
      tooltip.hide();
    });
    this.#on(this.element, 'keydown', (e) => {
      const w = seg(e.target);
      if (!w || e.key !== 'Enter') return;
      const claim = this.#claims.get(this.#byWrapper.get(w).claim);
      if (claim?.counters && this.#segments.has(claim.counters)) {
        e.preventDefault();
        this.jumpTo(claim.counters, claim.id);
      }
    });
  }

  #tipFor(info, keyboard) {
    const claim = info.claim ? this.#claims.get(info.claim) : null;
    const speakerId = claim ? claim.speaker : info.speaker;
    const s = this.#speakers.get(speakerId);
    const base = {
      color: this.speakerColor(speakerId),
      name: s ? s.speaker.name : 'Unattributed',
      sub: s ? s.speaker.kind : '',
    };
    if (!claim) {
      const n = s ? s.claims : 0;
      return { ...base, tags: [{ text: `${n} claim${n === 1 ? '' : 's'}` }] };
    }
    const counter = claim.role === 'counterclaim';
    const tip = {
      ...base,
      tags: [counter ? { text: 'Counterclaim', counter: true } : { text: 'Claim' }, { text: KIND_LABEL[claim.kind] ?? claim.kind }],
      cue: claim.cue ? this.text.slice(claim.cue[0], claim.cue[1]) : null,
      dispute: null,
      hint: null,
    };
    if (counter && claim.counters && this.#claims.has(claim.counters)) {
      const target = this.#claims.get(claim.counters);
      const ts = this.#speakers.get(target.speaker);
      tip.dispute = {
        name: ts ? ts.speaker.name : 'an unattributed claim',
        excerpt: truncate(this.text.slice(target.content[0], target.content[1]), 110),
        onJump: () => this.jumpTo(target.id, claim.id),
      };
      if (keyboard) tip.hint = 'Press Enter to go to the disputed claim.';
    } else if (counter) {
      tip.hint = 'Disputes a claim made outside this article.';
    }
    return tip;
  }

  /**
   * Scrolls to a claim, focuses it and flashes it. Fires `claimlens-jump`
   * on the element with `{ from, to }`.
   */
  jumpTo(claimId, fromId = null) {
    const first = this.firstOf(claimId);
    if (!first) throw new RangeError(`claimlens: no claim ${JSON.stringify(claimId)} in this mount`);
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    first.focus({ preventScroll: true });
    for (const w of this.#segments.get(claimId)) {
      w.classList.remove('cl-flash');
      void w.offsetWidth; // restart the animation
      w.classList.add('cl-flash');
      setTimeout(() => w.classList.remove('cl-flash'), 1700);
    }
    this.element.dispatchEvent(new CustomEvent('claimlens-jump', { bubbles: true, detail: { from: fromId, to: claimId } }));
  }

  /**
   * Shows only some claims: those of `speakers` (ids; null for all) whose
   * role is in `roles` (null for both). The others keep their text and lose
   * their marks, tooltip and tab stop.
   */
  filter({ speakers = null, roles = null } = {}) {
    const sp = speakers ? new Set(speakers) : null;
    const rl = roles ? new Set(roles) : null;
    const shown = (c) => (!sp || sp.has(c.speaker)) && (!rl || rl.has(c.role));
    for (const w of this.#wrappers) {
      const info = this.#byWrapper.get(w);
      const claim = info.claim ? this.#claims.get(info.claim) : null;
      const visible = claim ? shown(claim) : !sp || sp.has(info.speaker);
      w.classList.toggle('cl-dim', !visible);
      if (w.classList.contains('cl-first')) w.tabIndex = visible ? 0 : -1;
    }
  }

  /** Removes the markup; the element is exactly as before `mount`. */
  unmount() {
    if (!this.#mounted) return;
    this.#mounted = false;
    if (active.get(this.element) === this) active.delete(this.element);
    for (const off of this.#listeners) off();
    this.#listeners = [];
    for (const w of this.#wrappers) if (tooltip.describes(w)) tooltip.hide();
    this.#release?.();
    this.#restore();
    this.#wrappers = [];
  }
}

/**
 * Marks up `element`'s text in place. See index.d.ts.
 */
export function mount(element, options = {}) {
  element = resolveElement(element);
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`claimlens.mount: options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTIONS.has(key)) throw new TypeError(`claimlens.mount: unknown option ${JSON.stringify(key)} (known: ${[...OPTIONS].join(', ')})`);
  }
  // Mounting again, or inside or around a mounted element, first undoes that mount.
  for (const [el, m] of active) {
    if (el === element || el.contains(element) || element.contains(el)) m.unmount();
  }
  const text = element.textContent;
  const annotations = options.annotations ?? annotate(text);
  checkSpans(annotations, text.length);
  const m = new Mount(element, text, annotations, options);
  active.set(element, m);
  return m;
}
