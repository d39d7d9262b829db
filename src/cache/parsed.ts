/**
 * The per-file layer of `--cache`: what reading a file yields that depends only on its text — its
 * objects (values after the shape check took out wrongly typed fields), the shape errors, the input
 * problems (syntax errors, duplicate keys, limits), the document counts — kept per file and reused
 * by a run that is computed (a result-cache miss: a pre-commit hook after the named file was edited,
 * a file named for the first time). Such a run then parses only the files whose text changed.
 *
 * Sound by its key: the SHA-256 of the text as parsed (after decoding), the path it is shown under
 * (diagnostics and objects carry it), the Helm chart the file sits in (template files are skipped)
 * and the input limits; and every entry is in packs stamped with the cache format, leastpriv's
 * version and the identity of its code (memo.ts codeIdentity): a pack of another build is ignored.
 * A file is kept only when its objects survive JSON exactly (plain mappings and lists, strings,
 * finite numbers other than -0, booleans, null, no value reached twice): anything else (`.inf`, a
 * value an alias shares) is parsed every time.
 *
 * Storage: 16 packs `parsed-<hex>.pack` (by the first digit of the key: entries derived from a file's
 * key start with it, so they share its pack), each written whole through
 * CacheStore (header with checksum, gzip, temporary file + rename). A pack is read when a file of it
 * is asked for, and an entry parsed when it is used. When a pack gets a new entry it is rewritten
 * with the entries this process used or made (older ones, e.g. of a file's earlier text, go).
 */
import { createHash } from 'node:crypto';
import type { ParsedFile, InputDiagnostic } from '../input/parse.ts';
import type { InputLimits, K8sObject, SourceFile } from '../input/types.ts';
import type { ShapeError } from '../model/shape.ts';
import { VERSION } from '../version.ts';
import { FORMAT, type CacheStore } from './store.ts';
import type { ParsedCache, StoredParse } from './types.ts';

const PACKS = 16;

/** A pack as read: its text and where each entry is in it. */
interface Pack {
  text: string;
  at: Map<string, [number, number]>;
}

/** One object as stored: documentIndex, docRange, rootPath, value, apiVersion, kind, name, namespace, rootStart, invalid. */
type StoredObject = [number, [number, number], (string | number)[], Record<string, unknown>, string, string, string, string | null, number | null, 0 | 1];

interface Entry {
  /** documents, nonKubernetesDocuments */
  d: [number, number];
  s?: string;
  /** diagnostics without their file (the path shown) */
  g: Omit<InputDiagnostic, 'file'>[];
  o: StoredObject[];
  /** shape errors by object index */
  e: [number, ShapeError[]][];
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
    if (NON_ASCII.test(json)) json = json.replace(NON_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (this.used.get(key) === json) return;
    this.used.set(key, json);
    this.dirty.add(parseInt(key[0]!, 16));
  }

  get(key: string, source: SourceFile): StoredParse | undefined {
    const json = this.raw(key);
    if (json === undefined) return undefined;
    let e: Entry;
    try {
      e = JSON.parse(json) as Entry;
    } catch {
      this.used.delete(key);
      return undefined;
    }
    const parsed: ParsedFile = {
      source,
      objects: e.o.map((o) => {
        const obj: K8sObject = { file: source, documentIndex: o[0], docRange: o[1], rootPath: o[2], value: o[3], apiVersion: o[4], kind: o[5], name: o[6] };
        if (o[7] !== null) obj.namespace = o[7];
        if (o[8] !== null) obj.rootStart = o[8];
        if (o[9]) obj.invalid = true;
        return obj;
      }),
      diagnostics: e.g.map((d) => ({ ...d, file: source.path }) as InputDiagnostic),
      documents: e.d[0],
      nonKubernetesDocuments: e.d[1],
      ...(e.s !== undefined ? { skipped: e.s } : {}),
    };
    const shapeErrors = new Map<K8sObject, ShapeError[]>();
    for (const [n, errs] of e.e) shapeErrors.set(parsed.objects[n]!, errs);
    return { parsed, shapeErrors };
  }

  put(key: string, source: SourceFile, parsed: ParsedFile, shapeErrors: ReadonlyMap<K8sObject, ShapeError[]>): void {
    // (a value reached twice comes from an alias, which needs an anchor: without `&` in the text, none)
    const seen = source.text.includes('&') ? new Set<object>() : undefined;
    const index = new Map<K8sObject, number>();
    const o: StoredObject[] = [];
    for (const obj of parsed.objects) {
      if (obj.file !== source || obj.render || !faithful(obj.value, seen)) return;
      index.set(obj, o.length);
      o.push([obj.documentIndex, obj.docRange, [...obj.rootPath], obj.value, obj.apiVersion, obj.kind, obj.name, obj.namespace ?? null, obj.rootStart ?? null, obj.invalid ? 1 : 0]);
    }
    const e: [number, ShapeError[]][] = [];
    for (const [obj, errs] of shapeErrors) {
      const n = index.get(obj);
      if (n === undefined) return;
      e.push([n, errs]);
    }
    const g: Omit<InputDiagnostic, 'file'>[] = [];
    for (const d of parsed.diagnostics) {
      if (d.file !== source.path) return;
      const { file: _f, ...rest } = d;
      g.push(rest);
    }
    const entry: Entry = { d: [parsed.documents, parsed.nonKubernetesDocuments], ...(parsed.skipped !== undefined ? { s: parsed.skipped } : {}), g, o, e };
    let json: string;
    try {
      json = JSON.stringify(entry);
    } catch {
      return;
    }
    this.putRaw(key, json);
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
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;

/**
 * Whether JSON gives back exactly this value: plain mappings (Object.prototype, own enumerable data
 * properties) and lists without holes, strings, finite numbers but -0, booleans, null; no mapping or
 * list reached twice (`seen`: across the file's objects).
 */
function faithful(v: unknown, seen: Set<object> | undefined): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0);
    case 'object': {
      if (v === null) return true;
      if (seen) {
        if (seen.has(v)) return false;
        seen.add(v);
      }
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!(i in v) || !faithful(v[i], seen)) return false;
        return Object.getPrototypeOf(v) === Array.prototype;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype || Object.getOwnPropertySymbols(v).length) return false;
      for (const k in v) {
        if (!Object.hasOwn(v, k)) return false;
        if (!faithful((v as Record<string, unknown>)[k], seen)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
