/**
 * Host access controls (baseline): host namespaces, hostPath volumes, host ports, probe/lifecycle
 * hosts, Windows HostProcess. Each mirrors one file of k8s.io/pod-security-admission/policy/.
 */
import type { Probe, LifecycleHandler } from 'kubernetes-types/core/v1';
import { containers, podFieldPath, volumes, type PodSpecRef } from '../../model/workloads.ts';
import type { PssCheck, Violation } from '../types.ts';
import { podSubject, quote, subjectOf } from './helpers.ts';

/** check_hostNamespaces.go (1.0): spec.hostNetwork, hostPID, hostIPC must be unset or false. */
export const hostNamespaces: PssCheck = {
  id: 'hostNamespaces',
  level: 'baseline',
  source: 'check_hostNamespaces.go',
  versions: [
    {
      minMinor: 0,
      check: (pod) =>
        (['hostNetwork', 'hostPID', 'hostIPC'] as const).flatMap((f) =>
          pod.spec[f] === true ? [{ path: podFieldPath(pod, f), subject: podSubject(pod), detail: `sets ${f}: true` }] : [],
        ),
    },
  ],
};

/** check_hostPathVolumes.go (1.0): no volume may have a hostPath source. */
export const hostPathVolumes: PssCheck = {
  id: 'hostPathVolumes',
  level: 'baseline',
  source: 'check_hostPathVolumes.go',
  versions: [
    {
      minMinor: 0,
      check: (pod) =>
        volumes(pod).flatMap((v) =>
          v.volume.hostPath !== undefined && v.volume.hostPath !== null
            ? [{ path: [...v.path, 'hostPath'], subject: podSubject(pod), detail: `mounts hostPath volume ${quote(v.volume.name)}` }]
            : [],
        ),
    },
  ],
};

/** check_hostPorts.go (1.0): every container port's hostPort must be unset or 0 (containers, init, ephemeral). */
export const hostPorts: PssCheck = {
  id: 'hostPorts',
  level: 'baseline',
  source: 'check_hostPorts.go',
  versions: [
    {
      minMinor: 0,
      check: (pod) =>
        containers(pod).flatMap((c) => {
          const ports = c.container.ports;
          if (!Array.isArray(ports)) return [];
          return ports.flatMap((p, i) =>
            p && typeof p.hostPort === 'number' && p.hostPort !== 0
              ? [{ path: [...c.path, 'ports', i, 'hostPort'], subject: subjectOf(c), detail: `sets hostPort ${p.hostPort}` }]
              : [],
          );
        }),
    },
  ],
};

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HOOKS = ['postStart', 'preStop'] as const;

function handlerHosts(h: Probe | LifecycleHandler | undefined, path: (string | number)[]): { host: string; path: (string | number)[] }[] {
  if (!h || typeof h !== 'object') return [];
  const out: { host: string; path: (string | number)[] }[] = [];
  for (const action of ['httpGet', 'tcpSocket'] as const) {
    const host = (h as Record<string, { host?: unknown } | undefined>)[action]?.host;
    if (typeof host === 'string' && host !== '') out.push({ host, path: [...path, action, 'host'] });
  }
  return out;
}

/**
 * check_hostProbesAndhostLifecycle.go (1.34): probes' and lifecycle hooks' httpGet.host / tcpSocket.host
 * must be unset or "" in every container. (An earlier draft allowed 127.0.0.1 and ::1; the released
 * check, whose test expects the reason "probe or lifecycle host", allows only the empty value.)
 */
export const hostProbesAndHostLifecycle: PssCheck = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  source: 'check_hostProbesAndhostLifecycle.go',
  versions: [
    {
      minMinor: 34,
      check: (pod) =>
        containers(pod).flatMap((c) => {
          const hits = PROBES.flatMap((p) => handlerHosts(c.container[p], [...c.path, p]));
          const lc = c.container.lifecycle;
          if (lc && typeof lc === 'object') for (const h of HOOKS) hits.push(...handlerHosts(lc[h], [...c.path, 'lifecycle', h]));
          return hits.map((h) => ({ path: h.path, subject: subjectOf(c), detail: `sends a probe or lifecycle hook to host ${quote(h.host)}` }));
        }),
    },
  ],
};

function hostProcessAt(pod: PodSpecRef): Violation[] {
  const out: Violation[] = [];
  if (pod.spec.securityContext?.windowsOptions?.hostProcess === true)
    out.push({ path: [...podFieldPath(pod, 'securityContext'), 'windowsOptions', 'hostProcess'], subject: podSubject(pod), detail: 'sets windowsOptions.hostProcess: true' });
  for (const c of containers(pod))
    if (c.container.securityContext?.windowsOptions?.hostProcess === true)
      out.push({ path: [...c.path, 'securityContext', 'windowsOptions', 'hostProcess'], subject: subjectOf(c), detail: 'sets windowsOptions.hostProcess: true' });
  return out;
}

/** check_windowsHostProcess.go (1.0): windowsOptions.hostProcess must be unset or false, pod and containers. */
export const windowsHostProcess: PssCheck = {
  id: 'windowsHostProcess',
  level: 'baseline',
  source: 'check_windowsHostProcess.go',
  versions: [{ minMinor: 0, check: hostProcessAt }],
};
