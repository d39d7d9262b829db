/**
 * The file-stat index of `--cache` (memo.ts keys results on every file's SHA-256; this index spares
 * reading a file whose stat is what it was when it was hashed, git's index and ESLint's
 * file-entry-cache), and the rule that says when a recorded stat may be trusted.
 */
import { FORMAT, type CacheStore } from './store.ts';
import { VERSION } from '../version.ts';

/**
 * When a file's stored hash may be trusted without reading the file (StatIndex): its mtime and ctime
 * must be older than the moment its stat was taken by more than `marginMs` (git's "racily clean"
 * rule, with a margin for coarse file-system clocks: a file written in the same tick as the stat could
 * be written again without its times changing). `now` is the clock. Tests change both.
 */
export const statTrust = { marginMs: 2000, now: (): number => Date.now() };

/** A file as last hashed: its stat, when the stat was taken (ms), the SHA-256 of its bytes, whether they mention Flux. */
export interface IndexEntry {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
  at: number;
  hash: string;
  flux: boolean;
}

/** A file's stat as the index keeps it (times in ms with their fraction: the racy rule makes ns moot). */
export type Stat = Pick<IndexEntry, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino' | 'dev'>;

export const sameStat = (a: Stat, b: Stat): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;

/** Whether a Float64Array reads the index's little-endian float64s as they are. */
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** Entries kept in the index at most (the files of this run first). */
const INDEX_MAX = 1 << 20;

/**
 * The file-stat index: for each file hashed, its size, mtime and ctime, inode and device when it
 * was hashed, and the hash (git's index, ESLint's file-entry-cache). A later run trusts the hash of a
 * file whose stat is the same and whose times were older than that moment by more than
 * statTrust.marginMs; any other file is read and hashed again. (Changing a file's bytes changes its
 * ctime, which no program can set back; a file with an mtime set back keeps the new ctime. The times
 * are compared as ms with their fraction, which loses nanoseconds: harmless, since a change after
 * the stat was taken is more than the margin later than the times recorded.) Stored in the cache
 * folder as `files.idx`; written only when an entry changed; one of another code version or that
 * fails its checksum is ignored.
 *
 * Layout after the header line: the entry count (u32), then per entry six float64 (size, mtime,
 * ctime, inode, device, when stated), then per entry the 32 bytes of its hash, then per entry one
 * byte (1: mentions Flux), then the paths (UTF-8, NUL-separated). Read without parsing each entry.
 */
export class StatIndex {
  private buf: Buffer | undefined;
  /** The six float64 of each entry (an aligned copy: read without Buffer's per-call checks). */
  private nums: Float64Array | undefined;
  private count = 0;
  /** The stored entries' paths, in their order. */
  private names: string[] = [];
  /** Stored entries by path: their number (made on first need: a warm run asks for the paths in the stored order, see find). */
  private byName: Map<string, number> | undefined;
  /** The entry after the last one find() found. */
  private next = 0;
  /** This run's new entries. */
  readonly now = new Map<string, IndexEntry>();
  /** Per stored entry: 1 when this run found it still valid (get). */
  private used: Uint8Array | undefined;
  private dirty = false;
  private loaded = false;

  constructor(
    private readonly store: CacheStore,
    private readonly code: () => string,
  ) {}

  private header(): string {
    return `leastpriv-files ${FORMAT} ${VERSION} ${this.code()}\n`;
  }

  private load(): void {
    this.loaded = true;
    const raw = this.store.getIndex();
    const header = this.header();
    if (!raw || raw.length < header.length + 4 || raw.toString('latin1', 0, header.length) !== header) return;
    const buf = raw.subarray(header.length);
    const n = buf.readUInt32LE(0);
    const paths = 4 + n * (48 + 32 + 1);
    if (paths > buf.length) return;
    const names = buf.toString('utf8', paths).split('\0');
    if (names.length !== n) return;
    this.buf = buf;
    this.nums = new Float64Array(n * 6);
    if (LITTLE_ENDIAN) Buffer.from(this.nums.buffer).set(buf.subarray(4, 4 + n * 48));
    else for (let j = 0; j < n * 6; j++) this.nums[j] = buf.readDoubleLE(4 + j * 8);
    this.count = n;
    this.used = new Uint8Array(n);
    this.names = names;
  }

  /** Stored entries by path (all of them, made when first needed). */
  private get old(): Map<string, number> {
    if (!this.byName) {
      this.byName = new Map();
      for (let i = 0; i < this.names.length; i++) this.byName.set(this.names[i]!, i);
    }
    return this.byName;
  }

  /**
   * The stored entry of `abs`. The index is written with this run's files first, in the order the
   * key loop met them, so a run over the same files meets them in the stored order: the entry after
   * the last one found is tried first, and the map of all paths is made only when that fails.
   */
  private find(abs: string): number | undefined {
    if (this.names[this.next] === abs) return this.next++;
    const i = this.old.get(abs);
    if (i !== undefined) this.next = i + 1;
    return i;
  }

  private num(i: number, field: number): number {
    return this.nums![i * 6 + field]!;
  }

  private sameAs(i: number, st: Stat): boolean {
    const x = this.nums!;
    const o = i * 6;
    return x[o] === st.size && x[o + 1] === st.mtimeMs && x[o + 2] === st.ctimeMs && x[o + 3] === st.ino && x[o + 4] === st.dev;
  }

  private entry(i: number): IndexEntry {
    const hashes = 4 + this.count * 48;
    return {
      size: this.num(i, 0),
      mtimeMs: this.num(i, 1),
      ctimeMs: this.num(i, 2),
      ino: this.num(i, 3),
      dev: this.num(i, 4),
      at: this.num(i, 5),
      hash: this.buf!.toString('hex', hashes + i * 32, hashes + i * 32 + 32),
      flux: this.buf![hashes + this.count * 32 + i] === 1,
    };
  }

  /** The stat recorded for `abs` this run (for ResultCache.unchanged). */
  statOf(abs: string): Stat | undefined {
    const e = this.now.get(abs);
    if (e) return e;
    const i = this.find(abs);
    return i !== undefined && this.used![i] ? this.entry(i) : undefined;
  }

  /**
   * Whether `abs` certainly has no entry: the index holds none (a cold cache) and this run has not
   * hashed it. Then there is nothing to compare a stat with, and the file is opened at once.
   */
  unknown(abs: string): boolean {
    if (!this.loaded) this.load();
    return this.count === 0 && !this.now.has(abs);
  }

  /** Whether the index held entries when this run began (not a cache folder's first run). */
  known(): boolean {
    if (!this.loaded) this.load();
    return this.count > 0;
  }

  /** Whether the last hash get() returned is of bytes that mention Flux. */
  flux = false;

  /** The hash of `abs` (its Flux mark in `flux`) when its stat is `st` and the hash may be trusted. */
  get(abs: string, st: Stat): string | undefined {
    if (!this.loaded) this.load();
    // (this run's own entries first: none on a warm run)
    const e = this.now.size ? this.now.get(abs) : undefined;
    if (e) {
      if (!sameStat(e, st) || !trusted(st.mtimeMs, st.ctimeMs, e.at)) return undefined;
      this.flux = e.flux;
      return e.hash;
    }
    const i = this.find(abs);
    if (i === undefined || !this.sameAs(i, st) || !trusted(st.mtimeMs, st.ctimeMs, this.nums![i * 6 + 5]!)) return undefined;
    this.used![i] = 1;
    const hashes = 4 + this.count * 48;
    this.flux = this.buf![hashes + this.count * 32 + i] === 1;
    return this.buf!.toString('hex', hashes + i * 32, hashes + i * 32 + 32);
  }

  set(abs: string, e: IndexEntry): void {
    if (!this.loaded) this.load();
    const was = this.now.get(abs) ?? this.old.get(abs);
    const before = typeof was === 'number' ? this.entry(was) : was;
    if (!before || !sameStat(before, e) || before.hash !== e.hash || before.at !== e.at || before.flux !== e.flux) this.dirty = true;
    this.now.set(abs, e);
  }

  save(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const list: [string, IndexEntry | number][] = [];
    for (const [path, e] of this.now) if (!path.includes('\0')) list.push([path, e]);
    // (then the stored ones this run found valid, then the others)
    for (const pass of [1, 0]) {
      for (const [path, i] of this.old) {
        if (list.length >= INDEX_MAX) break;
        if (this.used![i] === pass && !this.now.has(path)) list.push([path, i]);
      }
    }
    const n = list.length;
    const head = Buffer.from(this.header(), 'latin1');
    const body = Buffer.alloc(4 + n * (48 + 32 + 1));
    body.writeUInt32LE(n, 0);
    const hashes = 4 + n * 48;
    // (the numbers gathered in a Float64Array and copied in at once, a stored entry's hash and mark
    // copied as bytes: a cold run at 100k files spent ~0.1 s here a field at a time)
    const nums = new Float64Array(n * 6);
    const oldHashes = 4 + this.count * 48;
    for (let i = 0; i < n; i++) {
      const x = list[i]![1];
      if (typeof x === 'number') {
        nums.set(this.nums!.subarray(x * 6, x * 6 + 6), i * 6);
        this.buf!.copy(body, hashes + i * 32, oldHashes + x * 32, oldHashes + x * 32 + 32);
        body[hashes + n * 32 + i] = this.buf![oldHashes + this.count * 32 + x]!;
      } else {
        const o = i * 6;
        nums[o] = x.size;
        nums[o + 1] = x.mtimeMs;
        nums[o + 2] = x.ctimeMs;
        nums[o + 3] = x.ino;
        nums[o + 4] = x.dev;
        nums[o + 5] = x.at;
        body.write(x.hash, hashes + i * 32, 32, 'hex');
        body[hashes + n * 32 + i] = x.flux ? 1 : 0;
      }
    }
    if (LITTLE_ENDIAN) body.set(new Uint8Array(nums.buffer), 4);
    else for (let j = 0; j < n * 6; j++) body.writeDoubleLE(nums[j]!, 4 + j * 8);
    this.store.putIndex(Buffer.concat([head, body, Buffer.from(list.map(([path]) => path).join('\0'), 'utf8')]));
  }
}

/** Whether a file with these times, stated at `at`, was last changed more than the margin before. */
export function trusted(mtimeMs: number, ctimeMs: number, at: number): boolean {
  return Math.max(mtimeMs, ctimeMs) + statTrust.marginMs < at;
}
