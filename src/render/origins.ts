/**
 * Rendered objects tied to the documents a person edits: kustomize writes each object's origin
 * (`config.kubernetes.io/origin`, asked for by the wrapper's `buildMetadata: [originAnnotations]`):
 * the file it came from, a remote base, or the kustomization and generator that made it. Each
 * rendered object becomes an object of that document, with the mappers from paths to the line to
 * edit (mapback.ts).
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { rangeOf } from '../engine/locate.ts';
import type { K8sObject } from '../input/types.ts';
import { newSource, parseSource } from '../input/parse.ts';
import type { ObjPath } from '../engine/types.ts';
import { pseudoObject, type Level } from './kustomization.ts';
import { editTargetFor, mapBackFor, type EditTarget, type Subject, type Target } from './mapback.ts';
import { substituteObject, type Variables } from './substitute.ts';
import { isRecord } from '../model/workloads.ts';
import { safeRealpath } from './read.ts';
import { chainsTo, componentsIn, levelOf, parsedFile, pickChain, type Closure, type Ctx } from './closure.ts';

export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

/** What a rendered object carries (K8sObject.render). */
export interface RenderInfo {
  root: string;
  /** Rendered by a Flux Kustomization (K8sObject.render.flux). */
  flux?: true;
  /** For an origin file outside the working folder: the entry inside it that reaches the file (`file:line`). */
  from?: string;
  mapBack(path: ObjPath): Target;
  editTarget(path: ObjPath): EditTarget;
}

/** What tying a root's objects to their origins needs of its job (index.ts RootJob). */
export interface OriginJob {
  name: string;
  top: Level;
  /** A Flux Kustomization's root (RenderInfo.flux). */
  flux?: boolean;
  closure: Closure;
  /** From a path kustomize names (in the copy the root was rendered from, if any) to the real one. */
  real: (abs: string) => string;
  /** A Flux root's post-build variables (substitute.ts), applied to each rendered object. */
  vars?: Variables;
}

export function parseOrigin(text: unknown): Record<string, unknown> | undefined {
  if (typeof text !== 'string') return undefined;
  const out: Record<string, unknown> = {};
  let section: Record<string, unknown> | undefined;
  for (const line of text.split('\n')) {
    const m = /^(\s*)([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const v = m[3]!.replace(/^["']|["']$/g, '');
    if (m[1]) {
      if (section) section[m[2]!] = v;
    } else if (v === '') out[m[2]!] = section = {};
    else {
      out[m[2]!] = v;
      section = undefined;
    }
  }
  return out;
}

/** kustomize's output, parsed. */
export function parseRendered(ctx: Ctx, name: string, stdout: string): K8sObject[] {
  return parseSource(newSource(`${name} (rendered)`, stdout), { ...ctx.settings.limits, maxFileSize: Infinity, maxDocuments: Infinity }).objects;
}

/** The rendered objects of a root, each tied to its origin document (origin paths are relative to `dir`, the wrapper built). */
export function objectsOf(ctx: Ctx, j: OriginJob, rendered: K8sObject[], dir: string): K8sObject[] {
  const out: K8sObject[] = [];
  for (const r of rendered) {
    const meta = isRecord(r.value.metadata) ? r.value.metadata : {};
    const ann = isRecord(meta.annotations) ? meta.annotations : {};
    const origin = parseOrigin(ann[ORIGIN_ANNOTATION]);
    delete ann[ORIGIN_ANNOTATION];
    if (isRecord(meta.annotations) && Object.keys(ann).length === 0) delete meta.annotations;
    const found = findOrigin(ctx, j, r, origin, dir);
    const subject: Subject = { value: r.value, kind: r.kind, apiVersion: r.apiVersion, name: r.name, originName: found.originName, ...(r.namespace ? { namespace: r.namespace } : {}) };
    const componentsOf = (l: Level) => componentsIn(j.closure, l);
    const sourceOf = (a: string) => parsedFile(ctx, a)?.source;
    const mapBack = mapBackFor(subject, found.object, found.value, found.chain, componentsOf, sourceOf);
    const editTarget = editTargetFor(subject, found.object, found.value, found.chain, componentsOf, sourceOf);
    const from = outsideEntry(ctx, found);
    const info: RenderInfo = { root: j.name, ...(j.flux ? { flux: true as const } : {}), ...(from ? { from } : {}), mapBack, editTarget };
    // (Flux substitutes after the build: the objects as applied; positions are mapped from the
    // value kustomize wrote, whose `${VAR}`s are the origin's)
    const applied = j.vars ? substituteObject(r.value, j.vars) : undefined;
    const value = applied ?? r.value;
    const appliedMeta = isRecord(value.metadata) ? value.metadata : {};
    const name = applied && typeof appliedMeta.name === 'string' ? appliedMeta.name : r.name;
    const namespace = applied ? (typeof appliedMeta.namespace === 'string' && appliedMeta.namespace ? appliedMeta.namespace : undefined) : r.namespace;
    const obj: K8sObject = { ...found.object, value, apiVersion: r.apiVersion, kind: r.kind, name, render: info };
    delete obj.invalid;
    if (namespace) obj.namespace = namespace;
    else delete obj.namespace;
    out.push(obj);
  }
  return out;
}

/**
 * For an object whose origin file is outside the working folder (a base above the folder audited:
 * shown by its absolute path, as no relative one from the working folder names it below), the
 * entry inside the working folder that reaches it: `file:line` of the `resources:`/`bases:`/
 * `components:` entry of the innermost kustomization of its chain that is inside.
 */
function outsideEntry(ctx: Ctx, found: Found): string | undefined {
  const inside = (shown: string) => !isAbsolute(shown) && !shown.startsWith('../');
  if (inside(found.object.file.path)) return undefined;
  const chain = found.chain;
  for (let i = chain.length - 1; i >= 0; i--) {
    const l = chain[i]!;
    if (!inside(l.source.path)) continue;
    const next = chain[i + 1];
    const want = next ? next.dir : resolve(ctx.cwd, found.object.file.path);
    const entry = next ? l.children.find((c) => c.dir === want || safeRealpath(c.dir) === want) : undefined;
    const listed = entry ? ([entry.field, entry.index] as const) : fileEntry(l, want);
    if (!listed) return `${l.source.path}`;
    const [start] = rangeOf(l.anchor, [...listed]);
    return `${l.source.path}:${l.source.lineCounter.linePos(start).line}`;
  }
  return undefined;
}

function fileEntry(l: Level, abs: string): readonly [string, number] | undefined {
  for (const field of ['resources', 'bases']) {
    const list = l.value[field];
    const i = Array.isArray(list) ? list.findIndex((x) => typeof x === 'string' && resolve(l.dir, x) === abs) : -1;
    if (i !== -1) return [field, i];
  }
  return undefined;
}


interface Found {
  object: K8sObject;
  value: unknown;
  chain: Level[];
  originName: string;
}

/**
 * Of a file's documents, the one a rendered object whose name none of them gives was made from: a
 * patch with `options: {allowNameChange, allowKindChange}` renamed it or changed its kind
 * (kustomize's origin annotation names the file only). The one with the most top-level fields
 * (rules, subjects, spec…) rendered as written, then the most such fields at all, then the same kind.
 */
function likeliest(objects: K8sObject[], r: K8sObject): K8sObject {
  const fields = (v: Record<string, unknown>) => Object.keys(v).filter((k) => k !== 'apiVersion' && k !== 'kind' && k !== 'metadata');
  const score = (o: K8sObject): number[] => {
    const own = fields(o.value);
    return [own.filter((k) => JSON.stringify(o.value[k]) === JSON.stringify(r.value[k])).length, own.filter((k) => k in r.value).length, o.kind === r.kind ? 1 : 0];
  };
  let best = objects[0]!;
  let top = score(best);
  for (const o of objects.slice(1)) {
    const sc = score(o);
    const i = sc.findIndex((x, k) => x !== top[k]);
    if (i !== -1 && sc[i]! > top[i]!) ((best = o), (top = sc));
  }
  return best;
}

function findOrigin(ctx: Ctx, j: OriginJob, r: K8sObject, origin: Record<string, unknown> | undefined, dir: string): Found {
  const fallback = (): Found => ({ object: j.top.anchor, value: {}, chain: [j.top], originName: r.name });
  if (!origin) return fallback();
  if (typeof origin.path === 'string' && typeof origin.repo !== 'string') {
    const named = j.real(resolve(dir, origin.path));
    const file = j.closure.textual.get(named) ?? named;
    const p = parsedFile(ctx, file);
    const owners = j.closure.owners.get(file) ?? [j.top];
    const chains = owners.flatMap((o) => chainsTo(j.closure, o));
    if (!p || p.objects.length === 0) return { ...fallback(), chain: pickChain(chains, r.name, r.name, r.namespace) };
    // the document: same kind, and the name the rendered one was made from (prefixes/suffixes added)
    const sameKind = p.objects.filter((o) => o.kind === r.kind);
    // of documents with one kind and name (kustomize allows them in other versions or namespaces),
    // the one written with the rendered version and namespace
    const score = (o: K8sObject) => (o.apiVersion === r.apiVersion ? 2 : 0) + ((o.namespace ?? '') === (r.namespace ?? '') ? 1 : 0);
    const pick =
      sameKind.filter((o) => o.name === r.name).sort((a, b) => score(b) - score(a))[0] ??
      sameKind.filter((o) => o.name && r.name.includes(o.name)).sort((a, b) => b.name.length - a.name.length)[0] ??
      likeliest(p.objects, r);
    return { object: pick, value: pick.value, chain: pickChain(chains, pick.name, r.name, r.namespace), originName: pick.name };
  }
  if (typeof origin.repo === 'string' && origin.repo) {
    // From a remote base kustomize fetched (`config.kubernetes.io/origin` names its `repo:`, `path:`
    // and `ref:`): the file is not in the repository, so the line a person edits is the entry that
    // lists the remote (pin it, or patch the value in an overlay; patches still map as usual).
    const repo = origin.repo.replace(/\.git$/, '');
    for (const level of j.closure.levels) {
      for (const field of ['resources', 'bases', 'components']) {
        const list = level.value[field];
        const i = Array.isArray(list) ? list.findIndex((x) => typeof x === 'string' && x.includes(repo)) : -1;
        if (i === -1) continue;
        const anchor = pseudoObject(level.source, level.anchor.documentIndex, level.anchor.docRange, [...level.anchor.rootPath, field, i]);
        return { object: anchor, value: {}, chain: pickChain(chainsTo(j.closure, level), r.name, r.name, r.namespace), originName: r.name };
      }
    }
    return fallback();
  }
  if (typeof origin.configuredIn === 'string') {
    const named = j.real(resolve(dir, origin.configuredIn));
    const file = j.closure.textual.get(named) ?? named;
    const level = j.closure.levels.find((l) => resolve(ctx.cwd, l.source.path) === file && l.anchor.rootPath.length === 0) ?? levelOf(ctx, dirname(file));
    if (!level) return fallback();
    const by = isRecord(origin.configuredBy) ? String(origin.configuredBy.kind ?? '') : '';
    const field = by === 'ConfigMapGenerator' ? 'configMapGenerator' : by === 'SecretGenerator' ? 'secretGenerator' : by === 'HelmChartInflationGenerator' ? 'helmCharts' : undefined;
    const list = field ? level.value[field] : undefined;
    let at: ObjPath = [];
    let value: unknown = {};
    let originName = r.name;
    if (Array.isArray(list)) {
      // (the generator whose name the rendered one holds, the longest: `cfg-extra-<hash>` is
      // `cfg-extra`'s, not `cfg`'s; the rendered name is prefix, name, suffix and hash)
      let i = -1;
      list.forEach((g, k) => {
        if (isRecord(g) && typeof g.name === 'string' && g.name && r.name.includes(g.name) && (i === -1 || g.name.length > String((list[i] as Record<string, unknown>).name).length)) i = k;
      });
      if (i !== -1) {
        at = [field!, i];
        value = {};
        originName = String((list[i] as Record<string, unknown>).name);
      }
    }
    const anchor = at.length ? pseudoObject(level.source, level.anchor.documentIndex, level.anchor.docRange, [...level.anchor.rootPath, ...at]) : level.anchor;
    return { object: anchor, value, chain: pickChain(chainsTo(j.closure, level), originName, r.name, r.namespace), originName };
  }
  return fallback();
}
