/**
 * Subject names are not validated by Kubernetes (a User may be any string), so a manifest can name
 * one with escape sequences, line breaks or any Unicode. verify must impersonate it as kubectl
 * would (its UTF-8 bytes in Impersonate-User), say why it cannot when no header may carry it, and
 * never let it reach a terminal or CI log as control characters: in the report, the --dry-run plan
 * or the summary on stderr.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { startHarness, type Harness } from './harness.ts';
import { tempDir } from '../support/apiserver/fixtures.ts';
import { main, type Io } from '../../src/cli/main.ts';
import { verify } from '../../src/live/verify/verify.ts';
import { headerValue } from '../../src/live/kube/http.ts';

const USERS = ['日本', 'jöe', 'a\u202eb', 'evil\u001b[31mred\u0007', 'x\n::error::injected'];

const manifests = (): string =>
  [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: exec, namespace: default }
rules:
- apiGroups: [""]
  resources: [pods/exec]
  verbs: [get, create]`,
    ...USERS.map(
      (u, i) => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: exec-${i}, namespace: default }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: exec }
subjects:
- kind: User
  apiGroup: rbac.authorization.k8s.io
  name: ${JSON.stringify(u)}`,
    ),
    `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: default }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx }]`,
  ].join('\n---\n') + '\n';

/** Any C0 control but the line feed, C1 controls, bidi overrides: what a reader's terminal would act on. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('hostile subject names', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('lp-subjects-');
    writeFileSync(join(dir, 'rbac.yaml'), manifests());
    h = await startHarness({ manifests: dir });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir, env: { PATH: process.env.PATH }, isTTY: false };
    return { code: await main(args, io), out, err };
  }

  it('a header carries the UTF-8 bytes of a name; a control character is refused with the reason', () => {
    expect(Buffer.from(headerValue('Impersonate-User', '日本'), 'latin1').toString('utf8')).toBe('日本');
    expect(headerValue('Impersonate-User', 'system:serviceaccount:a:b')).toBe('system:serviceaccount:a:b');
    expect(() => headerValue('Impersonate-User', 'a\nb')).toThrow(/cannot send Impersonate-User "a\\nb": it holds the control character U\+000A/);
  });

  it('exec is opened as a non-ASCII user under its own name; a name no header can carry is not verified, with the reason', async () => {
    h.server.requests.length = 0;
    const r = await verify({ paths: ['.'], cwd: dir, connection: { ...h.admin, timeoutMs: 5000 } });
    expect(r.stats.proofs.map((p) => p.identity).sort()).toEqual(['User a\u202eb', 'User jöe', 'User 日本']);
    const upgraded = h.server.requests.filter((q) => q.method.includes('upgrade')).map((q) => q.user);
    expect(upgraded.sort()).toEqual(['a\u202eb', 'jöe', '日本']);
    const why = r.stats.unverified.map((u) => u.why);
    expect(why).toHaveLength(2);
    for (const w of why) {
      expect(w).toMatch(/cannot send Impersonate-User ".*": it holds the control character U\+00(1B|0A), which no HTTP header may carry/);
      expect(w).not.toMatch(/TypeError|ERR_INVALID_CHAR/);
    }
  });

  it('the --dry-run plan and what it says on stderr show control characters, never send them', async () => {
    const r = await cli(['verify', '.', '--dry-run', '--kubeconfig', h.adminKubeconfig]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(UNSAFE);
    expect(r.err).not.toMatch(UNSAFE);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^leastpriv verify --dry-run: \d+ request\(s\), nothing sent$/);
    for (const l of lines.slice(1)) expect(l).toMatch(/^(GET|POST|EXEC|ATTACH) /);
    expect(r.out).toContain('User evil␛[31mred␇');
    expect(r.out).toContain('User x␊::error::injected');
  });

  it('the summary on stderr after a text report shows them too', async () => {
    const r = await cli(['verify', '.', '--kubeconfig', h.adminKubeconfig, '--timeout', '5s']);
    expect(r.err).toContain('not verified: exec as User evil␛[31mred␇ in namespace default');
    expect(r.err).toContain('exec proven: User a\\u202eb');
    expect(r.err).not.toMatch(UNSAFE);
    expect(r.out).not.toMatch(UNSAFE);
    for (const l of r.err.split('\n')) expect(l).not.toMatch(/^\s*::/);
  });

  it('a pod selector with a label Kubernetes refuses is never sent as a query: its workload is not verified, with the reason', async () => {
    const sub = join(dir, 'selector');
    (await import('node:fs')).mkdirSync(sub, { recursive: true });
    writeFileSync(
      join(sub, 'deploy.yaml'),
      `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: exec-sel, namespace: default }
rules: [{ apiGroups: [""], resources: [pods/exec], verbs: [get, create] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: exec-sel, namespace: default }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: exec-sel }
subjects: [{ kind: User, apiGroup: rbac.authorization.k8s.io, name: jane }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: inj, namespace: default }
spec:
  selector: { matchLabels: { app: "x,app!=x" } }
  template:
    metadata: { labels: { app: "x,app!=x" } }
    spec:
      containers: [{ name: web, image: nginx }]
`,
    );
    h.server.requests.length = 0;
    const r = await verify({ paths: ['selector'], cwd: dir, connection: { ...h.admin, timeoutMs: 5000 } });
    expect(h.server.requests.map((q) => q.path).filter((p) => p.includes('labelSelector'))).toEqual([]);
    expect(r.stats.unverified.map((u) => u.why).join('\n')).toContain('the pod selector of the workload has label value "x,app!=x" of app, which Kubernetes refuses as a label: no pods were listed');
  });

  it('a ServiceAccount subject the API server would refuse is not impersonated as another user', async () => {
    const sub = join(dir, 'sa');
    (await import('node:fs')).mkdirSync(sub, { recursive: true });
    writeFileSync(
      join(sub, 'rbac.yaml'),
      `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: exec-sa, namespace: default }
rules: [{ apiGroups: [""], resources: [pods/exec], verbs: [get, create] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: exec-sa, namespace: default }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: exec-sa }
subjects: [{ kind: ServiceAccount, name: "a:b" }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: default }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx }]
`,
    );
    h.server.requests.length = 0;
    const r = await verify({ paths: ['sa'], cwd: dir, connection: { ...h.admin, timeoutMs: 5000 } });
    expect(h.server.requests.filter((q) => q.method.includes('upgrade'))).toEqual([]);
    // The API server refuses the whole binding (ValidateServiceAccountName), so the model gives its
    // subject no grant at all: nothing is planned for it (no identity is impersonated); the binding
    // is reported as not verified, with the reason, at the subject's name.
    expect(r.stats.unverified.filter((u) => u.what.includes('a:b'))).toEqual([]);
    expect(r.stats.unverified.filter((u) => u.what === 'RoleBinding default/exec-sa').map((u) => u.why)).toEqual([
      expect.stringMatching(/^the API server refuses it \(subject 0 has name "a:b", which is no service account name .*\), so it grants nothing in the cluster and none of its promises were asked about$/),
    ]);
    const lp908 = r.findings.find((f) => f.code === 'LP908' && f.message.includes('RoleBinding default/exec-sa'));
    expect([lp908?.file, lp908?.region.start.line]).toEqual([join('sa', 'rbac.yaml'), 10]);
  });
});
