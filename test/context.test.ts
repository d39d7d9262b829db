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
