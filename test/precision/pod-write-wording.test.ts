/**
 * pod-creating-workload-write says what a grant can do. `update`/`patch` on pods cannot choose a
 * service account or volumes (ValidatePodUpdate, pkg/apis/core/validation/validation.go: "pod updates
 * may not change fields other than spec.containers[*].image, …"), so the pod-template wording was
 * untrue for it (rook's rook-ceph-cmd-reporter Role: create, update pods is still a template).
 */
import { describe, expect, it } from 'vitest';
import { of, run } from './support.ts';

const role = (rules: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: r }
rules:
${rules}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: r }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r }
subjects: [{ kind: ServiceAccount, name: s, namespace: ops }]
`;

describe('pod-creating-workload-write wording', () => {
  it('update and patch on pods: code in running pods, not a pod template', () => {
    const [f] = of(run(role(`- { apiGroups: [""], resources: [pods], verbs: [get, update, patch] }`)), 'pod-creating-workload-write');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/^ClusterRole r grants update, patch pods \(bound cluster-wide by ClusterRoleBinding r\)\. This cannot choose a pod's service account or volumes, but it puts code of the writer's choosing into running pods \(a pod update may replace its containers' images\)/);
    expect(f?.message).not.toMatch(/pod template/);
  });
  it('ephemeral containers are worded the same way', () => {
    const [f] = of(run(role(`- { apiGroups: [""], resources: [pods/ephemeralcontainers], verbs: [patch] }`)), 'pod-creating-workload-write');
    expect(f?.message).toMatch(/into running pods \(an ephemeral container is added with the image, command and securityContext its writer chooses\)/);
  });
  it('create on pods, or a workload, keeps the pod-template wording', () => {
    for (const r of [`- { apiGroups: [""], resources: [pods], verbs: [create, update] }`, `- { apiGroups: [apps], resources: [deployments], verbs: [patch] }`]) {
      const [f] = of(run(role(r)), 'pod-creating-workload-write');
      expect(f?.message).toMatch(/Whoever writes a pod template chooses the pod's service account and volumes/);
    }
  });
});
