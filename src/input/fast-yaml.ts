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
 */

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
}

function trimEndBlanks(s: string): string {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9)) e--;
  return e === s.length ? s : s.slice(0, e);
}

class GiveUp {
  constructor(readonly why: string) {}
}
const giveUp = (why: string): never => {
  throw new GiveUp(why);
};

// ---- scalar resolution: YAML 1.1 as the `yaml` package's yaml-1.1 schema, floats as go-yaml ----
// Tag order and tests follow node_modules/yaml/dist/schema/yaml-1.1/*.js; tree.ts narrows floats.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE = /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/;
const FALSE = /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/;
const INT_BIN = /^[-+]?0b[0-1_]+$/;
const INT_OCT = /^[-+]?0[0-7_]+$/;
const INT_DEC = /^[-+]?[0-9][0-9_]*$/;
const INT_HEX = /^[-+]?0x[0-9a-fA-F_]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const GO_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// Resolved by tags this reader leaves to the `yaml` package (sexagesimal numbers, timestamps).
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const TIMESTAMP_START = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;

function intResolve(str: string, offset: number, radix: number): number {
  const sign = str[0];
  if (sign === '-' || sign === '+') offset += 1;
  const n = parseInt(str.substring(offset).replace(/_/g, ''), radix);
  return sign === '-' ? -1 * n : n;
}

/** Characters that can start a plain scalar that is not a string. */
function mayResolve(c: number): boolean {
  // - + . 0-9 ~ < N n Y y T t F f O o
  return (
    c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57) || c === 126 || c === 60 ||
    c === 78 || c === 110 || c === 89 || c === 121 || c === 84 || c === 116 || c === 70 || c === 102 || c === 79 || c === 111
  );
}

export function resolvePlain(s: string): unknown {
  if (s.length === 0) return null;
  if (!mayResolve(s.charCodeAt(0))) return s;
  if (NULL.test(s)) return null;
  if (TRUE.test(s)) return true;
  if (FALSE.test(s)) return false;
  if (INT_BIN.test(s)) return intResolve(s, 2, 2);
  if (INT_OCT.test(s)) return intResolve(s, 1, 8);
  if (INT_DEC.test(s)) return intResolve(s, 0, 10);
  if (INT_HEX.test(s)) return intResolve(s, 2, 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (GO_FLOAT_EXP.test(s) || GO_FLOAT.test(s)) return parseFloat(s);
  if (s === '<<' || SEXAGESIMAL.test(s) || TIMESTAMP_START.test(s)) giveUp('merge key, sexagesimal or timestamp');
  return s;
}

// ---- the reader ----

const SP = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQ = 34;
const SQ = 39;

/** Characters that cannot start a plain scalar here (they are indicators or reserved). */
function indicator(c: number): boolean {
  // & * ! | > ' " % @ ` ? [ ] { } , #
  return (
    c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96 ||
    c === 63 || c === 91 || c === 93 || c === 123 || c === 125 || c === 44 || c === HASH
  );
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', ' ': ' ' };

class Reader {
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
    return a!.v;
  }

  /**
   * `&name` at `q` before a value in a mapping at column `col` (or a sequence item at `col`): the
   * value on the same line, or on the following lines.
   */
  anchored(q: number, col: number): unknown {
    const t = this.t;
    const name = this.anchorName(q);
    let p = this.qEnd;
    while (t.charCodeAt(p) === SP) p++;
    const c = t.charCodeAt(p);
    this.openAnchors++;
    let v: unknown;
    if (Number.isNaN(c) || c === LF || c === CR || c === HASH) {
      const empty = p;
      this.endLine(p);
      if (this.ind > col) {
        const at = this.ls + this.ind;
        const first = t.charCodeAt(at);
        if (first === 38 || first === 42 || first === 33) giveUp('properties on the next line');
        v = this.node(at, this.ind, col);
      } else {
        v = null;
        if (this.withPos) this.np = { k: 0, s: empty, e: empty };
      }
    } else {
      if (c === 38 || c === 42 || c === 33 || c === TAB) giveUp('anchor before a property or alias');
      v = this.inline(p, col, true);
    }
    this.openAnchors--;
    this.anchors.set(name, { v, p: this.np });
    return v;
  }

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
      this.ind = q === p && this.isMarker(p) ? -1 : q - p;
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

  /** A node starting at `q` (column `col` of the current line), inside a parent indented `parent`. */
  node(q: number, col: number, parent: number): unknown {
    const t = this.t;
    const c = t.charCodeAt(q);
    if (c === DASH && this.sepAfter(q + 1)) return this.seq(q, col);
    if (c === DQ || c === SQ) {
      const s = q;
      const v = c === DQ ? this.dquoted(q, parent) : this.squoted(q, parent);
      const e = this.qEnd;
      let r = e;
      while (t.charCodeAt(r) === SP) r++;
      if (t.charCodeAt(r) === COLON && this.sepAfter(r + 1)) return this.map(q, col);
      this.scalarPos(s, e);
      this.endLine(e);
      return v;
    }
    if (c === 91 || c === 123) {
      const s = q;
      this.flowParent = parent;
      const v = this.flow(q);
      const e = this.qEnd;
      let r = e;
      while (t.charCodeAt(r) === SP) r++;
      if (t.charCodeAt(r) === COLON) giveUp('flow collection as key');
      if (this.withPos) this.np!.s = s;
      this.endLine(e);
      return v;
    }
    if (c === 124 || c === 62) return this.block(q, parent);
    if (indicator(c) || c === TAB) giveUp('indicator');
    // plain: a key if `: ` comes before the end of the line or a comment
    const end = this.eol(q);
    for (let i = q; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch === COLON) {
        if (this.sepAfter(i + 1)) return this.map(q, col);
      } else if (ch === HASH && (t.charCodeAt(i - 1) === SP || t.charCodeAt(i - 1) === TAB)) {
        break;
      }
    }
    return this.plainValue(q, parent);
  }

  /** True when offset `p` is a separator: space, line end, or the text's end. */
  sepAfter(p: number): boolean {
    const c = this.t.charCodeAt(p);
    return Number.isNaN(c) || c === SP || c === LF || (c === CR && this.t.charCodeAt(p + 1) === LF) || c === TAB;
  }

  scalarPos(s: number, e: number): void {
    if (this.withPos) this.np = { k: 0, s, e };
  }

  /**
   * A plain scalar value starting at `q`, inside a parent indented `parent`: to the end of the line
   * (or a comment), continued on following lines indented more than the parent (folded: one line
   * break becomes a space, k empty lines become k line feeds). Moves to the next content line.
   */
  plainValue(q: number, parent: number): unknown {
    const t = this.t;
    const end = this.eol(q);
    let e = end;
    let comment = false;
    for (let i = q; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch === HASH && t.charCodeAt(i - 1) === SP) {
        e = i;
        comment = true;
        break;
      }
      if (ch === TAB) giveUp('tab in plain scalar');
      if (ch === COLON && this.sepAfter(i + 1)) giveUp('mapping on a value line');
    }
    while (e > q && t.charCodeAt(e - 1) === SP) e--;
    let text = t.slice(q, e);
    if (!comment) {
      const n = t.length;
      let p = this.nextLine(end);
      let empties = 0;
      while (p < n) {
        let s = p;
        while (t.charCodeAt(s) === SP) s++;
        const c = t.charCodeAt(s);
        if (Number.isNaN(c) || c === LF || (c === CR && t.charCodeAt(s + 1) === LF)) {
          empties++;
          p = this.nextLine(s);
          continue;
        }
        if (s - p <= parent || c === HASH) break;
        if (c === TAB || c === CR) giveUp('tab in plain scalar');
        const le = this.eol(s);
        for (let i = s; i < le; i++) {
          const ch = t.charCodeAt(i);
          if (ch === TAB) giveUp('tab in plain scalar');
          if (ch === COLON && this.sepAfter(i + 1)) giveUp('mapping in a multi-line plain scalar');
          if (ch === HASH && t.charCodeAt(i - 1) === SP) giveUp('comment in a multi-line plain scalar');
        }
        let ce = le;
        while (ce > s && t.charCodeAt(ce - 1) === SP) ce--;
        text += (empties > 0 ? '\n'.repeat(empties) : ' ') + t.slice(s, ce);
        empties = 0;
        e = ce;
        p = this.nextLine(le);
      }
    }
    const v = this.values ? resolvePlain(text) : null;
    this.scalarPos(q, e);
    this.endLine(e);
    return v;
  }

  /**
   * A line break inside a quoted scalar at `i` (its `\n` or `\r`): folds it as YAML does (a space,
   * or k line feeds for k empty lines) and returns the offset of the next line's first character.
   * Continuation lines must be indented more than `parent`; -2 means the scalar must be one line.
   */
  quotedBreak(i: number, parent: number, escaped: boolean): { at: number; fold: string } {
    const t = this.t;
    if (parent === -2) giveUp('multi-line quoted key');
    const n = t.length;
    let p = this.nextLine(i);
    let empties = 0;
    for (;;) {
      if (p >= n) giveUp('quoted scalar not closed');
      let s = p;
      while (t.charCodeAt(s) === SP) s++;
      const c = t.charCodeAt(s);
      if (c === TAB) giveUp('tab in quoted scalar');
      if (c === LF || (c === CR && t.charCodeAt(s + 1) === LF)) {
        if (escaped) giveUp('escaped line break before an empty line');
        empties++;
        p = this.nextLine(s);
        continue;
      }
      if (s - p <= parent || (s === p && (this.isMarker(p) || c === 46))) giveUp('quoted scalar continuation not indented');
      return { at: s, fold: escaped ? '' : empties > 0 ? '\n'.repeat(empties) : ' ' };
    }
  }

  /** End offset of the last quoted scalar or flow collection read. */
  qEnd = 0;

  squoted(q: number, parent = -2): string {
    const t = this.t;
    let out = '';
    let from = q + 1;
    for (let i = q + 1; ; i++) {
      const c = t.charCodeAt(i);
      if (Number.isNaN(c)) giveUp('quoted scalar not closed');
      if (c === LF || c === CR) {
        out = trimEndBlanks(out + t.slice(from, i));
        const b = this.quotedBreak(i, parent, false);
        out += b.fold;
        from = b.at;
        i = b.at - 1;
        continue;
      }
      if (c === SQ) {
        if (t.charCodeAt(i + 1) === SQ) {
          out += t.slice(from, i + 1);
          from = i + 2;
          i++;
          continue;
        }
        this.qEnd = i + 1;
        return out + t.slice(from, i);
      }
    }
  }

  dquoted(q: number, parent = -2): string {
    const t = this.t;
    let out = '';
    let from = q + 1;
    // Length of `out` that escapes produced: white space they wrote is not trimmed at a line break.
    let kept = 0;
    for (let i = q + 1; ; i++) {
      const c = t.charCodeAt(i);
      if (Number.isNaN(c)) giveUp('quoted scalar not closed');
      if (c === LF || c === CR) {
        out += t.slice(from, i);
        out = out.slice(0, kept) + trimEndBlanks(out.slice(kept));
        const b = this.quotedBreak(i, parent, false);
        out += b.fold;
        kept = out.length;
        from = b.at;
        i = b.at - 1;
        continue;
      }
      if (c === DQ) {
        this.qEnd = i + 1;
        return out + t.slice(from, i);
      }
      if (c === 92) {
        out += t.slice(from, i);
        const e = t[i + 1];
        if (e === undefined) giveUp('escape at end');
        if (e === '\n' || e === '\r') {
          const b = this.quotedBreak(i + 1, parent, true);
          kept = out.length;
          from = b.at;
          i = b.at - 1;
          continue;
        }
        if (e === 'x' || e === 'u' || e === 'U') {
          const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          const hex = t.slice(i + 2, i + 2 + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) giveUp('bad escape');
          const cp = parseInt(hex, 16);
          if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) giveUp('surrogate escape');
          out += String.fromCodePoint(cp);
          i += 1 + len;
        } else {
          const r = ESCAPES[e!];
          if (r === undefined) giveUp('unusual escape');
          out += r;
          i += 1;
        }
        kept = out.length;
        from = i + 1;
      }
    }
  }

  /** A key at `q` (plain or quoted) up to its `:`; returns the key and sets `qEnd` past the colon. */
  key(q: number): string {
    const t = this.t;
    const c = t.charCodeAt(q);
    let k: unknown;
    let ke: number;
    let colon: number;
    if (c === DQ || c === SQ) {
      k = c === DQ ? this.dquoted(q) : this.squoted(q);
      ke = this.qEnd;
      colon = ke;
      while (t.charCodeAt(colon) === SP) colon++;
      if (t.charCodeAt(colon) !== COLON || !this.sepAfter(colon + 1)) giveUp('quoted key without colon');
    } else {
      if (indicator(c) || (c === DASH && this.sepAfter(q + 1))) giveUp('key indicator');
      const end = this.eol(q);
      colon = -1;
      for (let i = q; i < end; i++) {
        const ch = t.charCodeAt(i);
        if (ch === COLON && this.sepAfter(i + 1)) {
          colon = i;
          break;
        }
        if (ch === TAB || (ch === HASH && t.charCodeAt(i - 1) === SP)) break;
      }
      if (colon === -1) giveUp('no key');
      ke = colon;
      while (ke > q && t.charCodeAt(ke - 1) === SP) ke--;
      k = resolvePlain(t.slice(q, ke));
      if (k === null || typeof k === 'object') giveUp('null key');
    }
    const key = typeof k === 'string' ? k : String(k);
    if (key === '__proto__') giveUp('__proto__ key');
    this.keyEnd = ke;
    this.qEnd = colon + 1;
    return key;
  }

  keyEnd = 0;

  /** A block mapping whose keys sit at column `col`; the first key starts at `q`. */
  map(q: number, col: number): Record<string, unknown> {
    const t = this.t;
    const out: Record<string, unknown> = {};
    const pm: PosMap | undefined = this.withPos ? { k: 1, s: q, e: q, keys: [], ks: [], ke: [], vals: [] } : undefined;
    for (;;) {
      const ks = q;
      const key = this.key(q);
      if (this.values && Object.prototype.hasOwnProperty.call(out, key)) giveUp('duplicate key');
      const ke = this.keyEnd;
      let p = this.qEnd;
      while (t.charCodeAt(p) === SP) p++;
      const c = t.charCodeAt(p);
      let v: unknown;
      if (Number.isNaN(c) || c === LF || c === CR || c === HASH) {
        // value on the following lines, or none
        const empty = p;
        this.endLine(p);
        if (this.ind > col) {
          v = this.node(this.ls + this.ind, this.ind, col);
        } else if (this.ind === col && t.charCodeAt(this.ls + col) === DASH && this.sepAfter(this.ls + col + 1)) {
          v = this.seq(this.ls + col, col);
        } else {
          v = null;
          if (pm) this.np = { k: 0, s: empty, e: empty };
        }
      } else if (c === TAB) {
        return giveUp('tab after colon');
      } else {
        v = this.inline(p, col);
      }
      if (this.values) out[key] = v;
      if (pm) {
        pm.keys.push(key);
        pm.ks.push(ks);
        pm.ke.push(ke);
        pm.vals.push(this.np!);
      }
      if (this.ind !== col) {
        if (this.ind > col) giveUp('bad indentation');
        break;
      }
      q = this.ls + col;
      if (t.charCodeAt(q) === DASH && this.sepAfter(q + 1)) giveUp('sequence entry in mapping');
    }
    if (pm) {
      pm.e = this.lastEnd;
      this.np = pm;
    }
    return out;
  }

  /** A value that starts on the key's line at `p`, in a mapping at column `col`. */
  inline(p: number, col: number, afterAnchor = false): unknown {
    const t = this.t;
    const c = t.charCodeAt(p);
    if (c === 38 && !afterAnchor) return this.anchored(p, col);
    if (c === 42) {
      const v = this.alias(p);
      this.endLine(this.qEnd);
      return v;
    }
    if (afterAnchor && this.keyLine(p)) giveUp('anchor on a key');
    if (c === DQ || c === SQ) {
      const v = c === DQ ? this.dquoted(p, col) : this.squoted(p, col);
      this.scalarPos(p, this.qEnd);
      this.endLine(this.qEnd);
      return v;
    }
    if (c === 91 || c === 123) {
      this.flowParent = col;
      const v = this.flow(p);
      if (this.withPos) this.np!.s = p;
      this.endLine(this.qEnd);
      return v;
    }
    if (c === 124 || c === 62) return this.block(p, col);
    if (indicator(c) || (c === DASH && this.sepAfter(p + 1))) giveUp('indicator in value');
    return this.plainValue(p, col);
  }

  /** A block sequence whose `-` sit at column `col`; the first is at `q`. */
  seq(q: number, col: number): unknown[] {
    const t = this.t;
    const out: unknown[] = [];
    const ps: PosSeq | undefined = this.withPos ? { k: 2, s: q, e: q, items: [] } : undefined;
    for (;;) {
      let p = q + 1;
      while (t.charCodeAt(p) === SP) p++;
      const c = t.charCodeAt(p);
      let v: unknown;
      if (Number.isNaN(c) || c === LF || c === CR || c === HASH) {
        const empty = p;
        this.endLine(p);
        if (this.ind > col) v = this.node(this.ls + this.ind, this.ind, col);
        else {
          v = null;
          if (ps) this.np = { k: 0, s: empty, e: empty };
        }
      } else if (c === TAB) {
        return giveUp('tab after dash');
      } else {
        v = c === 38 || c === 42 ? this.inline(p, col) : this.node(p, p - this.lineStartOf(p), col);
      }
      if (this.values) out.push(v);
      if (ps) ps.items.push(this.np!);
      if (this.ind !== col || !(t.charCodeAt(this.ls + col) === DASH && this.sepAfter(this.ls + col + 1))) {
        if (this.ind > col) giveUp('bad indentation');
        break;
      }
      q = this.ls + col;
    }
    if (ps) {
      ps.e = this.lastEnd;
      this.np = ps;
    }
    return out;
  }

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

  /** A literal (`|`) or folded (`>`) block scalar; its header is at `q`, its parent indented `parent`. */
  block(q: number, parent: number): string {
    const t = this.t;
    const folded = t.charCodeAt(q) === 62;
    let h = q + 1;
    let chomp = 0; // 0 clip, -1 strip, 1 keep
    const hc = t.charCodeAt(h);
    if (hc === DASH || hc === 43) {
      chomp = hc === DASH ? -1 : 1;
      h++;
    }
    const after = t.charCodeAt(h);
    if (!(Number.isNaN(after) || after === SP || after === LF || after === CR)) giveUp('block scalar header');
    while (t.charCodeAt(h) === SP) h++;
    if (t.charCodeAt(h) === HASH) h = this.eol(h);
    if (this.eol(h) !== h) giveUp('block scalar header');
    // Lines: content lines (indented at least as the first one) and empty lines between them.
    const lines: string[] = [];
    let p = this.nextLine(h);
    let indent = -1;
    let contentEnd = -1; // just past the last content line (its line break included)
    let contentLines = 0;
    const n = t.length;
    while (p < n) {
      let s = p;
      while (t.charCodeAt(s) === SP) s++;
      const e = this.eol(s);
      if (t.charCodeAt(s) === TAB && indent === -1) giveUp('tab in block scalar indentation');
      if (e === s && (indent === -1 || s - p <= indent)) {
        if (indent === -1 && s > p) giveUp('spaces on a leading blank line');
        lines.push('');
        p = this.nextLine(e);
        continue;
      }
      if (indent === -1) {
        indent = s - p;
        if (indent <= parent) break;
      } else if (s - p < indent) break;
      if (indent === 0) giveUp('unindented block scalar');
      lines.push(t.slice(p + indent, e));
      contentLines = lines.length;
      contentEnd = p = this.nextLine(e);
    }
    if (contentLines === 0 || indent <= parent) giveUp('empty block scalar');
    const trailing = lines.length - contentLines;
    lines.length = contentLines;
    let v: string;
    if (folded) {
      // Folding (YAML 1.1 §4.6.8): the line break between two text lines becomes a space, or k line
      // feeds when k empty lines follow it; breaks next to a more-indented line are kept as they are.
      if (lines[0] === '') giveUp('folded scalar with leading blank lines');
      const more = (l: string) => l.charCodeAt(0) === SP || l.charCodeAt(0) === TAB;
      v = lines[0]!;
      let prev = v;
      for (let i = 1; i < lines.length; ) {
        let k = 0;
        while (lines[i] === '') {
          k++;
          i++;
        }
        const l = lines[i++]!;
        v += more(prev) || more(l) ? '\n'.repeat(k + 1) : k === 0 ? ' ' : '\n'.repeat(k);
        v += l;
        prev = l;
      }
    } else {
      v = lines.join('\n');
    }
    if (chomp >= 0) v += '\n';
    if (chomp === 1) v += '\n'.repeat(trailing);
    const end = chomp === 1 && trailing > 0 ? p : contentEnd;
    this.scalarPos(q, end);
    this.lastEnd = end;
    this.seek(end);
    return v;
  }

  // -- flow collections --

  /** Indentation of the block node holding the flow collection being read: its lines go deeper. */
  flowParent = -1;

  flowDepth = 0;

  flow(q: number): unknown {
    if (++this.flowDepth > this.maxFlowDepth) giveUp('flow nesting over the depth limit');
    const v = this.flowBody(q);
    this.flowDepth--;
    return v;
  }

  flowBody(q: number): unknown {
    const t = this.t;
    const open = t.charCodeAt(q);
    const isSeq = open === 91;
    const close = isSeq ? 93 : 125;
    const outSeq: unknown[] = [];
    const outMap: Record<string, unknown> = {};
    const ps: PosSeq | PosMap | undefined = this.withPos
      ? isSeq
        ? { k: 2, s: q, e: q, items: [] }
        : { k: 1, s: q, e: q, keys: [], ks: [], ke: [], vals: [] }
      : undefined;
    let p = q + 1;
    // White space, line breaks and comments between entries; lines indented more than the parent.
    const skip = () => {
      for (;;) {
        const c = t.charCodeAt(p);
        if (c === SP) p++;
        else if (c === HASH && (t.charCodeAt(p - 1) === SP || t.charCodeAt(p - 1) === LF)) p = this.eol(p);
        else if (c === LF || (c === CR && t.charCodeAt(p + 1) === LF)) {
          p = this.nextLine(p);
          let s = p;
          while (t.charCodeAt(s) === SP) s++;
          const d = t.charCodeAt(s);
          if (d === TAB || (s === p && this.isMarker(p))) giveUp('flow collection across a marker or tab');
          if (!(d === LF || d === CR || d === HASH) && s - p <= this.flowParent) giveUp('flow continuation not indented');
          p = s;
        } else return;
      }
    };
    skip();
    if (t.charCodeAt(p) === close) {
      this.qEnd = p + 1;
      if (ps) {
        ps.e = p + 1;
        this.np = ps;
      }
      return isSeq ? outSeq : outMap;
    }
    for (;;) {
      skip();
      if (isSeq) {
        const v = this.flowNode(p);
        if (this.values) outSeq.push(v);
        if (ps) (ps as PosSeq).items.push(this.np!);
        p = this.qEnd;
      } else {
        const ks = p;
        const c = t.charCodeAt(p);
        let key: unknown;
        let ke: number;
        if (c === DQ || c === SQ) {
          key = c === DQ ? this.dquoted(p) : this.squoted(p);
          ke = this.qEnd;
          p = ke;
        } else {
          const s = p;
          const e = this.flowPlainEnd(p);
          key = resolvePlain(t.slice(s, e));
          ke = e;
          p = e;
          if (key === null || typeof key === 'object') giveUp('null key');
        }
        const k = typeof key === 'string' ? key : String(key);
        if (k === '__proto__' || (this.values && Object.prototype.hasOwnProperty.call(outMap, k))) giveUp('duplicate or reserved key');
        skip();
        if (t.charCodeAt(p) !== COLON || t.charCodeAt(p + 1) !== SP) giveUp('flow mapping entry without ": "');
        p += 2;
        skip();
        const v = this.flowNode(p);
        if (this.values) outMap[k] = v;
        if (ps) {
          const pm = ps as PosMap;
          pm.keys.push(k);
          pm.ks.push(ks);
          pm.ke.push(ke);
          pm.vals.push(this.np!);
        }
        p = this.qEnd;
      }
      skip();
      const c = t.charCodeAt(p);
      if (c === 44) {
        p++;
        skip();
        if (t.charCodeAt(p) === close) {
          this.qEnd = p + 1;
          if (ps) {
            ps.e = p + 1;
            this.np = ps;
          }
          return isSeq ? outSeq : outMap;
        }
        continue;
      }
      if (c === close) {
        this.qEnd = p + 1;
        if (ps) {
          ps.e = p + 1;
          this.np = ps;
        }
        return isSeq ? outSeq : outMap;
      }
      return giveUp('flow collection not closed on its line');
    }
  }

  /** End of a plain scalar in a flow collection starting at `p`. */
  flowPlainEnd(p: number): number {
    const t = this.t;
    const c0 = t.charCodeAt(p);
    if (indicator(c0) || c0 === TAB || c0 === SP || ((c0 === DASH || c0 === COLON) && !this.safeAfter(p + 1))) giveUp('flow indicator');
    let i = p;
    for (;;) {
      const c = t.charCodeAt(i);
      if (Number.isNaN(c)) giveUp('flow collection not closed');
      if (c === LF || c === CR) break; // a scalar continued on the next line is caught by the caller
      if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125) break;
      if (c === COLON) {
        const d = t.charCodeAt(i + 1);
        if (d === SP) break;
        if (d === 44 || d === 93 || d === 125) giveUp('colon before flow indicator');
      }
      if (c === HASH && t.charCodeAt(i - 1) === SP) break;
      if (c === TAB) giveUp('tab in flow');
      i++;
    }
    let e = i;
    while (e > p && t.charCodeAt(e - 1) === SP) e--;
    if (e === p) giveUp('empty flow entry');
    return e;
  }

  safeAfter(p: number): boolean {
    const c = this.t.charCodeAt(p);
    return !(Number.isNaN(c) || c === SP || c === TAB || c === LF || c === CR || c === 44 || c === 91 || c === 93 || c === 123 || c === 125);
  }

  flowNode(p: number): unknown {
    const t = this.t;
    const c = t.charCodeAt(p);
    if (c === 42) return this.alias(p);
    if (c === 91 || c === 123) return this.flow(p);
    if (c === DQ || c === SQ) {
      const v = c === DQ ? this.dquoted(p, this.flowParent) : this.squoted(p, this.flowParent);
      this.scalarPos(p, this.qEnd);
      return v;
    }
    const e = this.flowPlainEnd(p);
    this.qEnd = e;
    this.scalarPos(p, e);
    return resolvePlain(t.slice(p, e));
  }

  // -- documents --

  documents(): FastDocument[] {
    const t = this.t;
    const docs: FastDocument[] = [];
    this.seek(0);
    // Directives (`%YAML`) are not read here.
    if (t.charCodeAt(this.ls + Math.max(this.ind, 0)) === 37) giveUp('directive');
    let explicit = false;
    let start = 0;
    while (this.ls < t.length) {
      if (this.ind === -1) {
        // a `---` line: starts a document; only a comment may follow it
        const m = this.ls;
        if (explicit) docs.push({ value: null, range: [start, m] });
        explicit = true;
        start = m;
        this.endLine(m + 3);
        continue;
      }
      const col = this.ind;
      const first = this.ls + col;
      if (!explicit) start = this.ls;
      if (t.charCodeAt(first) === 37) giveUp('directive');
      this.anchors.clear();
      this.aliases = 0;
      const value = this.node(first, col, -1);
      const pos = this.np;
      if (this.ind !== -1) giveUp('content after the root node');
      if (typeof value !== 'object' || value === null) giveUp('scalar document');
      const end = this.ls < t.length ? this.ls : t.length;
      docs.push(this.withPos ? { value, range: [start, end], pos } : { value, range: [start, end] });
      explicit = false;
      if (this.ls < t.length) {
        // at a marker: the next document starts here
        explicit = true;
        start = this.ls;
        this.endLine(this.ls + 3);
      }
    }
    if (explicit) docs.push({ value: null, range: [start, t.length] });
    return docs;
  }
}

/** Control characters, BOMs and non-characters: left to the `yaml` package and its diagnostics. */
const UNUSUAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]/;

/**
 * The documents of `text` as the `yaml` package would give them, or undefined when this reader
 * does not handle something in it (then use the `yaml` package). With `withPos`, every node's offsets.
 */
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
