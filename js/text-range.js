// From offsets into `element.textContent` to the DOM's text nodes.
//
// `textContent` is the concatenation of every Text (and CDATA) node under
// the element in document order, so an offset resolves by walking those
// nodes and counting their lengths, as Hypothesis's anchoring/text-range.ts
// does. Offsets here are UTF-16 code units, like the annotations'.
// Nothing in this file parses or serialises HTML: text stays text.

/** The text nodes under `root`, each with its start offset in `root.textContent`. */
export function textNodes(root) {
  const nodes = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let start = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node, start });
    start += node.data.length;
  }
  return { nodes, length: start };
}

/**
 * Splits the text nodes under `root` so that every offset in `cuts` falls
 * between two nodes. Returns the pieces in document order, each with its
 * `[start, end)`, and a `restore()` that joins the pieces of each node back
 * into it (same node objects; the same data, unless the page edited a piece
 * meanwhile, whose edit is then kept).
 */
export function splitAt(root, cuts) {
  const { nodes, length } = textNodes(root);
  const sorted = [...new Set(cuts)].filter((c) => c > 0 && c < length).sort((a, b) => a - b);
  const pieces = [];
  const splits = []; // { node, added: Text[] }
  let k = 0;
  for (const { node, start } of nodes) {
    const end = start + node.data.length;
    while (k < sorted.length && sorted[k] <= start) k++;
    const inside = [];
    for (let j = k; j < sorted.length && sorted[j] < end; j++) inside.push(sorted[j]);
    if (inside.length === 0) {
      if (end > start) pieces.push({ node, start, end });
      continue;
    }
    const record = { node, added: [] };
    splits.push(record);
    // Split from the back so the earlier offsets stay valid; the original
    // node keeps the first piece.
    const tail = [];
    for (let j = inside.length - 1; j >= 0; j--) {
      const piece = node.splitText(inside[j] - start);
      record.added.unshift(piece);
      tail.unshift({ node: piece, start: inside[j] });
    }
    pieces.push({ node, start, end: inside[0] });
    tail.forEach((p, i) => pieces.push({ ...p, end: i + 1 < tail.length ? tail[i + 1].start : end }));
  }
  return {
    pieces,
    length,
    restore() {
      for (const { node, added } of splits) {
        // Join each piece into the one before it when they are still side by
        // side (the wrappers are gone by now). A piece the page removed stays
        // removed, one it moved stays where it is, and a piece whose text the
        // page changed brings its new text: the page's edits are never undone.
        let head = null;
        for (const piece of [node, ...added]) {
          if (!piece.parentNode) continue;
          if (head && head.nextSibling === piece) {
            head.appendData(piece.data);
            piece.remove();
          } else {
            head = piece;
          }
        }
      }
    },
  };
}
