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

export interface Probe {
  id: string;
  description: string;
  target: { namespace?: string; selector: Record<string, string>; container?: string; maxPods?: number };
  commands: string[][];
  timeoutSeconds?: number;
  expect?: { exitCode?: number; stdout?: string };
  exercises?: { capabilities?: string[]; hostNetwork?: boolean };
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
}

export class CatalogError extends Error {
  override name = 'CatalogError';
}

const validate = validateCatalog as ValidateFunction<ProbeCatalog>;

export const BUILTIN_CATALOG = new URL('./builtin.yaml', import.meta.url);

export function parseCatalog(text: string, source: string): ProbeCatalog {
  let doc: unknown;
  try {
    doc = yamlLib().parse(text);
  } catch (err) {
    throw new CatalogError(`${source}: not valid YAML: ${(err as Error).message}`);
  }
  if (!validate(doc)) {
    const errs = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
    throw new CatalogError(`${source}: not a valid probe catalog: ${errs}`);
  }
  for (const p of doc.probes) {
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
  const catalogs: { cat: ProbeCatalog; source: string }[] = [];
  if (opts.builtin !== false) catalogs.push({ cat: parseCatalog(readFileSync(BUILTIN_CATALOG, 'utf8'), 'built-in catalog'), source: 'built-in catalog' });
  for (const f of userFiles) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (err) {
      throw new CatalogError(`cannot read probe catalog ${f}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    catalogs.push({ cat: parseCatalog(text, f), source: f });
  }
  const vars: Record<string, string> = {};
  for (const { cat } of catalogs) Object.assign(vars, cat.vars ?? {});
  const byId = new Map<string, ResolvedProbe>();
  for (const { cat, source } of catalogs) {
    for (const p of cat.probes) {
      byId.set(p.id, {
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
