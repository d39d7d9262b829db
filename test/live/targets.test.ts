/**
 * Probe targets from the manifests, without a cluster: label selectors as Kubernetes evaluates
 * them, workloads by kind/name, built-in probes by what they exercise, and where a probe that
 * matches nothing is reported. The manifests are laid out unlike the incident fixture on purpose.
 */
import { OFFLINE_KUBECONFIG } from './harness.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadObjects } from '../../src/engine/audit.ts';
import { defaults } from '../../src/config/load.ts';
import { matchesSelector, selectorError, selectorString } from '../../src/live/verify/selector.ts';
import { planVerify, verify } from '../../src/live/verify/verify.ts';
import { loadProbes } from '../../src/live/probes/catalog.ts';
import { tempDir } from '../support/apiserver/fixtures.ts';

const dir = tempDir('lp-targets-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MANIFESTS = `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: mcp-debug-agent, namespace: mcp-homelab }
spec:
  selector: { matchLabels: { app.kubernetes.io/name: mcp-debug-agent } }
  template:
    metadata: { labels: { app.kubernetes.io/name: mcp-debug-agent, tier: diag } }
    spec:
      hostNetwork: true
      containers:
        - name: debug
          image: nicolaka/netshoot
          securityContext:
            capabilities: { drop: [ALL], add: [NET_ADMIN, NET_RAW] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: mcp-homelab, namespace: mcp-homelab }
spec:
  selector: { matchLabels: { app: mcp-homelab } }
  template:
    metadata: { labels: { app: mcp-homelab, tier: api } }
    spec:
      containers: [{ name: server, image: ghcr.io/x/mcp-homelab }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: cache, namespace: media }
spec:
  selector: { matchExpressions: [{ key: app, operator: In, values: [cache] }] }
  template:
    metadata: { labels: { app: cache } }
    spec:
      containers: [{ name: redis, image: redis, securityContext: { capabilities: { add: [NET_RAW] } } }]
`;

const objects = () => loadObjects({ sources: [{ path: 'apps/all.yaml', text: MANIFESTS }] }, defaults()).objects;

describe('label selectors (apimachinery semantics)', () => {
  const labels = { app: 'web', tier: 'api' };
  it.each([
    [{ matchLabels: { app: 'web' } }, true],
    [{ matchLabels: { app: 'web', tier: 'db' } }, false],
    [{ matchExpressions: [{ key: 'app', operator: 'In' as const, values: ['web', 'x'] }] }, true],
    [{ matchExpressions: [{ key: 'zone', operator: 'In' as const, values: ['a'] }] }, false], // In needs the label
    [{ matchExpressions: [{ key: 'zone', operator: 'NotIn' as const, values: ['a'] }] }, true], // NotIn: absent matches
    [{ matchExpressions: [{ key: 'app', operator: 'NotIn' as const, values: ['web'] }] }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'Exists' as const }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' as const }] }, false],
    [{ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'NotIn' as const, values: ['api'] }] }, false], // ANDed
    [{}, true], // empty selector: everything
  ])('%j → %s', (sel, expected) => {
    expect(matchesSelector(labels, sel)).toBe(expected);
  });

  it('query syntax and validation', () => {
    expect(selectorString({ matchLabels: { b: '2', a: '1' }, matchExpressions: [{ key: 'x', operator: 'In', values: ['q', 'p'] }, { key: 'y', operator: 'NotIn', values: ['z'] }, { key: 'e', operator: 'Exists' }, { key: 'n', operator: 'DoesNotExist' }] }))
      .toBe('a=1,b=2,x in (p,q),y notin (z),e,!n');
    expect(selectorError({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] })).toContain('needs at least one value');
    expect(selectorError({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] })).toContain('takes no values');
  });
});

describe('probe targets', () => {
  it('built-in probes find the debug agent by what they exercise, whatever its labels', () => {
    const plan = planVerify(objects(), {});
    const where = (id: string) => plan.probes.filter((t) => t.probe.id === id).map((t) => `${t.workload.kind}/${t.workload.name}:${t.container.name}`);
    expect(where('get-iptables-rules')).toEqual(['DaemonSet/mcp-debug-agent:debug']);
    // ping exercises NET_RAW: the cache adds it too, so it is probed there as well.
    expect(where('test-pod-connectivity')).toEqual(['DaemonSet/mcp-debug-agent:debug', 'StatefulSet/cache:redis']);
    expect(plan.unmatchedProbes).toEqual([]);
    // Pods are listed by the workload's own selector, expressions included.
    expect(plan.probes.find((t) => t.workload.name === 'cache')!.selector).toEqual({ matchExpressions: [{ key: 'app', operator: 'In', values: ['cache'] }] });
    // Capability promises: every container that adds capabilities.
    expect(plan.capabilities.map((t) => t.workload.name)).toEqual(['mcp-debug-agent', 'cache']);
  });

  it('a user catalog selects by kind/name, namespace and label selector; a probe matching nothing is LP909 at its line', async () => {
    const file = join(dir, 'probes.yaml');
    writeFileSync(file, `apiVersion: leastpriv.dev/v1alpha1
kind: ProbeCatalog
probes:
  - id: by-workload
    description: the agent by kind/name
    target: { workload: daemonset/mcp-debug-agent, namespace: mcp-homelab }
    commands: [[ip, -j, link]]
  - id: by-expression
    description: api tier, not the agent
    target:
      labelSelector:
        matchExpressions:
          - { key: tier, operator: In, values: [api, web] }
          - { key: app.kubernetes.io/name, operator: DoesNotExist }
    commands: [["true"]]
  - id: nothing-here
    description: the fixture's label, which this repository does not use
    target: { selector: { app: debug-agent } }
    commands: [["true"]]
`);
    const plan = planVerify(objects(), { probeFiles: [file] });
    const where = (id: string) => plan.probes.filter((t) => t.probe.id === id).map((t) => `${t.workload.kind}/${t.workload.name}`);
    expect(where('by-workload')).toEqual(['DaemonSet/mcp-debug-agent']);
    expect(where('by-expression')).toEqual(['Deployment/mcp-homelab']);
    expect(plan.unmatchedProbes.map((p) => p.id)).toEqual(['nothing-here']);
    mkdirSync(join(dir, 'apps'), { recursive: true });
    writeFileSync(join(dir, 'apps', 'all.yaml'), MANIFESTS);
    const r = await verify({ paths: ['apps'], cwd: dir, probeFiles: [file], dryRun: true, kubeconfig: OFFLINE_KUBECONFIG });
    expect(r.findings.map((f) => `${f.file}:${f.region.start.line}:${f.region.start.column} ${f.code} ${f.severity} ${f.message}`)).toEqual([
      'probes.yaml:16:5 LP909 warning probe nothing-here matches no workload in the manifests (labels app=debug-agent), so it did not run. Fix its target: a workload (kind/name), a namespace, or a label selector (matchLabels, matchExpressions) that the pod templates carry.',
    ]);
    expect(r.stats.probes).toMatchObject({ total: 9, matchedNothing: 1 });
  });

  it('a probe with neither target nor exercises, and a bad selector, are catalog errors', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'apiVersion: leastpriv.dev/v1alpha1\nkind: ProbeCatalog\nprobes:\n  - id: x\n    description: d\n    commands: [["true"]]\n');
    expect(() => loadProbes([bad])).toThrow(/probe x: needs a target .* or what it exercises/);
    writeFileSync(bad, 'apiVersion: leastpriv.dev/v1alpha1\nkind: ProbeCatalog\nprobes:\n  - id: x\n    description: d\n    target: { labelSelector: { matchExpressions: [{ key: a, operator: In }] } }\n    commands: [["true"]]\n');
    expect(() => loadProbes([bad])).toThrow(/probe x: target.labelSelector: matchExpressions\[0\]: operator In needs at least one value/);
  });
});
