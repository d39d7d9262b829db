/**
 * Files kubectl 1.32 refuses that leastpriv read without a word (found by probing with kubectl, not
 * by the generator): each is now an error finding at its line, and kubectl is shown to refuse it
 * (when it is on the PATH). Nothing of what leastpriv audits here is applied by kubectl.
 */
import { describe, expect, it } from 'vitest';
import { parseSource, newSource } from '../../src/input/parse.ts';
import { DEFAULT_LIMITS } from '../../src/input/types.ts';
import { KUBECTL_MISSING, kubectlDecodeMany } from '../support/kubectl-oracle.ts';

const pod = (extra: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n${extra}`;

/** [what, text, the finding's code, its line, kubectl's error] */
const cases: [string, string, string, number, RegExp][] = [
  ['a DEL in a comment', pod('    # \u007f\n'), 'yaml-syntax-error', 9, /control characters are not allowed/],
  ['an ESC in a value', pod('    workingDir: "/\u001b[31m"\n'), 'yaml-syntax-error', 9, /control characters are not allowed/],
  ['a C1 control in a key', pod('    env: [{name: "a\u0080", value: b}]\n'), 'yaml-syntax-error', 9, /control characters are not allowed/],
  ['U+FFFE in a plain scalar', pod('    workingDir: /\ufffe\n'), 'yaml-syntax-error', 9, /control characters are not allowed/],
  ['a form feed between documents', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n\f\n---\n' + pod(''), 'yaml-syntax-error', 5, /control characters are not allowed/],
  ['`.inf` as a value', pod('    workingDir: .inf\n'), 'yaml-syntax-error', 9, /unsupported value: \+Inf/],
  ['`!!float .nan` in a list', pod('    args: [a, !!float .nan]\n'), 'yaml-syntax-error', 9, /unsupported value: NaN/],
  ['`\\/` in a double-quoted key', pod('    env: [{"na\\/me": a}]\n'), 'yaml-syntax-error', 9, /unknown escape character/],
];

describe('what kubectl refuses is an error finding', () => {
  for (const [what, text, code, line] of cases) {
    it(`${what}: ${code} at line ${line}`, () => {
      for (const onlyYaml of [false, true]) {
        const p = parseSource(newSource('m.yaml', text), DEFAULT_LIMITS, undefined, onlyYaml);
        expect(p.diagnostics.map((d) => [d.code, p.source.lineCounter.linePos(d.range[0]).line])).toEqual([[code, line]]);
      }
    });
  }

  it('a control character in a JSON stream is left to encoding/json, which reads DEL and C1 in strings', () => {
    const p = parseSource(newSource('m.json', '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a\u007f\u0080"}}'), DEFAULT_LIMITS);
    expect(p.diagnostics).toEqual([]);
    expect(p.objects.map((o) => o.name)).toEqual(['a\u007f\u0080']);
  });

  it.skipIf(KUBECTL_MISSING !== undefined)('kubectl refuses each', () => {
    const ks = kubectlDecodeMany(cases.map((c) => c[1]));
    cases.forEach(([what, , , , error], i) => expect(ks[i]!.error, what).toMatch(error));
    const json = kubectlDecodeMany(['{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a\u007f\u0080"}}'])[0]!;
    expect((json.objects[0] as { metadata: { name: string } }).metadata.name).toBe('a\u007f\u0080');
  });
});

/** List items kubectl cannot apply: [what, text, names kubectl applies, whether it says so] (the finding is at `items`, line 3) */
const item = (n: string) => `apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: ${n}}`;
const lists: [string, string, string[]][] = [
  ['an item without kind or apiVersion in a `kind: List`', `apiVersion: v1\nkind: List\nitems:\n- metadata: {name: x}\n- ${item('ok')}\n`, ['ok']],
  ['a null item', `apiVersion: v1\nkind: List\nitems:\n- null\n- ${item('ok')}\n`, ['ok']],
  ['a scalar item: none of the list applies', `apiVersion: v1\nkind: List\nitems:\n- 5\n- ${item('ok')}\n`, []],
  ['a list in a list: none of it applies', `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: List\n  items:\n  - ${item('inner').replace(/\n/g, '\n  ')}\n`, []],
  ['an item with apiVersion only in a PodList', `apiVersion: v1\nkind: PodList\nitems:\n- apiVersion: v1\n  metadata: {name: x}\n`, []],
];

describe('list items kubectl cannot apply are an error finding', () => {
  for (const [what, text] of lists) {
    it(what, () => {
      const p = parseSource(newSource('m.yaml', text), DEFAULT_LIMITS);
      expect(p.diagnostics.map((d) => [d.code, p.source.lineCounter.linePos(d.range[0]).line])).toEqual([['object-without-type', 3]]);
    });
  }
  it.skipIf(KUBECTL_MISSING !== undefined)('kubectl refuses them so', () => {
    const ks = kubectlDecodeMany(lists.map((c) => c[1]));
    lists.forEach(([what, , names], i) => {
      expect(ks[i]!.objects.map((o) => (o as { metadata: { name: string } }).metadata.name), what).toEqual(names);
      expect(ks[i]!.error !== undefined || ks[i]!.undecodable > 0, what).toBe(true);
    });
  });
});
