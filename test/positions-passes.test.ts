/**
 * How often an audit parses a document again to find positions (src/input/tree.ts, memoised and
 * bounded by src/engine/positions.ts). Not a timing: a count, on the benchmark's synthetic repository
 * (bench/generate.mjs, seeded), where nearly every document is in the model and most get a finding.
 * bench/RESULTS.md, findings 12, 16 and 20: every full pass is a re-parse of a whole document, and a
 * walk to one path (src/input/fast-yaml/locator.ts) passes over the lines before it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../src/engine/audit.ts';
import { trackPositionsPasses } from '../src/input/tree.ts';

const ROOT = join(import.meta.dirname, '..');
const repo = mkdtempSync(join(tmpdir(), 'leastpriv-passes-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('positions passes', () => {
  it('finds positions by walking to them, with few full passes of a document (synthetic repository, 2,000 documents)', () => {
    const gen = spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), repo, '2000'], { encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    const counted = trackPositionsPasses();
    const result = audit({ paths: [repo], cwd: ROOT });
    expect(result.summary.documents).toBeGreaterThanOrEqual(2000);
    expect(result.findings.length).toBeGreaterThan(1000);
    // Distinct documents that needed a position, and how: 621 documents, 1,462 walks to one path and
    // no full pass when this was written. Before the locator (bench/RESULTS.md finding 20) every one
    // of them had a full pass, 784 in all (1.26 per document; 892 = 1.44 before finding 16).
    expect(counted.documents.size).toBeGreaterThan(500);
    expect(counted.passes / counted.documents.size).toBeLessThan(0.25);
    expect(counted.walks / counted.documents.size).toBeLessThan(3);
  });
});
