/**
 * The render cache (src/cache/render.ts, src/render/inputs.ts): a root's kustomize output is reused
 * only when everything kustomize reads for it is what it was.
 *
 * Differential: a repository of the kustomize fixture trees (overlays with a base and a component,
 * a root with configMapGenerator env and `key=path` files, batched roots, a root kustomize refuses,
 * Flux roots) goes through every kind of step, in a seeded random order with random details — edits to a base file, a strategic-merge patch file,
 * a generator's env and data files, a component, a Flux path's manifest and a Flux Kustomization,
 * kustomizations removed, restored and added, a base renamed away and back, and damage to render
 * entries. After every step the same commands run with --no-cache and twice with --cache (the
 * second reading what the first stored): the whole repository, and `overlays/overlays` alone (its
 * base and component are outside the audited folder, reached through `../`), as JSON and as text;
 * stdout and exit code must be the same byte for byte; a `--context` run too (its runs' results are
 * cached, keyed on the renders). Then: a stored render rewritten with a valid
 * checksum is what a cached run prints (hits are used), and roots whose inputs cannot be known
 * (remote base, helm, plugins, missing file, secretGenerator reading files, a kustomize that is a
 * script) are never stored. Skipped, with the reason, when kubectl is absent.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.ts';
import { CacheStore } from '../src/cache/store.ts';
import { InputHasher, rootInputs } from '../src/render/inputs.ts';
import { kustomizeIdentity } from '../src/cache/render.ts';
import { plainKubectl } from './support/kubectl-path.ts';

const ROOT = join(import.meta.dirname, '..');
const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
if (!kubectl) console.warn('render-cache.test: kubectl is not installed; the render cache is not tested');

const tmp = mkdtempSync(join(tmpdir(), 'leastpriv-render-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// (the Cloud SDK's kubectl dispatcher is never cached: the tests that count hits run the kubectl it would run)
const dispatcher = kubectl ? plainKubectl(tmp) : undefined;

let seed = 20;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T,>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;

async function cli(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd, env: {}, isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

const renderDir = (repo: string) => join(repo, '.leastpriv-cache', 'render');
const entries = (repo: string) => (existsSync(renderDir(repo)) ? readdirSync(renderDir(repo)).filter((n) => n.endsWith('.bin')) : []);

function makeRepo(name: string): string {
  const repo = join(tmp, name);
  for (const d of ['overlays', 'batch']) cpSync(join(ROOT, 'fixtures', 'kustomize', d), join(repo, d), { recursive: true });
  const gen = join(repo, 'overlays', 'overlays', 'gen');
  mkdirSync(gen, { recursive: true });
  writeFileSync(
    join(gen, 'kustomization.yaml'),
    'namespace: gen\nresources:\n- ../../base\nconfigMapGenerator:\n- name: settings\n  envs:\n  - app.env\n  files:\n  - conf=settings.conf\n',
  );
  writeFileSync(join(gen, 'app.env'), 'MODE=fast\nLEVEL=3\n');
  writeFileSync(join(gen, 'settings.conf'), 'debug = false\n');
  return repo;
}

/** Appends a line, or flips the first true/false, in a file. */
function edit(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (rand() < 0.5 && /\b(true|false)\b/.test(text)) {
    writeFileSync(file, text.replace(/\b(true|false)\b/, (b) => (b === 'true' ? 'false' : 'true')));
    return 'flipped a boolean in';
  }
  // (a line inserted at the top: every later position moves)
  writeFileSync(file, file.endsWith('.env') ? `${text}EXTRA${Math.floor(rand() * 100)}=x\n` : `# edited ${Math.floor(rand() * 100)}\n${text}`);
  return 'inserted a line in';
}

/** One random change to the repository; returns what it did (for the failure message). */
function step(repo: string, op: number): string {
  const at = (...p: string[]) => join(repo, ...p);
  switch (op) {
    case 0:
      return `${edit(at('overlays', 'base', pick(['deploy.yaml', 'rbac.yaml'])))} the base`;
    case 1:
      return `${edit(at('overlays', 'overlays', 'prod', 'debug-patch.yaml'))} a patch file`;
    case 2:
      return `${edit(at('overlays', 'overlays', 'gen', pick(['app.env', 'settings.conf'])))} a generator input`;
    case 3:
      return `${edit(at('overlays', 'components', 'host-network', 'kustomization.yaml'))} the component`;
    case 4: {
      const k = at('overlays', 'overlays', 'staging', 'kustomization.yaml');
      if (existsSync(k)) renameSync(k, `${k}.off`);
      else renameSync(`${k}.off`, k);
      return `${existsSync(k) ? 'restored' : 'removed'} staging's kustomization`;
    }
    case 5: {
      const d = at('extra');
      if (existsSync(d)) {
        rmSync(d, { recursive: true });
        return 'removed the extra root';
      }
      mkdirSync(d);
      writeFileSync(join(d, 'kustomization.yaml'), 'namePrefix: x-\nresources:\n- pod.yaml\n- ../overlays/base\n');
      writeFileSync(join(d, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext: {privileged: true}\n');
      return 'added a root';
    }
    case 6: {
      const f = pick([at('batch', 'clusters', 'apps.yaml'), ...readdirSync(at('batch', 'flux', 'one')).map((n) => at('batch', 'flux', 'one', n))]);
      if (f.endsWith('apps.yaml')) {
        writeFileSync(f, readFileSync(f, 'utf8').replace(/targetNamespace: (\w+)/, (_, ns: string) => `targetNamespace: ${ns}x`));
        return 'changed a Flux targetNamespace';
      }
      return `${edit(f)} a Flux path's manifest`;
    }
    case 7: {
      const f = at('overlays', 'base', 'rbac.yaml');
      if (existsSync(f)) renameSync(f, `${f}.away`);
      else renameSync(`${f}.away`, f);
      return `${existsSync(f) ? 'restored' : 'renamed away'} a base file`;
    }
    default: {
      const names = entries(repo);
      if (!names.length) return 'no change';
      const e = join(renderDir(repo), pick(names));
      const raw = readFileSync(e);
      const how = Math.floor(rand() * 4);
      if (how === 0) writeFileSync(e, raw.subarray(0, Math.floor(raw.length * rand())));
      else if (how === 1) {
        const i = Math.floor(rand() * raw.length);
        raw[i] = raw[i]! ^ 0x5a;
        writeFileSync(e, raw);
      } else if (how === 2) writeFileSync(e, 'not a cache entry');
      else writeFileSync(e, Buffer.from(raw.toString('latin1').replace(/^leastpriv-cache \d+/, 'leastpriv-cache 1'), 'latin1'));
      return `damaged a render entry (${['cut', 'flipped', 'garbage', 'old format'][how]})`;
    }
  }
}

describe.skipIf(!kubectl)('the render cache', () => {
  it('gives the same output as --no-cache after every random edit of bases, patches, generator inputs, components, kustomizations and the cache', async () => {
    const repo = makeRepo('differential');
    const log: string[] = [];
    let hits = 0;
    // (one command per step, in turn: whole repository or overlays/overlays, JSON or text)
    const commands = [['audit', '.', '-f', 'json'], ['audit', 'overlays/overlays'], ['audit', '--context', '.', 'overlays/overlays/prod/debug-patch.yaml'], ['audit', '.'], ['audit', 'overlays/overlays', '-f', 'json']];
    // every kind of step, in a seeded order (the removals and the damage come back: undone, again)
    const ops = [0, 1, 2, 3, 4, 5, 6, 7, 8, 8].map((op) => ({ op, r: rand() })).sort((a, b) => a.r - b.r).map((o) => o.op);
    for (let i = 0; i <= ops.length; i++) {
      log.push(i === 0 ? 'start' : step(repo, ops[i - 1]!));
      for (const args of [commands[i % commands.length]!]) {
        const plain = await cli(repo, [...args, '--no-cache']);
        const before = entries(repo).length;
        const cached = await cli(repo, [...args, '--cache']);
        const again = await cli(repo, [...args, '--cache']);
        const where = `after: ${log.join('; ')}; leastpriv ${args.join(' ')}`;
        expect(cached.code, where).toBe(plain.code);
        expect(cached.out, where).toBe(plain.out);
        expect(again.code, where).toBe(plain.code);
        expect(again.out, where).toBe(plain.out);
        // (a damaged entry is named once, by the run that rewrites it)
        expect(again.err, where).toBe(plain.err);
        if (entries(repo).length === before) hits++;
      }
    }
    expect(log.filter((l) => l !== 'no change' && l !== 'start').length).toBeGreaterThan(5);
    expect(entries(repo).length).toBeGreaterThan(6);
    expect(hits).toBeGreaterThan(0);
  }, 240_000);

  it('reads the cache: a stored render rewritten (with a valid checksum) is what a cached run prints', async () => {
    const repo = makeRepo('tamper');
    const plain = await cli(repo, ['audit', 'overlays/overlays', '-f', 'json', '--no-cache']);
    const first = await cli(repo, ['audit', 'overlays/overlays', '-f', 'json', '--cache']);
    expect(first.out).toBe(plain.out);
    const store = new CacheStore(renderDir(repo), () => {});
    let tampered = 0;
    for (const name of entries(repo)) {
      const raw = readFileSync(join(renderDir(repo), name));
      const stored = JSON.parse(gunzipSync(raw.subarray(raw.indexOf(10) + 1)).toString('utf8'));
      if (!stored.ok || !/namespace: prod\b/.test(stored.stdout)) continue;
      stored.stdout = stored.stdout.replace(/namespace: prod\b/g, 'namespace: tampered');
      store.put(name.slice(0, -4), Buffer.from(JSON.stringify(stored)));
      tampered++;
    }
    expect(tampered).toBe(1);
    // (the run's result is cached too, keyed on the same renders: without it, the renders are read)
    const results = readdirSync(join(repo, '.leastpriv-cache')).filter((n) => n.endsWith('.bin'));
    expect(results.length).toBe(1);
    expect((await cli(repo, ['audit', 'overlays/overlays', '-f', 'json', '--cache'])).out).toBe(plain.out);
    unlinkSync(join(repo, '.leastpriv-cache', results[0]!));
    const second = await cli(repo, ['audit', 'overlays/overlays', '-f', 'json', '--cache']);
    expect(second.out).toContain('tampered');
    expect(plain.out).not.toContain('tampered');
    // --no-cache never reads it; an edit of the patch file (outside nothing else) is another key
    expect((await cli(repo, ['audit', 'overlays/overlays', '-f', 'json', '--no-cache'])).out).toBe(plain.out);
    const patch = join(repo, 'overlays', 'overlays', 'prod', 'debug-patch.yaml');
    writeFileSync(patch, `${readFileSync(patch, 'utf8')}\n`);
    expect((await cli(repo, ['audit', 'overlays/overlays', '-f', 'json', '--cache'])).out).not.toContain('tampered');
  }, 60_000);

  it('never stores a root whose inputs cannot be known: remote, helm, plugins, missing files, Secrets from files, a kustomize script', async () => {
    const repo = join(tmp, 'unknowable');
    const roots: Record<string, string> = {
      remote: 'resources:\n- https://github.com/example/repo//base?ref=v1\n',
      helm: 'helmCharts:\n- name: x\n  repo: https://charts.example\n  version: 1.0.0\n',
      plugin: 'transformers:\n- t.yaml\n',
      missing: 'resources:\n- gone.yaml\n',
      secret: 'secretGenerator:\n- name: s\n  envs:\n  - s.env\n',
    };
    for (const [name, k] of Object.entries(roots)) {
      mkdirSync(join(repo, name), { recursive: true });
      writeFileSync(join(repo, name, 'kustomization.yaml'), k);
    }
    writeFileSync(join(repo, 'plugin', 't.yaml'), 'apiVersion: builtin\nkind: LabelTransformer\nmetadata: {name: t}\nlabels: {a: b}\nfieldSpecs: [{path: metadata/labels, create: true}]\n');
    writeFileSync(join(repo, 'secret', 's.env'), 'TOKEN=hunter2\n');
    const plain = await cli(repo, ['audit', '.', '--no-cache']);
    expect((await cli(repo, ['audit', '.', '--cache'])).out).toBe(plain.out);
    expect(entries(repo)).toEqual([]);
    // the same tree with a root that can be known: that one only
    mkdirSync(join(repo, 'known'));
    writeFileSync(join(repo, 'known', 'kustomization.yaml'), 'resources: [cm.yaml]\n');
    writeFileSync(join(repo, 'known', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    await cli(repo, ['audit', '.', '--cache']);
    expect(entries(repo).length).toBe(1);
    // no stored render holds the Secret's value
    for (const n of entries(repo)) expect(gunzipSync(readFileSync(join(renderDir(repo), n)).subarray(readFileSync(join(renderDir(repo), n)).indexOf(10) + 1)).toString()).not.toContain(Buffer.from('hunter2').toString('base64'));
    // a kustomize that is a script runs whatever it names: not cached
    const bin = join(tmp, 'script-bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'kubectl'), '#!/bin/sh\nexec kubectl "$@"\n');
    chmodSync(join(bin, 'kubectl'), 0o755);
    rmSync(join(repo, '.leastpriv-cache'), { recursive: true });
    const viaScript = await cli(repo, ['audit', 'known', '--cache', '--kustomize-command', join(bin, 'kubectl')]);
    expect(viaScript.out).toBe((await cli(repo, ['audit', 'known', '--no-cache'])).out);
    expect(entries(repo)).toEqual([]);
  }, 60_000);

  it('hits for a root whose folder holds cache folders and .git (they are no input)', async () => {
    const repo = join(tmp, 'top');
    mkdirSync(repo);
    writeFileSync(join(repo, 'kustomization.yaml'), 'namePrefix: t-\nresources: [cm.yaml]\n');
    writeFileSync(join(repo, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    mkdirSync(join(repo, '.git'));
    writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    const plain = await cli(repo, ['audit', '.', '--no-cache']);
    expect((await cli(repo, ['audit', '.', '--cache'])).out).toBe(plain.out);
    expect(entries(repo).length).toBe(1);
    writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/other\n');
    // another tool's cache folder appears (tagged as such: bford.info/cachedir)
    mkdirSync(join(repo, 'tool-cache'));
    writeFileSync(join(repo, 'tool-cache', 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n');
    writeFileSync(join(repo, 'tool-cache', 'blob'), String(Math.random()));
    // (the result entry removed: the render entry is what the run finds)
    for (const n of readdirSync(join(repo, '.leastpriv-cache')).filter((x) => x.endsWith('.bin'))) unlinkSync(join(repo, '.leastpriv-cache', n));
    expect((await cli(repo, ['audit', '.', '--cache'])).out).toBe(plain.out);
    expect(entries(repo).length).toBe(1);
  });

  it('hits for a root whose cache folder is a link to one elsewhere (the link is no input either)', async () => {
    const repo = join(tmp, 'linked-cache');
    mkdirSync(repo);
    writeFileSync(join(repo, 'kustomization.yaml'), 'namePrefix: t-\nresources: [cm.yaml]\n');
    writeFileSync(join(repo, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    mkdirSync(join(tmp, 'linked-cache-folder'));
    symlinkSync(join(tmp, 'linked-cache-folder'), join(repo, '.leastpriv-cache'));
    const plain = await cli(repo, ['audit', '.', '--no-cache']);
    // (the first run finds the folder not yet tagged as a cache: the runs after it are keyed alike)
    expect((await cli(repo, ['audit', '.', '--cache'])).out).toBe(plain.out);
    expect((await cli(repo, ['audit', '.', '--cache'])).out).toBe(plain.out);
    const stored = entries(repo).length;
    for (let i = 0; i < 2; i++) expect((await cli(repo, ['audit', '.', '--cache'])).out).toBe(plain.out);
    // (found, not stored again under a new key made of the entries written meanwhile)
    expect(entries(repo).length).toBe(stored);
  });

  it('keys a rendered run on what the planning read outside the files: the git remote that makes a Flux source this repository', async () => {
    const repo = join(tmp, 'flux-remote');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'app'));
    const remote = (url: string) => writeFileSync(join(repo, '.git', 'config'), `[remote "origin"]\n\turl = ${url}\n`);
    remote('https://github.com/example/fleet.git');
    writeFileSync(
      join(repo, 'ks.yaml'),
      'apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata: {name: fleet, namespace: flux-system}\nspec: {url: "https://github.com/example/fleet"}\n---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: app, namespace: flux-system}\nspec:\n  path: ./app\n  targetNamespace: apps\n  sourceRef: {kind: GitRepository, name: fleet}\n',
    );
    writeFileSync(join(repo, 'app', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext: {privileged: true}\n');
    const first = await cli(repo, ['audit', '.', '-f', 'json', '--cache']);
    expect(first.out).toBe((await cli(repo, ['audit', '.', '-f', 'json', '--no-cache'])).out);
    expect(first.out).toContain('"apps"');
    // another remote: the source is not this repository, the Kustomization is not rendered
    remote('https://github.com/example/other.git');
    const plain = await cli(repo, ['audit', '.', '-f', 'json', '--no-cache']);
    expect(plain.out).not.toBe(first.out);
    expect((await cli(repo, ['audit', '.', '-f', 'json', '--cache'])).out).toBe(plain.out);
  }, 30_000);

  it("takes kustomize's identity from its executable: not from a script or a launcher of another name", () => {
    const dir = join(tmp, 'identity');
    mkdirSync(dir);
    const real = ['/usr/bin/true', '/bin/true'].find((f) => existsSync(f));
    if (!real) return console.warn('render-cache.test: no /usr/bin/true to stand for a binary; identity not tested');
    cpSync(realpathSync(real), join(dir, 'kubectl-1.32'));
    symlinkSync(join(dir, 'kubectl-1.32'), join(dir, 'kubectl'));
    symlinkSync(realpathSync(real), join(dir, 'launcher-kubectl'));
    writeFileSync(join(dir, 'script-kubectl'), '#!/bin/sh\nexec kubectl "$@"\n');
    chmodSync(join(dir, 'script-kubectl'), 0o755);
    const id = kustomizeIdentity(join(dir, 'kubectl'));
    expect(id).toContain(join(dir, 'kubectl-1.32'));
    expect(kustomizeIdentity(join(dir, 'launcher-kubectl'))).toBeUndefined();
    expect(kustomizeIdentity(join(dir, 'script-kubectl'))).toBeUndefined();
    // a version dispatcher (kubectl with kubectl.<major>.<minor> beside it or in clibin/) runs one
    // of those, picked by the cluster's version; a versioned one run directly is itself
    for (const [sub, at] of [['dispatcher', ''], ['dispatcher-clibin', 'clibin']] as const) {
      mkdirSync(join(dir, sub, at), { recursive: true });
      cpSync(realpathSync(real), join(dir, sub, 'kubectl'));
      cpSync(realpathSync(real), join(dir, sub, at, 'kubectl.1.27'));
      expect(kustomizeIdentity(join(dir, sub, 'kubectl')), sub).toBeUndefined();
    }
    expect(kustomizeIdentity(join(dir, 'dispatcher', 'kubectl.1.27'))).toContain(join(dir, 'dispatcher', 'kubectl.1.27'));
  });

  it('keys a kustomization reached through a linked folder on the files kustomize reads: its paths are relative to the real folder', async () => {
    // prod/app is a link to staging/app; kustomize roots a kustomization at its real folder, so
    // prod/app's `../base` is staging/base (kubectl kustomize prod/app renders staging/base's pod),
    // not prod/base
    const repo = join(tmp, 'linked-root');
    const pod = (privileged: boolean) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext: {privileged: ${privileged}}\n`;
    for (const env of ['staging', 'prod']) {
      mkdirSync(join(repo, env, 'base'), { recursive: true });
      writeFileSync(join(repo, env, 'base', 'kustomization.yaml'), 'resources:\n- pod.yaml\n');
      writeFileSync(join(repo, env, 'base', 'pod.yaml'), pod(env === 'staging'));
    }
    mkdirSync(join(repo, 'staging', 'app'));
    writeFileSync(join(repo, 'staging', 'app', 'kustomization.yaml'), 'resources:\n- ../base\n');
    symlinkSync(join('..', 'staging', 'app'), join(repo, 'prod', 'app'));
    for (const format of ['json', 'text']) {
      writeFileSync(join(repo, 'staging', 'base', 'pod.yaml'), pod(true));
      await cli(repo, ['audit', '.', '-f', format, '--cache']);
      writeFileSync(join(repo, 'staging', 'base', 'pod.yaml'), pod(false));
      const plain = await cli(repo, ['audit', '.', '-f', format, '--no-cache']);
      const cached = await cli(repo, ['audit', '.', '-f', format, '--cache']);
      expect(cached.code, format).toBe(plain.code);
      expect(cached.out, format).toBe(plain.out);
    }
  });

  it("keys a linked file on where it leads: kustomize refuses a file whose real path is outside the root", async () => {
    // app/pod.yaml links to ../shared/pod.yaml, and shared to app/sub (inside the root) or to
    // elsewhere (outside: "security; file ... is not in or below"): the same link, the same bytes
    const repo = join(tmp, 'relinked');
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext: {privileged: true}\n';
    mkdirSync(join(repo, 'app', 'sub'), { recursive: true });
    mkdirSync(join(repo, 'elsewhere'));
    writeFileSync(join(repo, 'app', 'sub', 'pod.yaml'), pod);
    writeFileSync(join(repo, 'elsewhere', 'pod.yaml'), pod);
    writeFileSync(join(repo, 'app', 'kustomization.yaml'), 'resources:\n- pod.yaml\n');
    symlinkSync(join('..', 'shared', 'pod.yaml'), join(repo, 'app', 'pod.yaml'));
    for (const format of ['json', 'text']) {
      rmSync(join(repo, 'shared'), { force: true });
      symlinkSync(join('app', 'sub'), join(repo, 'shared'));
      await cli(repo, ['audit', '.', '-f', format, '--cache']);
      rmSync(join(repo, 'shared'));
      symlinkSync('elsewhere', join(repo, 'shared'));
      const plain = await cli(repo, ['audit', '.', '-f', format, '--no-cache']);
      expect(plain.out, format).toMatch(/is not in or below/);
      const cached = await cli(repo, ['audit', '.', '-f', format, '--cache']);
      expect(cached.code, format).toBe(plain.code);
      expect(cached.out, format).toBe(plain.out);
    }
  });

  it("keys kubectl's renders on its user preferences (kuberc), whose defaults apply to kubectl kustomize", async () => {
    // (kubectl 1.33 reads ~/.kube/kuberc with KUBECTL_KUBERC=true, 1.34+ by default, or $KUBERC;
    // an override of kustomize's --load-restrictor lets a root read ../ files)
    const minor = (k: string) => Number(/"minor":\s*"(\d+)/.exec(spawnSync(k, ['version', '--client', '-o', 'json'], { encoding: 'utf8', env: { ...process.env, KUBECONFIG: '/dev/null' } }).stdout ?? '')?.[1] ?? 0);
    const candidates = [...(process.env.PATH ?? '').split(':').map((d) => join(d || '.', 'kubectl')), ...(dispatcher ? [join(dirname(dispatcher), 'kubectl.1.33')] : [])];
    const real = candidates.find((k) => existsSync(k) && k !== dispatcher && minor(k) >= 33);
    if (!real) return console.warn('render-cache.test: no kubectl 1.33+ (kuberc); its preferences are not tested');
    const bin = join(tmp, 'kuberc-bin');
    mkdirSync(bin);
    symlinkSync(realpathSync(real), join(bin, 'kubectl'));
    const repo = join(tmp, 'kuberc');
    mkdirSync(join(repo, 'app'), { recursive: true });
    writeFileSync(join(repo, 'app', 'kustomization.yaml'), 'resources:\n- ../pod.yaml\n');
    writeFileSync(join(repo, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext: {privileged: true}\n');
    const home = join(tmp, 'kuberc-home');
    mkdirSync(join(home, '.kube'), { recursive: true });
    const kuberc = join(home, '.kube', 'kuberc');
    const preferences = (restrictor: string) =>
      writeFileSync(kuberc, `apiVersion: kubectl.config.k8s.io/v1alpha1\nkind: Preference\noverrides:\n- command: kustomize\n  flags:\n  - name: load-restrictor\n    default: ${restrictor}\n`);
    const was = { HOME: process.env.HOME, KUBERC: process.env.KUBERC, KUBECTL_KUBERC: process.env.KUBECTL_KUBERC };
    process.env.HOME = home;
    delete process.env.KUBERC;
    process.env.KUBECTL_KUBERC = 'true';
    try {
      const args = ['audit', 'app', '-f', 'json', '--kustomize-command', join(bin, 'kubectl')];
      preferences('LoadRestrictionsRootOnly');
      const before = await cli(repo, [...args, '--cache']);
      preferences('LoadRestrictionsNone');
      const plain = await cli(repo, [...args, '--no-cache']);
      expect(plain.out).not.toBe(before.out);
      const cached = await cli(repo, [...args, '--cache']);
      expect(cached.code).toBe(plain.code);
      expect(cached.out).toBe(plain.out);
    } finally {
      for (const [k, v] of Object.entries(was)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('takes kustomize from where the render finds it: an empty PATH entry is the working folder', async () => {
    // (PATH=":$PATH", an empty entry, is the working folder to execvp and so to Node's execFile; a
    // repository's own ./kubectl, a wrapper script, is then what renders)
    const real = (process.env.PATH ?? '').split(':').map((d) => join(d, 'kubectl')).find((p) => p !== 'kubectl' && existsSync(p))!;
    const repo = join(tmp, 'path-cwd');
    mkdirSync(join(repo, 'app'), { recursive: true });
    writeFileSync(join(repo, 'app', 'kustomization.yaml'), 'resources:\n- pod.yaml\n');
    writeFileSync(join(repo, 'app', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext: {privileged: true}\n');
    const wrapper = (sed: string) => {
      writeFileSync(join(repo, 'kubectl'), `#!/bin/sh\n"${real}" "$@" | sed '${sed}'\n`);
      chmodSync(join(repo, 'kubectl'), 0o755);
    };
    const was = { path: process.env.PATH, cwd: process.cwd() };
    process.env.PATH = `:${was.path}`;
    process.chdir(repo);
    try {
      wrapper('s/privileged: true/privileged: true/');
      await cli(repo, ['audit', 'app', '-f', 'json', '--cache']);
      wrapper('s/privileged: true/privileged: false/');
      const plain = await cli(repo, ['audit', 'app', '-f', 'json', '--no-cache']);
      const cached = await cli(repo, ['audit', 'app', '-f', 'json', '--cache']);
      expect(cached.code).toBe(plain.code);
      expect(cached.out).toBe(plain.out);
      // (a binary found there is kustomize's identity: by its real path in the working folder)
      const bin = ['/usr/bin/true', '/bin/true'].find((f) => existsSync(f));
      if (bin) {
        mkdirSync(join(repo, 'other'));
        cpSync(realpathSync(bin), join(repo, 'other', 'kubectl'));
        process.chdir(join(repo, 'other'));
        expect(kustomizeIdentity('kubectl')).toContain(join(realpathSync(repo), 'other', 'kubectl'));
      }
    } finally {
      process.chdir(was.cwd);
      process.env.PATH = was.path;
    }
  });

  it("never caches the renders of the Cloud SDK's kubectl, which runs the kubectl of the cluster's version", async () => {
    if (!dispatcher) return console.warn('render-cache.test: kubectl is not the Cloud SDK dispatcher; its renders are not tested');
    // the dispatcher, with a kubectl.1.27 beside it that renders otherwise (as another kustomize version may)
    const bin = join(tmp, 'gcloud-bin');
    mkdirSync(bin);
    cpSync(dispatcher, join(bin, 'kubectl'));
    writeFileSync(join(bin, 'kubectl.1.27'), `#!/bin/sh\n"${join(dirname(dispatcher), 'kubectl.1.32')}" "$@" | sed 's/privileged: true/privileged: false/'\n`);
    chmodSync(join(bin, 'kubectl.1.27'), 0o755);
    // a cluster that says it runs 1.27 (a child process: a render blocks this one)
    const server = spawn(process.execPath, ['-e', "require('http').createServer((q,s)=>{s.setHeader('content-type','application/json');s.end(JSON.stringify({major:'1',minor:'27',gitVersion:'v1.27.3'}))}).listen(0,'127.0.0.1',function(){console.log(this.address().port)})"]);
    const port = await new Promise<string>((res) => server.stdout.once('data', (d) => res(String(d).trim())));
    const kubeconfig = join(tmp, 'kubeconfig-1.27');
    writeFileSync(kubeconfig, `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: "http://127.0.0.1:${port}"}\ncontexts:\n- name: c\n  context: {cluster: c, user: u}\ncurrent-context: c\nusers:\n- name: u\n  user: {}\n`);
    const repo = join(tmp, 'dispatched');
    mkdirSync(join(repo, 'app'), { recursive: true });
    writeFileSync(join(repo, 'app', 'kustomization.yaml'), 'resources:\n- pod.yaml\n');
    writeFileSync(join(repo, 'app', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext: {privileged: true}\n');
    const was = process.env.KUBECONFIG;
    try {
      for (const format of ['json', 'text', 'sarif']) {
        const args = ['audit', '.', '-f', format, '--kustomize-command', join(bin, 'kubectl')];
        // no cluster: the dispatcher runs the kubectl it carries; then the kubeconfig names a 1.27 cluster
        process.env.KUBECONFIG = join(tmp, 'no-kubeconfig');
        const before = await cli(repo, [...args, '--cache']);
        process.env.KUBECONFIG = kubeconfig;
        const plain = await cli(repo, [...args, '--no-cache']);
        expect(plain.out, format).not.toBe(before.out);
        const cached = await cli(repo, [...args, '--cache']);
        expect(cached.code, format).toBe(plain.code);
        expect(cached.out, format).toBe(plain.out);
      }
      expect(entries(repo)).toEqual([]);
    } finally {
      if (was === undefined) delete process.env.KUBECONFIG;
      else process.env.KUBECONFIG = was;
      server.kill();
    }
  }, 60_000);

  it('keys a root on every file it reaches: bases and files through ../, generator inputs, components; not on unrelated files', () => {
    const repo = makeRepo('inputs');
    const wrapper = join(tmp, 'wrapper-inputs');
    mkdirSync(wrapper);
    const gen = join(repo, 'overlays', 'overlays', 'gen');
    const prod = join(repo, 'overlays', 'overlays', 'prod');
    const key = (dir: string) => {
      writeFileSync(join(wrapper, 'kustomization.yaml'), JSON.stringify({ resources: [relative(wrapper, dir)] }));
      const r = rootInputs(join(wrapper, 'kustomization.yaml'), wrapper, new InputHasher());
      if ('uncached' in r) throw new Error(r.uncached);
      return r.lines.join('\n');
    };
    const g0 = key(gen);
    const p0 = key(prod);
    expect(g0).toContain(join(repo, 'overlays', 'base'));
    expect(p0).toContain(join(repo, 'overlays', 'components', 'host-network'));
    writeFileSync(join(gen, 'app.env'), 'MODE=slow\n');
    expect(key(gen)).not.toBe(g0);
    expect(key(prod)).toBe(p0);
    writeFileSync(join(repo, 'overlays', 'components', 'host-network', 'kustomization.yaml'), readFileSync(join(repo, 'overlays', 'components', 'host-network', 'kustomization.yaml'), 'utf8').replace('true', 'false'));
    expect(key(prod)).not.toBe(p0);
    const p1 = key(prod);
    writeFileSync(join(repo, 'batch', 'apps', 'a', 'deploy.yaml'), '# unrelated\n');
    expect(key(prod)).toBe(p1);
    unlinkSync(join(repo, 'overlays', 'overlays', 'prod', 'debug-patch.yaml'));
    expect(() => key(prod)).toThrow(/names nothing on disk/);
  });
});
