/**
 * Exec access proven for every exec grant, with no --probes flag, on repository layouts that are
 * not the fixture's: the incident's real layout (a DaemonSet labelled
 * app.kubernetes.io/name: mcp-debug-agent, a Deployment app: mcp-homelab, Roles granting exec in
 * several namespaces, files in per-app folders). The test API server's state is "these manifests
 * are applied"; exec runs for real in its sandbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { sandboxAvailable, startHarness, type Harness } from './harness.ts';
import { loadObjects, tempDir, writeLayout } from '../support/apiserver/fixtures.ts';
import type { TestApiServerOptions } from '../support/apiserver/server.ts';
import { verify, type VerifyResult } from '../../src/live/verify/verify.ts';
import { main, type Io } from '../../src/cli/main.ts';

const canRun = sandboxAvailable();
const SA = 'system:serviceaccount:mcp-homelab:mcp-homelab';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const role = (kind: 'Role' | 'ClusterRole', name: string, ns: string | undefined, verbs: string[]) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata:
  name: ${name}${ns ? `\n  namespace: ${ns}` : ''}
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "list"]
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: [${verbs.map((v) => `"${v}"`).join(', ')}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}Binding
metadata:
  name: ${name}${ns ? `\n  namespace: ${ns}` : ''}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ${kind}
  name: ${name}
subjects:
  - kind: ServiceAccount
    name: mcp-homelab
    namespace: mcp-homelab
`;

const deployment = (name: string, ns: string, labels: Record<string, string>, image = 'ghcr.io/example/app:1') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    matchLabels: ${JSON.stringify(labels)}
  template:
    metadata:
      labels: ${JSON.stringify(labels)}
    spec:
      serviceAccountName: ${name}
      containers:
        - name: main
          image: ${image}
`;

/** The incident's repository, with the exec verbs of each Role as given. */
function incidentRepo(verbs: string[], extra: Record<string, string> = {}): string {
  const dir = tempDir('lp-repo-');
  dirs.push(dir);
  return writeLayout(dir, {
    'clusters/pi-k3s/mcp-homelab/serviceaccount.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: mcp-homelab\n  namespace: mcp-homelab\n',
    'clusters/pi-k3s/mcp-homelab/clusterrole.yaml': role('ClusterRole', 'mcp-homelab', undefined, verbs),
    'clusters/pi-k3s/mcp-homelab/debug-agent-role.yaml': role('Role', 'debug-agent-exec', 'mcp-homelab', verbs),
    'clusters/pi-k3s/mcp-homelab/deployment.yaml': deployment('mcp-homelab', 'mcp-homelab', { app: 'mcp-homelab' }),
    'clusters/pi-k3s/mcp-homelab/debug-agent-daemonset.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: mcp-debug-agent
  namespace: mcp-homelab
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: mcp-debug-agent
  template:
    metadata:
      labels:
        app.kubernetes.io/name: mcp-debug-agent
        app.kubernetes.io/part-of: mcp-homelab
    spec:
      hostNetwork: true
      containers:
        - name: debug
          image: nicolaka/netshoot:v0.13
          securityContext:
            privileged: false
            capabilities:
              drop: [ALL]
              add: [NET_ADMIN, NET_RAW]
`,
    'clusters/pi-k3s/media/exec-role.yaml': role('Role', 'mcp-exec', 'media', verbs),
    'clusters/pi-k3s/media/jellyfin.yaml': deployment('jellyfin', 'media', { 'app.kubernetes.io/name': 'jellyfin', 'app.kubernetes.io/instance': 'media' }),
    'clusters/pi-k3s/monitoring/grafana.yaml': deployment('grafana', 'monitoring', { 'app.kubernetes.io/name': 'grafana' }),
    ...extra,
  });
}

const lines = (r: VerifyResult, code: string) => r.findings.filter((f) => f.code === code).map((f) => `${f.file}:${f.region.start.line}`);

describe.skipIf(!canRun)('verify proves exec access for every exec grant (no --probes)', () => {
  // One test cluster (and sandbox); each test applies its repository to it.
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: true });
  });
  afterAll(() => h?.close());

  const apply = (repo: string, opts: Parameters<Harness['server']['apply']>[1] = {}): void => h.server.apply(loadObjects(repo), opts);
  async function run(repo: string, opts: Pick<TestApiServerOptions, 'pods' | 'websocketCreateCheck'> = {}): Promise<VerifyResult> {
    apply(repo, opts);
    return verify({ paths: ['clusters'], cwd: repo, connection: h.admin, concurrency: 3 });
  }

  it('incident state (create only): a 403 naming get, at the Role of each namespace and at the ClusterRole', async () => {
    const repo = incidentRepo(['create']);
    const r = await run(repo);
    const denied = r.findings.filter((f) => f.code === 'LP907');
    expect(denied.map((f) => `${f.file}:${f.region.start.line} ${f.data?.namespace}`).sort()).toEqual([
      'clusters/pi-k3s/mcp-homelab/clusterrole.yaml:11 monitoring', // cluster-wide: proven where no Role could allow it
      'clusters/pi-k3s/mcp-homelab/debug-agent-role.yaml:12 mcp-homelab', // verbs: ["create"] of the pods/exec rule
      'clusters/pi-k3s/media/exec-role.yaml:12 media',
    ]);
    for (const f of denied) {
      expect(f.message).toContain(`403 Forbidden: pods "`);
      expect(f.message).toContain(`User "${SA}" cannot get resource "pods/exec"`);
      expect(f.message).toContain('The missing verb is "get"');
      expect(f.message).toMatch(/Fix: add "get" to the verbs of rule 1 of (Role|ClusterRole) [\w/-]+ \(clusters\/pi-k3s\/[\w/-]+\.yaml:1[12]\)/);
    }
    // The agent is picked in its own namespace (same folder as the Role), and the probes it
    // would have run are named.
    const home = denied.find((f) => f.data?.namespace === 'mcp-homelab')!;
    expect(home.message).toContain('(DaemonSet mcp-homelab/mcp-debug-agent, container debug)');
    expect(home.message).toContain('Probes not run because of this: test-dns-query, curl-ingress, test-pod-connectivity, get-node-networking, get-iptables-rules, get-conntrack-entries');
    expect(lines(r, 'LP903')).toEqual([]); // no second 403 from the probes
    expect(r.stats.execAccess).toEqual({ checks: 3, proven: 0, refused: 3 });
    expect(r.stats.probes).toMatchObject({ total: 6, ran: 6, matchedNothing: 0, passed: 0, failed: 6 });
  });

  it('fixed state (create, get): exec proven as the service account in every namespace, no 403', async () => {
    const r = await run(incidentRepo(['create', 'get']));
    expect(r.findings.map((f) => `${f.file}:${f.region.start.line} ${f.code} ${f.message}`)).toEqual([]);
    expect(r.stats.proofs.map((p) => `${p.namespace}/${p.pod.replace(/-\w+$/, '')} ${p.outcome}`).sort()).toEqual([
      'mcp-homelab/mcp-debug-agent exit 0',
      'media/jellyfin exit 0',
      'monitoring/grafana exit 0',
    ]);
    expect(r.stats.probes).toMatchObject({ ran: 6, passed: 6, failed: 0 });
    expect(r.stats.unverified).toEqual([]);
  });

  it('get-only grant on a 1.35 server: the verbless 403, named "create" from the version and access reviews', async () => {
    const r = await run(incidentRepo(['get']), { websocketCreateCheck: true });
    const denied = r.findings.filter((f) => f.code === 'LP907');
    expect(denied).toHaveLength(3);
    for (const f of denied) {
      expect(f.message).toMatch(/refused: 403 Forbidden: pods "[\w-]+" is forbidden: \. The missing verb is "create" \(server v1\.35\.0-leastpriv-test, access reviews: get allowed, create denied; from 1\.35 the exec handler checks create/);
      expect(f.message).toContain('Fix: add "create" to the verbs of rule 1 of');
    }
    // Access reviews say the same: create pods/exec is promised nowhere, so no LP901.
    expect(lines(r, 'LP901')).toEqual([]);
  });

  it('the same get-only grant on a server before 1.35 works: exec proven', async () => {
    const r = await run(incidentRepo(['get']));
    expect(lines(r, 'LP907')).toEqual([]);
    expect(r.stats.execAccess).toMatchObject({ proven: 3, refused: 0 });
  });

  it('an image without `true` (exit 127 after the upgrade) still proves access, and says so', async () => {
    const repo = incidentRepo(['create', 'get'], {
      'clusters/pi-k3s/media/jellyfin.yaml': deployment('jellyfin', 'media', { 'app.kubernetes.io/name': 'jellyfin' }, 'gcr.io/distroless/static:nonroot'),
    });
    const r = await run(repo);
    expect(lines(r, 'LP907')).toEqual([]);
    expect(r.stats.proofs.find((p) => p.namespace === 'media')!.outcome).toBe('exit 127: the image has no `true`, but the session opened, which is the proof');
  });

  it('nothing running: the run says what it could not verify and why, and fails (exit 1)', async () => {
    const repo = incidentRepo(['create', 'get']);
    apply(repo, { pods: 'none' });
    {
      let out = '';
      let err = '';
      const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: repo, env: { PATH: process.env.PATH }, isTTY: false };
      const code = await main(['verify', 'clusters', '--kubeconfig', h.adminKubeconfig, '--format', 'json'], io);
      expect(code).toBe(1);
      const report = JSON.parse(out) as { findings: { code: string; severity: string; message: string; file: string }[] };
      const nothing = report.findings.find((f) => f.code === 'LP908' && f.severity === 'error')!;
      expect(nothing.message).toMatch(/^verify exercised none of what the manifests promise \(\d+ promise\(s\)/);
      expect(nothing.message).toContain('exec as ServiceAccount mcp-homelab/mcp-homelab in namespace media (no pod to exec into (Deployment media/jellyfin in media: no running, ready pod))');
      expect(report.findings.filter((f) => f.code === 'LP908' && f.severity === 'warning').length).toBeGreaterThanOrEqual(4);
      // --no-exec: the user chose not to exec; that is said, and is not a failure.
      out = '';
      err = '';
      expect(await main(['verify', 'clusters', '--kubeconfig', h.adminKubeconfig, '--no-exec'], io)).toBe(0);
      expect(err).toContain('exec: not verified (--no-exec): no exec session was opened');
    }
  });

  it('attach grants are proven by a read-only attach: refused with create only (naming get), opened with both', async () => {
    const attach = (verbs: string) => ({
      'clusters/pi-k3s/monitoring/attach.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: log-tail, namespace: monitoring }
rules:
  - apiGroups: [""]
    resources: ["pods/attach"]
    verbs: [${verbs}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: log-tail, namespace: monitoring }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: log-tail }
subjects: [{ kind: User, name: oncall }]
`,
    });
    const r = await run(incidentRepo(['create', 'get'], attach('create')));
    const denied = r.findings.filter((f) => f.code === 'LP907');
    expect(denied.map((f) => `${f.file}:${f.region.start.line}`)).toEqual(['clusters/pi-k3s/monitoring/attach.yaml:7']);
    expect(denied[0]!.message).toContain('User oncall may attach to pods in namespace monitoring according to the manifests, but opening a WebSocket attach in pod monitoring/grafana-');
    expect(denied[0]!.message).toContain('cannot get resource "pods/attach"');
    expect(denied[0]!.message).toContain('Fix: add "get" to the verbs of rule 0 of Role monitoring/log-tail');
    const ok = await run(incidentRepo(['create', 'get'], attach('"create", "get"')));
    expect(lines(ok, 'LP907')).toEqual([]);
    expect(ok.stats.proofs.filter((p) => p.subresource === 'attach').map((p) => `${p.identity} ${p.namespace} ${p.outcome}`)).toEqual(['User oncall monitoring attached read-only (101), closed at once']);
  });

  it('a kustomize overlay: the rendered Role in the overlay namespace, the finding at the base file that wrote the verbs', async () => {
    const dir = tempDir('lp-kust-');
    dirs.push(dir);
    writeLayout(dir, {
      'apps/agent/base/kustomization.yaml': 'resources: [rbac.yaml, daemonset.yaml]\n',
      'apps/agent/base/rbac.yaml': role('Role', 'agent-exec', undefined, ['create']).replace('    namespace: mcp-homelab\n', ''),
      'apps/agent/base/daemonset.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent }
spec:
  selector: { matchLabels: { app.kubernetes.io/name: net-agent } }
  template:
    metadata: { labels: { app.kubernetes.io/name: net-agent } }
    spec:
      hostNetwork: true
      containers: [{ name: agent, image: nicolaka/netshoot }]
`,
      'apps/agent/overlays/prod/kustomization.yaml': 'namespace: prod\nnamePrefix: prod-\nresources: [../../base]\n',
    });
    const { execFileSync } = await import('node:child_process');
    const { parseAllDocuments } = await import('yaml');
    const rendered = parseAllDocuments(execFileSync('kubectl', ['kustomize', join(dir, 'apps/agent/overlays/prod')], { encoding: 'utf8' })).map((d) => d.toJS());
    // The subject stays the service account mcp-homelab/mcp-homelab (kustomize leaves other namespaces' subjects alone).
    h.server.apply(rendered);
    const r = await verify({ paths: ['apps/agent/overlays/prod'], cwd: dir, connection: h.admin, concurrency: 3 });
    const denied = r.findings.filter((f) => f.code === 'LP907');
    expect(denied.map((f) => `${f.file}:${f.region.start.line} ${f.data?.namespace}`)).toEqual(['apps/agent/base/rbac.yaml:11 prod']);
    expect(denied[0]!.message).toContain('in pod prod/prod-agent-');
    expect(denied[0]!.message).toContain('cannot get resource "pods/exec" in API group "" in the namespace "prod"');
  });

  it('output that cannot be parsed is a finding at the container, never "cluster unreachable"', async () => {
    h.server.faults = { output: { 'cat /proc/1/status': 'Name:\tsleep\nState:\tS (sleeping)\n' } };
    try {
      const r = await run(incidentRepo(['create', 'get']));
      expect(lines(r, 'LP906')).toEqual([]);
      const f = r.findings.filter((x) => x.code === 'LP904');
      expect(f.map((x) => `${x.file}:${x.region.start.line} ${x.message}`)).toEqual([
        expect.stringMatching(/^clusters\/pi-k3s\/mcp-homelab\/debug-agent-daemonset\.yaml:18 .*\/proc status has no CapInh line/),
      ]);
      expect(r.stats.execAccess.proven).toBe(3); // the other phases ran
    } finally {
      h.server.faults = {};
    }
  });

  it('pods that are running but not ready are not exec targets', async () => {
    const r = await run(incidentRepo(['create', 'get']), { pods: 'not-ready' });
    expect(r.stats.execAccess.proven).toBe(0);
    expect(r.stats.unverified.map((u) => u.why)).toContain('no pod to exec into (Deployment media/jellyfin in media: no running, ready pod)');
  });
});
