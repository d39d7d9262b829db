/**
 * From a path into a rendered object to the place a person edits (the positions stage asks; rules
 * never see this). In order:
 * 1. the value is written in the object's origin file at that path (list items matched by `name`,
 *    as strategic merge matches them): there;
 * 2. a patch of a kustomization the object passed through sets it (patch-writes.ts: strategic-merge
 *    patch files and inline patches, JSON6902 ops; the outermost kustomization first, as its patches
 *    apply last): the patch's node, inside the kustomization's block for inline patches;
 * 3. a kustomization field sets it (`namespace:` / Flux `targetNamespace:`, `namePrefix:`/`nameSuffix:`,
 *    `images:`, `replicas:`, `commonLabels:`/`labels:`, `commonAnnotations:`): that line;
 * 4. the field exists in the origin file (a value rewritten by a name reference): there;
 * 5. else the nearest parent that exists in the origin file (for a missing field, where it goes), or
 *    the object's `metadata`.
 */
import type { K8sObject, SourceFile } from '../input/types.ts';
import type { ObjPath } from '../engine/types.ts';
import type { Level, PatchRef } from './kustomization.ts';
import { isRecord } from '../model/workloads.ts';
import { equal, get, MERGE_KEYS, translate } from './value-paths.ts';
import { rangeOf } from '../engine/locate.ts';
import { readRegularText } from './read.ts';
import { patchViews, type Phase, type Seen } from './patch-view.ts';
import { docsFor, loadPatch, opPrefix, patchRemoves, patchReplaces, patchSets, pointer, selects, targetIn } from './patch-writes.ts';

/** Where a value was written: a path in an object's document, or a range in a file. */
export type Target = { object: K8sObject; path: ObjPath } | { source: SourceFile; range: [number, number] };

/** The file at an absolute path, as the render stage read it (its texts as edited, when they are). */
export type SourceOf = (abs: string) => SourceFile | undefined;

export interface Subject {
  value: Record<string, unknown>;
  kind: string;
  apiVersion: string;
  name: string;
  /** metadata.name as written in the origin file. */
  originName: string;
  namespace?: string;
  /** The object as the patch being asked about sees it (patch-view.ts), else as rendered. */
  seen?: Seen;
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
function replacementSets(level: Level, s: Subject, path: ObjPath, as?: SeenBy): Target | undefined {
  // (a target selects the object as it is when the replacement runs: patch-view.ts)
  if (as) s = as(level, 'transformers');
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
function fieldSets(chain: Level[], s: Subject, path: ObjPath, leaf: unknown, as?: SeenBy): Target | undefined {
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
    const replaced = replacementSets(level, s, path, as);
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

/** The subject as a patch's target (or a transformer of a phase) sees it (patch-view.ts). */
type SeenBy = (l: Level, p: PatchRef | Phase) => Subject;
function seenBy(s: Subject, originValue: unknown, chain: Level[], componentsOf: ComponentsOf): SeenBy {
  const view = patchViews(s, originValue, chain, componentsOf);
  return (l, p) => ({ ...s, seen: view(l, p) });
}

/**
 * The mapper of one rendered object. `origin`: its document in the origin file (or a generator's
 * entry in a kustomization); `chain`: the kustomizations it passed through, outermost first.
 */
export function mapBackFor(s: Subject, origin: K8sObject, originValue: unknown, chain: Level[], componentsOf: ComponentsOf, sourceOf: SourceOf): (path: ObjPath) => Target {
  const as = seenBy(s, originValue, chain, componentsOf);
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
            const t = patchRemoves(l, p, as(l, p), path, k, sourceOf);
            if (t) return t;
          }
        }
      }
    }
    const inOrigin = translate(s.value, originValue, near);
    // the rest of the path is missing in the rendered object too: locate lands on its nearest parent
    const full = (): Target => ({ object: origin, path: inOrigin.complete ? [...inOrigin.path, ...path.slice(k)] : inOrigin.path });
    // (a patch replaces a list whole: where a list on the way differs from the origin's, a patch set it)
    const written = (scalar ? equal(get(originValue, inOrigin.path).value, leaf) : true) && listsAsInOrigin(s, originValue, near, chain) && !chain.some((level) => [level, ...componentsOf(level)].some((l) => l.patches.some((p) => patchReplaces(l, p, as(l, p), near, sourceOf))));
    if (inOrigin.complete && written) return full();
    for (const level of chain) {
      const levels = [level, ...[...componentsOf(level)].reverse()];
      for (const l of levels) {
        for (const p of [...l.patches].reverse()) {
          const t = patchSets(l, p, as(l, p), near, leaf, scalar, sourceOf);
          if (t) return t;
        }
      }
    }
    if (scalar) {
      // (a component's fields, `images:`, `replicas:`, labels, apply with its including kustomization's)
      const levels = chain.flatMap((l) => [l, ...[...componentsOf(l)].reverse()]);
      const f = fieldSets(levels, s, near, leaf, as) ?? (isRecord(originValue) && originValue.kind === undefined ? generatorSets(levels, s, near) : undefined);
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
 * whole is as the origin file has it. Strategic merge merges a list item by item only where the
 * kind's schema names a merge key for that field (containers, volumes, env, ports, volumeMounts…:
 * translate() follows them); it replaces every other list whole: a Role's `rules`, a binding's
 * `subjects` (no merge key in the Kubernetes schema, though its items have a `name`), and every
 * list of a kind kustomize has no schema for (an Argo Rollout's `containers`), unless a
 * kustomization gives it one (`openapi:`, `crds:`). kubectl kustomize v5.5: a patch of `subjects`
 * or of a Rollout's `containers` leaves only the patch's items.
 */
function listsAsInOrigin(s: Subject, originValue: unknown, path: ObjPath, chain: Level[]): boolean {
  const schema = builtinKind(s.apiVersion) || chain.some((l) => l.value.openapi !== undefined || l.value.crds !== undefined);
  for (let i = 0; i <= path.length; i++) {
    const v = get(s.value, path.slice(0, i)).value;
    if (!Array.isArray(v)) continue;
    const field = path[i - 1];
    if (schema && typeof field === 'string' && MERGED_LISTS.has(field) && v.some((x) => isRecord(x) && MERGE_KEYS.some((k) => k in x))) continue;
    const t = translate(s.value, originValue, path.slice(0, i));
    if (!t.complete || !same(get(originValue, t.path).value, v)) return false;
  }
  return true;
}

/**
 * Lists that strategic merge merges by key in the kinds of Kubernetes' own API groups (their
 * `patchMergeKey`s in the Kubernetes schema kustomize carries: a pod's containers, initContainers,
 * ephemeralContainers, volumes, imagePullSecrets, hostAliases, resourceClaims, schedulingGates; a
 * container's env, ports, volumeMounts, volumeDevices; a Service's ports; a webhook
 * configuration's webhooks).
 */
const MERGED_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers', 'volumes', 'imagePullSecrets', 'hostAliases', 'resourceClaims', 'schedulingGates', 'env', 'ports', 'volumeMounts', 'volumeDevices', 'webhooks']);

/** A kind of Kubernetes' own API (core, `apps`, `batch`, `*.k8s.io`…), whose schema kustomize carries. */
const builtinKind = (apiVersion: string): boolean => {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
  return group === '' || !group.includes('.') || group.endsWith('.k8s.io');
};

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
  for (const doc of docsFor(loaded, p, s)) {
    const v = doc.value;
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
  const as = seenBy(s, originValue, chain, componentsOf);
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
            const t = patchRemoves(l, p, as(l, p), path, k, sourceOf);
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
          const w = patchWrites(l, p, as(l, p), near, whole, sourceOf);
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
      const f = fieldSets(chain.flatMap((l) => [l, ...[...componentsOf(l)].reverse()]), s, near, leaf, as);
      if (f) return { refused: `the value is set by a kustomization field (${where(f)}): edit it by hand` };
    }
    const t = translate(s.value, originValue, near);
    if (!t.complete && addTo) return { object: addTo.object, path: [...addTo.path, ...rest], via: 'patch' };
    if (!t.complete) return { refused: 'the value is not written in the origin file or a strategic-merge patch file: edit it by hand' };
    if (whole && !same(get(originValue, t.path).value, leaf)) return { refused: 'kustomize changes this value after the origin file (a transformer or replacement): edit it by hand' };
    return { object: origin, path: [...t.path, ...rest], via: 'origin' };
  };
}
