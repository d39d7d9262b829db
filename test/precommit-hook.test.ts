/** The hook installed in a repository (`pre-commit install`): a bad commit is blocked, a good one passes. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { env, git, hasPreCommit, projectRepo, role, run, scratch, snapshotRepo } from './precommit-helpers.ts';

describe.skipIf(!hasPreCommit)('pre-commit git hook', () => {
  it('blocks a commit that adds a finding, shows it, and lets the fixed commit through', () => {
    const { repo, rev } = snapshotRepo(join(scratch, 'hook-repo'));
    const project = projectRepo(join(scratch, 'cluster'));
    writeFileSync(join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${repo}\n    rev: ${rev}\n    hooks:\n      - id: leastpriv\n`);
    writeFileSync(join(project, 'rbac', 'role.yaml'), role('["create"]'));
    git(project, 'add', '-A');
    expect(run('pre-commit', ['install'], project).status).toBe(0);

    const bad = run('git', ['commit', '-m', 'exec role'], project);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain('grants `create` on pods/exec');
    expect(spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: project, env }).status).not.toBe(0); // nothing committed

    writeFileSync(join(project, 'rbac', 'role.yaml'), role('["create", "get"]'));
    git(project, 'add', '-A');
    const good = run('git', ['commit', '-m', 'exec role with get'], project);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout + good.stderr).toMatch(/leastpriv\.+Passed/);
    expect(readFileSync(join(project, 'rbac', 'role.yaml'), 'utf8')).toContain('"get"');
  });
});
