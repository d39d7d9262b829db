/**
 * One finding per root cause, and fixes that give objects the API server accepts (issue 15):
 * folded findings become related locations (JSON `related`, SARIF `relatedLocations`).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../../src/engine/audit.ts';
import { resolveConfig, validateConfig } from '../../src/config/load.ts';
import { isKnownRule } from '../../src/engine/registry.ts';
import { jsonReporter } from '../../src/reporters/json.ts';
import { sarifReporter } from '../../src/reporters/sarif.ts';
import { of, run } from './support.ts';

const opts = { color: false, showSuppressed: false, sarifRoot: '/r', cwd: '/r', toolVersion: '0.0.0' };

describe('root causes', () => {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'incident', 'before.yaml'), 'utf8');
  const result = audit({ sources: [{ path: 'before.yaml', text }], config: resolveConfig(validateConfig({}, 't', isKnownRule)) });

  it('the role finding carries the exec gap; each binding that leaves a subject short is a related location', () => {
    const lp101 = result.findings.filter((f) => f.code === 'LP101');
    expect(lp101.map((f) => f.region.start.line)).toEqual([23, 81]);
    expect(result.findings.filter((f) => f.code === 'LP102')).toEqual([]);
    expect(lp101.map((f) => f.related?.map((r) => `${r.code}:${r.region.start.line}`))).toEqual([['LP102:33', 'LP102:47', 'LP102:61'], ['LP102:89']]);
    expect(lp101[0]!.related![0]!.message).toMatch(/^LP102 effective-exec-verb-mismatch: ServiceAccount mcp-homelab\/mcp-homelab can `create`/);
  });

  it('JSON lists them as `related`, SARIF as `relatedLocations`', () => {
    const json = JSON.parse(jsonReporter(result, opts)) as { findings: { code: string; related?: { code: string; line: number }[] }[] };
    expect(json.findings.find((f) => f.code === 'LP101')!.related!.map((r) => r.line)).toEqual([33, 47, 61]);
    const sarif = JSON.parse(sarifReporter(result, opts)) as { runs: { results: { ruleId: string; relatedLocations?: { id: number; physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const r = sarif.runs[0]!.results.find((x) => x.ruleId === 'LP101')!;
    expect(r.relatedLocations!.map((l) => [l.id, l.physicalLocation.region.startLine])).toEqual([[1, 33], [2, 47], [3, 61]]);
  });

  it('a privileged container: privileged-container only, no capabilities-not-dropped', () => {
    const fs = run(`apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
  - name: c
    image: busybox
    securityContext: { privileged: true }
`);
    expect(fs.map((f) => f.rule)).toEqual(['privileged-container']);
  });

  it('a capability outside the allowlist is not asked for a reason too', () => {
    const fs = run(`apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
  - name: c
    image: busybox
    securityContext: { capabilities: { drop: [ALL], add: [SYS_ADMIN, NET_RAW] } }
`);
    expect(fs.map((f) => `${f.rule}:${f.data?.capability}`).sort()).toEqual(['capability-outside-allowlist:SYS_ADMIN', 'unjustified-privilege:NET_RAW']);
  });

  it('an exec attack path through a cluster-admin binding is a related location of cluster-admin-binding', () => {
    const fs = run(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ops }
subjects: [{ kind: User, name: ops, apiGroup: rbac.authorization.k8s.io }]
roleRef: { kind: ClusterRole, name: cluster-admin, apiGroup: rbac.authorization.k8s.io }
---
apiVersion: v1
kind: Pod
metadata: { name: agent, namespace: tools }
spec:
  hostPID: true  # reads host processes
  containers: [{ name: c, image: busybox, securityContext: { capabilities: { drop: [ALL] } } }]
`);
    expect(of(fs, 'LP115')).toEqual([]);
    const [f] = of(fs, 'LP112');
    expect(f!.related?.map((r) => r.code)).toEqual(['LP115']);
  });
});

describe('a field shared by the pods of one object', () => {
  it("an Argo Workflow's spec.hostNetwork is one justified privilege, not one per template", () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { generateName: w-, namespace: ci }
spec:
  hostNetwork: true  # probes the node's interfaces
  templates:
  - { name: a, container: { image: busybox, securityContext: { capabilities: { drop: [ALL] } } } }
  - { name: b, container: { image: busybox, securityContext: { capabilities: { drop: [ALL] } } } }
`;
    const r = audit({ sources: [{ path: 'w.yaml', text }], config: resolveConfig(validateConfig({}, 't', isKnownRule)) });
    expect(r.justifications.map((j) => `${j.region.start.line}:${j.privilege}`)).toEqual(['5:hostNetwork']);
    expect(r.findings).toEqual([]);
  });
});

describe('wording', () => {
  it('lower-case `drop: [all]`: the runtime drops everything, PSS restricted wants exactly ALL', () => {
    const [f] = of(
      run(`apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers: [{ name: c, image: busybox, securityContext: { capabilities: { drop: [all] } } }]
`),
      'capabilities-not-dropped',
    );
    expect(f!.messageId).toBe('otherCase');
    expect(f!.message).toMatch(/drops `all`: containerd and CRI-O compare capability names without regard to case/);
    expect(f!.message).toMatch(/requires exactly `ALL`/);
    expect(f!.message).not.toMatch(/default capabilities/);
  });

  it('the escalation fix on a privileged container never gives an object the API server rejects', () => {
    const pod = (sc: string) => `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers: [{ name: c, image: busybox, securityContext: ${sc} }]
`;
    const msg = (sc: string) => of(run(pod(sc), 'p.yaml', { profile: 'pss-restricted' }), 'LP314')[0]!.message;
    expect(msg('{ privileged: true }')).toMatch(/Remove `privileged: true` first .* then set `allowPrivilegeEscalation: false`\.$/);
    expect(msg('{ capabilities: { add: [CAP_SYS_ADMIN] } }')).toMatch(/Remove `CAP_SYS_ADMIN` from `capabilities.add` first/);
    expect(msg('{ runAsNonRoot: true }')).toMatch(/Set `securityContext.allowPrivilegeEscalation: false`\.$/);
  });
});
