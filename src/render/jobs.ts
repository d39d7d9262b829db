/**
 * Running the planned roots (render/index.ts plans them): each root's kustomize process, or one
 * process for a batch of roots (batch.ts), a failed batch split; renders reused from the run's own
 * cache (`--fix` passes) and from the render cache on disk (src/cache/render.ts), and stored there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { K8sObject } from '../input/types.ts';
import type { Level } from './kustomization.ts';
import { runQueue, type Job, type JobResult } from './run.ts';
import { BATCH_MAX_ROOT_BYTES, culprit, NOT_BATCHED_FIELDS, planBatches, RENAMING_FIELDS, scalarsOf, type BatchCandidate } from './batch.ts';
import { rel } from './read.ts';
import type { Variables } from './substitute.ts';
import { SAME } from './mirror.ts';
import { levelOf, parsedFile, type Closure, type Ctx } from './closure.ts';
import { ORIGIN_ANNOTATION, parseOrigin, parseRendered } from './origins.ts';
import type { RenderCache } from '../cache/types.ts';
import { sha256Hex } from '../engine/sha256.ts';
import { isRecord } from '../model/workloads.ts';
import type { RenderedCopy, RootNote } from './index.ts';

/** kustomize's arguments for the root whose wrapper kustomization is in `dir` (kubectl kustomize, or kustomize build). */
export function kustomizeArgs(command: string, dir: string, noRestrictions: boolean): string[] {
  const kubectl = /^kubectl(?:\.exe)?$/i.test(basename(command));
  return [...(kubectl ? ['kustomize', dir] : ['build', dir]), ...(noRestrictions ? ['--load-restrictor', 'LoadRestrictionsNone'] : [])];
}

/** Writes a wrapper kustomization (`body`, with origin annotations on) in `root-<at>` of `tmp`, or in the folder `at`; returns its folder. */
export function wrapperFor(tmp: string, at: number | string, body: Record<string, unknown>): string {
  const dir = typeof at === 'string' ? at : join(tmp, `root-${at}`);
  mkdirSync(dir, { recursive: true });
  // (JSON is YAML: no YAML writer needed)
  writeFileSync(join(dir, 'kustomization.yaml'), JSON.stringify({ ...body, buildMetadata: ['originAnnotations'] }, null, 1));
  return dir;
}

export interface RootJob {
  name: string;
  /** A Flux root (rendered with load restrictions off: never batched with kustomize roots). */
  flux?: boolean;
  at: K8sObject;
  top: Level;
  closure: Closure;
  notes: RootNote[];
  wrapperDir: string;
  job: Job;
  /** A Flux root's post-build variables (substitute.ts), applied to each rendered object. */
  vars?: Variables;
  /** From a path kustomize names (in the copy the root was rendered from, if any) to the real one. */
  real: (abs: string) => string;
  /** Rendered from a copy with texts `audit --fix` edited (never kept across its passes, never stored). */
  edited: boolean;
  /** A Flux root rendered from a copy whose kustomization has the Flux fields written into it (mirror.ts). */
  rewritten?: boolean;
  /** Rendered from a copy made by rule (keyedBy): the wrapper over the files as written, and the rules. */
  keyed?: { wrapperDir: string; args: string[]; marks: string[] };
  /**
   * Set when rendered from a copy with CRD schemas stubbed (crd-stubs.ts): the same root from the
   * files as written, rendered instead if this one fails (its render-cache key is this one's too).
   */
  plain?: RootJob;
}

/**
 * A root's key in the render cache (src/cache/render.ts). A root rendered with CRDs stubbed is
 * keyed by the same root from the files as written (what the stubs are made from; the stubbing
 * code is part of the key as leastpriv's code), marked as stubbed.
 */
export function storeKey(store: RenderCache, j: RootJob): { key: string } | { uncached: string } {
  if (!j.keyed) return store.key(j.wrapperDir, j.job.command, j.job.args);
  const k = store.key(j.keyed.wrapperDir, j.job.command, j.keyed.args);
  return 'key' in k ? { key: sha256Hex([k.key, ...j.keyed.marks].join('\0')) } : k;
}

/** A root's render: kustomize's result, and the objects when they came out of a batch. */
export interface RootResult extends JobResult {
  /** The folder the origin paths of its objects are relative to (the wrapper built). */
  dir: string;
  rendered?: K8sObject[];
  batch?: number;
}

/** What batch.ts needs of a root, when it may share a kustomize process (else undefined). */
function batchCandidate(ctx: Ctx, j: RootJob, index: number): BatchCandidate | undefined {
  if (j.real !== SAME.real) return undefined; // rendered from a copy with edited texts (mirrorFor)
  for (const l of j.closure.levels) {
    if (l.remote.length || l.missing.length || NOT_BATCHED_FIELDS.some((k) => l.value[k] !== undefined)) return undefined;
    // a file outside the kustomization's folder fails kustomize's load restrictions (not Flux's
    // builds, which have none): alone, at once
    const outside = (f: string) => !j.flux && relative(l.dir, f).startsWith('..');
    if (l.resourceFiles.some(outside) || l.dataFiles.some(outside) || l.patches.some((p) => p.file && outside(p.file))) return undefined;
    for (const ch of l.children) if (!levelOf(ctx, ch.dir)) return undefined;
  }
  const ids = new Set<string>();
  const names = new Set<string>();
  let weight = 0;
  const texts: string[] = [];
  for (const f of j.closure.files) {
    const p = parsedFile(ctx, f);
    if (!p) return undefined;
    weight += p.source.text.length;
    if (weight > BATCH_MAX_ROOT_BYTES) return undefined;
    texts.push(p.source.text);
    if (j.closure.ownerOf.has(f)) {
      for (const o of p.objects) {
        ids.add(`${o.kind}/${o.name}`);
        names.add(o.name);
      }
    }
  }
  const renames = j.closure.levels.some((l) => RENAMING_FIELDS.some((k) => l.value[k] !== undefined));
  for (const l of j.closure.levels) {
    for (const [field, kind] of [['configMapGenerator', 'ConfigMap'], ['secretGenerator', 'Secret']] as const) {
      for (const g of Array.isArray(l.value[field]) ? (l.value[field] as unknown[]) : []) {
        const name = isRecord(g) && typeof g.name === 'string' ? g.name : undefined;
        if (name === undefined) return undefined;
        ids.add(`${kind}/${name}`);
        names.add(name);
      }
    }
  }
  // (generator inputs are left out: they become ConfigMap/Secret data, which is no name-reference
  // field in kustomize's builtinpluginconsts/namereference.go)
  const dataFiles = new Set(j.closure.levels.flatMap((l) => l.dataFiles));
  const patchTexts = [...j.closure.patchFiles].filter((f) => !dataFiles.has(f)).map((f) => parsedFile(ctx, f)?.source.text);
  // a Flux root's level is its Kustomization object's spec (its file holds other objects too)
  const fluxLevels = j.closure.levels.filter((l) => l.anchor.rootPath.length > 0).map((l) => l.value);
  let scalars: string[] | undefined | null = null;
  const scalarsOfRoot = () => {
    if (scalars === null) {
      const out: string[] = [];
      for (const v of fluxLevels) stringsIn(v, out);
      scalars = [...texts, ...patchTexts].every((t) => t !== undefined && scalarsOf(t, out)) ? out : undefined;
    }
    return scalars;
  };
  // (the batch lists each root's own wrapper: a Flux root's carries targetNamespace, patches, …)
  return {
    index,
    dir: j.wrapperDir,
    files: j.closure.files,
    ids,
    weight,
    texts: patchTexts.every((t) => t !== undefined) ? [...texts, ...(patchTexts as string[]), ...fluxLevels.map((v) => stringsIn(v, []).join('\n'))] : undefined,
    scalars: scalarsOfRoot,
    ...(renames ? { renames: [...names].filter((n) => n !== '') } : {}),
  };
}

/** Every string (and number, boolean) in a value, keys too. */
function stringsIn(v: unknown, out: string[]): string[] {
  if (Array.isArray(v)) for (const x of v) stringsIn(x, out);
  else if (isRecord(v)) {
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      stringsIn(x, out);
    }
  } else if (v !== null && v !== undefined) out.push(String(v));
  return out;
}

/**
 * Renders every root: large ones and those batch.ts rules out alone, the others in
 * batches (batch.ts), splitting a batch that fails. Results in the order of `jobs`.
 */
export function renderJobs(ctx: Ctx, tmp: string, jobs: RootJob[]): RootResult[] {
  const out = new Array<RootResult>(jobs.length);
  // (LEASTPRIV_RENDER_BATCH=0: one process per root, for bench/render.mjs and the tests that compare)
  const batching = ctx.settings.batch ?? process.env.LEASTPRIV_RENDER_BATCH !== '0';
  const candidates: BatchCandidate[] = [];
  const alone: number[] = [];
  // (a kept render: its objects copied, as objectsOf changes them; origin paths are relative to a
  // folder of the same depth in this run's temporary folder, root-N or batch-N)
  const cache = ctx.settings.cache;
  const cacheKey = (j: RootJob) => `${j.flux ? 'flux' : 'kustomize'}\0${j.name}`;
  const copy = (r: RenderedCopy): RenderedCopy => ({ stdout: r.stdout, ...(r.rendered ? { rendered: r.rendered.map((o) => ({ ...o, value: structuredClone(o.value) })) } : {}), ...(r.batch ? { batch: r.batch } : {}) });
  const fromDisk = (j: RootJob) => !j.edited;
  // (kept across --fix passes by name: only a render of the files as they are, none left out)
  const keepable = (j: RootJob) => fromDisk(j) && !j.keyed?.marks.some((m) => m.startsWith('omit:'));
  const j = (i: number) => jobs[i]!;
  // (renders kept on disk: by key, per root; the roots not found are rendered and stored)
  const store = ctx.settings.store;
  const storeKeys = new Map<number, string>();
  jobs.forEach((j, i) => {
    const kept = cache && keepable(j) ? cache.get(cacheKey(j)) : undefined;
    if (kept) {
      out[i] = { ok: true, stderr: '', ms: 0, dir: j.wrapperDir, ...copy(kept) };
      return;
    }
    if (store && fromDisk(j)) {
      const k = storeKey(store, j);
      const hit = 'key' in k ? store.get(k.key) : undefined;
      if (hit) {
        out[i] = hit.ok ? { ok: true, stdout: hit.stdout, stderr: '', ms: 0, dir: j.wrapperDir } : { ok: false, stdout: '', stderr: unplaced(hit.stderr, j.wrapperDir, tmp), ms: 0, dir: j.wrapperDir };
        return;
      }
      if ('key' in k) storeKeys.set(i, k.key);
    }
    const c = batching ? batchCandidate(ctx, j, i) : undefined;
    if (c) candidates.push(c);
    else alone.push(i);
  });
  const single = new Map<Job, number>();
  const batches = new Map<Job, { members: BatchCandidate[]; dir: string; refs: string[] }>();
  let nBatches = 0;
  const singleJob = (i: number): Job => {
    single.set(jobs[i]!.job, i);
    return jobs[i]!.job;
  };
  const batchJob = (members: BatchCandidate[]): Job => {
    if (members.length === 1) return singleJob(members[0]!.index);
    const dir = join(tmp, `batch-${nBatches++}`);
    const refs = members.map((m) => rel(dir, m.dir));
    wrapperFor(tmp, dir, { resources: refs });
    // Flux roots are batched only with Flux roots: they build with load restrictions off
    const job: Job = { command: ctx.settings.command, args: kustomizeArgs(ctx.settings.command, dir, !!jobs[members[0]!.index]!.flux) };
    batches.set(job, { members, dir, refs });
    return job;
  };
  // the largest first, so that no large root starts last (its files' bytes: most of its cost)
  const bytes = (i: number) => [...jobs[i]!.closure.files].reduce((n, f) => n + (ctx.parsed.get(ctx.show(f))?.source.text.length ?? 0), 0);
  const weight = new Map(alone.map((i) => [i, bytes(i)]));
  alone.sort((a, b) => weight.get(b)! - weight.get(a)!);
  const initial = [...alone.map(singleJob), ...[false, true].flatMap((flux) => planBatches(candidates.filter((c) => !!jobs[c.index]!.flux === flux)).map(batchJob))];
  runQueue(initial, (job, res) => {
    const i = single.get(job);
    if (i !== undefined) {
      out[i] = { ...res, dir: jobs[i]!.wrapperDir };
      return;
    }
    const b = batches.get(job)!;
    if (!res.ok) {
      if (res.missing) {
        for (const m of b.members) out[m.index] = { ...res, dir: b.dir };
        return;
      }
      // (a batch stopped at the timeout is not split in halves, each of which could take as long)
      if (res.killed) return b.members.map((m) => singleJob(m.index));
      const k = culprit(res.stderr, b.refs);
      if (k !== undefined) return [singleJob(b.members[k]!.index), batchJob(b.members.filter((_, n) => n !== k))];
      const half = Math.ceil(b.members.length / 2);
      return [batchJob(b.members.slice(0, half)), batchJob(b.members.slice(half))];
    }
    const split = splitBatch(ctx, b.members, b.dir, parseRendered(ctx, 'batch', res.stdout));
    if (!split) return b.members.map((m) => singleJob(m.index));
    // (each root's share of the batch's time; its own part of the output, as it is stored)
    b.members.forEach((m, n) => {
      const text = storeKeys.has(m.index) ? memberText(ctx, res.stdout, split[n]!) : undefined;
      if (text === undefined) storeKeys.delete(m.index);
      out[m.index] = { ok: true, stdout: text ?? '', stderr: '', ms: Math.round(res.ms / b.members.length), dir: b.dir, rendered: split[n]!, batch: b.members.length };
    });
  }, undefined, ctx.settings.timeoutMs);
  if (store) {
    for (const [i, key] of storeKeys) {
      const r = out[i];
      if (!r) continue;
      if (r.ok) store.put(key, { ok: true, stdout: r.stdout });
      // (a failure is kept when kustomize ran and said no: not a timeout, a start failure or a crash by signal)
      else if (!r.ok && r.exitCode !== undefined && !r.killed && !r.missing) store.put(key, { ok: false, stderr: placed(r.stderr, j(i).wrapperDir, tmp) });
      else store.transient++;
    }
    store.done();
  }
  if (cache) {
    jobs.forEach((j, i) => {
      const r = out[i];
      if (r?.ok && keepable(j) && !cache.has(cacheKey(j))) cache.set(cacheKey(j), copy({ stdout: r.stdout, ...(r.rendered ? { rendered: r.rendered } : {}), ...(r.batch ? { batch: r.batch } : {}) }));
    });
  }
  return out;
}

/**
 * A batched root's part of the batch's output, as the text it is stored as (its documents, in
 * order); undefined when that text does not parse to exactly its objects.
 */
function memberText(ctx: Ctx, stdout: string, objects: K8sObject[]): string | undefined {
  const parts: string[] = [];
  let last: [number, number] | undefined;
  for (const o of objects) {
    if (last && last[0] === o.docRange[0] && last[1] === o.docRange[1]) continue;
    last = o.docRange;
    const doc = stdout.slice(o.docRange[0], o.docRange[1]).replace(/^---[ \t]*(?:\n|$)/, '');
    parts.push(doc.endsWith('\n') ? doc : `${doc}\n`);
  }
  const text = parts.join('---\n');
  const again = parseRendered(ctx, 'stored', text);
  if (again.length !== objects.length) return undefined;
  for (let n = 0; n < objects.length; n++) {
    const a = again[n]!;
    const b = objects[n]!;
    if (a.kind !== b.kind || a.apiVersion !== b.apiVersion || a.name !== b.name || a.namespace !== b.namespace || JSON.stringify(a.value) !== JSON.stringify(b.value)) return undefined;
  }
  return text;
}

/** kustomize's message as stored: this run's temporary folders as placeholders (`unplaced` puts a later run's back). */
const placed = (stderr: string, wrapperDir: string, tmp: string) => stderr.split(wrapperDir).join('\u0000W').split(tmp).join('\u0000T');
const unplaced = (stored: string, wrapperDir: string, tmp: string) => stored.split('\u0000W').join(wrapperDir).split('\u0000T').join(tmp);

/**
 * A batch's objects given back to their roots by origin path, in output order; undefined unless
 * every object came from a file of exactly one member and carries the name written there (batch.ts).
 */
function splitBatch(ctx: Ctx, members: BatchCandidate[], dir: string, rendered: K8sObject[]): K8sObject[][] | undefined {
  const owner = new Map<string, number>();
  members.forEach((m, n) => m.files.forEach((f) => owner.set(f, n)));
  const out: K8sObject[][] = members.map(() => []);
  for (const r of rendered) {
    const meta = isRecord(r.value.metadata) ? r.value.metadata : {};
    const origin = parseOrigin(isRecord(meta.annotations) ? meta.annotations[ORIGIN_ANNOTATION] : undefined);
    if (!origin || typeof origin.repo === 'string') return undefined;
    if (typeof origin.path !== 'string') {
      // generated (configuredIn: the kustomization whose generator made it): its name contains the
      // generator's, with the hash and any prefix or suffix
      const by = isRecord(origin.configuredBy) ? origin.configuredBy.kind : undefined;
      const n = typeof origin.configuredIn === 'string' ? owner.get(resolve(dir, origin.configuredIn)) : undefined;
      const m = n === undefined ? undefined : members[n]!;
      if (!m?.renames || !((by === 'ConfigMapGenerator' && r.kind === 'ConfigMap') || (by === 'SecretGenerator' && r.kind === 'Secret'))) return undefined;
      if (!m.renames.some((g) => m.ids.has(`${r.kind}/${g}`) && r.name.includes(g))) return undefined;
      out[n!]!.push(r);
      continue;
    }
    const file = resolve(dir, origin.path);
    const n = owner.get(file);
    if (n === undefined) return undefined;
    const renames = members[n]!.renames !== undefined;
    // (a Namespace takes the name of the `namespace:` that a level sets — kustomize's namespace
    // transformer writes metadata/name of kind Namespace, api/internal/konfig/builtinpluginconsts/
    // namespace.go — and is no name-reference target, namereference.go: its name never moves another
    // root's references, so it need not be the one written)
    const written = (o: { kind: string; name: string }) => o.kind === r.kind && (o.name === r.name || r.kind === 'Namespace' || (renames && r.name.includes(o.name)));
    if (!parsedFile(ctx, file)?.objects.some(written)) return undefined;
    out[n]!.push(r);
  }
  return out;
}
