/**
 * `--context` (the pre-commit form) on a kustomize tree: the run without the named files must not
 * see them through their root. A named file that a kustomization lists as a resource is rendered as
 * empty in that run (src/render/index.ts, RenderSettings.omit), so a finding in another file that
 * the named file causes is reported, as it is when the same files are audited as written. The tree:
 * the incident's manifests, one object per file, listed by one kustomization. Skipped, with the
 * reason, where kubectl is absent.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../src/engine/audit.ts';
import { main, type Io } from '../src/cli/main.ts';
import { plainKubectl } from './support/kubectl-path.ts';

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
if (!kubectl) console.warn('render-context.test: kubectl is not installed; --context on rendered trees is not tested');

describe.skipIf(!kubectl)('--context on a kustomize tree', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leastpriv-render-context-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // (renders are cached, and the cache is what is tested: not by the Cloud SDK's kubectl dispatcher)
  plainKubectl(mkdtempSync(join(tmpdir(), 'leastpriv-render-context-bin-')));
  const docs = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'incident', 'before.yaml'), 'utf8').split(/^---\n/m);
  const names = docs.map((_, i) => `doc${i}.yaml`);
  docs.forEach((d, i) => writeFileSync(join(dir, names[i]!), d));
  writeFileSync(join(dir, 'kustomization.yaml'), `resources:\n${names.map((n) => `  - ${n}\n`).join('')}`);

  const findings = (named: string, render: boolean) =>
    audit({ paths: ['.'], cwd: dir, reportOnly: new Set([named]), render })
      .findings.map((f) => `${f.file}:${f.region.start.line} ${f.rule}`)
      .sort();

  it('reports what a named resource file causes in other files, as when audited as written', () => {
    let elsewhere = 0;
    for (const n of names) {
      const rendered = findings(n, true);
      expect([n, ...rendered]).toEqual([n, ...findings(n, false)]);
      elsewhere += rendered.filter((f) => !f.startsWith(`${n}:`)).length;
    }
    // (the ClusterRole that grants exec: the DaemonSet it reaches and the redundant binding are
    // findings in other files, reported because of it)
    expect(findings('doc1.yaml', true).filter((f) => !f.startsWith('doc1.yaml:'))).toEqual(expect.arrayContaining([expect.stringMatching(/^doc2\.yaml:\d+ exec-into-node-access-workload$/)]));
    expect(elsewhere).toBeGreaterThan(0);
  });

  it('gives the same report from the cache (the run without the named file is stored by what it left out)', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'leastpriv-render-context-cache-'));
    try {
      const run = async (named: string, flags: string[]) => {
        let out = '';
        const io: Io = { stdout: (t) => void (out += t), stderr: () => {}, cwd: dir, env: {}, isTTY: false };
        const code = await main(['audit', '--context', '.', named, '--format', 'json', ...flags], io);
        return `${code}\n${out}`;
      };
      for (const named of ['doc1.yaml', 'doc5.yaml', 'doc1.yaml']) {
        const plain = await run(named, ['--no-cache']);
        expect(await run(named, ['--cache', '--cache-location', cache])).toBe(plain);
        expect(await run(named, ['--cache', '--cache-location', cache])).toBe(plain);
      }
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
