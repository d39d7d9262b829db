/**
 * The node-access features of a workload (graph JSON, exec-into-node-access-workload) point where they
 * are written, once. An Argo Workflow's spec.volumes and spec.hostNetwork belong to every template's
 * pod: a hostPath there was drawn once per template, each at the template's line, never at the volume.
 */
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.ts';

const text = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: ex, namespace: ci }
rules:
- { apiGroups: [""], resources: [pods/exec], verbs: [create, get] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ex, namespace: ci }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: ex }
subjects: [{ kind: User, name: bob, apiGroup: rbac.authorization.k8s.io }]
---
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { generateName: w-, namespace: ci }
spec:
  hostNetwork: true
  volumes: [{ name: h, hostPath: { path: /var } }]
  templates:
  - { name: a, container: { image: busybox, securityContext: { capabilities: { drop: [ALL] } } } }
  - { name: b, container: { image: busybox, volumeMounts: [{ name: h, mountPath: /h }], securityContext: { capabilities: { drop: [ALL] } } } }
`;

describe('node-access features of pods that share fields', () => {
  it('are listed once, at the line where they are written', async () => {
    let out = '';
    const io: Io = { stdout: (s) => void (out += s), stderr: () => {}, cwd: '/', env: {}, isTTY: false, readStdin: () => new TextEncoder().encode(text) };
    await main(['graph', '-', '-f', 'json'], io);
    const g = JSON.parse(out) as { nodes: { kind: string; features?: { what: string; line: number }[] }[] };
    const wf = g.nodes.find((n) => n.kind === 'workload')!;
    expect(wf.features!.map((f) => `${f.what} ${f.line}`)).toEqual(['hostNetwork 17', 'hostPath /var 18']);
  });
});
