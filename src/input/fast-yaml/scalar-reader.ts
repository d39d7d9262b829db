/**
 * Scalars for the fast reader: plain (also multi-line), single- and double-quoted (also multi-line),
 * and literal/folded block scalars, folded as YAML 1.1 folds them.
 */
import { COLON, CR, DASH, DQ, ESCAPES, giveUp, HASH, LF, resolvePlain, SP, SQ, TAB, trimEndBlanks } from './scalars.ts';
import { Cursor } from './cursor.ts';

export class ScalarReader extends Cursor {
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
}
