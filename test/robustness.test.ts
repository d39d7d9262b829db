/**
 * What real repositories and hostile folders contain must never crash the CLI or exit 2: symlink
 * loops, unreadable and special files, binary and non-UTF-8 files, 0-byte files, files over each
 * configured limit. Exit 2 is for usage and config errors only. Each case was found or feared by the
 * fuzzing harness (test/fuzz.test.ts) and is pinned here.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.ts';
import { audit } from '../src/engine/audit.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'leastpriv.js');
const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n';

interface Json {
  findings: { code: string; file: string; line: number; column: number; message: string }[];
  summary: { skipped: { file: string; reason: string }[] };
}

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, env: {}, isTTY: false });
  return { code, out, err };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-robust-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile folder', () => {
  it('audits what it can and reports the rest at a file and line; exit 1, never 2', async () => {
    const d = join(dir, 'repo');
    mkdirSync(join(d, 'sub'), { recursive: true });
    writeFileSync(join(d, 'pod.yaml'), POD);
    writeFileSync(join(d, 'empty.yaml'), '');
    writeFileSync(join(d, 'binary.yaml'), Buffer.from([0x61, 0x3a, 0x00, 0x01, 0xff]));
    writeFileSync(join(d, 'latin1.yaml'), Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf\xe9}\n', 'latin1'));
    writeFileSync(join(d, 'many.yaml'), Array(30).fill(POD).join('---\n'));
    symlinkSync('..', join(d, 'sub', 'loop')); // folder loop
    symlinkSync('self.yaml', join(d, 'self.yaml')); // link to itself (ELOOP)
    symlinkSync('missing.yaml', join(d, 'dangling.yaml'));
    mkdirSync(join(d, 'folder.yaml')); // a folder with a manifest's name
    execFileSync('mkfifo', [join(d, 'pipe.yaml')]); // reading it would block forever: never opened
    writeFileSync(join(d, '.leastpriv.yaml'), 'limits: { maxDocuments: 20 }\n');

    const r = await run(['audit', '.', '--format', 'json'], d);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as Json;
    for (const f of json.findings) {
      expect(f.file).toBeTruthy();
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.code).not.toBe('LP004');
    }
    const lp003 = (file: string) => json.findings.find((f) => f.code === 'LP003' && f.file === file)?.message;
    expect(lp003('binary.yaml')).toMatch(/binary file/);
    expect(lp003('latin1.yaml')).toBeUndefined(); // read as kubectl reads it: caf\uFFFD (read.ts)
    expect(lp003('many.yaml')).toMatch(/more than 20 documents.*maxDocuments/);
    expect(json.findings.filter((f) => f.file === 'many.yaml' && f.code === 'LP204')).toHaveLength(20);
    // the pod is found once, not again through the loop sub/loop -> ..
    expect(json.findings.filter((f) => f.file === 'pod.yaml' && f.code === 'LP204')).toHaveLength(1);
    expect(json.findings.some((f) => f.file.includes('loop'))).toBe(false);
  });

  // As root, permission bits do not stop reads, so the CLI runs as user nobody; that needs the checkout
  // to be readable by others (a checkout under /root is not).
  const asRoot = process.getuid?.() === 0;
  const nobodyCanRun = !asRoot || spawnSync(process.execPath, [BIN, '--version'], { uid: 65534, gid: 65534 }).status === 0;
  it.skipIf(!nobodyCanRun)('an unreadable file is a finding, not a crash (as root: run as user nobody; skipped when nobody cannot read the checkout)', () => {
    const d = join(dir, 'unreadable');
    mkdirSync(d);
    chmodSync(dir, 0o755);
    chmodSync(d, 0o755);
    writeFileSync(join(d, 'secret.yaml'), POD);
    writeFileSync(join(d, 'ok.yaml'), POD);
    chmodSync(join(d, 'secret.yaml'), 0o000);
    const asNobody = asRoot ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [BIN, 'audit', '.', '--format', 'json'], { cwd: d, encoding: 'utf8', ...asNobody });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as Json;
    expect(json.findings.find((f) => f.file === 'secret.yaml')).toMatchObject({ code: 'LP003', line: 1, message: expect.stringMatching(/cannot read file: EACCES/) });
    expect(json.findings.some((f) => f.file === 'ok.yaml' && f.code === 'LP204')).toBe(true);
  });
});

describe('limits are honoured end to end (config file and --limit)', () => {
  const cases: [string, string, RegExp][] = [
    ['maxFileSize=40', POD, /over the 40-byte limit/],
    ['maxDocuments=2', [POD, POD, POD].join('---\n'), /more than 2 documents/],
    ['maxAliasCount=3', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  a: &a [1]\n  b: [*a, *a, *a, *a, *a]\n', /maxAliasCount 3/],
    ['maxDepth=3', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {a: {b: {c: {d: 1}}}}\n', /nesting deeper than 3 levels/],
  ];
  for (const [limit, text, message] of cases) {
    it(limit, async () => {
      const d = join(dir, `limit-${limit.split('=')[0]}`);
      mkdirSync(d);
      writeFileSync(join(d, 'm.yaml'), text);
      const [name, value] = limit.split('=');
      // the flag
      const flag = await run(['audit', 'm.yaml', '--format', 'json', '--fail-on', 'warning', '--limit', limit], d);
      expect(flag.code).toBe(1);
      const f = (JSON.parse(flag.out) as Json).findings.find((x) => x.code === 'LP003');
      expect(f?.message).toMatch(message);
      expect(f?.line).toBeGreaterThanOrEqual(1);
      // the config file
      writeFileSync(join(d, '.leastpriv.yaml'), `limits:\n  ${name}: ${value}\n`);
      const cfg = await run(['audit', 'm.yaml', '--format', 'json'], d);
      expect((JSON.parse(cfg.out) as Json).findings.find((x) => x.code === 'LP003')?.message).toMatch(message);
    });
  }

  it('a bad --limit is a usage error (exit 2, named), not an internal error', async () => {
    for (const bad of ['maxDepth', 'maxDepth=0', 'nope=3', 'maxFileSize=-1']) {
      const r = await run(['audit', '.', '--limit', bad], dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^leastpriv: .*limit/);
      expect(r.err).not.toMatch(/internal error/);
    }
  });
});

describe('input the YAML parser cannot take', () => {
  it('block nesting deeper than the parser’s stack is over the limit, at a line, not a syntax error', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  ${'- '.repeat(5000)}x\n`;
    const r = audit({ sources: [{ path: 'deep.yaml', text }] });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'LP003', file: 'deep.yaml' });
    expect(r.findings[0]!.message).toMatch(/nested too deeply.*maxDepth/);
    expect(r.findings[0]!.region.start.line).toBeGreaterThanOrEqual(1);
  });

  it('a flow-nesting refusal lands on the line where the limit is crossed (was line 0)', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  a: ${'['.repeat(300)}${']'.repeat(300)}\n`;
    const r = audit({ sources: [{ path: 'flow.yaml', text }] });
    expect(r.findings.map((f) => [f.code, f.region.start.line])).toEqual([['LP003', 5]]);
  });

  it('a mapping used as a key prints no process warning (the yaml package would warn on stderr)', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    audit({ sources: [{ path: 'k.yaml', text: `? {a: 1}\n: x\n${POD}` }] });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('kinds named like Object.prototype members are data (kind: constructor crashed the shape check)', () => {
    const kinds = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    const text = kinds.map((k) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${k}\nmetadata: {name: x}\nrules: [{verbs: [create], resources: [pods/exec], apiGroups: [""]}]\n`).join('---\n');
    const r = audit({ sources: [{ path: 'proto.yaml', text: `${text}---\n${POD}` }] });
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['LP204']));
    expect(r.findings.some((f) => f.code === 'LP004')).toBe(false);
  });
});
