/**
 * What a run of the built CLI (bin/leastpriv.js → dist/cli/leastpriv.cjs) initialized: the bundle's
 * modules whose top level ran, from V8's coverage (NODE_V8_COVERAGE). esbuild puts each module
 * reached only through `import()` in a function named by its path, run on first import: a module
 * whose function never ran was never initialized. No timing here: benchmarks are separate.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'leastpriv.js');
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli', 'leastpriv.cjs');

interface Coverage {
  result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[];
}

/** Runs the CLI with `args` in `cwd` (code cache off); returns its exit status and the modules of the bundle that ran. */
export function modulesRun(args: string[], cwd = ROOT): { status: number | null; stdout: string; modules: Set<string> } {
  const dir = mkdtempSync(join(tmpdir(), 'leastpriv-coverage-'));
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NODE_V8_COVERAGE: dir, LEASTPRIV_CODE_CACHE: '0' } });
    const modules = new Set<string>();
    let seen = false;
    for (const f of readdirSync(dir)) {
      const cov = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Coverage;
      for (const script of cov.result) {
        if (!script.url.endsWith('/dist/cli/leastpriv.cjs')) continue;
        seen = true;
        for (const fn of script.functions) if (/^(src|rules|node_modules|schema)\//.test(fn.functionName) && fn.ranges[0]!.count > 0) modules.add(fn.functionName);
      }
    }
    if (!seen) throw new Error(`no coverage of dist/cli/leastpriv.cjs (exit ${r.status}): ${r.stderr}`);
    return { status: r.status, stdout: r.stdout, modules };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
