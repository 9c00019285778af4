// Loading the WebAssembly module, and the synchronous `annotate`.
//
// wasm-bindgen's glue (`./claimlens.js`) instantiates the module; this file
// compiles it first, so that the same `WebAssembly.Module` can be handed to
// the Web Worker of `annotateAsync` without fetching it twice, and so that a
// call made before initialisation gets a clear error instead of a
// `TypeError` from deep inside the glue.

import wbgInit, {
  initSync as wbgInitSync,
  annotate as wbgAnnotate,
  version as wbgVersion,
} from './claimlens.js';

let compiled = null; // the WebAssembly.Module, once known
let ready = null; // the promise of the first `init`

function notReady(fn) {
  return new Error(
    `claimlens.${fn}: the WebAssembly module is not loaded yet; ` +
      "call `await init()` (or `initSync({ module })`) first",
  );
}

async function compile(source) {
  source = await source;
  if (source instanceof WebAssembly.Module) return source;
  if (typeof source === 'string' || source instanceof URL) source = fetch(source);
  else if (typeof Request === 'function' && source instanceof Request) source = fetch(source);
  source = await source;
  if (typeof Response === 'function' && source instanceof Response) {
    if (!source.ok) {
      throw new Error(`claimlens.init: could not load ${source.url}: HTTP ${source.status}`);
    }
    const type = source.headers.get('Content-Type') || '';
    if (type.startsWith('application/wasm')) return WebAssembly.compileStreaming(source);
    // Some servers send .wasm as application/octet-stream: compile the bytes.
    return WebAssembly.compile(await source.arrayBuffer());
  }
  if (ArrayBuffer.isView(source) || source instanceof ArrayBuffer) {
    return WebAssembly.compile(source);
  }
  throw new TypeError(
    'claimlens.init: expected a URL, a Response, bytes or a WebAssembly.Module, got ' +
      Object.prototype.toString.call(source),
  );
}

/**
 * Loads the WebAssembly module. Without an argument it fetches
 * `claimlens_bg.wasm` from beside this file (bundlers follow the
 * `new URL(..., import.meta.url)` to copy it). Calling it again returns the
 * same promise.
 */
export default function init(input) {
  if (input !== undefined && input !== null && Object.getPrototypeOf(input) === Object.prototype) {
    input = input.module_or_path ?? input.module;
  }
  if (ready) return ready;
  const source = input ?? new URL('./claimlens_bg.wasm', import.meta.url);
  ready = compile(source)
    .then(async (module) => {
      compiled = module;
      await wbgInit({ module_or_path: module });
    })
    .catch((err) => {
      ready = null;
      throw err;
    });
  return ready;
}

/** Loads the module synchronously from its bytes or a `WebAssembly.Module`. */
export function initSync(input) {
  if (compiled) return;
  let module = input;
  if (module !== null && typeof module === 'object' && Object.getPrototypeOf(module) === Object.prototype) {
    module = module.module;
  }
  if (!(module instanceof WebAssembly.Module)) {
    if (!(ArrayBuffer.isView(module) || module instanceof ArrayBuffer)) {
      throw new TypeError('claimlens.initSync: expected { module } holding the bytes of claimlens_bg.wasm or a WebAssembly.Module');
    }
    module = new WebAssembly.Module(module);
  }
  wbgInitSync({ module });
  compiled = module;
  ready = Promise.resolve();
}

/** True once `init` or `initSync` has finished. */
export function isReady() {
  return compiled !== null;
}

/** The compiled module, for a worker; `null` before initialisation. */
export function compiledModule() {
  return compiled;
}

/** Resolves when the module is loaded, loading it from the default URL if nobody has. */
export function ensureReady() {
  return ready ?? init();
}

/** Annotates `text` on this thread. See index.d.ts. */
export function annotate(text, options) {
  if (!compiled) throw notReady('annotate');
  return wbgAnnotate(text, options);
}

/** The version of the claimlens crate inside the module. */
export function version() {
  if (!compiled) throw notReady('version');
  return wbgVersion();
}
