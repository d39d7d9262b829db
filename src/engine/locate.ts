/**
 * From a path into an object to a region in its file. Rules report paths; only this file knows
 * about YAML nodes and offsets. A path that does not exist (a missing field) lands on the nearest
 * parent that does: the key of the last pair found, so `securityContext:` rather than its contents.
 */
import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { K8sObject } from '../input/types.ts';
import { treeOf, walkPath } from '../input/tree.ts';
import type { PosNode } from '../input/fast-yaml.ts';
import { yamlLib } from '../input/yaml-lib.ts';
import { goScalar } from '../input/go-scalars.ts';
import type { ObjPath, Region } from './types.ts';

/**
 * relativeRange for a tree from the fast reader: the same answers (no merge keys there, and every
 * value, even an empty one, is a node, so the path is always "reached"). Exported for
 * test/input/locator.test.ts, which holds the locator's walks to it.
 */
export function fastRange(root: PosNode, path: ObjPath, lineEnd: (s: number, e: number) => number, rootKey?: [number, number]): [number, number] {
  const deref = (n: PosNode): PosNode => (n.k === 3 ? n.target : n);
  let node = root;
  // `rootKey`: the key whose value `root` is (the locator's walk stopped there)
  let key: [number, number] | undefined = rootKey;
  let keyValue: PosNode | undefined = rootKey ? root : undefined;
  for (const seg of path) {
    node = deref(node);
    if (node.k === 1) {
      const i = node.keys.lastIndexOf(String(seg)); // the last of duplicate keys, as for a yaml tree (findPair)
      if (i === -1) break;
      key = [node.ks[i]!, node.ke[i]!];
      keyValue = node = node.vals[i]!;
    } else if (node.k === 2 && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      key = keyValue = undefined;
      node = item;
    } else {
      break;
    }
  }
  // as relativeRange: the value an alias stands for is shown where it is written (its anchor)
  const underKey = key !== undefined && keyValue === node;
  const target = deref(node);
  if (target.k === 0) return underKey ? [key![0], target.e] : [target.s, target.e];
  if (underKey) return key!;
  return [target.s, lineEnd(target.s, target.e)];
}

function deref(node: unknown, doc: Document.Parsed): unknown {
  const { isAlias } = yamlLib();
  let n = node;
  for (let i = 0; i < 32 && isAlias(n); i++) n = n.resolve(doc);
  return n;
}

/** A key as kubectl reads it (goyaml.ts): `0o17` is 15, `yes` is true. */
function keyOf(pair: Pair): unknown {
  const { isScalar } = yamlLib();
  const k = pair.key;
  if (!isScalar(k)) return k;
  if (typeof k.source !== 'string') return k.value;
  try {
    return goScalar(k.source, k.tag, k.type === 'PLAIN' || k.type === undefined);
  } catch {
    return k.value;
  }
}

/**
 * The pair that gives a mapping its value for `key`, as go-yaml v2 (kubectl) decides (goyaml.ts):
 * pairs apply in order and a later one wins, a `<<` merge key applying its mapping (or its list of
 * mappings, where an earlier one wins) at its place among the keys.
 */
function findPair(map: unknown, key: string, doc: Document.Parsed, depth = 0): Pair | undefined {
  const { isMap, isScalar, isSeq } = yamlLib();
  if (!isMap(map) || depth > 16) return undefined;
  let found: Pair | undefined;
  for (const item of map.items) {
    if (isScalar(item.key) && item.key.source === '<<' && (item.key.type === 'PLAIN' || item.key.tag === 'tag:yaml.org,2002:merge')) {
      const v = deref(item.value, doc);
      const sources = isSeq(v) ? v.items.map((x) => deref(x, doc)) : [v];
      for (const src of sources) {
        const merged = findPair(src, key, doc, depth + 1);
        if (merged) {
          found = merged;
          break;
        }
      }
      continue;
    }
    const k = keyOf(item);
    if (k === key || (typeof k === 'number' && String(k) === key) || (typeof k === 'boolean' && String(k) === key)) found = item;
  }
  return found;
}

/** Range (relative to the tree's slice) of `path` from `root`, or undefined when nothing of it was found. */
function relativeRange(root: unknown, doc: Document.Parsed, path: ObjPath, lineEnd: (s: number, e: number) => number): [number, number] | undefined {
  const { isMap, isScalar, isSeq } = yamlLib();
  let node: unknown = root;
  let lastPair: Pair | undefined;
  let lastNode: unknown = node;
  for (const seg of path) {
    node = deref(node, doc);
    if (isMap(node)) {
      const pair = findPair(node, String(seg), doc);
      if (!pair) break;
      lastPair = pair;
      node = pair.value;
      lastNode = node ?? pair.key;
      if (node === null || node === undefined) break;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      lastPair = undefined;
      node = item;
      lastNode = item;
    } else {
      break;
    }
  }
  const reached = lastNode === node && node !== undefined && node !== null;
  const target = reached ? deref(node, doc) : undefined;
  // Whole path found: a scalar value is shown from its key (`privileged: true`); collections from their
  // first line. Path not found: the key of the last pair found, or the last node reached.
  if (reached && isScalar(target) && lastPair && isScalar(lastPair.key) && lastPair.value === node) {
    const k = (lastPair.key as YamlNode).range;
    const v = (target as YamlNode).range;
    if (k && v) return [k[0], v[1]];
  }
  if (reached && target && (target as YamlNode).range) {
    const r = (target as YamlNode).range!;
    if (isScalar(target)) return [r[0], r[1]];
    if (lastPair && isScalar(lastPair.key) && lastPair.value === node) {
      const k = (lastPair.key as YamlNode).range;
      if (k) return [k[0], k[1]];
    }
    return [r[0], lineEnd(r[0], r[1])];
  }
  if (lastPair && isScalar(lastPair.key) && (lastPair.key as YamlNode).range) {
    const k = (lastPair.key as YamlNode).range!;
    return [k[0], k[1]];
  }
  const r = (deref(lastNode, doc) as YamlNode | undefined)?.range ?? (root as YamlNode | undefined)?.range;
  return r ? [r[0], lineEnd(r[0], r[1])] : undefined;
}

/** Offsets in the file of `path` (from the object's document root, List items included). */
export function rangeOf(obj: K8sObject, path: ObjPath): [number, number] {
  const text = obj.file.text;
  const fallback = (): [number, number] => [obj.docRange[0], firstLineEnd(text, obj.docRange[0], obj.docRange[1])];
  const walked = walkPath(obj, path);
  if (walked) {
    const { base, located } = walked;
    const r = fastRange(located.root, located.rest, (s, e) => firstLineEnd(text, s + base, e + base) - base, located.key);
    return [r[0] + base, r[1] + base];
  }
  const tree = treeOf(obj);
  if (!tree) return fallback();
  const { base } = tree;
  const lineEnd = (s: number, e: number) => firstLineEnd(text, s + base, e + base) - base;
  const r = tree.kind === 'fast' ? fastRange(tree.root, path, lineEnd) : relativeRange(tree.doc.contents, tree.doc, path, lineEnd);
  return r ? [r[0] + base, r[1] + base] : fallback();
}

/** End of the first line of `start`..`end`, without trailing blanks (exported for tests). */
export function firstLineEnd(text: string, start: number, end: number): number {
  const nl = text.indexOf('\n', start);
  const lineEnd = nl === -1 ? text.length : nl;
  let e = Math.min(end, lineEnd);
  while (e > start && (text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 32)) e--;
  return Math.max(e, start + 1);
}

export function offsetsToRegion(obj: { file: { lineCounter: { linePos(o: number): { line: number; col: number } }; text: string } }, range: [number, number]): Region {
  const lc = obj.file.lineCounter;
  const textLen = obj.file.text.length;
  const s = lc.linePos(Math.min(range[0], textLen));
  const e = lc.linePos(Math.min(Math.max(range[1], range[0]), textLen));
  return { start: { line: s.line, column: s.col }, end: { line: e.line, column: e.col } };
}

export function locate(obj: K8sObject, path: ObjPath): Region {
  return offsetsToRegion(obj, rangeOf(obj, [...obj.rootPath, ...path]));
}

/**
 * `file:line` of the node at `path` (or its nearest parent), for messages that point elsewhere;
 * `find` locates it (the audit passes its memoised positions). The object itself needs no tree when
 * the reader recorded where it starts (K8sObject.rootStart).
 */
export function where(obj: K8sObject, path: ObjPath, find: (obj: K8sObject, path: ObjPath) => Region = locate): string {
  const line = path.length === 0 && obj.rootStart !== undefined ? obj.file.lineCounter.linePos(obj.rootStart).line : find(obj, path).start.line;
  return `${obj.file.path === '-' ? '<stdin>' : obj.file.path}:${line}`;
}
