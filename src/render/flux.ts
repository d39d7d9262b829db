/**
 * Flux `Kustomization` objects (kustomize.toolkit.fluxcd.io) as render roots. Flux builds
 * `spec.path` of its source with kustomize; when the folder has no kustomization file it generates
 * one listing every `.yaml`/`.yml` manifest below it, and every sub-folder that has a kustomization
 * file as a resource without descending into it (fluxcd/pkg kustomize generator, scanManifests).
 * It then applies `targetNamespace`, `namePrefix`/`nameSuffix`, `patches`, `images` and
 * `components`, and builds with load restrictions off (`LoadRestrictionsNone`).
 *
 * Only Kustomizations whose source is the repository being audited are rendered: a `GitRepository`
 * named `flux-system` (the one `flux bootstrap` creates for the repository itself), or one whose URL
 * is a remote of the repository's git config. `postBuild` variable substitution is applied from
 * `substitute` (substitute.ts). Not modelled, and said so per root (LP022): the values of
 * `postBuild.substituteFrom`, `decryption` (SOPS), the v1beta2 `patchesStrategicMerge`/
 * `patchesJson6902` fields, and sources other than the repository.
 */
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { readRegularText } from './read.ts';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { K8sObject } from '../input/types.ts';
import { kustomizationFileIn, levelFrom, pseudoObject, type Level } from './kustomization.ts';
import { isRecord } from '../model/workloads.ts';
import { variablesOf, type Variables } from './substitute.ts';

export const FLUX_KUSTOMIZE_GROUP = 'kustomize.toolkit.fluxcd.io';

export function isFluxKustomization(o: K8sObject): boolean {
  return o.kind === 'Kustomization' && o.apiVersion.startsWith(`${FLUX_KUSTOMIZE_GROUP}/`);
}

export interface FluxRoot {
  object: K8sObject;
  /** Absolute folder spec.path names. */
  dir: string;
  /** The Flux Kustomization as a kustomization level (its spec). */
  level: Level;
  /** What is not modelled for this root, and the field that asks for it. */
  notes: { text: string; path: (string | number)[] }[];
  /** For a folder without a kustomization file: the manifests and sub-kustomizations Flux would list. */
  generated?: string[];
  /** The top of the repository's checkout (its `.git` folder's), when found. */
  gitTop?: string;
  /** The variables of spec.postBuild, when it substitutes (substitute.ts). */
  vars?: Variables;
}

function gitRoot(from: string): string | undefined {
  for (let d = from; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

function gitRemotes(root: string): string[] {
  try {
    const cfg = readRegularText(join(root, '.git', 'config')) ?? '';
    const urls: string[] = [];
    for (const line of cfg.split('\n')) {
      const t = line.trim();
      const eq = t.indexOf('=');
      if (eq > 0 && t.slice(0, eq).trim() === 'url') urls.push(t.slice(eq + 1).trim());
    }
    return urls;
  } catch {
    return [];
  }
}

/** `https://github.com/a/b.git`, `ssh://git@github.com/a/b`, `git@github.com:a/b` → `github.com/a/b`. */
const normalUrl = (u: string) =>
  u
    .replace(/^[a-z+]+:\/\//i, '')
    .replace(/^[^@/]+@/, '')
    .replace(/:(?!\d)/, '/')
    .replace(/\.git\/?$/, '')
    .replace(/\/$/, '')
    .toLowerCase();

/**
 * spec.path is relative to the repository root: the git root when the path exists there, else the
 * deepest folder above the file where it exists (a repository exported without .git, or kept inside
 * another repository).
 */
function resolveSpecPath(fileAbs: string, specPath: string): string | undefined {
  const isDir = (p: string) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  const git = gitRoot(dirname(fileAbs));
  if (git && isDir(resolve(git, specPath))) return resolve(git, specPath);
  for (let d = dirname(fileAbs); ; d = dirname(d)) {
    if (isDir(resolve(d, specPath))) return resolve(d, specPath);
    if (dirname(d) === d) return undefined;
  }
}

/**
 * source-controller builds a GitRepository's artifact from the files of its checkout and leaves out
 * everything that is neither a regular file nor a folder: symbolic links, to files and to folders
 * alike (fluxcd/source-controller internal/storage/storage.go, Storage.Archive: the walk returns
 * early for any other mode). kustomize-controller builds from that artifact, so a link is missing
 * there: a Flux Kustomization's `path` through one names no folder, a kustomization entry that
 * names one fails the build, and the folder Flux lists for a path without a kustomization has none.
 */
export const FLUX_DROPS_LINKS = 'source-controller leaves symbolic links out of the artifact Flux builds from';

/** The symbolic links on the way from `top` down to `abs` (`abs` included), when it is below `top`. */
export function linksOnTheWay(top: string, abs: string): string[] {
  const rel = relative(top, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return [];
  const out: string[] = [];
  let d = top;
  for (const seg of rel.split(sep)) {
    d = join(d, seg);
    try {
      if (lstatSync(d).isSymbolicLink()) out.push(d);
    } catch {
      break;
    }
  }
  return out;
}

/**
 * Files source-controller leaves out of every GitRepository artifact (fluxcd/pkg sourceignore:
 * ExcludeVCS, ExcludeCI, ExcludeExtra; names without a slash match at any depth, as in .gitignore):
 * Flux never sees them.
 */
const SOURCE_IGNORED_FILES = new Set(['.travis.yml', '.gitlab-ci.yml', 'appveyor.yml', '.drone.yml', 'cloudbuild.yaml', 'codeship-services.yml', 'codeship-steps.yml', '.goreleaser.yml', '.goreleaser.brew.yml', '.sops.yaml', '.flux.yaml', '.golangci.yaml']);
const SOURCE_IGNORED_DIRS = new Set(['.git', '.github', '.circleci']);

/**
 * What Flux lists in the kustomization it generates for a folder without one: every `.yaml`/`.yml`
 * file below it, and every sub-folder with a kustomization file (not descended into). Flux decodes
 * each file as it lists it and fails the whole Kustomization on one that holds no object ("failed to
 * decode Kubernetes YAML from …: missing Resource metadata", fluxcd/pkg kustomize generator
 * scanManifests): so every file is listed, and kustomize refuses such a file as Flux does (LP020).
 * `lenient`: where the repository says which files its artifact leaves out (a `.sourceignore`, the
 * GitRepository's `spec.ignore`), which leastpriv does not read, only the files that look like
 * manifests (a `kind:` and an `apiVersion:` line), rather than a failure Flux may not have.
 */
export function fluxGeneratedResources(dir: string, lenient = true, links: string[] = []): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      // (a symbolic link is not in the artifact: FLUX_DROPS_LINKS)
      if (e.isSymbolicLink()) {
        if (!SOURCE_IGNORED_DIRS.has(e.name) && !SOURCE_IGNORED_FILES.has(e.name)) links.push(p);
        continue;
      }
      if (e.isDirectory()) {
        if (SOURCE_IGNORED_DIRS.has(e.name)) continue;
        if (kustomizationFileIn(p)) out.push(p);
        else walk(p);
      } else if (e.isFile() && (extname(e.name) === '.yaml' || extname(e.name) === '.yml') && !SOURCE_IGNORED_FILES.has(e.name)) {
        if (!lenient) {
          out.push(p);
          continue;
        }
        const text = readRegularText(p);
        if (text === undefined) continue;
        // [ \t]* rather than \s*: \s also matches line breaks, which makes the scan quadratic
        if (/^[ \t]*kind[ \t]*:/m.test(text) && /^[ \t]*apiVersion[ \t]*:/m.test(text)) out.push(p);
      }
    }
  };
  walk(dir);
  return out;
}

/** Does a `.sourceignore` apply to `dir` (one in it or below it, or in a folder above it up to the git root `top`, else any)? */
function sourceIgnoreAround(dir: string, top: string | undefined): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.sourceignore'))) return true;
    if (d === top || dirname(d) === d) break;
  }
  const below = (d: string, depth: number): boolean => {
    if (depth > 64) return false;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return false;
    }
    return entries.some((e) => (e.isFile() && e.name === '.sourceignore') || (e.isDirectory() && !SOURCE_IGNORED_DIRS.has(e.name) && below(join(d, e.name), depth + 1)));
  };
  return below(dir, 0);
}

/**
 * Flux roots among these objects (`sources`: GitRepository objects found, by namespace/name);
 * `absOf` turns an object's file into an absolute path.
 */
export function fluxRoots(objects: K8sObject[], gitRepos: K8sObject[], absOf: (o: K8sObject) => string): { roots: FluxRoot[]; skipped: { object: K8sObject; reason: string; path: string[] }[] } {
  const roots: FluxRoot[] = [];
  // (each with the field that says why: where its LP022 note lands)
  const skipped: { object: K8sObject; reason: string; path: string[] }[] = [];
  for (const o of objects) {
    if (!isFluxKustomization(o)) continue;
    const spec = isRecord(o.value.spec) ? o.value.spec : {};
    const ref = isRecord(spec.sourceRef) ? spec.sourceRef : {};
    const fileAbs = absOf(o);
    if (ref.kind !== 'GitRepository') {
      skipped.push({ object: o, reason: `its source is a ${String(ref.kind ?? 'source')} (${String(ref.name ?? '?')}), not this repository: not rendered`, path: ['spec', 'sourceRef'] });
      continue;
    }
    // (sourceRef.namespace defaults to the Kustomization's own: the same name may be another
    // repository in another namespace, a tenant's)
    const ns = typeof ref.namespace === 'string' ? ref.namespace : o.namespace;
    const named = gitRepos.filter((g) => g.name === ref.name);
    const repo = named.find((g) => g.namespace === ns) ?? named.find((g) => g.namespace === undefined) ?? (named.length === 1 ? named[0] : undefined);
    const url = repo && isRecord(repo.value.spec) ? String(repo.value.spec.url ?? '') : '';
    const git = gitRoot(dirname(fileAbs));
    const self = ref.name === 'flux-system' || (url !== '' && git !== undefined && gitRemotes(git).some((r) => normalUrl(r) === normalUrl(url)));
    if (!self) {
      skipped.push({ object: o, reason: `its source GitRepository ${String(ref.name)} is not this repository: not rendered`, path: ['spec', 'sourceRef'] });
      continue;
    }
    const specPath = typeof spec.path === 'string' ? spec.path : './';
    const dir = resolveSpecPath(fileAbs, specPath);
    const through = dir && git ? linksOnTheWay(git, dir) : [];
    if (dir && through.length) {
      skipped.push({ object: o, reason: `spec.path ${specPath} goes through the symbolic link ${relative(git!, through[0]!)}, and ${FLUX_DROPS_LINKS}: Flux finds no such folder and applies nothing (not rendered)`, path: ['spec', 'path'] });
      continue;
    }
    if (!dir) {
      skipped.push({ object: o, reason: `spec.path ${specPath} is not a folder of this repository: not rendered`, path: typeof spec.path === 'string' ? ['spec', 'path'] : ['spec'] });
      continue;
    }
    const anchor = pseudoObject(o.file, o.documentIndex, o.docRange, [...o.rootPath, 'spec']);
    const level = levelFrom(dir, o.file, anchor, spec, 'targetNamespace');
    // spec.components are relative to spec.path; spec.patches are inline only
    level.children = level.children.filter((c) => c.field === 'components');
    level.resourceFiles = [];
    const notes: FluxRoot['notes'] = [];
    // (post-build substitution, substitute.ts: the inline values are applied; those of
    // substituteFrom are in the cluster)
    const vars = variablesOf(spec.postBuild);
    if (vars && !vars.complete)
      notes.push({ text: 'postBuild.substituteFrom is not read (its ConfigMaps and Secrets are in the cluster): `${VAR}` expressions only it defines are audited as written; spec.postBuild.substitute is applied', path: ['spec', 'postBuild', 'substituteFrom'] });
    // kustomize.toolkit.fluxcd.io/v1beta2 had spec.patchesStrategicMerge (objects) and
    // spec.patchesJson6902 (targets with ops as objects); the v1 API of Flux 2.0 has neither, only
    // spec.patches (fluxcd/kustomize-controller api/v1beta2 vs api/v1 KustomizationSpec). Whether a
    // cluster applies them depends on its Flux version: not modelled, and said so.
    for (const k of ['patchesStrategicMerge', 'patchesJson6902'])
      if (Array.isArray(spec[k]) && spec[k].length)
        notes.push({ text: `spec.${k} (Flux's v1beta2 API; Flux 2.0's v1 has only spec.patches) is not applied: the objects are audited without these patches, which older Flux versions applied`, path: ['spec', k] });
    if (isRecord(spec.decryption)) notes.push({ text: 'decryption (SOPS) is not applied: encrypted Secrets are audited as written', path: ['spec', 'decryption'] });
    const root: FluxRoot = { object: o, dir, level, notes, ...(vars ? { vars } : {}), ...(git ? { gitTop: git } : {}) };
    if (!kustomizationFileIn(dir)) {
      const ignores = (repo && isRecord(repo.value.spec) && repo.value.spec.ignore !== undefined) || sourceIgnoreAround(dir, git);
      const links: string[] = [];
      root.generated = fluxGeneratedResources(dir, ignores, links);
      if (links.length) notes.push({ text: `${FLUX_DROPS_LINKS}, so Flux does not apply what these links lead to: ${links.map((l) => relative(dir, l).split(sep).join('/')).join(', ')} (left out here too)`, path: typeof spec.path === 'string' ? ['spec', 'path'] : ['spec'] });
    }
    roots.push(root);
  }
  return { roots, skipped };
}

/**
 * The folder's kustomization as Flux builds it, when that differs from building it under a wrapper
 * that sets the Flux fields (render/index.ts fluxJob). Flux writes its fields into the folder's own
 * kustomization file, one level (fluxcd/pkg kustomize generator, WriteFile): `targetNamespace` as its
 * `namespace`, `namePrefix`/`nameSuffix` replacing its own, `patches` and `components` appended to
 * its own, `images` replacing the entry of the same name, else appended. In one kustomization
 * kustomize runs components first, then patches (patchesStrategicMerge, patches) before namespace,
 * namePrefix/nameSuffix, labels, annotations, patchesJson6902, replicas, images and replacements
 * (kustomize api/internal/target/kusttarget_configplugin.go, configureBuiltinTransformers; components:
 * kusttarget.go, accumulateComponents before runTransformers). A wrapper would run the Flux fields
 * after all of the folder's: a Flux patch would see the folder's prefixed names and its labels (a
 * `labelSelector` for a label the folder's `labels:` adds matches nothing under Flux), a Flux
 * component's objects would miss the folder's namespace and prefix. Undefined when no field of the
 * folder's kustomization can tell the two apart (the wrapper is then what Flux builds).
 */
export function fluxMergedKustomization(inner: Record<string, unknown>, spec: Record<string, unknown>): Record<string, unknown> | undefined {
  const has = (k: string) => inner[k] !== undefined && inner[k] !== null && !(Array.isArray(inner[k]) && inner[k].length === 0) && inner[k] !== '';
  const sets = (k: string) => spec[k] !== undefined && spec[k] !== null && !(Array.isArray(spec[k]) && spec[k].length === 0) && spec[k] !== '';
  // (what runs after each Flux field in the folder's level, and so sees or overrides it)
  const transformers = ['patches', 'patchesStrategicMerge', 'patchesJson6902', 'namespace', 'namePrefix', 'nameSuffix', 'commonLabels', 'labels', 'commonAnnotations', 'images', 'replicas', 'replacements', 'vars', 'transformers'];
  const afterPatches = transformers.filter((k) => !['patches', 'patchesStrategicMerge'].includes(k));
  const differs =
    (sets('components') && transformers.some(has)) ||
    (sets('patches') && afterPatches.some(has)) ||
    ((sets('namePrefix') || sets('nameSuffix')) && ['namePrefix', 'nameSuffix', 'replacements', 'vars', 'transformers'].some(has)) ||
    (typeof spec.targetNamespace === 'string' && ['replacements', 'vars', 'transformers'].some(has)) ||
    (sets('images') && ['images', 'replacements', 'vars', 'transformers'].some(has));
  if (!differs) return undefined;
  const out: Record<string, unknown> = { ...inner };
  if (typeof spec.targetNamespace === 'string') out.namespace = spec.targetNamespace;
  for (const k of ['namePrefix', 'nameSuffix'] as const) if (typeof spec[k] === 'string') out[k] = spec[k];
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  if (Array.isArray(spec.patches)) out.patches = [...list(inner.patches), ...spec.patches];
  if (Array.isArray(spec.components)) out.components = [...list(inner.components), ...spec.components];
  if (Array.isArray(spec.images)) {
    const images = [...list(inner.images)];
    for (const im of spec.images) {
      const i = isRecord(im) ? images.findIndex((x) => isRecord(x) && x.name === im.name) : -1;
      if (i !== -1) images[i] = im;
      else images.push(im);
    }
    out.images = images;
  }
  return out;
}
