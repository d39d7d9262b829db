/**
 * Reading files through one reused buffer (src/input/read.ts): each file's text is exactly its own
 * bytes, whatever was read before it, larger or smaller, and over the reuse size.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/input/read.ts';

const dir = mkdtempSync(join(tmpdir(), 'lp-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

function textOf(name: string): string {
  const r = readInput(name, dir, 64 * 1024 * 1024);
  if (!('source' in r)) throw new Error(`not read: ${r.diagnostic.message}`);
  return r.source.text;
}

describe('readInput', () => {
  it('gives each file its own text when sizes go up and down, across the reuse size (4 MiB)', () => {
    const texts = [
      'kind: Pod\n',
      `data: "${'x'.repeat(200_000)}"\n`,
      'a: 1\n',
      '',
      `big: "${'→'.repeat(2_000_000)}"\n`, // 6 MB of UTF-8: over the reuse size
      `b: "${'y'.repeat(70_000)}é"\n`,
      'c: 2\n',
      `huge: "${'z'.repeat(5 * 1024 * 1024)}"\n`,
      'd: 3\n',
    ];
    const names = texts.map((t, i) => write(`f${i}.yaml`, t));
    for (let round = 0; round < 2; round++) {
      names.forEach((n, i) => expect(textOf(n), `${n}, round ${round}`).toBe(texts[i]));
    }
  });

  it('reports a NUL byte in a short file read after a longer one at its own offset', () => {
    write('long.yaml', `k: "${'q'.repeat(100_000)}"\n`);
    writeFileSync(join(dir, 'nul.yaml'), Buffer.from('a: 1\n\0b: 2\n'));
    textOf('long.yaml');
    const r = readInput('nul.yaml', dir, 1024);
    expect('diagnostic' in r && r.diagnostic.message).toBe('binary file (NUL byte at offset 5); not audited');
  });
});
