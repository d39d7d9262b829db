/**
 * The discovery index of --cache (`discover.idx`): the files found under each path last time, reused
 * while nothing discovery looked at has changed (src/cache/memo.ts asks it before keying a run).
 */
import { readdirSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import type { AuditInput } from '../engine/audit.ts';
import type { Config } from '../config/types.ts';
import { discoverInputs, discoverOptions, stdinStandsFor } from '../engine/load.ts';
import { MANIFEST_EXTENSIONS, type Discovered, type DiscoverTrace } from '../input/discover.ts';
import { VERSION } from '../version.ts';
import { FORMAT, type CacheStore } from './store.ts';
import { statTrust, trusted } from './stat-index.ts';

/** Stdin's place among the paths of a discovery (never stored: nothing to look at again). */
const STDIN_KEY = '-';

/**
 * A path a discovery looked at: its stat (path, size, mtime, ctime, inode, device), or [path] when
 * absent, or for a folder of the cache itself (written by every run that stores something) what the
 * walk would find in it: [path, listing] (listing()).
 */
type Looked = [string, number, number, number, number, number] | [string] | [string, string];

/** One path's discovery (`key`: the path and the settings). */
interface StoredDiscovery {
  key: string;
  at: number;
  looked: Looked[];
  files: string[];
}

function look(path: string, cacheDir: string): Looked {
  let st;
  try {
    st = statSync(path, { throwIfNoEntry: false });
  } catch {
    // (discovery treats a path it cannot stat as absent: existsSync, readGitignore)
    st = undefined;
  }
  if (st?.isDirectory() && (path === cacheDir || path.startsWith(cacheDir + sep))) return [path, listing(path)];
  return st ? [path, st.size, st.mtimeMs, st.ctimeMs, st.ino, st.dev] : [path];
}

/**
 * What discovery reads of a folder: every entry but the files it never reads (no manifest
 * extension, not .gitignore or .git), with its type. The cache's own entries are not in it.
 */
function listing(dir: string): string {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.isFile() || MANIFEST_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x)) || e.name === '.gitignore' || e.name === '.git')
      .map((e) => `${e.isFile() ? 'f' : e.isDirectory() ? 'd' : 'o'}:${e.name}`)
      .sort()
      .join('\0');
  } catch (e) {
    return `error:${(e as NodeJS.ErrnoException).code}`;
  }
}

/** Whether `l` is still what it was when looked at, at `at` (and was older than the margin then). */
function lookedSame(l: Looked, at: number, cacheDir: string): boolean {
  const now = look(l[0], cacheDir);
  if (now.length !== l.length) return false;
  if (l.length === 1) return true;
  if (l.length === 2) return now[1] === l[1];
  for (let i = 1; i < 6; i++) if (now[i] !== l[i]) return false;
  return trusted(l[2] as number, l[3] as number, at);
}

/**
 * `--cache`'s discovery: discoverInputs, path by path: for each path, the files found last time with the same settings
 * when nothing that discovery looked at has changed since: every folder it listed or searched for
 * `.git` (their mtime changes when an entry is added, removed or renamed), every `.gitignore` it
 * read, git's index file when it asked git, each with the same stat and, as for files, older than
 * the margin when stated. The paths' lists are joined as discover() joins them (a file found again
 * is not listed twice). A path whose walk met a symbolic link (a link's target can change without
 * any of these changing; and then the join would not be discover()'s) or a problem is never kept,
 * and the whole discovery is then done as without a cache. Kept in `discover.idx` (the 32 paths
 * used last: a pre-commit hook names other files each time, the folder stays).
 */
export function cachedDiscovery(store: CacheStore, input: AuditInput, config: Config, codeIdentity: () => string): Discovered {
  const paths = input.paths ?? [];
  // (git answers from the index and repository the environment names: a pre-commit hook sets GIT_INDEX_FILE)
  const git = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_INDEX_FILE'].map((k) => process.env[k] ?? null);
  const options = JSON.stringify([discoverOptions(input, config), git]);
  const header = `leastpriv-discover ${FORMAT} ${VERSION} ${codeIdentity()}\n`;
  const known = new Map<string, StoredDiscovery>();
  const raw = store.getIndex('discover.idx');
  if (raw && raw.toString('latin1', 0, header.length) === header) {
    try {
      for (const e of JSON.parse(raw.toString('utf8', header.length)) as StoredDiscovery[]) known.set(e.key, e);
    } catch {
      // (not ours: discovered again)
    }
  }
  const used: StoredDiscovery[] = [];
  let changed = false;
  for (const path of paths) {
    if (path === '-') {
      used.push({ key: STDIN_KEY, at: 0, looked: [], files: ['-'] });
      continue;
    }
    const key = JSON.stringify([path, options]);
    const last = known.get(key);
    if (last && last.looked.every((l) => lookedSame(l, last.at, store.dir))) {
      used.push(last);
      continue;
    }
    const at = statTrust.now();
    const looked = new Map<string, Looked>();
    const dir = store.dir;
    let sound = true;
    const trace: DiscoverTrace = {
      look(p) {
        if (!looked.has(p)) looked.set(p, look(p, dir));
      },
      unsound() {
        sound = false;
      },
    };
    const result = discoverInputs({ ...input, paths: [path] }, config, trace);
    if (!sound || result.problems.length) return discoverInputs(input, config);
    const entry: StoredDiscovery = { key, at, looked: [...looked.values()], files: result.files };
    used.push(entry);
    // (replaces the stored one; a folder changed less than the margin ago is discovered again next time)
    if (known.delete(key)) changed = true;
    if (entry.looked.every((l) => l.length !== 6 || trusted(l[2] as number, l[3] as number, at))) changed = true;
  }
  if (changed) {
    // (one per key: `known` no longer holds the keys discovered again)
    const keep = [...new Set([...used, ...known.values()])].filter((e) => e.key !== STDIN_KEY && e.looked.every((l) => l.length !== 6 || trusted(l[2] as number, l[3] as number, e.at))).slice(0, 32);
    store.putIndex(Buffer.concat([Buffer.from(header, 'latin1'), Buffer.from(JSON.stringify(keep))]), 'discover.idx');
  }
  // (as discover() joins its paths: without links, a file's real path is its path)
  const seen = new Set<string>();
  const files: string[] = [];
  for (const e of used) {
    for (const f of e.files) {
      if (seen.has(f)) continue;
      seen.add(f);
      files.push(f);
    }
  }
  return stdinStandsFor({ files, problems: [] }, input);
}
