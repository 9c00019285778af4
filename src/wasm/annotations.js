// Makes the object `annotate` returns from the numbers and strings that
// to_js (annotations.rs) packs: what JSON.parse gives for the command line's
// JSON, key for key, without writing, decoding and parsing that JSON.
export function annotations(words, ends, strings) {
  const str = [];
  for (let i = 0, at = 0; i < ends.length; i++) {
    str.push(strings.slice(at, ends[i]));
    at = ends[i];
  }
  let k = 0;
  const speakers = [];
  // Each speaker's id string, made once and shared by its claims: a string
  // per claim's speaker was one object in ten that a large text's result
  // makes, each copied by the garbage collector as the result grows.
  const ids = [];
  for (let n = words[k++]; n > 0; n--) {
    const id = 's' + words[k];
    ids[words[k]] = id;
    const name = str[words[k + 1]];
    const kind = str[words[k + 2]];
    const mentions = [];
    let m = words[k + 3];
    k += 4;
    for (; m > 0; m--, k += 2) mentions.push([words[k], words[k + 1]]);
    speakers.push({ id, name, kind, mentions });
  }
  const claims = [];
  for (let n = words[k++]; n > 0; n--, k += 15) {
    claims.push({
      id: 'c' + words[k],
      speaker: words[k + 1] ? ids[words[k + 1]] ?? 's' + words[k + 1] : null,
      kind: str[words[k + 2]],
      role: str[words[k + 3]],
      cue: words[k + 4] ? [words[k + 5], words[k + 6]] : null,
      category: str[words[k + 7]],
      source: words[k + 8] ? [words[k + 9], words[k + 10]] : null,
      content: [words[k + 11], words[k + 12]],
      counters: words[k + 13] ? 'c' + words[k + 13] : null,
      // JSON.parse's number for the two decimals the JSON writes.
      confidence: (words[k + 14] | 0) / 100,
    });
  }
  return { speakers, claims };
}

// The text into wasm memory at the encoder's speed (wasm-bindgen's own copy
// loops in JavaScript over its ASCII part): see text_of (annotations.rs).
const encoder = new TextEncoder();
let written = 0;

export function encodeInto(text, from, dest) {
  const r = encoder.encodeInto(from ? text.slice(from) : text, dest);
  written = r.written;
  return r.read;
}

export function encoded() {
  return written;
}
