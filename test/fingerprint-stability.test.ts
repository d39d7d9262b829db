/**
 * Fingerprints do not move with lines (src/engine/stable-text.ts): a finding whose message says where
 * another object is written (LP115 names the role's rule and the workloads it reaches, with their
 * file:line) and a duplicate key ("first set on line 3") keep their fingerprint when lines are added
 * above those places, so a `--baseline` entry or a code scanning alert stays the same finding. What
 * the finding says still changes it.
 */
import { describe, expect, it } from 'vitest';
import { audit } from '../src/engine/audit.ts';

const ROLE = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: debug, namespace: tools }
rules:
  - apiGroups: [""]
    resources: [pods/exec]
    verbs: [create, get]
`;
const BINDING = `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: debug, namespace: tools }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: debug }
subjects:
  - { kind: ServiceAccount, name: agent, namespace: tools }
`;
const DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent, namespace: tools }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
      hostPID: true
      containers:
        - name: agent
          image: busybox
          securityContext: { privileged: true }
`;
const DUPLICATE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: tools
data:
  mode: a
  mode: a
`;

const run = (files: Record<string, string>) =>
  audit({ sources: Object.entries(files).map(([path, text]) => ({ path, text })), config: undefined }).findings.map((f) => ({ code: f.code, file: f.file, message: f.message, fingerprint: f.fingerprint }));

describe('fingerprints when lines move', () => {
  const before = run({ 'role.yaml': ROLE, 'binding.yaml': BINDING, 'ds.yaml': DAEMONSET, 'cm.yaml': DUPLICATE });
  const after = run({ 'role.yaml': `# the debug role\n# (two lines added above it)\n${ROLE}`, 'binding.yaml': BINDING, 'ds.yaml': `# one line above the DaemonSet\n${DAEMONSET}`, 'cm.yaml': `# a comment\n${DUPLICATE}` });

  it('keep a cross-object finding that names other objects by file:line', () => {
    const lp115 = (r: typeof before) => r.filter((f) => f.code === 'LP115');
    expect(lp115(before)).toHaveLength(1);
    expect(lp115(before)[0]!.message).toContain('role.yaml:5');
    expect(lp115(after)[0]!.message).toContain('role.yaml:7');
    expect(lp115(after)[0]!.message).toContain('ds.yaml:2');
    expect(lp115(after)[0]!.fingerprint).toBe(lp115(before)[0]!.fingerprint);
  });

  it('keep a duplicate key, whose message names the line of the first', () => {
    const dup = (r: typeof before) => r.filter((f) => f.file === 'cm.yaml' && /duplicate key/.test(f.message));
    expect(dup(before)).toHaveLength(1);
    expect(dup(before)[0]!.message).not.toBe(dup(after)[0]!.message);
    expect(dup(after)[0]!.fingerprint).toBe(dup(before)[0]!.fingerprint);
  });

  it('keep every finding of the run', () => {
    expect(after.map((f) => f.fingerprint).sort()).toEqual(before.map((f) => f.fingerprint).sort());
  });

  it('change when what the finding says changes', () => {
    const other = run({ 'role.yaml': ROLE.replace('name: debug', 'name: debug2'), 'binding.yaml': BINDING.replace('name: debug }', 'name: debug2 }'), 'ds.yaml': DAEMONSET, 'cm.yaml': DUPLICATE });
    const lp115 = (r: typeof before) => r.find((f) => f.code === 'LP115')!;
    expect(lp115(other).fingerprint).not.toBe(lp115(before).fingerprint);
  });
});
