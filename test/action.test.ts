/**
 * The GitHub Action as GitHub runs it: `node dist/action.js` in a child process with the runner's
 * environment (INPUT_*, GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT), then the annotations
 * on stdout, the job summary, the outputs file and the SARIF file are read back.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../rules/index.ts';

const ROOT = join(import.meta.dirname, '..');
const ACTION = join(ROOT, 'dist', 'action.js');
const scratch = mkdtempSync(join(tmpdir(), 'leastpriv-action-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SEC_SEV = new Map(RULES.map((r) => [r.meta.code, r.meta.securitySeverity]));

/**
 * A Deployment with a privileged container (LP201, error) and a sidecar that keeps the runtime's
 * capabilities (LP202, warning; a privileged container's own LP202 is folded into its LP201, issue 15).
 */
const privileged = (i: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
spec:
  template:
    spec:
      containers:
        - name: c
          image: registry.example/app:1
          securityContext:
            privileged: true
        - name: sidecar
          image: registry.example/sidecar:1
`;

const execRole = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: exec-only-create
  namespace: tools
rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]
`;

let n = 0;
function workspace(files: Record<string, string>): string {
  const ws = join(scratch, `ws${n++}`);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(ws, p, '..'), { recursive: true });
    writeFileSync(join(ws, p), text);
  }
  return ws;
}

interface Run {
  status: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Parses `name<<DELIM\nvalue\nDELIM\n` records as the runner does. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const end = lines.indexOf(m[2]!, i + 1);
    expect(end, `unterminated heredoc for ${m[1]}`).toBeGreaterThan(i);
    out[m[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return out;
}

function runAction(ws: string, inputs: Record<string, string>): Run {
  const summaryFile = join(ws, '..', `${ws.split('/').pop()}-summary.md`);
  const outputFile = join(ws, '..', `${ws.split('/').pop()}-output.txt`);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/cluster',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  };
  // The runner passes every input, with action.yml's defaults filled in.
  const defaults = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs as Record<string, { default?: string }>;
  for (const [name, spec] of Object.entries(defaults)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  const r = spawnSync(process.execPath, [ACTION], { cwd: ROOT, env, encoding: 'utf8' });
  return {
    status: r.status,
    stdout: r.stdout,
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    outputs: existsSync(outputFile) ? parseOutputs(readFileSync(outputFile, 'utf8')) : {},
  };
}

const commands = (stdout: string, kind: string) => stdout.split('\n').filter((l) => l.startsWith(`::${kind} `));

describe('GitHub Action (dist/action.js)', () => {
  it('action.yml declares node24, dist/action.js and exactly the inputs and outputs of issues 6, 13 and 17', () => {
    const meta = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(Object.keys(meta.inputs).sort()).toEqual(['allow-empty', 'annotations', 'baseline', 'config', 'config-from', 'fail-on', 'github-token', 'paths', 'pr-suggestions', 'pr-suggestions-max', 'profile', 'sarif-file', 'summary']);
    expect(meta.inputs['allow-empty'].default).toBe('false');
    expect(meta.inputs['sarif-file'].default).toBe('leastpriv.sarif');
    expect(meta.inputs.annotations.default).toBe('true');
    expect(meta.inputs.summary.default).toBe('true');
    expect(Object.keys(meta.outputs).sort()).toEqual(['findings', 'max-severity', 'sarif-file']);
  });

  it('annotates the worst findings within GitHub limits, writes summary, outputs and SARIF, and fails', () => {
    const files: Record<string, string> = { 'k8s/rbac.yaml': execRole, 'README.md': '# not yaml\n' };
    for (let i = 0; i < 12; i++) files[`k8s/app-${String(i).padStart(2, '0')}.yaml`] = privileged(i);
    const ws = workspace(files);
    const r = runAction(ws, { paths: 'k8s' });
    expect(r.status).toBe(1);

    // 13 errors (12 × LP201 + 1 × LP101) and 12 warnings (LP202): 10 of each, worst first, and one notice.
    const errors = commands(r.stdout, 'error');
    const warnings = commands(r.stdout, 'warning');
    const notices = commands(r.stdout, 'notice');
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/5 more findings not shown as annotations \(3 errors, 2 warnings/);
    const shownCodes = errors.map((l) => /title=leastpriv (LP\d+)/.exec(l)![1]!);
    const sev = shownCodes.map((c) => SEC_SEV.get(c)!);
    expect([...sev].sort((a, b) => b - a)).toEqual(sev); // worst first
    // The omitted errors are no worse than the ones shown.
    const omittedMax = Math.max(...['LP201', 'LP101'].filter((c) => shownCodes.filter((x) => x === c).length < (c === 'LP201' ? 12 : 1)).map((c) => SEC_SEV.get(c)!));
    expect(omittedMax).toBeLessThanOrEqual(Math.min(...sev));
    expect(errors[0]).toMatch(/^::error file=k8s\/app-\d\d\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=leastpriv LP\d{3} [a-z-]+::/);

    // Manifest text printed in the log is fenced off from the command parser.
    const stop = /^::stop-commands::(\S+)$/m.exec(r.stdout);
    expect(stop).not.toBeNull();
    expect(r.stdout).toContain(`\n::${stop![1]}::\n`);

    expect(r.outputs).toEqual({ 'sarif-file': 'leastpriv.sarif', findings: '25', 'max-severity': 'error' });
    const sarif = JSON.parse(readFileSync(join(ws, 'leastpriv.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(25);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^k8s\//);

    expect(r.summary).toContain('## leastpriv: ❌ failed');
    expect(r.summary).toContain('**13** errors, **12** warnings, **0** notes');
    expect(r.summary).toMatch(/\| \[LP201 privileged-container\]\(https:\/\/github\.com\/leastpriv\/leastpriv\/blob\/main\/rules\/privileged-container\.md\) \| 🔴 error \| 12 \|/);
    expect(r.summary).toMatch(/\| \[LP202 capabilities-not-dropped\]\([^)]+\) \| 🟠 warning \| 12 \|/);
    expect(r.summary).toContain('[`k8s/rbac.yaml:9`](https://github.com/octo/cluster/blob/0123456789abcdef0123456789abcdef01234567/k8s/rbac.yaml#L9)');
  });

  it('a clean workspace passes with max-severity none', () => {
    const ws = workspace({ 'app.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata: {}\n' });
    const r = runAction(ws, {});
    expect(r.status).toBe(0);
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.outputs).toEqual({ 'sarif-file': 'leastpriv.sarif', findings: '0', 'max-severity': 'none' });
    expect(r.summary).toContain('## leastpriv: ✅ passed');
  });

  it('honours annotations: false, summary: false, fail-on and sarif-file', () => {
    const ws = workspace({ 'a.yaml': privileged(1) });
    const r = runAction(ws, { annotations: 'false', summary: 'false', 'fail-on': 'none', 'sarif-file': 'out/ci.sarif' });
    expect(r.status).toBe(0);
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.summary).toBe('');
    expect(existsSync(join(ws, 'out', 'ci.sarif'))).toBe(true);
    expect(r.outputs['sarif-file']).toBe('out/ci.sarif');
    expect(r.outputs['max-severity']).toBe('error');
  });

  it('a baseline makes old findings pass and reports only new ones', () => {
    const ws = workspace({ 'a.yaml': privileged(1) });
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'leastpriv.js'), 'audit', '.', '--write-baseline', 'leastpriv-baseline.json'], { cwd: ws, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const old = runAction(ws, { baseline: 'leastpriv-baseline.json' });
    expect(old.status).toBe(0);
    expect(old.outputs.findings).toBe('0');
    expect(old.summary).toContain('2 suppressed, 2 of them by the baseline');
    writeFileSync(join(ws, 'b.yaml'), privileged(2));
    const fresh = runAction(ws, { baseline: 'leastpriv-baseline.json' });
    expect(fresh.status).toBe(1);
    expect(commands(fresh.stdout, 'error').every((l) => l.includes('file=b.yaml'))).toBe(true);
    expect(fresh.outputs.findings).toBe('2');
  });

  it('fails on a path that does not exist, as the CLI exits 2 (issue 17)', () => {
    const r = runAction(workspace({ 'clusters/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' }), { paths: 'clusters/\nclusterz/' });
    expect(r.status).toBe(1);
    expect(commands(r.stdout, 'error')).toEqual(["::error title=leastpriv::leastpriv: input 'paths': no such file or folder in the workspace: clusterz/"]);
  });

  it('fails when the paths hold no Kubernetes object, unless allow-empty (issue 17)', () => {
    const ws = workspace({ 'charts/values.yaml': 'replicaCount: 2\n', '.github/ci.yml': 'on: push\n' });
    const r = runAction(ws, {});
    expect(r.status).toBe(1);
    const errors = commands(r.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/no Kubernetes object to audit in \. \(2 files read: 2 without Kubernetes objects\); set the input 'allow-empty: true'/);
    const allowed = runAction(ws, { 'allow-empty': 'true' });
    expect(allowed.status).toBe(0);
    expect(commands(allowed.stdout, 'error')).toEqual([]);
  });

  it('reports bad inputs and configs as an error annotation and fails', () => {
    const bad = runAction(workspace({ 'a.yaml': privileged(1) }), { 'fail-on': 'sometimes' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^::error title=leastpriv::leastpriv: input 'fail-on' must be one of error, warning, note, none/m);
    const ws = workspace({ 'a.yaml': privileged(1), '.leastpriv.yaml': 'failOn: sometimes\n' });
    const cfg = runAction(ws, {});
    expect(cfg.status).toBe(1);
    expect(cfg.stdout).toMatch(/^::error title=leastpriv::leastpriv: config error: .*failOn/m);
    const flag = runAction(workspace({ 'a.yaml': privileged(1) }), { summary: 'yes' });
    expect(flag.status).toBe(1);
    expect(flag.stdout).toMatch(/^::error title=leastpriv::leastpriv: input 'summary' must be true or false, not 'yes'/m);
  });
});
