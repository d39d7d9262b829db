/**
 * Scalars the `yaml` package reads differently from go-yaml v2 (kubectl 1.32), found by comparing
 * random multi-line scalars with kubectl (src/input/goyaml.ts): leastpriv reads them as kubectl does,
 * or fails closed (LP007) where it cannot. Held to kubectl when it is on the PATH.
 */
import { describe, expect, it } from 'vitest';
import { parseSource, newSource } from '../../src/input/parse.ts';
import { DEFAULT_LIMITS } from '../../src/input/types.ts';
import { KUBECTL_MISSING, kubectlDecodeMany } from '../support/kubectl-oracle.ts';

const cm = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\ndata:\n  k: ${value}\n  z: e\n`;

/** [what, the value of `k` as written, as kubectl reads it] */
const read: [string, string, string][] = [
  ['an escaped line break, then an empty line', '"a\\\n\n  b"', 'a\nb'],
  ['an escaped line break, then three lines of white space', '"a\\\n  \n \n  \n  \tb"', 'a\n\n\nb'],
  ['an escaped line break (CRLF), then an empty line', '"x\\\r\n\r\n  y"', 'x\ny'],
  ['an escaped line break in a key (`? `)', '"a\\\n\n    b"', 'a\nb'],
  ['escapes around an escaped line break', '"\\t\\x41\\\n\n  \\u00e9\\N"', '\tA\n\u00e9\u0085'],
  ['white space before an escaped line break is kept', '"a  \\\n  b"', 'a  b'],
];

/** [what, text, line of the LP007] */
const failClosed: [string, string, number][] = [
  ['a line of white space longer than the indentation in `|1`', cm('|1\n    a\n \n    \n'), 9],
  ['a line of white space longer than the indentation in `>2`', cm('>2\n    \n      \n'), 8],
  ['after the last line of text of `|-1` in a sequence', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n  finalizers:\n  - |-1\n    b\n\n    \n  - e\n', 9],
];

const text = (what: string, v: string) => (what.includes('in a key') ? cm(`x\n  ? ${v}\n  : 1`) : cm(v));

describe('multi-line scalars as kubectl reads them', () => {
  for (const [what, v, expected] of read) {
    it(what, () => {
      for (const onlyYaml of [false, true]) {
        const p = parseSource(newSource('m.yaml', text(what, v)), DEFAULT_LIMITS, undefined, onlyYaml);
        expect(p.diagnostics).toEqual([]);
        const data = p.objects[0]!.value.data as Record<string, unknown>;
        expect(what.includes('in a key') ? Object.keys(data).includes(expected) : data.k).toBe(what.includes('in a key') ? true : expected);
      }
    });
  }
  for (const [what, t, line] of failClosed) {
    it(`${what}: LP007 at line ${line}`, () => {
      const p = parseSource(newSource('m.yaml', t), DEFAULT_LIMITS);
      expect(p.diagnostics.map((d) => [d.code, p.source.lineCounter.linePos(d.range[0]).line])).toEqual([['yaml-decode-ambiguous', line]]);
      expect(p.objects).toEqual([]);
    });
  }

  it.skipIf(KUBECTL_MISSING !== undefined)('kubectl reads them so', () => {
    const ks = kubectlDecodeMany([...read.map(([what, v]) => text(what, v)), ...failClosed.map((c) => c[1])]);
    read.forEach(([what, , expected], i) => {
      const data = (ks[i]!.objects[0] as { data: Record<string, unknown> }).data;
      expect(what.includes('in a key') ? Object.keys(data).includes(expected) : data.k, what).toBe(what.includes('in a key') ? true : expected);
    });
    // the `yaml` package's empty lines are text to kubectl
    failClosed.forEach(([what], j) => {
      const o = ks[read.length + j]!.objects[0] as { data?: { k: string }; metadata: { finalizers?: string[] } };
      expect(o.data?.k ?? o.metadata.finalizers![0], what).toMatch(/\n[ \t]+\n?$/);
    });
  });
});
