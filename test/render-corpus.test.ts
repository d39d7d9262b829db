/**
 * The render stage on real repositories of the shared corpus (`../shared/corpus`): argo-cd's HA
 * overlays (bases, strategic-merge patch files that re-declare Deployments) and a Flux app tree of
 * onedr0p/home-ops (Flux Kustomizations with targetNamespace, per-app kustomizations). Checked:
 * no finding in a patch file that is not about a value the patch sets; no `default/` for an object
 * whose namespace nobody set; a Role is reported "not bound" only where no binding of its root (or
 * file) references it. Skipped, with the reason, when the corpus or kubectl is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit, loadObjects, type FullAuditResult } from '../src/engine/audit.ts';
import { defaults } from '../src/config/load.ts';
import type { K8sObject } from '../src/input/types.ts';

// (LEASTPRIV_CORPUS: the corpus's real/ folder elsewhere, e.g. from a git worktree)
const CORPUS = process.env.LEASTPRIV_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'real');
const present = existsSync(CORPUS);
const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
if (!present) console.warn(`render-corpus.test: ${CORPUS} is absent; skipped`);
else if (!kubectl) console.warn('render-corpus.test: kubectl is not installed; skipped');

const PATHS = ['argo-cd/manifests/ha', 'onedr0p-home-ops/kubernetes/apps/o11y'];

describe.skipIf(!present || !kubectl)('rendered corpus (argo-cd HA overlays, a Flux app tree)', () => {
  let result: FullAuditResult;
  let objects: K8sObject[];
  beforeAll(() => {
    result = audit({ paths: PATHS, cwd: CORPUS });
    objects = loadObjects({ paths: PATHS, cwd: CORPUS }, defaults()).objects;
  }, 600_000);

  it('renders the roots (no internal error; failures are LP020 with kustomize\'s message)', () => {
    expect(result.findings.filter((f) => f.code === 'LP004')).toEqual([]);
    expect(objects.filter((o) => o.render).length).toBeGreaterThan(100);
    expect(new Set(objects.filter((o) => o.render).map((o) => o.render!.root)).size).toBeGreaterThan(5);
    for (const f of result.findings.filter((x) => x.code === 'LP020')) expect(f.message).toMatch(/could not render .+: \S/);
  });

  it('a patch file gets no finding about a value it does not set (argo-cd ha/base/overlays re-declares Deployments)', () => {
    const patchFiles = result.findings.filter((f) => f.file.includes('ha/base/overlays/') || f.file.includes('ha/base/controller-deployment/argocd-repo-server'));
    // the base drops ALL capabilities; the patches only change replicas, args and affinity
    expect(patchFiles.map((f) => `${f.file}:${f.region.start.line} ${f.rule}`)).toEqual([]);
  });

  it('no `default/` for an object whose namespace nobody set', () => {
    const bad = result.findings.filter((f) => !f.object?.namespace && /\bdefault\//.test(f.message));
    expect(bad.map((f) => `${f.file}:${f.region.start.line} ${f.message.slice(0, 120)}`)).toEqual([]);
    // Flux targetNamespace reaches the objects of the app (onedr0p o11y apps)
    expect(objects.some((o) => o.render?.root.startsWith('Kustomization ') && o.namespace === 'o11y')).toBe(true);
  });

  it('"not bound" only where no binding of that root (or file) references the role', () => {
    const scopeOf = (o: K8sObject) => (o.render ? `root:${o.render.root}` : `file:${o.file.path}`);
    const refs = new Set<string>();
    for (const o of objects) {
      if (o.kind !== 'RoleBinding' && o.kind !== 'ClusterRoleBinding') continue;
      const ref = o.value.roleRef as { kind?: string; name?: string } | undefined;
      if (ref?.name) refs.add(`${scopeOf(o)}|${ref.kind}|${ref.kind === 'Role' ? (o.namespace ?? '') : ''}|${ref.name}`);
    }
    const notBound = result.findings.filter((f) => /not bound in these manifests/.test(f.message) && f.object);
    for (const f of notBound) {
      const role = objects.find(
        (o) => o.kind === f.object!.kind && o.name === f.object!.name && (o.namespace ?? '') === (f.object!.namespace ?? '') && (o.render ? f.file !== '' : o.file.path === f.file),
      );
      expect(role, `${f.file}: ${f.message.slice(0, 100)}`).toBeDefined();
      const roots = f.data?.roots ? f.data.roots.split(', ').map((r) => `root:${r}`) : [scopeOf(role!)];
      for (const scope of roots) expect(refs.has(`${scope}|${role!.kind}|${role!.kind === 'Role' ? (role!.namespace ?? '') : ''}|${role!.name}`), `${scope} binds ${role!.name}`).toBe(false);
    }
    // the bundles (install.yaml, namespace-install.yaml, ...) each bind their own Roles: not "not bound"
    expect(notBound.filter((f) => /ha\/(namespace-)?install(-with-hydrator)?\.yaml$/.test(f.file)).map((f) => `${f.file}: ${f.message.slice(0, 80)}`)).toEqual([]);
  });

  it('the audited bundle files stay audited as written (not members of any root)', () => {
    expect(readFileSync(join(CORPUS, 'argo-cd/manifests/ha/install.yaml'), 'utf8').length).toBeGreaterThan(0);
    expect(result.findings.some((f) => f.file === 'argo-cd/manifests/ha/install.yaml')).toBe(true);
  });
});
