/**
 * Every way an exec can fail is reported with its status and the API server's message, never as
 * "{}" or "empty error" (the incident). Runs against the test API server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type AddressInfo } from 'node:net';
import { incidentDir, sandboxAvailable, startHarness, type Harness } from './harness.ts';
import { execInPod, type ExecTarget } from '../../src/live/exec/ws-exec.ts';
import { resolveConnection } from '../../src/live/kube/kubeconfig.ts';
import { LiveError } from '../../src/live/kube/errors.ts';
import { requestJson } from '../../src/live/kube/http.ts';
import type { Connection } from '../../src/live/kube/types.ts';

const SA = 'system:serviceaccount:mcp-homelab:mcp-homelab';
const canExec = sandboxAvailable();

async function failure(p: Promise<unknown>): Promise<LiveError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(LiveError);
  const e = err as LiveError;
  expect(e.message).not.toMatch(/^\s*$|^\{\}$|empty error/);
  return e;
}

describe('exec failures are named', () => {
  let h: Harness;
  let target: ExecTarget;
  let asSA: Connection;
  beforeAll(async () => {
    h = await startHarness({ manifests: incidentDir('before'), sandbox: canExec, tokens: { 'sa-token': { name: SA, groups: ['system:serviceaccounts', 'system:serviceaccounts:mcp-homelab'] } } });
    const pods = await requestJson<{ items: { metadata: { name: string } }[] }>(h.admin, { method: 'GET', path: '/api/v1/namespaces/mcp-homelab/pods', what: 'list pods' });
    target = { namespace: 'mcp-homelab', pod: pods.items[0]!.metadata.name, container: 'agent' };
    asSA = resolveConnection({ kubeconfig: h.kubeconfigFor({ token: 'sa-token' }), timeoutMs: 10_000 });
  });
  afterAll(() => h?.close());

  it('403 at the upgrade (the incident): status, the API server message, the verb', async () => {
    const e = await failure(execInPod(asSA, target, ['true'], { timeoutMs: 10_000 }));
    expect(e.kind).toBe('forbidden');
    expect(e.httpStatus).toBe(403);
    expect(e.message).toBe(
      `403 Forbidden: pods "${target.pod}" is forbidden: User "${SA}" cannot get resource "pods/exec" in API group "" in the namespace "mcp-homelab"`,
    );
    expect(e.kubeStatus?.reason).toBe('Forbidden');
  });

  it('403 through impersonation says the same', async () => {
    const e = await failure(execInPod({ ...h.admin, impersonate: { user: SA, groups: [] } }, target, ['true'], { timeoutMs: 10_000 }));
    expect(e.message).toContain(`User "${SA}" cannot get resource "pods/exec"`);
  });

  it('401 with an unknown token', async () => {
    const conn = resolveConnection({ kubeconfig: h.kubeconfigFor({ token: 'nope' }) });
    const e = await failure(execInPod(conn, target, ['true'], { timeoutMs: 10_000 }));
    expect([e.kind, e.httpStatus, e.message]).toEqual(['unauthorized', 401, '401 Unauthorized: Unauthorized']);
  });

  it('400 for a container the pod does not have', async () => {
    const e = await failure(execInPod(h.admin, { ...target, container: 'nope' }, ['true'], { timeoutMs: 10_000 }));
    expect([e.kind, e.message]).toEqual(['bad-request', `400 Bad Request: container nope is not valid for pod ${target.pod}`]);
  });

  it('404 for a pod that does not exist', async () => {
    const e = await failure(execInPod(h.admin, { ...target, pod: 'gone' }, ['true'], { timeoutMs: 10_000 }));
    expect([e.kind, e.message]).toEqual(['not-found', '404 Not Found: pods "gone" not found']);
  });

  it('connection refused', async () => {
    const port = await new Promise<number>((ok) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => ok(p));
      });
    });
    const conn = resolveConnection({ kubeconfig: h.kubeconfigFor({ token: 'sa-token' }, { server: `https://127.0.0.1:${port}` }) });
    const e = await failure(execInPod(conn, target, ['true'], { timeoutMs: 10_000 }));
    expect(e.kind).toBe('refused');
    expect(e.message).toContain(`connection to https://127.0.0.1:${port} refused`);
  });

  it('TLS: unknown certificate authority', async () => {
    const conn = resolveConnection({ kubeconfig: h.kubeconfigFor({ token: 'sa-token' }, { caFile: h.pki.otherCa.certFile }) });
    const e = await failure(execInPod(conn, target, ['true'], { timeoutMs: 10_000 }));
    expect(e.kind).toBe('tls-unknown-ca');
    const e2 = await failure(requestJson(conn, { method: 'GET', path: '/version', what: 'version' }));
    expect(e2.kind).toBe('tls-unknown-ca');
  });

  it('TLS: name mismatch, and tls-server-name fixing it', async () => {
    const wrong = resolveConnection({ kubeconfig: h.kubeconfigFor({ token: 'sa-token' }, { tlsServerName: 'api.example.test' }) });
    const e = await failure(requestJson(wrong, { method: 'GET', path: '/version', what: 'version' }));
    expect(e.kind).toBe('tls-name-mismatch');
    const right = resolveConnection({ kubeconfig: h.kubeconfigFor({ token: 'sa-token' }, { tlsServerName: 'kubernetes.default.svc' }) });
    await expect(requestJson(right, { method: 'GET', path: '/version', what: 'version' })).resolves.toMatchObject({ major: '1' });
  });

  it('403 with the 1.35 create check on the WebSocket GET', async () => {
    const h2 = await startHarness({
      manifests: incidentDir('before'),
      websocketCreateCheck: true,
      rbac: [
        { kind: 'ClusterRole', metadata: { name: 'get-only' }, rules: [{ apiGroups: [''], resources: ['pods/exec', 'pods'], verbs: ['get'] }] },
        { kind: 'ClusterRoleBinding', metadata: { name: 'get-only' }, roleRef: { kind: 'ClusterRole', name: 'get-only' }, subjects: [{ kind: 'ServiceAccount', name: 'mcp-homelab', namespace: 'mcp-homelab' }] },
      ],
    });
    try {
      const e = await failure(execInPod({ ...h2.admin, impersonate: { user: SA, groups: [] } }, target, ['true'], { timeoutMs: 10_000 }));
      // As 1.35's ensureAuthorizedForVerb words it: the verb is not named.
      expect(e.message).toBe(`403 Forbidden: pods "${target.pod}" is forbidden: `);
      expect(e.kind).toBe('forbidden');
    } finally {
      await h2.close();
    }
  });

  describe.skipIf(!canExec)('once the command runs', () => {
    it('a non-zero exit is an exit code, with the output', async () => {
      const r = await execInPod(h.admin, target, ['sh', '-c', 'echo partial; exit 7'], { timeoutMs: 10_000 });
      expect(r).toMatchObject({ stdout: 'partial\n', status: { kind: 'exited', code: 7 } });
    });

    it('a hung command is cut at its timeout', async () => {
      const e = await failure(execInPod(h.admin, target, ['sleep', '60'], { timeoutMs: 500 }));
      expect(e.kind).toBe('timeout');
      expect(e.message).toContain('no exit status within 500 ms');
    });

    it('a connection dropped mid-stream', async () => {
      h.server.faults = { dropMidStream: true };
      try {
        const e = await failure(execInPod(h.admin, target, ['sh', '-c', 'echo first; sleep 1; echo second'], { timeoutMs: 10_000 }));
        expect(e.kind).toBe('reset');
        expect(e.message).toContain('closed before the exit status arrived');
      } finally {
        h.server.faults = {};
      }
    });

    it('falls back to v4.channel.k8s.io when the server has no v5', async () => {
      const h4 = await startHarness({ manifests: incidentDir('after'), sandbox: true, protocols: ['v4.channel.k8s.io'] });
      try {
        const pods = await requestJson<{ items: { metadata: { name: string } }[] }>(h4.admin, { method: 'GET', path: '/api/v1/namespaces/mcp-homelab/pods', what: 'list pods' });
        const r = await execInPod(h4.admin, { ...target, pod: pods.items[0]!.metadata.name }, ['sh', '-c', 'exit 2'], { timeoutMs: 10_000 });
        expect(r).toMatchObject({ protocol: 'v4.channel.k8s.io', status: { kind: 'exited', code: 2 } });
      } finally {
        await h4.close();
      }
    });
  });
});
