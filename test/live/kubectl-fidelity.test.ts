/**
 * The test API server checked against a second, real client: kubectl. Its answers to
 * `auth can-i`, its exec output and exit codes must match what the server (and our client) say.
 */
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentDir, kubectlAvailable, sandboxAvailable, startHarness, type Harness } from './harness.ts';
import { reviewAccess, type ResourceAttributes } from '../../src/live/access/review.ts';
import { execInPod } from '../../src/live/exec/ws-exec.ts';

const SA = 'system:serviceaccount:mcp-homelab:mcp-homelab';
const canRun = kubectlAvailable() && sandboxAvailable();

function kubectl(h: Harness, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    execFile('kubectl', ['--kubeconfig', h.adminKubeconfig, '--cache-dir', `${h.dir}/kube-cache`, '--request-timeout', '10s', ...args],
      { timeout: 30_000, env: { PATH: process.env.PATH, HOME: h.dir } },
      (err, stdout, stderr) => ok({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
  });
}

describe.skipIf(!canRun)('kubectl agrees with the test API server', () => {
  let h: Harness;
  let pod: string;
  beforeAll(async () => {
    h = await startHarness({ manifests: incidentDir('before'), sandbox: true });
    pod = (await kubectl(h, ['get', 'pods', '-n', 'mcp-homelab', '-o', 'name'])).stdout.trim().replace('pod/', '');
  });
  afterAll(() => h?.close());

  const cases: [string[], ResourceAttributes, boolean][] = [
    [['create', 'pods', '--subresource=exec'], { verb: 'create', group: '', resource: 'pods', subresource: 'exec', namespace: 'mcp-homelab' }, true],
    [['get', 'pods', '--subresource=exec'], { verb: 'get', group: '', resource: 'pods', subresource: 'exec', namespace: 'mcp-homelab' }, false],
    // "pods/exec" on kubectl's command line is resource/name: a pod named "exec".
    [['create', 'pods/exec'], { verb: 'create', group: '', resource: 'pods', name: 'exec', namespace: 'mcp-homelab' }, false],
    [['list', 'pods'], { verb: 'list', group: '', resource: 'pods', namespace: 'mcp-homelab' }, true],
    [['get', 'secrets'], { verb: 'get', group: '', resource: 'secrets', namespace: 'mcp-homelab' }, false],
  ];

  it.each(cases)('auth can-i %j as the service account', async (args, attrs, expected) => {
    const k = await kubectl(h, ['auth', 'can-i', ...args, '-n', 'mcp-homelab', `--as=${SA}`]);
    expect(k.stdout.trim(), k.stderr).toBe(expected ? 'yes' : 'no');
    expect(k.code).toBe(expected ? 0 : 1);
    const sa = { kind: 'ServiceAccount' as const, namespace: 'mcp-homelab', name: 'mcp-homelab' };
    expect((await reviewAccess(h.admin, sa, attrs, 'subject')).allowed).toBe(expected);
    expect((await reviewAccess(h.admin, sa, attrs, 'self-impersonated')).allowed).toBe(expected);
  });

  it('exec: output and exit code as kubectl sees them, and as our client sees them', async () => {
    const k = await kubectl(h, ['exec', '-n', 'mcp-homelab', pod, '-c', 'agent', '--', 'sh', '-c', 'echo out; echo err >&2; exit 3']);
    expect(k.stdout).toBe('out\n');
    expect(k.stderr).toContain('err\n');
    expect(k.stderr).toContain('command terminated with exit code 3');
    expect(k.code).toBe(3);
    const ours = await execInPod(h.admin, { namespace: 'mcp-homelab', pod, container: 'agent' }, ['sh', '-c', 'echo out; echo err >&2; exit 3'], { timeoutMs: 10_000 });
    expect(ours).toMatchObject({ protocol: 'v5.channel.k8s.io', stdout: 'out\n', stderr: 'err\n', status: { kind: 'exited', code: 3 } });
  });

  it('the incident: the WebSocket GET is refused with 403 and kubectl falls back to a SPDY POST (create)', async () => {
    const before = h.server.requests.length;
    const k = await kubectl(h, ['exec', '-n', 'mcp-homelab', pod, '-c', 'agent', `--as=${SA}`, '--', 'true']);
    const log = h.server.requests.slice(before).map((r) => r.method);
    // The WebSocket was refused (get), the SPDY POST passed authorization (create): this server
    // does not speak SPDY, so kubectl reports that instead of running the command.
    expect(log).toContain('GET (upgrade)');
    expect(log).toContain("POST (upgrade)");
    expect(k.code).not.toBe(0);
    expect(k.stderr).toContain('does not implement SPDY');
  });

  it('with get added (the fix), kubectl exec works over WebSocket as the service account', async () => {
    const { loadObjects } = await import('../support/apiserver/fixtures.ts');
    h.server.authorizer.load(loadObjects(incidentDir('after')).filter((o) => /Role/.test(o.kind)));
    try {
      const k = await kubectl(h, ['exec', '-n', 'mcp-homelab', pod, '-c', 'agent', `--as=${SA}`, '--', 'echo', 'fixed']);
      expect(k).toMatchObject({ code: 0, stdout: 'fixed\n' });
    } finally {
      h.server.authorizer.load(loadObjects(incidentDir('before')).filter((o) => /Role/.test(o.kind)));
    }
  });
});

describe.skipIf(!canRun)('an exec credential plugin, as kubectl and as leastpriv use it', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ manifests: incidentDir('after'), sandbox: true, tokens: { 'plugin-token': { name: SA, groups: ['system:serviceaccounts', 'system:serviceaccounts:mcp-homelab'] } } });
  });
  afterAll(() => h?.close());

  it('kubectl and verify both authenticate with the plugin token', async () => {
    const { writeFileSync, chmodSync } = await import('node:fs');
    const plugin = `${h.dir}/token-plugin.js`;
    writeFileSync(plugin, `#!${process.execPath}\nconst info = JSON.parse(process.env.KUBERNETES_EXEC_INFO);\nprocess.stdout.write(JSON.stringify({ apiVersion: info.apiVersion, kind: 'ExecCredential', status: { token: 'plugin-token', expirationTimestamp: '2100-01-01T00:00:00Z' } }));\n`);
    chmodSync(plugin, 0o755);
    const kc = h.kubeconfigFor({ exec: { apiVersion: 'client.authentication.k8s.io/v1', command: plugin, interactiveMode: 'Never' } });
    const k = await new Promise<{ code: number; stdout: string; stderr: string }>((ok) =>
      execFile('kubectl', ['--kubeconfig', kc, '--cache-dir', `${h.dir}/kube-cache-2`, 'exec', '-n', 'mcp-homelab', 'debug-agent-ax0z', '--', 'echo', 'via-plugin'], { timeout: 30_000, env: { PATH: process.env.PATH, HOME: h.dir } },
        (err, stdout, stderr) => ok({ code: err ? Number(err.code) : 0, stdout, stderr })));
    expect(k).toMatchObject({ code: 0, stdout: 'via-plugin\n' });
    const { resolveConnection } = await import('../../src/live/kube/kubeconfig.ts');
    const conn = resolveConnection({ kubeconfig: kc, timeoutMs: 10_000 });
    const r = await execInPod(conn, { namespace: 'mcp-homelab', pod: 'debug-agent-ax0z', container: 'agent' }, ['echo', 'via-plugin'], { timeoutMs: 10_000 });
    expect(r).toMatchObject({ stdout: 'via-plugin\n', status: { kind: 'exited', code: 0 } });
    expect(h.server.requests.filter((q) => q.method === 'GET (upgrade)').map((q) => q.user)).toEqual([SA, SA]);
  });
});

describe.skipIf(!canRun)('kubectl agrees with the test API server on an applied multi-namespace repository', () => {
  let h: Harness;
  const SA2 = 'system:serviceaccount:mcp-homelab:mcp-homelab';
  beforeAll(async () => {
    const { tempDir, writeLayout } = await import('../support/apiserver/fixtures.ts');
    const dep = (name: string, ns: string, labels: Record<string, string>) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ${name}, namespace: ${ns} }\nspec:\n  selector: { matchLabels: ${JSON.stringify(labels)} }\n  template:\n    metadata: { labels: ${JSON.stringify(labels)} }\n    spec: { containers: [{ name: main, image: busybox }] }\n`;
    const repo = writeLayout(tempDir('lp-kfid-'), {
      'media/jellyfin.yaml': dep('jellyfin', 'media', { 'app.kubernetes.io/name': 'jellyfin', tier: 'web' }),
      'media/sonarr.yaml': dep('sonarr', 'media', { 'app.kubernetes.io/name': 'sonarr' }),
      'mcp/app.yaml': dep('mcp-homelab', 'mcp-homelab', { app: 'mcp-homelab' }),
      'mcp/rbac.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: exec-get-only, namespace: media }
rules: [{ apiGroups: [""], resources: [pods], verbs: [get] }, { apiGroups: [""], resources: [pods/exec], verbs: [get] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: exec-get-only, namespace: media }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: exec-get-only }
subjects: [{ kind: ServiceAccount, name: mcp-homelab, namespace: mcp-homelab }]
`,
    });
    h = await startHarness({ manifests: repo, sandbox: true, websocketCreateCheck: true });
  });
  afterAll(() => h?.close());

  it('get pods -A: one running pod per workload, in its namespace, with the template labels', async () => {
    const k = await kubectl(h, ['get', 'pods', '-A', '-o', 'jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.labels}/{.status.phase}{"\\n"}{end}']);
    expect(k.code, k.stderr).toBe(0);
    expect(k.stdout.trim().split('\n').sort()).toEqual([
      'mcp-homelab/{"app":"mcp-homelab"}/Running',
      'media/{"app.kubernetes.io/name":"jellyfin","tier":"web"}/Running',
      'media/{"app.kubernetes.io/name":"sonarr"}/Running',
    ]);
  });

  it('label selectors in kubectl syntax select as the API server does', async () => {
    const names = async (sel: string) => (await kubectl(h, ['get', 'pods', '-n', 'media', '-l', sel, '-o', 'name'])).stdout.trim().split('\n').filter(Boolean).map((n) => n.replace(/^pod\/|-\w+$/g, ''));
    expect(await names('app.kubernetes.io/name in (jellyfin,radarr)')).toEqual(['jellyfin']);
    expect(await names('tier notin (web)')).toEqual(['sonarr']); // notin matches a missing label
    expect(await names('!tier')).toEqual(['sonarr']);
    expect(await names('tier,app.kubernetes.io/name!=sonarr')).toEqual(['jellyfin']);
  });

  it('auth can-i as the service account, per namespace', async () => {
    for (const [ns, verb, want] of [['media', 'get', 'yes'], ['media', 'create', 'no'], ['mcp-homelab', 'get', 'no']] as const) {
      const k = await kubectl(h, ['auth', 'can-i', verb, 'pods', '--subresource=exec', '-n', ns, `--as=${SA2}`]);
      expect(k.stdout.trim(), `${verb} in ${ns}`).toBe(want);
    }
  });

  it('1.35: a get-only grant is refused by kubectl exec too (the WebSocket create check, then SPDY as create)', async () => {
    const pod = (await kubectl(h, ['get', 'pods', '-n', 'media', '-l', 'app.kubernetes.io/name=jellyfin', '-o', 'name'])).stdout.trim().replace('pod/', '');
    const before = h.server.requests.length;
    const k = await kubectl(h, ['exec', '-n', 'media', pod, `--as=${SA2}`, '--', 'true']);
    expect(k.code).not.toBe(0);
    expect(k.stderr).toContain('forbidden');
    expect(h.server.requests.slice(before).map((r) => r.method)).toContain('GET (upgrade)');
    // As the cluster admin, kubectl exec works through the same create check.
    const ok = await kubectl(h, ['exec', '-n', 'media', pod, '--', 'echo', 'ok']);
    expect(ok).toMatchObject({ code: 0, stdout: 'ok\n' });
  });
});
