// Hostile JS strings through the real WebAssembly binding, in node: lone
// surrogates (which wasm-bindgen hands to Rust as U+FFFD, one code unit
// each), NUL, bidi controls, combining marks and CRLF. Every offset must
// index the caller's own string, so `text.slice(start, end)` is the span;
// the size limit throws a RangeError; nothing throws otherwise.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';
import { initSync, annotate } from '../../pkg/index.js';

initSync({ module: readFileSync(path.join(ROOT, 'pkg/claimlens_bg.wasm')) });

/** What the engine saw at a slice of the caller's string: lone surrogates as U+FFFD. */
const asSeen = (s) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Checks every span of `annotate(text)` against `text`; returns the annotations. */
function checked(text) {
  const a = annotate(text);
  const spans = [];
  for (const s of a.speakers) for (const m of s.mentions) spans.push(m);
  for (const c of a.claims) spans.push(c.content, c.cue, c.source);
  for (const span of spans.filter(Boolean)) {
    const [start, end] = span;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length, `span ${span} in ${text.length}`);
    // A span never cuts a surrogate pair of the caller's string in two.
    for (const at of [start, end]) {
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at);
      assert.ok(!(before >= 0xd800 && before < 0xdc00 && after >= 0xdc00 && after < 0xe000), `span ${span} cuts a pair`);
    }
  }
  const ids = new Set(a.claims.map((c) => c.id));
  const speakers = new Set(a.speakers.map((s) => s.id));
  for (const c of a.claims) {
    if (c.speaker !== null) assert.ok(speakers.has(c.speaker));
    if (c.counters !== null) assert.ok(ids.has(c.counters) && c.counters !== c.id);
  }
  assert.deepEqual(annotate(text), a, 'the same text gives the same annotations');
  return a;
}

test('lone surrogates: offsets index the caller string, unit for unit', () => {
  for (const lone of ['\uD800', '\uDFFF', '\uDC00\uD800', '\uDBFF\uDBFF']) {
    const text = ['Putin said “', 'the talks', '” were useful. The Kremlin ', 'denied', ' that any deal had been signed.'].join(lone);
    const a = checked(text);
    assert.ok(a.claims.length > 0, `claims found around ${escape(lone)}`);
    const plain = checked(asSeen(text));
    // The engine saw the same text either way, so the offsets are the same.
    assert.deepEqual(a, plain);
    const quote = a.claims.find((c) => text.slice(...c.content).includes('the talks'));
    assert.ok(quote, 'the quoted claim is found');
  }
});

test('random JS strings with lone surrogates, NUL and controls never throw and keep their offsets', () => {
  const parts = ['Putin', ' said ', 'the talks were useful', '. ', '“', '”', '"', "'", '\uD83D', '\uDC94', '💔', '\u0000', '\u202E', 'e\u0301', '\r\n', '\n\n', 'denied', 'critics', ', ', 'He '];
  let seed = 12345;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let k = 0; k < 400; k++) {
    let text = '';
    const n = rand(40);
    for (let i = 0; i < n; i++) text += parts[rand(parts.length)];
    checked(text);
  }
});

test('NUL, right-to-left, combining marks and CRLF', () => {
  checked('Putin\u0000 said\u0000 the talks were useful.\u0000');
  checked('\u202Bהממשלה\u202C said “\u200Fזה לא נכון\u200F.” المتحدث said the talks were useful.');
  checked(`Pu${'\u0301'.repeat(300)}tin said “x${'\u20DD'.repeat(50)}” and he\u0301 denied it.`);
  const lf = 'Putin said the talks were useful.\n\nThe Kremlin later denied that any deal had been signed.';
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = checked(lf);
  const b = checked(crlf);
  assert.deepEqual(
    b.claims.map((c) => crlf.slice(...c.content).replace(/\r/g, '')),
    a.claims.map((c) => lf.slice(...c.content)),
  );
});

test('the size limit is a RangeError, in UTF-8 bytes, and a lone surrogate counts as U+FFFD (3 bytes)', () => {
  assert.throws(() => annotate('x'.repeat(11), { maxLen: 10 }), RangeError);
  assert.doesNotThrow(() => annotate('x'.repeat(10), { maxLen: 10 }));
  // '\uD800' arrives as U+FFFD: 3 bytes of UTF-8.
  assert.doesNotThrow(() => annotate('\uD800', { maxLen: 3 }));
  assert.throws(() => annotate('\uD800', { maxLen: 2 }), /text is 3 bytes, over the limit of 2 bytes/);
});
