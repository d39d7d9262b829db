/**
 * The object as a patch's `target` sees it. kustomize selects a patch's objects when that patch
 * runs (api/resmap/reswrangler.go Select: the original or current name and namespace, the labels
 * and annotations the object has then), not as they come out of the build. The order it runs
 * things in: a kustomization's resources (each base built whole), then its components (each runs
 * its own transformers over them), then its own transformers, in the order of
 * api/internal/target/kusttarget_configplugin.go configureBuiltinTransformers: patchesStrategicMerge,
 * patches, namespace, namePrefix/nameSuffix, labels/commonLabels, commonAnnotations,
 * patchesJson6902, replicas, images; then the transformers of `transformers:`. So a base's patch
 * never sees an overlay's labels, nor a `patches:` entry its own kustomization's `commonLabels`
 * or `namespace`; a `patchesJson6902:` entry sees both; `replacements:` (after the builtins) see
 * their own kustomization's labels, not an overlay's (kubectl 1.32). Flux's `commonMetadata` comes last.
 *
 * The view is worked out backwards from the rendered object: what a transformer that runs after the
 * patch set is taken away (a label it set is as the origin file and the transformers before the
 * patch have it, or absent), a later namePrefix/nameSuffix is stripped.
 */
import type { Level, PatchRef } from './kustomization.ts';
import type { Subject } from './mapback.ts';
import { isRecord } from '../model/workloads.ts';

/** What a target is matched against (patch-writes.ts selects). */
export interface Seen {
  name: string;
  /** The namespace as written in the origin file, and as it is when the patch runs. */
  namespaces: (string | undefined)[];
  labels: Record<string, unknown>;
  annotations: Record<string, unknown>;
}

export type Phase = 'patches' | 'fields' | 'json6902' | 'transformers' | 'meta';
const PHASES: Phase[] = ['patches', 'fields', 'json6902', 'transformers', 'meta'];
interface Step {
  level: Level;
  phase: Phase;
}

const phaseOf = (p: PatchRef): Phase => (p.at[0] === 'patchesJson6902' ? 'json6902' : p.at[0] === 'transformers' ? 'transformers' : 'patches');

const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/** The labels and annotations a step sets on every object's metadata. */
function metaSet(step: Step): { labels: Record<string, unknown>; annotations: Record<string, unknown> } {
  const v = step.level.value;
  if (step.phase === 'meta') {
    const common = record(v.commonMetadata);
    return { labels: record(common.labels), annotations: record(common.annotations) };
  }
  if (step.phase !== 'fields') return { labels: {}, annotations: {} };
  const labels: Record<string, unknown> = {};
  if (Array.isArray(v.labels)) for (const l of v.labels) Object.assign(labels, record(record(l).pairs));
  Object.assign(labels, record(v.commonLabels));
  return { labels, annotations: record(v.commonAnnotations) };
}

/** A Flux Kustomization's level over the folder its `path` names (its spec is at `spec`). */
const isFluxOver = (flux: Level, folder: Level): boolean => flux.namespaceKey === 'targetNamespace' && flux.dir === folder.dir && !folder.isComponent;

/**
 * The viewer of one rendered object: for a patch of a level (a kustomization of `chain`, outermost
 * first, or one of its components), the object as that patch's target sees it.
 */
export function patchViews(s: Subject, originValue: unknown, chain: Level[], componentsOf: (l: Level) => Level[]): (level: Level, p: PatchRef | Phase) => Seen {
  // every step, in the order kustomize runs them: the innermost kustomization first
  const steps: Step[] = [];
  const outer = [...chain].reverse();
  for (let i = 0; i < outer.length; i++) {
    const level = outer[i]!;
    const flux = outer[i + 1];
    if (flux && isFluxOver(flux, level)) {
      // Flux writes its fields into the folder's kustomization (flux.ts fluxMergedKustomization):
      // one level, its components after the folder's, its patches after the folder's, its
      // namespace and names over the folder's, commonMetadata last
      for (const l of [...componentsOf(level), ...componentsOf(flux)]) for (const phase of PHASES) steps.push({ level: l, phase });
      for (const phase of PHASES) for (const l of [level, flux]) steps.push({ level: l, phase });
      i++;
      continue;
    }
    for (const l of [...componentsOf(level), level]) for (const phase of PHASES) steps.push({ level: l, phase });
  }
  const meta = record(record(s.value).metadata);
  const origin = record(record(originValue).metadata);
  const originNs = typeof origin.namespace === 'string' ? origin.namespace : undefined;
  const cache = new Map<number, Seen>();
  return (level, p) => {
    const phase = typeof p === 'string' ? p : phaseOf(p);
    const at = steps.findIndex((x) => x.level === level && x.phase === phase);
    if (at === -1) return { name: s.name, namespaces: [originNs, s.namespace], labels: record(meta.labels), annotations: record(meta.annotations) };
    const hit = cache.get(at);
    if (hit) return hit;
    const before = steps.slice(0, at);
    const after = steps.slice(at + 1);
    const view = (key: 'labels' | 'annotations'): Record<string, unknown> => {
      const later = new Set(after.flatMap((x) => Object.keys(metaSet(x)[key])));
      if (!later.size) return record(meta[key]);
      // as the origin file and the transformers before the patch leave them
      const earlier: Record<string, unknown> = { ...record(origin[key]) };
      for (const x of before) Object.assign(earlier, metaSet(x)[key]);
      const out = { ...record(meta[key]) };
      for (const k of later) {
        if (k in earlier) out[k] = earlier[k];
        else delete out[k];
      }
      return out;
    };
    let name = s.name;
    for (const x of [...after].reverse()) {
      if (x.phase !== 'fields') continue;
      const { namePrefix: pre, nameSuffix: suf } = x.level.value;
      if (typeof suf === 'string' && suf && name.endsWith(suf) && name.length > suf.length) name = name.slice(0, -suf.length);
      if (typeof pre === 'string' && pre && name.startsWith(pre) && name.length > pre.length) name = name.slice(pre.length);
    }
    const sets = (x: Step) => x.phase === 'fields' && typeof x.level.value[x.level.namespaceKey] === 'string' && x.level.value[x.level.namespaceKey] !== '';
    let ns = s.namespace;
    if (s.namespace !== undefined && after.some(sets)) {
      ns = originNs;
      for (const x of before) if (sets(x)) ns = x.level.value[x.level.namespaceKey] as string;
    }
    const seen: Seen = { name, namespaces: [originNs, ns], labels: view('labels'), annotations: view('annotations') };
    cache.set(at, seen);
    return seen;
  };
}
