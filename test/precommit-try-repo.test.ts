/** `pre-commit try-repo` with this repository's hook: a bad change fails with the finding shown. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, hasPreCommit, projectRepo, role, run, scratch, snapshotRepo } from './precommit-helpers.ts';

describe.skipIf(!hasPreCommit)('pre-commit try-repo', () => {
  it('runs the hook on the staged manifests: the finding is shown and the run fails; templates are not passed', () => {
    const { repo, rev } = snapshotRepo(join(scratch, 'hook-repo'));
    const project = projectRepo(join(scratch, 'cluster'));
    writeFileSync(join(project, 'rbac', 'role.yaml'), role('["create"]'));
    git(project, 'add', '-A');
    const r = run('pre-commit', ['try-repo', repo, 'leastpriv', '--ref', rev, '--verbose'], project);
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(1);
    expect(out).toMatch(/leastpriv\.+Failed/);
    expect(out).toContain('rbac/role.yaml:9:5');
    expect(out).toContain('exec-subresource-verb-mismatch');
    expect(out).not.toContain('templates/pod.yaml');
  });
});
