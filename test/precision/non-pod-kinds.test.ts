/** The kinds known not to carry pods are never taken for pods (issue 15). */
import { describe, expect, it } from 'vitest';
import { KNOWN_NON_POD_GROUPS, knownNonPod } from '../../src/model/infer.ts';
import { run } from './support.ts';

describe('known non-pod kinds', () => {
  it('lists admission allowlists, policy engines and the VPA', () => {
    for (const g of ['auto.gke.io', 'kyverno.io', 'templates.gatekeeper.sh', 'constraints.gatekeeper.sh', 'mutations.gatekeeper.sh', 'policies.kubewarden.io', 'autoscaling.k8s.io']) expect(knownNonPod(g), g).toBe(true);
    expect(knownNonPod('argoproj.io')).toBe(false);
    expect(KNOWN_NON_POD_GROUPS.length).toBeGreaterThanOrEqual(5);
  });
  it('a Kubewarden policy with a pod template in its settings yields no pod finding', () => {
    const fs = run(`apiVersion: policies.kubewarden.io/v1
kind: ClusterAdmissionPolicy
metadata: { name: p }
spec:
  settings:
    template:
      metadata: {}
      spec:
        containers: [{ name: c, image: busybox, securityContext: { privileged: true } }]
`);
    expect(fs).toEqual([]);
  });
});
