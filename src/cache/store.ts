/**
 * The cache folder on disk: entries written whole or not at all, and read back only when they prove
 * to be what was written for that key.
 *
 * An entry is one file `<key>.bin`: a header line `leastpriv-cache <FORMAT> <key> <sha256 of the body>`
 * and the body: the payload, gzip-compressed (the checksum is of the bytes as stored, checked before
 * they are inflated: a tenth of the bytes to hash, and damage found before gunzip reads it). Writes go to a temporary file in the same folder, then a rename
 * (atomic on POSIX file systems), so a reader sees the old entry or the new one, never half of one;
 * two runs writing the same key write the same bytes. An entry whose header, key or checksum does not
 * match (cut short, damaged, written by another format) is never trusted: the run recomputes, says so
 * on stderr, and writes it again. The folder holds its own `.gitignore` (`*`, as Ruff's and pytest's
 * caches do) and a CACHEDIR.TAG, so that neither git nor backup tools pick it up, and no `.yaml` or
 * `.json` file, so that an audit of the repository never reads it.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync, gzip, gzipSync } from 'node:zlib';

const MAGIC = 'leastpriv-cache';
/** Bump when the layout of entries changes: older entries then never match. */
export const FORMAT = 5;
/** Entries kept: the newest (by last use) stay, older ones are removed after a write. */
const KEEP = 16;

const ENTRY_NAME = /^[0-9a-f]{64}\.bin$/;
const TEMP_NAME = /^\.(?:[0-9a-f]{64}|files\.idx|discover\.idx|parsed-[0-9a-f]\.pack)\.\d+\.[0-9a-z]+\.tmp$/;
/** Indexes (stat-index.ts: the file-stat index; discover-index.ts: the last discovery): one each per folder, not entries (never pruned as one). */
export type IndexName = 'files.idx' | 'discover.idx';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export class CacheStore {
  private ready: boolean | undefined;
  /** Entries being compressed (putLater): each written when done; flush() waits for them. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    readonly dir: string,
    private readonly note: (message: string) => void,
    /** Entries kept by prune(). */
    private readonly keep: number = KEEP,
  ) {}

  /** The payload stored for `key`, or undefined (absent; damaged ones are reported, then ignored). */
  get(key: string): Buffer | undefined {
    return this.read(`${key}.bin`, key, true);
  }

  /**
   * The file-stat index (see memo.ts): stored as an entry is (header, checksum), uncompressed, under
   * a fixed name, and not counted among the entries kept. Undefined when absent or damaged (noted).
   */
  getIndex(name: IndexName = 'files.idx'): Buffer | undefined {
    return this.read(name, 'index', false);
  }

  putIndex(payload: Buffer, name: IndexName = 'files.idx'): void {
    this.write(name, 'index', payload, false);
  }

  /** A pack of the per-file layer (parsed.ts): stored as an entry is (header, checksum, gzip), under its own name, never pruned as an entry. */
  getPack(name: string): Buffer | undefined {
    return this.read(name, 'pack', true);
  }

  putPack(name: string, payload: Buffer): void {
    this.write(name, 'pack', payload, true);
  }

  private read(name: string, key: string, gzip: boolean): Buffer | undefined {
    const file = join(this.dir, name);
    let raw: Buffer;
    try {
      raw = readFileSync(file);
    } catch {
      return undefined;
    }
    const nl = raw.indexOf(10);
    const header = nl === -1 ? [] : raw.subarray(0, nl).toString('latin1').split(' ');
    let payload: Buffer | undefined;
    // (an index written by another format of leastpriv is expected after an upgrade: replaced silently)
    if (!gzip && header.length === 4 && header[0] === MAGIC && header[1] !== String(FORMAT)) return undefined;
    if (header.length === 4 && header[0] === MAGIC && header[1] === String(FORMAT) && header[2] === key) {
      try {
        // (output in one buffer of the size gzip records, ISIZE, rather than 16 KiB pieces joined after)
        const body = raw.subarray(nl + 1);
        if (sha256(body) !== header[3]) throw new Error('checksum');
        payload = gzip ? gunzipSync(body, { chunkSize: body.length >= 4 ? Math.min(Math.max(body.readUInt32LE(body.length - 4), 65536), 64 << 20) : 65536 }) : body;
      } catch {
        payload = undefined;
      }
    }
    if (!payload) {
      this.note(`cache entry ${file} is damaged, incomplete or of another format: not used; recomputed and written again`);
      return undefined;
    }
    if (gzip) {
      try {
        const now = new Date();
        utimesSync(file, now, now);
      } catch {
        // (a read-only cache still serves)
      }
    }
    return payload;
  }

  /** Writes the entry; then prunes the folder, unless `prune` is false (a caller writing many prunes once). */
  put(key: string, payload: Buffer, prune = true): void {
    if (this.write(`${key}.bin`, key, payload, true) && prune) this.prune();
  }

  /**
   * put(), with the payload compressed on a thread of libuv's pool while this one goes on (the CLI
   * writes its report meanwhile), then written; flush() waits for it. A run of 27,774 findings
   * stores 26 MB, ~0.08 s of gzip (bench/RESULTS.md finding 32).
   */
  putLater(key: string, payload: Buffer): void {
    if (!this.prepare()) return;
    const done: Promise<void> = new Promise<void>((resolve) => {
      // (one piece of output as large as the input can be: the whole of it compressed in one job of the
      // pool, not 16 KiB at a time with this thread's event loop needed between pieces)
      gzip(payload, { level: 1, chunkSize: payload.length + 65536 }, (err, body) => {
        this.pending.delete(done);
        if (err) this.note(`cannot compress the cache entry for ${this.dir}: ${err.message}; the run is not cached`);
        else if (this.writeBody(`${key}.bin`, key, body)) this.prune();
        resolve();
      });
    });
    this.pending.add(done);
  }

  /** Waits for the entries putLater() is still compressing to be written. */
  async flush(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  private write(name: string, key: string, payload: Buffer, gzip: boolean): boolean {
    if (!this.prepare()) return false;
    return this.writeBody(name, key, gzip ? gzipSync(payload, { level: 1 }) : payload);
  }

  /** Writes `body` (as stored: compressed or not) under `name`, atomically. */
  private writeBody(name: string, key: string, body: Buffer): boolean {
    const file = join(this.dir, name);
    const tmp = join(this.dir, `.${name.replace(/\.bin$/, '')}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    try {
      const fd = openSync(tmp, 'wx');
      try {
        writeSync(fd, `${MAGIC} ${FORMAT} ${key} ${sha256(body)}\n`);
        writeSync(fd, body);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, file);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // (never created)
      }
      this.note(`cannot write the cache in ${this.dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; the run is not cached`);
      return false;
    }
    return true;
  }

  /** Creates the folder with its .gitignore and CACHEDIR.TAG; false (with a note) when it cannot. */
  private prepare(): boolean {
    if (this.ready !== undefined) return this.ready;
    try {
      mkdirSync(this.dir, { recursive: true });
      const ignore = join(this.dir, '.gitignore');
      if (!existsSync(ignore)) writeFileSync(ignore, '# written by leastpriv: this folder is a cache\n*\n');
      const tag = join(this.dir, 'CACHEDIR.TAG');
      if (!existsSync(tag)) writeFileSync(tag, 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by leastpriv.\n# For information about cache directory tags see https://bford.info/cachedir/\n');
      this.ready = true;
    } catch (e) {
      this.note(`cannot use ${this.dir} as the cache folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; the run is not cached`);
      this.ready = false;
    }
    return this.ready;
  }

  /** Keeps the `keep` entries used last; removes older ones and temporary files left by killed runs. */
  prune(): void {
    try {
      const now = Date.now();
      const entries: { file: string; t: number }[] = [];
      // (only names this code writes: --cache-location may name a folder that holds other files)
      for (const name of readdirSync(this.dir)) {
        const file = join(this.dir, name);
        if (TEMP_NAME.test(name)) {
          // a run still writing it is at most minutes old
          if (now - statSync(file).mtimeMs > 10 * 60_000) unlinkSync(file);
        } else if (ENTRY_NAME.test(name)) entries.push({ file, t: statSync(file).mtimeMs });
      }
      entries.sort((a, b) => b.t - a.t);
      for (const e of entries.slice(this.keep)) unlinkSync(e.file);
    } catch {
      // (another run pruning at the same time)
    }
  }
}
