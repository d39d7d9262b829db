/**
 * `--cache`: the result of an audit, stored under a key made of everything the result depends on,
 * and returned without computing it again when a later run has the same key (ESLint's --cache, kept
 * sound by keying on content, not on timestamps).
 *
 * The key: the cache format, leastpriv's version and the identity of its code (a hash of every
 * file of the built chunks folder, and Node's version), the
 * whole effective configuration (profile, Kubernetes version, every rule's severity and options,
 * limits, excludes), the command's settings (cwd, paths, --exclude, the files to report on and the
 * files left out, the baseline, whether edits are resolved), what discovery found and refused, and
 * for every file read: its path, the SHA-256 of its bytes (or its size when over maxFileSize, or the
 * error reading it) and the Helm chart it sits in (chart files are skipped as templates).
 * A run whose result could depend on anything else is not cached: stdin (the --context run without
 * it is, an editor's buffer: engine/load.ts stdinStandsFor), in-memory sources, --fix
 * passes (overrides), the access graph, a FIFO or device. With kustomize rendering on and a
 * kustomization or Flux object among the inputs, the key also takes what rendering reads beyond
 * them (render/index.ts renderFingerprint: each root's render key, src/cache/render.ts, and the
 * texts the planning read); a run with a root that cannot be keyed (a remote base, helm, ...) is
 * not cached, and its render stage still reuses the renders of the roots that can. `--context`
 * runs go through here twice: the run itself, and the run without the files named (engine/audit.ts, counterfactuals), each with its own key; an editor or a hook that
 * audits the same file again after an edit finds the second one cached.
 *
 * An entry (its form: entry.ts) that fails its checksum (store.ts) is recomputed as if there were no cache. A hit reads
 * the files whose text a report shows (code frames, fixes) when it shows them, and checks each
 * against the hash of the text the result was computed from (a file edited during the run is an
 * error, never a frame of other text). So a cached result is the result.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditInput, FullAuditResult } from '../engine/audit.ts';
import { defaults } from '../config/load.ts';
import type { Config } from '../config/types.ts';
import { helmChartOf } from '../input/discover.ts';
import { KUSTOMIZATION_FILES } from '../render/kustomization.ts';
import { dropKeptPlan, renderFingerprint } from '../render/index.ts';
import { FLUX_KUSTOMIZE_GROUP } from '../render/flux.ts';
import { VERSION } from '../version.ts';
import { CacheStore, FORMAT, sha256 } from './store.ts';
import { openRenderCache } from './render.ts';
import { ParsedStore } from './parsed.ts';
import { sameStat, StatIndex, statTrust, type Stat } from './stat-index.ts';
import { cachedDiscovery } from './discover-index.ts';
import { restore, serialize } from './entry.ts';

export { statTrust } from './stat-index.ts';
import type { AuditCache, ParsedCache, RenderCache } from './types.ts';

/** The default cache folder, relative to the working folder. */
export const DEFAULT_CACHE_LOCATION = '.leastpriv-cache';

let codeId: string | undefined;
/**
 * A hash of the code: every file in the folder this module was loaded from. In dist/ that is
 * dist/chunks, which holds every chunk of the engine, the rules and the reporters (content-hashed
 * names) and the `yaml` package: any change to any of them is another key. (A hash of this module's
 * own chunk would not do: the rules are in chunks it does not import.) With Node's version: the same
 * code computes other results on another runtime (its Unicode data: `/\p{L}/u`, which decides
 * whether a justification comment is a reason, knows the letters added in Unicode 16 from Node 20.20).
 */
function codeIdentity(): string {
  return `${codeFiles()}-${process.version}`;
}

function codeFiles(): string {
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

/**
 * The cache in `dir`. `background`: a result is compressed and written while the caller goes on
 * (the CLI writes its report meanwhile), and the caller awaits flush() before it exits; else written
 * before audit() returns.
 */
export function openCache(dir: string, note: (message: string) => void, options: { background?: boolean } = {}): AuditCache {
  const store = new CacheStore(dir, note);
  return new ResultCache(store, openRenderCache(join(dir, 'render'), note, codeIdentity), new ParsedStore(store, codeIdentity), options.background ?? false);
}

const NO_THROW = { throwIfNoEntry: false } as const;
/** How the names of KUSTOMIZATION_FILES end (a quick test before basename). */
const KUSTOMIZATION_ENDS = ['ation.yaml', 'ation.yml', 'Kustomization'];


/** A file's part of the key, or `undefined` when the run must not be cached because of it. */
type FileKey = string | undefined;

class ResultCache implements AuditCache {
  /** By size limit and render setting, then absolute path: computed once per process, shared by the --context runs. */
  private readonly files = new Map<string, Map<string, FileKey>>();
  private readonly charts = new Map<string, string | null>();
  /** Each file's stat when its key was made, by absolute path (else the index holds it). */
  private readonly stats = new Map<string, Stat>();
  /**
   * The bytes of the files read to make a key, by absolute path, until the outermost audit ends: the
   * input stage of a computed run decodes these instead of reading each file again (AuditInput
   * readBytes; a cold run read every file twice, a --context one three times).
   */
  private readonly bytes = new Map<string, Buffer>();
  /** The files whose bytes the input stage took from `bytes` (absolute paths), until the outermost audit ends. */
  private readonly handed = new Set<string>();
  /** Absolute paths of the files read that the render stage renders from: kustomizations, files that mention Flux. */
  private readonly renderFiles = new Set<string>();

  private readonly index: StatIndex;
  /** Nesting of audit() (a --context run audits the counterfactual inside): the index is saved at the end of the outer one. */
  private depth = 0;

  constructor(
    private readonly store: CacheStore,
    readonly renders: RenderCache,
    private readonly layer: ParsedCache,
    private readonly background: boolean,
  ) {
    this.index = new StatIndex(store, codeIdentity);
  }

  /**
   * The per-file layer, from a cache folder's second run on: the first run stores its results only.
   * The layer serves runs computed again over files mostly unchanged (a hook after an edit); making
   * its entries costs a run that computes everything ~5 % (synthetic 50k: ~0.4 s of 7.3), which a
   * one-off run with a fresh folder (a CI job) would pay for nothing (bench/RESULTS.md finding 31).
   */
  flush(): Promise<void> {
    return this.store.flush();
  }

  get parsed(): ParsedCache | undefined {
    return this.index.known() ? this.layer : undefined;
  }

  audit(input: AuditInput, compute: (input: AuditInput) => FullAuditResult): FullAuditResult {
    this.depth++;
    try {
      return this.auditNow(input, compute);
    } finally {
      dropKeptPlan();
      if (--this.depth === 0) {
        this.bytes.clear();
        this.handed.clear();
        this.index.save();
        this.layer.save();
      }
    }
  }

  private auditNow(input: AuditInput, compute: (input: AuditInput) => FullAuditResult): FullAuditResult {
    if (input.sources?.length || input.overrides?.size || input.graph || !input.paths?.length) return compute(input);
    const config = input.config ?? defaults();
    const cwd = input.cwd ?? process.cwd();
    const discovered = input.discovered ?? cachedDiscovery(this.store, input, config, codeIdentity);
    const absOf = absolute(cwd);
    const { bytes } = this;
    const { handed } = this;
    const readBytes = (f: string): Buffer | undefined => {
      const abs = absOf(f);
      const b = bytes.get(abs);
      if (b) handed.add(abs);
      return b;
    };
    const run: AuditInput = { ...input, discovered, readBytes };
    const render = input.render ?? config.render;
    const max = config.limits.maxFileSize;
    const memo = this.files.get(`${max}\0${render}`) ?? new Map<string, FileKey>();
    this.files.set(`${max}\0${render}`, memo);
    // The key: everything but the files as JSON, then each file as `path \0 key \n` (no path holds a NUL)
    const h = createHash('sha256').update(JSON.stringify([FORMAT, VERSION, codeIdentity(), settingsOf(input, config, cwd, render), discovered.problems]));
    let chunk = '';
    // (stat by the relative path when it is relative to the process's folder: a shorter path lookup)
    const here = cwd === process.cwd();
    const omit = input.omit;
    /** Whether a file of this run is one the render stage renders from (renderFiles). */
    let renderFile = false;
    for (const f of discovered.files) {
      if (omit?.has(f)) continue;
      // (stdin is read once, and never kept: a run that reads it is computed, with the discovery above;
      // a --context run without it is kept)
      if (f === '-') return compute(run);
      const abs = absOf(f);
      let k = memo.get(abs);
      if (k === undefined && !memo.has(abs)) {
        k = this.computeFileKey(abs, max, render, here && f !== abs ? f : abs);
        if (k !== undefined) k = `${k}\0${helmChartOf(abs, this.charts) ?? ''}`;
        memo.set(abs, k);
      }
      if (k === undefined) return compute(run);
      if (!renderFile && this.renderFiles.size) renderFile = this.renderFiles.has(abs);
      chunk += `${f}\0${k}\n`;
      if (chunk.length > 65536) {
        h.update(chunk);
        chunk = '';
      }
    }
    // With kustomizations or Flux objects among the files (also those left out: the render stage plans
    // from all of them), the key takes what rendering reads beyond them (render/index.ts
    // renderFingerprint); a run with a root that is not cached is not cached either.
    const isRenderFile = (f: string) => {
      const abs = absOf(f);
      if (!memo.has(abs)) {
        const k = this.computeFileKey(abs, max, render);
        memo.set(abs, k === undefined ? undefined : `${k}\0${helmChartOf(abs, this.charts) ?? ''}`);
      }
      return this.renderFiles.has(abs);
    };
    let rendered: string | null = null;
    // (the files left out too: keyed here, as the counterfactual run keys them)
    if (render && (renderFile || (omit?.size && discovered.files.some((f) => f !== '-' && omit.has(f) && isRenderFile(f))))) {
      rendered = renderFingerprint(discovered.files, cwd, { command: input.kustomizeCommand ?? config.kustomizeCommand, limits: config.limits, store: this.renders, ...(input.omit?.size ? { omit: input.omit } : {}) }) ?? null;
      if (rendered === null) return compute(run);
      chunk += `\0rendered\0${rendered}\n`;
    }
    const key = h.update(chunk).digest('hex');
    const payload = this.store.get(key);
    if (payload) {
      const hit = restore(payload, cwd, config, (f) => {
        const k = input.omit?.has(f) ? undefined : memo.get(absOf(f));
        return k?.slice(0, k.indexOf('\0'));
      });
      if (hit) return hit;
    }
    // Every file was looked at above: when none is a kustomization or mentions Flux, the render stage
    // would find no root (render/index.ts looks for nothing else) and need not read them all again.
    const transient = this.renders.transient;
    const result = compute(render && rendered === null ? { ...run, render: false } : run);
    // (stored only when no file changed while the run read it: else the key would not be its input;
    // nor when a root's render failed in a way that may not happen again: a timeout)
    // (a file the input stage decoded from the bytes its hash was made from needs no second look, unless
    // the render stage, which reads files itself, ran)
    if (!this.unchanged(discovered.files, input.omit, absOf, rendered === null ? handed : undefined)) return result;
    if (rendered !== null && (!this.renders.unchanged() || this.renders.transient !== transient)) return result;
    /** The SHA-256 of each file's bytes, by path. */
    const hashes = new Map<string, string>();
    for (const f of discovered.files) {
      const k = input.omit?.has(f) ? undefined : memo.get(absOf(f));
      if (k !== undefined) hashes.set(f, k.slice(0, k.indexOf('\0')));
    }
    // (the texts of files outside the inputs that rendering read are kept in the entry)
    const stored = serialize(result, hashes, rendered !== null, (f) => this.bytes.get(absOf(f)));
    if (stored && this.background) this.store.putLater(key, stored);
    else if (stored) this.store.put(key, stored);
    return result;
  }

  /** Whether every file still has the size, times and inode it had when it was hashed. */
  private unchanged(files: readonly string[], omit: ReadonlySet<string> | undefined, absOf: (f: string) => string, audited?: ReadonlySet<string>): boolean {
    for (const f of files) {
      if (omit?.has(f)) continue;
      const abs = absOf(f);
      if (audited?.has(abs)) continue;
      const before = this.stats.get(abs) ?? this.index.statOf(abs);
      if (before === undefined) continue; // (unreadable when hashed: keyed by its error)
      let st;
      try {
        st = statSync(abs, { throwIfNoEntry: false });
      } catch {
        return false;
      }
      if (!st || !sameStat(st, before)) return false;
    }
    return true;
  }

  /** `near`: the same file by a shorter path (relative to the process's folder), for the stat. */
  private computeFileKey(abs: string, max: number, render: boolean, near = abs): FileKey {
    if (render && KUSTOMIZATION_ENDS.some((x) => abs.endsWith(x)) && KUSTOMIZATION_FILES.includes(basename(abs))) this.renderFiles.add(abs);
    // A file whose stat is the one recorded when it was hashed, long enough after its last change: its hash.
    // (not stated when the index has nothing to compare with: a cold cache, ~7 µs a file)
    let known;
    if (!this.index.unknown(abs)) {
      try {
        known = statSync(near, NO_THROW);
      } catch {
        known = undefined; // (then opened below, and keyed by the error)
      }
    }
    if (known?.isFile()) {
      const hash = this.index.get(abs, known);
      if (hash !== undefined) {
        // (its stat is the index's: ResultCache.unchanged asks it)
        if (known.size > max) return `size:${known.size}`;
        if (this.index.flux) this.renderFiles.add(abs);
        return hash;
      }
    }
    let fd: number | undefined;
    try {
      // (the clock before the stat: a change after the stat is later than this)
      const at = statTrust.now();
      fd = openSync(abs, 'r');
      const st = fstatSync(fd);
      if (!st.isFile()) return undefined;
      const stat: Stat = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev };
      this.stats.set(abs, stat);
      if (st.size > max) return `size:${st.size}`;
      // (one buffer for every file up to 4 MiB, as the input stage reads them: src/input/read.ts)
      // (a buffer of its own: the input stage decodes it later, AuditInput.readBytes)
      const buf = Buffer.allocUnsafe(st.size);
      let off = 0;
      while (off < st.size) {
        const n = readSync(fd, buf, off, st.size - off, off);
        if (n === 0) break;
        off += n;
      }
      const bytes = buf.subarray(0, off);
      const hash = sha256(bytes);
      const flux = mentionsFlux(bytes);
      // (read whole: a file cut short while read has another stat by now, and is hashed again next time)
      if (off === st.size) {
        this.index.set(abs, { ...stat, at, hash, flux });
        this.bytes.set(abs, bytes);
      }
      if (flux) this.renderFiles.add(abs);
      return hash;
    } catch (e) {
      return `error:${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

/** The absolute path of a discovered path (relative to cwd, or absolute): a concatenation when both are plain. */
function absolute(cwd: string): (f: string) => string {
  const plain = sep === '/' && isAbsolute(cwd) && normalize(cwd) === cwd && !cwd.endsWith('/');
  return (f) => (plain && !isAbsolute(f) && !f.startsWith('.') && !f.includes('/.') && !f.includes('//') ? `${cwd}/${f}` : resolve(cwd, f));
}


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
