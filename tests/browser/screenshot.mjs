// Takes the README's screenshot of the host page: the seed article marked
// up down to its counterclaim, with that claim's tooltip open.
//   node tests/browser/screenshot.mjs [out.png]     (after scripts/build-pkg.sh)

import path from 'node:path';
import { ROOT, serve, launch } from './helpers.mjs';

const out = process.argv[2] || path.join(ROOT, 'docs/screenshot.png');
const server = await serve(path.join(ROOT, 'www'));
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1240 }, deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"][data-below]', { timeout: 20000 });
  // The viewport ends just below the counterclaim's paragraph: nothing is
  // cut mid-line, and with no room left below the claim the tooltip opens
  // above it, over plain text, rather than over the claims that follow.
  const counter = '#article .cl-counter.cl-first';
  // Halfway to the next paragraph, whose highlights reach above its text.
  const bottom = await page.$eval(counter, (el) => {
    const p = el.closest('p');
    const end = p.getBoundingClientRect().bottom;
    const next = p.nextElementSibling?.getBoundingClientRect().top ?? end + 32;
    return (end + next) / 2;
  });
  await page.setViewportSize({ width: 1440, height: Math.ceil(bottom) });
  await page.hover(counter);
  await page.waitForSelector('#claimlens-tip:not([hidden])');
  const [tip, anchor] = await Promise.all(
    ['#claimlens-tip', counter].map((s) => page.$eval(s, (el) => el.getClientRects()[0].toJSON())),
  );
  if (tip.bottom > anchor.top) throw new Error('the tooltip opened over the claims below its own');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
