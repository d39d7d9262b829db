/**
 * dist/ (the CLI and the GitHub Action bundle) is committed, because GitHub runs an action straight
 * from the repository. It must be exactly what `npm run build` makes from the current sources:
 * rebuilt in memory, byte for byte, and — in a git checkout — committed (or at least staged) as built.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs build script without type declarations
import { buildDist, OUTDIR, ROOT } from '../scripts/bundle.mjs';

const DIST = join(ROOT as string, OUTDIR as string);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

async function buildInMemory(): Promise<Map<string, string>> {
  return (await buildDist()) as Map<string, string>;
}

describe('dist/', () => {
  it('is what the build makes from the current sources (run `npm run build` and commit dist/)', async () => {
    const fresh = await buildInMemory();
    const onDisk = new Map(walk(DIST).map((p) => [relative(DIST, p), readFileSync(p, 'utf8')]));
    expect([...onDisk.keys()].sort(), 'dist/ files differ from a fresh build: run npm run build').toEqual([...fresh.keys()].sort());
    for (const [name, text] of fresh) expect(onDisk.get(name) === text, `dist/${name} is stale: run npm run build`).toBe(true);
  });

  it('builds deterministically', async () => {
    const a = await buildInMemory();
    const b = await buildInMemory();
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('is committed as built (no unstaged or untracked changes under dist/)', () => {
    let status: string;
    try {
      execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, stdio: 'pipe' });
      status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', OUTDIR], { cwd: ROOT, encoding: 'utf8' });
    } catch {
      console.warn('dist.test: not a git checkout; skipping the committed-dist check');
      return;
    }
    // Staged changes (first column) are fine: they will be committed. Unstaged ones or untracked files are not.
    const problems = status.split('\n').filter((l) => l && (l[1] !== ' ' || l.startsWith('??')));
    expect(problems, 'dist/ differs from what git has: git add dist/ (and commit it with your change)').toEqual([]);
  });
});
