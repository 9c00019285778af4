// claimlens: who speaks, what they claim, and who disputes whom.
// The public entry point; types and documentation in index.d.ts.

export { default, initSync, annotate, version, isReady } from './core.js';
export { annotateAsync } from './async.js';
export { mount, Mount } from './mount.js';
export { ClaimLensElement, defineElement } from './element.js';
export { speakerColor, PALETTE } from './style.js';
