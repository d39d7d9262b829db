/**
 * Reading kubeconfig files the way kubectl does (clientcmd loader.go): KUBECONFIG may list several
 * files (':' separated on POSIX), merged so that for every named cluster, user and context, and
 * for current-context, the first file that sets it wins; missing files in KUBECONFIG are skipped;
 * without KUBECONFIG, ~/.kube/config. A file kubectl refuses to load is refused (readKubeconfigFile).
 * Resolving a context into a Connection is kubeconfig.ts.
 */
import { readFileSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, resolve, delimiter } from 'node:path';
import { yamlLib } from '../../input/yaml-lib.ts';

export class KubeconfigError extends Error {
  override name = 'KubeconfigError';
}

export interface Named<T> {
  value: T;
  baseDir: string;
  file: string;
}

export type Obj = Record<string, unknown>;

export interface MergedKubeconfig {
  files: string[];
  currentContext?: string;
  clusters: Map<string, Named<Obj>>;
  users: Map<string, Named<Obj>>;
  contexts: Map<string, Named<Obj>>;
}

export interface LoadOptions {
  /** --kubeconfig: one explicit file, no merging (as kubectl). */
  kubeconfig?: string;
  env?: NodeJS.ProcessEnv;
  /** Directory holding token and ca.crt of the in-cluster service account. */
  serviceAccountDir?: string;
}

export function asObj(v: unknown): Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function kubeconfigFiles(opts: LoadOptions): string[] {
  if (opts.kubeconfig) return [resolve(opts.kubeconfig)];
  const env = opts.env ?? process.env;
  if (env.KUBECONFIG) {
    return env.KUBECONFIG.split(delimiter).filter((f) => f !== '').map((f) => resolve(f));
  }
  const home = env.HOME ?? homedir();
  return [resolve(home, '.kube', 'config')];
}

const SECTIONS = [['clusters', 'cluster'], ['users', 'user'], ['contexts', 'context']] as const;

/**
 * One kubeconfig file, refused where kubectl refuses to load it (and with it every file of
 * KUBECONFIG): a file it cannot read (a directory), a document that is not a mapping, a section
 * that is not a list or an entry that is not a mapping, a name or current-context that is not a
 * string (so an unquoted `y`, `no` or `on`, booleans to sigs.k8s.io/yaml, is refused too when the
 * YAML 1.2 reader sees a boolean), and a name twice in one list (clientcmd/api/v1 conversion:
 * "duplicate name in list"). An empty file is an empty config, as in client-go.
 */
function readKubeconfigFile(file: string): Obj {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new KubeconfigError(`cannot read kubeconfig ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = yamlLib().parse(text);
  } catch (err) {
    throw new KubeconfigError(`kubeconfig ${file} is not valid YAML: ${(err as Error).message}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new KubeconfigError(`kubeconfig ${file} is not a kubeconfig: its document is ${Array.isArray(parsed) ? 'a list' : `a ${typeof parsed}`}, not a mapping (kubectl refuses to load it)`);
  const doc = parsed as Obj;
  const cc = doc['current-context'];
  if (cc !== undefined && cc !== null && typeof cc !== 'string') throw new KubeconfigError(`kubeconfig ${file}: current-context is a ${typeof cc}, not a string (kubectl refuses to load it; quote it)`);
  for (const [section, key] of SECTIONS) {
    const list = doc[section];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw new KubeconfigError(`kubeconfig ${file}: ${section} is not a list (kubectl refuses to load it)`);
    const seen = new Set<string>();
    list.forEach((entry: unknown, i) => {
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new KubeconfigError(`kubeconfig ${file}: ${section}[${i}] is not a mapping (kubectl refuses to load it)`);
      const { name, [key]: value } = entry as Obj;
      if (name !== undefined && name !== null && typeof name !== 'string') throw new KubeconfigError(`kubeconfig ${file}: ${section}[${i}].name is a ${typeof name}, not a string (kubectl refuses to load it; quote it)`);
      if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) throw new KubeconfigError(`kubeconfig ${file}: ${section}[${i}].${key} is not a mapping (kubectl refuses to load it)`);
      const n = (name as string | undefined) ?? '';
      if (seen.has(n)) throw new KubeconfigError(`kubeconfig ${file}: ${section} has the name ${JSON.stringify(n)} twice; kubectl refuses to load it ("duplicate name in list")`);
      seen.add(n);
    });
  }
  return doc;
}

export function loadKubeconfig(opts: LoadOptions = {}): MergedKubeconfig {
  const explicit = opts.kubeconfig !== undefined;
  const merged: MergedKubeconfig = { files: [], clusters: new Map(), users: new Map(), contexts: new Map() };
  for (const file of kubeconfigFiles(opts)) {
    if (!existsSync(file)) {
      if (explicit) throw new KubeconfigError(`kubeconfig ${file} does not exist`);
      continue; // kubectl ignores missing files in KUBECONFIG
    }
    const doc = readKubeconfigFile(file);
    merged.files.push(file);
    const baseDir = dirname(file);
    merged.currentContext ??= str(doc['current-context']);
    for (const [section, key] of SECTIONS) {
      for (const entry of (doc[section] ?? []) as Obj[]) {
        const name = str(entry.name);
        if (name && !merged[section].has(name)) {
          merged[section].set(name, { value: asObj(entry[key]), baseDir, file });
        }
      }
    }
  }
  return merged;
}

