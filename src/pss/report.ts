/**
 * Per-pod, per-control Pod Security Standards verdicts for the JSON report: for each pod of each
 * audited object, every active LP3xx control is `fail` when it has an unsuppressed finding on that
 * pod, `pass` when it ran and found nothing, `not-applicable` when its check does not apply at the
 * level and version (not yet introduced, overridden by a restricted check, restricted-only).
 * `allowed` is Pod Security Admission's verdict on the pod (suppressions count as accepted).
 */
import type { K8sObject } from '../input/types.ts';
import type { Finding, ObjectRef } from '../engine/types.ts';
import { podSpecs } from '../model/workloads.ts';
import { applicability } from './registry.ts';
import type { Level } from './types.ts';
import { effectiveVersion, formatVersion } from './version.ts';

export type ControlVerdict = 'pass' | 'fail' | 'not-applicable';

export interface PssPodVerdict {
  file: string;
  object: ObjectRef;
  /** Path of the pod spec in the object. */
  path: string;
  inferred: boolean;
  allowed: boolean;
  controls: Record<string, ControlVerdict>;
}

export interface PssReport {
  profile: string;
  /** Requested version (config kubeVersion / --kube-version). */
  kubeVersion: string;
  /** The policy version evaluated (newer versions clamp to the newest verified one). */
  policyVersion: string;
  pods: PssPodVerdict[];
}

export interface ActiveControl {
  control: string;
  level: Level;
}

export function pssReport(
  objects: readonly K8sObject[],
  findings: readonly Finding[],
  objectOf: (f: Finding) => K8sObject | undefined,
  active: readonly ActiveControl[],
  profile: string,
  kubeVersion: string,
): PssReport | undefined {
  if (active.length === 0) return undefined;
  const version = effectiveVersion(kubeVersion);
  const failed = new Set<string>();
  for (const f of findings) {
    if (f.suppressed || !f.data?.control || f.data.pod === undefined) continue;
    const o = objectOf(f);
    if (!o) continue;
    for (const pod of f.data.pod.split(',')) failed.add(`${f.data.control}\u0000${pod}\u0000${objectKey(o)}`);
  }
  const pods: PssPodVerdict[] = [];
  for (const o of objects) {
    for (const pod of podSpecs(o)) {
      const path = pod.path.join('.');
      const controls: Record<string, ControlVerdict> = {};
      for (const a of active) {
        controls[a.control] = !applicability(a.control, a.level, version).applies
          ? 'not-applicable'
          : failed.has(`${a.control}\u0000${path}\u0000${objectKey(o)}`)
            ? 'fail'
            : 'pass';
      }
      pods.push({
        file: o.file.path,
        object: { apiVersion: o.apiVersion, kind: o.kind, name: o.name, ...(o.namespace ? { namespace: o.namespace } : {}), documentIndex: o.documentIndex },
        path,
        inferred: !!pod.inferred,
        allowed: !Object.values(controls).includes('fail'),
        controls,
      });
    }
  }
  return { profile, kubeVersion, policyVersion: formatVersion(version), pods };
}

const ids = new WeakMap<K8sObject, number>();
let next = 0;
function objectKey(o: K8sObject): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = next++));
  return id;
}
