/**
 * redundant-grant names the bindings that make a binding redundant, and where they are. On
 * kubernetes-engine-samples a RoleBinding of extension-apiserver-authentication-reader was said to be
 * covered "through ClusterRoleBinding custom-metrics-resource-reader, ClusterRoleBinding
 * custom-metrics-resource-reader": two objects of one name in two files, of which only one (binding
 * `view`) grants the configmaps read; the one next to it grants pods and nodes.
 */
import { describe, expect, it } from 'vitest';
import { of, run } from './support.ts';

const text = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: pod-reader }
rules:
- { apiGroups: [""], resources: [pods, nodes], verbs: [get, list, watch] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: pod-reader }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: pod-reader }
subjects: [{ kind: ServiceAccount, name: adapter, namespace: metrics }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: viewer }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: ServiceAccount, name: adapter, namespace: metrics }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: auth-reader, namespace: kube-system }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: extension-apiserver-authentication-reader }
subjects: [{ kind: ServiceAccount, name: adapter, namespace: metrics }]
`;

describe('redundant-grant names what covers the binding', () => {
  it('only the bindings needed to cover it, each with file:line', () => {
    const fs = of(run(text), 'redundant-grant');
    expect(fs.map((f) => f.region.start.line)).toEqual([23]);
    expect(fs[0]!.message).toMatch(/^ServiceAccount metrics\/adapter already gets everything Role kube-system\/extension-apiserver-authentication-reader grants in namespace kube-system through ClusterRoleBinding viewer \(m\.yaml:17\): this binding adds nothing\./);
    expect(fs[0]!.message).not.toMatch(/pod-reader/);
  });
});
