#!/usr/bin/env node
// The page's CSS is inline in www/index.html (one request fewer before the
// first frame), and its Content-Security-Policy allows that <style> by its
// SHA-256 hash rather than by 'unsafe-inline'. After editing the CSS, run
//
//   node scripts/csp-style-hash.mjs --write
//
// to put the new hash in style-src. Without --write it only checks, and exits
// 1 when a <style> of index.html is not allowed by its hash
// (tests/browser/xss.test.mjs checks the same).

import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(ROOT, 'www/index.html');

/** The 'sha256-…' source of each inline <style> of `html`, and its style-src. */
export function styleHashes(html) {
  const wanted = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
  );
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const styleSrc = /(?:^|;)\s*style-src ([^;]*)/.exec(csp)?.[1].trim().split(/\s+/) ?? [];
  return { wanted, styleSrc };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const html = readFileSync(file, 'utf8');
  const { wanted, styleSrc } = styleHashes(html);
  const missing = wanted.filter((h) => !styleSrc.includes(h));
  if (process.argv.includes('--write')) {
    const kept = styleSrc.filter((s) => !s.startsWith("'sha256-"));
    const next = html.replace(/((?:^|;|")\s*style-src )[^;"]*/, `$1${[...kept, ...wanted].join(' ')}`);
    if (next !== html) writeFileSync(file, next);
    console.log(`www/index.html: style-src ${[...kept, ...wanted].join(' ')}`);
  } else if (missing.length) {
    console.error(`www/index.html: style-src lacks ${missing.join(' ')}; run node scripts/csp-style-hash.mjs --write`);
    process.exit(1);
  } else {
    console.log('www/index.html: every inline <style> is allowed by its hash');
  }
}
