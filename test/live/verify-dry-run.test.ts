/**
 * `verify --dry-run` exits as the run would, on what is known without the cluster: 2 when the
 * kubeconfig is unusable (a namespace kubectl refuses included: never replaced by `default`), 1 for
 * findings at or above --fail-on (an identity Kubernetes refuses), else 0. `--as` naming a service
 * account the API server would not read as one is a usage error before anything is planned.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OFFLINE_KUBECONFIG } from './harness.ts';
import { tempDir, writeLayout } from '../support/apiserver/fixtures.ts';
import { main, type Io } from '../../src/cli/main.ts';
import { impersonatedUser, serviceAccountUsernameProblem, splitServiceAccountUsername } from '../../src/rbac/subjects.ts';
import { subjectIdentity } from '../../src/live/access/review.ts';

const repo = writeLayout(tempDir('lp-dry-'), {
  'app/app.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx }]
`,
  'groups/rbac.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ops-exec, namespace: default }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: exec }
subjects: [{ kind: Group, name: ops, apiGroup: rbac.authorization.k8s.io }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: exec }
rules: [{ apiGroups: [""], resources: [pods/exec], verbs: [get, create] }]
---
apiVersion: v1
kind: Pod
metadata: { name: tools, namespace: default }
spec:
  containers: [{ name: t, image: busybox }]
`,
  'refused/rbac.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ci-exec, namespace: default }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
subjects:
- kind: ServiceAccount
  name: system:serviceaccount:ci:runner
`,
  'bad/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: { name: Tools_1, namespace: default }\nspec:\n  containers: [{ name: t, image: busybox }]\n',
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const kubeconfig = (ns: string): string => {
  const file = join(repo, `kubeconfig-${ns}`);
  writeFileSync(file, `apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters: [{ name: c, cluster: { server: 'https://192.0.2.1:6443' } }]\nusers: [{ name: u, user: { token: t } }]\ncontexts: [{ name: x, context: { cluster: c, user: u, namespace: ${JSON.stringify(ns)} } }]\n`);
  return file;
};

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: repo, env: { PATH: process.env.PATH, HOME: join(repo, 'home') }, isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

describe('verify --dry-run exit codes', () => {
  it('0 for a plan with nothing wrong, in the context namespace', async () => {
    const r = await cli(['verify', 'app', '--dry-run', '--kubeconfig', kubeconfig('shop')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('GET  /apis/apps/v1/namespaces/shop/deployments/web   drift of Deployment shop/web');
  });

  it('2 when the kubeconfig is unusable, with the reason, the plan still shown', async () => {
    const r = await cli(['verify', 'app', '--dry-run', '--kubeconfig', join(repo, 'missing')]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^leastpriv verify --dry-run: \d+ request\(s\), nothing sent$/m);
    expect(r.err).toMatch(/missing:1:1: error: no usable kubeconfig: kubeconfig .*missing does not exist \(live-cluster-unreachable LP906\)/);
    // no kubeconfig at all (no KUBECONFIG, no ~/.kube/config, not in a cluster)
    const none = await cli(['verify', 'app', '--dry-run']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no usable kubeconfig: no kubeconfig found .* and not running in a cluster/);
  });

  it('2 for a context namespace kubectl refuses: reported as without --dry-run, never replaced by default', async () => {
    for (const dry of [['--dry-run'], ['--timeout', '1s']]) {
      const r = await cli(['verify', 'app', ...dry, '--kubeconfig', kubeconfig('Team'), '--format', 'text']);
      expect(r.code, dry.join(' ')).toBe(2);
      expect(r.err + r.out).toMatch(/no usable kubeconfig: context "x" in .*kubeconfig-Team: namespace "Team" is not a valid DNS-1123 label/);
    }
    // -n overrides the context's namespace, which is then not used, as kubectl's -n (kubectl 1.32
    // `get pods -n shop` with that kubeconfig lists /namespaces/shop)
    const n = await cli(['verify', 'app', '--dry-run', '-n', 'shop', '--kubeconfig', kubeconfig('Team')]);
    expect(n.out).toContain('/namespaces/shop/deployments/web');
    expect(n.err).toBe('');
    expect(n.code).toBe(0);
  });

  it('1 for an identity Kubernetes refuses (0 with --fail-on none)', async () => {
    const r = await cli(['verify', 'bad', '--dry-run', '--kubeconfig', OFFLINE_KUBECONFIG]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\/pod\.yaml:3:.*error: .*metadata\.name "Tools_1" is not a valid DNS-1123 subdomain/);
    expect((await cli(['verify', 'bad', '--dry-run', '--kubeconfig', OFFLINE_KUBECONFIG, '--fail-on', 'none'])).code).toBe(0);
  });

  it('says what no run could exercise, whatever the cluster holds (a Group granted exec)', async () => {
    const r = await cli(['verify', 'groups', '--dry-run', '--kubeconfig', OFFLINE_KUBECONFIG]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: not verified: exec as Group ops: a Group cannot be impersonated without a user name/);
    expect((await cli(['verify', 'groups', '--dry-run', '--no-exec', '--kubeconfig', OFFLINE_KUBECONFIG])).err).toBe('');
    // a binding the API server refuses grants nothing: said, at the field it refuses, not left out silently
    const refused = await cli(['verify', 'refused', '--dry-run', '--kubeconfig', OFFLINE_KUBECONFIG]);
    expect(refused.code).toBe(0);
    expect(refused.err).toMatch(/^refused\/rbac\.yaml:7:3: warning: not verified: RoleBinding default\/ci-exec: the API server refuses it \(subject 0 has name "system:serviceaccount:ci:runner", which is no service account name .*\), so it grants nothing in the cluster and none of its promises were asked about \(live-not-verified LP908\)$/m);
    expect(refused.out).not.toContain('subjectaccessreviews');
  });
});

describe('--as a service account the API server would not read as one', () => {
  it('is a usage error before anything is planned (serviceaccount.SplitUsername)', async () => {
    for (const [as, why] of [
      ['system:serviceaccount:default:Web_SA', 'service account name "Web_SA" is not a valid DNS-1123 subdomain'],
      ['system:serviceaccount:Team:web', 'namespace "Team" is not a valid DNS-1123 label'],
      ['system:serviceaccount:default:a:b', 'it has 3 part\\(s\\) after "system:serviceaccount:", not NAMESPACE:NAME'],
      ['system:serviceaccount:web', 'it has 1 part\\(s\\) after "system:serviceaccount:", not NAMESPACE:NAME'],
    ]) {
      const r = await cli(['verify', 'app', '--dry-run', '--kubeconfig', OFFLINE_KUBECONFIG, '--as', as!]);
      expect(r.code, as).toBe(2);
      expect(r.err).toMatch(new RegExp(`--as "${as}" names no service account the API server knows \\(${why}\\): it would impersonate a plain user of that name instead`));
      expect(r.out).toBe('');
    }
    expect((await cli(['verify', 'app', '--dry-run', '--kubeconfig', OFFLINE_KUBECONFIG, '--as', 'system:serviceaccount:default:web'])).code).toBe(0);
    expect((await cli(['verify', 'app', '--dry-run', '--kubeconfig', OFFLINE_KUBECONFIG, '--as', 'jane'])).code).toBe(0);
  });

  it('such a name is a plain user to the API server: no service account groups (a valid one has them, as a User subject too)', () => {
    expect(splitServiceAccountUsername('system:serviceaccount:team:bot')).toEqual({ namespace: 'team', name: 'bot' });
    expect(splitServiceAccountUsername('system:serviceaccount:team:Bot')).toBeUndefined();
    expect(serviceAccountUsernameProblem('jane')).toBeUndefined();
    expect(impersonatedUser('system:serviceaccount:team:Bot').groups).toEqual(['system:authenticated']);
    expect(impersonatedUser('system:serviceaccount:team:bot').groups).toEqual(['system:serviceaccounts', 'system:serviceaccounts:team', 'system:authenticated']);
    // a User subject so named is asked about as the API server authenticates it
    expect(subjectIdentity({ kind: 'User', name: 'system:serviceaccount:team:bot' }).groups).toEqual(['system:serviceaccounts', 'system:serviceaccounts:team', 'system:authenticated']);
    expect(subjectIdentity({ kind: 'User', name: 'system:serviceaccount:team:Bot' }).groups).toEqual(['system:authenticated']);
    expect(subjectIdentity({ kind: 'User', name: 'jane' }).groups).toEqual(['system:authenticated']);
  });
});
