/** Kubernetes versions and removed API versions (issue 15). */
import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/config/load.ts';
import { of, run } from './support.ts';

const pod = (sysctl: string) => `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  securityContext: { sysctls: [{ name: ${sysctl}, value: "0" }] }
  containers: [{ name: c, image: busybox, securityContext: { capabilities: { drop: [ALL] } } }]
`;

describe('Kubernetes versions', () => {
  it('the default is the newest policy version, v1.37, and an older one can be pinned', () => {
    expect(defaults().kubeVersion).toBe('v1.37');
    expect(of(run(pod('net.ipv4.tcp_slow_start_after_idle'), 'p.yaml', { profile: 'pss-baseline' }), 'LP312')).toEqual([]);
    const pinned = of(run(pod('net.ipv4.tcp_slow_start_after_idle'), 'p.yaml', { profile: 'pss-baseline', kubeVersion: 'v1.36' }), 'LP312');
    expect(pinned.map((f) => f.data?.version)).toEqual(['v1.36']);
  });
});

describe('removed API versions', () => {
  const ds = `apiVersion: extensions/v1beta1
kind: DaemonSet
metadata: { name: a }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox, securityContext: { privileged: true } }]
`;
  it('says since when, and audits the workload as the current kind', () => {
    const fs = run(ds);
    expect(of(fs, 'LP030')[0]!.message).toMatch(/no longer serves since Kubernetes v1\.16.*Use apps\/v1/);
    expect(of(fs, 'LP201')).toHaveLength(1);
  });
  it('follows --kube-version: still served on v1.15', () => {
    expect(of(run(ds, 'd.yaml', { kubeVersion: 'v1.15' }), 'LP030')).toEqual([]);
  });
});
