/**
 * The npm package as its users get it: `npm pack`, the tarball installed into a scratch repository of
 * manifests (offline: the package has no runtime dependencies), and `npx leastpriv` run there with no
 * config. Also: package.json fields, a lean startup for --help/--version, and rule helpUris.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.ts';
import { describeRule, REPO_URL } from '../src/engine/registry.ts';
import { modulesRun } from './support/cli-modules.ts';

const ROOT = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'leastpriv-pack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('package.json', () => {
  it('is an ESM package with a bin, files, engines and no runtime dependencies (dist/ is bundled)', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.bin).toEqual({ leastpriv: 'bin/leastpriv.js' });
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist', 'schema', 'rules/*.md', 'README.md']));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(readFileSync(join(ROOT, pkg.bin.leastpriv), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
});

describe('startup', () => {
  it('--help and --version run no engine, rules, YAML parser, schema validator or reporter', () => {
    for (const args of [['--version'], ['--help'], ['audit', '--help']]) {
      const r = modulesRun(args);
      expect(r.status).toBe(0);
      if (args[0] === '--version') expect(r.stdout.trim()).toBe(pkg.version);
      for (const m of r.modules) expect(m, `${m} runs for ${args.join(' ')}`).not.toMatch(/^(src\/engine\/audit\.ts|rules\/|node_modules\/(yaml|ajv|picocolors)\/|src\/reporters\/|src\/config\/config-validator)/);
      // (the CLI's own modules: the option table, usage, the version, the did-you-mean helper)
      expect(r.modules.size, [...r.modules].join(', ')).toBeLessThanOrEqual(6);
    }
  });
});

describe('rule docs', () => {
  it("every rule's helpUri resolves to its doc in the repository", () => {
    for (const r of RULES) {
      const uri = describeRule(r).helpUri;
      const prefix = `${REPO_URL}/blob/main/`;
      expect(uri.startsWith(prefix), uri).toBe(true);
      const path = uri.slice(prefix.length);
      expect(path).toMatch(/^rules\/[a-z0-9-]+\.md$/);
      expect(existsSync(join(ROOT, path)), `${uri} → ${path} does not exist`).toBe(true);
      expect(readFileSync(join(ROOT, path), 'utf8')).toMatch(new RegExp(`^# ${r.meta.name} \\(${r.meta.code}\\)`));
    }
  });
});

describe('npm pack → install → npx', () => {
  it('installs offline from the tarball and audits a repository of manifests with no config', () => {
    const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], ROOT));
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/leastpriv.js', 'bin/package.json', 'dist/cli/launch.cjs', 'dist/cli/leastpriv.cjs', 'dist/cli/yaml.cjs', 'package.json', 'README.md', 'schema/leastpriv-config.schema.json', 'rules/privileged-container.md']));
    expect(files.filter((f) => /^(src|test|fixtures|scripts)\//.test(f) || f.endsWith('.ts'))).toEqual([]);

    const repo = join(scratch, 'cluster-repo');
    mkdirSync(join(repo, 'apps'), { recursive: true });
    writeFileSync(join(repo, 'apps', 'debug.yaml'), readFileSync(join(ROOT, 'examples', 'mcp-homelab.yaml')));
    writeFileSync(join(repo, 'apps', 'ok.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n');
    npm(['install', '--offline', '--no-save', join(scratch, packed[0].filename)], repo);
    expect(existsSync(join(repo, 'node_modules', '.bin', 'leastpriv'))).toBe(true);

    const npx = (...args: string[]) => spawnSync('npx', ['--offline', '--no-install', 'leastpriv', ...args], { cwd: repo, encoding: 'utf8' });
    expect(npx('--version').stdout.trim()).toBe(pkg.version);
    const r = npx();
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('apps/debug.yaml:23:3');
    expect(r.stdout).toMatch(/✖ [1-9]\d* errors?, \d+ warnings?/);
    expect(r.stdout).toContain('privileged-container LP201');
    expect(r.stdout).not.toContain('node_modules');
    // The installed bin (what npx ran), called directly to spare npm's start-up.
    const bin = (...args: string[]) => spawnSync(join(repo, 'node_modules', '.bin', 'leastpriv'), args, { cwd: repo, encoding: 'utf8' });
    expect(bin('rules').stdout).toContain('LP101');
    // explain renders the rule's doc for a terminal; --format markdown gives the file as shipped
    expect(bin('explain', 'LP101').stdout).toMatch(/^exec-subresource-verb-mismatch \(LP101\)\n/);
    expect(bin('explain', 'LP101', '--format', 'markdown').stdout).toMatch(/^# exec-subresource-verb-mismatch \(LP101\)/m);
  });
});
