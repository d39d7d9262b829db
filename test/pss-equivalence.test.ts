/**
 * Pod Security Admission equivalence: for each pod, at each level and policy version around every
 * boundary where a check changed, leastpriv's verdict (exit status) and the set of failing PSA checks
 * must be what k8s.io/pod-security-admission decides. Expected values follow the check_*.go sources
 * cited in src/pss/checks/ (revisions, overrides, Windows and user-namespace exemptions).
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { audit, exitCodeFor } from '../src/engine/audit.ts';
import { defaults } from '../src/config/load.ts';

type Obj = Record<string, unknown>;

/** A pod Pod Security Admission admits at restricted, at every version. */
function restrictedPod(): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', annotations: {} },
    spec: {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'c', image: 'nginx', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
    },
  };
}

function verdict(pod: Obj, level: 'baseline' | 'restricted', kubeVersion: string) {
  const config = { ...defaults(), profile: `pss-${level}`, kubeVersion };
  const result = audit({ sources: [{ path: 'pod.yaml', text: stringify(pod) }], config });
  const controls = [...new Set(result.findings.map((f) => f.data?.control ?? f.rule))].sort();
  // The JSON report's per-control verdicts must say the same.
  const verdicts = result.pss!.pods[0]!;
  const failing = Object.entries(verdicts.controls).filter(([, v]) => v === 'fail').map(([k]) => k).sort();
  expect(failing).toEqual(controls);
  expect(verdicts.allowed).toBe(failing.length === 0);
  return { admitted: exitCodeFor(result, 'error') === 0, controls };
}

interface Case {
  name: string;
  pod: (p: Obj & { spec: Obj }) => void;
  /** [level, version, failing checks ([] = admitted)] */
  expect: ['baseline' | 'restricted', string, string[]][];
}

const c0 = (p: Obj & { spec: Obj }) => (p.spec.containers as Obj[])[0]!;
const sc0 = (p: Obj & { spec: Obj }) => c0(p).securityContext as Obj;

const CASES: Case[] = [
  { name: 'restricted-compliant pod', pod: () => {}, expect: [['baseline', 'v1.0', []], ['restricted', 'v1.0', []], ['restricted', 'v1.35', []], ['restricted', 'v1.99', []]] },
  {
    name: 'no securityContext at all',
    pod: (p) => {
      delete p.spec.securityContext;
      delete c0(p).securityContext;
    },
    expect: [
      ['baseline', 'v1.35', []],
      ['restricted', 'v1.0', ['runAsNonRoot']],
      ['restricted', 'v1.8', ['allowPrivilegeEscalation', 'runAsNonRoot']],
      ['restricted', 'v1.19', ['allowPrivilegeEscalation', 'runAsNonRoot', 'seccompProfile_restricted']],
      ['restricted', 'v1.22', ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']],
    ],
  },
  {
    name: 'seccomp Unconfined annotation (pre-1.19 channel)',
    pod: (p) => ((p.metadata as Obj).annotations = { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' }),
    expect: [['baseline', 'v1.18', ['seccompProfile_baseline']], ['baseline', 'v1.19', []], ['restricted', 'v1.18', ['seccompProfile_baseline']], ['restricted', 'v1.19', []]],
  },
  {
    name: 'seccomp Unconfined field',
    pod: (p) => (sc0(p).seccompProfile = { type: 'Unconfined' }),
    expect: [['baseline', 'v1.18', []], ['baseline', 'v1.19', ['seccompProfile_baseline']], ['restricted', 'v1.19', ['seccompProfile_restricted']]],
  },
  {
    name: 'adds NET_RAW',
    pod: (p) => ((sc0(p).capabilities as Obj).add = ['NET_RAW']),
    expect: [['baseline', 'v1.35', ['capabilities_baseline']], ['restricted', 'v1.21', ['capabilities_baseline']], ['restricted', 'v1.22', ['capabilities_restricted']]],
  },
  {
    name: 'adds CHOWN without dropping ALL',
    pod: (p) => (sc0(p).capabilities = { add: ['CHOWN'] }),
    expect: [['baseline', 'v1.35', []], ['restricted', 'v1.21', []], ['restricted', 'v1.22', ['capabilities_restricted']]],
  },
  {
    name: 'runAsUser 0',
    pod: (p) => (sc0(p).runAsUser = 0),
    expect: [['baseline', 'v1.35', []], ['restricted', 'v1.22', []], ['restricted', 'v1.23', ['runAsUser']]],
  },
  {
    name: 'Windows pod without Linux settings',
    pod: (p) => {
      p.spec.os = { name: 'windows' };
      c0(p).securityContext = {};
      p.spec.securityContext = { runAsNonRoot: true };
    },
    expect: [
      ['restricted', 'v1.24', ['allowPrivilegeEscalation', 'capabilities_restricted', 'seccompProfile_restricted']],
      ['restricted', 'v1.25', []],
      ['baseline', 'v1.25', []],
    ],
  },
  {
    name: 'Windows pod with Unconfined seccomp: overridden baseline check stays off at restricted',
    pod: (p) => {
      p.spec.os = { name: 'windows' };
      p.spec.securityContext = { runAsNonRoot: true, seccompProfile: { type: 'Unconfined' } };
    },
    expect: [['restricted', 'v1.25', []], ['baseline', 'v1.25', ['seccompProfile_baseline']]],
  },
  {
    name: 'sysctl net.ipv4.ip_local_reserved_ports',
    pod: (p) => ((p.spec.securityContext as Obj).sysctls = [{ name: 'net.ipv4.ip_local_reserved_ports', value: '30000' }]),
    expect: [['baseline', 'v1.26', ['sysctls']], ['baseline', 'v1.27', []]],
  },
  {
    name: 'sysctl net.ipv4.tcp_keepalive_time',
    pod: (p) => ((p.spec.securityContext as Obj).sysctls = [{ name: 'net.ipv4.tcp_keepalive_time', value: '60' }]),
    expect: [['baseline', 'v1.28', ['sysctls']], ['baseline', 'v1.29', []]],
  },
  {
    name: 'sysctl net.ipv4.tcp_wmem',
    pod: (p) => ((p.spec.securityContext as Obj).sysctls = [{ name: 'net.ipv4.tcp_wmem', value: '4096 16384 4194304' }]),
    expect: [['baseline', 'v1.31', ['sysctls']], ['baseline', 'v1.32', []], ['restricted', 'v1.35', []]],
  },
  {
    name: 'sysctl net.ipv4.tcp_notsent_lowat (safe from policy v1.37)',
    pod: (p) => ((p.spec.securityContext as Obj).sysctls = [{ name: 'net.ipv4.tcp_notsent_lowat', value: '16384' }, { name: 'net.ipv4.tcp_slow_start_after_idle', value: '0' }]),
    expect: [['baseline', 'v1.35', ['sysctls']], ['baseline', 'v1.36', ['sysctls']], ['baseline', 'v1.37', []], ['restricted', 'v1.99', []]],
  },
  {
    name: 'SELinux container_engine_t',
    pod: (p) => (sc0(p).seLinuxOptions = { type: 'container_engine_t' }),
    expect: [['baseline', 'v1.30', ['seLinuxOptions']], ['baseline', 'v1.31', []]],
  },
  {
    name: 'probe host',
    pod: (p) => (c0(p).readinessProbe = { tcpSocket: { host: '10.0.0.1', port: 80 } }),
    expect: [['baseline', 'v1.33', []], ['baseline', 'v1.34', ['hostProbesAndHostLifecycle']], ['restricted', 'v1.34', ['hostProbesAndHostLifecycle']]],
  },
  {
    name: 'procMount Unmasked in a user namespace',
    pod: (p) => {
      p.spec.hostUsers = false;
      sc0(p).procMount = 'Unmasked';
    },
    expect: [['baseline', 'v1.34', ['procMount']], ['baseline', 'v1.35', []], ['restricted', 'v1.34', ['procMount']], ['restricted', 'v1.35', ['procMount_restricted']]],
  },
  {
    name: 'root in a user namespace',
    pod: (p) => {
      p.spec.hostUsers = false;
      p.spec.securityContext = { runAsUser: 0, seccompProfile: { type: 'RuntimeDefault' } };
    },
    expect: [['restricted', 'v1.34', ['runAsNonRoot', 'runAsUser']], ['restricted', 'v1.35', []]],
  },
  {
    name: 'allowPrivilegeEscalation unset',
    pod: (p) => delete sc0(p).allowPrivilegeEscalation,
    expect: [['restricted', 'v1.7', []], ['restricted', 'v1.8', ['allowPrivilegeEscalation']]],
  },
  {
    name: 'hostPath volume',
    pod: (p) => (p.spec.volumes = [{ name: 'h', hostPath: { path: '/' } }]),
    expect: [['baseline', 'v1.0', ['hostPathVolumes']], ['restricted', 'v1.0', ['restrictedVolumes']]],
  },
  {
    name: 'AppArmor Unconfined field and annotation (one revision: every version)',
    pod: (p) => {
      sc0(p).appArmorProfile = { type: 'Unconfined' };
      (p.metadata as Obj).annotations = { 'container.apparmor.security.beta.kubernetes.io/c': 'runtime/default' };
    },
    expect: [['baseline', 'v1.0', ['appArmorProfile']], ['baseline', 'v1.35', ['appArmorProfile']]],
  },
  {
    name: 'privileged, host namespaces, host ports, HostProcess',
    pod: (p) => {
      sc0(p).privileged = true;
      p.spec.hostIPC = true;
      c0(p).ports = [{ containerPort: 80, hostPort: 80 }];
      (p.spec.securityContext as Obj).windowsOptions = { hostProcess: true };
    },
    expect: [['baseline', 'v1.35', ['hostNamespaces', 'hostPorts', 'privileged', 'windowsHostProcess']]],
  },
];

describe('Pod Security Admission equivalence', () => {
  for (const c of CASES) {
    for (const [level, version, failing] of c.expect) {
      it(`${c.name}: ${level} ${version} → ${failing.length ? failing.join(', ') : 'admitted'}`, () => {
        const pod = restrictedPod() as Obj & { spec: Obj };
        c.pod(pod);
        const v = verdict(pod, level, version);
        expect(v.controls).toEqual([...failing].sort());
        expect(v.admitted).toBe(failing.length === 0);
      });
    }
  }
});
