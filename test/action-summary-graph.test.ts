/**
 * The job summary's attack-path diagram (src/action/summary-graph.ts): drawn for the incident's
 * before-state and absent after the fix, above the finding tables, parsed by mermaid's own parser,
 * and capped (paths and size) when a repository has many.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../src/engine/audit.ts';
import { summaryMarkdown } from '../src/action/summary.ts';
import { attackPathsMarkdown, MAX_DIAGRAM, MAX_PATHS } from '../src/action/summary-graph.ts';
import { mermaidParser } from './support/mermaid.ts';

const ROOT = join(import.meta.dirname, '..');
const ctx = { failOn: 'error', failed: true, sarifFile: 'leastpriv.sarif', baselineMatched: 0 };
const block = (md: string) => /```mermaid\n([\s\S]*?)```/.exec(md)?.[1];

let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
  parse = await mermaidParser();
}, 60_000);

describe('job summary: attack paths', () => {
  it('shows the incident exec chain as a Mermaid diagram, above the finding list', async () => {
    const md = summaryMarkdown(audit({ paths: ['fixtures/incident/before.yaml'], cwd: ROOT, graph: true }), ctx);
    const diagram = block(md)!;
    expect(diagram).toBeDefined();
    expect(md.indexOf('### Attack paths')).toBeLessThan(md.indexOf('### By rule'));
    expect(md).toContain('2 chains from a subject to root on a node');
    expect(diagram).toContain('ServiceAccount mcp-homelab/mcp-homelab');
    expect(diagram).toContain('DaemonSet mcp-homelab/debug-agent');
    await expect(parse(diagram)).resolves.toBeTruthy();
  });
  it('has no diagram when no chain reaches a node (the fixed incident)', () => {
    const md = summaryMarkdown(audit({ paths: ['fixtures/incident/after.yaml'], cwd: ROOT, graph: true }), { ...ctx, failed: false });
    expect(md).not.toContain('```mermaid');
    expect(md).not.toContain('### Attack paths');
  });
  it(`keeps at most ${MAX_PATHS} paths and says how many more there are; the diagram stays under mermaid's size limit`, async () => {
    // 30 namespaces, each with its own service account that can exec into a privileged pod
    const docs: string[] = [];
    for (let i = 0; i < 30; i++) {
      docs.push(`apiVersion: v1
kind: Pod
metadata: {name: p${i}, namespace: ns${i}}
spec:
  containers: [{name: c, image: x, securityContext: {privileged: true}}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: r, namespace: ns${i}}
rules: [{apiGroups: [""], resources: [pods/exec], verbs: [create, get]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b, namespace: ns${i}}
subjects: [{kind: ServiceAccount, name: sa${i}, namespace: ns${i}}]
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}`);
    }
    const result = audit({ sources: [{ path: 'many.yaml', text: docs.join('\n---\n') }], graph: true });
    expect(result.graph!.paths).toHaveLength(30);
    const md = attackPathsMarkdown(result.graph).join('\n');
    const diagram = block(md)!;
    expect(diagram.match(/^ {2}n\d+\(\[/gm)).toHaveLength(MAX_PATHS); // one subject per path
    expect(md).toContain(`… and ${30 - MAX_PATHS} more: \`leastpriv graph --attack-paths\` draws them all.`);
    expect(diagram.length).toBeLessThan(MAX_DIAGRAM);
    await expect(parse(diagram)).resolves.toBeTruthy();
  });
});
