/**
 * What `leastpriv audit` loads before it reads a file (bench/RESULTS.md, finding 10): walked in the
 * built dist/, from dist/cli.js through the audit command's chunk and every static import. ajv must
 * not be bundled at all (the schema validators are generated at build time, scripts/validators.mjs),
 * and neither node:crypto (fingerprints use src/engine/sha256.ts) nor the `yaml` package (loaded on
 * first use, src/input/yaml-lib.ts) may be imported on the way. No timing here: benchmarks are
 * separate (`npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '..', 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** Files and built-ins reached from `start` through static `import … from` statements. */
function staticClosure(start: string): { files: Set<string>; builtins: Set<string> } {
  const files = new Set<string>();
  const builtins = new Set<string>();
  const todo = [start];
  while (todo.length) {
    const f = todo.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    for (const m of readFileSync(f, 'utf8').matchAll(/^import\s[^;]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('node:')) builtins.add(spec);
      else todo.push(join(dirname(f), spec));
    }
  }
  return { files, builtins };
}

describe('the audit command at startup', () => {
  const cli = join(DIST, 'cli.js');
  const auditChunk = /import\("\.\/(chunks\/audit-[A-Z0-9]+\.js)"\)/.exec(readFileSync(cli, 'utf8'))?.[1];

  it('is found in dist/cli.js as a chunk loaded on demand', () => {
    expect(auditChunk).toBeDefined();
  });

  it('imports neither node:crypto nor the yaml package, and ajv is in no part of dist/', () => {
    const a = staticClosure(cli);
    const b = staticClosure(join(DIST, auditChunk!));
    const files = [...a.files, ...b.files];
    expect([...a.builtins, ...b.builtins]).not.toContain('node:crypto');
    // esbuild marks each bundled package file with a `// node_modules/<pkg>/…` comment.
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/^\/\/ node_modules\/yaml\//m);
    for (const f of walk(DIST).filter((p) => /\.[cm]?js$/.test(p))) expect(readFileSync(f, 'utf8'), f).not.toMatch(/^\/\/ node_modules\/(ajv|fast-uri|json-schema-traverse)\//m);
  });

  it('imports neither node:child_process nor node:worker_threads (git and kustomize load them when they run)', () => {
    const a = staticClosure(cli);
    const b = staticClosure(join(DIST, auditChunk!));
    for (const m of ['node:child_process', 'node:worker_threads']) expect([...a.builtins, ...b.builtins]).not.toContain(m);
  });

  it('loads neither, nor makes a render folder, when auditing a file without kustomizations; one with a kustomization renders as before', () => {
    // (the built CLI in a child process, reporting the built-in modules it loaded and the folders mkdtemp made)
    const probe = (file: string) => {
      const script = `
        const fs = require('node:fs');
        const made = [];
        const mkdtemp = fs.mkdtempSync;
        fs.mkdtempSync = (...a) => { const d = mkdtemp(...a); made.push(d); return d; };
        process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify({ modules: process.moduleLoadList.filter((m) => /child_process|worker_threads/.test(m)), made })));
        process.argv = [process.argv[0], ${JSON.stringify(join(DIST, '..', 'bin', 'leastpriv.js'))}, 'audit', '--format', 'json', ${JSON.stringify(file)}];
        import(process.argv[1]);`;
      const r = spawnSync(process.execPath, ['-e', script], { cwd: join(DIST, '..'), encoding: 'utf8' });
      const m = /\nLOADED (.*)$/.exec(r.stderr);
      expect(m, r.stderr).not.toBeNull();
      return { status: r.status, stdout: r.stdout, ...(JSON.parse(m![1]!) as { modules: string[]; made: string[] }) };
    };
    const plain = probe('fixtures/rules/cluster-admin-binding.yaml');
    expect(plain.status).toBe(1);
    expect(JSON.parse(plain.stdout).findings.length).toBeGreaterThan(0);
    expect(plain.modules).toEqual([]);
    expect(plain.made).toEqual([]);
    // (the render is planned and run, whether or not kubectl is installed here: LP020 then)
    const rendered = probe('fixtures/kustomize/overlays');
    expect(rendered.made.length).toBeGreaterThan(0);
    expect(rendered.modules.some((m) => m.includes('worker_threads'))).toBe(true);
    for (const d of rendered.made) expect(() => statSync(d)).toThrow();
  });
});
