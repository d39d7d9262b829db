/**
 * `--cache`: the result of an audit, stored under a key made of everything the result depends on,
 * and returned without computing it again when a later run has the same key (ESLint's --cache, kept
 * sound by keying on content, not on timestamps).
 *
 * The key: the cache format, leastpriv's version and the identity of its code (a hash of every
 * file of the built chunks folder), the
 * whole effective configuration (profile, Kubernetes version, every rule's severity and options,
 * limits, excludes), the command's settings (cwd, paths, --exclude, the files to report on and the
 * files left out, the baseline, whether edits are resolved), what discovery found and refused, and
 * for every file read: its path, the SHA-256 of its bytes (or its size when over maxFileSize, or the
 * error reading it) and the Helm chart it sits in (chart files are skipped as templates).
 * A run whose result could depend on anything else is not cached: stdin, in-memory sources, --fix
 * passes (overrides), the access graph, a FIFO or device, and — while kustomize rendering is on —
 * any kustomization or Flux object among the inputs (kustomize reads files beyond them and its own
 * version matters; the render stage then reuses each root's render kept by src/cache/render.ts). `--context` runs go through here twice: the run itself, and the run without the
 * files named (engine/audit.ts, counterfactuals), each with its own key; an editor or a hook that
 * audits the same file again after an edit finds the second one cached.
 *
 * An entry that fails its checksum (store.ts) is recomputed as if there were no cache. A hit reads
 * the files whose text a report shows (code frames, fixes) when it shows them, and checks each
 * against the hash of the text the result was computed from (a file edited during the run is an
 * error, never a frame of other text). So a cached result is the result.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync, type BigIntStats } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditInput, FullAuditResult } from '../engine/audit.ts';
import { discoverInputs } from '../engine/load.ts';
import { defaults } from '../config/load.ts';
import type { Config } from '../config/types.ts';
import { helmChartOf } from '../input/discover.ts';
import { newSource } from '../input/parse.ts';
import { readInput } from '../input/read.ts';
import type { SourceFile } from '../input/types.ts';
import { KUSTOMIZATION_FILES } from '../render/kustomization.ts';
import { FLUX_KUSTOMIZE_GROUP } from '../render/flux.ts';
import { VERSION } from '../version.ts';
import { CacheStore, FORMAT, sha256 } from './store.ts';
import { openRenderCache } from './render.ts';
import type { AuditCache, RenderCache } from './types.ts';

/** The default cache folder, relative to the working folder. */
export const DEFAULT_CACHE_LOCATION = '.leastpriv-cache';

let codeId: string | undefined;
/**
 * A hash of the code: every file in the folder this module was loaded from. In dist/ that is
 * dist/chunks, which holds every chunk of the engine, the rules and the reporters (content-hashed
 * names) and the `yaml` package: any change to any of them is another key. (A hash of this module's
 * own chunk would not do: the rules are in chunks it does not import.)
 */
function codeIdentity(): string {
  if (codeId === undefined) {
    try {
      const dir = dirname(fileURLToPath(import.meta.url));
      const h = createHash('sha256');
      for (const name of readdirSync(dir).sort()) {
        const file = join(dir, name);
        if (!statSync(file).isFile()) continue;
        h.update(`${name}\0`).update(readFileSync(file)).update('\0');
      }
      codeId = h.digest('hex');
    } catch {
      codeId = 'unknown';
    }
  }
  return codeId;
}

/** What the stored result holds: the result without its sources, which are listed by path instead. */
interface Stored {
  result: Omit<FullAuditResult, 'sources'>;
  /**
   * Every source in order: its path, and when the result keeps its text, the SHA-256 of that text
   * (read from the file when shown: the text is the file's bytes) or the text itself (a text the
   * input stage changed or decoded: a BOM, UTF-16, flow continuations padded).
   */
  sources: [string, string | null, string?][];
}

export function openCache(dir: string, note: (message: string) => void): AuditCache {
  return new ResultCache(new CacheStore(dir, note), openRenderCache(join(dir, 'render'), note, codeIdentity));
}

/**
 * When a file's stored hash may be trusted without reading the file (StatIndex): its mtime and ctime
 * must be older than the moment its stat was taken by more than `marginMs` (git's "racily clean"
 * rule, with a margin for coarse file-system clocks: a file written in the same tick as the stat could
 * be written again without its times changing). `now` is the clock. Tests change both.
 */
export const statTrust = { marginMs: 2000, now: (): number => Date.now() };

/** A file as last hashed: its stat, when the stat was taken (ms), the SHA-256 of its bytes, whether they mention Flux. */
interface IndexEntry {
  stat: string;
  at: number;
  hash: string;
  flux: boolean;
}

/** Entries kept in the index at most (the files of this run first). */
const INDEX_MAX = 1 << 20;

/**
 * The file-stat index: for each file hashed, its size, mtime and ctime (ns), inode and device when
 * it was hashed, and the hash (git's index, ESLint's file-entry-cache). A later run trusts the hash
 * of a file whose stat is the same and whose times were older than that moment by more than
 * statTrust.marginMs; any other file is read and hashed again. (Changing a file's bytes changes its
 * ctime, which no program can set back; a file with an mtime set back keeps the new ctime.) Stored in
 * the cache folder as `files.idx`; written only when an entry changed; one of another code version
 * or that fails its checksum is ignored.
 */
class StatIndex {
  private readonly old = new Map<string, IndexEntry>();
  private readonly now = new Map<string, IndexEntry>();
  private dirty = false;
  private loaded = false;

  constructor(private readonly store: CacheStore) {}

  private header(): string {
    return `leastpriv-files ${FORMAT} ${VERSION} ${codeIdentity()}`;
  }

  private load(): void {
    this.loaded = true;
    const raw = this.store.getIndex();
    if (!raw) return;
    const lines = raw.toString('utf8').split('\n');
    if (lines[0] !== this.header()) return;
    for (let i = 1; i < lines.length; i++) {
      const [path, stat, at, hash, flux] = lines[i]!.split('\t');
      if (path && stat && at && hash && flux) this.old.set(path, { stat, at: Number(at), hash, flux: flux === '1' });
    }
  }

  /** The entry for `abs` when its stat is `stat` and it may be trusted. */
  get(abs: string, stat: string, newestMs: number): IndexEntry | undefined {
    if (!this.loaded) this.load();
    const e = this.now.get(abs) ?? this.old.get(abs);
    if (!e || e.stat !== stat || !(newestMs + statTrust.marginMs < e.at)) return undefined;
    this.now.set(abs, e);
    return e;
  }

  set(abs: string, e: IndexEntry): void {
    if (!this.loaded) this.load();
    // (a name with a tab or newline is always hashed: never written to a line of the index)
    if (/[\t\n\r]/.test(abs)) return;
    const before = this.now.get(abs) ?? this.old.get(abs);
    if (!before || before.stat !== e.stat || before.hash !== e.hash || before.at !== e.at || before.flux !== e.flux) this.dirty = true;
    this.now.set(abs, e);
  }

  save(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const lines = [this.header()];
    for (const [path, e] of this.now) lines.push(`${path}\t${e.stat}\t${e.at}\t${e.hash}\t${e.flux ? 1 : 0}`);
    for (const [path, e] of this.old) {
      if (lines.length > INDEX_MAX) break;
      if (!this.now.has(path)) lines.push(`${path}\t${e.stat}\t${e.at}\t${e.hash}\t${e.flux ? 1 : 0}`);
    }
    this.store.putIndex(Buffer.from(lines.join('\n')));
  }
}

/** A file's part of the key, or `undefined` when the run must not be cached because of it. */
type FileKey = string | undefined;

class ResultCache implements AuditCache {
  /** Per absolute path (and size limit): computed once per process, shared by the --context runs. */
  private readonly files = new Map<string, FileKey>();
  private readonly charts = new Map<string, string | null>();
  /** Size, times and inode of each file when its hash was taken, by absolute path. */
  private readonly stats = new Map<string, string>();

  private readonly index: StatIndex;
  /** Nesting of audit() (a --context run audits the counterfactual inside): the index is saved at the end of the outer one. */
  private depth = 0;

  constructor(
    private readonly store: CacheStore,
    readonly renders: RenderCache,
  ) {
    this.index = new StatIndex(store);
  }

  audit(input: AuditInput, compute: (input: AuditInput) => FullAuditResult): FullAuditResult {
    this.depth++;
    try {
      return this.auditNow(input, compute);
    } finally {
      if (--this.depth === 0) this.index.save();
    }
  }

  private auditNow(input: AuditInput, compute: (input: AuditInput) => FullAuditResult): FullAuditResult {
    if (input.sources?.length || input.overrides?.size || input.graph || !input.paths?.length || input.paths.includes('-')) return compute(input);
    const config = input.config ?? defaults();
    const cwd = input.cwd ?? process.cwd();
    const discovered = input.discovered ?? discoverInputs(input, config);
    const run = { ...input, discovered };
    const render = input.render ?? config.render;
    const files: string[] = [];
    /** The SHA-256 of each file's bytes, by path. */
    const hashes = new Map<string, string>();
    for (const f of discovered.files) {
      if (input.omit?.has(f)) continue;
      if (f === '-') return compute(run);
      const k = this.fileKey(f, cwd, config, render);
      if (k === undefined) return compute(run);
      files.push(`${f}\0${k}`);
      hashes.set(f, k.slice(0, k.indexOf('\0')));
    }
    const key = sha256(JSON.stringify([FORMAT, VERSION, codeIdentity(), settingsOf(input, config, cwd, render), discovered.problems, files]));
    const payload = this.store.get(key);
    if (payload) {
      const hit = restore(payload, cwd, config);
      if (hit) return hit;
    }
    // Every file was looked at above: none is a kustomization or mentions Flux, so the render stage
    // would find no root (render/index.ts looks for nothing else) and need not read them all again.
    const result = compute(render ? { ...run, render: false } : run);
    // (stored only when no file changed while the run read it: else the key would not be its input)
    const stored = this.unchanged(discovered.files, input.omit, cwd) ? serialize(result, hashes) : undefined;
    if (stored) this.store.put(key, stored);
    return result;
  }

  /** Whether every file still has the size, times and inode it had when it was hashed. */
  private unchanged(files: readonly string[], omit: ReadonlySet<string> | undefined, cwd: string): boolean {
    for (const f of files) {
      if (omit?.has(f)) continue;
      const abs = resolve(cwd, f);
      const before = this.stats.get(abs);
      if (before === undefined) continue; // (unreadable when hashed: keyed by its error)
      try {
        if (statKey(statSync(abs, { bigint: true })) !== before) return false;
      } catch {
        return false;
      }
    }
    return true;
  }

  private fileKey(f: string, cwd: string, config: Config, render: boolean): FileKey {
    const abs = resolve(cwd, f);
    const max = config.limits.maxFileSize;
    const id = `${abs}\0${max}\0${render}`;
    if (this.files.has(id)) return this.files.get(id);
    const k = this.computeFileKey(abs, max, render);
    this.files.set(id, k === undefined ? undefined : `${k}\0${helmChartOf(abs, this.charts) ?? ''}`);
    return this.files.get(id);
  }

  private computeFileKey(abs: string, max: number, render: boolean): FileKey {
    if (render && KUSTOMIZATION_FILES.includes(basename(abs))) return undefined;
    // A file whose stat is the one recorded when it was hashed, long enough after its last change: its hash.
    const known = statSync(abs, { bigint: true, throwIfNoEntry: false });
    if (known?.isFile()) {
      const stat = statKey(known);
      const e = this.index.get(abs, stat, newestMs(known));
      if (e) {
        this.stats.set(abs, stat);
        if (known.size > max) return `size:${known.size}`;
        return render && e.flux ? undefined : e.hash;
      }
    }
    let fd: number | undefined;
    try {
      // (the clock before the stat: a change after the stat is later than this)
      const at = statTrust.now();
      fd = openSync(abs, 'r');
      const st = fstatSync(fd, { bigint: true });
      if (!st.isFile()) return undefined;
      const stat = statKey(st);
      this.stats.set(abs, stat);
      if (st.size > max) return `size:${st.size}`;
      const size = Number(st.size);
      // (one buffer for every file up to 4 MiB, as the input stage reads them: src/input/read.ts)
      const buf = size > SHARED ? Buffer.allocUnsafeSlow(size) : (shared ??= Buffer.allocUnsafeSlow(SHARED));
      let off = 0;
      while (off < size) {
        const n = readSync(fd, buf, off, size - off, off);
        if (n === 0) break;
        off += n;
      }
      const bytes = buf.subarray(0, off);
      const hash = sha256(bytes);
      const flux = mentionsFlux(bytes);
      // (read whole: a file cut short while read has another stat by now, and is hashed again next time)
      if (off === size) this.index.set(abs, { stat, at, hash, flux });
      if (render && flux) return undefined;
      return hash;
    } catch (e) {
      return `error:${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

const SHARED = 4 * 1024 * 1024;
let shared: Buffer | undefined;

/** A source whose text is read (as the input stage reads it) on first use, and checked against `hash`. */
function lazySource(path: string, hash: string, cwd: string, maxFileSize: number): SourceFile {
  let source: SourceFile | undefined;
  const load = (): SourceFile => {
    if (source) return source;
    const r = readInput(path, cwd, maxFileSize, undefined, path);
    const text = 'source' in r ? r.source.text : r.text;
    if (text === undefined || sha256(text) !== hash) throw new Error(`${path} changed while leastpriv was running: run it again`);
    return (source = 'source' in r ? r.source : newSource(path, text));
  };
  return {
    path,
    get text() {
      return load().text;
    },
    get lineCounter() {
      return load().lineCounter;
    },
  };
}

const statKey = (st: BigIntStats): string => `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}:${st.dev}`;
/** The later of a file's mtime and ctime, in ms. */
const newestMs = (st: BigIntStats): number => Number((st.mtimeNs > st.ctimeNs ? st.mtimeNs : st.ctimeNs) / 1_000_000n);

/** The render stage's own test for files it renders (render/index.ts), on the bytes, UTF-16 included. */
function mentionsFlux(bytes: Buffer): boolean {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const text = utf16 ? new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) : bytes;
  return text.includes(FLUX_KUSTOMIZE_GROUP) || text.includes('source.toolkit.fluxcd.io');
}

/** Everything of the run's settings a result depends on. */
function settingsOf(input: AuditInput, config: Config, cwd: string, render: boolean): unknown {
  return {
    config,
    cwd,
    paths: input.paths,
    exclude: input.exclude ?? [],
    render,
    kustomizeCommand: input.kustomizeCommand ?? config.kustomizeCommand,
    stdinName: input.stdinName ?? null,
    reportOnly: input.reportOnly ? [...input.reportOnly].sort() : null,
    omit: input.omit ? [...input.omit].sort() : null,
    baseline: input.baseline ?? null,
    fixes: input.fixes ?? false,
    fingerprintsOnly: input.fingerprintsOnly ?? false,
  };
}

/** The result as stored; undefined when it keeps the text of a file that was not among the inputs. */
function serialize(result: FullAuditResult, hashes: ReadonlyMap<string, string>): Buffer | undefined {
  const { sources, ...rest } = result;
  const list: Stored['sources'] = [];
  for (const [path, s] of sources) {
    if (s.text === '') {
      list.push([path, null]);
      continue;
    }
    const bytes = hashes.get(path);
    if (bytes === undefined) return undefined;
    const hash = sha256(s.text);
    list.push(hash === bytes ? [path, hash] : [path, hash, s.text]);
  }
  const stored: Stored = { result: rest, sources: list };
  return Buffer.from(JSON.stringify(stored));
}

/**
 * The stored result. The texts it keeps (for code frames, fixes) are read when a reporter asks for
 * them (a --context result keeps thousands, and shows a few), and must be the texts the result was
 * computed from: a file changed since its hash was taken, during this run, is an error, never a
 * code frame of other text.
 */
function restore(payload: Buffer, cwd: string, config: Config): FullAuditResult | undefined {
  let stored: Stored;
  try {
    stored = JSON.parse(payload.toString('utf8')) as Stored;
  } catch {
    return undefined;
  }
  const sources = new Map<string, SourceFile>();
  for (const [path, hash, text] of stored.sources) {
    if (hash === null || text !== undefined) {
      sources.set(path, newSource(path, text ?? ''));
      continue;
    }
    sources.set(path, lazySource(path, hash, cwd, config.limits.maxFileSize));
  }
  // (the keys in the order audit() writes them, so that every report is the same byte for byte)
  const { pss, findings, summary, rules, justifications, coverage, ...others } = stored.result;
  return { ...(pss ? { pss } : {}), ...others, findings, summary, sources, rules, justifications, ...(coverage ? { coverage } : {}) };
}
