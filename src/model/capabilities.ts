/**
 * Linux capability names as Kubernetes takes them (`securityContext.capabilities.add/drop`).
 * Manifests write `NET_RAW`; container runtimes also accept `CAP_NET_RAW`, so comparisons use the
 * normalised name. `ALL` in `drop` is matched two ways:
 * - by the container runtimes, without regard to case: containerd (pkg/cri/opts/spec_linux.go,
 *   WithCapabilities: `util.InStringSlice(capabilities.GetDropCapabilities(), "ALL")`, and
 *   pkg/cri/util/strings.go InStringSlice compares with strings.EqualFold) and CRI-O
 *   (server/container_create_linux.go, setupCapabilities: `inStringSlice(caps.GetDropCapabilities(),
 *   "ALL")`, also strings.EqualFold) both drop every capability for `drop: [all]`;
 * - by the Pod Security Admission library, exactly
 *   (k8s.io/pod-security-admission/policy/check_capabilities_restricted.go: `c == "ALL"`), so a pod
 *   with `drop: [all]` is refused at the `restricted` level.
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

/** `all`, `All`…: what the runtime reads as ALL but Pod Security `restricted` does not (see the header). */
export function dropsAllInOtherCase(c: ContainerRef): string | undefined {
  const drop = c.container.securityContext?.capabilities?.drop;
  if (!Array.isArray(drop) || dropsAll(c)) return undefined;
  return drop.find((d): d is string => typeof d === 'string' && d.toUpperCase() === 'ALL');
}

/** Where a finding about the drop list lands: the list if present, else its nearest parent. */
export function dropPath(c: ContainerRef): ObjPath {
  return [...c.path, 'securityContext', 'capabilities', 'drop'];
}
