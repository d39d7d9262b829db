/**
 * Finding, reading and validating `.leastpriv.yaml`. Validation checks the JSON Schema shipped in
 * `schema/` (the same file editors use through `$schema`) with a validator that ajv generates at build
 * time (scripts/validators.mjs), then checks that every rule named exists. A bad config is a
 * ConfigError: the CLI exits 2 with the key and the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { yamlLib } from '../input/yaml-lib.ts';
import validator from './config-validator.gen.js';
import { DEFAULT_LIMITS } from '../input/types.ts';
import type { Config, ConfigFile } from './types.ts';
import { DEFAULT_KUBE_VERSION } from '../pss/version.ts';

export class ConfigError extends Error {}

export const CONFIG_NAMES = ['.leastpriv.yaml', '.leastpriv.yml'];

export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const n of CONFIG_NAMES) {
      const p = join(dir, n);
      if (existsSync(p)) return p;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function validateConfig(data: unknown, where: string, knownRule: (id: string) => boolean): ConfigFile {
  if (!validator(data)) {
    const e = validator.errors![0]!;
    const key = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
    const extra = e.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'` : '';
    const allowed = e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
    throw new ConfigError(`${where}: ${key}: ${e.message}${extra}${allowed}`);
  }
  const cfg = data as ConfigFile;
  for (const id of Object.keys(cfg.rules ?? {})) {
    if (!knownRule(id)) throw new ConfigError(`${where}: rules.${id}: no rule has this code or name (see 'leastpriv rules')`);
  }
  return cfg;
}

export function defaults(): Config {
  return { profile: 'leastpriv', kubeVersion: DEFAULT_KUBE_VERSION, failOn: 'error', rules: {}, exclude: [], gitignore: true, limits: { ...DEFAULT_LIMITS }, render: true, kustomizeCommand: 'kubectl' };
}

export function resolveConfig(file: ConfigFile, path?: string): Config {
  const d = defaults();
  const cfg: Config = {
    profile: file.profile ?? d.profile,
    kubeVersion: file.kubeVersion ?? d.kubeVersion,
    failOn: file.failOn ?? d.failOn,
    rules: file.rules ?? {},
    exclude: file.exclude ?? [],
    gitignore: file.gitignore ?? true,
    render: file.render ?? true,
    kustomizeCommand: file.kustomizeCommand ?? 'kubectl',
    limits: { ...d.limits, ...(file.limits ?? {}) },
  };
  if (path) cfg.file = path;
  return cfg;
}

export function loadConfig(opts: { cwd: string; configPath?: string; knownRule: (id: string) => boolean }): Config {
  const path = opts.configPath ? resolve(opts.cwd, opts.configPath) : findConfig(opts.cwd);
  if (!path) return defaults();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`${path}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return configFromText(text, path, opts.knownRule);
}

/**
 * A config from its text (read from a file, or from git: the Action's `config-from: base`). `path`
 * names it in messages and is where its relative `exclude` patterns start.
 */
export function configFromText(text: string, path: string, knownRule: (id: string) => boolean, label = path): Config {
  let data: unknown;
  try {
    data = yamlLib().parse(text, { prettyErrors: false }) ?? {};
  } catch (e) {
    throw new ConfigError(`${label}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  return resolveConfig(validateConfig(data, label, knownRule), path);
}
