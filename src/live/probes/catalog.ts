/**
 * Probe catalogs: the built-in one (builtin.yaml, the incident's six tools) plus user files given
 * with --probes, validated against probe-catalog.schema.json (by a validator that ajv generates at
 * build time, scripts/validators.mjs). A user probe with a built-in's id replaces it; user vars
 * override built-in vars. {{var}} is substituted inside one argument and never splits or joins
 * arguments: commands stay argument arrays end to end.
 */
import { readFileSync } from 'node:fs';
import { yamlLib } from '../../input/yaml-lib.ts';
import type { ValidateFunction } from 'ajv';
import validateCatalog from './catalog-validator.gen.js';
import { selectorError, type LabelSelector } from '../verify/selector.ts';

export interface Probe {
  id: string;
  description: string;
  /** Absent: every workload container with what the probe exercises (hostNetwork, added capabilities). */
  target?: ProbeTargetSpec;
  commands: string[][];
  timeoutSeconds?: number;
  expect?: { exitCode?: number; stdout?: string };
  exercises?: { capabilities?: string[]; hostNetwork?: boolean };
}

export interface ProbeTargetSpec {
  namespace?: string;
  /** kind/name of a workload in the manifests. */
  workload?: string;
  /** matchLabels shorthand. */
  selector?: Record<string, string>;
  labelSelector?: LabelSelector;
  container?: string;
  maxPods?: number;
}

export interface ProbeCatalog {
  apiVersion: string;
  kind: 'ProbeCatalog';
  vars?: Record<string, string>;
  probes: Probe[];
}

/** A probe ready to run: vars substituted, defaults applied, the catalog file it came from. */
export interface ResolvedProbe extends Probe {
  timeoutSeconds: number;
  expect: { exitCode: number; stdout?: string };
  source: string;
  /** Where the probe is written (1-based); undefined for the built-in catalog's file outside a repository. */
  line: number;
  column: number;
  builtin: boolean;
}

export class CatalogError extends Error {
  override name = 'CatalogError';
}

const validate = validateCatalog as ValidateFunction<ProbeCatalog>;

export const BUILTIN_CATALOG = new URL('./builtin.yaml', import.meta.url);

/** The catalog and where each probe starts (line, column; 1-based). */
export function parseCatalogWithPositions(text: string, source: string): { catalog: ProbeCatalog; positions: { line: number; column: number }[] } {
  const lib = yamlLib();
  const lines = new lib.LineCounter();
  const parsed = lib.parseDocument(text, { lineCounter: lines });
  if (parsed.errors.length) throw new CatalogError(`${source}: not valid YAML: ${parsed.errors[0]!.message}`);
  const catalog = checkCatalog(parsed.toJS() as unknown, source);
  const items = (parsed.get('probes') as { items?: { range?: [number, number, number] }[] } | undefined)?.items ?? [];
  const positions = catalog.probes.map((_, i) => {
    const at = items[i]?.range?.[0];
    return at === undefined ? { line: 1, column: 1 } : { line: lines.linePos(at).line, column: lines.linePos(at).col };
  });
  return { catalog, positions };
}

export function parseCatalog(text: string, source: string): ProbeCatalog {
  let doc: unknown;
  try {
    doc = yamlLib().parse(text);
  } catch (err) {
    throw new CatalogError(`${source}: not valid YAML: ${(err as Error).message}`);
  }
  return checkCatalog(doc, source);
}

function checkCatalog(doc: unknown, source: string): ProbeCatalog {
  if (!validate(doc)) {
    const errs = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
    throw new CatalogError(`${source}: not a valid probe catalog: ${errs}`);
  }
  for (const p of doc.probes) {
    if (!p.target && !p.exercises?.capabilities?.length && !p.exercises?.hostNetwork) {
      throw new CatalogError(`${source}: probe ${p.id}: needs a target (workload, namespace, selector or labelSelector) or what it exercises (exercises.hostNetwork, exercises.capabilities) to pick its workloads`);
    }
    const bad = p.target?.labelSelector ? selectorError(p.target.labelSelector) : undefined;
    if (bad) throw new CatalogError(`${source}: probe ${p.id}: target.labelSelector: ${bad}`);
    if (p.expect?.stdout !== undefined) {
      try {
        new RegExp(p.expect.stdout);
      } catch (err) {
        throw new CatalogError(`${source}: probe ${p.id}: expect.stdout is not a valid regular expression: ${(err as Error).message}`);
      }
    }
  }
  return doc;
}

function substitute(arg: string, vars: Record<string, string>, where: string): string {
  return arg.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new CatalogError(`${where}: unknown variable {{${name}}}`);
    return v;
  });
}

/** Load the built-in catalog and any user catalogs, later ones overriding earlier ones. */
export function loadProbes(userFiles: readonly string[] = [], opts: { builtin?: boolean } = {}): ResolvedProbe[] {
  const catalogs: { cat: ProbeCatalog; source: string; positions: { line: number; column: number }[]; builtin: boolean }[] = [];
  if (opts.builtin !== false) {
    const { catalog, positions } = parseCatalogWithPositions(readFileSync(BUILTIN_CATALOG, 'utf8'), 'built-in catalog');
    catalogs.push({ cat: catalog, source: 'built-in catalog', positions, builtin: true });
  }
  for (const f of userFiles) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (err) {
      throw new CatalogError(`cannot read probe catalog ${f}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    const { catalog, positions } = parseCatalogWithPositions(text, f);
    catalogs.push({ cat: catalog, source: f, positions, builtin: false });
  }
  const vars: Record<string, string> = {};
  for (const { cat } of catalogs) Object.assign(vars, cat.vars ?? {});
  const byId = new Map<string, ResolvedProbe>();
  for (const { cat, source, positions, builtin } of catalogs) {
    for (const [i, p] of cat.probes.entries()) {
      byId.set(p.id, {
        ...positions[i]!,
        builtin,
        ...p,
        commands: p.commands.map((argv) => argv.map((a) => substitute(a, vars, `${source}: probe ${p.id}`))),
        timeoutSeconds: p.timeoutSeconds ?? 30,
        expect: { exitCode: p.expect?.exitCode ?? 0, stdout: p.expect?.stdout },
        source,
      });
    }
  }
  return [...byId.values()];
}
