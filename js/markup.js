// From annotations to wrapper elements over an element's text nodes.
//
// Every span's ends become cuts between text nodes (text-range.js); each
// piece that some span covers is wrapped in exactly one <mark> (claim
// content) or <span> (cue, speaker mention), so wrappers never nest. A piece
// covered by several spans takes the innermost of each kind: the claim's
// colour from its content, the speaker's colour from a mention inside it.

import { splitAt } from './text-range.js';

// Where an inline wrapper would be invalid or would change what the text does.
const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'OPTION', 'TEMPLATE']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const BLOCK_ONLY = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP', 'UL', 'OL', 'DL', 'SELECT', 'DATALIST', 'OPTGROUP']);

/** The spans to mark, as { span, type: 'content' | 'cue' | 'mention', claim, speaker, counter }. */
function marksOf(annotations) {
  const marks = [];
  for (const c of annotations.claims) {
    const counter = c.role === 'counterclaim';
    marks.push({ span: c.content, type: 'content', claim: c.id, speaker: c.speaker, counter });
    if (c.cue) marks.push({ span: c.cue, type: 'cue', claim: c.id, speaker: c.speaker });
    if (c.source) marks.push({ span: c.source, type: 'mention', claim: c.id, speaker: c.speaker });
  }
  for (const s of annotations.speakers) {
    for (const m of s.mentions) marks.push({ span: m, type: 'mention', claim: null, speaker: s.id });
  }
  return marks.filter((m) => m.span[1] > m.span[0]).sort((a, b) => a.span[0] - b.span[0]);
}

const length = (m) => m.span[1] - m.span[0];
const innermost = (open, type) =>
  open.filter((m) => m.type === type).reduce((best, m) => (best && length(best) <= length(m) ? best : m), null);

/**
 * Wraps the annotated text of `element`. `colorOf(speakerId)` gives each
 * speaker's CSS colour. Returns
 * { wrappers, segments: Map<claimId, wrapper[]>, info: WeakMap<wrapper, { claim, speaker }>, restore() }
 * where `restore()` takes every wrapper out and joins the text nodes back.
 */
export function markUp(element, annotations, colorOf) {
  const marks = marksOf(annotations);
  const split = splitAt(element, marks.flatMap((m) => m.span));
  const doc = element.ownerDocument;
  const wrappers = [];
  const segments = new Map();
  const info = new WeakMap();
  let open = [];
  let next = 0;
  for (const piece of split.pieces) {
    while (next < marks.length && marks[next].span[0] <= piece.start) open.push(marks[next++]);
    open = open.filter((m) => m.span[1] > piece.start);
    if (open.length === 0) continue;
    const parent = piece.node.parentNode;
    if (!parent || SKIP_PARENTS.has(parent.nodeName)) continue;
    // An HTML wrapper inside SVG or MathML would not render: its text would vanish.
    if (parent.namespaceURI !== HTML_NS) continue;
    if (BLOCK_ONLY.has(parent.nodeName) && !piece.node.data.trim()) continue;
    const content = innermost(open, 'content');
    const cue = innermost(open, 'cue');
    const mention = innermost(open, 'mention');
    const claim = content?.claim ?? cue?.claim ?? mention?.claim ?? null;
    const speaker = mention?.speaker ?? content?.speaker ?? cue?.speaker ?? null;

    const w = doc.createElement(content ? 'mark' : 'span');
    w.className = 'cl-seg';
    if (content) {
      w.classList.add('cl-content');
      if (content.counter) w.classList.add('cl-counter');
    }
    if (content || cue) w.style.setProperty('--cl-claim', colorOf((content ?? cue).speaker));
    if (cue) w.classList.add('cl-cue');
    if (mention) {
      w.classList.add('cl-mention');
      w.style.setProperty('--cl-speaker', colorOf(mention.speaker));
    }
    if (speaker) w.dataset.speaker = speaker;
    if (claim) {
      w.dataset.claim = claim;
      if (!segments.has(claim)) segments.set(claim, []);
      segments.get(claim).push(w);
    }
    info.set(w, { claim, speaker });
    parent.insertBefore(w, piece.node);
    w.append(piece.node);
    wrappers.push(w);
  }
  return {
    wrappers,
    segments,
    info,
    restore() {
      for (const w of wrappers) if (w.parentNode) w.replaceWith(...w.childNodes);
      split.restore();
    },
  };
}
