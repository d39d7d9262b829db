/**
 * Linux capability names as Kubernetes takes them (`securityContext.capabilities.add/drop`).
 * Manifests write `NET_RAW`; container runtimes also accept `CAP_NET_RAW`, so comparisons use the
 * normalised name. `ALL` is matched exactly, as the Pod Security Admission library does
 * (k8s.io/pod-security-admission/policy/check_capabilities_restricted.go: `c == "ALL"`).
 */
import type { ContainerRef } from './workloads.ts';
import type { ObjPath } from '../engine/types.ts';

export function normaliseCapability(name: string): string {
  const up = name.trim().toUpperCase();
  return up.startsWith('CAP_') ? up.slice(4) : up;
}

export interface AddedCapability {
  name: string; // as written
  normalised: string;
  path: ObjPath;
}

export function addedCapabilities(c: ContainerRef): AddedCapability[] {
  const add = c.container.securityContext?.capabilities?.add;
  if (!Array.isArray(add)) return [];
  return add.flatMap((name, i) =>
    typeof name === 'string' ? [{ name, normalised: normaliseCapability(name), path: [...c.path, 'securityContext', 'capabilities', 'add', i] }] : [],
  );
}

export function dropsAll(c: ContainerRef): boolean {
  const drop = c.container.securityContext?.capabilities?.drop;
  return Array.isArray(drop) && drop.some((d) => d === 'ALL');
}

/** Where a finding about the drop list lands: the list if present, else its nearest parent. */
export function dropPath(c: ContainerRef): ObjPath {
  return [...c.path, 'securityContext', 'capabilities', 'drop'];
}
