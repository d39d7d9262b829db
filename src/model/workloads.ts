/**
 * Where pods live in objects, and every container of every pod. The one walker over pod specs:
 * rules ask for `podSpecs(obj)` and never know which kind keeps its template where.
 *
 * Built-in pod-bearing kinds and their template paths come from the Kubernetes API reference
 * (core/v1 Pod, PodTemplate, ReplicationController; apps/v1 Deployment, StatefulSet, DaemonSet,
 * ReplicaSet; batch/v1 Job, CronJob). Extractors for custom resources register in the same table.
 */
import type { Container, PodSpec, SecurityContext, PodSecurityContext, EphemeralContainer } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { K8sObject } from '../input/types.ts';
import type { ObjPath } from '../engine/types.ts';

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';
export const CONTAINER_LISTS: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

export interface PodSpecRef {
  object: K8sObject;
  /** Path from the object to the pod spec. */
  path: ObjPath;
  spec: PodSpec;
  /** Path to the metadata of the pod template (annotations live there); undefined for bare pod specs. */
  metadataPath?: ObjPath;
  metadata?: ObjectMeta;
  /** True when found by shape, not by a known kind (reported as inferred). */
  inferred?: boolean;
  /**
   * For pods synthesized from container objects (Argo Workflow templates): `spec` is built from
   * several places, so each container, volume and pod-level field carries its own path.
   */
  synthetic?: SyntheticPod;
}

export interface SyntheticPod {
  /** `name`: the name the controller gives a container written without one (Argo's `main`). */
  containers: { list: ContainerList; path: ObjPath; container: Container; name?: string }[];
  /** Where each pod-level field of `spec` comes from (securityContext, hostNetwork, …). */
  fields: Partial<Record<string, ObjPath>>;
  /** Path of each item of `spec.volumes`. */
  volumePaths: ObjPath[];
}

export interface ContainerRef {
  pod: PodSpecRef;
  list: ContainerList;
  index: number;
  path: ObjPath;
  container: Container | EphemeralContainer;
  name: string;
}

/** A kind's pod templates: paths to `{ metadata, spec }` templates, or straight to pod specs. */
export interface PodExtractor {
  /** apiVersion group ('' for core, 'apps', …) or '*' for any. */
  group: string;
  kind: string;
  /** Paths to pod templates (objects with metadata + spec). */
  templates?: (obj: K8sObject) => ObjPath[];
  /** Paths straight to pod specs (no template metadata), e.g. a Pod's `spec`. */
  specs?: (obj: K8sObject) => ObjPath[];
  /** Pods built from container objects that are not pod specs (Argo Workflow templates). */
  synthesize?: (obj: K8sObject) => PodSpecRef[];
}

const fixed = (...paths: ObjPath[]) => () => paths;

export const BUILTIN_EXTRACTORS: PodExtractor[] = [
  { group: '', kind: 'Pod', specs: fixed(['spec']) },
  { group: '', kind: 'PodTemplate', templates: fixed(['template']) },
  { group: '', kind: 'ReplicationController', templates: fixed(['spec', 'template']) },
  { group: 'apps', kind: 'Deployment', templates: fixed(['spec', 'template']) },
  { group: 'apps', kind: 'StatefulSet', templates: fixed(['spec', 'template']) },
  { group: 'apps', kind: 'DaemonSet', templates: fixed(['spec', 'template']) },
  { group: 'apps', kind: 'ReplicaSet', templates: fixed(['spec', 'template']) },
  { group: 'batch', kind: 'Job', templates: fixed(['spec', 'template']) },
  { group: 'batch', kind: 'CronJob', templates: fixed(['spec', 'jobTemplate', 'spec', 'template']) },
  // Versions the API server no longer serves (rule removed-api-version) are audited as the kind they
  // stand for: extensions/v1beta1 DaemonSet/Deployment/ReplicaSet (apps/v1beta1 and v1beta2 are the
  // `apps` group already, batch/v1beta1 CronJob the `batch` group).
  { group: 'extensions', kind: 'DaemonSet', templates: fixed(['spec', 'template']) },
  { group: 'extensions', kind: 'Deployment', templates: fixed(['spec', 'template']) },
  { group: 'extensions', kind: 'ReplicaSet', templates: fixed(['spec', 'template']) },
];

const extractors = new Map<string, PodExtractor[]>();
export function registerExtractor(e: PodExtractor): void {
  const list = extractors.get(e.kind) ?? [];
  list.push(e);
  extractors.set(e.kind, list);
}
for (const e of BUILTIN_EXTRACTORS) registerExtractor(e);

export function groupOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i === -1 ? '' : apiVersion.slice(0, i);
}

export function get(value: unknown, path: ObjPath): unknown {
  let cur = value;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

const cache = new WeakMap<K8sObject, PodSpecRef[]>();

/** Every pod spec in the object (none for objects that carry no pods). */
export function podSpecs(obj: K8sObject): PodSpecRef[] {
  const hit = cache.get(obj);
  if (hit) return hit;
  const out: PodSpecRef[] = [];
  let matched = false;
  const group = groupOf(obj.apiVersion);
  for (const ex of extractors.get(obj.kind) ?? []) {
    if (ex.group !== '*' && ex.group !== group) continue;
    for (const t of ex.templates?.(obj) ?? []) {
      const tpl = get(obj.value, t);
      if (!isRecord(tpl) || !isRecord(tpl.spec)) continue;
      const ref: PodSpecRef = { object: obj, path: [...t, 'spec'], spec: tpl.spec as unknown as PodSpec, metadataPath: [...t, 'metadata'] };
      if (isRecord(tpl.metadata)) ref.metadata = tpl.metadata as ObjectMeta;
      out.push(ref);
    }
    for (const s of ex.specs?.(obj) ?? []) {
      const spec = get(obj.value, s);
      if (!isRecord(spec)) continue;
      const ref: PodSpecRef = { object: obj, path: s, spec: spec as unknown as PodSpec };
      if (obj.kind === 'Pod') {
        ref.metadataPath = ['metadata'];
        if (isRecord(obj.value.metadata)) ref.metadata = obj.value.metadata as ObjectMeta;
      }
      out.push(ref);
    }
    out.push(...(ex.synthesize?.(obj) ?? []));
    matched = true;
    break;
  }
  if (!matched && inferPods) out.push(...inferPods(obj));
  cache.set(obj, out);
  return out;
}

/**
 * Where a built-in or known kind keeps its pod specs (`spec.template.spec`, `spec`…), whether or not
 * the object has them as mappings: the shape check reports a list or a scalar on the way (issue 15).
 */
export function podSpecPaths(obj: K8sObject): (string | number)[][] {
  const group = groupOf(obj.apiVersion);
  for (const ex of extractors.get(obj.kind) ?? []) {
    if (ex.group !== '*' && ex.group !== group) continue;
    return [...(ex.templates?.(obj) ?? []).map((t) => [...t, 'spec']), ...(ex.specs?.(obj) ?? []).map((s) => [...s])];
  }
  return [];
}

let inferPods: ((obj: K8sObject) => PodSpecRef[]) | undefined;
/** The detector for pod specs in custom resources no extractor knows (src/model/infer.ts). */
export function registerInference(fn: (obj: K8sObject) => PodSpecRef[]): void {
  inferPods = fn;
}

export function containers(pod: PodSpecRef): ContainerRef[] {
  const out: ContainerRef[] = [];
  if (pod.synthetic) {
    const counts = new Map<ContainerList, number>();
    for (const s of pod.synthetic.containers) {
      const index = counts.get(s.list) ?? 0;
      counts.set(s.list, index + 1);
      out.push({ pod, list: s.list, index, path: s.path, container: s.container, name: typeof s.container.name === 'string' ? s.container.name : (s.name ?? `#${index}`) });
    }
    return out;
  }
  for (const list of CONTAINER_LISTS) {
    const arr = (pod.spec as unknown as Record<string, unknown>)[list];
    if (!Array.isArray(arr)) continue;
    arr.forEach((c, index) => {
      if (!isRecord(c)) return;
      const container = c as unknown as Container;
      out.push({ pod, list, index, path: [...pod.path, list, index], container, name: typeof container.name === 'string' ? container.name : `#${index}` });
    });
  }
  return out;
}

/** Path of a pod-level field (`hostNetwork`, `securityContext`, …), also for synthesized pods. */
export function podFieldPath(pod: PodSpecRef, field: string): ObjPath {
  return pod.synthetic?.fields[field] ?? [...pod.path, field];
}

export interface VolumeRef {
  volume: Record<string, unknown>;
  path: ObjPath;
}

/** Every volume of the pod, with its path. */
export function volumes(pod: PodSpecRef): VolumeRef[] {
  const arr = (pod.spec as unknown as Record<string, unknown>).volumes;
  if (!Array.isArray(arr)) return [];
  const out: VolumeRef[] = [];
  arr.forEach((v, i) => {
    if (isRecord(v)) out.push({ volume: v, path: pod.synthetic?.volumePaths[i] ?? [...podFieldPath(pod, 'volumes'), i] });
  });
  return out;
}

/** The pod's own annotations as Pod Security Admission sees them: the pod template's (or a Pod's) metadata only. */
export function podOwnAnnotations(pod: PodSpecRef): Record<string, string> {
  const a = pod.metadata?.annotations;
  return (isRecord(a) ? a : {}) as Record<string, string>;
}

/** Annotations that apply to a pod: the workload's own, overridden by the pod template's. */
export function podAnnotations(pod: PodSpecRef): Record<string, string> {
  const own = (pod.object.value.metadata as ObjectMeta | undefined)?.annotations;
  const tpl = pod.metadata?.annotations;
  return { ...(isRecord(own) ? own : {}), ...(isRecord(tpl) ? tpl : {}) } as Record<string, string>;
}

/**
 * A container's effective value of a securityContext field that the pod-level securityContext can
 * also set (runAsUser, runAsNonRoot, seLinuxOptions, seccompProfile, appArmorProfile, …): the
 * container's wins. Fields only containers have (privileged, capabilities,
 * allowPrivilegeEscalation, readOnlyRootFilesystem, procMount) are never inherited.
 * Source: Kubernetes API reference, PodSecurityContext ("…the value specified in SecurityContext
 * takes precedence for that container").
 */
export function effectiveSecurityField<K extends keyof SecurityContext & keyof PodSecurityContext & string>(
  c: ContainerRef,
  field: K,
): { value: SecurityContext[K] | undefined; path: ObjPath } {
  const sc = c.container.securityContext;
  if (sc && sc[field] !== undefined) return { value: sc[field], path: [...c.path, 'securityContext', field] };
  const psc = c.pod.spec.securityContext;
  if (psc && psc[field] !== undefined) return { value: psc[field] as SecurityContext[K], path: [...podFieldPath(c.pod, 'securityContext'), field] };
  return { value: undefined, path: [...c.path, 'securityContext', field] };
}
