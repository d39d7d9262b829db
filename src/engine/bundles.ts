/**
 * Which objects are applied to one cluster together, for the cross-object rules: a Role of one
 * overlay and a binding of another (overlays/dev, overlays/prod), or a workload of Flux's
 * clusters/staging and a binding of clusters/production, never meet in a cluster, and a finding
 * that joins them cannot happen.
 *
 * A bundle is a set of rendered roots (src/render) applied together:
 * - a kustomization that no other includes is a bundle of its own: overlays of one base are
 *   alternatives (kustomize builds each for its own target);
 * - a Flux Kustomization applies the Flux Kustomizations it renders (kustomize-controller creates
 *   them in the same cluster, which reconciles them in turn), so a root and the roots whose Flux
 *   Kustomization it renders are one bundle, however deep;
 * - Flux Kustomizations that no root renders and that are written in one folder are one bundle: a
 *   cluster's folder (`clusters/production/`) is what `flux bootstrap` syncs, every file in it
 *   together (fluxcd/flux2 docs, "Ways of structuring your repositories").
 * A Flux Kustomization that two bundles render (one file listed by two clusters' folders) is one
 * root, so it joins them: the render stage renders it once.
 *
 * Files that no rendered root includes keep their whole-run analysis: every object of the run is
 * their context, as when nothing is rendered. A bundle sees its own objects and those of such
 * files, never another bundle's: a plain file is applied by hand or by a tool leastpriv does not
 * read, next to whichever bundle (rook's deploy/examples: a kustomization for the operator, and
 * example workloads, a second cluster's RBAC, applied into the same cluster by hand), while two
 * bundles are alternatives.
 */
import { dirname } from 'node:path';
import type { K8sObject } from '../input/types.ts';
import { buildModel, type Model } from '../model/model.ts';
import { isBinding } from '../rbac/objects.ts';

/** A rendered root as the bundles need it: its name, where it is written, the Flux Kustomizations it renders. */
export interface RootLink {
  name: string;
  at: K8sObject;
  flux: K8sObject[];
}

const FLUX_KUSTOMIZE = 'kustomize.toolkit.fluxcd.io/';
export const isFluxKustomizationObject = (o: K8sObject): boolean => o.kind === 'Kustomization' && o.apiVersion.startsWith(FLUX_KUSTOMIZE);

/** The document an object is written in (a rendered object's origin document, as src/render maps it). */
const originKey = (o: K8sObject): string => `${o.file.path}\0${o.documentIndex}\0${o.rootPath.join('.')}`;

/** For each root's name, the name of its bundle (one of its roots). */
export function bundlesOf(roots: readonly RootLink[]): Map<string, string> {
  const parent = new Map<string, string>(roots.map((r) => [r.name, r.name]));
  const find = (n: string): string => {
    let p = parent.get(n) ?? n;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p)!;
    parent.set(n, p);
    return p;
  };
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent.set(y < x ? x : y, y < x ? y : x);
  };
  const byAt = new Map<string, string>();
  for (const r of roots) if (isFluxKustomizationObject(r.at)) byAt.set(originKey(r.at), r.name);
  const rendered = new Set<string>();
  for (const r of roots) {
    for (const f of r.flux) {
      const child = byAt.get(originKey(f));
      if (child === undefined || child === r.name) continue;
      rendered.add(child);
      union(r.name, child);
    }
  }
  const byFolder = new Map<string, string>();
  for (const r of roots) {
    if (!isFluxKustomizationObject(r.at) || rendered.has(r.name)) continue;
    const folder = dirname(r.at.file.path);
    const first = byFolder.get(folder);
    if (first === undefined) byFolder.set(folder, r.name);
    else union(first, r.name);
  }
  return new Map(roots.map((r) => [r.name, find(r.name)]));
}

/** The scope of the files no rendered root includes. */
export const LOOSE = '';

export interface Scopes {
  /** Each scope's model, the loose files' first (the whole run's model). */
  models: Map<string, Model>;
  scopeOf(o: K8sObject): string;
  /** Are two objects applied to one cluster: of one bundle, or one of them in no bundle. */
  together(a: K8sObject, b: K8sObject): boolean;
}

/**
 * The scopes of the model's objects, or undefined when there is only one (nothing rendered, or one
 * bundle and no other file): then the whole run is one scope, as it always was.
 */
export function scopesOf(kept: readonly K8sObject[], roots: readonly RootLink[], whole: Model): Scopes | undefined {
  const scopeOf = scopeOfIn(roots);
  const members = new Map<string, K8sObject[]>();
  for (const o of kept) {
    const s = scopeOf(o);
    const l = members.get(s);
    if (l) l.push(o);
    else members.set(s, [o]);
  }
  if (members.size <= 1) return undefined;
  const loose = members.get(LOOSE) ?? [];
  const models = new Map<string, Model>();
  if (loose.length) models.set(LOOSE, whole);
  // (the bundle's own objects first: a binding takes its own bundle's role of a name before a plain file's)
  for (const [s, objs] of members) if (s !== LOOSE) models.set(s, buildModel(loose.length ? [...objs, ...loose] : objs));
  return { models, scopeOf, together: togetherIn(scopeOf) };
}

/** An object's scope: its root's bundle, or LOOSE for an object of a file no root includes. */
export function scopeOfIn(roots: readonly RootLink[]): (o: K8sObject) => string {
  const bundle = bundlesOf(roots);
  return (o) => (o.render ? (bundle.get(o.render.root) ?? o.render.root) : LOOSE);
}

/** Two objects applied to one cluster: of one bundle, or one of them in no bundle. */
export function togetherIn(scopeOf: (o: K8sObject) => string): (a: K8sObject, b: K8sObject) => boolean {
  return (a, b) => {
    const [x, y] = [scopeOf(a), scopeOf(b)];
    return x === LOOSE || y === LOOSE || x === y;
  };
}

/**
 * For the commands that answer from one RBAC graph (can-i, who-can): the bundles among `objects`
 * that hold RBAC bindings, each named by its roots, when there are several (their answers then
 * combine alternatives that no cluster holds together).
 */
export function separateBundles(objects: readonly K8sObject[], roots: readonly RootLink[]): string[][] {
  const bundle = bundlesOf(roots);
  const withBindings = new Set<string>();
  for (const o of objects) if (o.render && isBinding(o)) withBindings.add(bundle.get(o.render.root) ?? o.render.root);
  if (withBindings.size < 2) return [];
  const names = new Map<string, string[]>();
  for (const [root, b] of bundle) if (withBindings.has(b)) names.set(b, [...(names.get(b) ?? []), root]);
  return [...names.values()].map((n) => n.sort());
}

/** The warning of the commands that answer from one graph over several bundles (separateBundles). */
export function bundlesWarning(bundles: readonly string[][], what: string): string {
  const shown = bundles.slice(0, 4).map((b) => (b.length > 1 ? `${b[0]} (+${b.length - 1} more root${b.length > 2 ? 's' : ''})` : b[0]));
  return `warning: these manifests hold ${bundles.length} bundles applied separately (${shown.join(', ')}${bundles.length > 4 ? ', …' : ''}): ${what}\n`;
}
