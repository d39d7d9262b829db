/**
 * `leastpriv graph`: the incident's exec chain from the mcp-homelab service account to the privileged
 * debug agent is drawn before the fix and gone after it (the fix people wrote, and the one --fix with
 * suggestions writes); every node of the JSON points at the line its object or rule is written on;
 * --focus and --attack-paths narrow the graph; and every Mermaid diagram leastpriv draws parses with
 * mermaid's own parser (a diagram that does not parse shows as an error box on GitHub). mermaid runs
 * in Node with happy-dom standing in for the browser DOM its sanitiser needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.ts';
import { fixText } from './support/fix-run.ts';
import { mermaidParser } from './support/mermaid.ts';

const ROOT = join(import.meta.dirname, '..');

async function graph(args: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: ROOT, env: {}, isTTY: false, ...(stdin !== undefined ? { readStdin: () => new TextEncoder().encode(stdin) } : {}) };
  const code = await main(['graph', ...args], io);
  return { code, out, err };
}

interface Json {
  nodes: { id: string; kind: string; label: string; file?: string; line?: number; features?: { what: string; file: string; line: number }[] }[];
  edges: { from: string; to: string; label?: string }[];
  paths: string[][];
}
const json = async (args: string[], stdin?: string) => JSON.parse((await graph([...args, '-f', 'json'], stdin)).out) as Json;
const chains = (g: Json) => g.paths.map((p) => p.map((id) => g.nodes.find((n) => n.id === id)!.label).join(' → '));


let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
  parse = await mermaidParser();
}, 60_000);

describe('the incident', () => {
  const before = readFileSync(join(ROOT, 'fixtures/incident/before.yaml'), 'utf8');
  it('before the fix: the exec chain from the mcp-homelab service account to the privileged debug agent', async () => {
    const g = await json(['fixtures/incident/before.yaml', '--attack-paths']);
    expect(chains(g)).toEqual([
      'ServiceAccount mcp-homelab/mcp-homelab → RoleBinding mcp-homelab/mcp-homelab → ClusterRole mcp-homelab → exec/attach into pods in mcp-homelab → DaemonSet mcp-homelab/debug-agent → the node (root on the host)',
      'ServiceAccount mcp-homelab/mcp-homelab → RoleBinding mcp-homelab/debug-agent-exec → Role mcp-homelab/debug-agent-exec → exec/attach into pods in mcp-homelab → DaemonSet mcp-homelab/debug-agent → the node (root on the host)',
    ]);
    const agent = g.nodes.find((n) => n.kind === 'workload')!;
    expect(agent.features!.map((f) => `${f.what} ${f.line}`)).toEqual(['hostPID 118', 'privileged container "debug-agent" 117']);
    expect(g.edges.find((e) => e.from === agent.id)!.label).toBe('hostPID, privileged container "debug-agent"');
  });
  it('after the fix people wrote, and after --fix with suggestions: no chain reaches the node', async () => {
    expect((await json(['fixtures/incident/after.yaml', '--attack-paths'])).paths).toEqual([]);
    expect((await json(['fixtures/incident/after.yaml'])).nodes.filter((n) => n.kind === 'workload' || n.kind === 'node')).toEqual([]);
    const fixed = fixText('incident.yaml', before, new Set(['fix', 'suggestion'])).after;
    const g = await json(['-', '--attack-paths'], fixed);
    expect(g.paths).toEqual([]);
    // the exec grants are still drawn in the full graph, ending on no workload
    const full = await json(['-'], fixed);
    expect(full.nodes.filter((n) => n.kind === 'permission').map((n) => n.label)).toContain('exec/attach into pods in mcp-homelab');
    expect(full.nodes.some((n) => n.kind === 'workload')).toBe(false);
  });
  it('every node but subjects and the node points at the line it is written on', async () => {
    const g = await json(['fixtures/incident/before.yaml']);
    const lines = before.split('\n');
    for (const n of g.nodes) {
      if (n.kind === 'subject' || n.kind === 'node') continue;
      expect(n.file, n.label).toBe('fixtures/incident/before.yaml');
      const text = lines[n.line! - 1]!;
      if (n.kind === 'permission') expect(text, n.label).toMatch(/^- apiGroups/);
      else expect(text, n.label).toBe('apiVersion: ' + (n.kind === 'workload' ? 'apps/v1' : 'rbac.authorization.k8s.io/v1'));
    }
    expect(g.nodes.filter((n) => n.kind === 'binding')).toHaveLength(4);
  });
  it('--focus a subject or a namespace', async () => {
    const pihole = await json(['fixtures/incident/before.yaml', '--focus', 'pihole']);
    expect(pihole.nodes.map((n) => n.label).sort()).toEqual(['ClusterRole mcp-homelab', 'RoleBinding pihole/mcp-homelab', 'ServiceAccount mcp-homelab/mcp-homelab', 'exec/attach into pods in pihole']);
    for (const f of ['mcp-homelab', 'system:serviceaccount:mcp-homelab:mcp-homelab', 'ServiceAccount mcp-homelab/mcp-homelab']) {
      expect((await json(['fixtures/incident/before.yaml', '--focus', f, '--attack-paths'])).paths, f).toHaveLength(2);
    }
    const none = await graph(['fixtures/incident/before.yaml', '--focus', 'nobody']);
    expect(none.err).toMatch(/nothing matches --focus nobody/);
    expect(none.code).toBe(0);
  });
  it('reaches the node by itself through pod creation, nodes/proxy and escalate', async () => {
    const text = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: deployer}
rules:
- apiGroups: [apps]
  resources: [deployments]
  verbs: [create]
- apiGroups: [""]
  resources: [nodes/proxy]
  verbs: [get]
- apiGroups: [""]
  resources: [secrets]
  verbs: [list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: ci}
subjects: [{kind: Group, name: ci, apiGroup: rbac.authorization.k8s.io}]
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: deployer}
`;
    const g = await json(['-', '--attack-paths'], text);
    expect(chains(g)).toEqual([
      'Group ci → ClusterRoleBinding ci → ClusterRole deployer → create pods or pod controllers cluster-wide → the node (root on the host)',
      'Group ci → ClusterRoleBinding ci → ClusterRole deployer → nodes/proxy (kubelet API) cluster-wide → the node (root on the host)',
    ]);
    // secrets are drawn in the full graph, and are no attack path on their own
    expect((await json(['-'], text)).nodes.map((n) => n.label)).toContain('read secrets cluster-wide');
  });
});

describe('formats', () => {
  it('Mermaid parses with mermaid, for every fixture, the example and hostile names', async () => {
    const cases = [
      ['fixtures/incident/before.yaml'],
      ['fixtures/incident/before.yaml', '--attack-paths'],
      ['fixtures/incident/after.yaml', '--attack-paths'],
      ['fixtures'],
      ['examples'],
      ['fixtures/graph/hostile-names.yaml'],
    ];
    for (const c of cases) {
      const r = await graph(c);
      expect(r.code).toBe(0);
      await expect(parse(r.out), c.join(' ')).resolves.toBeTruthy();
    }
    const hostile = (await graph(['fixtures/graph/hostile-names.yaml'])).out;
    expect(hostile).not.toMatch(/<script|%%/);
    // and the parser does reject a broken diagram (the check can fail)
    await expect(parse('flowchart LR\n  n1["a "b" c"]\n')).rejects.toThrow();
  });
  it('a graph past Mermaid\'s 500-edge limit is drawn in part, parses, and says what is left out', async () => {
    // 300 service accounts, each bound to a role that can exec into pods: several edges each
    const docs: string[] = [];
    for (let i = 0; i < 300; i++) {
      docs.push(`apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: r${i}, namespace: ns${i}}
rules: [{apiGroups: [""], resources: [pods/exec], verbs: [create, get]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b${i}, namespace: ns${i}}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r${i}}
subjects: [{kind: ServiceAccount, name: sa${i}, namespace: ns${i}}]`);
    }
    const text = docs.join('\n---\n') + '\n';
    const whole = await json(['-'], text);
    expect(whole.edges.length).toBeGreaterThanOrEqual(500);
    const r = await graph(['-'], text);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => l.includes('-->')).length).toBe(499);
    expect(r.out).toMatch(/more edges and \d+ nodes not drawn/);
    await expect(parse(r.out)).resolves.toBeTruthy();
  });
  it('DOT declares every node an edge uses, with labels quoted', async () => {
    const r = await graph(['fixtures/graph/hostile-names.yaml', '-f', 'dot']);
    expect(r.out.startsWith('digraph leastpriv {\n')).toBe(true);
    expect(r.out.trimEnd().endsWith('}')).toBe(true);
    const declared = new Set([...r.out.matchAll(/^ {2}(n\d+) \[shape=/gm)].map((m) => m[1]));
    for (const m of r.out.matchAll(/^ {2}(n\d+) -> (n\d+)/gm)) {
      expect(declared.has(m[1]!)).toBe(true);
      expect(declared.has(m[2]!)).toBe(true);
    }
    expect(r.out).toContain('label="ClusterRole ex\\"ec]|{x}#<b>;`\\n');
  });
  it('refuses an unknown format', async () => {
    const r = await graph(['fixtures/incident', '-f', 'svg']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown format 'svg'/);
  });
});

describe('which verbs open exec/attach (as rule LP115 decides it)', () => {
  // `get` alone opens no exec stream from Kubernetes 1.35 (src/rbac/match.ts streamOpeningVerbs)
  const FILE = 'fixtures/rules/exec-into-node-access-workload-get-only.yaml';
  it('draws no exec edge for a get-only role at the default version, and one for v1.34', async () => {
    const now = await json([FILE]);
    expect(now.nodes.filter((n) => n.label.startsWith('exec/attach'))).toEqual([]);
    expect(now.paths).toEqual([]);
    const old = await json([FILE, '--kube-version', 'v1.34']);
    expect(old.nodes.filter((n) => n.label.startsWith('exec/attach')).length).toBeGreaterThan(0);
    expect(chains(old).some((c) => c.includes('DaemonSet tools/node-agent'))).toBe(true);
  });
  it('refuses a --kube-version that is not a version', async () => {
    const r = await graph([FILE, '--kube-version', 'one.two']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--kube-version must look like v1.35/);
  });
});
