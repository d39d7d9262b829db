/**
 * leastpriv against the peers' own expected verdicts (kube-linter, kube-score, Polaris, kubesec) on the
 * checks that overlap, from `../shared/corpus/peers` (LEASTPRIV_CORPUS points elsewhere; skipped, with a
 * message, when absent). The mapping, the decided disagreements (fixture, peer says, we say, why) and
 * the checks left out are in test/support/peer-verdicts.ts; docs/peer-comparison.md shows the numbers
 * (`node scripts/compare-peers.mjs` prints them).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit, type FullAuditResult } from '../src/engine/audit.ts';
import { defaults } from '../src/config/load.ts';
import { compare, DISAGREEMENTS, disagreementKey, peerCases, tally, type PeerRow } from './support/peer-verdicts.ts';

const CORPUS = process.env.LEASTPRIV_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const PEERS = join(CORPUS, 'peers');
const present = existsSync(join(PEERS, 'kube-linter', 'expectations.extracted.jsonl'));
if (!present) console.warn(`peer-verdicts.test: ${PEERS} is absent; the comparison with the peers' expected verdicts is skipped`);

describe.skipIf(!present)("leastpriv against the peers' expected verdicts", () => {
  let rows: PeerRow[];
  const runs = new Map<string, FullAuditResult>();
  const run = (file: string, profile: string): FullAuditResult => {
    const key = `${profile}\0${file}`;
    let r = runs.get(key);
    if (!r) runs.set(key, (r = audit({ paths: [file], cwd: PEERS, render: false, config: { ...defaults(), profile, gitignore: false, render: false } })));
    return r;
  };
  beforeAll(() => {
    rows = compare(peerCases(PEERS), run);
  });

  it('compares every peer on the checks that overlap', () => {
    const cases = (tool: string) => rows.filter((r) => r.tool === tool).length;
    // measured when written: kube-linter 52 objects, kube-score 13 files, Polaris 80 fixtures, kubesec 53 assets
    expect(cases('kube-linter')).toBeGreaterThanOrEqual(52);
    expect(cases('kube-score')).toBeGreaterThanOrEqual(13);
    expect(cases('polaris')).toBeGreaterThanOrEqual(80);
    expect(cases('kubesec')).toBeGreaterThanOrEqual(53);
    // both verdicts occur for each peer: the table is not vacuous
    for (const tool of ['kube-linter', 'kube-score', 'polaris', 'kubesec']) {
      expect(rows.some((r) => r.tool === tool && r.peer)).toBe(true);
      expect(rows.some((r) => r.tool === tool && !r.peer)).toBe(true);
    }
  });

  it('agrees with each peer, except the disagreements decided in the table, and each of those still happens', () => {
    const found = rows.filter((r) => r.peer !== r.ours).map(disagreementKey).sort();
    expect(found).toEqual(DISAGREEMENTS.map(disagreementKey).sort());
    for (const d of DISAGREEMENTS) expect(d.why, disagreementKey(d)).toMatch(d.verdict === 'deliberate' ? /^Deliberate\./ : /^Peer (fixture )?wrong\./);
  });

  it('reads the objects a kube-linter case names where leastpriv finds them', () => {
    // the object index of a case is its YAML document index, as leastpriv's findings count them
    for (const r of rows.filter((x) => x.tool === 'kube-linter' && x.ours)) {
      const [doc] = r.documents!;
      const name = r.subject.split('/').pop();
      const on = run(r.file, 'leastpriv').findings.concat(run(r.file, 'pss-restricted').findings).filter((f) => f.object?.documentIndex === doc);
      for (const f of on) expect(f.object!.name, r.subject).toBe(name);
    }
  });

  it('agreement per peer (docs/peer-comparison.md)', () => {
    const by = new Map<string, [number, number]>();
    for (const t of tally(rows)) {
      const [n, a] = by.get(t.tool) ?? [0, 0];
      by.set(t.tool, [n + t.cases, a + t.agree]);
    }
    // the numbers the doc states: a rule change that moves them updates the doc with it
    expect(Object.fromEntries(by)).toEqual(PER_PEER);
  });
});

/** [cases, agreements] per peer, as docs/peer-comparison.md states them. */
const PER_PEER: Record<string, [number, number]> = {
  'kube-linter': [52, 48],
  'kube-score': [13, 10],
  polaris: [80, 58],
  kubesec: [53, 53],
};
