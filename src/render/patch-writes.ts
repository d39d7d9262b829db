/**
 * Which patch of a kustomization writes a value of a rendered object (mapback.ts asks, outermost
 * kustomization first): strategic-merge patch files and inline patches, JSON6902 ops; a patch's
 * `target` selects the objects it applies to. Patches are read once (patchCache).
 */
import type { K8sObject, SourceFile } from '../input/types.ts';
import type { ObjPath } from '../engine/types.ts';
import { rangeOf } from '../engine/locate.ts';
import { newSource } from '../input/parse.ts';
import { PARSE_OPTIONS } from '../input/tree.ts';
import { yamlLib } from '../input/yaml-lib.ts';
import { looksJson6902, pseudoObject, type Level, type PatchRef } from './kustomization.ts';
import { readRegularText } from './read.ts';
import { isRecord } from '../model/workloads.ts';
import { equal, get, MERGE_KEYS, translate } from './value-paths.ts';
import type { SourceOf, Subject, Target } from './mapback.ts';

/** One document of a patch, with a pseudo object to locate paths in it. */
export interface PatchDoc {
  value: unknown;
  anchor: K8sObject;
}

export interface LoadedPatch {
  docs: PatchDoc[];
  json6902: boolean;
  /** For inline patches: from offsets in the patch text to offsets in the kustomization file. */
  toFile?: (offset: number) => number;
  /** The file the patch is written in. */
  source: SourceFile;
}

const patchCache = new WeakMap<PatchRef, LoadedPatch | null>();

function parseDocs(source: SourceFile): PatchDoc[] {
  const { parseAllDocuments } = yamlLib();
  try {
    const docs = parseAllDocuments(source.text, PARSE_OPTIONS);
    if (!Array.isArray(docs)) return [];
    return docs.flatMap((d, i): PatchDoc[] => {
      if (d.errors.length || d.contents === null) return [];
      const value = d.toJS({ maxAliasCount: 1000 }) as unknown;
      const range: [number, number] = [d.range[0], d.range[2]];
      // a `kind: List` of patches: kustomize applies each item (kubectl kustomize v5.5)
      if (isRecord(value) && typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items))
        return value.items.map((item, k) => ({ value: item, anchor: pseudoObject(source, i, range, ['items', k]) }));
      return [{ value, anchor: pseudoObject(source, i, range, []) }];
    });
  } catch {
    return [];
  }
}

/**
 * An inline patch is a string in the kustomization: from each character of its value to the
 * character of the file that wrote it. Real kustomizations write it as a `|` block, but also as a
 * `>` folded block, a quoted string (`'[{"op": "add", …}]'`, `"apiVersion: …\n…"`) or a plain
 * one (YAML 1.2 spec, chapter 7 and 8: folding turns a line break into a space, or drops it;
 * indentation is not part of the value; `''` is a quote in a single-quoted string, `\` starts an
 * escape in a double-quoted one). Every character of the value other than such whitespace is
 * written in the file in the same order, so the value is walked against the file's text: a value
 * character is found at the next file character that equals it, skipping only the whitespace that
 * indentation and folding add; an escape is the value's character at its backslash.
 */
function inlineMapping(level: Pick<Level, 'source' | 'anchor'>, at: ObjPath): ((offset: number) => number) | undefined {
  const { parseAllDocuments, isScalar } = yamlLib();
  const src = level.source;
  const docs = parseAllDocuments(src.text, PARSE_OPTIONS);
  if (!Array.isArray(docs)) return undefined;
  const doc = docs[level.anchor.documentIndex];
  const node = doc?.getIn([...level.anchor.rootPath, ...at], true);
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
  const text = src.text;
  const value = node.value;
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const quote = node.type === 'QUOTE_SINGLE' ? "'" : node.type === 'QUOTE_DOUBLE' ? '"' : undefined;
  // the value starts after a block's header line, after a quote
  let j = block ? text.indexOf('\n', node.range[0]) + 1 : node.range[0] + (quote ? 1 : 0);
  if (block && j === 0) return undefined;
  const end = node.range[1];
  const map = new Array<number>(value.length + 1);
  const blank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (node.type === 'QUOTE_DOUBLE') {
      // an escaped line break (`\` at the end of a line) is no character of the value
      while (text[j] === '\\' && (text[j + 1] === '\n' || text[j + 1] === '\r')) {
        j += 2;
        while (j < end && blank(text[j])) j++;
      }
      if (text[j] === '\\') {
        const e = text[j + 1];
        map[i] = j;
        j += e === 'x' ? 4 : e === 'u' ? 6 : e === 'U' ? 10 : 2;
        continue;
      }
    }
    if (quote === "'" && c === "'" && text[j] === "'" && text[j + 1] === "'") {
      map[i] = j;
      j += 2;
      continue;
    }
    let k = j;
    while (k < end && text[k] !== c && blank(text[k])) k++;
    if (text[k] === c) {
      map[i] = k;
      j = k + 1;
    } else if (blank(c)) map[i] = j; // a space or line break folding made
    else return undefined; // (not the text this value was read from)
  }
  map[value.length] = value.length ? map[value.length - 1]! + 1 : j;
  return (offset) => map[Math.max(0, Math.min(offset, value.length))]!;
}

export function loadPatch(level: Level, p: PatchRef, sourceOf?: SourceOf): LoadedPatch | undefined {
  const hit = patchCache.get(p);
  if (hit !== undefined) return hit ?? undefined;
  let out: LoadedPatch | null = null;
  try {
    if (p.file) {
      // (the engine's text of the file when it has one: an edited text during `--fix` passes)
      const text = sourceOf?.(p.file)?.text ?? readRegularText(p.file);
      if (text === undefined) throw new Error(`cannot read ${p.file}`);
      const source = newSource(p.file, text);
      out = { docs: parseDocs(source), json6902: p.json6902 ?? looksJson6902(source.text), source };
    } else if (p.inline) {
      const written = p.inline.in ?? level;
      const virtual = newSource(written.source.path, p.inline.text);
      let toFile = inlineMapping(written, p.inline.at);
      let source = written.source;
      const nested = p.inline.in?.nested;
      if (nested) {
        // (a string inside a string: the transformer config written inline in the kustomization)
        const outer = inlineMapping(level, nested);
        const inner = toFile;
        toFile = outer && inner ? (o: number) => outer(inner(o)) : undefined;
        source = level.source;
      }
      out = { docs: parseDocs(virtual), json6902: p.json6902 ?? looksJson6902(p.inline.text), source, ...(toFile ? { toFile } : {}) };
    }
  } catch {
    out = null;
  }
  patchCache.set(p, out);
  return out ?? undefined;
}

/** Display paths of patch files: the engine's SourceFile for them, so findings point into the file as read. */

export function targetIn(level: Level, p: PatchRef, loaded: LoadedPatch, doc: PatchDoc, path: ObjPath, sourceOf: SourceOf): Target {
  if (p.inline) {
    const written = p.inline.in ?? level;
    if (!loaded.toFile) return p.inline.in?.nested ? { object: level.anchor, path: p.inline.in.nested } : { object: written.anchor, path: p.inline.at };
    const r = rangeOf(doc.anchor, path);
    return { source: loaded.source, range: [loaded.toFile(r[0]), loaded.toFile(r[1])] };
  }
  const src = (p.file && sourceOf(p.file)) || undefined;
  return { object: src ? { ...doc.anchor, file: src } : doc.anchor, path };
}


export function selects(target: Record<string, unknown> | undefined, s: Subject): boolean {
  if (!target) return true;
  const full = (re: unknown, v: string | undefined) => {
    if (typeof re !== 'string' || re === '') return true;
    try {
      return new RegExp(`^(?:${re})$`).test(v ?? '');
    } catch {
      return re === v;
    }
  };
  const [group, version] = s.apiVersion.includes('/') ? s.apiVersion.split('/') : ['', s.apiVersion];
  if (!full(target.kind, s.kind) || !full(target.group, group) || !full(target.version, version)) return false;
  // (as the object is when the patch runs, when the caller knows it: patch-view.ts; by its original
  // or its current name and namespace, as api/resmap/reswrangler.go Select matches them)
  const seen = s.seen;
  if (typeof target.name === 'string' && !full(target.name, s.originName) && !full(target.name, seen?.name ?? s.name)) return false;
  const namespaces = seen?.namespaces ?? [s.namespace];
  if (typeof target.namespace === 'string' && target.namespace && !namespaces.some((ns) => full(target.namespace, ns))) return false;
  const meta = isRecord(s.value.metadata) ? s.value.metadata : {};
  return matchesSelector(target.labelSelector, seen?.labels ?? meta.labels) && matchesSelector(target.annotationSelector, seen?.annotations ?? meta.annotations);
}

/**
 * A Kubernetes label selector string (k8s.io/apimachinery/pkg/labels, selector.go, as kustomize
 * parses `labelSelector`/`annotationSelector`): terms separated by commas outside parentheses,
 * each `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k` (exists) or `!k` (does not).
 */
function matchesSelector(selector: unknown, m: unknown): boolean {
  if (typeof selector !== 'string' || !selector.trim()) return true;
  const have = isRecord(m) ? m : {};
  const terms: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      terms.push(cur);
      cur = '';
    } else cur += ch;
  }
  terms.push(cur);
  return terms.every((term) => {
    const t = term.trim();
    if (!t) return true;
    const set = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(t);
    if (set) {
      const values = set[3]!.split(',').map((v) => v.trim());
      const v = have[set[1]!];
      const inSet = v !== undefined && values.includes(String(v));
      return set[2] === 'in' ? inSet : !inSet;
    }
    if (t.startsWith('!')) return !(t.slice(1).trim() in have);
    const ne = t.split('!=');
    if (ne.length === 2) return String(have[ne[0]!.trim()] ?? '') !== ne[1]!.trim();
    const eq = t.split(/==?/);
    if (eq.length === 2) return String(have[eq[0]!.trim()] ?? '') === eq[1]!.trim();
    return t in have;
  });
}

export function pointer(path: string): string[] {
  return path
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A JSON6902 op's path is a prefix of `path` ('-' stands for any index). */
export function opPrefix(op: string[], path: ObjPath): boolean {
  if (op.length > path.length) return false;
  return op.every((s, i) => {
    const p = path[i];
    return typeof p === 'number' ? s === '-' || s === String(p) : s === p;
  });
}

/** A JSON6902 `remove` op of this patch that took away what `path` names (or a parent of it below `kept` segments). */
export function patchRemoves(level: Level, p: PatchRef, s: Subject, path: ObjPath, kept: number, sourceOf: SourceOf): Target | undefined {
  if (!selects(p.target, s)) return undefined;
  const loaded = loadPatch(level, p, sourceOf);
  const ops = loaded?.json6902 ? loaded.docs[0] : undefined;
  if (!loaded || !ops || !Array.isArray(ops.value)) return undefined;
  for (let j = ops.value.length - 1; j >= 0; j--) {
    const op = ops.value[j];
    if (!isRecord(op) || op.op !== 'remove' || typeof op.path !== 'string') continue;
    const segs = pointer(op.path);
    if (segs.length > kept && opPrefix(segs, path)) return targetIn(level, p, loaded, ops, [j], sourceOf);
  }
  return undefined;
}

/** Every value written in `part` is in `whole` (mapping keys at any depth; lists item by item). */
function within(part: unknown, whole: unknown, depth = 0): boolean {
  if (depth > 100) return false;
  if (Array.isArray(part)) return Array.isArray(whole) && part.length === whole.length && part.every((x, i) => within(x, whole[i], depth + 1));
  if (isRecord(part)) return isRecord(whole) && Object.keys(part).every((k) => within(part[k], whole[k], depth + 1));
  return equal(part, whole);
}

/** Can the item at `index` of `list` (at `listPath`) be one a `-` op of these ops appended? */
function appendedIndex(ops: unknown[], listPath: string[], list: unknown, index: string | number | undefined): boolean {
  if (!Array.isArray(list) || typeof index !== 'number') return true;
  const n = ops.filter((op) => isRecord(op) && op.op === 'add' && typeof op.path === 'string' && equal(pointer(op.path), [...listPath, '-'])).length;
  return index >= list.length - n;
}

/** Does this patch set the value at `path` of the object? Where, if so. */
export function patchSets(level: Level, p: PatchRef, s: Subject, path: ObjPath, leaf: unknown, scalar: boolean, sourceOf: SourceOf): Target | undefined {
  if (!selects(p.target, s)) return undefined;
  const loaded = loadPatch(level, p, sourceOf);
  if (!loaded) return undefined;
  if (loaded.json6902) {
    const ops = loaded.docs[0];
    if (!ops || !Array.isArray(ops.value)) return undefined;
    let appended: Target | undefined;
    let below: Target | undefined;
    for (let j = ops.value.length - 1; j >= 0; j--) {
      const op = ops.value[j];
      if (!isRecord(op) || typeof op.path !== 'string' || !['add', 'replace', 'copy', 'move'].includes(String(op.op))) continue;
      const segs = pointer(op.path);
      // (an op below a list or mapping that is not as written, e.g. `add /rules/1/verbs/-` for a
      // finding at `rules.1.verbs`: its value, when no op sets the whole, as the part it changed)
      if (!scalar && !below && (op.op === 'add' || op.op === 'replace') && segs.length > path.length && opPrefix(segs.slice(0, path.length), path)) {
        const last = segs[segs.length - 1];
        const parent = get(s.value, [...path, ...segs.slice(path.length, -1).map((x) => (/^\d+$/.test(x) ? Number(x) : x))]).value;
        const there = last === '-' ? Array.isArray(parent) && parent.some((x) => within(op.value, x)) : isRecord(parent) || Array.isArray(parent) ? within(op.value, (parent as Record<string, unknown>)[last!]) : false;
        if (there) below = targetIn(level, p, loaded, ops, [j, 'value'], sourceOf);
      }
      if (!opPrefix(segs, path)) continue;
      const rest = path.slice(segs.length);
      if (op.op === 'copy' || op.op === 'move') return targetIn(level, p, loaded, ops, [j], sourceOf);
      if (rest.length === 0 && scalar && !equal(op.value, leaf)) continue;
      // (a list item the op added names itself by its merge key: a container `name`)
      if (rest.length === 0 && isRecord(leaf) && isRecord(op.value) && MERGE_KEYS.some((k) => k in leaf && k in (op.value as Record<string, unknown>) && !equal(leaf[k], (op.value as Record<string, unknown>)[k]))) continue;
      // (below the op's path: the op's value must hold it, as written; an `add` at `…/containers/-`
      // appends one item, and matches every index only by its path)
      if (rest.length > 0) {
        const inOp = get(op.value, rest);
        if (!inOp.found || (scalar && !equal(inOp.value, leaf))) continue;
      }
      // (several ops appending with `-`: the one whose value is the item, as far as it is written;
      // a later transformer may have added to it, as `namespace:` does to a subject)
      const dash = segs.indexOf('-');
      if (dash !== -1 && !within(op.value, get(s.value, path.slice(0, dash + 1)).value)) {
        // (not as written, e.g. `images:` rewrote it: still this op's, but only for an item it can
        // have appended; `-` appends at the end, so the last items of the list, one per `-` op of
        // this patch on that list. An item before them came from below: a base rule keeps its place)
        if (appendedIndex(ops.value, segs.slice(0, dash), get(s.value, path.slice(0, dash)).value, path[dash])) {
          appended ??= targetIn(level, p, loaded, ops, [j, 'value', ...rest], sourceOf);
        }
        continue;
      }
      return targetIn(level, p, loaded, ops, [j, 'value', ...rest], sourceOf);
    }
    return appended ?? below;
  }
  for (const doc of docsFor(loaded, p, s)) {
    const v = doc.value;
    const t = translate(s.value, v, path);
    if (!t.complete) continue;
    if (scalar && !equal(get(v, t.path).value, leaf)) continue;
    return targetIn(level, p, loaded, doc, t.path, sourceOf);
  }
  return undefined;
}

/**
 * The documents of a strategic-merge patch that apply to the subject, the last first: of its kind,
 * and without a target, named as it is (kustomize matches such a patch by kind and name).
 */
export function docsFor(loaded: LoadedPatch, p: PatchRef, s: Subject): (PatchDoc & { value: Record<string, unknown> })[] {
  const nameOf = (v: Record<string, unknown>) => (isRecord(v.metadata) && typeof v.metadata.name === 'string' ? v.metadata.name : undefined);
  const docs = [...loaded.docs].reverse().filter((doc): doc is PatchDoc & { value: Record<string, unknown> } => isRecord(doc.value) && (doc.value.kind === undefined || doc.value.kind === s.kind));
  if (p.target) return docs;
  // (as kustomize matches it: its original name or its name when the patch runs, patch-view.ts;
  // api/resmap/reswrangler.go Select. The patch of `web` is not one of `web-canary`)
  if (s.seen) {
    const now = s.seen.name;
    return docs.filter((d) => {
      const n = nameOf(d.value);
      return n === undefined || n === s.originName || n === now;
    });
  }
  // (a patch names the object as it was where the patch applies: its written name, its rendered
  // one, or one an inner level's namePrefix/nameSuffix made, which the rendered name holds. Of the
  // names the rendered one holds, the longest: the patch of `web` is not one of `web-worker`)
  const held = docs.map((d) => nameOf(d.value)).filter((n): n is string => n !== undefined && (n === s.originName || n === s.name || s.name.includes(n)));
  const exact = held.find((n) => n === s.originName || n === s.name);
  const best = exact ?? held.reduce((a, n) => (n.length > a.length ? n : a), '');
  return docs.filter((d) => {
    const n = nameOf(d.value);
    return n === undefined || (best !== '' && n === best);
  });
}

/**
 * Does a patch of this level replace the value at `path`, or a list or mapping on the way to it?
 * A strategic-merge patch with `$patch: replace` (a list item `{$patch: replace}`, or the key in a
 * mapping) keeps only what it writes there (kubectl kustomize v5.5: a base container the replacing
 * list leaves out is gone); a JSON6902 `add`, `replace`, `copy` or `move` at that path or above it
 * writes the whole value (RFC 6902: `add` of an existing member replaces it). A value the patch
 * writes again is then the patch's, not the origin's. (An `add` at `…/-` appends one item and
 * replaces nothing.)
 */
export function patchReplaces(level: Level, p: PatchRef, s: Subject, path: ObjPath, sourceOf: SourceOf): boolean {
  if (!selects(p.target, s)) return false;
  const loaded = loadPatch(level, p, sourceOf);
  if (!loaded) return false;
  if (loaded.json6902) {
    const ops = loaded.docs[0]?.value;
    return Array.isArray(ops) && ops.some((op) => isRecord(op) && typeof op.path === 'string' && ['add', 'replace', 'copy', 'move'].includes(String(op.op)) && !pointer(op.path).includes('-') && opPrefix(pointer(op.path), path));
  }
  for (const doc of docsFor(loaded, p, s)) {
    for (let i = 0; i <= path.length; i++) {
      const t = translate(s.value, doc.value, path.slice(0, i));
      if (!t.complete) break;
      const v = get(doc.value, t.path).value;
      if (Array.isArray(v) ? v.some((x) => isRecord(x) && x.$patch === 'replace') : isRecord(v) && v.$patch === 'replace') return true;
    }
  }
  return false;
}
