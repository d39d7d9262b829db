/**
 * What `leastpriv audit` loads before it reads a file (bench/RESULTS.md, findings 10 and 23), in the
 * built CLI: dist/cli/leastpriv.cjs, one CommonJS bundle (scripts/bundle.mjs) whose modules reached
 * through `import()` run on first import. ajv must not be bundled at all (the schema validators are
 * generated at build time, scripts/validators.mjs), nor the `yaml` package into the CLI (loaded on
 * first use from dist/cli/yaml.cjs, src/input/yaml-lib.ts); a one-file audit loads neither it nor
 * node:crypto (fingerprints use src/engine/sha256.ts), node:child_process or node:worker_threads
 * (git and kustomize load them when they run). No timing here: benchmarks are separate (`npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CLI_BUNDLE, modulesRun, ROOT } from './support/cli-modules.ts';

const DIST = join(ROOT, 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

describe('the audit command at startup', () => {
  it('bundles neither the yaml package into the CLI nor ajv into any part of dist/', () => {
    // esbuild marks each bundled package file with a `// node_modules/<pkg>/…` comment.
    expect(readFileSync(CLI_BUNDLE, 'utf8')).not.toMatch(/^\/\/ node_modules\/yaml\//m);
    for (const f of walk(DIST).filter((p) => /\.[cm]?js$/.test(p))) expect(readFileSync(f, 'utf8'), f).not.toMatch(/^\/\/ node_modules\/(ajv|fast-uri|json-schema-traverse)\//m);
  });

  it('initializes the engine and the rules only for the audit, and the cache only with --cache', () => {
    const plain = modulesRun(['audit', '--format', 'json', 'fixtures/rules/cluster-admin-binding.yaml']);
    expect(plain.status).toBe(1);
    for (const m of ['src/engine/audit.ts', 'rules/index.ts', 'src/reporters/json.ts']) expect(plain.modules, m).toContain(m);
    expect(plain.modules).not.toContain('src/cache/memo.ts');
    expect(plain.modules).not.toContain('src/fix/apply.ts');
  });

  it('loads neither node:child_process, node:worker_threads nor the yaml package, nor makes a render folder, when auditing a file without kustomizations, and node:crypto only for fingerprints; one with a kustomization renders as before', () => {
    // (the built CLI in a child process as bin/leastpriv.js runs it, with a preloaded script reporting
    // the built-in modules it loaded, whether yaml.cjs was required, and the folders mkdtemp made)
    const dir = mkdtempSync(join(tmpdir(), 'lp-startup-'));
    const preload = join(dir, 'probe.cjs');
    writeFileSync(
      preload,
      `
      const fs = require('node:fs');
      const made = [];
      const mkdtemp = fs.mkdtempSync;
      fs.mkdtempSync = (...a) => { const d = mkdtemp(...a); made.push(d); return d; };
      process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify({ modules: process.moduleLoadList.filter((m) => /^NativeModule (crypto|child_process|worker_threads)$/.test(m)), yaml: Object.keys(require.cache).some((f) => f.endsWith('yaml.cjs')), made })));`,
    );
    const probe = (file: string) => {
      const r = spawnSync(process.execPath, ['--require', preload, BIN, 'audit', '--format', 'json', file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LEASTPRIV_CODE_CACHE: '0' } });
      const m = /\nLOADED (.*)$/.exec(r.stderr);
      expect(m, r.stderr).not.toBeNull();
      return { status: r.status, stdout: r.stdout, ...(JSON.parse(m![1]!) as { modules: string[]; yaml: boolean; made: string[] }) };
    };
    const plain = probe('fixtures/rules/cluster-admin-binding.yaml');
    expect(plain.status).toBe(1);
    expect(JSON.parse(plain.stdout).findings.length).toBeGreaterThan(0);
    // (node:crypto makes the findings' fingerprints: src/engine/sha256.ts)
    expect(plain.modules).toEqual(['NativeModule crypto']);
    expect(plain.yaml).toBe(false);
    expect(plain.made).toEqual([]);
    // A file without findings hashes nothing.
    const cleanFile = join(dir, 'clean.yaml');
    writeFileSync(cleanFile, 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: settings, namespace: apps }\ndata: { mode: fast }\n');
    const clean = probe(cleanFile);
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout).summary.objects).toBe(1);
    expect(clean.modules).toEqual([]);
    // (the render is planned and run, whether or not kubectl is installed here: LP020 then)
    const rendered = probe('fixtures/kustomize/overlays');
    expect(rendered.made.length).toBeGreaterThan(0);
    expect(rendered.modules).toContain('NativeModule worker_threads');
    for (const d of rendered.made) expect(() => statSync(d)).toThrow();
    // (merge keys are for the `yaml` package: loaded from dist/cli/yaml.cjs beside the bundle)
    const merged = probe('fixtures/input/hostile/merge-keys.yaml');
    expect(merged.yaml).toBe(true);
    expect(JSON.parse(merged.stdout).summary).toBeDefined();
    rmSync(dir, { recursive: true, force: true });
  });
});
