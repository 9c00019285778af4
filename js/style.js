// The widget's stylesheet and speaker colours.
//
// Styles go in through a constructed stylesheet (`adoptedStyleSheets`), which
// a Content-Security-Policy without 'unsafe-inline' still allows, and every
// colour is a CSS custom property that a page can override:
//
//   --claimlens-speaker-1 … --claimlens-speaker-8   colours of speakers, in order
//   --claimlens-unknown          colour of claims with no speaker
//   --claimlens-tint             strength of the claim background (default 14%)
//   --claimlens-focus            focus ring
//   --claimlens-tip-bg / --claimlens-tip-fg / --claimlens-tip-font   tooltip

/** Default speaker colours: dark enough for 4.5:1 contrast as text on white. */
export const PALETTE = ['#1d4ed8', '#be123c', '#047857', '#b45309', '#6d28d9', '#0e7490', '#a21caf', '#4d7c0f'];
const UNKNOWN = '#64748b';

/** The CSS colour of the speaker at `index` (0-based), overridable per page. */
export function speakerColor(index, palette = PALETTE) {
  if (index < 0) return `var(--claimlens-unknown, ${UNKNOWN})`;
  const n = index % palette.length;
  return `var(--claimlens-speaker-${n + 1}, ${palette[n]})`;
}

export const CSS = `
claim-lens { display: block; }
.cl-seg { border-radius: 2px; color: inherit; background: none; transition: background-color .15s ease; }
.cl-content {
  background-color: color-mix(in srgb, var(--cl-claim) var(--claimlens-tint, 14%), transparent);
  box-shadow: inset 0 -2px 0 var(--cl-claim);
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.cl-counter {
  background-image: repeating-linear-gradient(-45deg, color-mix(in srgb, var(--cl-claim) 20%, transparent) 0 2px, transparent 2px 7px);
  box-shadow: none;
  text-decoration: underline wavy var(--cl-claim) 1.5px;
  text-underline-offset: .28em;
  text-decoration-skip-ink: none;
}
.cl-counter.cl-first::before {
  content: "⇄";
  content: "⇄" / "";
  display: inline-block; margin-inline-end: .25em; padding: 0 .3em;
  border-radius: .6em; background: var(--cl-claim); color: #fff;
  font: 600 .72em/1.5 system-ui, sans-serif; vertical-align: .12em;
}
.cl-mention { font-weight: 600; text-decoration: underline solid var(--cl-speaker) 2px; text-underline-offset: .22em; }
.cl-cue { font-style: italic; text-decoration: underline dotted currentColor 1.5px; text-underline-offset: .22em; }
.cl-active.cl-content { background-color: color-mix(in srgb, var(--cl-claim) calc(var(--claimlens-tint, 14%) * 2.2), transparent); }
.cl-active.cl-mention, .cl-active.cl-cue { background-color: color-mix(in srgb, var(--cl-speaker, var(--cl-claim)) 14%, transparent); }
.cl-seg[tabindex]:focus { outline: none; }
.cl-seg[tabindex]:focus-visible { outline: 2px solid var(--claimlens-focus, #2563eb); outline-offset: 2px; }
.cl-dim { background: none; box-shadow: none; text-decoration: none; font-weight: inherit; font-style: inherit; }
.cl-dim.cl-counter.cl-first::before { display: none; }
.cl-flash { animation: cl-flash 1.6s ease-out 1; }
@keyframes cl-flash { 0%, 40% { outline: 3px solid var(--cl-claim); outline-offset: 3px; } 100% { outline: 3px solid transparent; outline-offset: 3px; } }
@media (prefers-reduced-motion: reduce) { .cl-seg { transition: none; } .cl-flash { animation-duration: 3s; } }

.claimlens-tip {
  position: fixed; z-index: 2147483000; box-sizing: border-box;
  max-width: min(24rem, calc(100vw - 16px)); padding: .6rem .75rem .65rem;
  border-radius: 8px; background: var(--claimlens-tip-bg, #0f172a); color: var(--claimlens-tip-fg, #f1f5f9);
  font: var(--claimlens-tip-font, 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif);
  box-shadow: 0 10px 30px rgba(15, 23, 42, .28), 0 1px 3px rgba(15, 23, 42, .2);
  text-align: start; white-space: normal;
}
.claimlens-tip[hidden] { display: none; }
.claimlens-tip .cl-tip-head { display: flex; align-items: center; gap: .45rem; font-weight: 600; font-size: 1.05em; }
.claimlens-tip .cl-tip-dot { flex: none; width: .75rem; height: .75rem; border-radius: 50%; background: var(--cl-speaker); box-shadow: 0 0 0 2px rgba(255,255,255,.85); }
.claimlens-tip .cl-tip-sub { margin-inline-start: auto; padding-inline-start: .75rem; font-weight: 400; font-size: .85em; opacity: .75; }
.claimlens-tip .cl-tip-line { margin-top: .3rem; }
.claimlens-tip .cl-tip-tag { display: inline-block; padding: 0 .4em; margin-inline-end: .35em; border-radius: 4px; background: rgba(255,255,255,.14); font-size: .85em; font-weight: 600; }
.claimlens-tip .cl-tip-tag.cl-tip-counter { background: #fecaca; color: #7f1d1d; }
.claimlens-tip q { font-style: italic; }
.claimlens-tip .cl-tip-dispute { margin-top: .45rem; padding-top: .45rem; border-top: 1px solid rgba(255,255,255,.18); }
.claimlens-tip button {
  margin-top: .45rem; padding: .2rem .55rem; border: 1px solid rgba(255,255,255,.45); border-radius: 5px;
  background: transparent; color: inherit; font: inherit; font-weight: 600; cursor: pointer;
}
.claimlens-tip button:hover { background: rgba(255,255,255,.12); }
.claimlens-tip button:focus-visible { outline: 2px solid #93c5fd; outline-offset: 1px; }
.claimlens-tip .cl-tip-hint { margin-top: .3rem; font-size: .82em; opacity: .7; }
`;

let sheet = null;
const adopted = new WeakSet();

/** Adds the widget's stylesheet to `root` (a Document or ShadowRoot), once. */
export function adoptStyles(root) {
  if (adopted.has(root)) return;
  adopted.add(root);
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    sheet ??= new CSSStyleSheet();
    if (sheet.cssRules.length === 0) sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = (root.ownerDocument || root).createElement('style');
    style.textContent = CSS;
    (root.head || root).append(style);
  }
}
