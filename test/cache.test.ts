/**
 * The result cache (`--cache`, src/cache): a cached result can never differ from an uncached one.
 *
 * Differential: a repository made of the fixtures and a sample of the shared corpus (skipped, saying
 * why, when ../shared/corpus is absent) goes through seeded random steps — edits (values flipped,
 * comments and suppressions added, documents appended, files cut short), renames, deletions, new
 * files, config changes, and damage to the cache itself (entries cut short, bytes flipped, garbage,
 * another format's header). After every step the same commands run with the cache and with
 * --no-cache: a whole-repository audit and a `--context . FILE` audit, as JSON and as text; stdout
 * and exit code must be the same byte for byte. Then the cache is shown to be read (an entry
 * rewritten with a valid checksum changes what a cached run prints, and nothing else does), damaged
 * entries are named on stderr and replaced, and runs it cannot key soundly (stdin) are not cached.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { deserialize as v8deserialize, serialize as v8serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.ts';
import { CacheStore } from '../src/cache/store.ts';
import { openCache, statTrust } from '../src/cache/memo.ts';
import { StatIndex } from '../src/cache/stat-index.ts';
import { restore, serialize } from '../src/cache/entry.ts';
import { defaults } from '../src/config/load.ts';
import { ParsedStore } from '../src/cache/parsed.ts';
import { audit } from '../src/engine/audit.ts';
import { DEFAULT_LIMITS } from '../src/input/types.ts';
import { asciiOnly, packFinding, unpackFinding } from '../src/engine/finding-codec.ts';
import { plainKubectl } from './support/kubectl-path.ts';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'real');
const tmp = mkdtempSync(join(tmpdir(), 'leastpriv-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// (a rendered run is cached only when kubectl is not the Cloud SDK's dispatcher: test/support/kubectl-path.ts)
plainKubectl(tmp);

let seed = Number(process.env.LEASTPRIV_CACHE_SEED ?? 19);
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T,>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === '.leastpriv-cache' ? [] : walk(join(dir, e.name))) : [join(dir, e.name)]));
}

async function cli(cwd: string, args: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd, env: {}, isTTY: false, ...(stdin !== undefined ? { readStdin: () => new TextEncoder().encode(stdin) } : {}) };
  const code = await main(args, io);
  return { code, out, err };
}

/** A repository of the fixtures (kustomize roots left out: those runs are not cached) and a corpus sample. */
function makeRepo(name: string): string {
  const repo = join(tmp, name);
  mkdirSync(repo);
  for (const d of ['incident', 'input', 'graph']) cpSync(join(ROOT, 'fixtures', d), join(repo, 'fixtures', d), { recursive: true, filter: (src) => !renders(src) });
  if (existsSync(CORPUS)) {
    const files = walk(CORPUS).filter((f) => /\.(ya?ml|json)$/.test(f) && !renders(f)).sort();
    for (let i = 0; i < files.length; i += Math.ceil(files.length / 15)) {
      const to = join(repo, 'corpus', relative(CORPUS, files[i]!));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(files[i]!, to);
    }
  }
  return repo;
}

/** Kustomizations and Flux objects (runs with them are rendered, and not cached: a test below). */
function renders(file: string): boolean {
  if (/(^|[\\/])kustomization\.ya?ml$/.test(file)) return true;
  return statSync(file).isFile() && readFileSync(file, 'latin1').includes('toolkit.fluxcd.io');
}

const manifests = (repo: string) => walk(repo).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.leastpriv.yaml'));

const NEW_DOCS = [
  'apiVersion: v1\nkind: Pod\nmetadata: {name: added, namespace: default}\nspec:\n  containers:\n    - name: c\n      image: busybox\n      securityContext: {privileged: true}\n',
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: added-exec, namespace: default}\nrules:\n  - apiGroups: [""]\n    resources: [pods/exec]\n    verbs: [create]\n',
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: added-admin}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\nsubjects:\n  - {kind: ServiceAccount, name: default, namespace: default}\n',
];

const CONFIGS = [
  undefined,
  'profile: pss-restricted\n',
  'rules:\n  privileged-container: off\n',
  'kubeVersion: v1.30\nrules:\n  capabilities-not-dropped: warning\n',
  'exclude:\n  - corpus/\n',
  'limits:\n  maxDocuments: 2\n',
];

/**
 * One random change to the repository; returns what it did (for the failure message). `named`: the
 * file the last `--context` run named, to edit in place (a pre-commit hook after an edit: the run
 * without it is cached, the run with it is computed, from the per-file layer for the other files);
 * `config`: a config change (rule set, limits).
 */
function step(repo: string, named?: string, config = false): string {
  const files = manifests(repo);
  const editNamed = named !== undefined && existsSync(join(repo, named));
  const f = editNamed ? join(repo, named) : pick(files);
  const rel = relative(repo, f);
  const op = config ? 7 : editNamed ? pick([0, 1, 2, 9]) : Math.floor(rand() * 12);
  const text = readFileSync(f, 'utf8');
  switch (op) {
    case 0: {
      const m = [...text.matchAll(/\b(true|false)\b/g)];
      if (!m.length) break;
      const at = pick(m);
      writeFileSync(f, text.slice(0, at.index) + (at[0] === 'true' ? 'false' : 'true') + text.slice(at.index! + at[0].length));
      return `flipped a boolean in ${rel}`;
    }
    case 1: {
      const lines = text.split('\n');
      const i = Math.floor(rand() * lines.length);
      lines.splice(i, 0, pick(['# a comment', '# leastpriv-ignore privileged-container -- test', '']));
      writeFileSync(f, lines.join('\n'));
      return `inserted a line at ${rel}:${i + 1}`;
    }
    case 2:
      writeFileSync(f, `${text}${text.endsWith('\n') ? '' : '\n'}---\n${pick(NEW_DOCS)}`);
      return `appended a document to ${rel}`;
    case 3:
      writeFileSync(f, text.slice(0, Math.floor(rand() * text.length)));
      return `cut ${rel} short`;
    case 4: {
      const to = f.replace(/(\.ya?ml|\.json)$/, `-moved$1`);
      renameSync(f, to);
      return `renamed ${rel}`;
    }
    case 5:
      unlinkSync(f);
      return `deleted ${rel}`;
    case 6: {
      const to = join(repo, `new-${Math.floor(rand() * 1e6)}.yaml`);
      writeFileSync(to, pick(NEW_DOCS));
      return `added ${relative(repo, to)}`;
    }
    case 7: {
      const c = pick(CONFIGS);
      if (c === undefined) rmSync(join(repo, '.leastpriv.yaml'), { force: true });
      else writeFileSync(join(repo, '.leastpriv.yaml'), c);
      return `config ${JSON.stringify(c)}`;
    }
    case 8: {
      const dir = join(repo, '.leastpriv-cache');
      const entries = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.bin') || n.endsWith('.pack') || n === 'files.idx') : [];
      if (!entries.length) break;
      const e = join(dir, pick(entries));
      const raw = readFileSync(e);
      const how = Math.floor(rand() * 4);
      if (how === 0) writeFileSync(e, raw.subarray(0, Math.floor(raw.length * rand())));
      else if (how === 1) {
        const i = Math.floor(rand() * raw.length);
        raw[i] = raw[i]! ^ 0x5a;
        writeFileSync(e, raw);
      } else if (how === 2) writeFileSync(e, 'not a cache entry');
      else writeFileSync(e, Buffer.concat([Buffer.from(raw.toString('latin1').replace(/^leastpriv-cache \d+/, 'leastpriv-cache 1'), 'latin1')]));
      return `damaged cache entry ${e.endsWith('.idx') ? 'files.idx ' : e.endsWith('.pack') ? `${e.slice(e.lastIndexOf('parsed-'))} ` : ''}(${['cut', 'flipped', 'garbage', 'old format'][how]})`;
    }
    case 9: {
      // the stat index must see it: same size, same mtime (set back), other bytes (only the ctime differs)
      const st = statSync(f);
      const at = text.search(/[a-z]/);
      if (at === -1) break;
      writeFileSync(f, text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1));
      utimesSync(f, st.atime, st.mtime);
      return `changed a byte of ${rel}, mtime set back`;
    }
    case 10: {
      const now = new Date();
      utimesSync(f, now, now);
      return `touched ${rel}`;
    }
    default:
      return 'no change';
  }
  return 'no change';
}

describe('the result cache', () => {
  it('gives the same output as --no-cache at every step of random edits, renames, deletions and config changes', async () => {
    if (!existsSync(CORPUS)) console.warn(`[cache.test] ${CORPUS} is absent: the differential test runs over the fixtures only`);
    const repo = makeRepo('differential');
    const log: string[] = [];
    // (the stat index trusts any file whose stat is unchanged, however recent: what is tested is that a
    // changed file never keeps its stat; the racy-clean margin has its own test below)
    const { marginMs } = statTrust;
    statTrust.marginMs = -1e12;
    try {
      await differential(repo, log);
    } finally {
      statTrust.marginMs = marginMs;
    }
    expect(log.filter((l) => l !== 'no change' && l !== 'start').length).toBeGreaterThan(4);
  }, 300_000);

  async function differential(repo: string, log: string[]): Promise<void> {
    let named: string | undefined;
    // (longer runs by hand: LEASTPRIV_CACHE_STEPS=200 LEASTPRIV_CACHE_SEED=N npx vitest run test/cache.test.ts)
    const steps = Number(process.env.LEASTPRIV_CACHE_STEPS ?? 12);
    for (let i = 0; i < steps; i++) {
      // (every third step edits the file named last; steps 5 and 10 change the config)
      log.push(i === 0 ? 'start' : step(repo, i % 3 === 0 ? named : undefined, i % 5 === 0));
      // (the same file named again, as a hook does for the file being worked on, or another)
      if (named === undefined || !existsSync(join(repo, named)) || rand() < 0.5) named = relative(repo, pick(manifests(repo)));
      // (JSON and text, whole repository and --context, in turn: each run three times, the second and
      // third with the cache, which the third reads)
      const commands = i % 2 ? [['audit', '.', '-f', 'json'], ['audit', '--context', '.', named]] : [['audit', '.'], ['audit', '--context', '.', named, '-f', 'json']];
      if (i % 4 === 3) commands.push(['audit', '.', '-f', 'sarif'], ['audit', '--context', '.', named, '-f', 'sarif']);
      for (const args of commands) {
        const plain = await cli(repo, [...args, '--no-cache']);
        const cached = await cli(repo, [...args, '--cache']);
        const again = await cli(repo, [...args, '--cache']);
        const where = `after: ${log.join('; ')}; leastpriv ${args.join(' ')}`;
        expect(cached.code, `${where}\n${cached.err}`).toBe(plain.code);
        expect(cached.out, where).toBe(plain.out);
        expect(again.code, where).toBe(plain.code);
        expect(again.out, where).toBe(plain.out);
        expect(again.err, where).toBe(plain.err);
      }
    }
  }

  it('trusts a stored file hash only while the stat is the same and older than the margin (racily clean)', () => {
    const repo = join(tmp, 'stat-index');
    mkdirSync(repo);
    const file = join(repo, 'x.yaml');
    const dir = join(repo, 'c');
    const input = { paths: ['.'], cwd: repo };
    let computed = 0;
    const run = () =>
      openCache(dir, () => {}).audit(input, (i) => {
        computed++;
        return audit(i);
      });
    const a = NEW_DOCS[0]!;
    const b = NEW_DOCS[0]!.replace('privileged: true', 'privileged: fals');
    expect(b.length).toBe(a.length);
    writeFileSync(file, a);
    const resultA = JSON.stringify(run().findings);
    writeFileSync(file, b);
    const resultB = JSON.stringify(run().findings);
    expect(resultB).not.toBe(resultA);
    expect(computed).toBe(2);
    // Forge the index: the file's current stat with the hash of `a`. Trusted (stated long after its
    // times), the run is keyed as `a` and prints a's cached result: proof that the index is read.
    // (files.idx: header line, checksum line, then the payload: header, count, 6 float64 per entry, hashes, Flux marks, paths)
    const payload = (at: number) => {
      const raw = readFileSync(join(dir, 'files.idx'));
      const body = Buffer.from(raw.subarray(raw.indexOf(10) + 1));
      const start = body.indexOf(10) + 1;
      const n = body.readUInt32LE(start);
      const i = body.toString('utf8', start + 4 + n * 81).split('\0').indexOf(file);
      expect(i).toBeGreaterThanOrEqual(0);
      body.writeDoubleLE(at, start + 4 + i * 48 + 5 * 8);
      createHash('sha256').update(a).digest().copy(body, start + 4 + n * 48 + i * 32);
      return body;
    };
    const store = new CacheStore(dir, () => {});
    store.putIndex(payload(Date.now() + 60_000));
    expect(JSON.stringify(run().findings)).toBe(resultA);
    expect(computed).toBe(2);
    // The same entry taken less than the margin after the file's last change: racy, hashed again.
    store.putIndex(payload(Math.floor(statSync(file).ctimeMs) + 1));
    expect(JSON.stringify(run().findings)).toBe(resultB);
    expect(computed).toBe(2);
    // Touched (no change): hashed again, the same key: a hit.
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(JSON.stringify(run().findings)).toBe(resultB);
    expect(computed).toBe(2);
    // Other bytes, same size, mtime set back: the ctime differs, so the stat does (even trusting any
    // unchanged stat, however recent).
    const { marginMs } = statTrust;
    statTrust.marginMs = -1e12;
    try {
      const st = statSync(file);
      run();
      writeFileSync(file, a);
      utimesSync(file, st.atime, st.mtime);
      expect(JSON.stringify(run().findings)).toBe(resultA);
    } finally {
      statTrust.marginMs = marginMs;
    }
    // A damaged index is noted and ignored
    const notes: string[] = [];
    const raw = readFileSync(join(dir, 'files.idx'));
    raw[raw.length - 3] = raw[raw.length - 3]! ^ 1;
    writeFileSync(join(dir, 'files.idx'), raw);
    expect(JSON.stringify(openCache(dir, (m) => notes.push(m)).audit(input, audit).findings)).toBe(resultA);
    expect(notes.join('\n')).toMatch(/files\.idx is damaged/);
  });

  it('reuses the last discovery while every folder, .gitignore and .git it looked at is unchanged', async () => {
    const repo = join(tmp, 'discovery');
    mkdirSync(join(repo, 'a', 'b'), { recursive: true });
    writeFileSync(join(repo, 'a', 'b', 'pod.yaml'), NEW_DOCS[0]!);
    writeFileSync(join(repo, 'a', 'role.yaml'), NEW_DOCS[1]!);
    const idx = join(repo, '.leastpriv-cache', 'discover.idx');
    const same = async (what: string) => {
      const plain = await cli(repo, ['audit', '.', '-f', 'json', '--no-cache']);
      const cached = await cli(repo, ['audit', '.', '-f', 'json', '--cache']);
      expect(cached.out, what).toBe(plain.out);
      return JSON.parse(cached.out) as { summary: { files: number } };
    };
    // Just written, the folders are racily clean: nothing is kept
    await same('fresh');
    expect(existsSync(idx)).toBe(false);
    const { marginMs } = statTrust;
    statTrust.marginMs = -1e12;
    try {
      await same('first');
      expect(existsSync(idx)).toBe(true);
      // read: a stored discovery rewritten to name one file less is what a cached run audits
      const raw = readFileSync(idx);
      const body = raw.subarray(raw.indexOf(10) + 1);
      const nl = body.indexOf(10) + 1;
      const stored = JSON.parse(body.toString('utf8', nl));
      for (const e of stored) e.files = e.files.filter((f: string) => !f.endsWith('pod.yaml'));
      const store = new CacheStore(join(repo, '.leastpriv-cache'), () => {});
      store.putIndex(Buffer.concat([body.subarray(0, nl), Buffer.from(JSON.stringify(stored))]), 'discover.idx');
      expect((JSON.parse((await cli(repo, ['audit', '.', '-f', 'json', '--cache'])).out) as { summary: { files: number } }).summary.files).toBe(1);
      // per path: `--context . FILE` reuses the (rewritten) discovery of '.', and lists FILE once
      const ctx = await cli(repo, ['audit', '--context', '.', 'a/role.yaml', '-f', 'json', '--cache']);
      expect((JSON.parse(ctx.out) as { summary: { files: number } }).summary.files).toBe(1);
      // any change to what it looked at is seen: a file added deep down, a .gitignore made or edited, a folder renamed
      writeFileSync(join(repo, 'a', 'b', 'more.yaml'), NEW_DOCS[2]!);
      expect((await same('added a/b/more.yaml')).summary.files).toBe(3);
      writeFileSync(join(repo, '.gitignore'), 'more.yaml\n');
      expect((await same('.gitignore')).summary.files).toBe(2);
      writeFileSync(join(repo, '.gitignore'), 'role.yaml\n');
      expect((await same('.gitignore edited')).summary.files).toBe(2);
      renameSync(join(repo, 'a', 'b'), join(repo, 'a', 'c'));
      expect((await same('renamed a/b')).summary.files).toBe(2);
      // discovered again after each change, and kept once per path (the new one, not the stale one)
      const kept = () => {
        const r = readFileSync(idx);
        const b = r.subarray(r.indexOf(10) + 1);
        return JSON.parse(b.toString('utf8', b.indexOf(10) + 1)) as { key: string; files: string[] }[];
      };
      expect(new Set(kept().map((e) => e.key)).size).toBe(kept().length);
      expect(kept().find((e) => e.key.startsWith('[".",'))?.files.some((f) => f.startsWith('a/c/'))).toBe(true);
      // (no symbolic link: a link's target can change while nothing discovery looked at does)
      rmSync(idx);
      symlinkSync(join(repo, 'a', 'c'), join(repo, 'link'));
      await same('a link');
      expect(existsSync(idx)).toBe(false);
    } finally {
      statTrust.marginMs = marginMs;
    }
  });

  it('keeps a discovery that asked git only for the index git reads (GIT_INDEX_FILE, as in a pre-commit hook)', async () => {
    const repo = join(tmp, 'discovery-git');
    mkdirSync(repo);
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { stdio: 'pipe' });
    try {
      git('init', '-q');
    } catch {
      console.warn('[cache.test] git is not available: the GIT_INDEX_FILE case is not tested');
      return;
    }
    writeFileSync(join(repo, 'a.yaml'), NEW_DOCS[0]!);
    writeFileSync(join(repo, 'b.yaml'), NEW_DOCS[1]!);
    writeFileSync(join(repo, '.gitignore'), 'b.yaml\n');
    git('add', 'a.yaml', '.gitignore');
    git('add', '-f', 'b.yaml');
    // another index, in which b.yaml (ignored) is not tracked
    const alt = join(tmp, 'discovery-git.index');
    execFileSync('git', ['-C', repo, 'add', 'a.yaml', '.gitignore'], { stdio: 'pipe', env: { ...process.env, GIT_INDEX_FILE: alt } });
    const files = async () => (JSON.parse((await cli(repo, ['audit', '.', '-f', 'json', '--cache'])).out) as { summary: { files: number } }).summary.files;
    const { marginMs } = statTrust;
    const before = process.env.GIT_INDEX_FILE;
    statTrust.marginMs = -1e12;
    try {
      expect(await files()).toBe(2);
      expect(await files()).toBe(2);
      console.log('IDX', existsSync(join(repo, '.leastpriv-cache', 'discover.idx')), readFileSync(join(repo, '.leastpriv-cache', 'discover.idx'), 'utf8').slice(0, 600));
      process.env.GIT_INDEX_FILE = alt;
      expect(await files()).toBe(1);
    } finally {
      statTrust.marginMs = marginMs;
      if (before === undefined) delete process.env.GIT_INDEX_FILE;
      else process.env.GIT_INDEX_FILE = before;
    }
  });

  it('reads the cache: an entry rewritten (with a valid checksum) is what a cached run prints', async () => {
    const repo = join(tmp, 'tamper');
    mkdirSync(repo);
    copyFileSync(join(ROOT, 'fixtures', 'incident', 'before.yaml'), join(repo, 'before.yaml'));
    const first = await cli(repo, ['audit', '.', '-f', 'json', '--cache']);
    expect(first.code).toBe(1);
    const dir = join(repo, '.leastpriv-cache');
    const [entry] = readdirSync(dir).filter((n) => n.endsWith('.bin'));
    expect(entry).toBeDefined();
    const key = entry!.slice(0, -4);
    const raw = readFileSync(join(dir, entry!));
    // (the payload: V8's serialization of the stored result, src/cache/entry.ts)
    const stored = v8deserialize(gunzipSync(raw.subarray(raw.indexOf(10) + 1)));
    for (const f of stored.result.findings) f.message = `CACHED ${f.message}`;
    new CacheStore(dir, () => {}).put(key, v8serialize(stored));
    const second = await cli(repo, ['audit', '.', '-f', 'json', '--cache']);
    expect(JSON.parse(second.out).findings.every((f: { message: string }) => f.message.startsWith('CACHED '))).toBe(true);
    // --no-cache never reads it; a changed file, config or flag is another key
    expect((await cli(repo, ['audit', '.', '-f', 'json', '--no-cache'])).out).toBe(first.out);
    expect((await cli(repo, ['audit', '.', '-f', 'json', '--cache', '--kube-version', 'v1.30'])).out).not.toContain('CACHED');
    writeFileSync(join(repo, 'before.yaml'), `${readFileSync(join(repo, 'before.yaml'), 'utf8')}\n`);
    expect((await cli(repo, ['audit', '.', '-f', 'json', '--cache'])).out).not.toContain('CACHED');
  });

  it('stores a finding without the rule name and message its code, template and data give back, and restores it byte for byte', () => {
    const text = readFileSync(join(ROOT, 'examples', 'mcp-homelab.yaml'), 'utf8');
    const { findings } = audit({ sources: [{ path: 'mcp-homelab.yaml', text }] });
    expect(findings.length).toBeGreaterThan(0);
    const packed = findings.map(packFinding);
    // (each finding of a rule's template is stored with 0 for both, and its JSON is shorter)
    expect(packed.every((p) => p.rule === 0 && p.message === 0)).toBe(true);
    const stored = asciiOnly(JSON.stringify(packed));
    expect(/^[\x00-\x7f]*$/.test(stored)).toBe(true);
    const back = (JSON.parse(Buffer.from(stored, 'latin1').toString('utf8')) as typeof packed).map(unpackFinding);
    expect(JSON.stringify(back)).toBe(JSON.stringify(findings));
    // A message a later stage changed is kept as it is, in its place
    const changed = { ...findings[0]!, message: `${findings[0]!.message} (and more)`, rule: 'renamed' };
    const p = packFinding(changed);
    expect(p).toBe(changed);
    expect(JSON.stringify(unpackFinding(JSON.parse(asciiOnly(JSON.stringify(p))) as typeof p))).toBe(JSON.stringify(changed));
  });

  it('keeps every entry of the file-stat index exactly through a save: this run\'s, and the stored ones carried over', () => {
    const dir = join(tmp, 'stat-index');
    const entry = (i: number, flux = i % 3 === 0) => ({ size: i * 7, mtimeMs: 1_700_000_000_000.25 + i, ctimeMs: 1_700_000_000_001.5 + i, ino: 9_007_199_254_740_000 + i, dev: 2049, at: 1_700_000_100_000 + i, hash: createHash('sha256').update(`f${i}`).digest('hex'), flux });
    const first = new StatIndex(new CacheStore(dir, () => {}), () => 'code');
    for (let i = 0; i < 40; i++) first.set(`/r/f${i}.yaml`, entry(i));
    first.save();
    // a second run: some stored entries found valid, some replaced, some new; the rest carried over untouched
    const second = new StatIndex(new CacheStore(dir, () => {}), () => 'code');
    const stat = (i: number) => entry(i);
    const trust = statTrust.now;
    statTrust.now = () => 1_800_000_000_000;
    try {
      for (let i = 0; i < 10; i++) expect(second.get(`/r/f${i}.yaml`, stat(i))).toBe(entry(i).hash);
      for (let i = 10; i < 15; i++) second.set(`/r/f${i}.yaml`, entry(i + 100, true));
      for (let i = 40; i < 45; i++) second.set(`/r/f${i}.yaml`, entry(i));
      second.save();
      const third = new StatIndex(new CacheStore(dir, () => {}), () => 'code');
      for (let i = 0; i < 45; i++) {
        const want = i >= 10 && i < 15 ? entry(i + 100, true) : entry(i);
        expect(third.get(`/r/f${i}.yaml`, want)).toBe(want.hash);
        expect(third.flux).toBe(want.flux);
        expect(third.statOf(`/r/f${i}.yaml`)).toEqual({ ...want });
      }
      // a changed stat is not trusted
      expect(third.get('/r/f20.yaml', { ...entry(20), size: 1 })).toBeUndefined();
    } finally {
      statTrust.now = trust;
    }
  });

  it('does not store a result holding a value its format cannot hold, rather than one that reads back otherwise', () => {
    const result = audit({ sources: [{ path: 'pod.yaml', text: NEW_DOCS[0]! }] });
    const stored = serialize(result, new Map(), true, () => undefined);
    expect(stored).toBeInstanceOf(Buffer);
    expect(JSON.stringify(restore(stored!, tmp, defaults(), () => undefined)!.findings)).toBe(JSON.stringify(result.findings));
    expect(serialize({ ...result, summary: { ...result.summary, later: () => 1 } as never }, new Map(), true, () => undefined)).toBeUndefined();
  });

  it('keys a file in the per-file layer by its text, path, chart and limits', () => {
    const layer = new ParsedStore(new CacheStore(join(tmp, 'per-file-keys'), () => {}), () => 'code');
    const src = (path: string, text: string) => ({ path, text, lineCounter: undefined as never });
    const key = (s: ReturnType<typeof src>, chart?: string, l = DEFAULT_LIMITS) => layer.keyOf(s, chart, l);
    const k = key(src('a.yaml', 'kind: Role\n'));
    expect(key(src('a.yaml', 'kind: Role\n'))).toBe(k);
    for (const other of [key(src('b.yaml', 'kind: Role\n')), key(src('a.yaml', 'kind: Role \n')), key(src('a.yaml', 'kind: Role\n'), 'chart'), key(src('a.yaml', 'kind: Role\n'), undefined, { ...DEFAULT_LIMITS, maxDepth: 100 })]) expect(other).not.toBe(k);
  });

  it("makes the per-file layer from a cache folder's second run on: the first stores its result only", () => {
    const repo = join(tmp, 'layer-second-run');
    mkdirSync(repo);
    const dir = join(repo, '.leastpriv-cache');
    writeFileSync(join(repo, 'pod.yaml'), NEW_DOCS[0]!);
    const packs = () => readdirSync(dir).filter((n) => n.startsWith('parsed-'));
    const plain = audit({ paths: ['.'], cwd: repo }).findings;
    expect(audit({ paths: ['.'], cwd: repo, cache: openCache(dir, () => {}) }).findings).toEqual(plain);
    expect(readdirSync(dir).filter((n) => n.endsWith('.bin')).length).toBe(1);
    expect(packs()).toEqual([]);
    // a run computed again (another file added): the layer is made for the files of this run
    writeFileSync(join(repo, 'role.yaml'), NEW_DOCS[1]!);
    audit({ paths: ['.'], cwd: repo, cache: openCache(dir, () => {}) });
    expect(packs().length).toBeGreaterThan(0);
  });

  it('in the background (the CLI): the entry is written when flush() resolves, the one a run that waits writes', async () => {
    const repo = join(tmp, 'background');
    mkdirSync(repo);
    writeFileSync(join(repo, 'pod.yaml'), NEW_DOCS[0]!);
    writeFileSync(join(repo, 'role.yaml'), NEW_DOCS[1]!);
    const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.bin')) : []);
    const payload = (dir: string, name: string) => {
      const raw = readFileSync(join(dir, name));
      return gunzipSync(raw.subarray(raw.indexOf(10) + 1));
    };
    const plain = audit({ paths: ['.'], cwd: repo }).findings;
    const later = join(repo, 'later');
    const cache = openCache(later, () => {}, { background: true });
    expect(audit({ paths: ['.'], cwd: repo, cache }).findings).toEqual(plain);
    // (compressed on libuv's pool meanwhile: not on disk before this thread lets it finish)
    expect(entries(later)).toEqual([]);
    await cache.flush!();
    expect(entries(later).length).toBe(1);
    const now = join(repo, 'now');
    audit({ paths: ['.'], cwd: repo, cache: openCache(now, () => {}) });
    expect(entries(now)).toEqual(entries(later));
    expect(payload(later, entries(later)[0]!).equals(payload(now, entries(now)[0]!))).toBe(true);
    // read back by a run after it
    const notes: string[] = [];
    expect(audit({ paths: ['.'], cwd: repo, cache: openCache(later, (m) => notes.push(m), { background: true }) }).findings).toEqual(plain);
    expect(notes).toEqual([]);
  });

  it('replays per-object checks from the per-file layer, and runs again those that read the model', () => {
    const repo = join(tmp, 'object-checks');
    mkdirSync(repo);
    const dir = join(repo, '.leastpriv-cache');
    writeFileSync(join(repo, 'rb.yaml'), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b, namespace: x}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}\nsubjects:\n  - {kind: ServiceAccount, name: s, namespace: x}\n');
    writeFileSync(join(repo, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec:\n  containers:\n    - name: c\n      image: busybox\n      securityContext: {privileged: true}\n');
    const run = (cached: boolean) => {
      const r = audit({ paths: ['.'], cwd: repo, ...(cached ? { cache: openCache(dir, () => {}) } : {}) });
      return r.findings.map((f) => `${f.file}:${f.region.start.line}:${f.region.start.column} ${f.code} ${f.message}`).join('\n');
    };
    expect(run(true)).toBe(run(false));
    expect(run(false)).toContain('rb.yaml:4');
    // the Role the binding names appears in another file: the binding's checks that read the model run again
    writeFileSync(join(repo, 'role.yaml'), 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r, namespace: x}\nrules:\n  - {apiGroups: [""], resources: [pods/exec], verbs: [create]}\n');
    expect(run(true)).toBe(run(false));
    // forged: every stored check entry's findings renamed: what a computed run over those files prints
    const packs = readdirSync(dir).filter((n) => n.startsWith('parsed-'));
    let forged = 0;
    for (const name of packs) {
      const raw = readFileSync(join(dir, name));
      const text = gunzipSync(raw.subarray(raw.indexOf(10) + 1)).toString('latin1');
      const [header, head, ...rest] = text.split('\n');
      let off = 0;
      const body = rest.join('\n');
      const entries = (JSON.parse(head!) as [string, number][]).map(([key, len]) => {
        let json = body.slice(off, off + len);
        off += len;
        if (json.startsWith('[')) {
          // (stored as 0 when the template gives it back: src/engine/finding-codec.ts)
          json = json.replace(/"message":0/g, '"message":"FORGED "').replace(/"message":"(?!FORGED)/g, '"message":"FORGED ');
          forged++;
        }
        return [key, json] as const;
      });
      const payload = `${header}\n${JSON.stringify(entries.map(([k, j]) => [k, j.length]))}\n${entries.map(([, j]) => j).join('')}`;
      new CacheStore(dir, () => {}).putPack(name, Buffer.from(payload, 'latin1'));
    }
    expect(forged).toBeGreaterThan(0);
    writeFileSync(join(repo, 'role.yaml'), `${readFileSync(join(repo, 'role.yaml'), 'utf8')}# edited\n`);
    expect(run(true)).toContain('pod.yaml:8:25 LP');
    expect(run(true)).toMatch(/pod\.yaml:\S+ LP\d+ FORGED /);
    expect(run(false)).not.toContain('FORGED');
  });

  it('names a damaged entry on stderr, recomputes and writes it again; a stale temporary file is harmless', async () => {
    const repo = join(tmp, 'damaged');
    mkdirSync(repo);
    copyFileSync(join(ROOT, 'fixtures', 'incident', 'after.yaml'), join(repo, 'after.yaml'));
    const first = await cli(repo, ['audit', '.', '--cache']);
    const dir = join(repo, '.leastpriv-cache');
    const [entry] = readdirSync(dir).filter((n) => n.endsWith('.bin'));
    const whole = readFileSync(join(dir, entry!));
    writeFileSync(join(dir, entry!), whole.subarray(0, whole.length - 7));
    writeFileSync(join(dir, `.${entry!.slice(0, -4)}.123.x.tmp`), 'half');
    writeFileSync(join(dir, 'notes.bin'), 'not ours');
    const second = await cli(repo, ['audit', '.', '--cache']);
    expect(second.out).toBe(first.out);
    expect(second.err).toMatch(/cache entry .* is damaged, incomplete or of another format: not used; recomputed and written again/);
    expect(readFileSync(join(dir, entry!))).toEqual(whole);
    const third = await cli(repo, ['audit', '.', '--cache']);
    expect(third.err).toBe('');
    // the folder keeps itself out of git and of audits
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(readdirSync(dir).some((n) => /\.(ya?ml|json)$/.test(n))).toBe(false);
    // pruning removes only what it wrote (--cache-location may name a folder with other files)
    expect(readFileSync(join(dir, 'notes.bin'), 'utf8')).toBe('not ours');
  });

  it("keys a result on Node's version too: what the code computes depends on the runtime's Unicode data", async () => {
    // (a justification comment is a reason when it holds a letter, /\p{L}/u: U+1E5D0, Ol Onal, is one
    // from Unicode 16, which Node 20.10 did not know and Node 20.20 does; a cached result made by
    // another Node is not this Node's)
    const repo = join(tmp, 'node-version');
    mkdirSync(repo);
    writeFileSync(join(repo, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec:\n  hostNetwork: true # \u{1E5D0}\u{1E5D1}\n  containers:\n    - name: c\n      image: busybox\n');
    const results = () => readdirSync(join(repo, '.leastpriv-cache')).filter((n) => n.endsWith('.bin')).length;
    const plain = await cli(repo, ['audit', '.', '--no-cache']);
    expect((await cli(repo, ['audit', '.', '--cache'])).out).toBe(plain.out);
    expect(results()).toBe(1);
    const version = Object.getOwnPropertyDescriptor(process, 'version')!;
    Object.defineProperty(process, 'version', { ...version, value: 'v0.0.0-another-node' });
    try {
      await cli(repo, ['audit', '.', '--cache']);
      expect(results()).toBe(2);
    } finally {
      Object.defineProperty(process, 'version', version);
    }
  });

  it('keeps the 16 entries used last, and removes only files it wrote', () => {
    const dir = join(tmp, 'prune');
    const store = new CacheStore(dir, () => {});
    const keys = Array.from({ length: 20 }, (_, i) => i.toString(16).padStart(64, '0'));
    keys.forEach((k, i) => {
      store.put(k, Buffer.from(`payload ${i}`));
      const t = new Date(Date.now() - (100 - i) * 1000);
      utimesSync(join(dir, `${k}.bin`), t, t);
    });
    writeFileSync(join(dir, 'notes.bin'), 'not ours');
    writeFileSync(join(dir, 'keep.tmp'), 'not ours');
    store.put('f'.repeat(64), Buffer.from('last'));
    const left = readdirSync(dir).filter((n) => n.endsWith('.bin')).sort();
    expect(left).toEqual([...keys.slice(5).map((k) => `${k}.bin`), 'f'.repeat(64) + '.bin', 'notes.bin'].sort());
    expect(store.get(keys[19]!)?.toString()).toBe('payload 19');
    expect(store.get(keys[0]!)).toBeUndefined();
    expect(readFileSync(join(dir, 'keep.tmp'), 'utf8')).toBe('not ours');
  });

  it('is on by default with --context (off with --no-cache), off otherwise; --cache-location moves it', async () => {
    const repo = join(tmp, 'defaults');
    mkdirSync(repo);
    copyFileSync(join(ROOT, 'fixtures', 'incident', 'after.yaml'), join(repo, 'after.yaml'));
    await cli(repo, ['audit', '.']);
    expect(existsSync(join(repo, '.leastpriv-cache'))).toBe(false);
    await cli(repo, ['audit', '--context', '.', 'after.yaml', '--no-cache']);
    expect(existsSync(join(repo, '.leastpriv-cache'))).toBe(false);
    await cli(repo, ['audit', '--context', '.', 'after.yaml']);
    expect(readdirSync(join(repo, '.leastpriv-cache')).filter((n) => n.endsWith('.bin')).length).toBe(2);
    await cli(repo, ['audit', '.', '--cache', '--cache-location', 'elsewhere/c']);
    expect(readdirSync(join(repo, 'elsewhere', 'c')).filter((n) => n.endsWith('.bin')).length).toBe(1);
    expect((await cli(repo, ['audit', '.', '--cache', '--no-cache'])).code).toBe(2);
  });

  it('caches a run that renders kustomizations only when every root is cached (test/render-cache.test.ts: keyed on what kustomize reads)', async () => {
    const repo = join(tmp, 'render');
    mkdirSync(repo);
    writeFileSync(join(repo, 'pod.yaml'), NEW_DOCS[0]!);
    writeFileSync(join(repo, 'kustomization.yaml'), 'resources: [pod.yaml]\n');
    const results = () => (existsSync(join(repo, '.leastpriv-cache')) ? readdirSync(join(repo, '.leastpriv-cache')).filter((n) => n.endsWith('.bin')) : []);
    const a = await cli(repo, ['audit', '.', '--cache']);
    const b = await cli(repo, ['audit', '.', '--no-cache']);
    expect(a.out).toBe(b.out);
    expect(results().length).toBe(1);
    // a root kustomize needs the network for is never cached: nor is the run
    rmSync(join(repo, '.leastpriv-cache'), { recursive: true });
    writeFileSync(join(repo, 'kustomization.yaml'), 'resources: [pod.yaml, "https://github.com/example/repo//base?ref=v1"]\n');
    expect((await cli(repo, ['audit', '.', '--cache'])).out).toBe((await cli(repo, ['audit', '.', '--no-cache'])).out);
    expect(results()).toEqual([]);
    // as written (--no-render), the same files are cached
    await cli(repo, ['audit', '.', '--cache', '--no-render']);
    expect(results().length).toBe(1);
  });

  it('runs at the same time on one cache: every output the uncached one, no entry damaged (built CLI, child processes)', async () => {
    const repo = join(tmp, 'concurrent');
    cpSync(join(ROOT, 'fixtures', 'incident'), repo, { recursive: true });
    const BIN = join(ROOT, 'bin', 'leastpriv.js');
    const named = relative(repo, manifests(repo).sort()[0]!);
    const run = (extra: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((done) => {
        const p = spawn(process.execPath, [BIN, 'audit', '--context', '.', named, ...extra], { cwd: repo, env: { PATH: process.env.PATH } });
        let out = '';
        let err = '';
        p.stdout.on('data', (d) => (out += d));
        p.stderr.on('data', (d) => (err += d));
        p.on('close', (code) => done({ code, out, err }));
      });
    const plain = await run(['--no-cache']);
    // three writers of the same two entries at once, then three runs that read one and write another
    const writers = await Promise.all([run([]), run([]), run([])]);
    for (const w of writers) expect({ code: w.code, out: w.out, err: w.err }).toEqual(plain);
    writeFileSync(join(repo, named), `${readFileSync(join(repo, named), 'utf8')}\n# edited\n`);
    const edited = await run(['--no-cache']);
    const mixed = await Promise.all([run([]), run([]), run([])]);
    for (const m of mixed) expect({ code: m.code, out: m.out, err: m.err }).toEqual(edited);
    expect(readdirSync(join(repo, '.leastpriv-cache')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('does not store a result when a file the run read from disk changed while it ran; one audited from the bytes it hashed is that text', () => {
    const repo = join(tmp, 'race');
    mkdirSync(repo);
    const a = join(repo, 'a.yaml');
    const b = join(repo, 'b.yaml');
    writeFileSync(a, NEW_DOCS[0]!);
    writeFileSync(b, NEW_DOCS[2]!);
    const dir = join(repo, 'c');
    const input = { paths: ['.'], cwd: repo };
    const codes = (r: { findings: { code: string; file: string }[] }) => r.findings.map((f) => `${f.file} ${f.code}`).sort();
    const entries = () => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.bin')) : []);
    // A cold run hashes (and hands over) every file: a.yaml edited meanwhile is audited as hashed, and
    // that result is the one its key names (the next run sees the new text, by its new stat and hash)
    const first = openCache(dir, () => {}).audit(input, (i) => {
      writeFileSync(a, NEW_DOCS[1]!);
      return audit(i);
    });
    expect(codes(first)).toEqual(codes(audit({ sources: [{ path: 'a.yaml', text: NEW_DOCS[0]! }, { path: 'b.yaml', text: NEW_DOCS[2]! }] })));
    expect(entries().length).toBe(1);
    const now = codes(audit({ sources: [{ path: 'a.yaml', text: NEW_DOCS[1]! }, { path: 'b.yaml', text: NEW_DOCS[2]! }] }));
    expect(codes(openCache(dir, () => {}).audit(input, (i) => audit(i)))).toEqual(now);
    expect(entries().length).toBe(2);
    // A file the key took from the stat index (not read, so read from disk by the run) edited while the
    // run reads: not stored
    writeFileSync(b, `${NEW_DOCS[2]!}# edited\n`);
    const { marginMs } = statTrust;
    statTrust.marginMs = -1e12;
    try {
      openCache(dir, () => {}).audit(input, (i) => {
        writeFileSync(a, NEW_DOCS[0]!);
        return audit(i);
      });
    } finally {
      statTrust.marginMs = marginMs;
    }
    expect(entries().length).toBe(2);
  });

  it('audits the bytes its key was made from, read once: a file changed after they were hashed is audited as hashed', () => {
    const repo = join(tmp, 'handover');
    mkdirSync(repo);
    const file = join(repo, 'x.yaml');
    writeFileSync(file, NEW_DOCS[0]!);
    const cache = openCache(join(repo, 'c'), () => {});
    let given: Uint8Array | undefined;
    const result = cache.audit({ paths: ['.'], cwd: repo }, (i) => {
      given = i.readBytes?.('x.yaml');
      // (after the key was made from NEW_DOCS[0]: without the hand-over the run would read this text)
      writeFileSync(file, NEW_DOCS[1]!);
      return audit(i);
    });
    expect(Buffer.from(given!).toString()).toBe(NEW_DOCS[0]);
    expect(result.findings.map((f) => f.code)).toEqual(audit({ sources: [{ path: 'x.yaml', text: NEW_DOCS[0]! }] }).findings.map((f) => f.code));
    expect(result.findings.some((f) => f.code === 'LP201')).toBe(true);
  });

  it('--context with stdin standing for a named file (--stdin-name): the output of that text on disk; the run without it is kept', async () => {
    const repo = join(tmp, 'stdin-context');
    mkdirSync(repo);
    const before = readFileSync(join(ROOT, 'fixtures', 'incident', 'before.yaml'), 'utf8');
    const after = readFileSync(join(ROOT, 'fixtures', 'incident', 'after.yaml'), 'utf8');
    writeFileSync(join(repo, 'x.yaml'), before);
    writeFileSync(join(repo, 'other.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: other, namespace: default }\n');
    // The buffer (after.yaml's text) stands for x.yaml (before.yaml's): never both audited.
    const buffer = await cli(repo, ['audit', '--context', '.', '-', '--stdin-name', 'x.yaml', '-f', 'json'], after);
    expect(existsSync(join(repo, '.leastpriv-cache'))).toBe(true);
    const again = await cli(repo, ['audit', '--context', '.', '-', '--stdin-name', 'x.yaml', '-f', 'json'], after);
    writeFileSync(join(repo, 'x.yaml'), after);
    const disk = await cli(repo, ['audit', '--context', '.', 'x.yaml', '--no-cache', '-f', 'json']);
    expect(JSON.parse(disk.out).findings.length).toBeGreaterThan(0);
    expect(buffer).toEqual(disk);
    expect(again).toEqual(disk);
    // and the text on disk is not what the buffer's run read
    writeFileSync(join(repo, 'x.yaml'), before);
    expect(await cli(repo, ['audit', '--context', '.', '-', '--stdin-name', 'x.yaml', '-f', 'json'], after)).toEqual(disk);
  });

  it('does not cache what it cannot key: stdin; an unwritable location is a note, not a failure', async () => {
    const repo = join(tmp, 'uncached');
    mkdirSync(repo);
    const text = readFileSync(join(ROOT, 'fixtures', 'incident', 'before.yaml'), 'utf8');
    const a = await cli(repo, ['audit', '-', '--cache'], text);
    expect(a.code).toBe(1);
    expect(existsSync(join(repo, '.leastpriv-cache'))).toBe(false);
    writeFileSync(join(repo, 'x.yaml'), text);
    writeFileSync(join(repo, 'blocker'), '');
    const b = await cli(repo, ['audit', 'x.yaml', '--cache', '--cache-location', 'blocker/c']);
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/cannot use .*blocker.c as the cache folder/);
    expect(statSync(join(repo, 'blocker')).isFile()).toBe(true);
  });
});
