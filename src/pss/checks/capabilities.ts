/**
 * Capabilities. Names are compared exactly as written, as PSA does (no CAP_ prefix stripping, no case
 * folding): `CAP_NET_RAW` is not `NET_RAW` to PSA, and `all` is not `ALL`.
 */
import { containers } from '../../model/workloads.ts';
import type { CheckFn, PssCheck, Violation } from '../types.ts';
import { isWindows, quote, subjectOf } from './helpers.ts';

/** check_capabilities_baseline.go capabilities_allowed_1_0: the container runtimes' default set, without NET_RAW. */
export const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

/** check_capabilities_baseline.go (1.0): capabilities.add may only hold the default set. */
export const capabilitiesBaseline: PssCheck = {
  id: 'capabilities_baseline',
  level: 'baseline',
  source: 'check_capabilities_baseline.go',
  versions: [
    {
      minMinor: 0,
      check: (pod) =>
        containers(pod).flatMap((c) => {
          const add = c.container.securityContext?.capabilities?.add;
          if (!Array.isArray(add)) return [];
          return add.flatMap((cap, i) =>
            typeof cap === 'string' && !BASELINE_CAPABILITIES.has(cap)
              ? [{ path: [...c.path, 'securityContext', 'capabilities', 'add', i], subject: subjectOf(c), detail: `adds capability ${quote(cap)}` }]
              : [],
          );
        }),
    },
  ],
};

const restricted_1_22: CheckFn = (pod) =>
  containers(pod).flatMap((c) => {
    const out: Violation[] = [];
    const caps = c.container.securityContext?.capabilities;
    const drop = caps?.drop;
    if (!Array.isArray(drop) || !drop.some((d) => d === 'ALL'))
      out.push({ path: [...c.path, 'securityContext', 'capabilities', 'drop'], subject: subjectOf(c), detail: 'does not drop ALL capabilities' });
    const add = caps?.add;
    if (Array.isArray(add))
      add.forEach((cap, i) => {
        if (cap !== 'NET_BIND_SERVICE') out.push({ path: [...c.path, 'securityContext', 'capabilities', 'add', i], subject: subjectOf(c), detail: `adds capability ${quote(cap)}` });
      });
    return out;
  });

/**
 * check_capabilities_restricted.go: from 1.22 every container must drop ALL and may add only
 * NET_BIND_SERVICE; from 1.25 Windows pods are exempt. Overrides capabilities_baseline.
 */
export const capabilitiesRestricted: PssCheck = {
  id: 'capabilities_restricted',
  level: 'restricted',
  source: 'check_capabilities_restricted.go',
  versions: [
    { minMinor: 22, check: restricted_1_22, overrides: ['capabilities_baseline'] },
    { minMinor: 25, check: (pod) => (isWindows(pod) ? [] : restricted_1_22(pod)), overrides: ['capabilities_baseline'] },
  ],
};
