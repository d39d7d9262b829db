/**
 * A fast reader for the YAML that manifests are made of, with the `yaml` package as its fallback.
 *
 * Why: parsing is nearly all of an audit's cost (bench/RESULTS.md). The `yaml` package builds a
 * concrete syntax tree, then a document tree, then plain values — three allocations per node, and a
 * peak heap of 6–10× the text. Manifests use a small, regular part of YAML: block mappings and
 * sequences, plain and quoted one-line scalars, literal/folded block scalars, one-line flow
 * collections, comments and `---`. This reader handles exactly that part, in one pass over the
 * text, straight to plain values.
 *
 * The contract is all-or-nothing: for any input it either returns what `parseAllDocuments` +
 * `toJS` (with src/input/tree.ts's PARSE_OPTIONS: YAML 1.1, go-yaml floats) would return — the
 * same values, document indexes and node offsets — or it gives up (`undefined`) and the caller
 * uses the `yaml` package for the whole file. It gives up on everything outside that part:
 * anchors, aliases, tags, merge keys, directives, `...`, complex keys, multi-line plain or quoted
 * scalars, multi-line flow collections, tabs in indentation, duplicate keys, timestamps and
 * sexagesimal numbers, and anything the `yaml` package would report as an error. So syntax
 * errors are always worded by the `yaml` package. test/input/fast-yaml.test.ts holds it to the
 * contract, value for value and offset for offset, on the fixtures, the shared corpus and
 * generated inputs.
 *
 * Parts (src/input/fast-yaml/): cursor.ts (lines, comments, markers, anchors and aliases),
 * scalar-reader.ts, flow-reader.ts, reader.ts (block mappings and sequences, documents),
 * scalars.ts (scalar resolution and character classes), and locator.ts (the offsets of one path,
 * walked to without a full positions pass).
 */

import { Reader } from './fast-yaml/reader.ts';
import { GiveUp } from './fast-yaml/scalars.ts';

/** Offsets of a node, as the `yaml` package gives them: `s` start, `e` end of the value. */
export interface PosScalar {
  k: 0;
  s: number;
  e: number;
}
export interface PosMap {
  k: 1;
  s: number;
  e: number;
  /** Keys in order, as JS object keys. */
  keys: string[];
  /** Start and end offset of each key. */
  ks: number[];
  ke: number[];
  vals: PosNode[];
}
export interface PosSeq {
  k: 2;
  s: number;
  e: number;
  items: PosNode[];
}
/** An alias (`*name`): its own offsets, and the node it stands for. */
export interface PosAlias {
  k: 3;
  s: number;
  e: number;
  target: PosNode;
}
export type PosNode = PosScalar | PosMap | PosSeq | PosAlias;

export interface FastDocument {
  /** null for an empty document (`---` followed by nothing). */
  value: unknown;
  /** [start, end]: the `---` marker or first content, and where the next document starts. */
  range: [number, number];
  /** Offsets of every node (only when asked for). */
  pos?: PosNode;
  /**
   * Where the root node starts (`pos.s`, known without recording positions), unless an anchor is
   * written before it: a message can name an object's line without a positions pass.
   */
  rootStart?: number;
  /** An alias in the document stands for a mapping or a sequence (the same object appears twice). */
  aliasedCollection?: true;
}

/**
 * Control characters, BOMs and non-characters: left to the `yaml` package and its diagnostics; and
 * YAML 1.1 line breaks YAML 1.2 does not know (a lone CR, NEL, LS, PS: goyaml.ts reads them as kubectl).
 */
const UNUSUAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;

export interface FastParseOptions {
  /** Record every node's offsets (FastDocument.pos). */
  withPos?: boolean;
  /** Give up on a document with more aliases (default 100; the loader passes its maxAliasCount if lower). */
  maxAliases?: number;
  /** Give up on flow collections nested deeper (default 200). */
  maxFlowDepth?: number;
  /** With withPos: offsets only, no values (FastDocument.value is then an empty collection). */
  positionsOnly?: boolean;
}

/**
 * The documents of `text` as the `yaml` package would give them, or undefined when this reader
 * does not handle something in it (then use the `yaml` package). With `withPos`, every node's offsets.
 */
export function fastParse(text: string, opts: FastParseOptions = {}): FastDocument[] | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    const withPos = opts.withPos ?? false;
    return new Reader(text, withPos, opts.maxAliases ?? 100, opts.maxFlowDepth ?? 200, !(withPos && opts.positionsOnly)).documents();
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    if (e instanceof RangeError) return undefined; // stack: deep nesting is the `yaml` package's to report
    throw e;
  }
}

/** Why the reader gives up on `text` (for tests and profiling), or undefined if it does not. */
export function fastParseGiveUpReason(text: string): string | undefined {
  try {
    new Reader(text, false, 100, 200, true).documents();
    return undefined;
  } catch (e) {
    if (e instanceof GiveUp) return e.why;
    return String(e);
  }
}
