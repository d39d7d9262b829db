/**
 * The hook installed in a repository (`pre-commit install`): a bad commit is blocked, a good one passes;
 * a commit without Kubernetes objects passes and JSON manifests are hooked (issue 17).
 */
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

    // Issue 17: a commit of only Helm values and CI YAML passes (the hook passes --allow-empty) …
    writeFileSync(join(project, 'charts', 'web', 'values.yaml'), 'replicaCount: 2\nimage: { tag: latest }\n');
    writeFileSync(join(project, 'ci.yml'), 'on: push\njobs: {}\n');
    git(project, 'add', '-A');
    const values = run('git', ['commit', '-m', 'values only'], project);
    expect(values.status, values.stdout + values.stderr).toBe(0);
    expect(values.stdout + values.stderr).toMatch(/leastpriv\.+Passed/);
    // … and JSON manifests are hooked too (types_or: [yaml, json]).
    const jsonRole = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'exec2', namespace: 'tools' }, rules: [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }] };
    writeFileSync(join(project, 'rbac', 'role2.json'), JSON.stringify(jsonRole, null, 2) + '\n');
    git(project, 'add', '-A');
    const json = run('git', ['commit', '-m', 'json role'], project);
    expect(json.status).not.toBe(0);
    expect(json.stdout + json.stderr).toContain('rbac/role2.json');
    expect(json.stdout + json.stderr).toContain('grants `create` on pods/exec');
  });
});
