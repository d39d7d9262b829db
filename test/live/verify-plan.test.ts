/** Planning from manifests: grants through the core RBAC graph, identities, and error classification. */
import { OFFLINE_KUBECONFIG } from './harness.ts';
import { describe, expect, it } from 'vitest';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { loadObjects } from '../../src/engine/audit.ts';
import { defaults } from '../../src/config/load.ts';
import { grantsFrom } from '../../src/live/verify/grants.ts';
import { identitiesFor } from '../../src/live/verify/targets.ts';
import { planAccess, planAccessLimited } from '../../src/live/verify/access-check.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from '../../src/live/verify/verify.ts';
import { fromNetworkError, LiveError } from '../../src/live/kube/errors.ts';
import { requestJson } from '../../src/live/kube/http.ts';

const objects = (text: string) => loadObjects({ sources: [{ path: 'rbac.yaml', text }] }, defaults()).objects;

describe('verify plan', () => {
  it('a rule whose product is millions of reviews is not expanded: over the cap it is LP908, the streaming checks stay', async () => {
    const list = (p: string, n = 40) => JSON.stringify(Array.from({ length: n }, (_, i) => `${p}${i}`));
    const text = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: big }
rules:
- apiGroups: [""]
  resources: [pods/exec]
  verbs: [get]
- apiGroups: ${list('g', 40).replace(/"g(\d+)"/g, '"g$1.example.com"')}
  resources: ${list('r')}
  resourceNames: ${list('n')}
  verbs: ${list('v')}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: big }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: big }
subjects: [{ kind: User, apiGroup: rbac.authorization.k8s.io, name: jane }, { kind: User, apiGroup: rbac.authorization.k8s.io, name: joe }]
`;
    const grants = grantsFrom(objects(text));
    const plan = planAccessLimited(grants);
    expect(plan.over).toMatchObject({ count: 2 * 40 ** 4, limit: 10_000, site: { path: ['rules', 1] } });
    // the small rule and every streaming check the manifests leave out are still asked
    expect(plan.checks.filter((c) => c.expect === 'promised').map((c) => `${c.subject.name} ${c.attrs.verb} ${c.attrs.resource}/${c.attrs.subresource}`)).toEqual(['jane get pods/exec', 'joe get pods/exec']);
    expect(plan.checks.filter((c) => c.expect === 'unexpected')).toHaveLength(2 * 5);
    const dir = mkdtempSync(join(tmpdir(), 'lp-big-'));
    try {
      writeFileSync(join(dir, 'rbac.yaml'), text);
      const r = await verify({ paths: ['.'], cwd: dir, dryRun: true, kubeconfig: OFFLINE_KUBECONFIG });
      expect(r.findings.map((f) => [f.code, f.region.start.line, f.message])).toContainEqual([
        'LP908', 8, expect.stringMatching(/^not verified: up to 5120000 promised permission\(s\), from this rule on: the manifests promise more than 10000 permissions/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a RoleBinding to a built-in ClusterRole grants through it, located at the roleRef', () => {
    const objs = objects(`apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ops-edit, namespace: ops }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
subjects:
  - kind: ServiceAccount
    name: runner
`);
    const grants = grantsFrom(objs);
    expect(grants.length).toBeGreaterThan(5);
    expect(grants.every((g) => g.namespace === 'ops' && g.subject.namespace === 'ops' && /^built-in ClusterRole .*edit/.test(g.roleLabel))).toBe(true);
    const ids = identitiesFor(grants, 'ops', {});
    expect(ids.map((i) => [i.label, i.impersonate?.user])).toEqual([['ServiceAccount ops/runner', 'system:serviceaccount:ops:runner']]);
    const exec = planAccess(grants).find((c) => c.attrs.subresource === 'exec' && c.attrs.verb === 'create');
    expect(exec?.site.path).toEqual(['roleRef', 'verbs', expect.any(Number)]);
  });

  it('Groups get access reviews but are never impersonated for probes', () => {
    const objs = objects(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: exec }
rules: [{ apiGroups: [""], resources: [pods/exec], verbs: [create, get] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: exec }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: exec }
subjects: [{ kind: Group, name: sre, apiGroup: rbac.authorization.k8s.io }]
`);
    const grants = grantsFrom(objs);
    expect(planAccess(grants).filter((c) => c.expect === 'promised').map((c) => `${c.subject.kind} ${c.attrs.verb}`)).toEqual(['Group create', 'Group get']);
    expect(identitiesFor(grants, 'default', {}).map((i) => i.label)).toEqual(['the current credentials']);
  });
});

describe('connection errors are classified', () => {
  it('DNS, TLS and unknown errors', () => {
    expect(fromNetworkError(Object.assign(new Error('getaddrinfo ENOTFOUND api.nowhere'), { code: 'ENOTFOUND' }), 'https://api.nowhere').kind).toBe('dns');
    expect(fromNetworkError(Object.assign(new Error('x'), { code: 'CERT_HAS_EXPIRED' }), 's').kind).toBe('tls-expired');
    expect(fromNetworkError(new Error(''), 's').message).toBe('request to s failed: unknown error');
  });

  it('a server that accepts and never answers is a timeout, not a hang', async () => {
    const sockets: Socket[] = [];
    const server = createServer((s) => sockets.push(s));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as AddressInfo).port;
    try {
      const err = await requestJson({ server: `https://127.0.0.1:${port}`, origin: 'test', insecureSkipTLSVerify: true, timeoutMs: 300 }, { method: 'GET', path: '/version', what: 'version' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LiveError);
      expect((err as LiveError).kind).toBe('timeout');
      expect((err as LiveError).message).toContain('no answer from https://127.0.0.1');
    } finally {
      sockets.forEach((s) => s.destroy());
      server.close();
    }
  });
});
