// The Web Worker behind `annotateAsync`. It is handed the compiled
// WebAssembly.Module by the page, then answers one message per text.

import { initSync, annotate } from './claimlens.js';

self.addEventListener('message', ({ data }) => {
  if (data.type === 'init') {
    initSync({ module: data.module });
    return;
  }
  try {
    self.postMessage({ id: data.id, ok: true, result: annotate(data.text, data.options) });
  } catch (err) {
    const error = { name: err?.name || 'Error', message: String(err?.message ?? err) };
    self.postMessage({ id: data.id, ok: false, error });
  }
});
