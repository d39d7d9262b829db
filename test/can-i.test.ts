/**
 * `can-i` and `who-can` on fixture repos, through main() as a user calls them: the incident before
 * and after its fix, kubectl's grammar, exit codes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';

const ROOT = join(import.meta.dirname, '..');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: ROOT, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

const SA = 'system:serviceaccount:mcp-homelab:mcp-homelab';
const NAMESPACES = ['mcp-homelab', 'pihole', 'monitoring'];

describe('can-i on the incident', () => {
  for (const ns of NAMESPACES) {
    it(`before the fix: the service account can create but not get pods/exec in ${ns}`, async () => {
      const f = ['-f', 'fixtures/incident/before.yaml', '--as', SA, '-n', ns];
      expect(await run('can-i', 'create', 'pods', '--subresource', 'exec', ...f)).toMatchObject({ code: 0, stdout: 'yes\n' });
      expect(await run('can-i', 'get', 'pods', '--subresource', 'exec', ...f)).toMatchObject({ code: 1, stdout: 'no\n' });
    });
    it(`after the fix: both in ${ns}`, async () => {
      const f = ['-f', 'fixtures/incident/after.yaml', '--as', SA, '-n', ns];
      expect((await run('can-i', 'create', 'pods', '--subresource', 'exec', ...f)).code).toBe(0);
      expect((await run('can-i', 'get', 'pods', '--subresource', 'exec', ...f)).code).toBe(0);
    });
  }
  it('no exec outside the three namespaces', async () => {
    expect((await run('can-i', 'create', 'pods', '--subresource', 'exec', '-f', 'fixtures/incident/after.yaml', '--as', SA, '-n', 'default')).code).toBe(1);
  });
  it('-v names each granting binding and rule with file:line', async () => {
    const r = await run('can-i', 'create', 'pods', '--subresource', 'exec', '-f', 'fixtures/incident/before.yaml', '--as', SA, '-n', 'mcp-homelab', '-v');
    expect(r.stdout).toMatch(/RoleBinding mcp-homelab\/mcp-homelab \(fixtures\/incident\/before\.yaml:\d+\) → ClusterRole mcp-homelab → rules\[2\] \(fixtures\/incident\/before\.yaml:21\)/);
    expect(r.stdout).toMatch(/RoleBinding mcp-homelab\/debug-agent-exec .* → Role mcp-homelab\/debug-agent-exec → rules\[1\]/);
  });
  it('kubectl grammar: pods/exec is a pod named "exec", with a hint', async () => {
    const r = await run('can-i', 'create', 'pods/exec', '-f', 'fixtures/incident/after.yaml', '--as', SA, '-n', 'pihole');
    expect(r.code).toBe(1); // create of pods carries no name and the role grants no `create pods`
    expect(r.stderr).toContain('did you mean --subresource exec?');
  });
  it('--as-group replaces the service account groups; a group binding applies', async () => {
    const r = await run('can-i', 'get', 'pods', '-f', 'fixtures/rules/effective-exec-verb-mismatch.yaml', '--as', 'someone', '--as-group', 'system:serviceaccounts:dev', '-n', 'dev');
    expect(r.code).toBe(1);
    const r2 = await run('can-i', 'create', 'pods', '--subresource', 'exec', '-f', 'fixtures/rules/effective-exec-verb-mismatch.yaml', '--as', 'system:serviceaccount:dev:any', '-n', 'dev');
    expect(r2.code).toBe(0);
  });
  it('short names and groups resolve offline', async () => {
    const r = await run('can-i', 'list', 'deploy', '-f', 'fixtures/incident/after.yaml', '--as', SA, '-n', 'pihole');
    expect(r).toMatchObject({ code: 0, stdout: 'yes\n' });
    expect((await run('can-i', 'list', 'deployments.apps', '-f', 'fixtures/incident/after.yaml', '--as', SA, '-n', 'pihole')).code).toBe(0);
    expect((await run('can-i', 'list', 'deployments.extensions', '-f', 'fixtures/incident/after.yaml', '--as', SA, '-n', 'pihole')).code).toBe(1);
  });
  it('usage errors exit 2', async () => {
    expect((await run('can-i', 'get', 'pods')).code).toBe(2);
    expect((await run('can-i', 'get', '--as', 'x')).code).toBe(2);
    expect((await run('who-can', 'get', 'pods', '--format', 'xml')).code).toBe(2);
  });
});

describe('who-can', () => {
  it('lists the service account with binding and role, text and json', async () => {
    const t = await run('who-can', 'get', 'pods', '--subresource', 'exec', '-n', 'pihole', '-f', 'fixtures/incident/after.yaml');
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('ServiceAccount mcp-homelab/mcp-homelab\n  via RoleBinding pihole/mcp-homelab');
    const j = await run('who-can', 'get', 'pods', '--subresource', 'exec', '-n', 'pihole', '-f', 'fixtures/incident/after.yaml', '--format', 'json');
    const out = JSON.parse(j.stdout) as { subjects: { subject: { kind: string; name: string; namespace: string }; binding: { name: string; namespace: string }; role: { name: string } }[] };
    expect(out.subjects).toHaveLength(1);
    expect(out.subjects[0]).toMatchObject({ subject: { kind: 'ServiceAccount', name: 'mcp-homelab', namespace: 'mcp-homelab' }, binding: { name: 'mcp-homelab', namespace: 'pihole' }, role: { name: 'mcp-homelab' } });
  });
  it('before the fix nobody can get pods/exec', async () => {
    const t = await run('who-can', 'get', 'pods', '--subresource', 'exec', '-n', 'mcp-homelab', '-f', 'fixtures/incident/before.yaml');
    expect(t.stdout).toMatch(/^No subject can get pods\/exec in namespace mcp-homelab/);
  });
});
