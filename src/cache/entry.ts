/**
 * A result as `--cache` stores it (src/cache/memo.ts keys and looks it up): the result without its
 * sources, which are listed by path (their texts read back from the files when a report shows them,
 * and checked against the hashes the key was made from), the findings packed (engine/finding-codec.ts),
 * in V8's serialization format.
 */
import { newSource } from '../input/parse.ts';
import { readInput } from '../input/read.ts';
import type { SourceFile } from '../input/types.ts';
import { LineIndex } from '../input/line-index.ts';
import type { Config } from '../config/types.ts';
import type { FullAuditResult } from '../engine/audit.ts';
import { packFinding, unpackFinding } from '../engine/finding-codec.ts';
import { sha256 } from './store.ts';
import { deserialize as v8deserialize, serialize as v8serialize } from 'node:v8';
import type { Finding } from '../engine/types.ts';

/** What the stored result holds: the result without its sources, which are listed by path instead. */
interface Stored {
  result: Omit<FullAuditResult, 'sources'>;
  /**
   * Every source in order (a few long strings: quick to parse): the paths, NUL-separated; per source
   * one character: '-' the result keeps no text, 'f' its text is the file's bytes (read from the file
   * when shown, and checked against the SHA-256 of the bytes the key was made from), 't' a text the
   * input stage changed or decoded (a BOM, UTF-16, flow continuations padded), kept in `texts` by index.
   */
  sources: { paths: string; kinds: string; texts: Record<string, string> };
}

/**
 * A source whose text is read (as the input stage reads it) on first use, and checked against the
 * hash of the file's bytes this run's key was made from (`hashOf`, asked then: a hit restores
 * thousands of sources and shows a few).
 */
class LazySource implements SourceFile {
  #source: SourceFile | undefined;

  constructor(
    readonly path: string,
    private readonly hashOf: (path: string) => string | undefined,
    private readonly cwd: string,
    private readonly maxFileSize: number,
  ) {}

  #load(): SourceFile {
    if (this.#source) return this.#source;
    // (every file the stored result keeps as 'f' is among the files its key hashed, so among this run's)
    const hash = this.hashOf(this.path);
    if (hash === undefined) throw new Error(`${this.path}: not among the files the cached result was keyed by`);
    const r = readInput(this.path, this.cwd, this.maxFileSize, undefined, this.path);
    const text = 'source' in r ? r.source.text : r.text;
    if (text === undefined || sha256(text) !== hash) throw new Error(`${this.path} changed while leastpriv was running: run it again`);
    return (this.#source = 'source' in r ? r.source : newSource(this.path, text));
  }

  get text(): string {
    return this.#load().text;
  }

  get lineCounter(): LineIndex {
    return this.#load().lineCounter;
  }
}

/** A file listed without its text (newSource(path, ''), its line index made when asked). */
class EmptySource implements SourceFile {
  readonly text = '';
  #lines: LineIndex | undefined;

  constructor(readonly path: string) {}

  get lineCounter(): LineIndex {
    return (this.#lines ??= new LineIndex(''));
  }
}

/**
 * The result as stored; undefined when it keeps the text of a file that was not among the inputs,
 * unless `others` (a rendered file the key covers: its text is kept in the entry), or holds a value
 * the format cannot (not stored: the run is not cached).
 */
export function serialize(result: FullAuditResult, hashes: ReadonlyMap<string, string>, others: boolean, bytesOf: (path: string) => Buffer | undefined): Buffer | undefined {
  const { sources, findings, ...rest } = result;
  const paths: string[] = [];
  let kinds = '';
  const texts: Record<string, string> = {};
  for (const [path, s] of sources) {
    if (path.includes('\0')) return undefined;
    paths.push(path);
    if (s.text === '') {
      kinds += '-';
      continue;
    }
    const bytes = hashes.get(path);
    // (a file the render stage read, outside the inputs: its text kept, as the key covers it)
    if (bytes === undefined && !others) return undefined;
    // (the bytes this run read, when it holds them, compared as they are: no hash of the text)
    const read = bytes === undefined ? undefined : bytesOf(path);
    if (read ? sameText(read, s.text) : bytes !== undefined && sha256(s.text) === bytes) kinds += 'f';
    else {
      kinds += 't';
      texts[paths.length - 1] = s.text;
    }
  }
  // Written by V8's serializer (node:v8, the structured clone's format): strings copied as V8 holds them
  // (one or two bytes a character), no JSON text made, escaped to ASCII and copied again. On synthetic
  // 50k (27,774 findings) the entry takes half the time to make (bench/RESULTS.md finding 32). Only
  // the Node that wrote it reads it: the key holds process.version (memo.ts codeIdentity).
  // (a value the format cannot hold, such as a function, throws: such a result is not stored, where
  // JSON would have dropped the value and a hit printed something else)
  const stored: Stored = { sources: { paths: paths.join('\0'), kinds, texts }, result: { ...rest, findings: findings.map(packFinding) as Finding[] } };
  try {
    return v8serialize(stored);
  } catch {
    return undefined;
  }
}

/**
 * Whether `text` is `bytes` as UTF-8. (Bytes as long as the text and equal to it read as latin1 are
 * ASCII — a byte over 0x7f would be a character over 0x7f, which UTF-8 never decodes from one byte —
 * so they are the text's UTF-8: a copy and a compare instead of encoding the text.)
 */
function sameText(bytes: Buffer, text: string): boolean {
  if (bytes.length === text.length) return bytes.toString('latin1') === text;
  return Buffer.byteLength(text) === bytes.length && bytes.equals(Buffer.from(text));
}

/**
 * The stored result. The texts it keeps (for code frames, fixes) are read when a reporter asks for
 * them (a --context result keeps thousands, and shows a few), and must be the texts the result was
 * computed from: a file changed since its hash was taken, during this run, is an error, never a
 * code frame of other text. `hashOf`: the SHA-256 of a file's bytes as this run's key has it (the
 * same as the stored result's, or the key would differ).
 */
export function restore(payload: Buffer, cwd: string, config: Config, hashOf: (path: string) => string | undefined): FullAuditResult | undefined {
  let stored: Stored;
  try {
    stored = v8deserialize(payload) as Stored;
  } catch {
    return undefined;
  }
  const sources = new Map<string, SourceFile>();
  const { paths, kinds, texts } = stored.sources;
  const list = paths === '' ? [] : paths.split('\0');
  if (kinds.length !== list.length) return undefined;
  const max = config.limits.maxFileSize;
  for (let i = 0; i < list.length; i++) {
    const path = list[i]!;
    const kind = kinds[i];
    const text = texts[i];
    if (kind === '-') sources.set(path, new EmptySource(path));
    else if (kind === 't' && text !== undefined) sources.set(path, newSource(path, text));
    else if (kind === 'f') sources.set(path, new LazySource(path, hashOf, cwd, max));
    else return undefined;
  }
  // (the keys in the order audit() writes them, so that every report is the same byte for byte)
  const { pss, findings, summary, rules, justifications, coverage, ...others } = stored.result;
  try {
    for (const f of findings) unpackFinding(f);
  } catch {
    return undefined;
  }
  return { ...(pss ? { pss } : {}), ...others, findings, summary, sources, rules, justifications, ...(coverage ? { coverage } : {}) };
}
