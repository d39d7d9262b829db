/**
 * Pods in custom resources no extractor knows: a mapping under the object holding
 * `containers: [{ name, image }, …]` (every item with both) *and* sitting where a pod spec sits — the
 * `spec` of a template (a mapping that also has `metadata`, or under a key `template`/`…Template`),
 * or a key `podSpec`/`…PodSpec` — is audited as a pod spec, marked `inferred` (messages say "pod
 * inferred from its shape"). When it is the `spec` of a mapping with `metadata`, its annotations count.
 *
 * Kinds known not to carry pods are never searched (KNOWN_NON_POD): admission allowlists and
 * policies describe pods to match or allow, they do not run them — GKE Autopilot
 * `WorkloadAllowlist` (auto.gke.io), Kyverno policies (kyverno.io), Gatekeeper templates, constraints
 * and mutations (*.gatekeeper.sh), Kubewarden policies (policies.kubewarden.io), and the Vertical Pod
 * Autoscaler (autoscaling.k8s.io, a built-in-looking group, skipped anyway).
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

/** API groups (or group suffixes after a dot) whose kinds never carry pods (see the header). */
export const KNOWN_NON_POD_GROUPS: readonly string[] = [
  'auto.gke.io',
  'kyverno.io',
  'gatekeeper.sh',
  'policies.kubewarden.io',
  'autoscaling.k8s.io',
];

export function knownNonPod(group: string): boolean {
  return KNOWN_NON_POD_GROUPS.some((g) => group === g || group.endsWith(`.${g}`));
}

/** Does the mapping at `path` sit where a pod spec sits (see the header)? */
function podSpecPlace(path: ObjPath, parent: Record<string, unknown> | undefined): boolean {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return false;
  if (last === 'podSpec' || last.endsWith('PodSpec')) return true;
  if (last !== 'spec') return false;
  const above = path[path.length - 2];
  return (!!parent && isRecord(parent.metadata)) || (typeof above === 'string' && (above === 'template' || above.endsWith('Template')));
}
const MAX_DEPTH = 12;

function isBuiltinGroup(group: string): boolean {
  return group === '' || !group.includes('.') || (group.endsWith('.k8s.io') && !group.endsWith('.x-k8s.io'));
}

const looksLikePodSpec = (v: Record<string, unknown>): boolean =>
  Array.isArray(v.containers) && v.containers.length > 0 && v.containers.every((c) => isRecord(c) && typeof c.name === 'string' && typeof c.image === 'string');

export function inferPods(obj: K8sObject): PodSpecRef[] {
  const group = groupOf(obj.apiVersion);
  if (isBuiltinGroup(group) || knownNonPod(group) || (obj.kind === 'HelmRelease' && group.endsWith('fluxcd.io'))) return [];
  const out: PodSpecRef[] = [];
  const walk = (v: unknown, path: ObjPath, parent: Record<string, unknown> | undefined, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i], undefined, depth + 1));
      return;
    }
    if (!isRecord(v)) return;
    if (path.length > 0 && looksLikePodSpec(v) && podSpecPlace(path, parent)) {
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
