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
import { scanJsonStream } from '../../src/input/go-json.ts';

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

/**
 * kubectl looks for the `{` of a JSON stream in the first 4096 bytes only (GuessJSONStream): after
 * more white space than that the file is YAML to it, read chunk by chunk with YAML 1.1's line breaks.
 * leastpriv read such a file as JSON, then the YAML after it without YAML 1.1 line breaks, and a NEL
 * hid `privileged: true` (src/input/goyaml.ts isJsonStream).
 */
describe('the 4096 bytes in which kubectl looks for JSON', () => {
  const yamlPod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n    securityContext:\n      runAsNonRoot: true # note\u0085      privileged: true\n';
  const privileged = (o: unknown) => (o as { spec?: { containers: { securityContext: { privileged?: boolean } }[] } }).spec?.containers[0]?.securityContext.privileged;
  /** [what, text, names leastpriv audits, names kubectl applies] (p is privileged in each) */
  const edge: [string, string, string[], string[]][] = [
    ['4095 spaces, then JSON values: a JSON stream', ' '.repeat(4095) + cm + pod('p'), ['cm', 'p'], ['cm', 'p']],
    ['4096 spaces, then JSON and YAML: YAML, with a NEL as a line break', ' '.repeat(4096) + cm + '\n---\n' + yamlPod, ['cm', 'p'], ['cm', 'p']],
    // (YAML to kubectl: the first part is a plain scalar starting with U+3000, no object)
    ['4098 bytes of U+3000, then JSON and YAML: YAML', '\u3000'.repeat(1366) + cm + '\n---\n' + yamlPod, ['p'], ['p']],
  ];
  for (const [what, text, names] of edge) {
    it(what, () => {
      for (const onlyYaml of [false, true]) {
        const p = parseSource(newSource('s.yaml', text), DEFAULT_LIMITS, undefined, onlyYaml);
        expect(p.diagnostics).toEqual([]);
        expect(p.objects.map((o) => o.name)).toEqual(names);
        expect(privileged(p.objects.at(-1)!.value)).toBe(true);
      }
    });
  }
  it.skipIf(KUBECTL_MISSING !== undefined)('kubectl applies the same', () => {
    const ks = kubectlDecodeMany(edge.map((c) => c[1]));
    edge.forEach(([what, , , names], i) => {
      expect(ks[i]!.objects.map((o) => (o as { metadata: { name: string } }).metadata.name), what).toEqual(names);
      if (names.length > 0) expect(privileged(ks[i]!.objects.at(-1)), what).toBe(true);
    });
  });
});

/**
 * A file kubectl reads as JSON that encoding/json refuses: kubectl applies the values before the
 * refused character and fails (`error parsing FILE: json: offset N: …`). leastpriv read the rest as
 * YAML and audited it without an error: `{apiVersion: v1, …}` (a YAML flow mapping), a trailing comma,
 * or a YAML document after `---` passed the gate while `kubectl apply` failed. Now the error is
 * reported where kubectl stops, in kubectl's words, and nothing from there on is audited.
 */
describe('a JSON stream kubectl refuses', () => {
  /** [what, text, where kubectl stops (the refused character, or -1 for the end), kubectl's message, names applied] */
  const refused: [string, string, number, string, string[]][] = [
    ['a YAML flow mapping', '{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {hostPID: true}}', 1, "invalid character 'a' looking for beginning of object key string", []],
    ['a trailing comma', pod('p').replace('true}', 'true,}'), pod('p').indexOf('true}') + 5, "invalid character '}' looking for beginning of object key string", []],
    ['text after a value', `${cm} abc ${pod('p')}`, cm.length + 1, "invalid character 'a' looking for beginning of value", ['cm']],
    ['a YAML document after a value', `${cm}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostPID: true\n`, cm.length + 2, "invalid character '-' in numeric literal", ['cm']],
    ['a comment', `${cm}\n# note\n${pod('p')}`, cm.length + 1, "invalid character '#' looking for beginning of value", ['cm']],
    ['single quotes', `${cm}{'apiVersion': 'v1'}`, cm.length + 1, "invalid character '\\'' looking for beginning of object key string", ['cm']],
    ['a tab in a string', `${cm}{"apiVersion":"v1\t"}`, cm.length + 17, "invalid character '\\t' in string literal", ['cm']],
    ['an escape JSON does not have', `{"a":"\\x41"}`, 7, "invalid character 'x' in string escape code", []],
    ['a bad \\u escape', `{"a":"\\u12g4"}`, 10, "invalid character 'g' in \\u hexadecimal character escape", []],
    ['a leading zero in an object', '{"a":01}', 6, "invalid character '1' after object key:value pair", []],
    ['a bad literal', '{"a":tru}', 8, "invalid character '}' in literal true (expecting 'e')", []],
    ['a missing colon', '{"a" 1}', 5, "invalid character '1' after object key", []],
    ['a bad array', '{"a":[1 2]}', 8, "invalid character '2' after array element", []],
    ['a number without digits after the point', '{"a":1.}', 7, "invalid character '}' after decimal point in numeric literal", []],
    ['an exponent without digits', '{"a":1e}', 7, "invalid character '}' in exponent of numeric literal", []],
    ['Unicode white space before the `{` (GuessJSONStream trims it, encoding/json does not)', '\u3000' + cm, 0, "invalid character 'ã' looking for beginning of value", []],
    // (a file that starts with `{{` is a Helm template, read as YAML; not after a Unicode space, where encoding/json stops)
    ['Unicode white space before a `{{` line', '\u3000{{- if .Values.x }}\n' + cm + '\n{{- end }}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostPID: true\n', 0, "invalid character 'ã' looking for beginning of value", []],
    ['a value not closed', `${cm}{"apiVersion": "v1"`, -1, 'unexpected EOF', ['cm']],
  ];
  for (const [what, text, at, message, names] of refused) {
    it(what, () => {
      for (const onlyYaml of [false, true]) {
        const p = parseSource(newSource('s.json', text), DEFAULT_LIMITS, undefined, onlyYaml);
        expect(p.diagnostics.map((d) => [d.code, d.range[0]])).toEqual([['yaml-syntax-error', at === -1 ? text.length - 1 : at]]);
        expect(p.diagnostics[0]!.message).toContain(message);
        expect(p.objects.map((o) => o.name)).toEqual(names);
      }
    });
  }

  it('a finding before the refused character is still reported; none after it', () => {
    const text = `${pod('a')}\n${pod('b')},`;
    const r = audit({ sources: [{ path: 's.json', text }] });
    expect(r.findings.filter((f) => f.rule === 'privileged-container').map((f) => f.region.start.line)).toEqual([1, 2]);
    const bad = `${pod('a')}\n{${pod('b')}`;
    const r2 = audit({ sources: [{ path: 's.json', text: bad }] });
    expect(r2.findings.filter((f) => f.rule === 'privileged-container').map((f) => f.region.start.line)).toEqual([1]);
    expect(r2.findings.find((f) => f.rule === 'yaml-syntax-error')?.region.start).toMatchObject({ line: 2, column: 2 });
  });

  it('scans in linear time, nesting without recursion', () => {
    const t0 = Date.now();
    expect(scanJsonStream('['.repeat(200_000) + ']'.repeat(200_000)).values).toHaveLength(1);
    expect(scanJsonStream('{"a":[' + '"x",'.repeat(300_000)).error?.message).toBe('unexpected EOF');
    expect(scanJsonStream('[' + '[]'.repeat(10), 0, Infinity, 5).tooDeep).toBe(undefined);
    expect(scanJsonStream('[[[[[[[', 0, Infinity, 5).tooDeep).toBe(5);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it.skipIf(KUBECTL_MISSING !== undefined)('kubectl stops at the same character with the same words, after the same objects', () => {
    const ks = kubectlDecodeMany(refused.map((c) => c[1]));
    refused.forEach(([what, text, , , names], i) => {
      const ours = parseSource(newSource('s.json', text), DEFAULT_LIMITS).diagnostics[0]!.message;
      const theirs = ks[i]!.error?.replace(/^error parsing FILE: /, '');
      expect(theirs, what).toBeDefined();
      expect(ours, what).toContain(`("${theirs}")`);
      expect(ks[i]!.objects.map((o) => (o as { metadata: { name: string } }).metadata.name), what).toEqual(names);
    });
  });
});
