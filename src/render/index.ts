/**
 * The render stage (discover → **render** → parse → model → rules → positions → reports): audit a
 * GitOps repository as kustomize and Flux apply it.
 *
 * 1. Roots: every kustomization in the inputs that no other kustomization includes (through
 *    resources, bases or components; a `kind: Component` is never a root), and every Flux
 *    Kustomization whose source is this repository (flux.ts).
 * 2. Each root is rendered by real kustomize (`kubectl kustomize`, or the `kustomize` binary) through
 *    a wrapper kustomization in a temporary folder that adds `buildMetadata: [originAnnotations]`:
 *    each object comes out with `config.kubernetes.io/origin` naming the file it came from (`path:`),
 *    or the kustomization and generator that made it (`configuredIn:`/`configuredBy:`). The wrapper
 *    lists the root by a relative path (kustomize refuses absolute ones); as a folder, the root
 *    keeps its own load restrictions. Small independent roots share one process, listed by one
 *    wrapper, where that gives what each renders alone (batch.ts). Processes run side by side,
 *    the largest roots first (run.ts); jobs.ts runs them, and reuses and stores renders. This
 *    module plans the roots.
 * 3. Each rendered object becomes an object of its origin document (file, position) with the
 *    rendered value and a `render` record: its root, and the mapper from paths to the line a person
 *    edits (mapback.ts), which the positions stage uses.
 * Files a rendered root includes are audited through it only; patch files and generator inputs are
 * never audited as objects of their own. A root that fails to render is reported (LP020) and the
 * files it includes are audited as plain files.
 */
import { appendFileSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { InputLimits, K8sObject } from '../input/types.ts';
import type { ParsedFile } from '../input/parse.ts';
import { displayPath } from '../input/discover.ts';
import type { ObjPath } from '../engine/types.ts';
import { KUSTOMIZATION_FILES, kustomizationFileIn, type Level } from './kustomization.ts';
import { RENDER_TIMEOUT_MS } from './run.ts';
import { readRegularText, rel } from './read.ts';
import { cleanError, failingEntry, failingFluxEntry, withoutWrapper } from './failure.ts';
import { FLUX_DROPS_LINKS, FLUX_KUSTOMIZE_GROUP, fluxMergedKustomization, fluxRoots, linksOnTheWay, type FluxRoot } from './flux.ts';
import { stubbedText, stubbingOn, stubsAllowed, STUB_MIN_BYTES } from './crd-stubs.ts';
import { mirrorFor, SAME, type Mirror } from './mirror.ts';
import { closure, levelOf, parsedFile, type Closure, type Ctx } from './closure.ts';
import { objectsOf, parseRendered } from './origins.ts';
import type { RenderCache } from '../cache/types.ts';
import { sha256Hex } from '../engine/sha256.ts';
import { isRecord } from '../model/workloads.ts';
import { kustomizeArgs, renderJobs, storeKey, wrapperFor, type RootJob } from './jobs.ts';

export type { Target } from './mapback.ts';

export { ORIGIN_ANNOTATION, type RenderInfo } from './origins.ts';

export interface RenderSettings {
  /** Executable: `kubectl` (runs `kubectl kustomize DIR`) or a `kustomize` binary (`kustomize build DIR`). */
  command: string;
  limits: InputLimits;
  /** Milliseconds a kustomize process may take before it is stopped (default RENDER_TIMEOUT_MS; tests set less). */
  timeoutMs?: number;
  /**
   * Texts that replace files as read, by display path (`audit --fix` passes after the first): a root
   * that includes one is rendered from a copy of its folders with those texts (mirrorFor).
   */
  overrides?: Map<string, string>;
  /**
   * Files (display paths) the run leaves out: the counterfactual runs of `--context` (engine/audit.ts).
   * A left-out file that a root lists as a resource is rendered as empty (kustomize takes an empty
   * resource file), so the root renders without its objects, as it would without the file's
   * contribution. A left-out kustomization is no root (its folder's files are read as written), and
   * one that another root includes (a base, a component) renders nothing there, as an empty resource
   * file does; a left-out Flux Kustomization renders no folder. So what a kustomization-only change
   * causes (its `namespace`, a Flux `targetNamespace`) is reported. A left-out patch file is taken
   * out of the kustomizations that list it (kustomize refuses an empty patch file: mirror.ts).
   */
  omit?: ReadonlySet<string>;
  /** Several small roots per kustomize process (batch.ts; default: on unless LEASTPRIV_RENDER_BATCH=0). Off: one process per root. */
  batch?: boolean;
  /**
   * Renders of roots read from disk, kept across the runs of one `audit --fix` (its passes): the
   * files on disk do not change until the passes end, so a root no edit touched is not rendered
   * again; one that includes an edited file renders from its copy each pass (never kept here).
   */
  cache?: Map<string, RenderedCopy>;
  /**
   * Renders kept on disk (src/cache/render.ts, `--cache`): a root read from disk whose inputs are
   * those of a stored render is not rendered again.
   */
  store?: RenderCache;
}

/** A root's kustomize output as a later run reuses it (renderJobs). */
export interface RenderedCopy {
  stdout: string;
  rendered?: K8sObject[];
  batch?: number;
}

export interface RenderedRoot {
  /** As shown to users: the root's folder, or `Kustomization ns/name` for Flux. */
  name: string;
  /** Where findings about the root itself go (its kustomization file, or the Flux object). */
  at: K8sObject;
  objects: K8sObject[];
  /** kustomize's message when the root failed to render. */
  error?: string;
  /** The entry of the root's kustomization that kustomize's message names as failing (a resource, base or component), when it names one. */
  errorAt?: ObjPath;
  /** What is not modelled for this root, and the field of `at` that asks for it. */
  notes: RootNote[];
  /** Milliseconds kustomize took (bench/RESULTS.md); for a root rendered in a batch, its share of the batch's. */
  ms?: number;
  /** How many roots shared its kustomize process (batch.ts), when more than one. */
  batch?: number;
  /** Rendered with its large files' CRD schemas stubbed (crd-stubs.ts). */
  stubbed?: true;
}

export interface RootNote {
  text: string;
  path: ObjPath;
}

export interface RenderPlan {
  /** Display paths of files audited through their roots only (never as plain files). */
  members: Set<string>;
  /** Files the render stage read and parsed, by display path (reused by the input stage). */
  parsed: Map<string, ParsedFile>;
  roots: RenderedRoot[];
  /** Flux Kustomizations not rendered, with the reason. */
  skipped: { at: K8sObject; reason: string }[];
}


/**
 * Plans and renders every root found among `files` (display paths relative to `cwd`, as discovery
 * gives them).
 */
export function renderRoots(files: string[], cwd: string, settings: RenderSettings): RenderPlan {
  // (the plan renderFingerprint just made for these files, when there is one)
  const reuse = kept && kept.id === planId(files, cwd, settings) && !settings.overrides?.size ? kept : undefined;
  if (reuse) kept = undefined;
  else dropKeptPlan();
  const scratch = reuse?.scratch ?? new Scratch();
  let plan: RenderPlan;
  try {
    const planned = reuse?.planned ?? planJobs(files, cwd, settings, scratch);
    planned.ctx.settings = settings;
    plan = planned.plan;
    const { ctx, jobs } = planned;
    if (!jobs.length) return finish(plan);
    const tmp = scratch.dir;
    const results = renderJobs(ctx, tmp, jobs);
    // a root that fails with CRDs stubbed is rendered again from its files as written (crd-stubs.ts)
    const again = jobs.flatMap((j, i) => (j.plain && !results[i]!.ok && !results[i]!.missing ? [i] : []));
    if (again.length) {
      const plain = again.map((i) => (jobs[i] = jobs[i]!.plain!));
      renderJobs(ctx, tmp, plain).forEach((r, n) => (results[again[n]!] = r));
    }
    jobs.forEach((j, i) => {
      const res = results[i]!;
      const root: RenderedRoot = { name: j.name, at: j.at, objects: [], notes: j.notes, ms: res.ms, ...(res.batch ? { batch: res.batch } : {}), ...(j.plain ? { stubbed: true as const } : {}) };
      for (const f of j.closure.patchFiles) plan.members.add(ctx.show(f));
      if (!res.ok) {
        // (a process stopped at the timeout writes nothing: Node's message names only the command)
        root.error = res.missing
          ? `${settings.command} is not installed (needed to render kustomizations; --no-render audits files as written)`
          : res.killed
            ? `kustomize did not finish in ${Math.round((settings.timeoutMs ?? RENDER_TIMEOUT_MS) / 1000)} s and was stopped (kustomize builds a base once for each way a root includes it: bases shared through many levels multiply its work)`
            : cleanError(res.stderr, j.wrapperDir, tmp, cwd, j.real);
        const entry = res.missing ? undefined : j.flux ? failingFluxEntry(j.top, root.error, cwd) : failingEntry(j.top, root.error, cwd);
        if (entry) root.errorAt = entry;
        if (!res.missing) root.error = withoutWrapper(root.error);
        // (helmCharts: leastpriv never runs Helm, so kustomize runs without --enable-helm)
        if (/must specify --enable-helm/.test(root.error)) root.error += ' (leastpriv runs kustomize without Helm: audit `kustomize build --enable-helm <folder>` through stdin, `leastpriv audit -`)';
        // (a Flux Kustomization saved as kustomization.yaml: kustomize, and Flux building the folder,
        // read it as a kustomization and refuse its spec; fluxcd/flux2 issue 725)
        const v = j.flux ? undefined : j.top.value;
        if (typeof v?.apiVersion === 'string' && v.apiVersion.startsWith(`${FLUX_KUSTOMIZE_GROUP}/`))
          root.error += ` (${j.top.source.path} is a Flux Kustomization, not a kustomization: Flux fails on this folder too; give the file another name)`;
        plan.roots.push(root);
        return;
      }
      for (const f of j.closure.files) plan.members.add(ctx.show(f));
      root.objects = objectsOf(ctx, j, res.rendered ?? parseRendered(ctx, j.name, res.stdout), res.dir);
      plan.roots.push(root);
    });
  } finally {
    scratch.remove();
  }
  return finish(plan);
}

function finish(plan: RenderPlan): RenderPlan {
  // bench/render.mjs: per-root cost, as JSON lines appended to the file this names
  const times = process.env.LEASTPRIV_RENDER_TIMES;
  if (times) appendFileSync(times, plan.roots.map((r) => `${JSON.stringify({ root: r.name, ms: r.ms ?? 0, objects: r.objects.length, failed: r.error !== undefined, ...(r.batch ? { batch: r.batch } : {}), ...(r.stubbed ? { stubbed: true } : {}) })}\n`).join(''));
  return plan;
}

/**
 * What the render stage's result depends on beyond `files`' bytes, as one hash, for the result
 * cache's key (src/cache/memo.ts): every root planned (its name, where it is written, its notes,
 * its render key: src/cache/render.ts), every Flux Kustomization skipped and why, and the text of
 * every file and kustomization the planning read (a base outside the inputs, a Flux object in a file
 * left out). With the kustomize outputs fixed by the keys, the plan's objects, members and mapped
 * positions follow from these. Undefined when a root is not cached (render/inputs.ts says which).
 */
export function renderFingerprint(files: string[], cwd: string, settings: RenderSettings & { store: RenderCache }): string | undefined {
  if (settings.overrides?.size) return undefined;
  dropKeptPlan();
  const scratch = new Scratch();
  let planned: Planned;
  try {
    planned = planJobs(files, cwd, settings, scratch);
  } catch (e) {
    scratch.remove();
    throw e;
  }
  // (kept for the renderRoots of the run computed when the result is not found: dropKeptPlan)
  kept = { id: planId(files, cwd, settings), scratch, planned };
  const { ctx, plan, jobs } = planned;
  const roots: unknown[] = [];
  for (const j of jobs) {
    const k = storeKey(settings.store, j);
    if (!('key' in k)) return undefined;
    roots.push([j.name, !!j.flux, k.key, j.notes, j.at.file.path, j.at.documentIndex, j.at.docRange]);
  }
  // (not node:crypto: the audit command's start-up path stays without it, test/startup-imports.test.ts)
  const hash = sha256Hex;
  const texts = [...ctx.parsed].map(([p, f]) => [p, hash(f.source.text)]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  const levels = [...ctx.levels].map(([d, l]) => [d, l ? `${l.source.path}\0${hash(l.source.text)}` : null]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  const skipped = plan.roots.map((r) => [r.name, r.at.file.path, r.at.documentIndex, r.at.docRange, r.notes]);
  return hash(JSON.stringify([roots, skipped, texts, levels, [...plan.members].sort()]));
}

type Planned = ReturnType<typeof planJobs>;
let kept: { id: string; scratch: Scratch; planned: Planned } | undefined;

/**
 * The private folder (mkdtemp) a render writes its wrappers and copies in, made when a root is
 * planned: a run without kustomizations or Flux objects (most one-file audits) makes none.
 */
class Scratch {
  #dir: string | undefined;

  get dir(): string {
    return (this.#dir ??= realpathSync(mkdtempSync(join(tmpdir(), 'leastpriv-render-'))));
  }

  remove(): void {
    if (this.#dir !== undefined) rmSync(this.#dir, { recursive: true, force: true });
    this.#dir = undefined;
  }
}
const planId = (files: string[], cwd: string, settings: RenderSettings) => JSON.stringify([files, cwd, settings.command, settings.limits, [...(settings.omit ?? [])].sort()]);

/** Removes the plan renderFingerprint kept, if renderRoots has not taken it (a result found in the cache). */
export function dropKeptPlan(): void {
  kept?.scratch.remove();
  kept = undefined;
}

/**
 * The kustomizations some other kustomization includes (resources, bases, components): never roots.
 * An inclusion from within a cycle (a kustomization that lists itself, `.`, or an overlay its base
 * lists back) makes no kustomization part of another: kustomize refuses every member of the cycle
 * ("cycle detected: candidate root … contains visited root …", kubectl kustomize v5.5), so the first
 * member of a cycle that nothing outside it includes stays a root, fails to render (LP020 with that
 * message) and its files are audited as written, rather than being left out of both.
 */
function kustomizeIncluded(ctx: Ctx, candidates: Level[]): Set<Level> {
  const includers = new Map<Level, Set<Level>>();
  const visited = new Set<Level>();
  const walk = (l: Level) => {
    if (visited.has(l)) return;
    visited.add(l);
    for (const ch of l.children) {
      const child = levelOf(ctx, ch.dir);
      if (!child) continue;
      let s = includers.get(child);
      if (!s) includers.set(child, (s = new Set()));
      s.add(l);
      walk(child);
    }
  };
  candidates.forEach(walk);
  const reach = new Map<Level, Set<Level>>();
  const reachFrom = (l: Level): Set<Level> => {
    let out = reach.get(l);
    if (out) return out;
    out = new Set();
    const stack = [l];
    while (stack.length) {
      for (const ch of stack.pop()!.children) {
        const child = levelOf(ctx, ch.dir);
        if (child && !out.has(child)) {
          out.add(child);
          stack.push(child);
        }
      }
    }
    reach.set(l, out);
    return out;
  };
  const included = new Set<Level>();
  const cycleRoots: Level[] = [];
  for (const l of visited) {
    if (!includers.has(l)) continue;
    // its cycle: l and the kustomizations it reaches that reach it back
    const cycle = [l, ...[...reachFrom(l)].filter((m) => m !== l && reachFrom(m).has(l))];
    const inCycle = new Set(cycle);
    // included from outside its cycle (or without one): not a root
    if (cycle.some((m) => [...(includers.get(m) ?? [])].some((by) => !inCycle.has(by)))) {
      included.add(l);
      continue;
    }
    // a cycle nothing outside includes: its first member (in input order) is the root
    if (cycleRoots.some((r) => inCycle.has(r))) included.add(l);
    else cycleRoots.push(l);
  }
  return included;
}

/** The roots among `files`, each with its wrapper written in `scratch` and its job (nothing rendered yet). */
function planJobs(files: string[], cwd: string, settings: RenderSettings, scratch: Scratch): { ctx: Ctx; plan: RenderPlan; jobs: RootJob[] } {
  const ctx: Ctx = { cwd, settings, levels: new Map(), parsed: new Map(), show: (abs) => displayPath(abs, cwd), stubs: new Map() };
  const plan: RenderPlan = { members: new Set(), parsed: ctx.parsed, roots: [], skipped: [] };
  const abs = (f: string) => resolve(cwd, f);
  // A left-out kustomization makes no root, and a left-out file of Flux Kustomizations none either
  // (RenderSettings.omit): the run without them sees their folders as it would without the files.
  const omit = settings.omit;
  if (omit?.size) files = files.filter((f) => !omit.has(f));

  // Kustomizations among the inputs, and everything they include.
  const candidates: Level[] = [];
  for (const f of files) {
    if (f === '-' || !KUSTOMIZATION_FILES.includes(basename(f))) continue;
    const l = levelOf(ctx, dirname(abs(f)));
    if (l && !candidates.includes(l)) candidates.push(l); // (kustomization.yaml and .yml in one folder: one root, which kustomize refuses)
  }
  const included = kustomizeIncluded(ctx, candidates);

  // Flux Kustomizations (files that mention the group), and the folders they render.
  const fluxObjects: K8sObject[] = [];
  const gitRepos: K8sObject[] = [];
  // (a patch of a Flux Kustomization, `tenants/staging/patch.yaml` with its spec.path, is no Flux
  // object of its own: patch files and generator inputs of the kustomizations read are skipped)
  const notObjects = new Set<string>();
  for (const l of ctx.levels.values()) {
    if (!l) continue;
    for (const pf of l.patches) if (pf.file) notObjects.add(pf.file);
    for (const d of l.dataFiles) notObjects.add(d);
  }
  for (const f of files) {
    if (f === '-' || notObjects.has(abs(f))) continue;
    const text = settings.overrides?.get(f) ?? readRegularText(abs(f), settings.limits.maxFileSize);
    if (text === undefined) continue;
    if (!text.includes(FLUX_KUSTOMIZE_GROUP) && !text.includes('source.toolkit.fluxcd.io')) continue;
    const p = parsedFile(ctx, abs(f));
    for (const o of p?.objects ?? []) {
      if (o.kind === 'GitRepository' && o.apiVersion.startsWith('source.toolkit.fluxcd.io/')) gitRepos.push(o);
      else fluxObjects.push(o);
    }
  }
  const flux = fluxRoots(fluxObjects, gitRepos, (o) => abs(o.file.path));
  // A Flux root is named by its Kustomization; two clusters' folders often hold one of the same
  // namespace and name (flux2-kustomize-helm-example: clusters/production/apps.yaml and
  // clusters/staging/apps.yaml are both flux-system/apps), and findings of two roots of one name
  // read as one root's. Those are named with their file too.
  const fluxName = (o: K8sObject) => `Kustomization ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
  const fluxNames = new Map<string, number>();
  for (const o of [...flux.skipped.map((s) => s.object), ...flux.roots.map((r) => r.object)]) fluxNames.set(fluxName(o), (fluxNames.get(fluxName(o)) ?? 0) + 1);
  const fluxLabel = (o: K8sObject) => (fluxNames.get(fluxName(o))! > 1 ? `${fluxName(o)} (${ctx.show(abs(o.file.path))})` : fluxName(o));
  for (const s of flux.skipped) {
    plan.skipped.push({ at: s.object, reason: s.reason });
    plan.roots.push({ name: fluxLabel(s.object), at: s.object, objects: [], notes: [{ text: s.reason, path: s.path }] });
  }
  for (const r of flux.roots) {
    const l = levelOf(ctx, r.dir);
    if (l) included.add(l);
    for (const g of r.generated ?? []) {
      const gl = levelOf(ctx, g);
      if (gl) included.add(gl);
    }
  }

  // Components are never roots on their own; their patch files are still never plain objects.
  for (const l of candidates) if (l.isComponent) for (const p of l.patches) if (p.file) plan.members.add(ctx.show(p.file));

  const jobs: RootJob[] = [];
  for (const l of candidates) {
    if (included.has(l) || l.isComponent) continue;
    const i = jobs.length;
    const c = closure(ctx, l);
    const make = (stub: boolean, tag: string): RootJob => {
      const tmp = scratch.dir;
      const wdir = join(tmp, `root-${tag}`);
      const m = mirrorFor(ctx, wdir, c, undefined, stub ? stubsFor(ctx, c) : new Map());
      const body = (m: Mirror) => ({ resources: [rel(wdir, m.place(l.dir))] });
      const wrapperDir = wrapperFor(tmp, wdir, body(m));
      return { name: ctx.show(l.dir), at: l.anchor, top: l, closure: c, notes: [], wrapperDir, job: { command: settings.command, args: kustomizeArgs(settings.command, wrapperDir, false) }, real: m.real, edited: m.edited, ...keyedBy(ctx, tmp, tag, m, body, false), ...(m.stubbed ? { plain: make(false, `${tag}-plain`) } : {}) };
    };
    jobs.push(make(true, String(i)));
  }
  for (const r of flux.roots) jobs.push(fluxJob(ctx, scratch.dir, jobs.length, r, fluxLabel(r.object)));
  return { ctx, plan, jobs };
}

function fluxJob(ctx: Ctx, tmp: string, i: number, r: FluxRoot, name: string): RootJob {
  const spec = r.level.value;
  const inner = levelOf(ctx, r.dir);
  // Flux writes its fields into the folder's kustomization (flux.ts fluxMergedKustomization): where
  // that builds otherwise than a wrapper setting them, kustomize reads a copy of the folder with
  // that kustomization as Flux writes it
  const merged = inner && !inner.isComponent && inner.anchor.rootPath.length === 0 ? fluxMergedKustomization(inner.value, spec) : undefined;
  const rewritten = new Map<string, string>(merged && inner ? [[resolve(ctx.cwd, inner.source.path), JSON.stringify(merged, null, 1)]] : []);
  const generatedFiles = (r.generated ?? []).filter((g) => !kustomizationFileIn(g));
  if (inner) r.level.children.unshift({ dir: r.dir, field: 'resources', index: 0 });
  else for (const g of r.generated ?? []) if (kustomizationFileIn(g)) r.level.children.push({ dir: g, field: 'resources', index: 0 });
  const c = closure(ctx, r.level, generatedFiles);
  const o = r.object;
  // (what the root names through a symbolic link is not in Flux's artifact: kustomize reads a copy
  // without links, and fails as kustomize-controller does)
  const links = linksNamed(c, r.gitTop ?? r.dir);
  if (links.length) r.notes.push({ text: `${FLUX_DROPS_LINKS}; this root names ${links.map((l) => ctx.show(l)).join(', ')}, a symbolic link: rendered without it, as Flux builds`, path: typeof spec.path === 'string' ? ['spec', 'path'] : ['spec'] });
  const make = (stub: boolean, tag: string): RootJob => {
    const wdir = join(tmp, `root-${tag}`);
    const m = mirrorFor(ctx, wdir, c, r.dir, stub ? stubsFor(ctx, c) : new Map(), rewritten, links.length > 0);
    const body = (m: Mirror) => {
      const resources = r.generated ? r.generated.map((g) => rel(wdir, m.place(g))) : [rel(wdir, m.place(r.dir))];
      const out: Record<string, unknown> = { resources };
      if (!m.rewritten) {
        for (const k of ['namePrefix', 'nameSuffix', 'images', 'patches'] as const) if (spec[k] !== undefined) out[k] = spec[k];
        if (typeof spec.targetNamespace === 'string') out.namespace = spec.targetNamespace;
        if (Array.isArray(spec.components)) out.components = spec.components.filter((x): x is string => typeof x === 'string').map((x) => rel(wdir, m.place(resolve(r.dir, x))));
      }
      const common = commonMetadataPatch(spec.commonMetadata);
      if (common) out.patches = [...(Array.isArray(out.patches) ? out.patches : []), common];
      return out;
    };
    const wrapperDir = wrapperFor(tmp, wdir, body(m));
    return { name, flux: true, ...(r.vars ? { vars: r.vars } : {}), at: o, top: r.level, closure: c, notes: r.notes, wrapperDir, job: { command: ctx.settings.command, args: kustomizeArgs(ctx.settings.command, wrapperDir, true) }, real: m.real, edited: m.edited, rewritten: m.rewritten, ...keyedBy(ctx, tmp, tag, m, body, true), ...(m.stubbed ? { plain: make(false, `${tag}-plain`) } : {}) };
  };
  const job = make(true, String(i));
  // Flux writes its namePrefix/nameSuffix into the folder's kustomization, replacing one written
  // there (fluxcd/pkg kustomize generator: `kus.NamePrefix = spec.NamePrefix`); rendered from a
  // wrapper (a copy refused as too large), names carry both: said, at the field, rather than guessed.
  for (const k of ['namePrefix', 'nameSuffix'] as const)
    if (!job.rewritten && typeof spec[k] === 'string' && spec[k] && typeof inner?.value[k] === 'string' && inner.value[k])
      r.notes.push({ text: `spec.${k} replaces the ${k} of ${inner.source.path} when Flux builds; here both are applied, so rendered names carry both`, path: ['spec', k] });
  return job;
}

/** The symbolic links on the way to what the levels of a closure name, below `top` (flux.ts linksOnTheWay). */
function linksNamed(c: Closure, top: string): string[] {
  const out = new Set<string>();
  for (const l of c.levels) {
    const named = [...l.children.map((ch) => ch.dir), ...l.resourceFiles, ...l.patches.flatMap((p) => (p.file ? [p.file] : [])), ...l.dataFiles];
    for (const abs of named) for (const link of linksOnTheWay(top, abs)) out.add(link);
  }
  return [...out].sort();
}

/**
 * Flux's `spec.commonMetadata`: labels and annotations set on every object's `metadata` after the
 * build, overriding keys already there, never on selectors or pod templates (kustomize-controller
 * applies them with fluxcd/pkg ssa/utils SetCommonMetadata). kustomize's `labels`/`commonAnnotations`
 * also reach templates, so here it is a strategic-merge patch of `metadata` whose target selects
 * every object (`name: .*`; a patch with a target takes the target's objects, whatever its own
 * kind and name), the wrapper's last.
 */
function commonMetadataPatch(common: unknown): Record<string, unknown> | undefined {
  if (!isRecord(common)) return undefined;
  const metadata: Record<string, unknown> = { name: 'flux-common-metadata' };
  for (const k of ['labels', 'annotations']) if (isRecord(common[k]) && Object.keys(common[k]).length) metadata[k] = common[k];
  if (Object.keys(metadata).length === 1) return undefined;
  return { target: { name: '.*' }, patch: JSON.stringify({ apiVersion: 'v1', kind: 'CommonMetadata', metadata }) };
}


/**
 * For a root rendered from a copy made from its files by rule (CRD stubs, left-out files emptied),
 * the wrapper of the same root over the files as written, whose key with those rules' marks is the
 * root's render-cache key. The wrapper sits beside the root's own (same depth: the same relative
 * way to the files). Not for a copy with `--fix` edits: never stored.
 */
function keyedBy(ctx: Ctx, tmp: string, tag: string, m: Mirror, body: (m: Mirror) => Record<string, unknown>, flux: boolean): { keyed?: RootJob['keyed'] } {
  const marks = [...(m.stubbed ? ['crd-stubs'] : []), ...(m.rewritten ? ['flux-merged'] : []), ...(m.noLinks ? ['flux-no-links'] : []), ...m.omitted.map((f) => `omit:${f}`)];
  if (!marks.length || m.edited) return {};
  const dir = wrapperFor(tmp, join(tmp, `root-${tag}-key`), body(SAME));
  return { keyed: { wrapperDir: dir, args: kustomizeArgs(ctx.settings.command, dir, flux), marks } };
}

/** Stubbed texts of the root's large files with CRDs (crd-stubs.ts), by absolute path; empty when the root may not be stubbed. */
function stubsFor(ctx: Ctx, c: Closure): Map<string, string> {
  const out = new Map<string, string>();
  if (!stubbingOn() || !stubsAllowed(c.levels)) return out;
  for (const f of c.files) {
    let t = ctx.stubs.get(f);
    if (t === undefined) {
      const p = parsedFile(ctx, f);
      t = p && p.source.text.length >= STUB_MIN_BYTES ? (stubbedText(p, ctx.settings.limits) ?? null) : null;
      ctx.stubs.set(f, t);
    }
    if (t !== null) out.set(f, t);
  }
  return out;
}
