/**
 * The fast reader's contract (src/input/fast-yaml.ts), checked against the `yaml` package's tree read
 * as kubectl reads it (src/input/goyaml.ts): for a text the reader accepts, the same documents (index, emptiness, start),
 * the same plain values (numbers compared with Object.is: -0 and NaN too) and the same offsets for
 * every key and node as the locator reads them. Returns the differences, or 'gave-up'.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Node as YamlNode } from 'yaml';
import { fastParse, type PosNode } from '../../src/input/fast-yaml.ts';
import { GO_PARSE_OPTIONS } from '../../src/input/tree.ts';
import { goDocumentValue } from '../../src/input/goyaml.ts';

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && typeof a === 'object') {
    if (!b || typeof b !== 'object' || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** End of a collection's first line, as the locator shows collections (src/engine/locate.ts). */
function firstLineEnd(text: string, s: number, e: number): number {
  const nl = text.indexOf('\n', s);
  let x = Math.min(e, nl === -1 ? text.length : nl);
  while (x > s && (text.charCodeAt(x - 1) === 13 || text.charCodeAt(x - 1) === 32)) x--;
  return Math.max(x, s + 1);
}

function comparePositions(text: string, y: unknown, f: PosNode | undefined, path: string, out: string[]): void {
  if (!f) return void out.push(`${path}: no offsets`);
  const r = (y as YamlNode).range!;
  if (isAlias(y)) {
    if (f.k !== 3 || f.s !== r[0] || f.e !== r[1]) out.push(`${path}: alias at ${r[0]}-${r[1]}, fast ${f.s}-${f.e}`);
    return;
  }
  if (isScalar(y)) {
    if (f.k !== 0 || f.s !== r[0] || f.e !== r[1]) out.push(`${path}: scalar at ${r[0]}-${r[1]}, fast ${f.s}-${f.e}`);
    return;
  }
  const collection = isMap(y) ? 1 : isSeq(y) ? 2 : -1;
  if (f.k !== collection) return void out.push(`${path}: node kind differs`);
  if (f.s !== r[0] || firstLineEnd(text, f.s, f.e) !== firstLineEnd(text, r[0], r[1])) out.push(`${path}: collection at ${r[0]}-${r[1]}, fast ${f.s}-${f.e}`);
  if (isMap(y) && f.k === 1) {
    if (y.items.length !== f.keys.length) return void out.push(`${path}: ${y.items.length} keys, fast ${f.keys.length}`);
    y.items.forEach((pair, i) => {
      const kr = (pair.key as YamlNode).range!;
      if (kr[0] !== f.ks[i] || kr[1] !== f.ke[i]) out.push(`${path}.${f.keys[i]}: key at ${kr[0]}-${kr[1]}, fast ${f.ks[i]}-${f.ke[i]}`);
      comparePositions(text, pair.value, f.vals[i], `${path}.${f.keys[i]}`, out);
    });
  } else if (isSeq(y) && f.k === 2) {
    if (y.items.length !== f.items.length) return void out.push(`${path}: ${y.items.length} items, fast ${f.items.length}`);
    y.items.forEach((item, i) => comparePositions(text, item, f.items[i], `${path}[${i}]`, out));
  }
}

export function differencesFromYaml(text: string): string[] | 'gave-up' {
  const fast = fastParse(text, { withPos: true });
  if (!fast) return 'gave-up';
  const out: string[] = [];
  const docs = parseAllDocuments(text, { ...GO_PARSE_OPTIONS, lineCounter: new LineCounter() });
  const yd = Array.isArray(docs) ? docs : [];
  if (yd.length !== fast.length) return [`${yd.length} documents, fast ${fast.length}`];
  const valuesOnly = fastParse(text);
  // the positions-only pass (what locate uses) gives the same offsets
  const posOnly = fastParse(text, { withPos: true, positionsOnly: true });
  if (!posOnly || posOnly.length !== fast.length) out.push('the positions-only pass differs in documents');
  else fast.forEach((f, i) => {
    if (JSON.stringify(f.pos) !== JSON.stringify(posOnly[i]!.pos)) out.push(`document ${i}: positions-only offsets differ`);
  });
  yd.forEach((d, i) => {
    const f = fast[i]!;
    if (d.errors.length) return void out.push(`document ${i}: the yaml package reports ${d.errors[0]!.code}, the fast reader accepted it`);
    const empty = d.contents === null || (isScalar(d.contents) && d.contents.value === null);
    if (empty || f.value === null) {
      if (!(empty && f.value === null)) out.push(`document ${i}: empty on one side only`);
      return;
    }
    let value: unknown;
    try {
      value = goDocumentValue(d, { maxAliasCount: 10_000, text, base: 0, lib: { isAlias, isMap, isScalar, isSeq } }).value;
    } catch (e) {
      return void out.push(`document ${i}: kubectl's reading fails (${(e as Error).message}), the fast reader accepted it`);
    }
    if (!same(value, f.value)) out.push(`document ${i}: values differ: ${JSON.stringify(value)?.slice(0, 200)} / ${JSON.stringify(f.value)?.slice(0, 200)}`);
    if (d.range[0] !== f.range[0]) out.push(`document ${i}: starts at ${d.range[0]}, fast ${f.range[0]}`);
    // the root's start, known without positions, is the root node's (where(obj, []) relies on it)
    const rootStart = (d.contents as { range?: number[] } | null)?.range?.[0];
    if (f.rootStart !== undefined && f.rootStart !== rootStart) out.push(`document ${i}: root starts at ${rootStart}, fast rootStart ${f.rootStart}`);
    if (valuesOnly?.[i]?.rootStart !== f.rootStart) out.push(`document ${i}: rootStart differs between the values-only and the positions pass`);
    comparePositions(text, d.contents, f.pos, `doc${i}`, out);
  });
  return out;
}
