/**
 * Which verb opens pods/exec (attach, portforward) on which Kubernetes version: `create` (SPDY) or
 * `get` (WebSocket) before 1.35, only `create` from 1.35, where the WebSocket upgrade is authorized as
 * `create` too (AuthorizePodWebsocketUpgradeCreatePermission, on by default; kubernetes/kubernetes#134577).
 * Found comparing with Polaris (clusterrolebindingClusterAdmin/success.explicit_verbs.yaml: `get` on
 * `*`, bound cluster-wide): leastpriv said the read-everything role could "exec into pods".
 */
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/engine/audit.ts';
import { defaults } from '../../src/config/load.ts';
import { streamOpeningVerbs } from '../../src/rbac/match.ts';

const READ_ALL = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: read-all }
rules:
- { apiGroups: ["*"], resources: ["*"], verbs: [get, list, watch] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: read-all }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: read-all }
subjects:
- { kind: User, name: auditor, apiGroup: rbac.authorization.k8s.io }
---
apiVersion: v1
kind: Pod
metadata: { name: agent, namespace: tools }
spec:
  hostPID: true
  containers: [{ name: agent, image: busybox:1.36 }]
`;

const run = (kubeVersion: string) => audit({ sources: [{ path: 'read-all.yaml', text: READ_ALL }], config: { ...defaults(), kubeVersion, render: false } }).findings;

describe('the verbs that open a pod stream', () => {
  it('are create or get before 1.35, create alone from 1.35 (and on versions not parsed: the newest)', () => {
    expect(streamOpeningVerbs('v1.34')).toEqual(['create', 'get']);
    expect(streamOpeningVerbs('v1.30')).toEqual(['create', 'get']);
    expect(streamOpeningVerbs('v1.35')).toEqual(['create']);
    expect(streamOpeningVerbs('v1.37')).toEqual(['create']);
    expect(streamOpeningVerbs('latest')).toEqual(['create']);
  });

  it('a read-everything role is an exec path into a hostPID pod on 1.34, and none on 1.35', () => {
    const old = run('v1.34');
    expect(old.filter((f) => f.code === 'LP115').map((f) => f.message)).toEqual([expect.stringMatching(/User auditor can exec and attach in every namespace/)]);
    expect(old.find((f) => f.code === 'LP103')?.message).toMatch(/here including [^.]*exec into pods/);
    const now = run('v1.35');
    expect(now.filter((f) => f.code === 'LP115')).toEqual([]);
    const lp103 = now.find((f) => f.code === 'LP103')?.message;
    expect(lp103).toMatch(/here including reading Secrets/);
    expect(lp103).not.toMatch(/exec into pods/);
  });
});
