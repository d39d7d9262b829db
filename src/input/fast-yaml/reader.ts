/** Block mappings and sequences, node dispatch and documents: the fast reader's top level. */
import type { FastDocument, PosMap, PosSeq } from '../fast-yaml.ts';
import { COLON, CR, DASH, DQ, giveUp, HASH, indicator, LF, resolvePlain, SP, SQ, TAB } from './scalars.ts';
import { FlowReader } from './flow-reader.ts';
import { goResolvesToInt } from '../go-scalars.ts';

export class Reader extends FlowReader {
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
    return this.keyLine(q) ? this.map(q, col) : this.plainValue(q, parent);
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
      if (k === null || typeof k === 'object' || (typeof k === 'number' && !(Number.isSafeInteger(k) && goResolvesToInt(t.slice(q, ke))))) giveUp('null or float key');
    }
    const key = typeof k === 'string' ? k : String(k);
    if (key === '__proto__') giveUp('__proto__ key');
    this.keyEnd = ke;
    this.qEnd = colon + 1;
    return key;
  }

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
      this.aliasedCollection = false;
      const value = this.node(first, col, -1);
      const pos = this.np;
      if (this.ind !== -1) giveUp('content after the root node');
      if (typeof value !== 'object' || value === null) giveUp('scalar document');
      const end = this.ls < t.length ? this.ls : t.length;
      const doc: FastDocument = { value, range: [start, end] };
      if (this.withPos) doc.pos = pos;
      if (t.charCodeAt(first) !== 38 /* & */) doc.rootStart = first;
      if (this.aliasedCollection) doc.aliasedCollection = true;
      docs.push(doc);
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
