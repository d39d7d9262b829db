/**
 * The incident end to end, against the test API server with exec run for real in the sandbox:
 * before the fix verify names the 403 and the rule missing "get"; after it, all six probes pass
 * and capabilities match; manifests fixed in git but not applied show as denied access, drift and
 * extra capabilities.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, sandboxAvailable, startHarness, type Harness, OFFLINE_KUBECONFIG } from './harness.ts';
import { loadObjects as loadFixtureObjects, tempDir } from '../support/apiserver/fixtures.ts';
import { verify, describePlan, planVerify } from '../../src/live/verify/verify.ts';
import { loadObjects } from '../../src/engine/audit.ts';
import { defaults } from '../../src/config/load.ts';
import { CAPABILITY_BITS, decodeCapMask } from '../../src/live/caps/capabilities.ts';

const canRun = sandboxAvailable();
const cwd = join(FIXTURES, 'incident');
const SA = 'system:serviceaccount:mcp-homelab:mcp-homelab';
/** Capabilities this machine cannot give a process (not in our own bounding set). */
function hostLacks(): string[] {
  const bnd = /^CapBnd:\s*([0-9a-f]+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]!;
  const have = new Set(decodeCapMask(bnd));
  return CAPABILITY_BITS.filter((c) => !have.has(c));
}
const rbacOf = (dir: string) => loadFixtureObjects(join(cwd, dir)).filter((o) => /Role/.test(o.kind));

describe.skipIf(!canRun)('leastpriv verify: the incident', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ manifests: join(cwd, 'before'), sandbox: true });
  });
  afterAll(() => h?.close());

  it('before the fix: the 403 with its message, on the rule that lacks get', async () => {
    const r = await verify({ paths: ['before'], cwd, connection: h.admin, concurrency: 2 });
    expect(r.findings.filter((f) => f.rule === 'live-probe-failed')).toEqual([]);
    const refused = r.findings.filter((f) => f.rule === 'live-exec-denied');
    expect(refused).toHaveLength(1);
    const f = refused[0]!;
    expect(f.file).toBe('before/clusterrole.yaml');
    expect(f.region.start.line).toBe(18); // verbs: ["create"] of the pods/exec rule
    expect(f.message).toContain(`403 Forbidden: pods "debug-agent-ax0z" is forbidden: User "${SA}" cannot get resource "pods/exec" in API group "" in the namespace "mcp-homelab"`);
    expect(f.message).toContain('The missing verb is "get" (the API server names it)');
    expect(f.message).toContain('Fix: add "get" to the verbs of rule 1 of ClusterRole mcp-homelab (before/clusterrole.yaml:18)');
    expect(f.message).toContain('Probes not run because of this: test-dns-query, curl-ingress, test-pod-connectivity, get-node-networking, get-iptables-rules, get-conntrack-entries');
    expect(r.stats.probes).toEqual({ total: 6, ran: 6, matchedNothing: 0, passed: 0, failed: 6, notRun: 0 });
    // The cluster runs what git says (privileged): no drift, access as promised, and every
    // capability the node has (a node whose own bounding set lacks some cannot give them).
    const others = r.findings.filter((x) => x !== f).map((x) => `${x.rule}: ${x.message}`);
    const absent = hostLacks();
    expect(others).toEqual(absent.length ? [expect.stringContaining(`without ${absent.join(', ')}, which the manifest adds`)] : []);
    expect(r.stats).toMatchObject({ reviewMode: 'SubjectAccessReview', capabilityChecks: 1, objectsCompared: 4 });
    // Read-only: nothing but GETs, review creates and exec upgrades reached the server.
    const methods = new Set(h.server.requests.map((q) => (q.method === 'POST' ? `POST ${q.path.split('?')[0]}` : q.method)));
    expect([...methods].sort()).toEqual(['GET', 'GET (upgrade)', 'POST /apis/authorization.k8s.io/v1/subjectaccessreviews']);
  });

  it('after the fix: all six probes pass and capabilities match', async () => {
    h.server.authorizer.load(rbacOf('after'));
    const h2 = await startHarness({ manifests: join(cwd, 'after'), sandbox: true });
    try {
      const r = await verify({ paths: ['after'], cwd, connection: h2.admin, concurrency: 2 });
      expect(r.findings.map((x) => `${x.file}:${x.region.start.line} ${x.rule}: ${x.message}`)).toEqual([]);
      expect(r.stats).toMatchObject({ probesPassed: 6, capabilityChecks: 1, objectsCompared: 4, execAccess: { checks: 1, proven: 1, refused: 0 } });
      expect(r.stats.proofs).toEqual([{ subresource: 'exec', identity: 'ServiceAccount mcp-homelab/mcp-homelab', namespace: 'mcp-homelab', pod: 'debug-agent-ax0z', outcome: 'exit 0' }]);
      expect(r.stats.probes).toEqual({ total: 6, ran: 6, matchedNothing: 0, passed: 6, failed: 0, notRun: 0 });
      expect(r.stats.execs).toBe(11); // `true` as the service account, then 1+1+2+4+1+1 probe commands
    } finally {
      await h2.close();
      h.server.authorizer.load(rbacOf('before'));
    }
  });

  it('fixed in git, not applied: denied access, drift and extra capabilities, each on its line', async () => {
    const r = await verify({ paths: ['after'], cwd, connection: h.admin, concurrency: 2 });
    const lines = r.findings.map((f) => `${f.file}:${f.region.start.line} ${f.code} ${f.rule}`);
    expect(lines).toEqual([
      'after/clusterrole.yaml:16 LP905 live-drift', // rule 1: the cluster's copy lacks get
      'after/clusterrole.yaml:18 LP907 live-exec-denied', // the exec upgrade's 403, on `verbs:`
      'after/clusterrole.yaml:18 LP901 live-access-denied', // get pods/exec promised, denied: on "get"
      'after/debug-agent-daemonset.yaml:16 LP905 live-drift', // hostPID
      'after/debug-agent-daemonset.yaml:22 LP904 live-capabilities-mismatch', // privileged: false, cluster: all 41
      'after/debug-agent-daemonset.yaml:22 LP905 live-drift', // privileged
      'after/debug-agent-daemonset.yaml:24 LP905 live-drift', // drop
      'after/debug-agent-daemonset.yaml:25 LP905 live-drift', // add
    ]);
    expect(r.findings.find((f) => f.code === 'LP907')!.message).toContain('The manifests grant "get" on pods/exec here, but the cluster does not: apply the manifests');
    const denied = r.findings.find((f) => f.code === 'LP901')!;
    expect(denied.message).toContain(`ServiceAccount mcp-homelab/mcp-homelab may get pods/exec cluster-wide according to this rule, but the API server denies it`);
    const caps = r.findings.find((f) => f.code === 'LP904')!;
    expect(caps.message).toContain(`${41 - hostLacks().length - 2} capabilities`); // all it holds but the two promised
    expect(caps.message).toContain('the manifest promises NET_ADMIN, NET_RAW');
  });
});

describe('leastpriv verify: access the manifests do not grant', () => {
  it('a streaming permission granted elsewhere is reported on the binding subject', async () => {
    const extra = [
      { kind: 'ClusterRole', metadata: { name: 'hidden' }, rules: [{ apiGroups: [''], resources: ['pods/attach'], verbs: ['get', 'create'] }] },
      { kind: 'ClusterRoleBinding', metadata: { name: 'hidden' }, roleRef: { kind: 'ClusterRole', name: 'hidden' }, subjects: [{ kind: 'ServiceAccount', name: 'mcp-homelab', namespace: 'mcp-homelab' }] },
    ];
    const h = await startHarness({ manifests: join(cwd, 'after'), rbac: [...rbacOf('after'), ...extra] });
    try {
      const r = await verify({ paths: ['after'], cwd, connection: h.admin, concurrency: 2 });
      const unexpected = r.findings.filter((f) => f.code === 'LP902');
      expect(unexpected.map((f) => `${f.file}:${f.region.start.line} ${f.data?.action}`)).toEqual([
        'after/clusterrole.yaml:29 create pods/attach in namespace mcp-homelab', // the subject entry
        'after/clusterrole.yaml:29 get pods/attach in namespace mcp-homelab',
      ]);
      expect(unexpected[1]!.message).toContain('kubectl auth can-i get pods --subresource=attach -n mcp-homelab --as=system:serviceaccount:mcp-homelab:mcp-homelab');
    } finally {
      await h.close();
    }
  });
});

describe.skipIf(!canRun)('leastpriv verify: a dropped capability breaks its probe', () => {
  it('without NET_RAW, ping fails and verify points at the capabilities', async () => {
    const dir = tempDir('lp-noraw-');
    cpSync(join(cwd, 'after'), dir, { recursive: true });
    const ds = join(dir, 'debug-agent-daemonset.yaml');
    writeFileSync(ds, readFileSync(ds, 'utf8').replace('                - NET_RAW\n', ''));
    const h = await startHarness({ manifests: dir, sandbox: true });
    try {
      const r = await verify({ paths: ['.'], cwd: dir, connection: h.admin, concurrency: 2 });
      const f = r.findings.filter((x) => x.code === 'LP903');
      expect(f.map((x) => x.message), JSON.stringify(r.findings.map((x) => x.message))).toHaveLength(1);
      expect(f[0]!.message).toContain('probe test-pod-connectivity');
      expect(f[0]!.message).toMatch(/`ping -c 1 -W 2 127\.0\.0\.1` exited with \d+ \(expected 0\)/);
      expect(f[0]!.message).toContain('This probe needs NET_RAW');
      expect(f[0]!.path).toEqual(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'capabilities']);
    } finally {
      await h.close();
    }
  });
});

describe('leastpriv verify --dry-run', () => {
  it('plans every request without connecting', async () => {
    const r = await verify({ paths: ['before'], cwd, dryRun: true, kubeconfig: OFFLINE_KUBECONFIG });
    expect(r.findings).toEqual([]);
    const lines = describePlan(r.plan);
    expect(lines).toContain('GET  /api/v1/namespaces/mcp-homelab/pods?labelSelector=app%3Ddebug-agent');
    expect(lines.some((l) => l.startsWith('EXEC /api/v1/namespaces/mcp-homelab/pods/%3Ceach%20pod%3E/exec?command=iptables-save&container=agent') && l.endsWith(`as ServiceAccount mcp-homelab/mcp-homelab`))).toBe(true);
    expect(lines).toContain('GET  /apis/rbac.authorization.k8s.io/v1/clusterroles/mcp-homelab   drift of ClusterRole mcp-homelab');
    expect(lines.filter((l) => l.startsWith('POST'))).toHaveLength(3 + 5); // 3 promised (get, list, create) + 5 left out
    const objects = loadObjects({ paths: ['before'], cwd }, defaults()).objects;
    expect(planVerify(objects, { asUser: 'jane' }).probes[0]!.identities.map((i) => i.label)).toEqual(['User jane (--as)']);
  });
});
