/** Planning from manifests: grants through the core RBAC graph, identities, and error classification. */
import { describe, expect, it } from 'vitest';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { loadObjects } from '../../src/engine/audit.ts';
import { defaults } from '../../src/config/load.ts';
import { grantsFrom } from '../../src/live/verify/grants.ts';
import { identitiesFor } from '../../src/live/verify/targets.ts';
import { planAccess } from '../../src/live/verify/access-check.ts';
import { fromNetworkError, LiveError } from '../../src/live/kube/errors.ts';
import { requestJson } from '../../src/live/kube/http.ts';

const objects = (text: string) => loadObjects({ sources: [{ path: 'rbac.yaml', text }] }, defaults()).objects;

describe('verify plan', () => {
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
