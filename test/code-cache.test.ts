/**
 * The CLI's V8 code cache (src/cli/launch.ts): where it lives and when that folder is refused, a
 * file written, reused, refused when broken or made from other bytes and then rewritten, and the
 * CLI's output the same with and without it. No timing here: what it buys is measured in
 * bench/RESULTS.md (finding 23).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheDir, commandOf, launch, safeCacheDir } from '../src/cli/launch.ts';
import { BIN, ROOT } from './support/cli-modules.ts';

const tmp = mkdtempSync(join(tmpdir(), 'leastpriv-code-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string) => join(tmp, `${name}-${n++}`);
const isRoot = process.getuid?.() === 0;
const posix = process.platform !== 'win32';

/** A small CommonJS "bundle": counts its runs in a global, calls functions (compiled on first call: kept in the cache). */
function bundleFile(body = 'return a + b;'): string {
  const dir = fresh('bundle');
  mkdirSync(dir);
  const file = join(dir, 'b.cjs');
  writeFileSync(file, `'use strict';\nfunction add(a, b) { ${body} }\nfunction twice(x) { return add(x, x); }\nglobalThis.__lpBundleRuns = (globalThis.__lpBundleRuns ?? 0) + 1;\nglobalThis.__lpBundleValue = twice(21);\nmodule.exports = { twice };\n`);
  return file;
}

const g = globalThis as { __lpBundleRuns?: number; __lpBundleValue?: number };
function runs<T>(f: () => T): { value: T; runs: number } {
  const before = g.__lpBundleRuns ?? 0;
  const value = f();
  return { value, runs: (g.__lpBundleRuns ?? 0) - before };
}

describe('where the code cache lives', () => {
  it('is a per-user folder: XDG_CACHE_HOME, else ~/.cache (~/Library/Caches on macOS); none on Windows', () => {
    const home = () => '/home/u';
    expect(codeCacheDir({}, 'linux', home)).toBe('/home/u/.cache/leastpriv/code');
    expect(codeCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', home)).toBe('/x/cache/leastpriv/code');
    expect(codeCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', home)).toBe('/home/u/.cache/leastpriv/code');
    expect(codeCacheDir({}, 'darwin', home)).toBe('/home/u/Library/Caches/leastpriv/code');
    expect(codeCacheDir({}, 'win32', home)).toBeUndefined();
    expect(codeCacheDir({}, 'linux', () => '')).toBeUndefined();
  });

  it('is turned off by LEASTPRIV_CODE_CACHE=0 (or off, false, no) and by NODE_DISABLE_COMPILE_CACHE; LEASTPRIV_CODE_CACHE=DIR moves it', () => {
    const home = () => '/home/u';
    for (const v of ['0', 'off', 'FALSE', 'no']) expect(codeCacheDir({ LEASTPRIV_CODE_CACHE: v }, 'linux', home), v).toBeUndefined();
    expect(codeCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1' }, 'linux', home)).toBeUndefined();
    expect(codeCacheDir({ LEASTPRIV_CODE_CACHE: '/srv/lp' }, 'linux', home)).toBe('/srv/lp');
    expect(codeCacheDir({ LEASTPRIV_CODE_CACHE: '1' }, 'linux', home)).toBe('/home/u/.cache/leastpriv/code');
  });

  it('names a file per kind of run, so that --help does not leave an audit with a cache of --help', () => {
    expect(commandOf([])).toBe('audit');
    expect(commandOf(['audit', '.'])).toBe('audit');
    expect(commandOf(['clusters/'])).toBe('audit');
    expect(commandOf(['--version'])).toBe('help');
    expect(commandOf(['who-can', 'get', 'pods'])).toBe('who-can');
    // (the pre-commit hook's run uses the result cache; with --no-cache it audits the repository without it)
    expect(commandOf(['audit', '--allow-empty', '--context', '.', 'a.yaml'])).toBe('audit-cache');
    expect(commandOf(['audit', '--context=.', 'a.yaml', '--no-cache'])).toBe('audit-context');
    expect(commandOf(['audit', '--cache', '.'])).toBe('audit-cache');
  });
});

describe.skipIf(!posix)('the folder is used only when it has the trust of the user', () => {
  it('is made 0700, with its parent', () => {
    const dir = join(fresh('home'), 'leastpriv', 'code');
    mkdirSync(join(dir, '..', '..'));
    expect(safeCacheDir(dir)).toBe(true);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, '..')).mode & 0o777).toBe(0o700);
  });

  it('is refused when it or its parent can be written by the group or others, or is a link', () => {
    const base = fresh('home');
    const dir = join(base, 'leastpriv', 'code');
    expect(safeCacheDir(dir)).toBe(true);
    chmodSync(dir, 0o770);
    expect(safeCacheDir(dir)).toBe(false);
    chmodSync(dir, 0o700);
    chmodSync(join(dir, '..'), 0o707);
    expect(safeCacheDir(dir)).toBe(false);
    chmodSync(join(dir, '..'), 0o700);
    expect(safeCacheDir(dir)).toBe(true);
    const linked = join(fresh('home'), 'leastpriv');
    mkdirSync(linked, { recursive: true, mode: 0o700 });
    symlinkSync(dir, join(linked, 'code'));
    expect(safeCacheDir(join(linked, 'code'))).toBe(false);
  });

  it('is refused under a folder others can write unless it is sticky (as /tmp)', () => {
    const base = fresh('shared');
    mkdirSync(base, { mode: 0o777 });
    chmodSync(base, 0o777);
    expect(safeCacheDir(join(base, 'leastpriv', 'code'))).toBe(false);
    chmodSync(base, 0o1777);
    expect(safeCacheDir(join(base, 'leastpriv', 'code'))).toBe(true);
  });

  it.skipIf(!isRoot)('is refused when another user owns it (run as root: chown)', () => {
    const dir = join(fresh('home'), 'leastpriv', 'code');
    expect(safeCacheDir(dir)).toBe(true);
    chownSync(dir, 4242, 4242);
    expect(safeCacheDir(dir)).toBe(false);
  });
});

/**
 * loadBundle (the built dist/cli/launch.cjs) in a fresh process, as the CLI runs it: V8 consults
 * cached data only for a source it has not compiled yet in the process. Returns what became of the
 * cache, what saving it did, how often the bundle ran and what it computed.
 */
function load(bundle: string, dir: string | undefined): { status: string; file?: string; saved: string; runs: number; value: number } {
  const script = `
    const { loadBundle } = require(${JSON.stringify(join(ROOT, 'dist', 'cli', 'launch.cjs'))});
    const r = loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(dir ?? null)} ?? undefined, 'audit');
    process.stdout.write(JSON.stringify({ status: r.status, file: r.file, saved: r.save(), runs: globalThis.__lpBundleRuns, value: globalThis.__lpBundleValue }));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe.skipIf(!posix)('a bundle loaded with the cache', () => {
  it('writes the cache after the first run, reuses it, and runs the bundle once each time', () => {
    const bundle = bundleFile();
    const dir = join(fresh('home'), 'leastpriv', 'code');
    const first = load(bundle, dir);
    expect(first).toMatchObject({ status: 'none', saved: 'written', runs: 1, value: 42 });
    expect(statSync(first.file!).mode & 0o777).toBe(0o600);
    const second = load(bundle, dir);
    expect(second).toMatchObject({ status: 'accepted', saved: 'kept', runs: 1, value: 42, file: first.file });
  });

  it('rewrites a file that is damaged, cut short, of another format or refused by V8, and then uses it', () => {
    const bundle = bundleFile();
    const dir = join(fresh('home'), 'leastpriv', 'code');
    const file = load(bundle, dir).file!;
    const good = readFileSync(file);
    const damaged = (at: number) => {
      const b = Buffer.from(good);
      b[at] = b[at]! ^ 0x10;
      return b;
    };
    // (V8's data of another script, the rest of the file ours: V8 refuses it. Layout: src/cli/launch.ts MAGIC)
    const other = bundleFile('return b + a;;');
    const foreign = readFileSync(load(other, join(fresh('home'), 'leastpriv', 'code')).file!);
    const head = good.indexOf('\n') + 1 + 8;
    const otherData = foreign.subarray(head + foreign.readUInt32LE(head - 8), head + foreign.readUInt32LE(head - 8) + foreign.readUInt32LE(head - 4));
    const refused = Buffer.concat([good.subarray(0, head), readFileSync(bundle), otherData, otherData]);
    refused.writeUInt32LE(otherData.length, head - 4);
    for (const [what, broken] of [
      ['a byte of the first copy of V8 data', damaged(good.length - 300)],
      ['a byte of the second copy', damaged(good.length - 3)],
      ['a byte of the bundle kept', damaged(40)],
      ['cut short', good.subarray(0, good.length - 200)],
      ['another format', Buffer.from('not a cache')],
      ['empty', Buffer.alloc(0)],
      ['refused by V8', refused],
    ] as const) {
      writeFileSync(file, broken, { mode: 0o600 });
      const r = load(bundle, dir);
      expect(r, what).toMatchObject({ status: 'rejected', saved: 'written', runs: 1, value: 42 });
      expect(load(bundle, dir).status, what).toBe('accepted');
    }
  });

  it('never uses a file made from other bytes of the same length (V8 checks only the length)', () => {
    const bundle = bundleFile('return a + b;');
    const dir = join(fresh('home'), 'leastpriv', 'code');
    const made = load(bundle, dir);
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('return a + b;', 'return a * b;'));
    expect(load(bundle, dir)).toMatchObject({ file: made.file, status: 'rejected', saved: 'written', value: 441 });
    expect(load(bundle, dir)).toMatchObject({ status: 'accepted', value: 441 });
  });

  it('ignores a file others could have written, or a link, and replaces it with its own', () => {
    const bundle = bundleFile();
    const dir = join(fresh('home'), 'leastpriv', 'code');
    const file = load(bundle, dir).file!;
    chmodSync(file, 0o666);
    expect(load(bundle, dir)).toMatchObject({ status: 'none', saved: 'written' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(load(bundle, dir).status).toBe('accepted');
    const elsewhere = join(fresh('elsewhere'), 'x.v8');
    mkdirSync(join(elsewhere, '..'));
    writeFileSync(elsewhere, readFileSync(file), { mode: 0o600 });
    rmSync(file);
    symlinkSync(elsewhere, file);
    expect(load(bundle, dir).status).toBe('none');
  });

  it('keeps the folder to 16 files, removing those of other builds first, oldest first', () => {
    const bundle = bundleFile();
    const dir = join(fresh('home'), 'leastpriv', 'code');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(join(dir, '..'), 0o700);
    const old = Array.from({ length: 20 }, (_, i) => `audit-zz-v18.0.0-x64-f${i}.v8`);
    old.forEach((name, i) => {
      writeFileSync(join(dir, name), 'x', { mode: 0o600 });
      utimesSync(join(dir, name), 1_000_000 + i, 1_000_000 + i);
    });
    const made = load(bundle, dir);
    expect(made.saved).toBe('written');
    const left = readdirSync(dir);
    expect(left).toHaveLength(16);
    expect(made.file).toMatch(/\/audit_[^/]+\.v8$/);
    expect(left).toContain(made.file!.slice(dir.length + 1));
    // (the oldest of the others went)
    expect(left.filter((n) => old.includes(n)).sort()).toEqual(old.slice(5).sort());
    // (another command's file of this build stays, however old: commands may hold a '-', not a '_')
    const sibling = join(dir, `who-can_${basename(made.file!).slice(basename(made.file!).indexOf("_") + 1)}`);
    writeFileSync(sibling, 'x', { mode: 0o600 });
    utimesSync(sibling, 1000, 1000);
    writeFileSync(made.file!, 'damaged', { mode: 0o600 });
    expect(load(bundle, dir).saved).toBe('written');
    expect(readdirSync(dir)).toHaveLength(16);
    expect(readdirSync(dir)).toContain(sibling.slice(dir.length + 1));
  });

  it('prunes past what is not its own: a folder, another tool\'s file and a fresh temporary stay; a crashed run\'s old temporary goes', () => {
    const bundle = bundleFile();
    const dir = join(fresh('home'), 'leastpriv', 'code');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(join(dir, '..'), 0o700);
    // (the oldest entries: pruning used to stop at the first one it could not unlink)
    mkdirSync(join(dir, 'node'));
    writeFileSync(join(dir, 'notes.txt'), 'x');
    const staleTmp = 'audit_zz-v18.0.0-x64-f.v8.4242.abc123.tmp';
    const freshTmp = 'audit_zz-v18.0.0-x64-f.v8.4343.def456.tmp';
    writeFileSync(join(dir, freshTmp), 'x');
    writeFileSync(join(dir, staleTmp), 'x');
    for (const name of ['node', 'notes.txt', staleTmp]) utimesSync(join(dir, name), 1000, 1000);
    const old = Array.from({ length: 30 }, (_, i) => `audit_zz${i}-v18.0.0-x64-f${i}.v8`);
    old.forEach((name, i) => {
      writeFileSync(join(dir, name), 'x', { mode: 0o600 });
      utimesSync(join(dir, name), 1_000_000 + i, 1_000_000 + i);
    });
    const made = load(bundle, dir);
    expect(made.saved).toBe('written');
    const left = readdirSync(dir);
    expect(left.filter((n) => n.endsWith('.v8'))).toHaveLength(16);
    expect(left.filter((n) => old.includes(n)).sort()).toEqual(old.slice(15).sort());
    expect(left).toEqual(expect.arrayContaining(['node', 'notes.txt', freshTmp, basename(made.file!)]));
    expect(left).not.toContain(staleTmp);
  });

  it('loads the bundle without a cache when the folder is refused or the cache is off', () => {
    const shared = fresh('shared');
    mkdirSync(shared, { mode: 0o777 });
    chmodSync(shared, 0o777);
    for (const dir of [join(shared, 'leastpriv', 'code'), undefined]) expect(load(bundleFile(), dir)).toMatchObject({ status: 'off', saved: 'kept', runs: 1, value: 42 });
    expect(readdirSync(shared)).toEqual([]);
  });

  it('is what bin/leastpriv.js runs: launch() with the folder from the environment', () => {
    const dir = join(fresh('home'), 'leastpriv', 'code');
    const first = runs(() => launch(bundleFile(), { LEASTPRIV_CODE_CACHE: dir }));
    expect(first.runs).toBe(1);
    expect(first.value.file?.startsWith(dir)).toBe(true);
    expect(runs(() => launch(bundleFile(), { LEASTPRIV_CODE_CACHE: '0' })).value.status).toBe('off');
  });
});

describe.skipIf(!posix)('bin/leastpriv.js with the code cache', () => {
  const cli = (args: string[], cache: string) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, LEASTPRIV_CODE_CACHE: cache } });
  const audit = ['audit', '--format', 'json', 'fixtures/rules/cluster-admin-binding.yaml', 'fixtures/input/hostile/merge-keys.yaml'];

  it('prints the same with the cache off, made, reused and broken, and keeps one file per command', () => {
    const dir = join(fresh('home'), 'leastpriv', 'code');
    const off = cli(audit, '0');
    expect(off.status).toBe(1);
    expect(JSON.parse(off.stdout).findings.length).toBeGreaterThan(0);
    const made = cli(audit, dir);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^audit_.*\.v8$/);
    const file = join(dir, files[0]!);
    const written = statSync(file);
    const reused = cli(audit, dir);
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs);
    expect(statSync(file).ino).toBe(written.ino);
    writeFileSync(file, Buffer.alloc(1000, 7), { mode: 0o600 });
    const broken = cli(audit, dir);
    // (rewritten, and the rewritten file used: not written again)
    const rewritten = statSync(file);
    expect(rewritten.size).toBeGreaterThan(1000);
    cli(audit, dir);
    expect(statSync(file).ino).toBe(rewritten.ino);
    for (const r of [made, reused, broken]) {
      expect(r.status).toBe(off.status);
      expect(r.stdout).toBe(off.stdout);
      expect(r.stderr).toBe(off.stderr);
    }
    expect(cli(['--version'], dir).stdout).toBe(cli(['--version'], '0').stdout);
    expect(readdirSync(dir).sort().map((f) => f.split('_')[0])).toEqual(['audit', 'help']);
  });
});
