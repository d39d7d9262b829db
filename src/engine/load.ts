/**
 * The input stage of `audit()`: discover files, read, parse, and check the shape of the fields
 * leastpriv reads. `eachFile` hands over one file at a time, so that the audit can check a file's
 * objects and drop what no later stage reads before the next file is parsed; `loadObjects` keeps
 * everything, for the commands that answer questions about the manifests (can-i, who-can, verify).
 */
import { dirname, resolve } from 'node:path';
import { discover, displayPath, helmChartOf, namedPath, type Discovered, type DiscoverOptions, type DiscoverTrace } from '../input/discover.ts';
import { parseSource, newSource, type InputDiagnostic, type ParsedFile } from '../input/parse.ts';
import { decode, readInput } from '../input/read.ts';
import type { K8sObject, SourceFile } from '../input/types.ts';
import type { Config } from '../config/types.ts';
import { markDropped, shapeErrors, type ShapeError } from '../model/shape.ts';
import type { SkippedFile } from './types.ts';
import type { AuditInput } from './audit.ts';
import { renderRoots, type RenderedRoot } from '../render/index.ts';
import { isFluxKustomizationObject, type RootLink } from './bundles.ts';

/** The files and discovery problems of `input.paths` (config and command-line excludes, .gitignore). */
export function discoverInputs(input: AuditInput, config: Config, trace?: DiscoverTrace): Discovered {
  return stdinStandsFor(discover(input.paths ?? [], discoverOptions(input, config), trace), input);
}

/**
 * With stdin among the inputs and `stdinName` (--stdin-name) naming a file that discovery found,
 * stdin stands for that file, as ESLint's --stdin-filename does: an editor's unsaved buffer, or the
 * version of a file staged for a commit (`git show :FILE | leastpriv audit --context . - --stdin-name
 * FILE`). The file on disk is not read as well: both would be audited, every object twice, and the
 * old text's grants and workloads would answer for the new one's.
 */
export function stdinStandsFor(found: Discovered, input: Pick<AuditInput, 'stdinName' | 'cwd'>): Discovered {
  const name = input.stdinName;
  if (name === undefined || name === '-' || !found.files.includes('-')) return found;
  const cwd = input.cwd ?? process.cwd();
  // (named as an editor opened it, maybe through a linked folder: as named, or as a walk found it)
  const targets = new Set([resolve(cwd, name), resolve(cwd, namedPath(resolve(cwd, name), cwd))]);
  const files = found.files.filter((f) => f === '-' || !targets.has(resolve(cwd, f)));
  if (files.length === found.files.length) return found;
  return { ...found, files, stdinFor: found.files.find((f) => f !== '-' && targets.has(resolve(cwd, f)))! };
}

/**
 * What the render stage is given: the files found, with stdin's text for the file it stands for (a
 * kustomization, a resource, a Flux object a root renders from: an editor's buffer of it must be
 * rendered, not the file on disk), and the files left out with it when stdin is.
 */
function renderInputs(found: Discovered, input: AuditInput, stdin: string | undefined) {
  const name = found.stdinFor;
  if (name === undefined) return { files: found.files, overrides: input.overrides, omit: input.omit };
  const files = found.files.map((f) => (f === '-' ? name : f));
  const omit = input.omit?.has('-') ? new Set([...input.omit, name]) : input.omit;
  const overrides = stdin !== undefined ? new Map([...(input.overrides ?? []), [name, stdin]]) : input.overrides;
  return { files, overrides, omit };
}

/** What discovery is told (src/cache/discover-index.ts keys a cached discovery on it). */
export function discoverOptions(input: AuditInput, config: Config): DiscoverOptions {
  const cwd = input.cwd ?? process.cwd();
  const excludes = [...config.exclude.map((p) => ({ base: config.file ? dirname(config.file) : cwd, pattern: p })), ...(input.exclude ?? []).map((p) => ({ base: cwd, pattern: p }))];
  return { cwd, exclude: excludes, gitignore: config.gitignore };
}

/** The shape errors found in a parsed file's objects (their fields then dropped: a second check finds none). */
const SHAPE_CHECKED = new WeakMap<ParsedFile, Map<K8sObject, ShapeError[]>>();

/**
 * The key of a parsed file in the per-file layer of --cache (src/cache/parsed.ts): a file read with
 * the layer on (its entries derived from it hold what depends only on the file and the config).
 */
export const LAYER_KEY = new WeakMap<ParsedFile, string>();

/** One input as `eachFile` hands it over. */
export type InputFile =
  /** Found but not read (discovery refused it, or reading failed): listed as skipped. */
  | { read: false; skipped: SkippedFile; diagnostic: InputDiagnostic; source?: SourceFile }
  | {
      read: true;
      source: SourceFile;
      parsed: ParsedFile;
      /** Objects whose audited fields have wrong types: reported, then audited without those fields. */
      shapeErrors: Map<K8sObject, ShapeError[]>;
      /** Included by a rendered root: its objects are audited through the root, not as written here. */
      member?: boolean;
    }
  /** A kustomization or Flux root, rendered (its objects) or not (its error). After every file. */
  | { read: 'root'; root: RenderedRoot; shapeErrors: Map<K8sObject, ShapeError[]> };

/**
 * Every input in order (in-memory sources first, then files as discovered), each parsed and shape
 * checked. Discovery problems come first, as discovery runs before any file is read.
 */
export function eachFile(input: AuditInput, config: Config, visit: (f: InputFile) => void): void {
  const cwd = input.cwd ?? process.cwd();
  const files: string[] = [];
  let plan: ReturnType<typeof renderRoots> | undefined;
  let stdinRead: ReturnType<typeof readInput> | undefined;
  if (input.paths?.length) {
    const found = input.discovered ?? discoverInputs(input, config);
    files.push(...found.files);
    for (const p of found.problems) {
      const skipped = { file: p.file, reason: p.reason };
      visit({ read: false, skipped, diagnostic: { code: p.code ?? 'input-not-auditable', file: p.file, message: p.reason, range: [0, 1] } });
    }
    if (input.render ?? config.render) {
      // (stdin standing for a file is read first: roots that include the file render its text)
      // (and not when a --fix-dry-run pass gives its edited text: overrides)
      if (found.stdinFor !== undefined && !input.omit?.has('-') && !input.overrides?.has(found.stdinFor)) stdinRead = readInput('-', cwd, config.limits.maxFileSize, input.readStdin, found.stdinFor);
      const r = renderInputs(found, input, stdinRead && !('diagnostic' in stdinRead) ? stdinRead.source.text : undefined);
      plan = renderRoots(r.files, cwd, { command: input.kustomizeCommand ?? config.kustomizeCommand, limits: config.limits, ...(r.overrides?.size ? { overrides: r.overrides } : {}), ...(r.omit?.size ? { omit: r.omit } : {}), ...(input.renderCache ? { cache: input.renderCache } : {}), ...(input.cache?.renders ? { store: input.cache.renders } : {}) });
    }
  }
  const check = (objects: K8sObject[]) => {
    const errors = new Map<K8sObject, ShapeError[]>();
    for (const o of objects) {
      const errs = shapeErrors(o);
      if (errs.length === 0) continue;
      errors.set(o, errs);
      // The API server rejects the object (LP002 says where); the rest of it is still audited, with
      // each wrongly typed field taken out, so rules can trust the types they read (issue 15: one
      // bad field must not hide `runAsUser: 0` elsewhere in the pod).
      if (!dropFields(o.value, errs.map((e) => e.path))) o.invalid = true;
      else markDropped(o, errs.map((e) => e.path));
    }
    return errors;
  };
  const parsed = (source: SourceFile, p: ParsedFile) => {
    const member = plan?.members.has(source.path) ?? false;
    visit({ read: true, source, parsed: p, shapeErrors: member ? new Map() : checkedOnce(p), ...(member ? { member } : {}) });
  };
  // A parsed file reused (input.parseCache: the --context counterfactual) was checked already, and its
  // wrongly typed fields dropped: its shape errors are those found then, not none.
  const checkedOnce = (p: ParsedFile) => {
    let errors = SHAPE_CHECKED.get(p);
    if (!errors) SHAPE_CHECKED.set(p, (errors = check(p.objects)));
    return errors;
  };
  for (const s of input.sources ?? []) {
    const src = newSource(s.path, s.text);
    parsed(src, parseSource(src, config.limits));
  }
  const charts = new Map<string, string | null>();
  for (const f of files) {
    if (input.omit?.has(f)) continue;
    const shownAs = f === '-' ? (input.stdinName ?? '-') : f;
    const override = input.overrides?.get(shownAs);
    const prefetched = f === '-' || override !== undefined ? undefined : input.readBytes?.(f);
    const r =
      override !== undefined
        ? { source: newSource(shownAs, override) }
        : f === '-' && stdinRead
          ? stdinRead
          : prefetched
            ? decode(shownAs, prefetched, config.limits.maxFileSize)
            : readInput(f, cwd, config.limits.maxFileSize, input.readStdin, shownAs);
    if ('diagnostic' in r) {
      // (its line index fills from the text on first use, so diagnostics still get a line)
      const partial = r.text !== undefined ? newSource(shownAs, r.text) : undefined;
      visit({ read: false, skipped: { file: shownAs, reason: r.diagnostic.message }, diagnostic: r.diagnostic, ...(partial ? { source: partial } : {}) });
      continue;
    }
    const early = plan?.parsed.get(r.source.path);
    if (early && early.source.text === r.source.text) {
      parsed(early.source, early);
      continue;
    }
    const cached = input.parseCache?.get(r.source.path);
    if (cached && cached.source.text === r.source.text) {
      parsed(cached.source, cached);
      continue;
    }
    const chart = f === '-' ? undefined : helmChartOf(resolve(cwd, f), charts);
    const chartShown = chart === undefined ? undefined : displayPath(chart, cwd);
    // The per-file layer of --cache (src/cache/parsed.ts) keys what it keeps of a file by its text:
    // not with rendering, whose plan reads files itself and audits some through their roots.
    const layer = f !== '-' && !plan ? input.cache?.parsed : undefined;
    const key = layer?.keyOf(r.source, chartShown, config.limits);
    const text = r.source.text;
    const p = parseSource(r.source, config.limits, chartShown);
    input.parseCache?.set(r.source.path, p);
    // (no key when parsing changed the text: flow continuations padded, input/flow-indent.ts)
    if (key !== undefined && r.source.text === text) LAYER_KEY.set(p, key);
    parsed(r.source, p);
  }
  for (const root of plan?.roots ?? []) visit({ read: 'root', root, shapeErrors: check(root.objects) });
}

export interface LoadedObjects {
  /** Every object found, invalid ones marked (`invalid`). */
  objects: K8sObject[];
  sources: Map<string, SourceFile>;
  skipped: SkippedFile[];
  documents: number;
  nonKubernetes: number;
  nonKubernetesFiles: string[];
  /** Input problems (files not read first, then those of parsing, in file order), with their source when known. */
  diagnostics: { diagnostic: InputDiagnostic; source?: SourceFile }[];
  /** Objects whose audited fields have wrong types: reported, then audited without those fields. */
  shapeErrors: Map<K8sObject, ShapeError[]>;
  /** Roots that failed to render, and what is not modelled (src/render): `file:line: message`. */
  renderProblems: string[];
  /** Roots kustomize could not render (their `error` set): what they would render is unknown. */
  failedRoots: RenderedRoot[];
  /** The rendered roots, as bundles.ts groups them into what is applied together. */
  roots: RootLink[];
}

/** Every input loaded and kept: objects, sources and problems. */
export function loadObjects(input: AuditInput, config: Config): LoadedObjects {
  const out: LoadedObjects = { objects: [], sources: new Map(), skipped: [], documents: 0, nonKubernetes: 0, nonKubernetesFiles: [], diagnostics: [], shapeErrors: new Map(), renderProblems: [], failedRoots: [], roots: [] };
  const read: Extract<InputFile, { read: true }>[] = [];
  const rendered: K8sObject[] = [];
  eachFile(input, config, (f) => {
    if (f.read === 'root') {
      rendered.push(...f.root.objects);
      out.roots.push({ name: f.root.name, at: f.root.at, flux: f.root.objects.filter(isFluxKustomizationObject) });
      const at = `${f.root.at.file.path}:${f.root.at.file.lineCounter.linePos(f.root.at.docRange[0]).line}`;
      if (f.root.error !== undefined) out.failedRoots.push(f.root);
      if (f.root.error !== undefined) out.renderProblems.push(`${at}: kustomize could not render ${f.root.name}: ${f.root.error}; its files are read as written`);
      for (const n of f.root.notes) out.renderProblems.push(`${at}: ${f.root.name}: ${n.text}`);
      for (const [o, errs] of f.shapeErrors) out.shapeErrors.set(o, errs);
      return;
    }
    if (!f.read) {
      if (f.source) out.sources.set(f.source.path, f.source);
      out.skipped.push(f.skipped);
      out.diagnostics.push(f.source ? { diagnostic: f.diagnostic, source: f.source } : { diagnostic: f.diagnostic });
      return;
    }
    out.sources.set(f.source.path, f.source);
    read.push(f);
  });
  for (const { parsed: p, shapeErrors, member } of read) {
    out.documents += p.documents;
    if (p.skipped) out.skipped.push({ file: p.source.path, reason: p.skipped });
    for (const d of p.diagnostics) out.diagnostics.push({ diagnostic: d, source: p.source });
    if (isNonKubernetes(p)) {
      out.nonKubernetes++;
      out.nonKubernetesFiles.push(p.source.path);
    }
    if (!member) out.objects.push(...p.objects);
    for (const [o, errs] of shapeErrors) out.shapeErrors.set(o, errs);
  }
  out.objects.push(...rendered);
  return out;
}

/** A file that parsed but held no Kubernetes object (Helm values, kustomization.yaml, CI files…). */
export const isNonKubernetes = (p: ParsedFile): boolean => !p.skipped && p.objects.length === 0 && p.diagnostics.length === 0;

/**
 * Takes the fields at `paths` out of `value` (a key of a mapping deleted; a list item left as null,
 * which rules skip, so the other items keep their indexes). False when a path is the object itself.
 */
function dropFields(value: Record<string, unknown>, paths: readonly (readonly (string | number)[])[]): boolean {
  for (const path of paths) {
    if (path.length === 0) return false;
    let parent: unknown = value;
    for (const k of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[k] : undefined;
    const last = path[path.length - 1]!;
    if (Array.isArray(parent) && typeof last === 'number') parent[last] = null;
    else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[last as string];
  }
  return true;
}
