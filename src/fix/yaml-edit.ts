/**
 * One edit by path, made as a precise text edit: everything outside the changed span stays as
 * written — comments, key order, quoting, flow or block style, indentation, CRLF, other documents.
 * The file is parsed with the `yaml` package only to find where nodes are (their source ranges);
 * nothing is re-serialised. New content follows its neighbours: a key inserted into a block mapping
 * at its keys' column, a flow mapping gets `, key: value` before its `}`, an item appended to a flow
 * sequence is quoted like the item before it, one appended to a block sequence is indented like it.
 *
 * Edits that cannot be written that way (through an alias or a merge key, into a non-mapping, a
 * block collection replaced wholesale) are refused with a reason: a rule's edit is an offer, and no
 * offer is better than a wrong one.
 */
import type { Document, Node as YamlNode, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { yamlLib } from '../input/yaml-lib.ts';
import type { ObjPath } from '../engine/types.ts';

export type EditOp = { path: ObjPath; comment?: string } & ({ set: unknown } | { append: unknown });

export type EditResult = { text: string } | { refused: string };

const INDENT_STEP = '  ';

/**
 * The documents of a text. The last few texts read are kept: every fix offered in one file starts
 * from the same text (applyEdit, then resolve.ts's check, read it for each fix; a 2 MB install
 * manifest with a hundred findings was read 300 times). Callers only read what they get.
 */
export function parseDocs(text: string): Document.Parsed[] {
  const hit = recent.findIndex((r) => r.text === text);
  if (hit !== -1) return recent[hit]!.docs;
  const { parseAllDocuments } = yamlLib();
  const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  recent.unshift({ text, docs });
  if (recent.length > RECENT) recent.pop();
  return docs;
}
const RECENT = 4;
const recent: { text: string; docs: Document.Parsed[] }[] = [];

const eolOf = (text: string): string => (/\r\n/.test(text) ? '\r\n' : '\n');

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** End of the line holding `offset`, before its `\r\n` or `\n`. */
function lineEnd(text: string, offset: number): number {
  let e = text.indexOf('\n', offset);
  if (e === -1) e = text.length;
  if (e > 0 && text[e - 1] === '\r') e--;
  return e;
}

/** The last character of a node's content, blank lines and line breaks after it not counted. */
function contentEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s]/.test(text[e - 1]!)) e--;
  return e;
}

// ---- rendering new values ------------------------------------------------------------------------

type Style = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | undefined;

export function renderScalar(v: unknown, style?: Style): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  const s = String(v);
  if (style === 'QUOTE_DOUBLE') return JSON.stringify(s);
  if (style === 'QUOTE_SINGLE') return `'${s.replace(/'/g, "''")}'`;
  // Plain when the `yaml` package would write it plain (it quotes `true`, `1.0`, `: `…); else double quotes.
  const out = yamlLib().stringify(s, { lineWidth: 0 }).trimEnd();
  return out.includes('\n') ? JSON.stringify(s) : out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function renderFlow(v: unknown, style?: Style): string {
  if (Array.isArray(v)) return `[${v.map((x) => renderFlow(x, style)).join(', ')}]`;
  if (isRecord(v)) return `{${Object.entries(v).map(([k, x]) => `${renderScalar(k)}: ${renderFlow(x, style)}`).join(', ')}}`;
  return renderScalar(v, style);
}

const withComment = (line: string, comment: string | undefined): string => (comment ? `${line}  # ${comment}` : line);

/** `key: value` in block style at `indent` (the key's own column): nested mappings as blocks, lists flow. */
function renderBlockPair(key: string, v: unknown, indent: string, eol: string, comment?: string): string {
  if (isRecord(v) && Object.keys(v).length) {
    const child = indent + INDENT_STEP;
    return withComment(`${renderScalar(key)}:`, comment) + Object.entries(v).map(([k, x]) => eol + child + renderBlockPair(k, x, child, eol)).join('');
  }
  return withComment(`${renderScalar(key)}: ${renderFlow(v)}`, comment);
}

/** `- item` of a block sequence whose dash is at `indent`. */
function renderBlockItem(v: unknown, indent: string, eol: string, style: Style, comment?: string): string {
  if (isRecord(v) && Object.keys(v).length) {
    const child = indent + INDENT_STEP;
    return '- ' + Object.entries(v).map(([k, x], i) => (i ? eol + child : '') + renderBlockPair(k, x, child, eol, i === 0 ? comment : undefined)).join('');
  }
  return withComment(`- ${renderFlow(v, style)}`, comment);
}

// ---- finding nodes -------------------------------------------------------------------------------

interface Walked {
  /** The deepest node reached (the value at the full path when `rest` is empty). */
  node: unknown;
  /** The pair whose value `node` is, when it is a mapping value. */
  pair?: Pair;
  /** Path segments not found under `node`. */
  rest: (string | number)[];
}

function walk(doc: Document.Parsed, path: ObjPath): Walked | { refused: string } {
  const { isMap, isSeq, isScalar, isAlias } = yamlLib();
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isAlias(node)) return { refused: 'the path goes through an alias' };
    if (isMap(node)) {
      if (node.items.some((p) => isScalar(p.key) && p.key.source === '<<')) return { refused: 'the mapping uses a merge key' };
      const found = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!found) return { node, ...(pair ? { pair } : {}), rest: path.slice(i) as (string | number)[] };
      pair = found;
      node = found.value;
      if (node === null || node === undefined) return { node: null, pair, rest: path.slice(i + 1) as (string | number)[] };
    } else if (isSeq(node) && typeof seg === 'number') {
      if (seg >= node.items.length) return { node, rest: path.slice(i) as (string | number)[] };
      pair = undefined;
      node = node.items[seg];
    } else if (isScalar(node) && (node.value === null || node.value === undefined)) {
      return { node, ...(pair ? { pair } : {}), rest: path.slice(i) as (string | number)[] };
    } else {
      return { refused: `no mapping at ${path.slice(0, i).join('.') || 'the document root'}` };
    }
  }
  return { node, ...(pair ? { pair } : {}), rest: [] };
}

/** The object to write for `rest` under a new key: `{a: {b: value}}` for rest [a, b]. */
function nest(rest: (string | number)[], value: unknown): unknown {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) v = { [String(rest[i])]: v };
  return v;
}

const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

/** Insert `key: value` (or nested keys for rest) into a mapping. */
function insertIntoMap(text: string, map: YAMLMap, rest: (string | number)[], value: unknown, comment: string | undefined): EditResult {
  const { isScalar } = yamlLib();
  if (typeof rest[0] !== 'string') return { refused: 'cannot create a list item by path' };
  if (rest.slice(1).some((s) => typeof s !== 'string')) return { refused: 'cannot create a list item by path' };
  const key = rest[0];
  const v = nest(rest.slice(1), value);
  const range = (map as YamlNode).range;
  if (!range) return { refused: 'the mapping has no source position' };
  if (map.flow) {
    const last = map.items[map.items.length - 1];
    const pairText = `${renderScalar(key)}: ${renderFlow(v)}`;
    if (!last) {
      const open = text.indexOf('{', range[0]);
      if (open === -1 || open >= range[1]) return { refused: 'no `{` found' };
      return { text: splice(text, open + 1, open + 1, pairText) };
    }
    const end = ((last.value as YamlNode | null)?.range ?? (last.key as YamlNode).range)?.[1];
    if (end === undefined) return { refused: 'no source position' };
    const at = contentEnd(text, end);
    return { text: splice(text, at, at, `, ${pairText}`) };
  }
  const first = map.items[0];
  const last = map.items[map.items.length - 1];
  if (!first || !last || !isScalar(first.key) || !(first.key as YamlNode).range) return { refused: 'an empty block mapping' };
  const keyStart = (first.key as YamlNode).range![0];
  const indent = text.slice(lineStart(text, keyStart), keyStart);
  // A first key after `- ` sits at the column of the others: the indent is that many spaces.
  const pad = ' '.repeat(indent.length);
  const end = ((last.value as YamlNode | null)?.range ?? (last.key as YamlNode).range)![1];
  const at = lineEnd(text, contentEnd(text, end));
  const eol = eolOf(text);
  return { text: splice(text, at, at, eol + pad + renderBlockPair(key, v, pad, eol, comment)) };
}

/** Replace an empty or null value of `pair` with a block mapping holding `rest: value`. */
function fillEmptyValue(text: string, pair: Pair, node: unknown, rest: (string | number)[], value: unknown, comment: string | undefined): EditResult {
  if (rest.some((s) => typeof s !== 'string')) return { refused: 'cannot create a list item by path' };
  const keyRange = (pair.key as YamlNode | null)?.range;
  if (!keyRange) return { refused: 'no source position' };
  const eol = eolOf(text);
  const ls = lineStart(text, keyRange[0]);
  const keyIndent = keyRange[0] - ls;
  const pad = ' '.repeat(keyIndent + INDENT_STEP.length);
  const v = nest(rest.slice(1), value);
  const scalar = node as Scalar | null;
  const block = eol + pad + renderBlockPair(String(rest[0]), v, pad, eol, comment);
  if (scalar && (scalar as YamlNode).range && scalar.source !== undefined && scalar.source !== '') {
    // `key: null` / `key: ~`: the block replaces the word
    const r = (scalar as YamlNode).range!;
    return { text: splice(text, r[0] - 1 >= 0 && text[r[0] - 1] === ' ' ? r[0] - 1 : r[0], r[1], block) };
  }
  const at = lineEnd(text, keyRange[1]);
  return { text: splice(text, at, at, block) };
}

function appendToSeq(text: string, seq: YAMLSeq, value: unknown, comment: string | undefined): EditResult {
  const { isScalar } = yamlLib();
  const range = (seq as YamlNode).range;
  if (!range) return { refused: 'no source position' };
  const last = seq.items[seq.items.length - 1] as YamlNode | undefined;
  const style = (isScalar(last) ? last.type : undefined) as Style;
  if (seq.flow) {
    if (!last) {
      const open = text.indexOf('[', range[0]);
      if (open === -1 || open >= range[1]) return { refused: 'no `[` found' };
      return { text: splice(text, open + 1, open + 1, renderFlow(value, style)) };
    }
    if (!last.range) return { refused: 'no source position' };
    const at = contentEnd(text, last.range[1]);
    return { text: splice(text, at, at, `, ${renderFlow(value, style)}`) };
  }
  if (!last?.range) return { refused: 'an empty block sequence' };
  const indent = ' '.repeat(range[0] - lineStart(text, range[0]));
  const at = lineEnd(text, contentEnd(text, last.range[1]));
  const eol = eolOf(text);
  return { text: splice(text, at, at, eol + indent + renderBlockItem(value, indent, eol, style, comment)) };
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Apply one edit to document `docIndex` of `text` (at `path` from the document root). Returns the
 * new text (unchanged when the value is already there), or why the edit cannot be written.
 */
export function applyEdit(text: string, docIndex: number, op: EditOp): EditResult {
  const { isMap, isSeq, isScalar } = yamlLib();
  const doc = parseDocs(text)[docIndex];
  if (!doc) return { refused: `no document ${docIndex}` };
  if (doc.errors.length) return { refused: 'the document does not parse' };
  const w = walk(doc, op.path);
  if ('refused' in w) return w;
  const append = 'append' in op;
  const value = append ? op.append : op.set;
  if (w.rest.length === 0) {
    const node = w.node;
    if (append) {
      if (isSeq(node)) {
        if ((node.toJSON() as unknown[]).some((x) => deepEqual(x, value))) return { text };
        return appendToSeq(text, node, value, op.comment);
      }
      if (node === null || (isScalar(node) && node.value === null)) {
        if (!w.pair) return { refused: 'no key to hold the list' };
        return replaceValue(text, w.pair, node, [value]);
      }
      return { refused: 'the value is not a list' };
    }
    if (isScalar(node) && node.value !== null && typeof value !== 'object') {
      if (node.value === value) return { text };
      const r = node.range!;
      return { text: splice(text, r[0], r[1], renderScalar(value, node.type as Style)) };
    }
    if (node === null || (isScalar(node) && node.value === null)) {
      if (!w.pair) return { refused: 'no key to hold the value' };
      return replaceValue(text, w.pair, node, value);
    }
    if ((isMap(node) || isSeq(node)) && deepEqual(node.toJSON(), value)) return { text };
    if ((isMap(node) || isSeq(node)) && node.flow && node.range) {
      const style = isSeq(node) && isScalar(node.items[0]) ? (node.items[0].type as Style) : undefined;
      const end = contentEnd(text, node.range[1]);
      // a comment only where nothing but blanks or a comment follows on the line
      const tail = text.slice(end, lineEnd(text, end)).trim();
      const note = op.comment && (tail === '' || tail.startsWith('#')) ? `  # ${op.comment}` : '';
      return { text: splice(text, node.range[0], end, renderFlow(value, style) + note) };
    }
    if (isSeq(node) && Array.isArray(value) && value.length && node.range) return replaceBlockSeq(text, node, value, op.comment);
    return { refused: 'a block collection is not replaced wholesale' };
  }
  const v = append ? [value] : value;
  if (isMap(w.node)) return insertIntoMap(text, w.node, w.rest, v, op.comment);
  if ((w.node === null || (isScalar(w.node) && w.node.value === null)) && w.pair) return fillEmptyValue(text, w.pair, w.node, w.rest, v, op.comment);
  return { refused: `cannot add ${w.rest.join('.')} here` };
}

/**
 * A block sequence of scalars replaced by another list, item by item at the first dash's column,
 * quoted like the first item. Refused when a comment sits among the items (it would be lost) or an
 * item is not a scalar.
 */
function replaceBlockSeq(text: string, seq: YAMLSeq, value: unknown[], comment: string | undefined): EditResult {
  const { isScalar } = yamlLib();
  const first = seq.items[0] as YamlNode | undefined;
  const last = seq.items[seq.items.length - 1] as YamlNode | undefined;
  if (!first?.range || !last?.range || !seq.items.every((x) => isScalar(x))) return { refused: 'only a list of scalars is replaced' };
  if (value.some((v) => v !== null && typeof v === 'object')) return { refused: 'only a list of scalars is written' };
  const start = lineStart(text, first.range[0]);
  const dash = text.indexOf('-', start);
  if (dash === -1 || dash >= first.range[0] || text.slice(start, dash).trim() !== '') return { refused: 'the list does not start its line' };
  const end = contentEnd(text, last.range[1]);
  if (text.slice(dash, end).includes('#')) {
    // a `#` inside a quoted item is no comment; one elsewhere would be lost
    const stripped = seq.items.reduce((t, x) => { const r = (x as YamlNode).range!; return t.slice(0, r[0] - dash) + ' '.repeat(r[1] - r[0]) + t.slice(r[1] - dash); }, text.slice(dash, end));
    if (stripped.includes('#')) return { refused: 'a comment among the items would be lost' };
  }
  const indent = text.slice(start, dash);
  const eol = eolOf(text);
  const style = (first as Scalar).type as Style;
  const items = value.map((v, i) => (i ? indent : '') + withComment(`- ${renderScalar(v, style)}`, i === 0 ? comment : undefined)).join(eol);
  return { text: splice(text, dash, end, items) };
}

/** A scalar or a collection as the value of an existing key whose value is empty or null. */
function replaceValue(text: string, pair: Pair, node: unknown, value: unknown): EditResult {
  const { isScalar } = yamlLib();
  const rendered = renderFlow(value);
  if (isScalar(node) && node.range && node.source !== undefined && node.source !== '') return { text: splice(text, node.range[0], node.range[1], rendered) };
  const keyRange = (pair.key as YamlNode | null)?.range;
  if (!keyRange) return { refused: 'no source position' };
  const colon = text.indexOf(':', keyRange[1]);
  if (colon === -1) return { refused: 'no `:` after the key' };
  return { text: splice(text, colon + 1, colon + 1, ` ${rendered}`) };
}

/** The value at `path` in document `docIndex`, or undefined (for checking an edit did what it says). */
export function valueAt(docs: Document.Parsed[], docIndex: number, path: ObjPath): unknown {
  let v: unknown = docs[docIndex]?.toJS({ maxAliasCount: 100 });
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

export { deepEqual };

/**
 * Delete the mapping entry whose key starts at `keyOffset` (an offset in `text`), keeping every other
 * byte. In a block mapping the entry's whole lines go (from its line's start to the end of the line
 * where its value ends, a comment there included); in a flow mapping `key: value` with the comma
 * that joins it to a neighbour. Refused where the lines hold more than the entry: a key right after
 * `- ` (deleting its line would delete the list item), a value that ends on a line something else
 * continues, or a key that is not the first thing on its line.
 */
export function deletePairAt(text: string, keyOffset: number): EditResult {
  const { isMap, isScalar, visit } = yamlLib();
  let found: { map: YAMLMap; index: number } | undefined;
  for (const doc of parseDocs(text)) {
    visit(doc, {
      Map(_k, map) {
        const i = map.items.findIndex((p) => (p.key as YamlNode | null)?.range?.[0] === keyOffset);
        if (i !== -1) {
          found = { map, index: i };
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (found) break;
  }
  if (!found || !isMap(found.map)) return { refused: 'no mapping entry starts there' };
  const { map, index } = found;
  const pair = map.items[index]!;
  const key = pair.key as YamlNode;
  if (!isScalar(key) || !key.range) return { refused: 'the key is not a plain scalar' };
  const value = pair.value as YamlNode | null;
  const valueEnd = value?.range ? contentEnd(text, value.range[1]) : key.range[1];
  if (map.flow) {
    const next = map.items[index + 1];
    if (next) {
      const nextStart = (next.key as YamlNode | null)?.range?.[0];
      if (nextStart === undefined) return { refused: 'no source position' };
      return { text: splice(text, keyOffset, nextStart, '') };
    }
    const prev = map.items[index - 1];
    if (!prev) {
      // the only entry: `{a: 1}` → `{}`
      return { text: splice(text, keyOffset, valueEnd, '') };
    }
    const prevEnd = ((prev.value as YamlNode | null)?.range ?? (prev.key as YamlNode).range)?.[1];
    if (prevEnd === undefined) return { refused: 'no source position' };
    return { text: splice(text, contentEnd(text, prevEnd), valueEnd, '') };
  }
  const start = lineStart(text, keyOffset);
  if (text.slice(start, keyOffset).trim() !== '') return { refused: 'the key is not the first thing on its line (an item of a list, or a mapping after `- `)' };
  // The rest of the value's last line: blank or a comment only.
  const end = lineEnd(text, valueEnd);
  const tail = text.slice(valueEnd, end);
  if (tail.trim() !== '' && !/^\s+#/.test(tail) && !/^#/.test(tail.trim())) return { refused: 'something else follows the value on its line' };
  const nl = text.indexOf('\n', end);
  return { text: splice(text, start, nl === -1 ? text.length : nl + 1, '') };
}
