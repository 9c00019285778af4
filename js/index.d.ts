// Types of the JavaScript API. The data types (Annotations, Speaker, Claim,
// AnnotateOptions, …) are generated from the Rust types into claimlens.d.ts;
// this file declares the hand-written JavaScript parts around them.

import type {
  Annotations,
  AnnotateOptions,
  Claim,
  ClaimKind,
  CueCategory,
  Role,
  Speaker,
  SpeakerKind,
  Utf16Span,
  InitInput,
  SyncInitInput,
} from './claimlens.js';

export type {
  Annotations,
  AnnotateOptions,
  Claim,
  ClaimKind,
  CueCategory,
  Role,
  Speaker,
  SpeakerKind,
  Utf16Span,
  InitInput,
  SyncInitInput,
};

/**
 * Loads the WebAssembly module; call (and await) it once before `annotate`.
 * Without an argument it fetches `claimlens_bg.wasm` from beside the package
 * files. Calling it again returns the same promise.
 */
export default function init(
  input?: InitInput | Promise<InitInput> | { module_or_path: InitInput | Promise<InitInput> },
): Promise<void>;

/**
 * Loads the module synchronously, from the bytes of `claimlens_bg.wasm` or a
 * compiled `WebAssembly.Module` (node: `initSync({ module: readFileSync(url) })`).
 */
export function initSync(input: { module: SyncInitInput } | SyncInitInput): void;

/** True once `init` or `initSync` has finished. */
export function isReady(): boolean;

/** The version of the claimlens crate inside the module. */
export function version(): string;

/**
 * Finds the speakers, claims and counterclaims of `text`.
 *
 * Returns exactly the JSON that `claimlens annotate` prints for the same
 * text; every span is `[start, end)` in UTF-16 code units, so
 * `text.slice(claim.content[0], claim.content[1])` is the claim's content.
 *
 * @throws TypeError when `text` is not a string or `options` is malformed.
 * @throws RangeError when `text` is longer than `options.maxLen` bytes of UTF-8.
 * @throws Error when called before `init()`.
 */
export function annotate(text: string, options?: AnnotateOptions): Annotations;

/** Options of `annotateAsync`: those of `annotate`, plus where to run. */
export interface AnnotateAsyncOptions extends AnnotateOptions {
  /**
   * `'auto'` (default) uses a Web Worker for texts over 4,000 UTF-16 code
   * units (about one frame's work); `true` always, `false` never. Without Worker support (node, a
   * CSP without worker-src 'self') the text is annotated on this thread.
   */
  worker?: boolean | 'auto';
  /** Rejects the promise with `signal.reason` when aborted. */
  signal?: AbortSignal;
}

/**
 * `annotate` without blocking the page: long texts are annotated in a Web
 * Worker. Resolves with the same value `annotate` returns.
 */
export function annotateAsync(text: string, options?: AnnotateAsyncOptions): Promise<Annotations>;

/** Options of `mount`. */
export interface MountOptions {
  /**
   * Annotations made earlier from exactly `element.textContent` (for example
   * by `annotateAsync`); by default `mount` calls `annotate` itself.
   */
  annotations?: Annotations;
  /** Show the hover/focus tooltip (default true). */
  tooltip?: boolean;
  /** Default speaker colours, overridden by `--claimlens-speaker-N` in CSS. */
  palette?: string[];
}

/** Which claims `Mount.filter` keeps marked. */
export interface MountFilter {
  /** Speaker ids to show; `null` or absent for all. */
  speakers?: string[] | null;
  /** Roles to show; `null` or absent for both. */
  roles?: Role[] | null;
}

/** The markup that `mount` put over one element. */
export class Mount {
  private constructor();
  /** The marked-up element. */
  readonly element: Element;
  /** The element's textContent when it was mounted: what the offsets index. */
  readonly text: string;
  /** The annotations shown. */
  readonly annotations: Annotations;
  /** True until `unmount()`. */
  readonly mounted: boolean;
  /** The CSS colour of a speaker as the markup uses it (a `var(...)` expression). */
  speakerColor(speakerId: string | null): string;
  /** The wrapper elements of a claim's content, cue and source. */
  claimElements(claimId: string): HTMLElement[];
  /** The element id of a claim's focus stop (its first content piece). */
  claimAnchorId(claimId: string): string | null;
  /** Scrolls to a claim, focuses and flashes it; fires `claimlens-jump`. */
  jumpTo(claimId: string, fromId?: string | null): void;
  /** Keeps only some claims marked; the rest stay as plain text. */
  filter(filter?: MountFilter): void;
  /** Takes the markup out: the element's innerHTML is exactly as before. */
  unmount(): void;
}

/**
 * Marks up the existing text of `element` in place: each speaker's mentions
 * and claims in the speaker's colour, counterclaims hatched with a wavy
 * underline, and a tooltip on hover and keyboard focus telling who said it,
 * the cue, and for a counterclaim the claim it disputes (Enter jumps there).
 * Only text nodes are split and wrapped; links, emphasis and listeners keep
 * working. Mounting an element again first undoes the earlier mount.
 *
 * @param element an Element, or a CSS selector for one.
 * @throws TypeError when no element is given or found, or options are malformed.
 * @throws RangeError when `options.annotations` does not fit the element's text.
 */
export function mount(element: Element | string, options?: MountOptions): Mount;

/**
 * `<claim-lens>`: annotates its own content and marks it up in place, again
 * whenever the content changes. Attribute `no-tooltip` turns the tooltip off.
 * Fires `claimlens-annotated` (detail: Annotations) and `claimlens-error`.
 */
export class ClaimLensElement extends HTMLElement {
  /** The annotations of the current content, or null before the first pass. */
  readonly annotations: Annotations | null;
  /** The mount over the content, or null. */
  readonly mount: Mount | null;
  /** Resolves with the annotations once the current content is marked up. */
  readonly ready: Promise<Annotations>;
  /** Annotates the current content again. */
  refresh(): Promise<Annotations>;
}

/** Defines `<claim-lens>` (or `name`) once, and returns its class. */
export function defineElement(name?: string): typeof ClaimLensElement;

/** The default speaker colours, in order. */
export const PALETTE: readonly string[];

/** The CSS colour of the speaker at `index` (0-based; -1 for none). */
export function speakerColor(index: number, palette?: readonly string[]): string;

declare global {
  interface HTMLElementTagNameMap {
    'claim-lens': ClaimLensElement;
  }
  interface HTMLElementEventMap {
    'claimlens-annotated': CustomEvent<Annotations>;
    'claimlens-error': CustomEvent<Error>;
    'claimlens-jump': CustomEvent<{ from: string | null; to: string }>;
  }
}
