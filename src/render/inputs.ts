/**
 * Everything kustomize may read to render one root, as lines of a cache key (src/cache/render.ts),
 * or the reason the root cannot be keyed soundly (it is then rendered, and never cached).
 *
 * The walk starts at the root's wrapper kustomization (the temporary one render/index.ts writes:
 * its text is part of the key, so are the Flux settings it carries) and takes, for every
 * kustomization it reaches (at its real folder, links resolved, as kustomize roots it there and
 * joins the paths it names to that folder):
 * - the whole folder tree of the kustomization (every file's bytes, every name, every link target;
 *   `.git` and cache folders — a CACHEDIR.TAG inside — left out): whatever kustomize reads there
 *   without a path written for it (the other kustomization file names, which it refuses when two
 *   exist) is covered;
 * - every string value anywhere in the kustomization that names an existing path (as written, or
 *   the part after `=`: `key=path` of generator files): that file, or that folder (walked as a
 *   kustomization when it has one, else its whole tree). This takes in bases and patch files
 *   reached through `../`, components, generator inputs, replacements, CRDs, openapi, whatever
 *   field a kustomize version adds, at the price of some needless inputs (a label value that
 *   happens to name a folder: a cache miss at worst, never a wrong hit).
 * A path field (resources, bases, components, crds, configurations, patchesStrategicMerge, the
 * `path` of patches/patchesJson6902/replacements, openapi.path, configMapGenerator files/envs/env)
 * that names nothing on disk — a remote base (URL, git reference), a glob, a missing file — makes
 * the root not cached: its output depends on things not on disk here. So do helm (helmCharts and
 * friends: a chart download and a helm binary), generator/transformer/validator plugins (which
 * may run programs), and a `secretGenerator` that reads files (often kept out of git, or written by
 * CI from its secrets: a rendered Secret's values from them are never written to the cache folder,
 * which CI may upload). Kustomize's own identity and the
 * arguments are keyed by the caller.
 */
import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join, relative, resolve, isAbsolute } from 'node:path';
import { yamlLib } from '../input/yaml-lib.ts';
import { PARSE_OPTIONS } from '../input/tree.ts';
import { isRemote, kustomizationFileIn } from './kustomization.ts';
import { isRecord } from '../model/workloads.ts';

/** Fields whose presence anywhere in a root's closure makes it not cached, and why. */
const NOT_CACHED: Record<string, string> = {
  helmCharts: 'it inflates Helm charts',
  helmChartInflationGenerator: 'it inflates Helm charts',
  helmGlobals: 'it inflates Helm charts',
  generators: 'it runs generator plugins',
  transformers: 'it runs transformer plugins',
  validators: 'it runs validator plugins',
};

/** A folder tree past these bounds is not hashed: the root is then not cached. */
const TREE_MAX_FILES = 20_000;
const TREE_MAX_BYTES = 256 * 1024 * 1024;

const statKey = (st: Stats): string => `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;

/** File and tree hashes, kept for one run (roots share bases). */
export class InputHasher {
  private readonly fileHashes = new Map<string, string>();
  private readonly trees = new Map<string, string | null>();
  /** Size, times and inode of each file when it was hashed (checked again before a render is stored). */
  readonly stats = new Map<string, string>();
  private readonly levels = new Map<string, unknown>();

  /** A kustomization's part of a key, made once per run (`make`: render/inputs.ts levelInputs). */
  level<T>(dir: string, make: () => T): T {
    if (!this.levels.has(dir)) this.levels.set(dir, make());
    return this.levels.get(dir) as T;
  }

  file(abs: string): string {
    let h = this.fileHashes.get(abs);
    if (h === undefined) {
      try {
        const st = statSync(abs);
        if (!st.isFile()) h = `not-a-file:${st.mode}`;
        else {
          this.stats.set(abs, statKey(st));
          h = createHash('sha256').update(readFileSync(abs)).digest('hex');
        }
      } catch (e) {
        h = `error:${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`;
      }
      this.fileHashes.set(abs, h);
    }
    return h;
  }

  /** A hash of a folder tree (names, kinds, link targets, file bytes), or undefined past the bounds. */
  tree(dir: string): string | undefined {
    const known = this.trees.get(dir);
    if (known !== undefined) return known ?? undefined;
    const h = createHash('sha256');
    let files = 0;
    let bytes = 0;
    const seen = new Set<string>();
    const walk = (d: string): boolean => {
      let real: string;
      try {
        real = realpathSync(d);
      } catch {
        return true;
      }
      // (a link cycle: the folder is in the hash once, under its first name)
      if (seen.has(real)) {
        h.update(`cycle\0${real}\0`);
        return true;
      }
      seen.add(real);
      let entries;
      try {
        entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch (e) {
        h.update(`unreadable\0${(e as NodeJS.ErrnoException).code ?? ''}\0`);
        return true;
      }
      for (const e of entries) {
        const p = join(d, e.name);
        // (not even their names: the cache folder appears after the first run, and is no input; nor
        // a link to one, `.leastpriv-cache` kept elsewhere: else every run's entries made a new key)
        if ((e.name === '.git' || e.isDirectory() || e.isSymbolicLink()) && (e.name === '.git' || isCacheFolder(p))) continue;
        h.update(`${relative(dir, p)}\0`);
        if (e.isSymbolicLink()) {
          // (and where it leads: a link through a link re-pointed keeps its text and maybe its
          // bytes, but kustomize refuses a file whose real path is outside the root)
          try {
            h.update(`link\0${readlinkSync(p)}\0${realpathSync(p)}\0`);
          } catch {
            h.update('link?\0');
          }
        }
        let st: Stats;
        try {
          st = statSync(p);
        } catch {
          h.update('dangling\0');
          continue;
        }
        if (st.isDirectory()) {
          h.update('dir\0');
          if (!walk(p)) return false;
        } else if (st.isFile()) {
          if (++files > TREE_MAX_FILES || (bytes += st.size) > TREE_MAX_BYTES) return false;
          h.update(`file\0${this.file(p)}\0`);
        } else h.update(`other\0${st.mode}\0`);
      }
      return true;
    };
    const out = walk(dir) ? h.digest('hex') : null;
    this.trees.set(dir, out);
    return out ?? undefined;
  }
}

/** A cache folder (leastpriv's, or any tool's that tags it: bford.info/cachedir) is not an input. */
function isCacheFolder(dir: string): boolean {
  try {
    return statSync(join(dir, 'CACHEDIR.TAG')).isFile();
  } catch {
    return false;
  }
}

/** Whether the string at this place of a kustomization is a path kustomize reads (see the header). */
function isPathField(at: readonly (string | number)[]): boolean {
  const [a, , c] = at;
  if (typeof a !== 'string') return false;
  if (at.length === 2 && ['resources', 'bases', 'components', 'crds', 'configurations', 'patchesStrategicMerge'].includes(a)) return true;
  if (at.length === 3 && c === 'path' && ['patches', 'patchesJson6902', 'replacements'].includes(a)) return true;
  if (at.length === 2 && a === 'openapi' && at[1] === 'path') return true;
  return (a === 'configMapGenerator' || a === 'secretGenerator') && (c === 'files' || c === 'envs' || c === 'env');
}

export type RootInputs = { lines: string[] } | { uncached: string };

/** What one kustomization adds to a key: its lines, the kustomization folders it names, or why it cannot be keyed. */
interface Level {
  lines: string[];
  kustomizations: [dir: string, file: string][];
  stop?: string;
}

/**
 * The inputs of the root whose wrapper kustomization is `wrapperFile` (its folder is not an input:
 * it holds only that file).
 */
export function rootInputs(wrapperFile: string, wrapperDir: string, hasher: InputHasher): RootInputs {
  const lines = new Set<string>();
  const done = new Set<string>();
  const visit = (dir: string, file: string, wrapper: boolean): string | undefined => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      real = dir;
    }
    if (done.has(real)) return undefined;
    done.add(real);
    // kustomize roots a kustomization at its real folder (links resolved) and joins its paths to
    // that: prod/app linked to staging/app reads `../base` as staging/base, not prod/base. So are
    // they resolved here (a base or component many roots include is read once per run: its part is kept)
    const at = join(real, basename(file));
    const l = wrapper ? levelInputs(real, at, true, hasher) : hasher.level(real, () => levelInputs(real, at, false, hasher));
    if (l.stop !== undefined) return l.stop;
    for (const x of l.lines) lines.add(x);
    for (const [d, f] of l.kustomizations) {
      const why = visit(d, f, false);
      if (why !== undefined) return why;
    }
    return undefined;
  };
  const why = visit(wrapperDir, wrapperFile, true);
  return why === undefined ? { lines: [...lines].sort() } : { uncached: why };
}

/** One kustomization's part of a key (see the header). */
function levelInputs(dir: string, file: string, wrapper: boolean, hasher: InputHasher): Level {
  const out: Level = { lines: [], kustomizations: [] };
  class NotCached extends Error {}
  const stop = (why: string): never => {
    throw new NotCached(why);
  };
  try {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return stop(`${file} cannot be read`);
    }
    if (wrapper) out.lines.push(`wrapper\0${text}`);
    else {
      const t = hasher.tree(dir);
      if (t === undefined) return stop(`${dir} holds more than ${TREE_MAX_FILES} files or ${TREE_MAX_BYTES >> 20} MB`);
      out.lines.push(`tree\0${dir}\0${t}`);
    }
    const { parseAllDocuments, isMap } = yamlLib();
    let value: unknown;
    try {
      const docs = parseAllDocuments(text.replace(/^\uFEFF/, ''), PARSE_OPTIONS);
      if (!Array.isArray(docs) || docs.length !== 1 || docs[0]!.errors.length || !isMap(docs[0]!.contents)) return stop(`${file} is not one YAML mapping`);
      value = docs[0]!.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      if (e instanceof NotCached) throw e;
      return stop(`${file} is not one YAML mapping`);
    }
    if (!isRecord(value)) return stop(`${file} is not one YAML mapping`);
    for (const [k, why] of Object.entries(NOT_CACHED)) if (value[k] !== undefined) stop(`${why} (${k})`);
    // (literals are written in the kustomization itself: in the repository already)
    if (Array.isArray(value.secretGenerator) && value.secretGenerator.some((g) => !isRecord(g) || g.files !== undefined || g.envs !== undefined || g.env !== undefined))
      stop('it generates Secrets from files (their values are never written to the cache)');

    /** Takes in the path `c` names from `dir`; false when it names nothing. */
    const reference = (c: string, pathField: boolean): boolean => {
      const p = resolve(dir, c);
      let st: Stats;
      try {
        st = statSync(p);
      } catch {
        return false;
      }
      if (st.isFile()) {
        // (by its real path too: kustomize's load restrictor decides on it)
        let real = p;
        try {
          real = realpathSync(p);
        } catch {
          // (stated a moment ago: gone now, and hashed as an error)
        }
        out.lines.push(`file\0${p}\0${real}\0${hasher.file(p)}`);
        return true;
      }
      if (!st.isDirectory()) return pathField ? stop(`${c} is not a file or folder`) : false;
      const k = kustomizationFileIn(p);
      if (k) {
        out.kustomizations.push([p, k]);
        return true;
      }
      // a value that names a folder holding this kustomization ('.', '..', '/') is no input of its own
      const r = relative(p, dir);
      if (!pathField && !r.startsWith('..') && !isAbsolute(r)) return true;
      const t = hasher.tree(p);
      if (t === undefined) return stop(`${p} holds more than ${TREE_MAX_FILES} files or ${TREE_MAX_BYTES >> 20} MB`);
      out.lines.push(`tree\0${p}\0${t}`);
      return true;
    };
    const walk = (v: unknown, at: (string | number)[]) => {
      if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...at, i]));
      if (isRecord(v)) return Object.entries(v).forEach(([k, x]) => walk(x, [...at, k]));
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return;
      const s = String(v);
      const pathField = isPathField(at);
      // (an inline patch written where a file name may be: patchesStrategicMerge)
      if (s.includes('\n') || s.includes('\0') || s.length > 4096 || s === '') {
        if (pathField && !s.includes('\n')) stop(`${s.slice(0, 80)} is not a path on disk`);
        return;
      }
      if (pathField && isRemote(s)) stop(`${s} is remote`);
      const eq = s.indexOf('=');
      let found = false;
      for (const c of eq === -1 ? [s] : [s, s.slice(eq + 1)]) if (c && reference(c, pathField)) found = true;
      if (pathField && !found) stop(`${s} (${at.join('.')}) names nothing on disk`);
    };
    walk(value, []);
  } catch (e) {
    if (!(e instanceof NotCached)) throw e;
    out.stop = e.message;
  }
  return out;
}
