/**
 * From a path into a rendered object to the place a person edits (the positions stage asks; rules
 * never see this). In order:
 * 1. the value is written in the object's origin file at that path (list items matched by `name`,
 *    as strategic merge matches them): there;
 * 2. a patch of a kustomization the object passed through sets it (strategic-merge patch files and
 *    inline patches, JSON6902 ops; the outermost kustomization first, as its patches apply last): the
 *    patch's node, inside the kustomization's block for inline patches;
 * 3. a kustomization field sets it (`namespace:` / Flux `targetNamespace:`, `namePrefix:`/`nameSuffix:`,
 *    `images:`, `replicas:`, `commonLabels:`/`labels:`, `commonAnnotations:`): that line;
 * 4. the field exists in the origin file (a value rewritten by a name reference): there;
 * 5. else the nearest parent that exists in the origin file (for a missing field, where it goes), or
 *    the object's `metadata`.
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

/** Where a value was written: a path in an object's document, or a range in a file. */
export type Target = { object: K8sObject; path: ObjPath } | { source: SourceFile; range: [number, number] };

const MERGE_KEYS = ['name', 'mountPath', 'devicePath', 'containerPort', 'ip'];

function get(v: unknown, path: ObjPath): { found: boolean; value?: unknown } {
  let cur = v;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number' && seg < cur.length) cur = cur[seg];
    else if (isRecord(cur) && typeof seg === 'string' && seg in cur) cur = cur[seg];
    else return { found: false };
  }
  return { found: true, value: cur };
}

/**
 * The same place in another tree: keys as they are, list items by merge key (or by index when they
 * have none). `complete` when the whole path exists there.
 */
export function translate(from: unknown, to: unknown, path: ObjPath, loose = false): { path: (string | number)[]; complete: boolean } {
  const out: (string | number)[] = [];
  let a = from;
  let b = to;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(a) || !Array.isArray(b)) return { path: out, complete: false };
      const item = a[seg];
      let j = -1;
      const key = isRecord(item) ? MERGE_KEYS.find((k) => k in item && (typeof item[k] === 'string' || typeof item[k] === 'number')) : undefined;
      if (key) j = b.findIndex((x) => isRecord(x) && x[key] === (item as Record<string, unknown>)[key]);
      else if (seg < b.length) j = seg;
      // (a binding's subject renamed with its ServiceAccount: kustomize's nameReference writes the
      // SA's new name, namePrefix/nameSuffix or a patch with `allowNameChange`, into the subject;
      // kubectl kustomize v5.5: `p-web-runner` for a subject written `web`. The subject written
      // with the longest name the rendered one holds, as the same item)
      if (j === -1 && key === 'name' && out[out.length - 1] === 'subjects') {
        const rendered = String((item as Record<string, unknown>).name);
        const all: unknown[] = a;
        let best = '';
        b.forEach((x, k) => {
          const n = isRecord(x) && typeof x.name === 'string' ? x.name : '';
          if (n && rendered.includes(n) && n.length > best.length && !all.some((y) => isRecord(y) && y.name === n)) ((best = n), (j = k));
        });
      }
      // (`loose`, the last resort: a subject renamed with nothing of its written name kept — a
      // ServiceAccount a patch renamed freely, a `replacements:` target writing another name — is
      // the written subject at the same index, of the same kind, in a list of the same length,
      // when no rendered subject keeps that written name)
      if (j === -1 && loose && key === 'name' && out[out.length - 1] === 'subjects' && a.length === b.length) {
        const w = b[seg];
        const all: unknown[] = a;
        if (isRecord(w) && w.kind === (item as Record<string, unknown>).kind && !all.some((y) => isRecord(y) && y.name === w.name)) j = seg;
      }
      if (j === -1) return { path: out, complete: false };
      out.push(j);
      a = item;
      b = b[j];
    } else {
      if (!isRecord(a) || !isRecord(b) || !(seg in b)) return { path: out, complete: false };
      out.push(seg);
      a = a[seg];
      b = b[seg];
    }
  }
  return { path: out, complete: true };
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return String(a) === String(b) && typeof a !== 'object';
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One document of a patch, with a pseudo object to locate paths in it. */
interface PatchDoc {
  value: unknown;
  anchor: K8sObject;
}

interface LoadedPatch {
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

function loadPatch(level: Level, p: PatchRef, sourceOf?: SourceOf): LoadedPatch | undefined {
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
export type SourceOf = (abs: string) => SourceFile | undefined;

function targetIn(level: Level, p: PatchRef, loaded: LoadedPatch, doc: PatchDoc, path: ObjPath, sourceOf: SourceOf): Target {
  if (p.inline) {
    const written = p.inline.in ?? level;
    if (!loaded.toFile) return p.inline.in?.nested ? { object: level.anchor, path: p.inline.in.nested } : { object: written.anchor, path: p.inline.at };
    const r = rangeOf(doc.anchor, path);
    return { source: loaded.source, range: [loaded.toFile(r[0]), loaded.toFile(r[1])] };
  }
  const src = (p.file && sourceOf(p.file)) || undefined;
  return { object: src ? { ...doc.anchor, file: src } : doc.anchor, path };
}

export interface Subject {
  value: Record<string, unknown>;
  kind: string;
  apiVersion: string;
  name: string;
  /** metadata.name as written in the origin file. */
  originName: string;
  namespace?: string;
}

function selects(target: Record<string, unknown> | undefined, s: Subject): boolean {
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
  if (typeof target.name === 'string' && !full(target.name, s.originName) && !full(target.name, s.name)) return false;
  if (typeof target.namespace === 'string' && target.namespace && !full(target.namespace, s.namespace)) return false;
  const meta = isRecord(s.value.metadata) ? s.value.metadata : {};
  return matchesSelector(target.labelSelector, meta.labels) && matchesSelector(target.annotationSelector, meta.annotations);
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

function pointer(path: string): string[] {
  return path
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A JSON6902 op's path is a prefix of `path` ('-' stands for any index). */
function opPrefix(op: string[], path: ObjPath): boolean {
  if (op.length > path.length) return false;
  return op.every((s, i) => {
    const p = path[i];
    return typeof p === 'number' ? s === '-' || s === String(p) : s === p;
  });
}

/** A JSON6902 `remove` op of this patch that took away what `path` names (or a parent of it below `kept` segments). */
function patchRemoves(level: Level, p: PatchRef, s: Subject, path: ObjPath, kept: number, sourceOf: SourceOf): Target | undefined {
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
function patchSets(level: Level, p: PatchRef, s: Subject, path: ObjPath, leaf: unknown, scalar: boolean, sourceOf: SourceOf): Target | undefined {
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
  for (const doc of [...loaded.docs].reverse()) {
    if (!isRecord(doc.value)) continue;
    const v = doc.value;
    if (v.kind !== undefined && v.kind !== s.kind) continue;
    const meta = isRecord(v.metadata) ? v.metadata : {};
    const n = typeof meta.name === 'string' ? meta.name : undefined;
    // without a target, a strategic-merge patch names its object (kustomize matches it by kind and name)
    if (!p.target && n !== undefined && n !== s.originName && n !== s.name && !s.name.includes(n)) continue;
    const t = translate(s.value, v, path);
    if (!t.complete) continue;
    if (scalar && !equal(get(v, t.path).value, leaf)) continue;
    return targetIn(level, p, loaded, doc, t.path, sourceOf);
  }
  return undefined;
}

const isContainerImage = (path: ObjPath) => path.length >= 2 && path[path.length - 1] === 'image' && typeof path[path.length - 2] === 'number' && /ontainers$/.test(String(path[path.length - 3]));

/**
 * Does a kustomize `fieldPath` (`spec.template.spec.containers.[name=app].image`, `*` for any
 * item or key, an index) name `path` in the rendered object?
 */
function fieldPathNames(fieldPath: string, value: unknown, path: ObjPath): boolean {
  const segs = fieldPath.match(/\[[^\]]*\]|[^.[\]]+/g) ?? [];
  if (segs.length !== path.length) return false;
  let cur = value;
  return segs.every((seg, i) => {
    const p = path[i]!;
    const m = /^\[([^=\]]*)=([^\]]*)\]$/.exec(seg);
    let ok: boolean;
    if (m) ok = typeof p === 'number' && Array.isArray(cur) && isRecord(cur[p]) && String(cur[p][m[1]!]) === m[2];
    else ok = seg === '*' || seg === String(p);
    cur = Array.isArray(cur) && typeof p === 'number' ? cur[p] : isRecord(cur) ? cur[String(p)] : undefined;
    return ok;
  });
}

/**
 * A `replacements:` target of this level that writes the value (kustomize runs replacements after
 * the level's other transformers: api/internal/target/kusttarget_configplugin.go): its `fieldPaths`
 * item, inline or in the file a `path:` entry names.
 */
function replacementSets(level: Level, s: Subject, path: ObjPath): Target | undefined {
  const list = level.replacements ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    const { value: r, anchor, at } = list[i]!;
    if (!Array.isArray(r.targets)) continue;
    for (let t = r.targets.length - 1; t >= 0; t--) {
      const target = r.targets[t];
      if (!isRecord(target) || !Array.isArray(target.fieldPaths)) continue;
      if (isRecord(target.select) && !selects(target.select, s)) continue;
      if (Array.isArray(target.reject) && target.reject.some((x) => isRecord(x) && Object.keys(x).length > 0 && selects(x, s))) continue;
      const k = target.fieldPaths.findIndex((fp) => typeof fp === 'string' && fieldPathNames(fp, s.value, path));
      if (k !== -1) return { object: anchor, path: [...at, 'targets', t, 'fieldPaths', k] };
    }
  }
  return undefined;
}

/** A kustomization field that sets this value, outermost kustomization first. */
function fieldSets(chain: Level[], s: Subject, path: ObjPath, leaf: unknown): Target | undefined {
  const key = path.join('.');
  const at = (level: Level, p: ObjPath): Target => ({ object: level.anchor, path: p });
  const isNamespace = key === 'metadata.namespace' || (/^subjects\.\d+\.namespace$/.test(key) && s.kind.endsWith('Binding'));
  for (const level of chain) {
    const v = level.value;
    // (a Flux Kustomization's commonMetadata: set on the object's metadata after everything else)
    const own = /^metadata\.(labels|annotations)\.(.+)$/.exec(key);
    if (own && isRecord(v.commonMetadata)) {
      const m = v.commonMetadata[own[1]!];
      if (isRecord(m) && own[2]! in m) return at(level, ['commonMetadata', own[1]!, own[2]!]);
    }
    const replaced = replacementSets(level, s, path);
    if (replaced) return replaced;
    if (isNamespace && typeof v[level.namespaceKey] === 'string' && v[level.namespaceKey] === leaf) return at(level, [level.namespaceKey]);
    if (key === 'metadata.name' || /^subjects\.\d+\.name$/.test(key) || key === 'roleRef.name' || /serviceAccountName$/.test(key)) {
      if (typeof v.namePrefix === 'string' && v.namePrefix && String(leaf).startsWith(v.namePrefix)) return at(level, ['namePrefix']);
      if (typeof v.nameSuffix === 'string' && v.nameSuffix && String(leaf).endsWith(v.nameSuffix)) return at(level, ['nameSuffix']);
    }
    if (isContainerImage(path) && Array.isArray(v.images)) {
      const image = String(leaf);
      const i = v.images.findIndex((im) => isRecord(im) && typeof im.name === 'string' && (image === im.name || image.startsWith(`${im.newName ?? im.name}:`) || image.startsWith(`${im.newName ?? im.name}@`) || image === im.newName));
      if (i !== -1) return at(level, ['images', i]);
    }
    if (key === 'spec.replicas' && Array.isArray(v.replicas)) {
      const i = v.replicas.findIndex((r) => isRecord(r) && (r.name === s.originName || r.name === s.name));
      if (i !== -1) return at(level, ['replicas', i]);
    }
    const label = /^(?:metadata|spec\.template\.metadata|spec\.selector)\.(?:labels|matchLabels)\.(.+)$/.exec(key)?.[1];
    if (label !== undefined) {
      if (isRecord(v.commonLabels) && label in v.commonLabels) return at(level, ['commonLabels', label]);
      if (Array.isArray(v.labels)) {
        const i = v.labels.findIndex((l) => isRecord(l) && isRecord(l.pairs) && label in l.pairs);
        if (i !== -1) return at(level, ['labels', i, 'pairs', label]);
      }
    }
    const ann = /^(?:metadata|spec\.template\.metadata)\.annotations\.(.+)$/.exec(key)?.[1];
    if (ann !== undefined && isRecord(v.commonAnnotations) && ann in v.commonAnnotations) return at(level, ['commonAnnotations', ann]);
  }
  return undefined;
}

/**
 * A generated ConfigMap's or Secret's key: the generator entry line that writes it (`literals:`
 * `KEY=…`, `files:` `KEY=path` or a file named KEY, the `envs:` file that has `KEY=`), outermost
 * kustomization first, as an overlay's entry with `behavior: merge` or `replace` overrides the
 * base's (kustomize api/types/generatorargs.go, GenerationBehavior).
 */
function generatorSets(chain: Level[], s: Subject, path: ObjPath): Target | undefined {
  const field = s.kind === 'ConfigMap' ? 'configMapGenerator' : s.kind === 'Secret' ? 'secretGenerator' : undefined;
  if (!field || path.length !== 2 || !['data', 'stringData', 'binaryData'].includes(String(path[0]))) return undefined;
  const key = String(path[1]);
  const base = (f: string) => f.slice(f.lastIndexOf('/') + 1);
  for (const level of chain) {
    const list = level.value[field];
    if (!Array.isArray(list)) continue;
    for (let i = list.length - 1; i >= 0; i--) {
      const g = list[i];
      if (!isRecord(g) || g.name !== s.originName) continue;
      const at = (p: ObjPath): Target => ({ object: level.anchor, path: [field, i, ...p] });
      const lits = Array.isArray(g.literals) ? g.literals : [];
      for (let k = lits.length - 1; k >= 0; k--) if (typeof lits[k] === 'string' && (lits[k] as string).split('=')[0]!.trim() === key) return at(['literals', k]);
      const files = Array.isArray(g.files) ? g.files : [];
      for (let k = files.length - 1; k >= 0; k--) {
        const f = files[k];
        if (typeof f !== 'string') continue;
        const eq = f.indexOf('=');
        if ((eq > 0 ? f.slice(0, eq) : base(f)) === key) return at(['files', k]);
      }
      const envs = [...(Array.isArray(g.envs) ? g.envs.map((e, k) => [e, ['envs', k]] as const) : []), ...(typeof g.env === 'string' ? [[g.env, ['env']] as const] : [])];
      for (const [e, p] of envs.reverse()) {
        const text = typeof e === 'string' ? readRegularText(`${level.dir}/${e}`) : undefined;
        if (text !== undefined && text.split(/\r?\n/).some((l) => l.split('=')[0]!.trim() === key)) return at([...p]);
      }
      // an entry that replaces the data: its own entry, whatever the key
      if (g.behavior === 'replace') return at([]);
    }
  }
  return undefined;
}

/** Components of a level, nested ones included, in the order they apply (as levels, for their patches and fields). */
export type ComponentsOf = (level: Level) => Level[];

/**
 * The mapper of one rendered object. `origin`: its document in the origin file (or a generator's
 * entry in a kustomization); `chain`: the kustomizations it passed through, outermost first.
 */
export function mapBackFor(s: Subject, origin: K8sObject, originValue: unknown, chain: Level[], componentsOf: ComponentsOf, sourceOf: SourceOf): (path: ObjPath) => Target {
  return (path) => {
    let k = path.length;
    while (k > 0 && !get(s.value, path.slice(0, k)).found) k--;
    const near = path.slice(0, k);
    const leaf = get(s.value, near).value;
    const scalar = leaf === null || typeof leaf !== 'object';
    if (k < path.length) {
      // a missing field a patch removed: the `remove` op is the line to edit
      for (const level of chain) {
        for (const l of [level, ...[...componentsOf(level)].reverse()]) {
          for (const p of [...l.patches].reverse()) {
            const t = patchRemoves(l, p, s, path, k, sourceOf);
            if (t) return t;
          }
        }
      }
    }
    const inOrigin = translate(s.value, originValue, near);
    // the rest of the path is missing in the rendered object too: locate lands on its nearest parent
    const full = (): Target => ({ object: origin, path: inOrigin.complete ? [...inOrigin.path, ...path.slice(k)] : inOrigin.path });
    // (a patch replaces a list whole: where a list on the way differs from the origin's, a patch set it)
    const written = (scalar ? equal(get(originValue, inOrigin.path).value, leaf) : true) && listsAsInOrigin(s.value, originValue, near);
    if (inOrigin.complete && written) return full();
    for (const level of chain) {
      const levels = [level, ...[...componentsOf(level)].reverse()];
      for (const l of levels) {
        for (const p of [...l.patches].reverse()) {
          const t = patchSets(l, p, s, near, leaf, scalar, sourceOf);
          if (t) return t;
        }
      }
    }
    if (scalar) {
      // (a component's fields, `images:`, `replicas:`, labels, apply with its including kustomization's)
      const levels = chain.flatMap((l) => [l, ...[...componentsOf(l)].reverse()]);
      const f = fieldSets(levels, s, near, leaf) ?? (isRecord(originValue) && originValue.kind === undefined ? generatorSets(levels, s, near) : undefined);
      if (f) return f;
    }
    if (!inOrigin.complete) {
      const loose = translate(s.value, originValue, near, true);
      if (loose.complete) return { object: origin, path: [...loose.path, ...path.slice(k)] };
    }
    if (inOrigin.complete || inOrigin.path.length > 0) return full();
    return { object: origin, path: originValue && isRecord(originValue) && 'metadata' in originValue ? ['metadata'] : [] };
  };
}

// ---- where an edit goes (`--fix` on rendered objects) ----------------------------------------------

/** Where an edit to a rendered object's path is written, or why it cannot be written safely. */
export type EditTarget = { object: K8sObject; path: ObjPath; via: 'origin' | 'patch' } | { refused: string };

/**
 * Every list on the way to `path` (the value there included) that a strategic-merge patch replaces
 * whole (items without a merge key: a Role's `rules`, a list of strings) is as the origin file has
 * it. (Lists merged by key, such as containers, are merged item by item: translate() follows them.)
 */
function listsAsInOrigin(rendered: unknown, originValue: unknown, path: ObjPath): boolean {
  for (let i = 0; i <= path.length; i++) {
    const v = get(rendered, path.slice(0, i)).value;
    if (!Array.isArray(v)) continue;
    if (v.some((x) => isRecord(x) && MERGE_KEYS.some((k) => k in x))) continue;
    const t = translate(rendered, originValue, path.slice(0, i));
    if (!t.complete || !same(get(originValue, t.path).value, v)) return false;
  }
  return true;
}

/** Equal values, mapping keys in any order (kustomize writes its output with its own key order). */
function same(a: unknown, b: unknown): boolean {
  const canon = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canon) : isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])])) : v;
  return equal(canon(a), canon(b));
}

/** A strategic-merge directive (`$patch: replace|delete`, `$retainKeys`, `$setElementOrder/…`, `$deleteFromPrimitiveList/…`). */
function hasDirective(v: unknown, depth = 0): boolean {
  if (depth > 100) return true;
  if (Array.isArray(v)) return v.some((x) => hasDirective(x, depth + 1));
  if (!isRecord(v)) return false;
  return Object.keys(v).some((k) => k.startsWith('$') || hasDirective(v[k], depth + 1));
}

const where = (t: Target): string => {
  if ('source' in t) return `${t.source.path}:${t.source.lineCounter.linePos(t.range[0]).line}`;
  const r = rangeOf(t.object, t.path);
  return `${t.object.file.path}:${t.object.file.lineCounter.linePos(r[0]).line}`;
};

/** One patch's part in the value at `near`: it writes it (where, and the value it writes), or an edit cannot go past it. */
type Write = { object: K8sObject; path: ObjPath; value: unknown } | { inline: string } | { refused: string } | undefined;

function patchWrites(level: Level, p: PatchRef, s: Subject, near: ObjPath, whole: boolean, sourceOf: SourceOf): Write {
  if (!selects(p.target, s)) return undefined;
  const loaded = loadPatch(level, p, sourceOf);
  if (!loaded) return undefined;
  const kind = p.inline ? `an inline patch in ${(p.inline.in ?? level).source.path}` : 'a JSON6902 patch';
  if (loaded.json6902) {
    const ops = loaded.docs[0];
    if (!ops || !Array.isArray(ops.value)) return undefined;
    for (let j = ops.value.length - 1; j >= 0; j--) {
      const op = ops.value[j];
      if (!isRecord(op) || typeof op.path !== 'string' || op.op === 'test') continue;
      const segs = pointer(op.path);
      const from = typeof op.from === 'string' ? pointer(op.from) : undefined;
      // an op at `near` or above it sets it; one below it changes part of a value set wholesale
      const above = opPrefix(segs, near);
      const below = whole && segs.length > near.length && near.every((x, i) => segs[i] === '-' || segs[i] === String(x));
      const moved = from !== undefined && opPrefix(from, near);
      if (above || below || moved) return { refused: `the value is set by ${kind} (${where(targetIn(level, p, loaded, ops, [j], sourceOf))}): edit that op by hand` };
    }
    return undefined;
  }
  for (const doc of [...loaded.docs].reverse()) {
    if (!isRecord(doc.value)) continue;
    const v = doc.value;
    if (v.kind !== undefined && v.kind !== s.kind) continue;
    const meta = isRecord(v.metadata) ? v.metadata : {};
    const n = typeof meta.name === 'string' ? meta.name : undefined;
    if (!p.target && n !== undefined && n !== s.originName && n !== s.name && !s.name.includes(n)) continue;
    const t = translate(s.value, v, near);
    if (!t.complete) {
      if (t.path.length && hasDirective(get(v, t.path).value)) return { refused: `a strategic-merge patch with \`$patch\` directives (${where(targetIn(level, p, loaded, doc, t.path, sourceOf))}) rewrites this part of the object: edit it by hand` };
      continue;
    }
    if (hasDirective(get(v, t.path).value)) return { refused: 'the patch uses `$patch` directives here: edit it by hand' };
    if (p.inline) return { inline: `the value is set by ${kind} (${where(targetIn(level, p, loaded, doc, t.path, sourceOf))}): edit it by hand` };
    const at = targetIn(level, p, loaded, doc, t.path, sourceOf);
    if ('source' in at) return { refused: 'the patch is not in a file of its own' };
    return { object: at.object, path: at.path, value: get(v, t.path).value };
  }
  return undefined;
}

/**
 * The place an edit of a rendered object's `path` is written: the last writer of the value, as
 * kustomize applies them in reverse (the outermost kustomization's patches, then inner ones, then the
 * origin file). A strategic-merge patch file that writes the value: there; else the origin file, at
 * the same place (list items matched by merge key), also for a field to add under a parent written
 * there. Refused, with the reason, where an edit cannot be written so that it survives the render:
 * a JSON6902 op (file or inline), an inline patch in a kustomization, `$patch` directives, a value a
 * kustomization field or a generator sets, a JSON6902 `remove` of the field, a value merged from
 * several places. A base shared by several overlays is one origin file: one edit, not one per overlay.
 */
export function editTargetFor(s: Subject, origin: K8sObject, originValue: unknown, chain: Level[], componentsOf: ComponentsOf, sourceOf: SourceOf): (path: ObjPath) => EditTarget {
  return (path) => {
    if (!isRecord(originValue) || originValue.kind === undefined) return { refused: 'the object is made by kustomize (a generator), not written in a file: edit the generator by hand' };
    let k = path.length;
    while (k > 0 && !get(s.value, path.slice(0, k)).found) k--;
    const near = path.slice(0, k);
    const rest = path.slice(k);
    const leaf = get(s.value, near).value;
    const scalar = leaf === null || typeof leaf !== 'object';
    // an edit that replaces the value at `near` itself (not one that adds below it)
    const whole = rest.length === 0;
    if (!whole) {
      for (const level of chain) {
        for (const l of [level, ...[...componentsOf(level)].reverse()]) {
          for (const p of [...l.patches].reverse()) {
            const t = patchRemoves(l, p, s, path, k, sourceOf);
            if (t) return { refused: `a JSON6902 patch removes this field (${where(t)}): edit it by hand` };
          }
        }
      }
    }
    // A field added under `near`: strategic merge keeps it wherever `near` is written, so it goes
    // where the finding points, the origin file when `near` is written there, else the last patch
    // file that writes `near`. A value replaced: where its last writer wrote it.
    let addTo: { object: K8sObject; path: ObjPath } | undefined;
    for (const level of chain) {
      for (const l of [level, ...[...componentsOf(level)].reverse()]) {
        for (const p of [...l.patches].reverse()) {
          const w = patchWrites(l, p, s, near, whole, sourceOf);
          if (!w) continue;
          if ('refused' in w) return w;
          if ('inline' in w) {
            if (whole) return { refused: w.inline };
            continue;
          }
          if (!whole) {
            addTo ??= w;
            continue;
          }
          if (!same(w.value, leaf)) return { refused: `the value is changed after the patch that sets it (${w.object.file.path}): edit it by hand` };
          return { object: w.object, path: [...w.path, ...rest], via: 'patch' };
        }
      }
    }
    if (scalar && near.length) {
      const f = fieldSets(chain.flatMap((l) => [l, ...[...componentsOf(l)].reverse()]), s, near, leaf);
      if (f) return { refused: `the value is set by a kustomization field (${where(f)}): edit it by hand` };
    }
    const t = translate(s.value, originValue, near);
    if (!t.complete && addTo) return { object: addTo.object, path: [...addTo.path, ...rest], via: 'patch' };
    if (!t.complete) return { refused: 'the value is not written in the origin file or a strategic-merge patch file: edit it by hand' };
    if (whole && !same(get(originValue, t.path).value, leaf)) return { refused: 'kustomize changes this value after the origin file (a transformer or replacement): edit it by hand' };
    return { object: origin, path: [...t.path, ...rest], via: 'origin' };
  };
}
