/** /proc mount type and sysctls. */
import { containers, podFieldPath } from '../../model/workloads.ts';
import type { CheckFn, PssCheck } from '../types.ts';
import { inUserNamespace, podSubject, quote, subjectOf } from './helpers.ts';

/** procMount_1_0: securityContext.procMount must be unset or "Default" in every container. */
const procMount_1_0: CheckFn = (pod) =>
  containers(pod).flatMap((c) => {
    const pm = c.container.securityContext?.procMount;
    return pm === undefined || pm === null || pm === 'Default'
      ? []
      : [{ path: [...c.path, 'securityContext', 'procMount'], subject: subjectOf(c), detail: `sets procMount ${quote(pm)}` }];
  });

/**
 * check_procMount_baseline.go: 1.0 allows only Default; from 1.35 any value is allowed for a pod in a
 * user namespace (`hostUsers: false`). Before 1.35 that relaxation sat behind the alpha, default-off
 * UserNamespacesPodSecurityStandards gate, which 1.35 removed; modelled here as off.
 */
export const procMount: PssCheck = {
  id: 'procMount',
  level: 'baseline',
  source: 'check_procMount_baseline.go',
  versions: [
    { minMinor: 0, check: procMount_1_0 },
    { minMinor: 35, check: (pod) => (inUserNamespace(pod) ? [] : procMount_1_0(pod)) },
  ],
};

/** check_procMount_restricted.go (1.35): Default only, even in a user namespace. Overrides procMount. */
export const procMountRestricted: PssCheck = {
  id: 'procMount_restricted',
  level: 'restricted',
  source: 'check_procMount_restricted.go',
  versions: [{ minMinor: 35, check: procMount_1_0, overrides: ['procMount'] }],
};

/** check_sysctls.go safe sets, each a superset of the previous. */
export const SAFE_SYSCTLS: { minMinor: number; names: string[] }[] = [
  { minMinor: 0, names: ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'] },
  { minMinor: 27, names: ['net.ipv4.ip_local_reserved_ports'] },
  { minMinor: 29, names: ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'] },
  { minMinor: 32, names: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'] },
  // sysctlsAllowedV1Dot37 (kubernetes PR #138389, milestone v1.37).
  { minMinor: 37, names: ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'] },
];

function sysctlsUpTo(minMinor: number): CheckFn {
  const ok = new Set(SAFE_SYSCTLS.filter((s) => s.minMinor <= minMinor).flatMap((s) => s.names));
  return (pod) => {
    const list = pod.spec.securityContext?.sysctls;
    if (!Array.isArray(list)) return [];
    return list.flatMap((s, i) =>
      s && typeof s.name === 'string' && !ok.has(s.name)
        ? [{ path: [...podFieldPath(pod, 'securityContext'), 'sysctls', i, 'name'], subject: podSubject(pod), detail: `sets sysctl ${quote(s.name)}` }]
        : [],
    );
  };
}

/** check_sysctls.go: spec.securityContext.sysctls[*].name must be in the safe set of the policy version. */
export const sysctls: PssCheck = {
  id: 'sysctls',
  level: 'baseline',
  source: 'check_sysctls.go',
  versions: SAFE_SYSCTLS.map((s) => ({ minMinor: s.minMinor, check: sysctlsUpTo(s.minMinor) })),
};
