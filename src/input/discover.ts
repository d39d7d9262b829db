/**
 * Finding the files to audit: paths given on the command line, folders walked recursively.
 * `.git` and `node_modules` are never entered; `.gitignore` files are honoured (per folder, as git
 * does) unless disabled; `exclude` patterns use gitignore syntax, relative to the working directory.
 * The `ignore` package implements gitignore matching exactly (negation, anchoring, `**`), which is
 * easy to get subtly wrong by hand.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ignoreFactory from 'ignore';

type Ignore = ReturnType<typeof ignoreFactory>;

export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];
const NEVER_ENTER = new Set(['.git', 'node_modules']);

export interface ExcludePattern {
  /** Folder the pattern is relative to (the config file's folder, or the cwd for --exclude). */
  base: string;
  pattern: string;
}

export interface DiscoverOptions {
  cwd: string;
  exclude: ExcludePattern[];
  gitignore: boolean;
}

export interface DiscoverProblem {
  file: string;
  reason: string;
}

export interface Discovered {
  /** Paths relative to cwd when below it (forward slashes), else absolute; '-' for stdin. */
  files: string[];
  problems: DiscoverProblem[];
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || resolve(cwd, rel) !== abs) return abs.split(sep).join('/');
  return rel.split(sep).join('/');
}

function hasManifestExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

interface IgnoreLayer {
  base: string; // absolute folder the .gitignore lives in
  ig: Ignore;
}

function readGitignore(dir: string): IgnoreLayer | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return { base: dir, ig: ignoreFactory().add(text) };
}

/** gitignore files above the starting folder, up to the repository root, apply too. */
function ancestorLayers(dir: string): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  let cur = dir;
  for (;;) {
    const parent = resolve(cur, '..');
    if (parent === cur) break;
    cur = parent;
    const layer = readGitignore(cur);
    if (layer) layers.unshift(layer);
    try {
      statSync(join(cur, '.git'));
      break; // repository root reached
    } catch {
      /* keep climbing */
    }
  }
  return layers;
}

/**
 * As git does: the deepest .gitignore with an opinion on the path wins, so a nested `!keep.yaml`
 * re-includes what a parent's `*.yaml` ignored (gitignore(5): patterns in lower-level files
 * override those in higher-level files).
 */
function ignoredBy(layers: IgnoreLayer[], abs: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const { base, ig } = layers[i]!;
    const rel = relative(base, abs);
    if (!rel || rel.startsWith('..')) continue;
    const r = ig.test(rel.split(sep).join('/') + (isDir ? '/' : ''));
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}

export function discover(paths: string[], opts: DiscoverOptions): Discovered {
  const files: string[] = [];
  const problems: DiscoverProblem[] = [];
  const seen = new Set<string>();
  const bases = new Map<string, Ignore>();
  for (const e of opts.exclude) {
    const base = resolve(opts.cwd, e.base);
    bases.set(base, (bases.get(base) ?? ignoreFactory()).add(e.pattern));
  }
  const excludeLayers: IgnoreLayer[] = [...bases].map(([base, ig]) => ({ base, ig }));
  const excluded = (abs: string, isDir: boolean): boolean => excludeLayers.length > 0 && ignoredBy(excludeLayers, abs, isDir);

  /** `knownReal`: the real path when the caller knows it (a plain file in a folder whose real path is known). */
  const addFile = (abs: string, knownReal?: string) => {
    let real: string;
    if (knownReal !== undefined) real = knownReal;
    else {
      try {
        real = realpathSync.native(abs);
      } catch {
        real = abs;
      }
    }
    if (seen.has(real)) return;
    seen.add(real);
    files.push(displayPath(abs, opts.cwd));
  };

  const visitedDirs = new Set<string>();
  /** `knownReal`: as for addFile (a plain folder in a folder whose real path is known). */
  const walk = (dir: string, layers: IgnoreLayer[], knownReal?: string) => {
    let real: string;
    try {
      real = knownReal ?? realpathSync.native(dir);
    } catch (e) {
      problems.push({ file: displayPath(dir, opts.cwd), reason: `cannot resolve folder: ${(e as Error).message}` });
      return;
    }
    if (visitedDirs.has(real)) return; // symlink loop or a folder reached twice
    visitedDirs.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ file: displayPath(dir, opts.cwd), reason: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    // (a folder without a .gitignore entry costs no failed open)
    const own = opts.gitignore && entries.some((e) => e.name === '.gitignore') ? readGitignore(dir) : undefined;
    const here = own ? [...layers, own] : layers;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const abs = join(dir, ent.name);
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      if (ent.isSymbolicLink()) {
        try {
          const st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (NEVER_ENTER.has(ent.name)) continue;
        if (ignoredBy(here, abs, true) || excluded(abs, true)) continue;
        walk(abs, here, ent.isSymbolicLink() ? undefined : join(real, ent.name));
      } else if (isFile && hasManifestExtension(ent.name)) {
        if (ignoredBy(here, abs, false) || excluded(abs, false)) continue;
        // a plain file's real path is its folder's (resolved above) plus its name: no syscall
        addFile(abs, ent.isSymbolicLink() ? undefined : join(real, ent.name));
      }
    }
  };

  for (const p of paths) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    const abs = resolve(opts.cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      problems.push({ file: p, reason: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) {
      if (excluded(abs, true)) continue;
      walk(abs, opts.gitignore ? ancestorLayers(abs) : []);
    } else {
      // A file named explicitly is audited whatever its extension, unless excluded.
      if (excluded(abs, false)) continue;
      addFile(abs);
    }
  }
  return { files, problems };
}

/**
 * The Chart.yaml of the Helm chart whose `templates/` folder (or a folder below it) holds the file
 * at `abs`, or undefined: Helm renders every file there (helm.sh/docs/topics/charts, "Templates and
 * Values"), so such a file is a template whatever YAML it parses as. `cache`: answers by folder.
 */
export function helmChartOf(abs: string, cache: Map<string, string | null> = new Map()): string | undefined {
  const dirs: string[] = [];
  let found: string | null = null;
  for (let dir = dirname(abs); ; ) {
    const known = cache.get(dir);
    if (known !== undefined) {
      found = known;
      break;
    }
    dirs.push(dir);
    if (basename(dir) === 'templates' && existsSync(join(dirname(dir), 'Chart.yaml'))) {
      found = join(dirname(dir), 'Chart.yaml');
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of dirs) cache.set(d, found);
  return found ?? undefined;
}
