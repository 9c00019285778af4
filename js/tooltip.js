// The one tooltip of a document: who said it, the cue, and for a
// counterclaim the claim it disputes with a button to go there.
//
// It lives in document.body, outside every marked-up element, so it never
// changes their textContent. Its content is built with textContent only.

let tip = null;
let users = 0;
let hideTimer = 0;
let owner = null; // the element the tip describes
let listening = false;

const ID = 'claimlens-tip';

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Registers one more user of the tooltip; returns a function that unregisters it. */
export function useTooltip() {
  users++;
  if (!tip) {
    tip = el('div', 'claimlens-tip');
    tip.id = ID;
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    tip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    tip.addEventListener('mouseleave', () => hideSoon());
    tip.addEventListener('focusout', (e) => {
      if (!tip.contains(e.relatedTarget)) hideSoon();
    });
    document.body.append(tip);
  }
  if (!listening) {
    listening = true;
    // Follow the anchor when anything scrolls (focus scrolls it into view).
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (tip && !tip.hidden && owner) owner.isConnected ? place(owner) : hide();
      });
    };
    window.addEventListener('scroll', follow, { passive: true, capture: true });
    window.addEventListener('resize', follow, { passive: true });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && tip && !tip.hidden) hide();
    });
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--users === 0) {
      hide();
      tip.remove();
      tip = null;
    }
  };
}

/**
 * Shows the tooltip beside `anchor` with `info`:
 * { color, name, sub, tags: [{ text, counter }], cue, dispute: { name, excerpt, onJump } | null, hint }
 */
export function show(anchor, info) {
  if (!tip) return;
  clearTimeout(hideTimer);
  tip.replaceChildren();
  tip.style.setProperty('--cl-speaker', info.color);
  const head = el('div', 'cl-tip-head');
  head.append(el('span', 'cl-tip-dot'), el('span', 'cl-tip-name', info.name));
  if (info.sub) head.append(el('span', 'cl-tip-sub', info.sub));
  tip.append(head);
  if (info.tags?.length || info.cue) {
    const line = el('div', 'cl-tip-line');
    for (const t of info.tags || []) line.append(el('span', 'cl-tip-tag' + (t.counter ? ' cl-tip-counter' : ''), t.text));
    if (info.cue) {
      line.append(document.createTextNode('cue '));
      line.append(el('q', '', info.cue));
    }
    tip.append(line);
  }
  if (info.dispute) {
    const box = el('div', 'cl-tip-dispute');
    box.append(document.createTextNode(`Disputes ${info.dispute.name}: `), el('q', '', info.dispute.excerpt));
    const go = el('button', '', 'Go to disputed claim');
    go.type = 'button';
    go.addEventListener('click', () => {
      hide();
      info.dispute.onJump();
    });
    box.append(el('br'), go);
    tip.append(box);
  }
  if (info.hint) tip.append(el('div', 'cl-tip-hint', info.hint));
  owner?.removeAttribute('aria-describedby');
  owner = anchor;
  anchor.setAttribute('aria-describedby', ID);
  tip.hidden = false;
  place(anchor);
}

function place(anchor) {
  const rects = anchor.getClientRects();
  const r = rects.length ? rects[0] : anchor.getBoundingClientRect();
  const margin = 8;
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  let left = Math.min(Math.max(margin, r.left), window.innerWidth - w - margin);
  let top = r.bottom + 6;
  if (top + h > window.innerHeight - margin && r.top - h - 6 > margin) top = r.top - h - 6;
  tip.style.left = `${Math.max(margin, left)}px`;
  tip.style.top = `${top}px`;
}

/** Hides the tooltip now. */
export function hide() {
  clearTimeout(hideTimer);
  if (!tip) return;
  tip.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = null;
}

/** Hides the tooltip after a short delay, so the pointer can move onto it. */
export function hideSoon() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, 250);
}

/** True when `node` is inside the tooltip (its button, say). */
export function contains(node) {
  return tip !== null && node instanceof Node && tip.contains(node);
}

/** True when the tooltip currently describes `anchor`. */
export function describes(anchor) {
  return tip !== null && !tip.hidden && owner === anchor;
}
