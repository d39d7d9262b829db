/**
 * The built CLI's stdout and stderr (src/cli/stdio.ts): a pipe or a file is written with
 * fs.writeSync, a character device through process.stdout. What each gets must be what the CLI
 * produces in-process (main() with collecting writers), byte for byte, in every output format; a
 * reader that goes away early (`| head`) ends nothing badly: the run keeps its exit code. Built
 * binary (`npm run build` first); one child process per case.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'leastpriv.js');
const FILE = 'fixtures/incident/after.yaml';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leastpriv-stdio-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function inProcess(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: ROOT, env: {}, isTTY: false });
  return { code, out, err };
}

describe('the CLI writes stdout and stderr', () => {
  it('to a pipe and to a file as main() produces them, in every format', async () => {
    for (const format of ['text', 'json', 'sarif', 'github', 'junit', 'compact', 'html']) {
      const args = ['audit', '--format', format, FILE];
      const want = await inProcess(args);
      const piped = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
      expect(piped.status, format).toBe(want.code);
      expect(piped.stdout, format).toBe(want.out);
      expect(piped.stderr, format).toBe(want.err);
      const file = join(dir, `out.${format}`);
      const fd = openSync(file, 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], env: { PATH: process.env.PATH } });
        expect(r.status, format).toBe(want.code);
      } finally {
        closeSync(fd);
      }
      expect(readFileSync(file, 'utf8'), format).toBe(want.out);
    }
  });

  it('a usage error to stderr, piped, as main() words it (exit 2)', async () => {
    const want = await inProcess(['audit', '--format', 'nope', FILE]);
    const r = spawnSync(process.execPath, [BIN, 'audit', '--format', 'nope', FILE], { cwd: ROOT, encoding: 'utf8' });
    expect(want.code).toBe(2);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', want.err]);
  });

  it('to /dev/null (a character device: the stream) with the same exit code', async () => {
    const want = await inProcess(['audit', 'fixtures/incident/before.yaml']);
    expect(want.code).toBe(1);
    const fd = openSync('/dev/null', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'audit', 'fixtures/incident/before.yaml'], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect([r.status, r.stderr]).toEqual([1, '']);
    } finally {
      closeSync(fd);
    }
  });

  it('to a reader that stops early (`| head`): the rest is dropped, the exit code is the run’s, nothing on stderr', async () => {
    // (JSON of every rule fixture: far more than a pipe holds, so the writer meets EPIPE)
    const p = spawn(process.execPath, [BIN, 'audit', '--format', 'json', 'fixtures/rules'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    const first = await new Promise<string>((res) => p.stdout.once('data', (d) => res(String(d))));
    p.stdout.destroy();
    const code = await new Promise<number | null>((res) => p.on('close', res));
    expect(first.startsWith('{')).toBe(true);
    expect(code).toBe(1);
    expect(err).toBe('');
  });
});
