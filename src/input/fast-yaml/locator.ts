/**
 * Where a path leads in one document, without recording the offsets of every node in it.
 *
 * A finding needs the position of one path (`spec.template.spec.containers[0].securityContext`),
 * and a full positions pass (../tree.ts) builds offsets for every node of the document to answer it.
 * On repositories where most documents get a finding, those passes were ~13% of an audit (the
 * synthetic 50k repository, bench/RESULTS.md finding 20). This reader walks the document's block
 * mappings and sequences along the path only: keys on the path are read as the reader reads them,
 * and every other value is passed over by its lines (in a document the fast reader took, everything
 * inside a block mapping's value is on lines indented deeper than its key, or `- ` entries of a
 * compact sequence at the key's column). Where the path reaches something else (a scalar, a flow
 * collection, a block scalar), that one node is read by the fast reader itself, so its offsets are
 * those of a full pass.
 *
 * The caller finishes with the same walk as over a full pass's tree (`fastRange` in
 * src/engine/locate.ts); test/input/locator.test.ts holds the two to the same range for every path,
 * and paths that miss, in the fixtures and in generated YAML, and for a spread of paths in every
 * document of the shared corpus.
 * Only for documents the fast reader took whole (K8sObject.rootStart is set): a document it gave up
 * on may break the line rule above.
 */
import type { PosNode } from '../fast-yaml.ts';
import { Reader } from './reader.ts';
import { CR, DASH, DQ, GiveUp, HASH, LF, SP, SQ, TAB } from './scalars.ts';

/** Where `fastRange` takes over: from `root` (a node or a stand-in for a block collection), for the `rest` of the path. */
export interface LocatedPath {
  root: PosNode;
  rest: readonly (string | number)[];
  /** The key `root` is the value of, when the path's last step read one. */
  key?: [number, number];
}

/** A block mapping or sequence where the path stops: only its start matters to `fastRange`. */
function standIn(k: 1 | 2, s: number, end: number): PosNode {
  return k === 1 ? { k, s, e: end, keys: [], ks: [], ke: [], vals: [] } : { k, s, e: end, items: [] };
}

class Locator extends Reader {
  constructor(text: string) {
    super(text, true, 100, 200, false);
  }

  private isDash(p: number): boolean {
    return this.t.charCodeAt(p) === DASH && this.sepAfter(p + 1);
  }

  /**
   * From the line holding the current key (or `- `) at column `col`, to the next content line
   * outside its value: indented `col` or less and, after a key, not a `- ` entry at `col` (those
   * belong to the key's compact sequence).
   */
  private skipValue(col: number, afterKey: boolean): void {
    this.seek(this.nextLine(this.ls));
    while (this.ind > col || (afterKey && this.ind === col && this.isDash(this.ls + col))) this.seek(this.nextLine(this.ls));
  }

  locate(path: readonly (string | number)[]): LocatedPath | undefined {
    const t = this.t;
    this.seek(0);
    if (this.ind === -1) {
      if (this.ls >= t.length) return undefined;
      this.endLine(this.ls + 3);
      if (this.ind === -1) return undefined;
    }
    let q = this.ls + this.ind;
    let col = this.ind;
    let parent = -1;
    let key: [number, number] | undefined;
    let i = 0;
    const done = (root: PosNode, at: number): LocatedPath => ({ root, rest: path.slice(at), ...(key ? { key } : {}) });
    for (;;) {
      const c = t.charCodeAt(q);
      const seg = path[i];
      if (c === 38 || c === 42 || c === DQ || c === SQ) return undefined; // anchors, aliases, a quoted first key: a full pass
      if (this.isDash(q)) {
        // a block sequence whose `-` sit at column `col`
        if (typeof seg !== 'number') return done(standIn(2, q, t.length), i);
        for (let n = 0; n < seg; n++) {
          this.skipValue(col, false);
          if (this.ind !== col || !this.isDash(this.ls + col)) return done(standIn(2, q, t.length), i);
        }
        let p = (seg === 0 ? q : this.ls + col) + 1;
        while (t.charCodeAt(p) === SP) p++;
        const v = t.charCodeAt(p);
        key = undefined;
        i++;
        if (Number.isNaN(v) || v === LF || v === CR || v === HASH) {
          const empty = p;
          this.endLine(p);
          if (this.ind <= col) return done({ k: 0, s: empty, e: empty }, i);
          parent = col;
          q = this.ls + this.ind;
          col = this.ind;
        } else {
          if (v === TAB || v === 38 || v === 42) return undefined;
          parent = col;
          q = p;
          col = p - this.lineStartOf(p);
        }
        continue;
      }
      if (c === 91 || c === 123 || c === 124 || c === 62 || !this.keyLine(q)) {
        // a flow collection, block scalar or plain scalar: read it as a full pass does
        this.node(q, col, parent);
        return done(this.np!, i);
      }
      // a block mapping whose keys sit at column `col`
      if (i === path.length) return done(standIn(1, q, t.length), i);
      const want = String(seg);
      const start = q;
      while (this.key(q) !== want) {
        this.skipValue(col, true);
        if (this.ind !== col) return done(standIn(1, start, t.length), i);
        q = this.ls + col;
      }
      key = [q, this.keyEnd];
      i++;
      let p = this.qEnd;
      while (t.charCodeAt(p) === SP) p++;
      const v = t.charCodeAt(p);
      if (Number.isNaN(v) || v === LF || v === CR || v === HASH) {
        const empty = p;
        this.endLine(p);
        if (this.ind > col) {
          parent = col;
          q = this.ls + this.ind;
          col = this.ind;
        } else if (this.ind === col && this.isDash(this.ls + col)) {
          q = this.ls + col;
        } else {
          return done({ k: 0, s: empty, e: empty }, i);
        }
        continue;
      }
      if (v === TAB) return undefined;
      this.inline(p, col);
      return done(this.np!, i);
    }
  }
}

/**
 * The path's walk in `text` (one document, as src/input/tree.ts slices it) up to where `fastRange`
 * takes over, or undefined where only a full positions pass answers (anchors and aliases on the
 * path, a quoted first key, anything the fast reader gives up on).
 */
export function locatePath(text: string, path: readonly (string | number)[]): LocatedPath | undefined {
  try {
    return new Locator(text).locate(path);
  } catch (e) {
    if (e instanceof GiveUp || e instanceof RangeError) return undefined;
    throw e;
  }
}
