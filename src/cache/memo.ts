/**
 * `--cache`: the result of an audit, stored under a key made of everything the result depends on,
 * and returned without computing it again when a later run has the same key (ESLint's --cache, kept
 * sound by keying on content, not on timestamps).
 *
 * The key (`keyOf`): the cache format, leastpriv's version and the identity of its code (a hash of
 * the built file that holds this module, whose imports name the other chunks by content hash), the
 * whole effective configuration (profile, Kubernetes version, every rule's severity and options,
 * limits, excludes), the command's settings (cwd, paths, --exclude, the files to report on and the
 * files left out, the baseline, whether edits are resolved), what discovery found and refused, and
 * for every file read: its path, the SHA-256 of its bytes (or its size when over maxFileSize, or the
 * error reading it) and the Helm chart it sits in (chart files are skipped as templates).
 * A run whose result could depend on anything else is not cached: stdin, in-memory sources, --fix
 * passes (overrides), the access graph, a FIFO or device, and — while kustomize rendering is on —
 * any kustomization or Flux object among the inputs (kustomize reads files beyond them and its own
 * version matters). `--context` runs go through here twice: the run itself, and the run without the
 * files named (engine/audit.ts, counterfactuals), each with its own key; an editor or a hook that
 * audits the same file again after an edit finds the second one cached.
 *
 * A hit reads back the files that findings point into (the code frames) and checks that each still
 * has the text the result was computed from; any difference, or an entry that fails its checksum
 * (store.ts), and the run is computed as if there were no cache. So a cached result is the result.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditInput, FullAuditResult } from '../engine/audit.ts';
import { discoverInputs } from '../engine/load.ts';
import { defaults } from '../config/load.ts';
import type { Config } from '../config/types.ts';
import { helmChartOf } from '../input/discover.ts';
import { newSource } from '../input/parse.ts';
import { decode, readInput } from '../input/read.ts';
import type { SourceFile } from '../input/types.ts';
import { KUSTOMIZATION_FILES } from '../render/kustomization.ts';
import { FLUX_KUSTOMIZE_GROUP } from '../render/flux.ts';
import { VERSION } from '../version.ts';
import { CacheStore, FORMAT, sha256 } from './store.ts';
import type { AuditCache } from './types.ts';

/** The default cache folder, relative to the working folder. */
export const DEFAULT_CACHE_LOCATION = '.leastpriv-cache';

let codeId: string | undefined;
/** A hash of the file this code was loaded from: in dist/, it changes whenever any chunk does. */
function codeIdentity(): string {
  if (codeId === undefined) {
    try {
      codeId = sha256(readFileSync(fileURLToPath(import.meta.url)));
    } catch {
      codeId = 'unknown';
    }
  }
  return codeId;
}

/** What the stored result holds: the result without its sources, which are listed by path instead. */
interface Stored {
  result: Omit<FullAuditResult, 'sources'>;
  /** Every source in order: its path, and the SHA-256 of its text when the result keeps the text. */
  sources: [string, string | null][];
}

export function openCache(dir: string, note: (message: string) => void): AuditCache {
  return new ResultCache(new CacheStore(dir, note));
}

/** A file's part of the key, or `undefined` when the run must not be cached because of it. */
type FileKey = string | undefined;

class ResultCache implements AuditCache {
  /** Per absolute path (and size limit): computed once per process, shared by the --context runs. */
  private readonly files = new Map<string, FileKey>();
  private readonly charts = new Map<string, string | null>();

  constructor(private readonly store: CacheStore) {}

  audit(input: AuditInput, compute: (input: AuditInput) => FullAuditResult): FullAuditResult {
    if (input.sources?.length || input.overrides?.size || input.graph || !input.paths?.length || input.paths.includes('-')) return compute(input);
    const config = input.config ?? defaults();
    const cwd = input.cwd ?? process.cwd();
    const discovered = input.discovered ?? discoverInputs(input, config);
    const run = { ...input, discovered };
    const render = input.render ?? config.render;
    const files: string[] = [];
    // (the bytes read for the key, until the lookup is over: a hit takes the texts it shows from them)
    const bytes = new Map<string, Buffer>();
    for (const f of discovered.files) {
      if (input.omit?.has(f)) continue;
      if (f === '-') return compute(run);
      const k = this.fileKey(f, cwd, config, render, bytes);
      if (k === undefined) return compute(run);
      files.push(`${f}\0${k}`);
    }
    const key = sha256(JSON.stringify([FORMAT, VERSION, codeIdentity(), settingsOf(input, config, cwd, render), discovered.problems, files]));
    const payload = this.store.get(key);
    if (payload) {
      const hit = restore(payload, cwd, config, bytes);
      if (hit) return hit;
    }
    bytes.clear();
    // Every file was looked at above: none is a kustomization or mentions Flux, so the render stage
    // would find no root (render/index.ts looks for nothing else) and need not read them all again.
    const result = compute(render ? { ...run, render: false } : run);
    const stored = serialize(result, new Set(discovered.files));
    if (stored) this.store.put(key, stored);
    return result;
  }

  private fileKey(f: string, cwd: string, config: Config, render: boolean, bytes: Map<string, Buffer>): FileKey {
    const abs = resolve(cwd, f);
    const max = config.limits.maxFileSize;
    const id = `${abs}\0${max}\0${render}`;
    if (this.files.has(id)) return this.files.get(id);
    const k = this.computeFileKey(abs, max, render, (b) => bytes.set(f, b));
    this.files.set(id, k === undefined ? undefined : `${k}\0${helmChartOf(abs, this.charts) ?? ''}`);
    return this.files.get(id);
  }

  private computeFileKey(abs: string, max: number, render: boolean, keep: (bytes: Buffer) => void): FileKey {
    if (render && KUSTOMIZATION_FILES.includes(basename(abs))) return undefined;
    let fd: number | undefined;
    try {
      fd = openSync(abs, 'r');
      const st = fstatSync(fd);
      if (!st.isFile()) return undefined;
      if (st.size > max) return `size:${st.size}`;
      const buf = Buffer.allocUnsafe(st.size);
      let off = 0;
      while (off < st.size) {
        const n = readSync(fd, buf, off, st.size - off, off);
        if (n === 0) break;
        off += n;
      }
      const bytes = buf.subarray(0, off);
      if (render && mentionsFlux(bytes)) return undefined;
      keep(bytes);
      return sha256(bytes);
    } catch (e) {
      return `error:${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
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
  };
}

/** The result as stored; undefined when it keeps the text of a file that was not among the inputs. */
function serialize(result: FullAuditResult, inputs: ReadonlySet<string>): Buffer | undefined {
  const { sources, ...rest } = result;
  const list: Stored['sources'] = [];
  for (const [path, s] of sources) {
    if (s.text === '') list.push([path, null]);
    else if (!inputs.has(path)) return undefined;
    else list.push([path, sha256(s.text)]);
  }
  const stored: Stored = { result: rest, sources: list };
  return Buffer.from(JSON.stringify(stored));
}

/** The stored result, with the texts it keeps read again; undefined when any of them changed. */
function restore(payload: Buffer, cwd: string, config: Config, bytes: ReadonlyMap<string, Buffer>): FullAuditResult | undefined {
  let stored: Stored;
  try {
    stored = JSON.parse(payload.toString('utf8')) as Stored;
  } catch {
    return undefined;
  }
  const sources = new Map<string, SourceFile>();
  for (const [path, hash] of stored.sources) {
    if (hash === null) {
      sources.set(path, newSource(path, ''));
      continue;
    }
    // (decoded as the input stage decodes them: src/input/read.ts)
    const read = bytes.get(path);
    const r = read ? decode(path, read, config.limits.maxFileSize) : readInput(path, cwd, config.limits.maxFileSize, undefined, path);
    const text = 'source' in r ? r.source.text : r.text;
    if (text === undefined || sha256(text) !== hash) return undefined;
    sources.set(path, 'source' in r ? r.source : newSource(path, text));
  }
  // (the keys in the order audit() writes them, so that every report is the same byte for byte)
  const { pss, findings, summary, rules, justifications, coverage, ...others } = stored.result;
  return { ...(pss ? { pss } : {}), ...others, findings, summary, sources, rules, justifications, ...(coverage ? { coverage } : {}) };
}
