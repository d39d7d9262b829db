/**
 * Bundles of rendered roots (src/engine/bundles.ts): which roots are applied to one cluster, so the
 * cross-object rules never join objects of two alternatives (fixtures/kustomize/bundles has the
 * end-to-end case).
 */
import { describe, expect, it } from 'vitest';
import { bundlesOf, type RootLink } from '../src/engine/bundles.ts';
import { newSource, parseSource } from '../src/input/parse.ts';
import { DEFAULT_LIMITS, type K8sObject } from '../src/input/types.ts';

const fluxKs = (name: string) => `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: { name: ${name}, namespace: flux-system }\nspec: { path: ./x, sourceRef: { kind: GitRepository, name: flux-system } }\n`;
const objects = (path: string, text: string): K8sObject[] => parseSource(newSource(path, text), DEFAULT_LIMITS).objects;
const kustomization = (dir: string): K8sObject => objects(`${dir}/kustomization.yaml`, 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n')[0]!;

describe('bundles of rendered roots', () => {
  it('kustomize roots (overlays of one base) are each a bundle of their own', () => {
    const roots: RootLink[] = [
      { name: 'overlays/dev', at: kustomization('overlays/dev'), flux: [] },
      { name: 'overlays/prod', at: kustomization('overlays/prod'), flux: [] },
    ];
    expect([...bundlesOf(roots)]).toEqual([
      ['overlays/dev', 'overlays/dev'],
      ['overlays/prod', 'overlays/prod'],
    ]);
  });

  it('a Flux Kustomization and those it renders, however deep, are one bundle; another cluster is another', () => {
    const [sync] = objects('clusters/prod/flux-system/gotk-sync.yaml', fluxKs('flux-system'));
    const [apps, infra] = objects('clusters/prod/apps.yaml', `${fluxKs('apps')}---\n${fluxKs('infra')}`);
    const [app] = objects('apps/web/ks.yaml', fluxKs('web'));
    const [stagingSync] = objects('clusters/staging/flux-system/gotk-sync.yaml', fluxKs('flux-system'));
    const [stagingApps] = objects('clusters/staging/apps.yaml', fluxKs('apps'));
    const roots: RootLink[] = [
      // the objects a root renders are objects of their origin documents (src/render): the same file and document
      { name: 'prod flux-system', at: sync!, flux: [sync!, apps!, infra!] },
      { name: 'prod apps', at: apps!, flux: [app!] },
      { name: 'prod infra', at: infra!, flux: [] },
      { name: 'web', at: app!, flux: [] },
      { name: 'staging flux-system', at: stagingSync!, flux: [stagingSync!] },
      { name: 'staging apps', at: stagingApps!, flux: [] },
    ];
    const b = bundlesOf(roots);
    expect(new Set(['prod flux-system', 'prod apps', 'prod infra', 'web'].map((n) => b.get(n))).size).toBe(1);
    expect(b.get('staging flux-system')).not.toBe(b.get('prod apps'));
    // staging's apps.yaml is not rendered by its flux-system here, and is alone in its folder
    expect(b.get('staging apps')).not.toBe(b.get('staging flux-system'));
    expect(b.get('staging apps')).not.toBe(b.get('prod apps'));
  });

  it('Flux Kustomizations that no root renders are grouped by the folder they are written in (a cluster folder)', () => {
    const [a] = objects('clusters/staging/apps.yaml', fluxKs('apps'));
    const [i] = objects('clusters/staging/infra.yaml', fluxKs('infra'));
    const [p] = objects('clusters/production/apps.yaml', fluxKs('apps'));
    const b = bundlesOf([
      { name: 'staging apps', at: a!, flux: [] },
      { name: 'staging infra', at: i!, flux: [] },
      { name: 'production apps', at: p!, flux: [] },
    ]);
    expect(b.get('staging apps')).toBe(b.get('staging infra'));
    expect(b.get('production apps')).not.toBe(b.get('staging apps'));
  });
});
