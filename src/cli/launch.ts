/**
 * How bin/leastpriv.js starts the CLI: it loads dist/cli/leastpriv.cjs (src/cli/bin.ts bundled as one
 * CommonJS file) with a V8 code cache, so that a run does not compile the code it ran last time
 * again. Start-up is most of a one-file audit (bench/RESULTS.md, finding 23): Node's own ~55 ms,
 * then loading and compiling ~600 KB of code, then functions compiled on their first call; with the
 * cache, V8 deserializes the compiled code instead (one-file audit ~110 → ~80 ms CPU on Node 20).
 *
 * A `vm.Script` over the bundle with `cachedData` (what v8-compile-cache does), written after the
 * run so that it holds every function the run compiled. One file per command (an audit compiles
 * other functions than `--help`), Node version, architecture and V8 flags, holding the bundle's
 * bytes it was made from: used only when they are the bundle's bytes now (V8 itself checks only the
 * source's length). A file V8 refuses (`cachedDataRejected`), or made from other bytes, is
 * rewritten; writes are atomic (a temporary file, then rename), so no run reads half a file.
 * Not Node's own compile cache (`module.enableCompileCache`, Node ≥ 22.1), on any Node: it keeps the
 * code compiled when a module is compiled, before it runs — for this bundle the top level only
 * (158 KB against ~700 KB after a run), and a one-file audit on Node 22.23 took 57 ms CPU with it
 * against 46 ms with this (`node -e 0`: 24 ms; bench/RESULTS.md, finding 23).
 *
 * The cache is executable code, so it is only read from a folder with the trust of the user running
 * leastpriv: `$XDG_CACHE_HOME/leastpriv/code` (`~/.cache/…`; `~/Library/Caches/…` on macOS), created
 * 0700, used only when it and its parent are directories (not links) owned by this user and writable
 * by no one else, and their base is not writable by others (or sticky, as /tmp); each file must be
 * this user's and writable by no one else. Never a shared folder trusted as it is. No cache on
 * Windows (its ACLs are not the POSIX modes checked here). `LEASTPRIV_CODE_CACHE=0` (or Node's
 * `NODE_DISABLE_COMPILE_CACHE`) turns it off; `LEASTPRIV_CODE_CACHE=DIR` uses DIR, with the same checks.
 * Any problem (no home, a read-only disk, an unsafe folder, a broken file) means a normal load: the
 * cache can make a run faster, never different.
 */
import { isAscii } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

export const CODE_CACHE_ENV = 'LEASTPRIV_CODE_CACHE';

/** Cache files kept in the folder at most, ~1–2.5 MB each: those of other builds, Node versions and flags are removed, oldest first. */
const KEEP = 16;
/** A cache file larger than this is not read (the CLI's is ~2.4 MB: the bundle's 1 MB and V8's data twice). */
const MAX_BYTES = 64 << 20;

type Env = Record<string, string | undefined>;

/** The cache folder (not yet made or checked), or undefined when the cache is off. */
export function codeCacheDir(env: Env = process.env, platform: NodeJS.Platform = process.platform, home: () => string = homedir): string | undefined {
  const setting = env[CODE_CACHE_ENV];
  if (setting !== undefined && /^(0|off|false|no)$/i.test(setting.trim())) return undefined;
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  if (platform === 'win32') return undefined;
  if (setting && isAbsolute(setting)) return setting;
  let base = env.XDG_CACHE_HOME;
  if (!base || !isAbsolute(base)) {
    const h = home();
    if (!h || !isAbsolute(h)) return undefined;
    base = platform === 'darwin' ? join(h, 'Library', 'Caches') : join(h, '.cache');
  }
  return join(base, 'leastpriv', 'code');
}

/** Owned by this user, a directory and not a link, writable by no one else. */
function ours(st: Stats, uid: number): boolean {
  return st.isDirectory() && st.uid === uid && (st.mode & 0o022) === 0;
}

/**
 * Makes `dir` (0700) and its parent if missing, and returns whether the cache may live there: both
 * are this user's directories that no one else can write, and the folder above them cannot be
 * written by others unless it is sticky (then no one else can rename what is in it).
 */
export function safeCacheDir(dir: string): boolean {
  try {
    const uid = process.getuid?.();
    if (uid === undefined) return false;
    const parent = dirname(dir);
    const base = statSync(dirname(parent), { throwIfNoEntry: false });
    if (base && (!base.isDirectory() || (base.uid !== uid && base.uid !== 0) || ((base.mode & 0o022) !== 0 && (base.mode & 0o1000) === 0))) return false;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return ours(lstatSync(parent), uid) && ours(lstatSync(dir), uid);
  } catch {
    return false;
  }
}

/** What became of the cache for this run: none found, accepted by V8, rejected (then rewritten), off (no safe folder, or turned off). */
export type CacheStatus = 'none' | 'accepted' | 'rejected' | 'off';

export interface Loaded {
  status: CacheStatus;
  /** The cache file this run used or would write, when there is one. */
  file?: string;
  /** At exit: writes the code the run compiled when the file was missing or rejected. */
  save(): 'written' | 'kept' | 'failed';
}

/**
 * What a run's arguments ask for, naming its own cache file: each command compiles other functions,
 * and so do an audit of a few files, a `--context` audit of the repository, and one that uses the
 * result cache (`--context` turns it on unless `--no-cache`). A file made by one kind of run and
 * used by another costs the second ~2–5 ms (what it lacks is compiled, what it holds beyond is read).
 * Its choice only affects speed.
 */
export function commandOf(argv: readonly string[]): string {
  const first = argv[0];
  if (first !== undefined && /^(can-i|who-can|graph|verify|rules|explain|init)$/.test(first)) return first;
  if (first !== undefined && /^(-h|--help|help|-V|--version)$/.test(first)) return 'help';
  const has = (flag: string) => argv.some((a) => a === flag || a.startsWith(`${flag}=`));
  const context = has('--context');
  if (!has('--no-cache') && (context || has('--cache'))) return 'audit-cache';
  return context ? 'audit-context' : 'audit';
}

/** The file's bytes when it is a regular file of this user that no one else can write (opened without following a link). */
function readOwn(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile() || st.uid !== process.getuid?.() || (st.mode & 0o022) !== 0 || st.size > MAX_BYTES) return undefined;
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) return undefined;
      off += n;
    }
    return buf;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes `data` to `file` atomically (a private temporary file beside it, then rename), and keeps the folder small. */
function writeAtomic(file: string, data: Buffer): boolean {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // (never made)
    }
    return false;
  }
  prune(dirname(file), file.slice(dirname(file).length + 1));
  return true;
}

/** A temporary file older than this is a crashed run's, not one being written. */
const STALE_TMP_MS = 60 * 60 * 1000;

/**
 * Keeps `dir` to KEEP cache files: the files of other builds, Node versions or flags go first,
 * oldest first (the name after `command_` says which); `current`'s build is never removed. Only
 * this cache's own regular files count and are removed (`*.v8`, and a crashed run's `*.v8.*.tmp`
 * after an hour): anything else in the folder (a folder, another tool's file) is left alone and
 * does not stop the pruning. Each removal is best effort on its own.
 */
function prune(dir: string, current: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const stat = (name: string) => {
    try {
      const st = lstatSync(join(dir, name));
      return st.isFile() ? st : undefined;
    } catch {
      return undefined;
    }
  };
  const remove = (name: string) => {
    try {
      unlinkSync(join(dir, name));
    } catch {
      // (gone already, or not ours to remove)
    }
  };
  const now = Date.now();
  for (const name of names) {
    if (!/\.v8\.\d+\.[a-z0-9]*\.tmp$/.test(name)) continue;
    const st = stat(name);
    if (st && now - st.mtimeMs > STALE_TMP_MS) remove(name);
  }
  const files = names.flatMap((name) => {
    const st = name.endsWith('.v8') ? stat(name) : undefined;
    return st ? [{ name, at: st.mtimeMs }] : [];
  });
  const build = (name: string) => name.slice(name.indexOf('_') + 1);
  const ours = build(current);
  const others = files.filter((f) => !f.name.includes('_') || build(f.name) !== ours);
  for (const f of others.sort((a, b) => a.at - b.at).slice(0, Math.max(0, files.length - KEEP))) remove(f.name);
}

/**
 * A cache file: this line, the length of the bundle's bytes and of V8's data (u32 LE each), the
 * bundle's bytes, then V8's data twice. V8 checks its data's version, flags, source length and
 * size, but not its bytes: a byte damaged on disk can abort Node ("Fatal error: unreachable code",
 * seen with one bit flipped) or be run as it is. So the data is used only when both copies are the
 * same, byte for byte (~0.1 ms; a CRC-32 through node:zlib, as Node's own compile cache keeps, would
 * cost ~2 ms of every run here, loading zlib and its streams, against ~55 ms for all of `node -e 0`).
 */
const MAGIC = Buffer.from('leastpriv code cache 2\n', 'latin1');

/** V8's data in `stored` when it was made from exactly `bytes` and is whole. */
function cachedDataIn(stored: Buffer | undefined, bytes: Buffer): Buffer | undefined {
  const head = MAGIC.length + 8;
  if (!stored || stored.length < head || !stored.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const length = stored.readUInt32LE(MAGIC.length);
  const size = stored.readUInt32LE(MAGIC.length + 4);
  if (length !== bytes.length || size === 0 || stored.length !== head + length + 2 * size || !stored.subarray(head, head + length).equals(bytes)) return undefined;
  const data = stored.subarray(head + length, head + length + size);
  return data.equals(stored.subarray(head + length + size)) ? data : undefined;
}

/** A short name for the run's V8 flags (a name only: V8 also checks its flags, and the file's content is compared). */
function flagsName(): string {
  const flags = `${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < flags.length; i++) h = Math.imul(h ^ flags.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Compiles `bundle` (a CommonJS file) with the code cache in `dir` (undefined: none) and runs it
 * as `require` would. Anything that fails before the bundle runs falls back to `require(bundle)`;
 * the bundle itself runs exactly once.
 *
 * The cache file holds the bundle's bytes it was made from, and is used only when they are the
 * bundle's bytes now, compared byte for byte: no hash to compute at start-up (node:crypto alone
 * loads in ~2 ms) and none to collide. Its name says which bundle (by length), Node, architecture,
 * V8 flags and command it is for, so that different installations and Node versions keep their own.
 */
export function loadBundle(bundle: string, dir: string | undefined, command: string): Loaded {
  let prepared: { script: Script; status: CacheStatus; file: string; bytes: Buffer } | undefined;
  if (dir !== undefined && safeCacheDir(dir)) {
    try {
      const bytes = readFileSync(bundle);
      const file = join(dir, `${command}_${bytes.length.toString(36)}-${process.version}-${process.arch}-${flagsName()}.v8`);
      const stored = readOwn(file);
      const cachedData = cachedDataIn(stored, bytes);
      // (esbuild writes ASCII but for a few comments: then the bytes are the string's characters, copied without decoding)
      const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
      const script = new Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
      prepared = { script, file, bytes, status: stored === undefined ? 'none' : cachedData === undefined || script.cachedDataRejected ? 'rejected' : 'accepted' };
    } catch {
      prepared = undefined;
    }
  }
  if (!prepared) {
    createRequire(bundle)(bundle);
    return { status: 'off', save: () => 'kept' };
  }
  const { script, status, file, bytes } = prepared;
  const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  fn.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  module.loaded = true;
  return {
    status,
    file,
    save() {
      if (status === 'accepted') return 'kept';
      try {
        const data = script.createCachedData();
        const sizes = Buffer.alloc(8);
        sizes.writeUInt32LE(bytes.length);
        sizes.writeUInt32LE(data.length, 4);
        return writeAtomic(file, Buffer.concat([MAGIC, sizes, bytes, data, data])) ? 'written' : 'failed';
      } catch {
        return 'failed';
      }
    },
  };
}

/** bin/leastpriv.js: runs the CLI bundle with the code cache (`env`: a parameter for the tests; the CLI reads process.argv as always). */
export function launch(bundle: string, env: Env = process.env): Loaded {
  const loaded = loadBundle(bundle, codeCacheDir(env), commandOf(process.argv.slice(2)));
  if (loaded.status === 'none' || loaded.status === 'rejected') process.once('exit', () => loaded.save());
  return loaded;
}
