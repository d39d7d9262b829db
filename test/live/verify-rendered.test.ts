/**
 * verify on a kustomize tree as users keep them (a base, an overlay with namePrefix, namespace and
 * commonLabels): what it asks the cluster is about the objects as `kubectl kustomize` renders them
 * (the cluster has those), and what it reports lands on the lines a person edits (base or overlay),
 * never on a temporary path. The test API server is loaded with the real kustomize output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { join } from 'node:path';
import { kubectlAvailable, sandboxAvailable, startHarness, type Harness, OFFLINE_KUBECONFIG } from './harness.ts';
import { tempDir, writeLayout } from '../support/apiserver/fixtures.ts';
import { describePlan, verify } from '../../src/live/verify/verify.ts';
import { main, type Io } from '../../src/cli/main.ts';

const canRun = sandboxAvailable() && kubectlAvailable();

const BASE_APP = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      serviceAccountName: web
      containers:
        - name: web
          image: ghcr.io/example/web:1
`;
const BASE_RBAC = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: exec
rules:
  - apiGroups: [""]
    resources: [pods/exec]
    verbs: [get, create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: exec
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: exec
subjects:
  - kind: ServiceAccount
    name: web
`;
const OVERLAY = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namePrefix: prod-
namespace: shop
commonLabels:
  env: prod
resources: [../base]
`;

const rendered = (dir: string) => execFileSync('kubectl', ['kustomize', join(dir, 'overlay')], { encoding: 'utf8' });

describe.skipIf(!canRun)('verify on a kustomize overlay', () => {
  let h: Harness;
  let repo: string;
  let live: string;
  beforeAll(async () => {
    repo = writeLayout(tempDir('lp-rendered-'), { 'base/app.yaml': BASE_APP, 'base/rbac.yaml': BASE_RBAC, 'base/kustomization.yaml': 'resources: [app.yaml, rbac.yaml]\n', 'overlay/kustomization.yaml': OVERLAY });
    live = tempDir('lp-rendered-live-');
    // The cluster has what kustomize renders, except that its Role lost `create` (drift).
    writeFileSync(join(live, 'all.yaml'), rendered(repo).replace('  - create\n', ''));
    h = await startHarness({ manifests: live, sandbox: true });
  });
  afterAll(async () => {
    await h?.close();
    for (const d of [repo, live]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('asks about the rendered objects and reports on the base and overlay lines', async () => {
    const r = await verify({ paths: ['overlay'], cwd: repo, connection: h.admin });
    const paths = h.server.requests.map((q) => `${q.method} ${q.path}`);
    // drift: rendered names in the rendered namespace
    expect(paths).toEqual(expect.arrayContaining([
      'GET /api/v1/namespaces/shop/serviceaccounts/prod-web',
      'GET /apis/rbac.authorization.k8s.io/v1/namespaces/shop/roles/prod-exec',
      'GET /apis/rbac.authorization.k8s.io/v1/namespaces/shop/rolebindings/prod-exec',
      'GET /apis/apps/v1/namespaces/shop/deployments/prod-web',
      // exec targets: the rendered labels (commonLabels added env) in the rendered namespace
      'GET /api/v1/namespaces/shop/pods?labelSelector=app%3Dweb%2Cenv%3Dprod',
    ]));
    // the exec ran as the rendered subject (prefixed name, the overlay's namespace)
    expect(h.server.requests.find((q) => q.method === 'GET (upgrade)')).toMatchObject({ path: expect.stringMatching(/^\/api\/v1\/namespaces\/shop\/pods\/prod-web-/), user: 'system:serviceaccount:shop:prod-web' });
    expect(r.stats.execAccess).toEqual({ checks: 1, proven: 1, refused: 0 });
    // findings on the base's lines, never a temporary path
    expect(r.findings.map((f) => [f.code, f.file, f.region.start.line])).toEqual([['LP905', 'base/rbac.yaml', 11], ['LP901', 'base/rbac.yaml', 13]]);
    expect(r.findings[1]!.message).toContain('ServiceAccount shop/prod-web may create pods/exec in namespace shop');
  });

  it('a rule an overlay patch writes is reported on the patch', async () => {
    writeLayout(repo, {
      'patched/kustomization.yaml': 'namePrefix: prod-\nnamespace: shop\ncommonLabels:\n  env: prod\nresources: [../base]\npatches:\n  - path: exec.yaml\n',
      'patched/exec.yaml': 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: exec\nrules:\n  - apiGroups: [""]\n    resources: [pods/exec]\n    verbs: [get, create, list]\n',
    });
    const r = await verify({ paths: ['patched'], cwd: repo, connection: h.admin, noExec: true });
    // The patch replaces the Role's rules: `list` and `create` are written in patched/exec.yaml,
    // line 8, which is the line to edit (audit puts its findings there too), not base/rbac.yaml.
    expect(r.findings.map((f) => [f.code, f.file, f.region.start.line, f.region.start.column])).toEqual([
      ['LP905', 'patched/exec.yaml', 6, 5],
      ['LP901', 'patched/exec.yaml', 8, 18],
      ['LP901', 'patched/exec.yaml', 8, 26],
    ]);
    // the text reporter has the patch's text for its code frame
    expect(r.sources.get('patched/exec.yaml')?.text).toContain('verbs: [get, create, list]');
  });

  it('a verb an inline JSON6902 patch adds is reported in the kustomization', async () => {
    writeLayout(repo, { 'inline/kustomization.yaml': 'namePrefix: prod-\nnamespace: shop\ncommonLabels:\n  env: prod\nresources: [../base]\npatches:\n  - target: { kind: Role, name: exec }\n    patch: |-\n      - op: add\n        path: /rules/0/verbs/-\n        value: list\n' });
    const r = await verify({ paths: ['inline'], cwd: repo, connection: h.admin, noExec: true });
    // `create` is the base's, `list` the patch's `value: list` (line 11)
    expect(r.findings.map((f) => [f.code, f.file, f.region.start.line, f.data?.verb ?? f.message.match(/may (\w+) pods/)?.[1]])).toEqual([
      ['LP901', 'base/rbac.yaml', 13, 'create'],
      ['LP901', 'inline/kustomization.yaml', 11, 'list'],
      ['LP905', 'inline/kustomization.yaml', 11, undefined],
    ]);
    expect(r.sources.get('inline/kustomization.yaml')?.text).toContain('value: list');
  });

  it('two roots that give the cluster the same objects: one finding per place, one GET per object', async () => {
    // (argo-cd's cluster-install, namespace-install and ha/ roots all render manifests/base)
    writeLayout(repo, { 'again/kustomization.yaml': OVERLAY });
    const before = h.server.requests.length;
    const r = await verify({ paths: ['overlay', 'again'], cwd: repo, connection: h.admin, noExec: true });
    expect(r.findings.map((f) => [f.code, f.file, f.region.start.line])).toEqual([['LP905', 'base/rbac.yaml', 11], ['LP901', 'base/rbac.yaml', 13]]);
    const gets = h.server.requests.slice(before).filter((q) => q.method === 'GET' && q.path.includes('/roles/'));
    expect(gets.map((q) => q.path)).toEqual(['/apis/rbac.authorization.k8s.io/v1/namespaces/shop/roles/prod-exec']);
    const plan = describePlan((await verify({ paths: ['overlay', 'again'], cwd: repo, connection: h.admin, dryRun: true })).plan);
    expect(plan.filter((l) => l.includes('/roles/'))).toEqual(['GET  /apis/rbac.authorization.k8s.io/v1/namespaces/shop/roles/prod-exec   drift of Role shop/prod-exec']);
  });

  it('a root that fails to render is not verified: an error when it was all there was to verify', async () => {
    writeLayout(repo, { 'broken/kustomization.yaml': 'namespace: shop\nresources:\n  - ../base\n  - missing.yaml\n' });
    const alone = await verify({ paths: ['broken'], cwd: repo, connection: h.admin });
    expect(alone.findings.map((f) => [f.code, f.severity, f.file, f.region.start.line])).toEqual([['LP908', 'warning', 'broken/kustomization.yaml', 4], ['LP908', 'error', 'broken/kustomization.yaml', 4]]);
    expect(alone.findings[1]!.message).toContain('the objects kustomize renders from broken (kustomize could not render it: ');
    const noExec = await verify({ paths: ['broken'], cwd: repo, connection: h.admin, noExec: true });
    expect(noExec.findings.map((f) => f.severity)).toEqual(['warning', 'error']);
    // Next to a root that rendered and was verified: a warning, the rest of the run stands.
    const both = await verify({ paths: ['broken', 'overlay'], cwd: repo, connection: h.admin });
    expect(both.findings.map((f) => [f.code, f.severity, f.file])).toEqual([['LP905', 'warning', 'base/rbac.yaml'], ['LP901', 'error', 'base/rbac.yaml'], ['LP908', 'warning', 'broken/kustomization.yaml']]);
    expect(both.stats.execAccess.proven).toBe(1);
  });
});

/** The admin kubeconfig of a harness, with a namespace on its context (as `kubectl config set-context --current --namespace`). */
function withContextNamespace(h: Harness, namespace: string): string {
  const cfg = parse(readFileSync(h.adminKubeconfig, 'utf8')) as { contexts: { context: Record<string, string> }[] };
  cfg.contexts[0]!.context.namespace = namespace;
  const file = join(h.dir, `kubeconfig-ns-${namespace}`);
  writeFileSync(file, stringify(cfg));
  return file;
}

describe.skipIf(!canRun)('verify on manifests without a namespace', () => {
  // kubectl applies an object without metadata.namespace to the namespace of the kubeconfig's
  // context, else `default` (client-go clientcmd DirectClientConfig.Namespace). The cluster has
  // them in `team`, where `kubectl apply` put them with this kubeconfig.
  let h: Harness;
  let repo: string;
  let live: string;
  let kubeconfig: string;
  beforeAll(async () => {
    repo = writeLayout(tempDir('lp-nons-'), { 'app/app.yaml': BASE_APP, 'app/rbac.yaml': BASE_RBAC });
    live = tempDir('lp-nons-live-');
    const applied = [BASE_APP, BASE_RBAC].flatMap((t) => parseAllDocuments(t).map((d) => d.toJS() as { metadata: Record<string, string> }));
    for (const o of applied) o.metadata.namespace = 'team';
    writeFileSync(join(live, 'all.yaml'), applied.map((o) => stringify(o)).join('---\n'));
    h = await startHarness({ manifests: live, sandbox: true });
    kubeconfig = withContextNamespace(h, 'team');
  });
  afterAll(async () => {
    await h?.close();
    for (const d of [repo, live]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('plans every request in the context namespace (--dry-run)', async () => {
    const r = await verify({ paths: ['app'], cwd: repo, kubeconfig, dryRun: true });
    const plan = describePlan(r.plan).join('\n');
    expect(plan).toContain('ServiceAccount team/web: get pods/exec in namespace team (promised)');
    expect(plan).toContain('GET  /api/v1/namespaces/team/serviceaccounts/web');
    expect(plan).toContain('/api/v1/namespaces/team/pods/');
    expect(plan).not.toMatch(/namespace not set|namespaces\/default\//);
  });

  it('-n NS places them as kubectl apply -n NS does, over the context namespace', async () => {
    const r = await verify({ paths: ['app'], cwd: repo, kubeconfig, dryRun: true, namespace: 'argocd' });
    const plan = describePlan(r.plan).join('\n');
    expect(plan).toContain('GET  /api/v1/namespaces/argocd/serviceaccounts/web');
    expect(plan).not.toMatch(/namespaces\/team\//);
  });

  it('asks the cluster about the objects where kubectl applied them', async () => {
    const r = await verify({ paths: ['app'], cwd: repo, kubeconfig });
    const paths = h.server.requests.map((q) => `${q.method} ${q.path}`);
    expect(paths).toEqual(expect.arrayContaining([
      'GET /api/v1/namespaces/team/serviceaccounts/web',
      'GET /apis/rbac.authorization.k8s.io/v1/namespaces/team/roles/exec',
      'GET /apis/apps/v1/namespaces/team/deployments/web',
    ]));
    expect(paths.filter((p) => /namespaces\/default\/|namespace%20not%20set|\(namespace/.test(p))).toEqual([]);
    expect(r.stats.proofs).toMatchObject([{ identity: 'ServiceAccount team/web', namespace: 'team', outcome: 'exit 0' }]);
    expect(r.findings.map((f) => `${f.code} ${f.file}:${f.region.start.line} ${f.message}`)).toEqual([]);
  });
});

describe('verify on a Flux Kustomization that leaves objects without a namespace', () => {
  // kustomize-controller, unlike `kubectl apply`, does not default the namespace: a namespaced
  // object without one is rejected ("namespace not specified: the server could not find the
  // requested resource", fluxcd/flux2#4301) unless spec.targetNamespace or a kustomization
  // `namespace:` sets it. Those objects are not in the cluster under any namespace.
  const ks = (target: string) => `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: web
  namespace: flux-system
spec:
  interval: 10m
  path: ./apps/web
  prune: true
  sourceRef:
    kind: GitRepository
    name: flux-system
${target}`;
  const layout = (target: string) => writeLayout(tempDir('lp-flux-'), {
    'apps/web/app.yaml': BASE_APP,
    'apps/web/rbac.yaml': BASE_RBAC,
    'apps/web/kustomization.yaml': 'resources: [app.yaml, rbac.yaml]\n',
    'clusters/web.yaml': ks(target),
  });
  const repos: string[] = [];
  afterAll(() => repos.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it.skipIf(!kubectlAvailable())('targetNamespace: every request in it', async () => {
    const repo = layout('  targetNamespace: media\n');
    repos.push(repo);
    const r = await verify({ paths: ['.'], cwd: repo, kubeconfig: OFFLINE_KUBECONFIG, dryRun: true });
    const plan = describePlan(r.plan).join('\n');
    expect(plan).toContain('GET  /apis/apps/v1/namespaces/media/deployments/web');
    expect(plan).toContain('ServiceAccount media/web: get pods/exec in namespace media (promised)');
    expect(r.findings).toEqual([]);
  });

  it.skipIf(!kubectlAvailable())('none: not verified, never asked about in the kubeconfig namespace', async () => {
    const repo = layout('');
    repos.push(repo);
    const r = await verify({ paths: ['.'], cwd: repo, kubeconfig: OFFLINE_KUBECONFIG, dryRun: true });
    expect(describePlan(r.plan)).toEqual(['GET  /version']);
    expect(r.findings.map((f) => [f.code, f.file, f.region.start.line, f.message])).toEqual([
      ['LP908', 'apps/web/app.yaml', 3, expect.stringMatching(/^not verified: Deployment web: Kustomization flux-system\/web applies it without a namespace, which Flux refuses/)],
      ['LP908', 'apps/web/rbac.yaml', 3, expect.stringContaining('not verified: ServiceAccount web: ')],
      ['LP908', 'apps/web/rbac.yaml', 8, expect.stringContaining('not verified: Role exec: ')],
      ['LP908', 'apps/web/rbac.yaml', 17, expect.stringContaining('not verified: RoleBinding exec: ')],
    ]);
  });
});

describe('verify on custom resources whose kind is a built-in kind name', () => {
  // Crossplane's AWS provider has a cluster-scoped `Role` (iam.aws.upbound.io), Talos a
  // `ServiceAccount` (talos.dev, in onedr0p/home-ops): neither is the RBAC or core object verify
  // compares, so no drift GET is made for them (one would look for a namespaced copy).
  const repo = writeLayout(tempDir('lp-crd-kinds-'), {
    'iam/role.yaml': 'apiVersion: iam.aws.upbound.io/v1beta1\nkind: Role\nmetadata:\n  name: app\nspec:\n  forProvider:\n    assumeRolePolicy: "{}"\n',
    'talos/sa.yaml': 'apiVersion: talos.dev/v1alpha1\nkind: ServiceAccount\nmetadata:\n  name: backup\n  namespace: kube-system\nspec:\n  roles: ["os:etcd:backup"]\n',
    'rbac/sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: backup\n  namespace: kube-system\n',
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('compares only the Kubernetes kinds', async () => {
    const r = await verify({ paths: ['.'], cwd: repo, kubeconfig: OFFLINE_KUBECONFIG, dryRun: true });
    expect(describePlan(r.plan)).toEqual(['GET  /version', 'GET  /api/v1/namespaces/kube-system/serviceaccounts/backup   drift of ServiceAccount kube-system/backup']);
  });
});

describe('verify on a root that kustomize cannot render', () => {
  const repo = writeLayout(tempDir('lp-badroot-'), {
    'base/app.yaml': BASE_APP,
    'base/rbac.yaml': BASE_RBAC,
    'base/kustomization.yaml': 'resources: [app.yaml, rbac.yaml]\n',
    'broken/kustomization.yaml': 'namespace: shop\nresources:\n  - ../base\n  - missing.yaml\n',
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it.skipIf(!kubectlAvailable())('says so, at the entry kustomize names, and that it verified nothing', async () => {
    const r = await verify({ paths: ['broken'], cwd: repo, kubeconfig: OFFLINE_KUBECONFIG, dryRun: true });
    expect(r.findings.map((f) => [f.code, f.severity, f.file, f.region.start.line])).toEqual([['LP908', 'warning', 'broken/kustomization.yaml', 4]]);
    expect(r.findings[0]!.message).toMatch(/^not verified: the objects kustomize renders from broken: kustomize could not render it: .*missing\.yaml/);
  });

  it.skipIf(!kubectlAvailable())('verify --dry-run says so too, besides the requests it would send', async () => {
    let out = '';
    let err = '';
    const io: Io = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: repo, env: { PATH: process.env.PATH }, isTTY: false };
    expect(await main(['verify', 'broken', '--dry-run', '--kubeconfig', OFFLINE_KUBECONFIG], io)).toBe(0);
    expect(out).toBe('leastpriv verify --dry-run: 1 request(s), nothing sent\nGET  /version\n');
    expect(err).toMatch(/^broken\/kustomization\.yaml:4:5: warning: not verified: the objects kustomize renders from broken: kustomize could not render it: .* \(live-not-verified LP908\)\n$/);
  });
});
