/**
 * Every Pod Security Standards check, and which revision of each applies at a level and version —
 * the resolution k8s.io/pod-security-admission/policy/registry.go does: per check, the newest revision
 * whose MinimumVersion is at or below the (clamped) version; baseline checks apply at both levels,
 * restricted checks at restricted only, and at restricted a baseline check is dropped while a restricted
 * revision that lists it in OverrideCheckIDs applies.
 */
import type { PodSpecRef } from '../model/workloads.ts';
import { hostNamespaces, hostPathVolumes, hostPorts, hostProbesAndHostLifecycle, windowsHostProcess } from './checks/host.ts';
import { allowPrivilegeEscalation, privileged } from './checks/privilege.ts';
import { capabilitiesBaseline, capabilitiesRestricted } from './checks/capabilities.ts';
import { appArmorProfile, seccompProfileBaseline, seccompProfileRestricted, seLinuxOptions } from './checks/confinement.ts';
import { procMount, procMountRestricted, sysctls } from './checks/kernel.ts';
import { restrictedVolumes } from './checks/volumes.ts';
import { runAsNonRoot, runAsUser } from './checks/users.ts';
import type { Level, PssCheck, VersionedCheck, Violation } from './types.ts';
import { effectiveVersion, type PolicyVersion } from './version.ts';

export const CHECKS: readonly PssCheck[] = [
  windowsHostProcess,
  hostNamespaces,
  privileged,
  capabilitiesBaseline,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  appArmorProfile,
  seLinuxOptions,
  procMount,
  seccompProfileBaseline,
  sysctls,
  restrictedVolumes,
  allowPrivilegeEscalation,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted,
  capabilitiesRestricted,
  procMountRestricted,
];

const byId = new Map(CHECKS.map((c) => [c.id, c]));
export const pssCheck = (id: string): PssCheck | undefined => byId.get(id);

function revisionAt(check: PssCheck, v: PolicyVersion): VersionedCheck | undefined {
  let hit: VersionedCheck | undefined;
  for (const r of check.versions) if (r.minMinor <= v.minor) hit = r;
  return hit;
}

export type Applicability =
  | { applies: true; revision: VersionedCheck }
  | { applies: false; why: 'level' | 'version' | 'overridden'; by?: string };

/** Whether a check runs at a level and version, and which revision. */
export function applicability(id: string, level: Level, version: PolicyVersion): Applicability {
  const check = byId.get(id);
  if (!check) throw new Error(`unknown Pod Security Standards check '${id}'`);
  if (check.level === 'restricted' && level === 'baseline') return { applies: false, why: 'level' };
  const revision = revisionAt(check, version);
  if (!revision) return { applies: false, why: 'version' };
  if (level === 'restricted' && check.level === 'baseline') {
    for (const other of CHECKS) {
      if (other.level !== 'restricted') continue;
      if (revisionAt(other, version)?.overrides?.includes(id)) return { applies: false, why: 'overridden', by: other.id };
    }
  }
  return { applies: true, revision };
}

export interface CheckVerdict {
  id: string;
  verdict: 'pass' | 'fail' | 'not-applicable';
  violations: Violation[];
}

/** The verdict of every check on one pod at a level and version: what PSA's EvaluatePod computes. */
export function evaluatePod(pod: PodSpecRef, level: Level, kubeVersion: string): CheckVerdict[] {
  const v = effectiveVersion(kubeVersion);
  return CHECKS.map((c) => {
    const a = applicability(c.id, level, v);
    if (!a.applies) return { id: c.id, verdict: 'not-applicable', violations: [] };
    const violations = a.revision.check(pod);
    return { id: c.id, verdict: violations.length ? 'fail' : 'pass', violations };
  });
}
