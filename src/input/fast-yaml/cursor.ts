/**
 * The fast reader's cursor: lines, indentation, comments, document markers, anchors and aliases,
 * and the offsets of the node just read (see ../fast-yaml.ts for the contract).
 */
import type { PosNode } from '../fast-yaml.ts';
import { COLON, CR, DASH, DQ, giveUp, HASH, LF, SP, SQ, TAB } from './scalars.ts';

export class Cursor {
  /** Start of the current content line, and its indentation (-1 at a document marker or the end). */
  ls = 0;
  ind = -1;

  /** Set after a node: offset just past its last line (the `yaml` package's node end). */
  lastEnd = 0;

  /** Offsets of the node just read, when `withPos`. */
  np: PosNode | undefined;

  constructor(
    readonly t: string,
    readonly withPos: boolean,
    /** Aliases a document may hold before this reader leaves it to the `yaml` package's alias limit. */
    readonly maxAliases: number,
    /** Flow collections nested deeper than this are left to the loader's depth limit. */
    readonly maxFlowDepth: number,
    /**
     * Build values (else offsets only: for a document already read once, whose values are known;
     * plain scalars are not resolved and collections stay empty).
     */
    readonly values: boolean,
  ) {}

  // -- anchors and aliases (document-scoped) --
  anchors = new Map<string, { v: unknown; p: PosNode | undefined }>();

  aliases = 0;

  /** Anchored nodes being read: an alias inside one makes the yaml package's alias count nonlinear. */
  openAnchors = 0;

  /** The name of an anchor or alias whose indicator is at `q`; sets `qEnd` past it. */
  anchorName(q: number): string {
    const t = this.t;
    let i = q + 1;
    for (;;) {
      const c = t.charCodeAt(i);
      if (Number.isNaN(c) || c === SP || c === TAB || c === LF || c === CR || c === 44 || c === 91 || c === 93 || c === 123 || c === 125) break;
      i++;
    }
    if (i === q + 1) giveUp('empty anchor name');
    this.qEnd = i;
    return t.slice(q + 1, i);
  }

  /** `*name` at `q`: the anchored value (the same object, as the yaml package gives). */
  alias(q: number): unknown {
    const name = this.anchorName(q);
    const a = this.anchors.get(name);
    if (!a || this.openAnchors > 0 || ++this.aliases > this.maxAliases) giveUp('alias');
    if (this.withPos) this.np = { k: 3, s: q, e: this.qEnd, target: a!.p! };
    if (typeof a!.v === 'object' && a!.v !== null) this.aliasedCollection = true;
    return a!.v;
  }

  /** Set when an alias in the current document stands for a mapping or sequence. */
  aliasedCollection = false;

  /** End of the line holding `p` (offset of its `\n`, or of `\r\n`, or the text's end). */
  eol(p: number): number {
    const nl = this.t.indexOf('\n', p);
    if (nl === -1) return this.t.length;
    return nl > 0 && this.t.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
  }

  /** Offset of the start of the line after the one holding `p`. */
  nextLine(p: number): number {
    const nl = this.t.indexOf('\n', p);
    return nl === -1 ? this.t.length : nl + 1;
  }

  isMarker(p: number): boolean {
    const t = this.t;
    if (t.charCodeAt(p) !== DASH || t.charCodeAt(p + 1) !== DASH || t.charCodeAt(p + 2) !== DASH) {
      if (t.charCodeAt(p) === 46 && t.charCodeAt(p + 1) === 46 && t.charCodeAt(p + 2) === 46) {
        const c = t.charCodeAt(p + 3);
        if (Number.isNaN(c) || c === SP || c === TAB || c === LF || c === CR) giveUp('document end marker');
      }
      return false;
    }
    const c = t.charCodeAt(p + 3);
    return Number.isNaN(c) || c === SP || c === TAB || c === LF || c === CR;
  }

  /** From the line starting at `p`, skip blank and comment-only lines; set `ls`/`ind`. */
  seek(p: number): void {
    const t = this.t;
    const n = t.length;
    while (p < n) {
      let q = p;
      while (q < n && t.charCodeAt(q) === SP) q++;
      const c = q < n ? t.charCodeAt(q) : LF;
      if (c === LF) {
        p = q + 1;
        continue;
      }
      if (c === CR && t.charCodeAt(q + 1) === LF) {
        p = q + 2;
        continue;
      }
      if (c === HASH) {
        p = this.nextLine(q);
        continue;
      }
      if (c === TAB || c === CR) giveUp('tab or lone CR');
      this.ls = p;
      const marker = q === p && this.isMarker(p);
      // a line starting `---` that is not a marker: kubectl refuses it or splits there (goyaml.ts)
      if (!marker && q === p && c === DASH && t.charCodeAt(p + 1) === DASH && t.charCodeAt(p + 2) === DASH) giveUp('--- line');
      this.ind = marker ? -1 : q - p;
      return;
    }
    this.ls = n;
    this.ind = -1;
  }

  /** After a value ending at `q`: only spaces and a comment may follow on the line. Moves to the next content line. */
  endLine(q: number): void {
    const t = this.t;
    while (t.charCodeAt(q) === SP) q++;
    const c = t.charCodeAt(q);
    if (c === HASH) {
      if (t.charCodeAt(q - 1) !== SP) giveUp('comment without space');
    } else if (!(Number.isNaN(c) || c === LF || (c === CR && t.charCodeAt(q + 1) === LF))) {
      giveUp('content after value');
    }
    const next = this.nextLine(q);
    this.lastEnd = next;
    this.seek(next);
  }

  // -- nodes --

  /** True when offset `p` is a separator: space, line end, or the text's end. */
  sepAfter(p: number): boolean {
    const c = this.t.charCodeAt(p);
    return Number.isNaN(c) || c === SP || c === LF || (c === CR && this.t.charCodeAt(p + 1) === LF) || c === TAB;
  }

  scalarPos(s: number, e: number): void {
    if (this.withPos) this.np = { k: 0, s, e };
  }

  /** End offset of the last quoted scalar or flow collection read. */
  qEnd = 0;

  keyEnd = 0;

  /** True when the line from `p` is a `key: …` (a `: ` outside quotes before any comment). */
  keyLine(p: number): boolean {
    const t = this.t;
    const c = t.charCodeAt(p);
    if (c === DQ || c === SQ || c === 91 || c === 123) return true; // quoted key or flow: left to the yaml package
    const end = this.eol(p);
    for (let i = p; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch === COLON && this.sepAfter(i + 1)) return true;
      if (ch === HASH && t.charCodeAt(i - 1) === SP) return false;
    }
    return false;
  }

  lineStartOf(p: number): number {
    return this.t.lastIndexOf('\n', p - 1) + 1;
  }
}
