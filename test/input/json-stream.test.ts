/**
 * A file whose first non-space character is `{` is a JSON stream to kubectl (apimachinery util/yaml
 * YAMLOrJSONDecoder): encoding/json reads value after value, and cli-runtime's StreamVisitor applies
 * every object, going on past a value it cannot make an object of (a number, a string) and stopping
 * at text that is not JSON. leastpriv read such a file as one YAML document, so `{…}{…}` (or one
 * object a line, as `jq -c` writes) was a syntax error (LP001) and its objects were not audited; and
 * `\/`, a JSON escape go-yaml does not know, was refused. Held to kubectl when it is on the PATH.
 */
import { describe, expect, it } from 'vitest';
import { parseSource, newSource } from '../../src/input/parse.ts';
import { DEFAULT_LIMITS } from '../../src/input/types.ts';
import { audit } from '../../src/engine/audit.ts';
import { KUBECTL_MISSING, kubectlDecodeMany, normalise, sameJson } from '../support/kubectl-oracle.ts';

const cm = '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cm"}}';
const pod = (name: string) => `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"${name}"},"spec":{"containers":[{"name":"c","image":"i","securityContext":{"privileged":true}}]}}`;

/** [what, text, names of the objects kubectl applies] */
const cases: [string, string, string[]][] = [
  ['two objects, no space between', cm + pod('p'), ['cm', 'p']],
  ['one object a line (jq -c)', `${cm}\n${pod('p')}\n`, ['cm', 'p']],
  ['a blank line between', `${cm}\n\n${pod('p')}`, ['cm', 'p']],
  ['values that are not objects between them', `${cm} 5 "x" true null [1] -1.5e3 ${pod('p')}`, ['cm', 'p']],
  ['a number right before an object', `${cm}5${pod('p')}`, ['cm', 'p']],
  ['`\\/` in a string', pod('a\\/b'), ['a/b']],
  ['text that is not JSON stops kubectl', `${cm} abc ${pod('p')}`, ['cm']],
];

describe('JSON streams as kubectl reads them', () => {
  for (const [what, text, names] of cases) {
    it(what, () => {
      for (const onlyYaml of [false, true]) {
        const p = parseSource(newSource('s.json', text), DEFAULT_LIMITS, undefined, onlyYaml);
        expect(p.diagnostics).toEqual([]);
        expect(p.objects.map((o) => o.name)).toEqual(names);
      }
    });
  }

  it('past maxDocuments the rest of the stream is neither read nor audited (a million `{}` once took 2 GB and 30 s)', () => {
    const text = cm.repeat(1000) + '{}'.repeat(1_000_000);
    const started = Date.now();
    const p = parseSource(newSource('s.json', text), { ...DEFAULT_LIMITS, maxDocuments: 10 });
    expect(p.objects).toHaveLength(10);
    expect(p.diagnostics.map((d) => [d.code, d.range[0]])).toEqual([['input-not-auditable', cm.length * 10]]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a finding in a later object of a line lands on that object', () => {
    const text = cm + pod('p');
    const r = audit({ sources: [{ path: 's.json', text }] });
    const f = r.findings.find((x) => x.rule === 'privileged-container')!;
    expect(f.region.start.column).toBe(text.indexOf('"privileged"') + 1);
  });

  it.skipIf(KUBECTL_MISSING !== undefined)('kubectl applies the same objects', () => {
    const ks = kubectlDecodeMany(cases.map((c) => c[1]));
    cases.forEach(([what, text], i) => {
      const ours = parseSource(newSource('s.json', text), DEFAULT_LIMITS).objects.map((o) => normalise(o.value));
      const theirs = ks[i]!.objects;
      expect(theirs.length, what).toBe(ours.length);
      theirs.forEach((o, j) => expect(sameJson(o, ours[j]), what).toBe(true));
    });
  });
});
