/** Generated docs must match rule metadata: run `npm run docs` after changing a rule. */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleDocs, withRuleTable, withUsage } from '../src/docs/generate.ts';
import { RULES } from '../rules/index.ts';
import { findRule } from '../src/engine/registry.ts';

const ROOT = join(import.meta.dirname, '..');

describe('generated docs', () => {
  it('rules/*.md match rule metadata', () => {
    for (const [path, text] of ruleDocs()) {
      expect(existsSync(join(ROOT, path)), `${path} missing: run npm run docs`).toBe(true);
      expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is stale: run npm run docs`).toBe(text);
    }
  });
  it('README rule table matches rule metadata', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(withRuleTable(readme), 'README rule table is stale: run npm run docs').toBe(readme);
  });
  it('README usage reference matches the option table (src/cli/options.ts)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(withUsage(readme), 'README usage is stale: run npm run docs').toBe(readme);
  });
  it("the README's 'Coming from' table names only leastpriv flags that exist", async () => {
    const { OPTIONS } = await import('../src/cli/options.ts');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Coming from ESLint'), readme.indexOf('### Exit codes'));
    const rows = table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| You want') );
    expect(rows.length).toBeGreaterThan(10);
    const known = new Set(OPTIONS.flatMap((o) => [`--${o.long}`, ...('short' in o && o.short ? [`-${o.short}`] : [])]));
    for (const row of rows) {
      const ours = row.split(' | ').at(-1)!;
      for (const flag of ours.match(/(?<![\w-])--?[a-z][a-z-]*/g) ?? []) expect(known.has(flag), `${flag} in: ${row}`).toBe(true);
    }
  });
  it('every rule file under rules/ is registered, and every registered rule has its doc', () => {
    const files = readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    for (const f of files) expect(findRule(f.replace(/\.ts$/, '')), `${f} is not in rules/index.ts`).toBeDefined();
    expect(RULES.length).toBe(files.length);
  });
});

describe('rule metadata', () => {
  it('codes and names are unique, well-formed and sorted', () => {
    const codes = RULES.map((r) => r.meta.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    for (const r of RULES) {
      expect(r.meta.code).toMatch(/^LP\d{3}$/);
      expect(r.meta.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.meta.securitySeverity).toBeGreaterThanOrEqual(0);
      expect(r.meta.securitySeverity).toBeLessThanOrEqual(10);
      expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
      expect(r.meta.docs.references.length).toBeGreaterThan(0);
      for (const s of [r.meta.docs.whatItDoes, r.meta.docs.whyItMatters, r.meta.docs.example, r.meta.docs.useInstead]) expect(s.trim()).not.toBe('');
    }
  });
});
