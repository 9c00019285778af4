/* tslint:disable */
/* eslint-disable */

/**
 * A half-open range `[start, end)` in UTF-16 code units: the same indices as
 * `String.prototype.slice` on the annotated text.
 */
export type Utf16Span = [number, number];

/** One speaker of `Annotations.speakers`. */
export type Speaker = JsonSpeaker;

/** One claim or counterclaim of `Annotations.claims`. */
export type Claim = JsonClaim;


/**
 * A claim in JSON. `cue`, `source` and `counters` are `null` when absent.
 */
export interface JsonClaim {
    /**
     * `c1`, `c2`, …
     */
    id: string;
    /**
     * The id of its speaker, or `null`.
     */
    speaker: string | null;
    /**
     * `direct`, `indirect` or `mixed`.
     */
    kind: ClaimKind;
    /**
     * `claim` or `counterclaim`.
     */
    role: Role;
    /**
     * UTF-16 range of the cue ("said", "according to").
     */
    cue: Utf16Span | null;
    /**
     * What the cue says the speaker did: `assert`, `deny`, `accuse`, …
     */
    category: CueCategory;
    /**
     * UTF-16 range of the source mention.
     */
    source: Utf16Span | null;
    /**
     * UTF-16 range of the content.
     */
    content: Utf16Span;
    /**
     * The id of the claim this one disputes, or `null`.
     */
    counters: string | null;
    /**
     * From 0 to 1, how sure the rules are.
     */
    confidence: number;
}

/**
 * A speaker in JSON: `{"id": "s1", "name": …, "kind": "person", "mentions": [[a, b], …]}`.
 */
export interface JsonSpeaker {
    /**
     * `s1`, `s2`, …
     */
    id: string;
    /**
     * The fullest proper name the article gives.
     */
    name: string;
    /**
     * `person`, `organization` or `group`.
     */
    kind: SpeakerKind;
    /**
     * UTF-16 ranges of the speaker's mentions.
     */
    mentions: Utf16Span[];
}

/**
 * How the content of a claim is reported.
 */
export type ClaimKind = "direct" | "indirect" | "mixed";

/**
 * One annotated article in the corpus format (UTF-16 offsets).
 */
export interface Annotations {
    /**
     * The article's id, when it came from a corpus file or a named file.
     */
    id?: string;
    /**
     * Every speaker with at least one claim.
     */
    speakers: JsonSpeaker[];
    /**
     * Claims and counterclaims in text order.
     */
    claims: JsonClaim[];
}

/**
 * Options for `annotate` (and `annotateAsync`, which takes a few more).
 * Every field is optional; an unknown field is an error, so a misspelt
 * option does not go unnoticed.
 */
export interface AnnotateOptions {
    /**
     * The largest text accepted, in **UTF-8 bytes** (not UTF-16 code units):
     * a longer text throws a `RangeError`. Default 64 MiB.
     */
    maxLen?: number;
}

/**
 * What sort of source a speaker is.
 */
export type SpeakerKind = "person" | "organization" | "group";

/**
 * What the cue says the speaker did with the content.
 */
export type CueCategory = "assert" | "accuse" | "deny" | "criticise" | "warn" | "concede" | "predict" | "belief" | "insist" | "respond";

/**
 * Whether a claim makes a point or disputes another.
 */
export type Role = "claim" | "counterclaim";


declare function __wbg_reset_state(): void;

/**
 * Annotates `text` (exported to JavaScript as `annotate`).
 *
 * Returns the speakers and claims as a plain object, field for field the
 * JSON that the `claimlens annotate` command prints for the same text, with
 * offsets in UTF-16 code units into `text`.
 *
 * # Errors
 *
 * Throws a `TypeError` when `text` is not a string or `options` is not a
 * valid [`AnnotateOptions`] object, and a `RangeError` when the text is over
 * `options.maxLen` bytes.
 */
export function annotate(text: string, options?: AnnotateOptions): Annotations;

/**
 * The version of the claimlens crate this module was built from (exported
 * to JavaScript as `version`).
 */
export function version(): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly annotate: (a: any, b: number) => [number, number, number];
    readonly version: () => [number, number];
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
