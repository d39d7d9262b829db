/** Privilege controls: privileged containers (baseline) and allowPrivilegeEscalation (restricted). */
import { containers } from '../../model/workloads.ts';
import type { SecurityContext } from 'kubernetes-types/core/v1';
import type { CheckFn, PssCheck } from '../types.ts';
import { isWindows, subjectOf } from './helpers.ts';

/** check_privileged.go (1.0): securityContext.privileged must be unset or false in every container. */
export const privileged: PssCheck = {
  id: 'privileged',
  level: 'baseline',
  source: 'check_privileged.go',
  versions: [
    {
      minMinor: 0,
      check: (pod) =>
        containers(pod).flatMap((c) =>
          c.container.securityContext?.privileged === true ? [{ path: [...c.path, 'securityContext', 'privileged'], subject: subjectOf(c), detail: 'sets privileged: true' }] : [],
        ),
    },
  ],
};

/**
 * The fix must give an object the API server accepts: its validation refuses
 * `allowPrivilegeEscalation: false` together with `privileged: true`, or with `CAP_SYS_ADMIN`
 * (written exactly so) in `capabilities.add` (kubernetes/kubernetes pkg/apis/core/validation/
 * validation.go, ValidateSecurityContext: "cannot set `allowPrivilegeEscalation` to false and
 * `privileged` to true" / "… and `capabilities.Add` CAP_SYS_ADMIN"). Those come off first.
 */
function escalationFix(sc: SecurityContext | undefined): string | undefined {
  if (sc?.privileged === true)
    return 'Remove `privileged: true` first (the API server rejects `allowPrivilegeEscalation: false` together with it), add back only the capabilities the container needs, then set `allowPrivilegeEscalation: false`.';
  if (Array.isArray(sc?.capabilities?.add) && sc.capabilities.add.includes('CAP_SYS_ADMIN'))
    return 'Remove `CAP_SYS_ADMIN` from `capabilities.add` first (the API server rejects `allowPrivilegeEscalation: false` together with it), then set `allowPrivilegeEscalation: false`.';
  return undefined;
}

const escalation_1_8: CheckFn = (pod) =>
  containers(pod).flatMap((c) => {
    const v = c.container.securityContext?.allowPrivilegeEscalation;
    if (v === false) return [];
    const fix = escalationFix(c.container.securityContext);
    return [
      {
        path: [...c.path, 'securityContext', 'allowPrivilegeEscalation'],
        subject: subjectOf(c),
        detail: v === true ? 'sets allowPrivilegeEscalation: true' : 'does not set allowPrivilegeEscalation: false',
        ...(fix ? { fix } : {}),
      },
    ];
  });

/**
 * check_allowPrivilegeEscalation.go: from 1.8 every container must set allowPrivilegeEscalation: false;
 * from 1.25 pods with spec.os.name: windows are exempt.
 */
export const allowPrivilegeEscalation: PssCheck = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  source: 'check_allowPrivilegeEscalation.go',
  versions: [
    { minMinor: 8, check: escalation_1_8 },
    { minMinor: 25, check: (pod) => (isWindows(pod) ? [] : escalation_1_8(pod)) },
  ],
};
