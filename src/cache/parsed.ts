/**
 * The per-file layer of `--cache`: entries that depend only on one file's text (and the config),
 * reused by a run that is computed (a result-cache miss: a pre-commit hook after the named file was
 * edited, a file named for the first time). The engine keeps there what each per-object rule
 * reported on each of the file's RBAC and pod-carrying objects (engine/audit.ts, ObjectChecks), so
 * such a run checks again only the objects of the files whose text changed.
 *
 * A file's key (keyOf): the SHA-256 of the path it is shown under, the Helm chart it sits in, the
 * input limits and its text as parsed; entries derived from it start with it. Every pack is stamped
 * with the cache format, leastpriv's version and the identity of its code (memo.ts codeIdentity):
 * a pack of another build is ignored. (The files' parsed objects themselves were kept here too at
 * first: reading them back — gunzip and JSON.parse of every object's value — cost about as much as
 * parsing the YAML again, and writing them made the cold run ~10 % slower: bench/RESULTS.md 23.)
 *
 * Storage: 16 packs `parsed-<hex>.pack` (by the first digit of the key), each written whole through
 * CacheStore (header with checksum, gzip, temporary file + rename), ASCII only (read as latin1). A
 * pack is read when an entry of it is asked for, and an entry parsed by its user. When a pack gets a
 * new entry it is rewritten with the entries this process used or made (older ones, e.g. of a
 * file's earlier text, go).
 */
import { createHash } from 'node:crypto';
import type { InputLimits, SourceFile } from '../input/types.ts';
import { VERSION } from '../version.ts';
import { asciiOnly } from '../engine/finding-codec.ts';
import { FORMAT, type CacheStore } from './store.ts';
import type { ParsedCache } from './types.ts';

const PACKS = 16;

/** A pack as read: its text and where each entry is in it. */
interface Pack {
  text: string;
  at: Map<string, [number, number]>;
}

export class ParsedStore implements ParsedCache {
  private readonly packs: (Pack | null | undefined)[] = new Array(PACKS);
  /** Entries used or made by this process (key → JSON), for rewriting a pack. */
  private readonly used = new Map<string, string>();
  private readonly dirty = new Set<number>();

  constructor(
    private readonly store: CacheStore,
    private readonly code: () => string,
  ) {}

  private header(): string {
    return `leastpriv-parsed ${FORMAT} ${VERSION} ${this.code()}\n`;
  }

  private pack(i: number): Pack | null {
    let p = this.packs[i];
    if (p !== undefined) return p;
    p = null;
    const raw = this.store.getPack(packName(i));
    const header = this.header();
    if (raw && raw.length >= header.length && raw.toString('latin1', 0, header.length) === header) {
      try {
        const text = raw.toString('latin1', header.length);
        const nl = text.indexOf('\n');
        const list = JSON.parse(text.slice(0, nl)) as [string, number][];
        const at = new Map<string, [number, number]>();
        let off = nl + 1;
        for (const [key, len] of list) {
          at.set(key, [off, off + len]);
          off += len;
        }
        if (off === text.length) p = { text, at };
      } catch {
        p = null;
      }
    }
    this.packs[i] = p;
    return p;
  }

  /** The key of a file's entry: its text as parsed, the path it is shown under, its chart, the limits. */
  keyOf(source: SourceFile, chart: string | undefined, limits: InputLimits): string {
    return createHash('sha256')
      .update(JSON.stringify([source.path, chart ?? null, limits.maxDocuments, limits.maxAliasCount, limits.maxDepth, limits.maxFileSize]))
      .update('\0')
      .update(source.text)
      .digest('hex');
  }

  /** An entry's JSON (from this process or a pack), or undefined. */
  raw(key: string): string | undefined {
    let json = this.used.get(key);
    if (json === undefined) {
      const p = this.pack(parseInt(key[0]!, 16));
      const range = p?.at.get(key);
      if (!p || !range) return undefined;
      json = p.text.slice(range[0], range[1]);
      this.used.set(key, json);
    }
    return json;
  }

  /** Kept to be written by save(). */
  putRaw(key: string, json: string): void {
    // (ASCII only, so that a pack is read as latin1, a copy; outside strings JSON is ASCII already)
    json = asciiOnly(json);
    if (this.used.get(key) === json) return;
    this.used.set(key, json);
    this.dirty.add(parseInt(key[0]!, 16));
  }

  /** Rewrites the packs that got new entries (with the entries this process used or made). */
  save(): void {
    if (!this.dirty.size) return;
    const byPack = new Map<number, [string, string][]>();
    for (const [key, json] of this.used) {
      const i = parseInt(key[0]!, 16);
      if (!this.dirty.has(i)) continue;
      let l = byPack.get(i);
      if (!l) byPack.set(i, (l = []));
      l.push([key, json]);
    }
    for (const [i, list] of byPack) {
      const head = JSON.stringify(list.map(([key, json]) => [key, json.length]));
      // (one buffer written entry by entry: no string of the whole pack)
      const parts = [`${this.header()}${head}\n`, ...list.map(([, json]) => json)];
      const buf = Buffer.allocUnsafe(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) at += buf.write(p, at, 'latin1');
      this.store.putPack(packName(i), buf);
    }
    this.dirty.clear();
  }
}

const packName = (i: number) => `parsed-${i.toString(16)}.pack`;
