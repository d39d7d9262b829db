/** Privilege controls: privileged containers (baseline) and allowPrivilegeEscalation (restricted). */
import { containers } from '../../model/workloads.ts';
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

const escalation_1_8: CheckFn = (pod) =>
  containers(pod).flatMap((c) => {
    const v = c.container.securityContext?.allowPrivilegeEscalation;
    if (v === false) return [];
    return [{ path: [...c.path, 'securityContext', 'allowPrivilegeEscalation'], subject: subjectOf(c), detail: v === true ? 'sets allowPrivilegeEscalation: true' : 'does not set allowPrivilegeEscalation: false' }];
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
