// Takes the README's screenshot of the host page: the seed article marked
// up, with the tooltip of its counterclaim open.
//   node tests/browser/screenshot.mjs [out.png]     (after scripts/build-pkg.sh)

import path from 'node:path';
import { ROOT, serve, launch } from './helpers.mjs';

const out = process.argv[2] || path.join(ROOT, 'docs/screenshot.png');
const server = await serve(path.join(ROOT, 'www'));
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1240 }, deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20000 });
  const counter = await page.$('#article .cl-counter.cl-first');
  if (counter) {
    await counter.hover();
    await page.waitForSelector('#claimlens-tip:not([hidden])');
  }
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
