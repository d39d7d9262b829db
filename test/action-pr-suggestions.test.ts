/**
 * `pr-suggestions: true` against a loopback GitHub API (a local HTTP server that answers the three
 * endpoints the Action uses and records every request): review comments with ```suggestion blocks
 * on the pull request's diff lines, the workflow token sent, at most `pr-suggestions-max` per run,
 * nothing posted twice across re-runs, nothing outside the diff, and a notice without any request
 * on a pull request from a fork.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../src/action/run.ts';
import { diffLines, reviewComments } from '../src/action/pr-suggestions.ts';
import { audit } from '../src/engine/audit.ts';

const ROLE = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: mcp-homelab
rules:
- apiGroups: [""]
  resources: ["pods/exec"]
  verbs: ["create"]
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: ops
spec:
  selector: {matchLabels: {app: a}}
  template:
    metadata: {labels: {app: a}}
    spec:
      hostPID: true  # see processes
      containers:
      - name: a
        image: x:1
        securityContext:
          privileged: true
`;

interface Req {
  method: string;
  url: string;
  auth: string | undefined;
  body: any;
}

let server: Server;
let api: string;
const requests: Req[] = [];
const posted: any[] = [];
/** The pull request's diff: the whole file is new (every line added). */
const patch = '@@ -0,0 +1,25 @@\n' + ROLE.trimEnd().split('\n').map((l) => '+' + l).join('\n');

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const body = data ? JSON.parse(data) : undefined;
      requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body });
      const send = (code: number, v: unknown) => {
        res.writeHead(code, { 'content-type': 'application/json' });
        res.end(JSON.stringify(v));
      };
      const u = new URL(req.url!, 'http://x');
      if (u.pathname === '/repos/octo/cluster/pulls/7/files' && req.method === 'GET') return send(200, u.searchParams.get('page') === '1' ? [{ filename: 'k8s/app.yaml', patch }] : []);
      if (u.pathname === '/repos/octo/cluster/pulls/7/comments' && req.method === 'GET') return send(200, u.searchParams.get('page') === '1' ? posted.map((p, i) => ({ id: i + 1, body: p.body })) : []);
      if (u.pathname === '/repos/octo/cluster/pulls/7/comments' && req.method === 'POST') {
        posted.push(body);
        return send(201, { id: posted.length });
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function run(inputs: Record<string, string>, fork = false): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'leastpriv-prs-'));
  dirs.push(root);
  const ws = join(root, 'ws');
  mkdirSync(join(ws, 'k8s'), { recursive: true });
  writeFileSync(join(ws, 'k8s', 'app.yaml'), ROLE);
  const event = {
    pull_request: {
      number: 7,
      head: { sha: 'abc123', repo: { full_name: fork ? 'someone/cluster' : 'octo/cluster', fork } },
      base: { repo: { full_name: 'octo/cluster' } },
    },
  };
  writeFileSync(join(root, 'event.json'), JSON.stringify(event));
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: join(root, 'summary.md'),
    GITHUB_OUTPUT: join(root, 'out.txt'),
    GITHUB_REPOSITORY: 'octo/cluster',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(root, 'event.json'),
    GITHUB_API_URL: api,
    'INPUT_PR-SUGGESTIONS': 'true',
    'INPUT_GITHUB-TOKEN': 'ghs_test',
    'INPUT_FAIL-ON': 'none',
    INPUT_SUMMARY: 'false',
    INPUT_ANNOTATIONS: 'false',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  let out = '';
  await runAction(env, (s) => void (out += s));
  return out;
}

describe('pr-suggestions', () => {
  it('posts suggestion blocks on the diff, at most pr-suggestions-max, with the token', async () => {
    const out = await run({ 'pr-suggestions-max': '2' });
    expect(out).toMatch(/pr-suggestions: 2 posted, 0 already on the pull request, 0 outside its diff, 1 over the limit of 2/);
    expect(posted).toHaveLength(2);
    expect(requests.every((r) => r.auth === 'Bearer ghs_test')).toBe(true);
    const verb = posted.find((p) => p.body.includes('LP101'))!;
    expect(verb).toMatchObject({ commit_id: 'abc123', path: 'k8s/app.yaml', line: 8, side: 'RIGHT' });
    expect(verb.body).toContain('```suggestion\n  verbs: ["create", "get"]\n```');
    expect(verb.body).toMatch(/<!-- leastpriv-suggestion:[0-9a-f]{24} -->/);
  });
  it('posts what is left on a re-run, and nothing twice', async () => {
    const out = await run({ 'pr-suggestions-max': '10' });
    expect(out).toMatch(/pr-suggestions: 1 posted, 2 already on the pull request/);
    expect(posted).toHaveLength(3);
    const priv = posted.find((p) => p.body.includes('LP201'))!;
    // one line replaced by several: a single-line comment (no start_line)
    expect(priv).toMatchObject({ path: 'k8s/app.yaml', line: 25, side: 'RIGHT' });
    expect(priv.start_line).toBeUndefined();
    expect(priv.body).toContain('privileged: false');
    const again = await run({});
    expect(again).toMatch(/pr-suggestions: 0 posted, 3 already on the pull request/);
    expect(posted).toHaveLength(3);
  });
  it('skips a pull request from a fork with a notice, making no request', async () => {
    const before = requests.length;
    const out = await run({}, true);
    expect(out).toMatch(/^::notice title=leastpriv::pr-suggestions skipped: the pull request comes from a fork/m);
    expect(requests.length).toBe(before);
  });
  it('reads the diff lines a comment can go on', () => {
    expect([...diffLines('@@ -1,3 +1,4 @@\n a\n-b\n+c\n+d\n e')]).toEqual([1, 2, 3, 4]);
    expect([...diffLines('@@ -10,2 +20,2 @@ ctx\n x\n+y\n@@ -40 +50 @@\n+z')]).toEqual([20, 21, 50]);
  });

  it('a multi-line edit (a duplicate key removed, a block list rewritten) is one comment over its lines (start_line)', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: dev\ndata:\n  a: "1"\n  b: "2"\n  a: "1"\n  c: "3"\n';
    const comments = reviewComments(audit({ sources: [{ path: 'cm.yaml', text }], fixes: true }));
    expect(comments).toHaveLength(1);
    const c = comments[0]!;
    // lines 9-10 become line 10: the repeated `a` goes, `c` stays
    expect([c.startLine, c.line]).toEqual([9, 10]);
    expect(c.body).toContain('```suggestion\n  c: "3"\n```');
    // the last line of the file: that line alone, replaced by nothing (never a line past the end)
    const last = reviewComments(audit({ sources: [{ path: 'cm.yaml', text: text.replace('  c: "3"\n', '') }], fixes: true }));
    expect(last.map((x) => [x.startLine, x.line])).toEqual([[undefined, 9]]);
    expect(last[0]!.body).toContain('```suggestion\n```');
  });
});
