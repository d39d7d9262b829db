/**
 * Workloads whose pods reach the node: what someone who can exec or attach into their pods gets.
 * Node-reaching settings are those the Pod Security Standards' baseline profile forbids
 * (kubernetes.io/docs/concepts/security/pod-security-standards: privileged, host namespaces,
 * hostPath volumes, capabilities beyond the baseline list). hostNetwork and added capabilities that
 * carry a written reason (the convention of rule unjustified-privilege: a YAML comment, or an
 * annotation `justify.leastpriv.dev/host-network` / `cap-<name>`) are accepted risks and not counted.
 */
import type { K8sObject } from '../input/types.ts';
import type { ObjPath } from '../engine/types.ts';
import type { Model } from '../model/model.ts';
import { containers, podAnnotations, podFieldPath, podSpecs, volumes } from '../model/workloads.ts';
import { addedCapabilities } from '../model/capabilities.ts';
import { reasonFor } from '../model/justify.ts';

/** Capabilities the baseline profile allows (pod-security-standards, "Capabilities"). */
const BASELINE_CAPS = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);

export interface NodeAccess {
  object: K8sObject;
  /** What reaches the node: `privileged`, `hostPID`, `hostPath /var/run`, `NET_ADMIN`… */
  features: { what: string; path: ObjPath }[];
}

export type Justified = (obj: K8sObject, path: ObjPath, privilege: string, annotations: Record<string, string>) => boolean;

/** Is a written reason there (comment on the line, or the justify annotation; what counts: src/model/justify.ts)? */
export function justifiedBy(commentFor: (obj: K8sObject, path: ObjPath) => string | undefined): Justified {
  return (obj, path, privilege, annotations) => reasonFor(annotations, privilege, () => commentFor(obj, path)) !== undefined;
}

export function nodeAccess(obj: K8sObject, justified: Justified): NodeAccess | undefined {
  const features: NodeAccess['features'] = [];
  // Fields where they are written (podFieldPath, volumes): a custom resource's pods can share them,
  // e.g. an Argo Workflow's spec.volumes and spec.hostNetwork, which are every template's pod's.
  // One feature per place, however many pods share it.
  const seen = new Set<string>();
  const add = (what: string, path: ObjPath) => {
    const key = path.join('.');
    if (seen.has(key)) return;
    seen.add(key);
    features.push({ what, path });
  };
  for (const pod of podSpecs(obj)) {
    const spec = pod.spec;
    const ann = podAnnotations(pod);
    if (spec.hostPID === true) add('hostPID', podFieldPath(pod, 'hostPID'));
    if (spec.hostIPC === true) add('hostIPC', podFieldPath(pod, 'hostIPC'));
    if (spec.hostNetwork === true && !justified(obj, podFieldPath(pod, 'hostNetwork'), 'host-network', ann)) add('hostNetwork', podFieldPath(pod, 'hostNetwork'));
    for (const v of volumes(pod)) {
      const hp = v.volume.hostPath;
      if (hp && typeof hp === 'object') add(`hostPath ${String((hp as { path?: unknown }).path ?? '')}`.trim(), [...v.path, 'hostPath']);
    }
    for (const c of containers(pod)) {
      if (c.container.securityContext?.privileged === true) add(`privileged container "${c.name}"`, [...c.path, 'securityContext', 'privileged']);
      for (const cap of addedCapabilities(c)) {
        if (BASELINE_CAPS.has(cap.normalised) || justified(obj, cap.path, `cap-${cap.normalised}`, ann)) continue;
        add(`capability ${cap.normalised} in "${c.name}"`, cap.path);
      }
    }
  }
  return features.length ? { object: obj, features } : undefined;
}

/** Node-reaching workloads by namespace ('' for objects without a namespace). */
export function nodeAccessByNamespace(model: Model, justified: Justified): Map<string, NodeAccess[]> {
  const out = new Map<string, NodeAccess[]>();
  for (const o of model.objects) {
    if (!podSpecs(o).length) continue;
    const na = nodeAccess(o, justified);
    if (!na) continue;
    const ns = o.namespace ?? '';
    const l = out.get(ns);
    if (l) l.push(na);
    else out.set(ns, [na]);
  }
  return out;
}

/**
 * Could a pod of this workload carry this name? Bare Pods by name; pods of controllers have
 * generated names that start with the controller's name (`web-7d4b9c-x2x`, `db-0`).
 */
export function podNameCouldBe(obj: K8sObject, podName: string): boolean {
  if (obj.kind === 'Pod') return obj.name === podName;
  return podName.startsWith(`${obj.name}-`);
}
