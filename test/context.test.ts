/**
 * `--context` (reportOnly): the run without the named files shares the parsed files of the run with
 * them (parseCache). What a shared file held must be the same in both runs: a shape error (LP002) in
 * a file not named is not caused by the named file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../src/engine/audit.ts';

describe('--context and the files read as context', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leastpriv-context-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, 'role.yaml'),
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\n  namespace: x\n  labels: 5\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["get"]\n',
  );
  writeFileSync(join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: x\n');

  it('does not report a shape error elsewhere as involving the named file', () => {
    const all = audit({ paths: ['.'], cwd: dir }).findings.map((f) => `${f.file}:${f.region.start.line} ${f.code}`);
    expect(all).toContain('role.yaml:6 LP002');
    const named = audit({ paths: ['.'], cwd: dir, reportOnly: new Set(['cm.yaml']) });
    expect(named.findings.map((f) => `${f.file}:${f.region.start.line} ${f.code}`)).toEqual([]);
    // (and the named file's own shape errors are still reported)
    const role = audit({ paths: ['.'], cwd: dir, reportOnly: new Set(['role.yaml']) });
    expect(role.findings.map((f) => `${f.file}:${f.region.start.line} ${f.code} ${f.involves ?? ''}`)).toContain('role.yaml:6 LP002 ');
  });

  it('works out edits for the findings it reports, the same as the whole run does', () => {
    const pod = (name: string, extra: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: x\nspec:\n${extra}  containers:\n  - name: c\n    image: i\n    securityContext:\n      privileged: true\n`;
    writeFileSync(join(dir, 'pod-a.yaml'), pod('a', '  hostPID: true\n'));
    writeFileSync(join(dir, 'pod-b.yaml'), pod('b', '  hostIPC: true\n'));
    const edits = (r: ReturnType<typeof audit>) => r.findings.filter((f) => f.file === 'pod-b.yaml').map((f) => `${f.code} ${JSON.stringify(f.fix ?? null)} ${JSON.stringify(f.suggestions ?? null)}`);
    const whole = edits(audit({ paths: ['.'], cwd: dir, fixes: true }));
    expect(whole.filter((e) => !e.includes(' null null')).length).toBeGreaterThan(0);
    expect(edits(audit({ paths: ['.'], cwd: dir, fixes: true, reportOnly: new Set(['pod-b.yaml']) }))).toEqual(whole);
    rmSync(join(dir, 'pod-a.yaml'));
    rmSync(join(dir, 'pod-b.yaml'));
  });
});

/**
 * More files named than get a run each (ATTRIBUTE_UP_TO): which of them a finding elsewhere involves
 * is narrowed down by leaving out halves. It was every file named, so a commit of six files said an
 * exec finding 'depends on' five ConfigMaps that have nothing to do with it.
 */
describe('--context with many files named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leastpriv-context-many-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'binding.yaml'), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: exec, namespace: ops }\nsubjects:\n- kind: ServiceAccount\n  name: tools\n  namespace: ops\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: exec }\n');
  writeFileSync(join(dir, 'role.yaml'), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: exec, namespace: ops }\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["get"]\n- apiGroups: [""]\n  resources: ["pods/exec"]\n  verbs: ["get", "create"]\n');
  writeFileSync(join(dir, 'ds.yaml'), 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: { name: agent, namespace: ops }\nspec:\n  selector: { matchLabels: { app: agent } }\n  template:\n    metadata: { labels: { app: agent } }\n    spec:\n      hostPID: true  # leastpriv-ignore host-pid-ipc -- reads node processes\n      containers:\n      - name: agent\n        image: agent\n        securityContext: { capabilities: { drop: [ALL] } }\n');
  const cms = [1, 2, 3, 4, 5].map((i) => `cm${i}.yaml`);
  for (const [i, cm] of cms.entries()) writeFileSync(join(dir, cm), `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c${i}, namespace: ops }\n`);
  const involves = (named: string[]) =>
    audit({ paths: ['.'], cwd: dir, reportOnly: new Set(named) })
      .findings.filter((f) => !f.suppressed)
      .map((f) => `${f.file} ${f.rule} ${f.involves?.join(',') ?? ''}`);

  it('names the file a finding elsewhere goes away without, not every file named', () => {
    const exec = 'binding.yaml exec-into-node-access-workload';
    expect(involves(['ds.yaml'])).toEqual([`${exec} ds.yaml`]);
    expect(involves(['cm1.yaml', 'cm2.yaml', 'ds.yaml', 'cm3.yaml', 'cm4.yaml', 'cm5.yaml'])).toEqual([`${exec} ds.yaml`]);
    // (a finding that goes away without either of two files named involves both)
    expect(involves(['cm1.yaml', 'role.yaml', 'cm2.yaml', 'cm3.yaml', 'cm4.yaml', 'ds.yaml'])).toEqual([`${exec} role.yaml,ds.yaml`]);
  });
});
