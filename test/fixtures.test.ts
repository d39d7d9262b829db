/**
 * One data-driven test over every fixture: the findings leastpriv reports must be exactly the
 * `# expect:` markers written in the fixture — no missing finding, no extra one. A document without
 * markers must come out clean.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/engine/audit.ts';
import { resolveConfig, validateConfig } from '../src/config/load.ts';
import { isKnownRule } from '../src/engine/registry.ts';
import { expectedFindings, fixtureConfig, key } from './fixture-markers.ts';

const ROOT = join(import.meta.dirname, '..', 'fixtures');

// fixtures/fixes/ holds before/after pairs of `audit --fix`: test/fix.test.ts checks them (an after
// file keeps the markers of the findings it fixed, as comments are kept).
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    // (fixtures/kustomize/ holds kustomize and Flux trees: test/render.test.ts audits them as rendered)
    if (p === join(ROOT, 'fixes') || p === join(ROOT, 'kustomize')) return [];
    return statSync(p).isDirectory() ? walk(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

const files = walk(ROOT).sort();

describe('fixtures', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(5);
  });
  for (const file of files) {
    const rel = relative(ROOT, file);
    it(rel, () => {
      const text = readFileSync(file, 'utf8');
      const config = resolveConfig(validateConfig(fixtureConfig(text), rel, isKnownRule));
      const result = audit({ sources: [{ path: rel, text }], config });
      const found = result.findings.filter((f) => !f.suppressed).map((f) => key({ line: f.region.start.line, rule: f.rule }));
      const expected = expectedFindings(text).map(key);
      expect(found.sort()).toEqual(expected.sort());
    });
  }
});
