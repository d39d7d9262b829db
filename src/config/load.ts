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
import configSchema from '../../schema/leastpriv-config.schema.json' with { type: 'json' };
import { checkOptions, type Schema } from './rule-options.ts';
import { didYouMean as didYouMeanKey } from '../engine/did-you-mean.ts';

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

/**
 * How the config learns about rules (the registry passes `isKnownRule`): whether a code or name
 * exists, its options schema, and every code and name (for "did you mean").
 */
export type KnownRule = ((id: string) => boolean) & { optionsSchema?: (id: string) => Schema | undefined; ids?: () => string[] };

/** Config keys, for "did you mean" on an unknown one. */
const TOP_KEYS = (): string[] => Object.keys((configSchema as { properties: Record<string, unknown> }).properties);

export function validateConfig(data: unknown, whereArg: string | ((path: readonly (string | number)[]) => string), knownRule: KnownRule): ConfigFile {
  // `where` names the config; given a function, also the line of the key at fault.
  const at = (path: readonly (string | number)[]) => (typeof whereArg === 'string' ? whereArg : whereArg(path));
  const where = at([]);
  // `kubeVersion: 1.35` is a YAML number: the text as written is taken by configFromText; a number
  // left here (1.3 from `1.30`, say) cannot be read back: ask for quotes.
  if (data && typeof data === 'object' && typeof (data as Record<string, unknown>).kubeVersion === 'number') {
    const n = (data as Record<string, unknown>).kubeVersion;
    throw new ConfigError(`${at(['kubeVersion'])}: kubeVersion: ${String(n)} is read by YAML as a number (1.30 would become 1.3): quote it, kubeVersion: "v${String(n)}"`);
  }
  if (!validator(data)) {
    const e = validator.errors![0]!;
    const key = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
    const extra = e.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'${unknownKeyHint(String(e.params.additionalProperty), e.instancePath)}` : '';
    const allowed = e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
    const path = e.instancePath ? e.instancePath.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~')) : [];
    if (e.params && 'additionalProperty' in e.params) path.push(String(e.params.additionalProperty));
    throw new ConfigError(`${at(path)}: ${key}: ${e.message}${extra}${allowed}`);
  }
  const cfg = data as ConfigFile;
  for (const [id, setting] of Object.entries(cfg.rules ?? {})) {
    if (!knownRule(id)) {
      const hint = knownRule.ids ? didYouMeanKey(id, knownRule.ids()) : undefined;
      throw new ConfigError(`${at(['rules', id])}: rules.${id}: no rule has this code or name${hint ? `; did you mean ${hint}?` : ''} (see 'leastpriv rules')`);
    }
    if (typeof setting !== 'object' || setting.options === undefined || !knownRule.optionsSchema) continue;
    const schema = knownRule.optionsSchema(id);
    if (!schema) throw new ConfigError(`${at(['rules', id, 'options'])}: rules.${id}.options: this rule takes no options`);
    const p = checkOptions(schema, setting.options);
    if (!p) continue;
    const key = `rules.${id}.options${p.path ? '.' + p.path : ''}`;
    const hint = p.unknownKey ? didYouMeanKey(p.unknownKey.key, p.unknownKey.allowed) : undefined;
    const allowed = p.unknownKey ? ` (options: ${p.unknownKey.allowed.join(', ') || 'none'})` : '';
    throw new ConfigError(`${at(['rules', id, 'options', ...(p.path ? p.path.split('.') : [])])}: ${key}: ${p.message}${hint ? `; did you mean ${hint}?` : allowed}`);
  }
  return cfg;
}

function unknownKeyHint(key: string, instancePath: string): string {
  if (instancePath !== '') return '';
  const hint = didYouMeanKey(key, TOP_KEYS());
  return hint ? `; did you mean ${hint}?` : '';
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

export function loadConfig(opts: { cwd: string; configPath?: string; knownRule: KnownRule }): Config {
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
export function configFromText(text: string, path: string, knownRule: KnownRule, label = path): Config {
  let data: unknown;
  let doc: ReturnType<ReturnType<typeof yamlLib>['parseDocument']>;
  try {
    doc = yamlLib().parseDocument(text, { prettyErrors: false });
    if (doc.errors.length) throw doc.errors[0];
    data = doc.toJS() ?? {};
    // `kubeVersion: 1.35` (unquoted): take the number as written, not as the float it parses to.
    const kv = data && typeof data === 'object' ? (data as Record<string, unknown>).kubeVersion : undefined;
    const node = typeof kv === 'number' ? (doc.get('kubeVersion', true) as { range?: [number, number, number] } | undefined) : undefined;
    const written = node?.range ? text.slice(node.range[0], node.range[1]).trim() : '';
    if (/^1\.\d{1,3}$/.test(written)) (data as Record<string, unknown>).kubeVersion = `v${written}`;
  } catch (e) {
    throw new ConfigError(`${label}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  // Errors name the line of the key at fault (or of its nearest parent that is written).
  const where = (keyPath: readonly (string | number)[]) => {
    for (let n = keyPath.length; n > 0; n--) {
      const node = doc.getIn(keyPath.slice(0, n).map((k) => (typeof k === 'string' && /^\d+$/.test(k) ? Number(k) : k)), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return `${label}:${text.slice(0, node.range[0]).split('\n').length}`;
    }
    return label;
  };
  return resolveConfig(validateConfig(data, where, knownRule), path);
}
