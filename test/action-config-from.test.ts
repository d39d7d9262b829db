/**
 * `config-from: base` through the bundled Action with the runner's environment: a pull request that
 * adds or edits `.leastpriv.yaml` (or the baseline) to silence its own findings still fails, the job
 * summary says where the config came from and what the pull request changed, and a base commit the
 * shallow clone lacks is fetched from origin (or the step fails: never a silent fallback to the pull
 * request's config).
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const ACTION = join(ROOT, 'dist', 'action.js');
const scratch = mkdtempSync(join(tmpdir(), 'leastpriv-config-from-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const gitAvailable = spawnSync('git', ['--version']).status === 0;

const PRIVILEGED = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: c
      image: x
      securityContext:
        privileged: true
        capabilities: { drop: [ALL] }
`;
const CLEAN = `apiVersion: v1
kind: ConfigMap
metadata:
  name: c
`;

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e', GIT_CONFIG_GLOBAL: '/dev/null' } }).trim();

function write(dir: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
}

let n = 0;
/** A repository with a base commit and a pull request commit on top; returns the PR clone and the base sha. */
function repo(base: Record<string, string>, pr: Record<string, string>): { ws: string; sha: string } {
  const ws = join(scratch, `repo${n++}`);
  mkdirSync(ws);
  git(ws, 'init', '-q', '-b', 'main');
  write(ws, base);
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'base');
  const sha = git(ws, 'rev-parse', 'HEAD');
  write(ws, pr);
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'pr');
  return { ws, sha };
}

function runAction(ws: string, inputs: Record<string, string>, event?: { name: string; payload: unknown }) {
  const summaryFile = join(ws, '..', `${ws.split('/').pop()}-summary.md`);
  rmSync(summaryFile, { force: true });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: scratch,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  if (event) {
    const file = join(ws, '..', `${ws.split('/').pop()}-event.json`);
    writeFileSync(file, JSON.stringify(event.payload));
    env.GITHUB_EVENT_NAME = event.name;
    env.GITHUB_EVENT_PATH = file;
  }
  const defaults = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs as Record<string, { default?: string }>;
  for (const [name, spec] of Object.entries(defaults)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  const r = spawnSync(process.execPath, [ACTION], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '' };
}

/** The summary's text without Markdown's backslash escapes. */
const unescape = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const pr = (sha: string) => ({ name: 'pull_request', payload: { pull_request: { base: { sha } } } });

describe.skipIf(!gitAvailable)('config-from: base (the bundled Action)', () => {
  it('a pull request that turns a rule off in .leastpriv.yaml still fails; the summary says so', () => {
    const { ws, sha } = repo({ '.leastpriv.yaml': 'rules: {}\n', 'k8s/ok.yaml': CLEAN }, { '.leastpriv.yaml': 'rules:\n  privileged-container: off\nexclude: [legacy/]\n', 'k8s/pod.yaml': PRIVILEGED, 'legacy/old.yaml': PRIVILEGED });
    // Without the input the pull request's config wins: the privileged pod is excluded and the step passes.
    const weak = runAction(ws, {}, pr(sha));
    expect(weak.status).toBe(0);
    expect(weak.summary).toContain('### Not checked in this run');
    expect(weak.summary).toContain('LP201 privileged-container: off \\(default\\: error\\)');
    expect(weak.summary).toMatch(/excluded paths: `legacy\/`/);
    // With it, the base commit's config applies.
    const gated = runAction(ws, { 'config-from': 'base' }, pr(sha));
    expect(gated.status).toBe(1);
    expect(gated.stdout).toMatch(/^::error file=k8s\/pod\.yaml,line=10,.*LP201 privileged-container/m);
    expect(gated.stdout).toContain(`leastpriv: Config read from the base commit ${sha.slice(0, 12)} (.leastpriv.yaml, config-from: base), not from this pull request; this pull request changes .leastpriv.yaml, which takes effect once merged.`);
    expect(gated.summary).toContain(`Config read from the base commit ${sha.slice(0, 12)}`);
    expect(gated.summary).not.toContain('privileged-container: off');
    expect(gated.summary).not.toContain('excluded paths');
  });

  it('a config the pull request adds is ignored; the baseline comes from the base commit too', () => {
    const { ws, sha } = repo({ 'k8s/ok.yaml': CLEAN }, { '.leastpriv.yaml': 'failOn: none\n', 'k8s/pod.yaml': PRIVILEGED });
    const r = runAction(ws, { 'config-from': 'base' }, pr(sha));
    expect(r.status).toBe(1);
    expect(unescape(r.summary)).toMatch(/it has no \.leastpriv\.yaml or \.leastpriv\.yml, so the defaults are used; this pull request adds \.leastpriv\.yaml/);
    // A baseline written by the pull request itself does not count.
    const b = execFileSync(process.execPath, [join(ROOT, 'bin', 'leastpriv.js'), 'audit', '.', '--write-baseline', 'baseline.json'], { cwd: ws, encoding: 'utf8' });
    void b;
    expect(runAction(ws, { baseline: 'baseline.json' }, pr(sha)).status).toBe(0);
    expect(runAction(ws, { baseline: 'baseline.json', 'config-from': 'base' }, pr(sha)).status).toBe(1);
  });

  it('fetches a base commit the shallow clone lacks, and fails when it cannot', () => {
    const { ws: origin, sha } = repo({ '.leastpriv.yaml': 'rules: {}\n', 'k8s/ok.yaml': CLEAN }, { '.leastpriv.yaml': 'rules:\n  privileged-container: off\n', 'k8s/pod.yaml': PRIVILEGED });
    git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    const ws = join(scratch, `shallow${n++}`);
    git(scratch, 'clone', '-q', '--depth=1', `file://${origin}`, ws);
    expect(spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: ws }).status).not.toBe(0);
    const r = runAction(ws, { 'config-from': 'base' }, pr(sha));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/LP201 privileged-container/);
    // No origin to fetch from: the step fails and says why, instead of using the pull request's config.
    const lone = join(scratch, `lone${n++}`);
    git(scratch, 'clone', '-q', '--depth=1', `file://${origin}`, lone);
    git(lone, 'remote', 'remove', 'origin');
    const f = runAction(lone, { 'config-from': 'base' }, pr(sha));
    expect(f.status).toBe(1);
    expect(f.stdout).toMatch(/^::error title=leastpriv::leastpriv: config-from: base: the base commit [0-9a-f]{40} is not in the clone and could not be fetched/m);
  });

  it('without a pull request (a push) uses the checked-out config and says so; a bad value is an input error', () => {
    const { ws } = repo({ 'k8s/ok.yaml': CLEAN }, { '.leastpriv.yaml': 'rules:\n  privileged-container: off\n', 'k8s/pod.yaml': PRIVILEGED });
    const push = runAction(ws, { 'config-from': 'base' }, { name: 'push', payload: { ref: 'refs/heads/main' } });
    expect(push.status).toBe(0);
    expect(push.stdout).toContain('leastpriv: config-from: base: this push event has no base commit, so the checked-out config is used.');
    const bad = runAction(ws, { 'config-from': 'head' }, pr('0'.repeat(40)));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^::error title=leastpriv::leastpriv: input 'config-from' must be workspace or base, not 'head'/m);
  });
});
