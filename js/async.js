// `annotateAsync`: annotation off the main thread, in a module Web Worker.
//
// Short texts are annotated in place (a worker round trip costs more than
// they do); long ones go to one shared worker, which receives the already
// compiled WebAssembly.Module from this thread. Where no worker can start
// (node, a Content-Security-Policy without worker-src 'self'), the work runs
// on this thread after yielding once to the event loop.

import { annotate, compiledModule, isReady } from './core.js';

/**
 * Texts longer than this (UTF-16 code units) go to the worker under
 * `worker: 'auto'`: the engine reads about 0.25 MB/s in wasm, so this is
 * roughly what it annotates within one 16 ms frame.
 */
export const WORKER_THRESHOLD = 4000;

let worker = null; // the Worker, `false` once it proved unusable
let nextId = 1;
const pending = new Map(); // id -> { resolve, reject, text, options }

function rebuildError(e) {
  const Class = { TypeError, RangeError }[e.name] || Error;
  const err = new Class(e.message);
  if (err.name !== e.name) err.name = e.name;
  return err;
}

function onThisThread(text, options) {
  return new Promise((resolve) => setTimeout(resolve, 0)).then(() => annotate(text, options));
}

function abandonWorker() {
  if (worker) worker.terminate();
  worker = false;
  // Whatever was in flight is redone here rather than lost.
  for (const [id, job] of pending) {
    pending.delete(id);
    onThisThread(job.text, job.options).then(job.resolve, job.reject);
  }
}

function startWorker() {
  if (worker !== null) return worker;
  if (typeof Worker !== 'function') return (worker = false);
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'claimlens' });
  } catch {
    return (worker = false);
  }
  worker.addEventListener('message', ({ data }) => {
    const job = pending.get(data.id);
    if (!job) return;
    pending.delete(data.id);
    if (data.ok) job.resolve(data.result);
    else {
      job.reject(rebuildError(data.error));
      // A panic leaves the worker's instance to be rebuilt on its next call,
      // which wasm-bindgen does; nothing more to do here.
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    abandonWorker();
  });
  worker.addEventListener('messageerror', abandonWorker);
  worker.postMessage({ type: 'init', module: compiledModule() });
  return worker;
}

/**
 * Annotates `text` without blocking the page. See index.d.ts.
 */
export function annotateAsync(text, options = {}) {
  if (!isReady()) {
    return Promise.reject(
      new Error("claimlens.annotateAsync: the WebAssembly module is not loaded yet; call `await init()` first"),
    );
  }
  if (typeof text !== 'string') {
    return Promise.reject(new TypeError(`claimlens.annotateAsync: text must be a string, got ${text === null ? 'null' : typeof text}`));
  }
  if (options === null || typeof options !== 'object') {
    return Promise.reject(new TypeError(`claimlens.annotateAsync: options must be an object, got ${options === null ? 'null' : typeof options}`));
  }
  const { worker: mode = 'auto', signal, ...annotateOptions } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const useWorker = mode === true || (mode === 'auto' && text.length > WORKER_THRESHOLD);
  const w = useWorker ? startWorker() : false;
  const job = w
    ? new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject, text, options: annotateOptions });
        w.postMessage({ type: 'annotate', id, text, options: annotateOptions });
      })
    : onThisThread(text, annotateOptions);
  if (!signal) return job;
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    job.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
