// `<claim-lens>`: a custom element that marks up its own content.
//
//   <claim-lens>
//     <p>Putin said the talks were useful. …</p>
//   </claim-lens>
//
// It loads the WebAssembly module from beside this file if the page has not,
// annotates its textContent (in a worker when the text is long), and marks it
// up in place; when its content changes it annotates again. Style it with the
// CSS custom properties listed in style.js (`--claimlens-speaker-1`, …).

import { ensureReady } from './core.js';
import { annotateAsync } from './async.js';
import { mount } from './mount.js';

const Base = typeof HTMLElement === 'function' ? HTMLElement : class {};

/** The class behind `<claim-lens>`. */
export class ClaimLensElement extends Base {
  #mount = null;
  #observer = null;
  #run = 0;
  #latest;
  #first;

  constructor() {
    super();
    this.#latest = new Promise((resolve) => (this.#first = resolve));
  }

  /** The annotations of the current content, or null before the first pass. */
  get annotations() {
    return this.#mount?.annotations ?? null;
  }

  /** The `Mount` over this element's content, or null. */
  get mount() {
    return this.#mount;
  }

  /** Resolves with the annotations once the current content is marked up. */
  get ready() {
    return this.#latest;
  }

  connectedCallback() {
    if (document.readyState === 'loading') {
      // Children are still being parsed; annotate the whole content.
      document.addEventListener('DOMContentLoaded', () => this.isConnected && this.refresh(), { once: true });
    } else {
      this.refresh();
    }
    this.#observer ??= new MutationObserver(() => this.refresh());
    this.#watch();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#run++;
    this.#mount?.unmount();
    this.#mount = null;
  }

  #watch() {
    this.#observer?.observe(this, { childList: true, characterData: true, subtree: true });
  }

  /** Our own DOM changes must not look like new content. */
  #quietly(fn) {
    this.#observer?.disconnect();
    try {
      return fn();
    } finally {
      this.#observer?.takeRecords();
      if (this.isConnected) this.#watch();
    }
  }

  /** Annotates the current content again; resolves with the annotations. */
  refresh() {
    const run = ++this.#run;
    const attempt = (async () => {
      await ensureReady();
      // The markup does not change textContent, so this is the plain text.
      const text = this.textContent;
      const annotations = await annotateAsync(text);
      // A newer pass (new content, or a disconnect) supersedes this one.
      if (run !== this.#run) return this.#latest;
      this.#quietly(() => {
        this.#mount?.unmount();
        this.#mount = mount(this, { annotations, tooltip: !this.hasAttribute('no-tooltip') });
      });
      this.dispatchEvent(new CustomEvent('claimlens-annotated', { detail: annotations }));
      return annotations;
    })();
    attempt.catch((error) => {
      if (run === this.#run) this.dispatchEvent(new CustomEvent('claimlens-error', { detail: error }));
    });
    this.#latest = attempt;
    if (this.#first) {
      this.#first(attempt);
      this.#first = null;
    }
    return attempt;
  }
}

/** Defines `<claim-lens>` (or another tag name) once; returns the class. */
export function defineElement(name = 'claim-lens') {
  if (typeof customElements === 'undefined') {
    throw new Error('claimlens.defineElement: custom elements need a browser (no customElements here)');
  }
  const existing = customElements.get(name);
  if (existing) return existing;
  // A fresh subclass per name, since one class can back only one tag.
  const Class = name === 'claim-lens' ? ClaimLensElement : class extends ClaimLensElement {};
  customElements.define(name, Class);
  return Class;
}
