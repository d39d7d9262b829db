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
  // found by the differential fuzz once a file kubectl refuses had to fail in leastpriv too (kubectl-oracle.ts)
  ['`---#` at the start of the file (YAMLReader keeps the line; go-yaml reads it as text)', '---# c\n' + pod(''), 'yaml-syntax-error', 1, /mapping values are not allowed/],
  ['`---` and a no-break space right after another `---`', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n---\u00a0\n' + pod(''), 'yaml-syntax-error', 5, /mapping values are not allowed/],
  ['a tab after a `-`', pod('    args:\n    -\tx\n'), 'yaml-syntax-error', 10, /found character that cannot start any token/],
  ['a space and a tab after a `-`', pod('    args:\n    - \tx\n'), 'yaml-syntax-error', 10, /found character that cannot start any token/],
  ['a tab after a `?`', pod('    env:\n      ?\tname\n      : a\n'), 'yaml-syntax-error', 10, /found character that cannot start any token/],
  ['a line of spaces and a tab between two keys', pod('    workingDir: /x\n  \t\n    stdin: true\n'), 'yaml-syntax-error', 10, /tab character that violates indentation/],
  ['a comment indented with a tab', pod('\t# note\n'), 'yaml-syntax-error', 9, /tab character that violates indentation/],
  ['a tab in the first line of a block scalar', pod('    workingDir: |\n      \tx\n'), 'yaml-syntax-error', 10, /tab character where an indentation space is expected/],
  // (the `yaml` package refuses it too, at the next line)
  ['a tab before the indentation of a block scalar', pod('    command:\n    - |\n        a\n      \t\n        b\n'), 'yaml-syntax-error', 13, /tab character where an indentation space is expected/],
  ['a tag before a `?` key', pod('    securityContext:\n      !!str ? privileged\n      : true\n'), 'yaml-syntax-error', 10, /mapping keys are not allowed in this context/],
  ['`...` inside a flow mapping', pod('    securityContext: {privileged: tru\\\n...\n      e}\n'), 'yaml-syntax-error', 10, /did not find expected ',' or '}'/],
  ['`...` inside a quoted string', pod("    workingDir: '/x\n...\n      '\n"), 'yaml-syntax-error', 10, /found unexpected document indicator/],
  ['`...` where a document starts', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n# c\n...\n', 'yaml-syntax-error', 6, /did not find expected node content/],
  // found by the CI-size differential run (100,000 manifests, seed 13; the shared corpus)
  ['a `?` inside plain text in a flow mapping', pod('    securityContext: {privileged: true, a: b?}\n'), 'yaml-syntax-error', 9, /did not find expected ',' or '}'/],
  ['a `?` inside plain text in a flow sequence', pod('    args: [a?b]\n'), 'yaml-syntax-error', 9, /did not find expected ',' or ']'/],
  ['a flow value continued on a line that starts with `? `', pod('    securityContext: {runAsUser: 0, <<: {privileged: tru\\\n      ? e}}\n'), 'yaml-syntax-error', 10, /did not find expected ',' or '}'/],
  ['a merge key naming a list of maps', pod('    env: &e\n    - {name: a, value: b}\n    securityContext:\n      <<: *e\n'), 'yaml-syntax-error', 12, /map merge requires map or sequence of maps/],
  ['a tab after the `:` of a `?` key', pod('    securityContext:\n      ? privileged\n      :\ttrue\n'), 'yaml-syntax-error', 11, /found character that cannot start any token/],
];

/** Near misses of those that kubectl reads: no finding. */
const accepted: [string, string][] = [
  ['`--- # c` at the start of the file', '--- # c\n' + pod('')],
  ['`---#` after a document (YAMLReader drops the line)', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---# c\n' + pod('')],
  ['`---` twice then `---#`', '---\n---# c\n' + pod('')],
  ['`---` and a no-break space as the last line, without a line end', pod('') + '---\u00a0'],
  ['a tab after a key’s `:`', pod('    workingDir:\t/x\n')],
  ['a tab after a value', pod('    workingDir: /x\t\n')],
  ['a tab in a flow sequence’s next line', pod('    args: [a,\n\tb]\n')],
  ['a tab inside a block scalar’s text', pod('    workingDir: |\n      a\n       \tb\n')],
  ['`...` after a document', pod('') + '...\n'],
  ['a `?` in a quoted string in a flow mapping', pod('    env: [{name: a, value: "b?"}]\n')],
  ['a `?` in plain text outside a flow collection', pod('    workingDir: /x?y\n')],
  ['a merge of a list of aliases written in place', pod('    env:\n    - &e {name: a, value: b}\n    - <<: [*e]\n      name: c\n')],
  ['a space after the `:` of a `?` key', pod('    securityContext:\n      ? privileged\n      : true\n')],
];

describe('what kubectl refuses is an error finding', () => {
  for (const [what, text, code, line] of cases) {
    it(`${what}: ${code} at line ${line}`, () => {
      for (const onlyYaml of [false, true]) {
        const p = parseSource(newSource('m.yaml', text), DEFAULT_LIMITS, undefined, onlyYaml);
        // (where the `yaml` package cannot read the file either, its own errors come with it)
        const found = p.diagnostics.map((d) => [d.code, p.source.lineCounter.linePos(d.range[0]).line]);
        expect(found).toContainEqual([code, line]);
        expect(found.every(([c]) => c === 'yaml-syntax-error' || c === 'yaml-decode-ambiguous')).toBe(true);
      }
    });
  }

  for (const [what, text] of accepted) {
    it(`${what}: read, no finding`, () => {
      for (const onlyYaml of [false, true]) {
        const p = parseSource(newSource('m.yaml', text), DEFAULT_LIMITS, undefined, onlyYaml);
        expect(p.diagnostics).toEqual([]);
        expect(p.objects.map((o) => o.name).at(-1)).toBe('p');
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
    const ok = kubectlDecodeMany(accepted.map((c) => c[1]));
    accepted.forEach(([what], i) => {
      expect(ok[i]!.error, what).toBeUndefined();
      expect((ok[i]!.objects.at(-1) as { metadata: { name: string } }).metadata.name, what).toBe('p');
    });
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
