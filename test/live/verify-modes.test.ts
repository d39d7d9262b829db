/** verify as a less privileged caller (reviews through impersonation) and with a user probe catalog. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, sandboxAvailable, startHarness, type Harness } from './harness.ts';
import { loadObjects } from '../support/apiserver/fixtures.ts';
import { resolveConnection } from '../../src/live/kube/kubeconfig.ts';
import { verify } from '../../src/live/verify/verify.ts';

const cwd = join(FIXTURES, 'incident');
const canRun = sandboxAvailable();

describe.skipIf(!canRun)('verify as a caller that may not create SubjectAccessReviews', () => {
  let h: Harness;
  beforeAll(async () => {
    const verifier = [
      { kind: 'ClusterRole', metadata: { name: 'verifier' }, rules: [
        { apiGroups: [''], resources: ['users', 'groups', 'serviceaccounts'], verbs: ['impersonate'] },
        { apiGroups: ['', 'apps', 'rbac.authorization.k8s.io'], resources: ['*'], verbs: ['get', 'list'] },
        { apiGroups: [''], resources: ['pods/exec'], verbs: ['get', 'create'] },
      ] },
      { kind: 'ClusterRoleBinding', metadata: { name: 'verifier' }, roleRef: { kind: 'ClusterRole', name: 'verifier' }, subjects: [{ kind: 'User', name: 'verifier' }] },
    ];
    h = await startHarness({ manifests: join(cwd, 'before'), sandbox: true, rbac: [...loadObjects(join(cwd, 'before')).filter((o) => /Role/.test(o.kind)), ...verifier] });
  });
  afterAll(() => h?.close());

  it('falls back to SelfSubjectAccessReview under impersonation and finds the same 403', async () => {
    const cert = h.pki.client('verifier');
    const conn = resolveConnection({ kubeconfig: h.kubeconfigFor({ certFile: cert.certFile, keyFile: cert.keyFile }), timeoutMs: 10_000 });
    const r = await verify({ paths: ['before'], cwd, connection: conn, concurrency: 2 });
    expect(r.stats.reviewMode).toBe('SelfSubjectAccessReview (impersonation)');
    expect(r.stats.reviews).toBe(8);
    expect(r.findings.filter((f) => f.code === 'LP901' || f.code === 'LP902')).toEqual([]);
    const refused = r.findings.find((f) => f.code === 'LP907')!;
    expect(refused.message).toContain('cannot get resource "pods/exec"');
    expect(refused.region.start.line).toBe(18);
  });

  it('a user catalog adds a probe; its failure shows the output against the expectation', async () => {
    const file = join(h.dir, 'probes.yaml');
    writeFileSync(file, `apiVersion: leastpriv.dev/v1alpha1
kind: ProbeCatalog
vars: { dnsName: nothing.example.invalid }
probes:
  - id: kernel-name
    description: the node kernel
    target: { selector: { app: debug-agent }, container: agent }
    commands: [[uname, -s]]
    expect: { stdout: '^Plan9' }
`);
    const r = await verify({ paths: ['before'], cwd, connection: h.admin, probeFiles: [file], asUser: 'system:serviceaccount:mcp-homelab:debug', concurrency: 2 });
    // --as: every probe runs as that user, who may not exec at all; the message names the user.
    const refused = r.findings.find((f) => f.code === 'LP903')!;
    expect(refused.message).toContain('kernel-name');
    expect(refused.message).toContain('User "system:serviceaccount:mcp-homelab:debug" cannot get resource "pods/exec"');
    const r2 = await verify({ paths: ['before'], cwd, connection: h.admin, probeFiles: [file], asUser: 'kubernetes-admin', asGroups: ['system:masters'], concurrency: 2 });
    const msgs = r2.findings.filter((f) => f.code === 'LP903').map((f) => f.message);
    expect(msgs).toEqual(expect.arrayContaining([expect.stringMatching(/probe kernel-name .*`uname -s` printed "Linux", which does not match \/\^Plan9\//)]));
    expect(msgs).toEqual(expect.arrayContaining([expect.stringMatching(/probe test-dns-query .*`dig \+time=2 \+tries=1 \+short nothing\.example\.invalid A` printed ""/)]));
  });
});
