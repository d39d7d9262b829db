/** Flow collections (`[…]`, `{…}`) for the fast reader, on one line or several. */
import type { PosMap, PosSeq } from '../fast-yaml.ts';
import { COLON, CR, DASH, DQ, giveUp, HASH, indicator, LF, resolvePlain, SP, SQ, TAB } from './scalars.ts';
import { ScalarReader } from './scalar-reader.ts';
import { goResolvesToInt } from '../go-scalars.ts';

export class FlowReader extends ScalarReader {
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
    // The collection ends at the closing bracket at `p`.
    const done = () => {
      this.qEnd = p + 1;
      if (ps) {
        ps.e = p + 1;
        this.np = ps;
      }
      return isSeq ? outSeq : outMap;
    };
    if (t.charCodeAt(p) === close) return done();
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
          if (key === null || typeof key === 'object' || (typeof key === 'number' && !(Number.isSafeInteger(key) && goResolvesToInt(t.slice(s, e))))) giveUp('null or float key');
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
        if (t.charCodeAt(p) === close) return done(); // a trailing comma
        continue;
      }
      if (c === close) return done();
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
      // (go-yaml ends the scalar at a `?` and refuses the file: goyaml.ts scalarSource says so)
      if (c === 63) giveUp('? in a flow plain scalar');
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
}
