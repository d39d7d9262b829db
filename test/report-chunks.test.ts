/**
 * Reports written in pieces (src/reporters/json-chunks.ts, the CLI's writer in src/cli/output.ts) are
 * the same bytes as the reporters' whole strings: `jsonChunks` against `JSON.stringify` on generated
 * documents, and every format written by the CLI to a file and to stdout against its reporter.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonChunks, joinChunks, STREAMED } from '../src/reporters/json-chunks.ts';
import { REPORT_CHUNKS, REPORTERS, type FormatName } from '../src/reporters/index.ts';
import { PIECE, writeChunks, writeChunksToFile } from '../src/reporters/write.ts';
import { audit } from '../src/engine/audit.ts';
import { main } from '../src/cli/main.ts';
import { VERSION } from '../src/version.ts';

const ROOT = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'leastpriv-chunks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `template` with STREAMED (wherever it is) replaced by `items`. */
function substitute(template: unknown, items: unknown[]): unknown {
  if (template === STREAMED) return items;
  if (Array.isArray(template)) return template.map((t) => substitute(t, items));
  if (template && typeof template === 'object') return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, substitute(v, items)]));
  return template;
}

describe('jsonChunks', () => {
  const value = fc.jsonValue({ maxDepth: 3 });
  // The streamed array at the top, in a nested object or inside an array, with values around it.
  const template = fc.oneof(
    fc.tuple(value, value).map(([a, b]) => ({ before: a, list: STREAMED, after: b })),
    fc.tuple(value, value).map(([a, b]) => ({ a, runs: [{ tool: a, results: STREAMED, b }] })),
    fc.tuple(value).map(([a]) => [a, STREAMED, a]),
    fc.constant(STREAMED),
  );

  it('writes what JSON.stringify(value, null, 2) + "\\n" writes, for any document and items (fixed seed)', () => {
    fc.assert(
      fc.property(template, fc.array(value, { maxLength: 6 }), (t, items) => {
        expect(joinChunks(jsonChunks(t, items))).toBe(JSON.stringify(substitute(t, items), null, 2) + '\n');
      }),
      { seed: 11, numRuns: 400 },
    );
  });

  it('makes the items as they are written, one chunk each', () => {
    const made: number[] = [];
    const items = (function* () {
      for (let i = 0; i < 3; i++) {
        made.push(i);
        yield { i };
      }
    })();
    const chunks = jsonChunks({ list: STREAMED }, items);
    expect(chunks.next().value).toBe('{\n  "list": ');
    expect(made).toEqual([]);
    expect(chunks.next().value).toBe('[\n    {\n      "i": 0\n    }');
    expect(made).toEqual([0]);
  });

  it('refuses a template without the marker, or with it twice', () => {
    expect(() => joinChunks(jsonChunks({ a: 1 }, []))).toThrow(/exactly once/);
    expect(() => joinChunks(jsonChunks([STREAMED, STREAMED], []))).toThrow(/exactly once/);
  });
});

describe('writing chunks', () => {
  // Small chunks, non-ASCII ones (→, a surrogate pair) across the buffer's edges, chunks larger than
  // the buffer, and empty ones.
  const chunks = [...Array.from({ length: 40_000 }, (_, i) => (i % 7 === 0 ? `→${i}😀` : `item ${i},`)), 'x'.repeat(5 * PIECE), '', '→'.repeat(2 * PIECE), 'end\n'];
  const whole = chunks.join('');

  it('writes to a file exactly the chunks joined, as UTF-8', () => {
    const file = join(tmp, 'chunks.txt');
    writeChunksToFile(file, chunks);
    expect(readFileSync(file, 'utf8')).toBe(whole);
    writeChunksToFile(file, ['short']);
    expect(readFileSync(file, 'utf8')).toBe('short');
  });

  it('hands a sink pieces of at least PIECE characters, in order', () => {
    const pieces: string[] = [];
    writeChunks(chunks, (s) => pieces.push(s));
    expect(pieces.join('')).toBe(whole);
    expect(pieces.slice(0, -1).every((p) => p.length >= PIECE)).toBe(true);
  });

  it('passes a reporter’s error through, and a file-system error through `failed`', () => {
    const boom = function* () {
      yield 'a';
      throw new Error('reporter broke');
    };
    expect(() => writeChunksToFile(join(tmp, 'boom.txt'), boom(), () => new Error('not this'))).toThrow('reporter broke');
    expect(() => writeChunksToFile(join(tmp, 'missing', 'x.txt'), ['a'], (e) => new Error(`wrapped ${(e as NodeJS.ErrnoException).code}`))).toThrow('wrapped ENOENT');
  });
});

describe('reports in pieces', () => {
  // Fixtures and the example hold YAML errors, suppressions, justifications and non-ASCII messages;
  // the sarif, json and junit reports are well over the writer's 64 KiB pieces.
  // (with the offered edits, as the CLI asks for them for json and sarif; the other formats do not show them)
  // (and the access graph, as the CLI asks for it for html; the other formats do not draw it)
  const result = audit({ paths: ['fixtures', 'examples'], cwd: ROOT, fixes: true, graph: true });
  const opts = { color: false, showSuppressed: true, sarifRoot: ROOT, cwd: ROOT, toolVersion: VERSION };
  const formats = Object.keys(REPORTERS) as FormatName[];

  it.each(formats)('%s: the chunks join to the reporter’s text', (format) => {
    const chunks = [...REPORT_CHUNKS[format](result, opts)];
    expect(chunks.join('')).toBe(REPORTERS[format](result, opts));
    if (format === 'sarif' || format === 'json' || format === 'text') expect(chunks.length).toBeGreaterThan(100);
  });

  it.each(formats)('%s: the CLI writes the same bytes to --output and to stdout', async (format) => {
    const file = join(tmp, `report.${format}`);
    const io = (sink: (s: string) => void) => ({ stdout: sink, stderr: () => {}, cwd: ROOT, env: {}, isTTY: false });
    let out = '';
    const writes: string[] = [];
    const a = await main(['audit', 'fixtures', 'examples', '--format', format], io((s) => (writes.push(s), (out += s))));
    const b = await main(['audit', 'fixtures', 'examples', '--format', format, '--output', file], io(() => {}));
    expect(a).toBe(b);
    expect(readFileSync(file, 'utf8')).toBe(out);
    expect(out).toBe(REPORTERS[format](result, { ...opts, showSuppressed: false }));
    // (github and junit are made whole; the others are written in pieces)
    if (format === 'sarif' || format === 'json' || format === 'text') expect(writes.length).toBeGreaterThan(1);
  });

  it('reports a file it cannot write as a usage error (exit 2)', async () => {
    let err = '';
    const code = await main(['audit', 'fixtures/incident', '--format', 'sarif', '--output', join(tmp, 'no-such-dir', 'x.sarif')], {
      stdout: () => {},
      stderr: (s) => void (err += s),
      cwd: ROOT,
      env: {},
      isTTY: false,
    });
    expect(code).toBe(2);
    expect(err).toMatch(/cannot write .*x\.sarif: ENOENT/);
  });
});
