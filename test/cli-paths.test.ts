/**
 * CLI paths of issue 6, run as a user would (through main(), with a scratch working folder):
 * baseline, --context, init, junit, rules with profiles, and bare `leastpriv`.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.ts';
import { loadConfig } from '../src/config/load.ts';
import { isKnownRule } from '../src/engine/registry.ts';
import { PROFILE_NAMES } from '../src/engine/profiles.ts';

const scratch = mkdtempSync(join(tmpdir(), 'leastpriv-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
function repo(files: Record<string, string>): string {
  const dir = join(scratch, `r${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd, env: {}, isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const pod = (name: string, privileged: boolean) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: c
      image: registry.example/app:1
      securityContext:
        ${privileged ? 'privileged: true' : 'allowPrivilegeEscalation: false'}
        capabilities:
          drop: [ALL]
`;

const role = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: exec
  namespace: tools
rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]
`;

describe('baseline', () => {
  it('records findings; only new findings fail; fingerprints survive unrelated edits above', async () => {
    const dir = repo({ 'apps.yaml': pod('old', true) });
    const w = await run(dir, 'audit', '.', '--write-baseline', 'baseline.json');
    expect(w.code).toBe(0);
    expect(w.stderr).toContain('wrote 1 findings to the baseline baseline.json');
    const b = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(b.version).toBe(1);
    expect(b.findings).toHaveLength(1);
    expect(b.findings[0]).toMatchObject({ code: 'LP201', file: 'apps.yaml' });
    expect((await run(dir, 'audit', '.', '--baseline', 'baseline.json')).code).toBe(0);

    // Unrelated edits above the finding: a comment block, a new clean document, extra fields.
    const moved = `# moved down by a header comment\n# and another line\n${pod('clean', false)}---\n${pod('old', true).replace('metadata:\n', 'metadata:\n  labels:\n    team: infra\n')}`;
    writeFileSync(join(dir, 'apps.yaml'), moved);
    const after = await run(dir, 'audit', '.', '--baseline', 'baseline.json', '--format', 'json');
    expect(after.code).toBe(0);
    const found = JSON.parse(after.stdout).findings;
    expect(found).toHaveLength(1);
    expect(found[0].line).toBeGreaterThan(15); // really moved
    expect(found[0].suppressed).toMatchObject({ kind: 'baseline' });

    // A new finding fails, and only it is shown.
    writeFileSync(join(dir, 'apps.yaml'), moved + `---\n${pod('new', true)}`);
    const fresh = await run(dir, 'audit', '.', '--baseline', 'baseline.json');
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toContain('Pod new');
    expect(fresh.stdout).not.toContain('Pod old');
  });

  it('a missing or malformed baseline is a config error (exit 2)', async () => {
    const dir = repo({ 'a.yaml': pod('a', true), 'bad.json': '{"findings": 3}' });
    expect((await run(dir, 'audit', '.', '--baseline', 'nope.json')).stderr).toMatch(/baseline nope.json: cannot read: ENOENT/);
    const bad = await run(dir, 'audit', '.', '--baseline', 'bad.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a leastpriv baseline');
  });
});

describe('--context DIR FILE...', () => {
  it('answers RBAC questions with the whole repo but reports only the named files', async () => {
    const dir = repo({ 'rbac/role.yaml': role, 'apps/a.yaml': pod('a', true), 'apps/b.yaml': pod('b', false), 'charts/x/templates/p.yaml': 'kind: Pod\nmetadata:\n  name: {{ .Values.name }}\n' });
    const onlyB = await run(dir, 'audit', '--context', '.', 'apps/b.yaml', '--format', 'json');
    expect(onlyB.code).toBe(0);
    const j = JSON.parse(onlyB.stdout);
    expect(j.findings).toEqual([]);
    expect(j.summary.files).toBe(4); // the context was read…
    expect(j.summary.skipped).toEqual([]); // …and the template skipped in it is not one of the named files
    const onlyRole = await run(dir, 'audit', '--context', '.', './rbac/role.yaml', '--format', 'json');
    expect(onlyRole.code).toBe(1);
    expect(JSON.parse(onlyRole.stdout).findings.map((f: { file: string; code: string }) => `${f.file} ${f.code}`)).toEqual(['rbac/role.yaml LP101']);
    expect((await run(dir, 'audit', '--context', '.')).code).toBe(2);
  });
});

describe('init', () => {
  it('writes a commented config with the schema reference that loads, and never overwrites', async () => {
    const dir = repo({});
    const r = await run(dir, 'init');
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, '.leastpriv.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+leastpriv-config\.schema\.json$/m);
    expect(text).toMatch(/^\$schema: \S+leastpriv-config\.schema\.json$/m);
    expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBeGreaterThan(5);
    const cfg = loadConfig({ cwd: dir, knownRule: isKnownRule });
    expect(cfg).toMatchObject({ profile: 'leastpriv', failOn: 'error', gitignore: true, exclude: [] });
    writeFileSync(join(dir, '.leastpriv.yaml'), 'failOn: warning\n');
    const again = await run(dir, 'init');
    expect(again.code).toBe(2); // usage error: init never overwrites (issue 17)
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(join(dir, '.leastpriv.yaml'), 'utf8')).toBe('failOn: warning\n');
  });
});

describe('--format junit', () => {
  it('one testsuite per file, a failure per finding, skipped for suppressed, well-formed', async () => {
    const dir = repo({ 'a.yaml': pod('a&<b>', true).replace('privileged: true', 'privileged: true  # leastpriv-ignore privileged-container -- "lab" node'), 'b.yaml': pod('b', true), 'c.yaml': pod('c', false) });
    const r = await run(dir, 'audit', '.', '--format', 'junit');
    expect(r.code).toBe(1);
    const x = r.stdout;
    expect(x.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="leastpriv" tests="3" failures="1" errors="0" skipped="1">')).toBe(true);
    expect(x).toMatch(/<testsuite name="a.yaml" tests="1" failures="0" errors="0" skipped="1">/);
    expect(x).toContain('<skipped message="suppressed: &quot;lab&quot; node"/>');
    expect(x).toMatch(/<testsuite name="b.yaml" tests="1" failures="1"[^>]*>\s*<testcase name="LP201 privileged-container at b.yaml:10:9" classname="b.yaml" file="b.yaml" line="10">\s*<failure message="[^"<]+" type="error">/);
    expect(x).toMatch(/<testsuite name="c.yaml" tests="1" failures="0" errors="0" skipped="0">\s*<testcase name="no findings"/);
    // No raw markup from the manifest.
    expect(x).not.toContain('a&<b>');
  });
});

describe('rules and npx', () => {
  it('`leastpriv rules` lists each rule with its profiles', async () => {
    const r = await run(scratch, 'rules');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^CODE\s+NAME\s+SEVERITY\s+CATEGORY\s+PROFILES\s+DESCRIPTION$/);
    const lp201 = lines.find((l) => l.startsWith('LP201'))!;
    for (const p of PROFILE_NAMES()) if (p === 'leastpriv') expect(lp201).toMatch(/\bleastpriv\b/);
  });

  it('bare `leastpriv` audits the working folder with no config', async () => {
    const dir = repo({ 'k8s/a.yaml': pod('a', true), 'k8s/values.yaml': 'replicas: 2\n' });
    const r = await run(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('k8s/a.yaml:10:9');
    expect(existsSync(join(dir, '.leastpriv.yaml'))).toBe(false);
  });
});
