/**
 * The schema validators under src/ are generated at build time by ajv's standalone mode
 * (scripts/validators.mjs), so that the CLI does not load or run ajv. They must be exactly what the
 * generator makes from the current schemas (committed as made), and they must report the very errors
 * ajv reports at run time with the same options: config errors show the first one to users.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs build script without type declarations
import { generateValidators, VALIDATORS } from '../scripts/validators.mjs';
import configValidator from '../src/config/config-validator.gen.js';
import catalogValidator from '../src/live/probes/catalog-validator.gen.js';

const ROOT = join(import.meta.dirname, '..');
type Spec = { schema: string; out: string; options: Record<string, unknown> };
const specs = VALIDATORS as Spec[];

function runtimeAjv(out: string): ValidateFunction {
  const spec = specs.find((s) => s.out === out)!;
  return new Ajv(spec.options).compile(JSON.parse(readFileSync(join(ROOT, spec.schema), 'utf8')));
}

/** Valid?, and the errors, from a validator. */
function verdict(v: ValidateFunction, data: unknown): { ok: boolean; errors: ErrorObject[] } {
  const ok = v(data);
  return { ok, errors: v.errors ?? [] };
}

describe('generated schema validators', () => {
  it('are what scripts/validators.mjs makes from the current schemas (run `npm run build`)', () => {
    const fresh = generateValidators() as Map<string, string>;
    expect([...fresh.keys()].sort()).toEqual(specs.flatMap((s) => [s.out, s.out.replace(/\.js$/, '.d.ts')]).sort());
    for (const [path, text] of fresh) expect(readFileSync(join(ROOT, path), 'utf8') === text, `${path} is stale: run npm run build`).toBe(true);
    // The code itself never loads ajv (its .d.ts borrows ajv's types only).
    for (const s of specs) expect(readFileSync(join(ROOT, s.out), 'utf8'), s.out).not.toMatch(/\brequire\(|\bimport\b|from ['"]ajv/);
  });

  it('are committed as made (no unstaged or untracked changes)', () => {
    const paths = [...(generateValidators() as Map<string, string>).keys()];
    let status: string;
    try {
      status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...paths], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch {
      console.warn('validators.test: not a git checkout; skipping the committed check');
      return;
    }
    const problems = status.split('\n').filter((l) => l && (l[1] !== ' ' || l.startsWith('??')));
    expect(problems, 'generated validators differ from what git has: git add them').toEqual([]);
  });

  describe('report what ajv reports at run time', () => {
    const config = runtimeAjv('src/config/config-validator.gen.js');
    const catalog = runtimeAjv('src/live/probes/catalog-validator.gen.js');

    it('on hand-picked configs', () => {
      const cases: unknown[] = [
        {},
        { profile: 'pss-restricted', kubeVersion: 'v1.35', failOn: 'none', exclude: ['a/**'], gitignore: false, limits: { maxDepth: 5 } },
        { failOn: 'sometimes' },
        { profile: 'strict' },
        { kubeVersion: '2.0' },
        { rules: { LP201: 'off', 'privileged-container': { severity: 'note', options: {} } } },
        { rules: { LP201: 'loud' } },
        { rules: { LP201: { severity: 'error', extra: 1 } } },
        { rules: { 'Bad Name': 'off' } },
        { limits: { maxFileSize: 0, maxAliasCount: -1, maxDocuments: 1.5, other: 3 } },
        { exclude: 'a', gitignore: 'yes', colour: true },
        [],
        'text',
        null,
      ];
      for (const c of cases) expect(verdict(configValidator, c), JSON.stringify(c)).toEqual(verdict(config, c));
    });

    it('on hand-picked probe catalogs', () => {
      const probe = { id: 'p', description: 'd', target: { selector: { app: 'a' } }, commands: [['true']] };
      const cat = (probes: unknown[], extra = {}) => ({ apiVersion: 'leastpriv.dev/v1alpha1', kind: 'ProbeCatalog', probes, ...extra });
      const cases: unknown[] = [
        cat([probe]),
        cat([probe], { vars: { a: 'b', c: 'x\u0000y' } }),
        cat([{ ...probe, description: '' }]),
        cat([{ ...probe, description: '\u{1F600}' }]),
        cat([{ ...probe, id: 'Bad', target: { selector: {} }, commands: ['dig example.com'] }]),
        cat([{ ...probe, commands: [] }, { ...probe, commands: [[]] }]),
        cat([{ ...probe, timeoutSeconds: 0, expect: { exitCode: 256, stdout: 1 }, exercises: { capabilities: ['net_admin'], hostNetwork: 'y' } }]),
        cat([{ ...probe, target: { selector: { a: 'b' }, maxPods: 0, extra: true } }]),
        { apiVersion: 'v1', kind: 'ConfigMap' },
        null,
      ];
      for (const c of cases) expect(verdict(catalogValidator, c), JSON.stringify(c)).toEqual(verdict(catalog, c));
    });

    it('on any value at any config field (fast-check, fixed seed)', () => {
      const field = fc.constantFrom('profile', 'kubeVersion', 'failOn', 'rules', 'exclude', 'gitignore', 'limits', '$schema', 'other');
      const value = fc.oneof(fc.jsonValue(), fc.constantFrom('error', 'off', 'v1.30', 'latest', 'LP201'), fc.dictionary(fc.constantFrom('LP201', 'maxDepth', 'severity', 'x-y', 'Q'), fc.jsonValue()));
      fc.assert(
        fc.property(fc.dictionary(field, value), (c) => {
          expect(verdict(configValidator, c)).toEqual(verdict(config, c));
        }),
        { seed: 7, numRuns: 500 },
      );
    });
  });
});
