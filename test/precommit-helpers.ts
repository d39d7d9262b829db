/**
 * Shared set-up for the pre-commit tests (two files, so that vitest runs their slow hook installs in
 * parallel). The pre-commit hook as a user meets it, with the real `pre-commit` (Debian package, installed in CI
 * by scripts/ci-apt-precommit.sh): `pre-commit try-repo` against a snapshot of this repository, then
 * the hook installed in a scratch repository where a bad commit is blocked with the finding shown and a
 * good one passes. No network: pre-commit uses the system node and npm (`language_version: system`
 * is its default when both are on PATH), and npm installs from its cache only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = join(import.meta.dirname, '..');
export const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
if (!hasPreCommit) console.warn('precommit.test: `pre-commit` is not installed (run scripts/ci-apt-precommit.sh); skipping');

export const scratch = mkdtempSync(join(tmpdir(), 'leastpriv-precommit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

export const env = {
  ...process.env,
  PRE_COMMIT_HOME: join(scratch, 'pre-commit-home'),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
export const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });
export const run = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });

export const goodPod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example/web:1
      securityContext:
        capabilities:
          drop: [ALL]
`;
export const role = (verbs: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: exec
  namespace: tools
rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ${verbs}
`;


/** A committed snapshot of this working tree, to use as the hook repository. */
export function snapshotRepo(dir: string): { repo: string; rev: string } {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      cpSync(join(ROOT, f), join(dir, f));
    } catch {
      // deleted in the working tree but still in the index
    }
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'snapshot');
  return { repo: dir, rev: git(dir, 'rev-parse', 'HEAD').trim() };
}

/** A scratch repository of manifests with a clean Pod and a Helm template staged. */
export function projectRepo(dir: string): string {
  mkdirSync(join(dir, 'rbac'), { recursive: true });
  mkdirSync(join(dir, 'charts', 'web', 'templates'), { recursive: true });
  git(dir, 'init', '-q');
  writeFileSync(join(dir, 'apps.yaml'), goodPod);
  // A Helm template is not YAML until rendered: the hook must not be given it.
  writeFileSync(join(dir, 'charts', 'web', 'templates', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n');
  git(dir, 'add', '-A');
  return dir;
}
