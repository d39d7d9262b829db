/**
 * Pods in custom resources no extractor knows: any mapping under the object holding
 * `containers: [{ name, image }, …]` is audited as a pod spec, marked `inferred` (messages say
 * "pod inferred from its shape"). When that mapping is the `spec` of a mapping that also has
 * `metadata`, it is a pod template and its annotations count.
 *
 * Not searched: built-in API groups (their pod-bearing kinds have extractors), `metadata` and `status`,
 * and Helm values (`values`, `valuesObject`, Flux `HelmRelease` as a whole): values are chart input,
 * not pods — the chart decides what they become.
 */
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { K8sObject } from '../input/types.ts';
import type { ObjPath } from '../engine/types.ts';
import { groupOf, isRecord, registerInference, type PodSpecRef } from './workloads.ts';

const SKIP_KEYS = new Set(['metadata', 'status', 'values', 'valuesObject']);
const MAX_DEPTH = 12;

function isBuiltinGroup(group: string): boolean {
  return group === '' || !group.includes('.') || (group.endsWith('.k8s.io') && !group.endsWith('.x-k8s.io'));
}

const looksLikePodSpec = (v: Record<string, unknown>): boolean =>
  Array.isArray(v.containers) && v.containers.length > 0 && v.containers.every((c) => isRecord(c) && typeof c.name === 'string' && typeof c.image === 'string');

export function inferPods(obj: K8sObject): PodSpecRef[] {
  const group = groupOf(obj.apiVersion);
  if (isBuiltinGroup(group) || (obj.kind === 'HelmRelease' && group.endsWith('fluxcd.io'))) return [];
  const out: PodSpecRef[] = [];
  const walk = (v: unknown, path: ObjPath, parent: Record<string, unknown> | undefined, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i], undefined, depth + 1));
      return;
    }
    if (!isRecord(v)) return;
    if (path.length > 0 && looksLikePodSpec(v)) {
      const ref: PodSpecRef = { object: obj, path, spec: v as unknown as PodSpec, inferred: true };
      if (path[path.length - 1] === 'spec' && parent && isRecord(parent.metadata)) {
        ref.metadata = parent.metadata as ObjectMeta;
        ref.metadataPath = [...path.slice(0, -1), 'metadata'];
      }
      out.push(ref);
      return;
    }
    for (const [k, x] of Object.entries(v)) if (!SKIP_KEYS.has(k)) walk(x, [...path, k], v, depth + 1);
  };
  walk(obj.value, [], undefined, 0);
  return out;
}

registerInference(inferPods);
