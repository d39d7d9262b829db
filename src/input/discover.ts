/**
 * Finding the files to audit: paths given on the command line, folders walked recursively.
 * `.git` is never entered, nor `node_modules` unless git tracks files in it; `.gitignore` files are
 * honoured (per folder, as git does) unless disabled; `exclude` patterns use gitignore syntax, relative to the working directory.
 * The `ignore` package implements gitignore matching exactly (negation, anchoring, `**`), which is
 * easy to get subtly wrong by hand.
 *
 * Nothing here may hide a file from the audit that the repository holds:
 * - `.gitignore` never hides a file git tracks (GitOps applies what is committed, ignored or not):
 *   inside a git work tree, a path that a .gitignore rule ignores is still audited when git's index
 *   has it (`git ls-files`, run at most once per repository, and only once some rule ignores
 *   something); outside a work tree, or when git cannot be run, the .gitignore rules decide.
 * - a symbolic link whose target is outside the audited root (the git work tree holding the path,
 *   else the working directory when the path is below it, else the path itself) is reported
 *   (`symlink-outside-root`) and neither read nor entered, so no byte from outside the root can reach
 *   a report.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import ignoreFactory from 'ignore';

type Ignore = ReturnType<typeof ignoreFactory>;

export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

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
  /** The input rule it is reported as; `input-not-auditable` when not set. */
  code?: 'symlink-outside-root';
}

export interface Discovered {
  /** Paths relative to cwd when below it (forward slashes), else absolute; '-' for stdin. */
  files: string[];
  problems: DiscoverProblem[];
  /** The file found that stdin stands for, left out of `files` (engine/load.ts stdinStandsFor). */
  stdinFor?: string;
}

/** `normal`: the caller knows `abs` is normalised (the folder walk joins resolved paths). */
export function displayPath(abs: string, cwd: string, normal = false): string {
  // (the common case: a normalised path below a normalised cwd: a slice)
  if (abs.length > cwd.length + 1 && abs[cwd.length] === sep && abs.startsWith(cwd) && abs[cwd.length + 1] !== '.' && normalisedCwd(cwd) && (normal || normalize(abs) === abs)) {
    const rel = abs.slice(cwd.length + 1);
    return sep === '/' ? rel : rel.split(sep).join('/');
  }
  const rel = relative(cwd, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || resolve(cwd, rel) !== abs) return abs.split(sep).join('/');
  return rel.split(sep).join('/');
}

/**
 * The path a file named on the command line (`--context` FILEs, `--stdin-name`) has in a walk of
 * `walked` (default: the working folder), where names may go through linked folders: an editor
 * names the file by the path it opened (macOS's /var is /private/var) while the working folder is
 * the real one, or the folder walked is named through a link. The walk shows a file as the folder
 * walked, as named, joined with the file's way down from it; a file not below it is shown as named.
 * (A file the walk reaches through a link of its own is still shown as the walk found it.)
 */
export function namedPath(abs: string, cwd: string, walked = cwd): string {
  const shown = displayPath(abs, cwd);
  try {
    const down = relative(realpathSync.native(walked), realpathSync.native(abs));
    if (down === '' || down === '..' || down.startsWith(`..${sep}`) || isAbsolute(down)) return shown;
    return displayPath(resolve(walked, down), cwd);
  } catch {
    return shown;
  }
}

let lastCwd: string | undefined;
/** Whether `cwd` is absolute and normalised (asked once per cwd). */
function normalisedCwd(cwd: string): boolean {
  if (cwd === lastCwd) return true;
  if (!isAbsolute(cwd) || normalize(cwd) !== cwd || cwd.endsWith(sep)) return false;
  lastCwd = cwd;
  return true;
}

function hasManifestExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * What a discovery's result depends on, for a cache of it (src/cache/discover-index.ts): `look` is called
 * with each folder before it is listed (and the folder of each file named), with each `.git` and
 * `.gitignore` above before it is tested or read, and with git's index file before git is asked
 * about it; `unsound` when the result may
 * depend on anything else (a symbolic link anywhere, a `.git` that is not a folder). A result with
 * problems is not to be cached either.
 */
export interface DiscoverTrace {
  look(path: string): void;
  unsound(): void;
}

/** The trace of the discover() call running (it is synchronous). */
let trace: DiscoverTrace | undefined;

interface IgnoreLayer {
  base: string; // absolute folder the .gitignore lives in
  ig: Ignore;
}

/** A folder's .gitignore; not one that is a symbolic link, which git does not follow either (git 2.32+). */
function readGitignore(dir: string): IgnoreLayer | undefined {
  let text: string;
  try {
    const path = join(dir, '.gitignore');
    trace?.look(path);
    if (!lstatSync(path).isFile()) return undefined;
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return { base: dir, ig: ignoreFactory().add(text) };
}

/** The folder holding `.git` at or above `dir` (a work tree's top, or a submodule's), or undefined. */
function workTreeOf(dir: string): string | undefined {
  for (let cur = dir; ; ) {
    trace?.look(join(cur, '.git'));
    if (existsSync(join(cur, '.git'))) return cur;
    const parent = dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
}

/** What git's index holds under one work tree: files, and the folders above them. */
interface GitIndex {
  files: Set<string>;
  dirs: Set<string>;
}

/**
 * The files git tracks in the work tree at `top` (absolute paths), from `git ls-files`: an argument
 * array, no shell. `core.fsmonitor` is turned off (it names a program git would run) and
 * `safe.directory` is granted for this one folder on the command line (a checkout owned by another
 * user, as in CI containers, would make git refuse), since only the index is read. Undefined when git
 * is absent or fails: the .gitignore rules decide then.
 */
export function gitIndex(top: string): GitIndex | undefined {
  let out: Buffer;
  try {
    // (node:child_process loaded here: only a walk that meets a git-ignored folder asks git)
    out = (createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process')).execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', `safe.directory=${top}`, '-C', top, 'ls-files', '-z', '--cached', '--full-name'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1024 * 1024 * 1024,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
    });
  } catch {
    return undefined;
  }
  const files = new Set<string>();
  const dirs = new Set<string>();
  for (const rel of out.toString('utf8').split('\0')) {
    if (!rel) continue;
    const abs = join(top, ...rel.split('/'));
    files.add(abs);
    for (let d = dirname(abs); d.length > top.length && !dirs.has(d); d = dirname(d)) dirs.add(d);
  }
  return { files, dirs };
}

/** gitignore files above the starting folder, up to the repository root, apply too. */
function ancestorLayers(dir: string): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  if (existsSync(join(dir, '.git'))) return layers; // the folder is a repository's root
  let cur = dir;
  for (;;) {
    const parent = resolve(cur, '..');
    if (parent === cur) break;
    cur = parent;
    const layer = readGitignore(cur);
    if (layer) layers.unshift(layer);
    trace?.look(join(cur, '.git'));
    if (existsSync(join(cur, '.git'))) break; // repository root reached
  }
  return layers;
}

/** Whether the real path `real` is `root` or below it. */
function within(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Whether a link may be followed to its real path: below the root, and not into a `.git` folder
 * (whose config holds the token a CI checkout persists: a link to it would print it in a report).
 */
function mayFollow(real: string, root: string): boolean {
  return within(real, root) && !real.slice(root.length).split(sep).includes('.git');
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

export function discover(paths: string[], opts: DiscoverOptions, traced?: DiscoverTrace): Discovered {
  trace = traced;
  try {
    return discoverNow(paths, opts);
  } finally {
    trace = undefined;
  }
}

function discoverNow(paths: string[], opts: DiscoverOptions): Discovered {
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

  // git's index per work tree, read on first need (null: git could not say)
  const indexes = new Map<string, GitIndex | null>();
  const tracked = (top: string | undefined, abs: string, isDir: boolean): boolean => {
    if (top === undefined) return false;
    let index = indexes.get(top);
    if (index === undefined) {
      if (trace) {
        // (git answers from its index file, which git replaces whenever it changes)
        let plain = false;
        try {
          plain = lstatSync(join(top, '.git')).isDirectory();
        } catch {
          // (gone)
        }
        // (git reads another index, or another repository, when told to by the environment: a
        // pre-commit hook runs with GIT_INDEX_FILE set to the index being committed)
        const env = process.env;
        if (!plain || env.GIT_DIR || env.GIT_WORK_TREE || env.GIT_COMMON_DIR) trace.unsound();
        else trace.look(env.GIT_INDEX_FILE ? resolve(top, env.GIT_INDEX_FILE) : join(top, '.git', 'index'));
      }
      indexes.set(top, (index = gitIndex(top) ?? null));
    }
    return index !== null && (isDir ? index.dirs.has(abs) : index.files.has(abs));
  };
  /** Ignored by a .gitignore rule and not tracked by git. */
  const gitignored = (layers: IgnoreLayer[], top: string | undefined, abs: string, isDir: boolean): boolean =>
    ignoredBy(layers, abs, isDir) && !tracked(top, abs, isDir);

  const outside = (abs: string, real: string, root: string) => {
    const where = within(real, root) ? 'into a .git folder' : `to a path outside the audited root (${displayPath(root, opts.cwd)})`;
    problems.push({ file: displayPath(abs, opts.cwd), reason: `symbolic link ${where}; not read`, code: 'symlink-outside-root' });
  };

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
    files.push(displayPath(abs, opts.cwd, true));
  };

  const visitedDirs = new Set<string>();
  /**
   * `knownReal`: as for addFile (a plain folder in a folder whose real path is known). `root`: the
   * real path of the audited root; `top`: the work tree the folder is in (its git index decides what
   * .gitignore cannot hide).
   */
  const walk = (dir: string, layers: IgnoreLayer[], root: string, top: string | undefined, knownReal?: string) => {
    let real: string;
    try {
      real = knownReal ?? realpathSync.native(dir);
    } catch (e) {
      problems.push({ file: displayPath(dir, opts.cwd), reason: `cannot resolve folder: ${(e as Error).message}` });
      return;
    }
    if (visitedDirs.has(real)) return; // symlink loop or a folder reached twice
    visitedDirs.add(real);
    trace?.look(dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ file: displayPath(dir, opts.cwd), reason: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    // a nested repository (a submodule): its own index decides below here
    if (opts.gitignore && dir !== top && entries.some((e) => e.name === '.git')) top = dir;
    // (a folder without a .gitignore entry costs no failed open; a symlinked .gitignore is not read)
    const own = opts.gitignore && entries.some((e) => e.name === '.gitignore' && e.isFile()) ? readGitignore(dir) : undefined;
    const here = own ? [...layers, own] : layers;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const abs = join(dir, ent.name);
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      let linkReal: string | undefined;
      if (ent.isSymbolicLink()) {
        trace?.unsound();
        try {
          const st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
          linkReal = realpathSync.native(abs);
        } catch {
          continue; // dangling link
        }
        if ((isDir || (isFile && hasManifestExtension(ent.name))) && !mayFollow(linkReal, root)) {
          if (!gitignored(here, top, abs, isDir) && !excluded(abs, isDir)) outside(abs, linkReal, root);
          continue;
        }
      }
      if (isDir) {
        if (ent.name === '.git') continue;
        // `kubectl apply -R -f` reads node_modules like any folder (cli-runtime's FileVisitor walks
        // every folder, checked with kubectl 1.32), and so do Argo CD and Flux: it is passed over, as
        // the dependencies it usually holds, only when git tracks nothing in it (or cannot say)
        if (ent.name === 'node_modules' && !tracked(top ?? workTreeOf(dir), abs, true)) continue;
        if (gitignored(here, top, abs, true) || excluded(abs, true)) continue;
        walk(abs, here, root, top, linkReal ?? join(real, ent.name));
      } else if (isFile && hasManifestExtension(ent.name)) {
        if (gitignored(here, top, abs, false) || excluded(abs, false)) continue;
        // a plain file's real path is its folder's (resolved above) plus its name: no syscall
        addFile(abs, linkReal ?? join(real, ent.name));
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
    const folder = st.isDirectory() ? abs : dirname(abs);
    const top = workTreeOf(folder);
    const rootPath = top ?? (within(abs, opts.cwd) ? opts.cwd : folder);
    let root: string;
    let real: string;
    try {
      root = realpathSync.native(rootPath);
      real = realpathSync.native(abs);
    } catch (e) {
      problems.push({ file: p, reason: `cannot resolve path: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    // (a cached discovery stands for folders as listed, not for where links lead; a file named stands
    // while its folder lists the same entries)
    if (trace && (real !== abs || root !== rootPath)) trace.unsound();
    if (!st.isDirectory()) trace?.look(folder);
    if (!mayFollow(real, root)) {
      // a path named on the command line (or by a pre-commit hook) that is a link out of the root
      if (!excluded(abs, st.isDirectory())) outside(abs, real, root);
      continue;
    }
    if (st.isDirectory()) {
      if (excluded(abs, true)) continue;
      walk(abs, opts.gitignore ? ancestorLayers(abs) : [], root, opts.gitignore ? top : undefined);
    } else {
      // A file named explicitly is audited whatever its extension, unless excluded.
      if (excluded(abs, false)) continue;
      addFile(abs, real);
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
