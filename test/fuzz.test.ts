/**
 * Property-based fuzzing (fast-check) of the whole audit: hostile and mutated inputs must come out
 * as findings with a file and a position, never as a throw, a rule crash or a hang.
 * In the suite: a fixed seed and a bounded count (a few seconds). `npm run fuzz` runs the same
 * properties longer with a random seed: LEASTPRIV_FUZZ_SCALE multiplies the counts,
 * LEASTPRIV_FUZZ_SEED replays a run. Each failure prints the shrunk input and the seed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusMutation, hostileBytes, hostileText, wrongTypes } from './fuzz/arbitraries.ts';
import { checkedAudit } from './fuzz/check.ts';

const SCALE = Number(process.env.LEASTPRIV_FUZZ_SCALE ?? 1);
const SEED = process.env.LEASTPRIV_FUZZ_SEED !== undefined ? Number(process.env.LEASTPRIV_FUZZ_SEED) : SCALE > 1 ? Date.now() % 2 ** 31 : 7;
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const params = (n: number) => ({ seed: SEED, numRuns: runs(n), verbose: 0 as const });

const tally: Record<string, number> = {};
const count = (name: string) => (tally[name] = (tally[name] ?? 0) + 1);
afterAll(() => {
  if (LONG) rmSync(CURRENT, { force: true });
  const total = Object.values(tally).reduce((a, b) => a + b, 0);
  console.log(`fuzz (seed ${SEED}): ${total} inputs audited — ${Object.entries(tally).map(([k, v]) => `${k} ${v}`).join(', ')}`);
});

/**
 * Long runs (`npm run fuzz`) bound each input: the input is written to .fuzz-current (so a hang that
 * never returns leaves it behind to replay) and an audit slower than 20 s fails as a likely hang.
 * The suite (scale 1) never asserts on time.
 */
const LONG = SCALE > 1;
const CURRENT = join(import.meta.dirname, '..', '.fuzz-current');
const bounded = (input: string | Uint8Array, run: () => string[]) => {
  if (LONG) writeFileSync(CURRENT, input);
  const t0 = performance.now();
  const problems = run();
  const ms = performance.now() - t0;
  if (LONG && ms > 20_000) problems.push(`audit took ${(ms / 1000).toFixed(1)} s: a likely hang`);
  if (problems.length) throw new Error(problems.join('\n'));
};

const textProperty = (name: string) => (text: string) => {
  count(name);
  bounded(text, () => checkedAudit({ sources: [{ path: 'fuzz.yaml', text }] }, ['fuzz.yaml']).problems);
};

describe('fuzz', () => {
  it('wrong types at every field the rules read', () => {
    fc.assert(fc.property(wrongTypes, textProperty('wrong-types')), params(80));
  });

  it('hostile YAML: nesting, huge scalars, alias bombs, duplicate keys, many documents, tags, token soup', () => {
    fc.assert(fc.property(hostileText(SCALE > 1), textProperty('hostile-text')), params(60));
  });

  it('hostile bytes read from files: invalid UTF-8, NUL bytes, binary, 0-byte files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-fuzz-'));
    try {
      fc.assert(
        fc.property(hostileBytes, (bytes) => {
          count('hostile-bytes');
          writeFileSync(join(dir, 'f.yaml'), bytes);
          bounded(bytes, () => checkedAudit({ paths: ['f.yaml'], cwd: dir }, ['f.yaml']).problems);
        }),
        params(60),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'real');
  it.skipIf(!existsSync(CORPUS))('mutated real manifests (../shared/corpus/real; skipped when absent)', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d).sort()) {
        const p = join(d, n);
        const st = statSync(p);
        if (st.isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(n) && st.size > 0 && st.size < 8_000) files.push(p);
      }
    };
    walk(CORPUS);
    // every 7th small file: a fixed, varied sample of every repository in the corpus
    const texts = files.filter((_, i) => i % 7 === 0).map((f) => readFileSync(f, 'utf8'));
    expect(texts.length).toBeGreaterThan(50);
    fc.assert(fc.property(corpusMutation(texts), textProperty('corpus-mutation')), params(100));
  });
});
