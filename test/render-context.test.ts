/**
 * `--context` (the pre-commit form) on a kustomize tree: the run without the named files must not
 * see them through their root. A named file that a kustomization lists as a resource is rendered as
 * empty in that run (src/render/index.ts, RenderSettings.omit), so a finding in another file that
 * the named file causes is reported, as it is when the same files are audited as written. The tree:
 * the incident's manifests, one object per file, listed by one kustomization. Skipped, with the
 * reason, where kubectl is absent.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../src/engine/audit.ts';
import { main, type Io } from '../src/cli/main.ts';
import { plainKubectl } from './support/kubectl-path.ts';

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
if (!kubectl) console.warn('render-context.test: kubectl is not installed; --context on rendered trees is not tested');

describe.skipIf(!kubectl)('--context on a kustomize tree', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leastpriv-render-context-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // (renders are cached, and the cache is what is tested: not by the Cloud SDK's kubectl dispatcher)
  plainKubectl(mkdtempSync(join(tmpdir(), 'leastpriv-render-context-bin-')));
  const docs = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'incident', 'before.yaml'), 'utf8').split(/^---\n/m);
  const names = docs.map((_, i) => `doc${i}.yaml`);
  docs.forEach((d, i) => writeFileSync(join(dir, names[i]!), d));
  writeFileSync(join(dir, 'kustomization.yaml'), `resources:\n${names.map((n) => `  - ${n}\n`).join('')}`);

  const findings = (named: string, render: boolean) =>
    audit({ paths: ['.'], cwd: dir, reportOnly: new Set([named]), render })
      .findings.map((f) => `${f.file}:${f.region.start.line} ${f.rule}`)
      .sort();

  it('reports what a named resource file causes in other files, as when audited as written', () => {
    let elsewhere = 0;
    for (const n of names) {
      const rendered = findings(n, true);
      expect([n, ...rendered]).toEqual([n, ...findings(n, false)]);
      elsewhere += rendered.filter((f) => !f.startsWith(`${n}:`)).length;
    }
    // (the ClusterRole that grants exec: the DaemonSet it reaches and the redundant binding are
    // findings in other files, reported because of it)
    expect(findings('doc1.yaml', true).filter((f) => !f.startsWith('doc1.yaml:'))).toEqual(expect.arrayContaining([expect.stringMatching(/^doc2\.yaml:\d+ exec-into-node-access-workload$/)]));
    expect(elsewhere).toBeGreaterThan(0);
  });

  it('gives the same report from the cache (the run without the named file is stored by what it left out)', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'leastpriv-render-context-cache-'));
    try {
      const run = async (named: string, flags: string[]) => {
        let out = '';
        const io: Io = { stdout: (t) => void (out += t), stderr: () => {}, cwd: dir, env: {}, isTTY: false };
        const code = await main(['audit', '--context', '.', named, '--format', 'json', ...flags], io);
        return `${code}\n${out}`;
      };
      const ctimes = () => names.map((n) => `${n} ${statSync(join(dir, n)).ctimeMs}`);
      const before = ctimes();
      for (const named of ['doc1.yaml', 'doc5.yaml', 'doc1.yaml']) {
        const plain = await run(named, ['--no-cache']);
        expect(await run(named, ['--cache', '--cache-location', cache])).toBe(plain);
        expect(await run(named, ['--cache', '--cache-location', cache])).toBe(plain);
      }
      // Rendering the root without a file (from a copy of its folder) leaves the files as they were:
      // a hard link into the copy changed their ctime, so no run on the tree was ever stored (each
      // looked as if a file changed while it read it).
      expect(ctimes()).toEqual(before);
      // (both runs of each file named: with it, and without it)
      expect(readdirSync(cache).filter((f) => f.endsWith('.bin')).length).toBeGreaterThanOrEqual(4);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

/**
 * A named kustomization or Flux Kustomization, left out: the folder it made a root is no root (its
 * files are audited as written), and a base's kustomization another root includes renders nothing.
 * Before, both were rendered as written in the run without them, so nothing a kustomization-only
 * change caused was ever reported: `namespace: kube-system` moving an exec RoleBinding next to a
 * node-level DaemonSet passed the pre-commit hook (exit 0) while `audit .` failed on it.
 */
describe.skipIf(!kubectl)('--context naming a kustomization or a Flux Kustomization', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leastpriv-render-context-ks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (rel: string, text: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  put('app/rbac.yaml', `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ops\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: exec\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["get", "list"]\n- apiGroups: [""]\n  resources: ["pods/exec"]\n  verbs: ["get", "create"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: exec\nsubjects:\n- kind: ServiceAccount\n  name: ops\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: exec\n`);
  put('infra/ds.yaml', `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\n  namespace: kube-system\nspec:\n  selector:\n    matchLabels: {app: agent}\n  template:\n    metadata:\n      labels: {app: agent}\n    spec:\n      hostPID: true  # leastpriv-ignore host-pid-ipc -- node agent\n      containers:\n      - name: agent\n        image: agent\n        securityContext:\n          capabilities: {drop: [ALL]}\n`);
  const run = async (args: string[]) => {
    let out = '';
    const io: Io = { stdout: (t) => void (out += t), stderr: () => {}, cwd: dir, env: {}, isTTY: false };
    const code = await main(['audit', ...args, '--no-cache', '-f', 'json'], io);
    const findings = (JSON.parse(out).findings as { file: string; rule: string; involves?: string[]; suppressed: boolean }[]).filter((f) => !f.suppressed);
    return { code, findings: findings.map((f) => `${f.file} ${f.rule} ${f.involves?.join(',') ?? ''}`) };
  };
  const EXEC = 'app/rbac.yaml exec-into-node-access-workload';

  it('reports what a kustomization root causes (its namespace)', async () => {
    put('app/kustomization.yaml', 'namespace: kube-system\nresources:\n- rbac.yaml\n');
    expect((await run(['.'])).findings).toEqual([`${EXEC} `]);
    expect(await run(['--allow-empty', '--context', '.', 'app/kustomization.yaml'])).toEqual({ code: 1, findings: [`${EXEC} app/kustomization.yaml`] });
    // (naming the resource file still reports it as its own)
    expect((await run(['--context', '.', 'app/rbac.yaml'])).findings).toEqual([`${EXEC} `]);
    rmSync(join(dir, 'app/kustomization.yaml'));
  });

  it("reports what a base's kustomization causes through the overlay that includes it", async () => {
    put('app/kustomization.yaml', 'namespace: kube-system\nresources:\n- rbac.yaml\n');
    put('overlay/kustomization.yaml', 'resources:\n- ../app\n');
    expect((await run(['--allow-empty', '--context', '.', 'app/kustomization.yaml'])).findings).toEqual([`${EXEC} app/kustomization.yaml`]);
    rmSync(join(dir, 'app/kustomization.yaml'));
    rmSync(join(dir, 'overlay'), { recursive: true });
  });

  it('reports what a Flux Kustomization causes (its targetNamespace)', async () => {
    put('app/kustomization.yaml', 'resources:\n- rbac.yaml\n');
    put('ks.yaml', 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: app\n  namespace: flux-system\nspec:\n  interval: 1h\n  path: ./app\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  targetNamespace: kube-system\n');
    expect((await run(['.'])).findings).toEqual([`${EXEC} `]);
    expect(await run(['--allow-empty', '--context', '.', 'ks.yaml'])).toEqual({ code: 1, findings: [`${EXEC} ks.yaml`] });
    rmSync(join(dir, 'ks.yaml'));
    rmSync(join(dir, 'app/kustomization.yaml'));
  });
});

/**
 * A named patch file, left out: the root without that patch (the entry taken out of the
 * kustomization that lists it; kustomize refuses an empty patch file). It was rendered as written in
 * the run without it, so what a patch causes in other files was never reported: a patch adding
 * `hostPID` to a DaemonSet made an exec RoleBinding elsewhere an attack path, and the pre-commit
 * hook passed it (the DaemonSet's own finding suppressed where the patch writes it).
 */
describe.skipIf(!kubectl)('--context naming a patch file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leastpriv-render-context-patch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (rel: string, text: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  put('app/rbac.yaml', `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ops\n  namespace: kube-system\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: exec\n  namespace: kube-system\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["get", "list"]\n- apiGroups: [""]\n  resources: ["pods/exec"]\n  verbs: ["get", "create"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: exec\n  namespace: kube-system\nsubjects:\n- kind: ServiceAccount\n  name: ops\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: exec\n`);
  put('infra/ds.yaml', `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\n  namespace: kube-system\nspec:\n  selector:\n    matchLabels: {app: agent}\n  template:\n    metadata:\n      labels: {app: agent}\n    spec:\n      containers:\n      - name: agent\n        image: agent\n        securityContext:\n          capabilities: {drop: [ALL]}\n`);
  put('infra/hostpid.yaml', `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\n  namespace: kube-system\nspec:\n  template:\n    spec:\n      hostPID: true  # leastpriv-ignore host-pid-ipc -- node agent\n`);
  const run = async (args: string[]) => {
    let out = '';
    const io: Io = { stdout: (t) => void (out += t), stderr: () => {}, cwd: dir, env: {}, isTTY: false };
    const code = await main(['audit', ...args, '--no-cache', '-f', 'json'], io);
    const findings = (JSON.parse(out).findings as { file: string; rule: string; involves?: string[]; suppressed: boolean }[]).filter((f) => !f.suppressed);
    return { code, findings: findings.map((f) => `${f.file} ${f.rule} ${f.involves?.join(',') ?? ''}`) };
  };
  const EXEC = 'app/rbac.yaml exec-into-node-access-workload';

  for (const [field, entry] of [
    ['patches', '- path: hostpid.yaml'],
    ['patchesStrategicMerge', '- hostpid.yaml'],
  ] as const) {
    it(`reports what a patch listed in ${field} causes in other files`, async () => {
      put('infra/kustomization.yaml', `resources:\n- ds.yaml\n${field}:\n${entry}\n`);
      expect((await run(['.'])).findings).toEqual([`${EXEC} `]);
      expect(await run(['--allow-empty', '--context', '.', 'infra/hostpid.yaml'])).toEqual({ code: 1, findings: [`${EXEC} infra/hostpid.yaml`] });
      // (the DaemonSet's file, without the patch, causes nothing: the patch does)
      expect(await run(['--allow-empty', '--context', '.', 'app/rbac.yaml'])).toEqual({ code: 1, findings: [`${EXEC} `] });
    });
  }
});

/**
 * A root kustomize refuses, rendered from a copy of its folders (the run without a named file, an
 * `audit --fix` pass): kustomize names the copy's paths, which must read as the files on disk. They
 * read `(root)/mirror/overlay/missing.yaml`, so the root's render failure differed from the one of
 * the run with every file, and `--context` reported it as caused by any file of the root named.
 */
describe.skipIf(!kubectl)('a render failure in a root rendered from a copy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leastpriv-render-context-fail-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'base'));
  mkdirSync(join(dir, 'overlay'));
  const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx\n';
  writeFileSync(join(dir, 'base/deploy.yaml'), deploy);
  writeFileSync(join(dir, 'base/kustomization.yaml'), 'resources:\n- deploy.yaml\n');
  writeFileSync(join(dir, 'overlay/kustomization.yaml'), 'resources:\n- ../base\n- missing.yaml\n');
  const failures = (r: ReturnType<typeof audit>) => r.findings.filter((f) => f.rule === 'render-failed').map((f) => `${f.file} ${f.message} ${f.involves ?? ''}`);

  it('names the files on disk, as the render from disk does', () => {
    const plain = failures(audit({ paths: ['.'], cwd: dir }));
    expect(plain).toEqual([expect.stringContaining("lstat overlay/missing.yaml: no such file or directory")]);
    expect(failures(audit({ paths: ['.'], cwd: dir, overrides: new Map([['base/deploy.yaml', deploy]]) }))).toEqual(plain);
  });

  it('is not reported as caused by a file of the root named with --context', () => {
    expect(failures(audit({ paths: ['.'], cwd: dir, reportOnly: new Set(['base/deploy.yaml']) }))).toEqual([]);
  });
});

/**
 * stdin standing for a file of a kustomize root (`--context . - --stdin-name FILE`: an editor's
 * unsaved buffer, the staged text): the root must render with stdin's text. It rendered the file on
 * disk, so a buffer that took exec away from a Role still showed the exec finding (and one that
 * added it, none), and a kustomization in a buffer made no root at all (its files read as written).
 */
describe.skipIf(!kubectl)('--context with stdin standing for a file a root renders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leastpriv-render-context-stdin-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'app'));
  mkdirSync(join(dir, 'infra'));
  const rbac = (sub: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ops\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: exec\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["get"]\n- apiGroups: [""]\n  resources: ["${sub}"]\n  verbs: ["get", "create"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: exec\nsubjects:\n- kind: ServiceAccount\n  name: ops\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: exec\n`;
  writeFileSync(join(dir, 'infra/ds.yaml'), `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\n  namespace: kube-system\nspec:\n  selector:\n    matchLabels: {app: agent}\n  template:\n    metadata:\n      labels: {app: agent}\n    spec:\n      hostPID: true  # leastpriv-ignore host-pid-ipc -- node agent\n      containers:\n      - name: agent\n        image: agent\n        securityContext:\n          capabilities: {drop: [ALL]}\n`);
  const run = async (stdin: string, name: string) => {
    let out = '';
    const io: Io = { stdout: (t) => void (out += t), stderr: () => {}, cwd: dir, env: {}, isTTY: false, readStdin: () => new TextEncoder().encode(stdin) };
    const code = await main(['audit', '--allow-empty', '--context', '.', '-', '--stdin-name', name, '--no-cache', '-f', 'json'], io);
    const findings = (JSON.parse(out).findings as { file: string; rule: string; suppressed: boolean }[]).filter((f) => !f.suppressed);
    return { code, findings: findings.map((f) => `${f.file} ${f.rule}`) };
  };
  const EXEC = 'app/rbac.yaml exec-into-node-access-workload';

  it("renders a resource file with stdin's text", async () => {
    writeFileSync(join(dir, 'app/kustomization.yaml'), 'namespace: kube-system\nresources:\n- rbac.yaml\n');
    writeFileSync(join(dir, 'app/rbac.yaml'), rbac('pods/exec'));
    expect(await run(rbac('pods/exec'), 'app/rbac.yaml')).toEqual({ code: 1, findings: [EXEC] });
    expect(await run(rbac('pods/log'), 'app/rbac.yaml')).toEqual({ code: 0, findings: [] });
    writeFileSync(join(dir, 'app/rbac.yaml'), rbac('pods/log'));
    expect(await run(rbac('pods/exec'), 'app/rbac.yaml')).toEqual({ code: 1, findings: [EXEC] });
  });

  it("renders a root with the kustomization stdin holds", async () => {
    writeFileSync(join(dir, 'app/kustomization.yaml'), 'namespace: sandbox\nresources:\n- rbac.yaml\n');
    writeFileSync(join(dir, 'app/rbac.yaml'), rbac('pods/exec'));
    expect(await run('namespace: kube-system\nresources:\n- rbac.yaml\n', 'app/kustomization.yaml')).toEqual({ code: 1, findings: [EXEC] });
    expect(await run('namespace: sandbox\nresources:\n- rbac.yaml\n', 'app/kustomization.yaml')).toEqual({ code: 0, findings: [] });
  });
});
