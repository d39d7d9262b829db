/**
 * Characters and bytes kubectl decodes in a way of its own, held to kubectl 1.32: an escaped
 * surrogate without its pair in JSON (encoding/json writes U+FFFD; JavaScript kept the lone
 * surrogate), an escaped surrogate in YAML (go-yaml refuses even a pair, `"\ud83d\ude00"`; the `yaml`
 * package read one emoji), bytes that are not UTF-8 (kubectl's decoder writes U+FFFD and applies the
 * file; leastpriv refused it as not auditable), byte order marks and UTF-16.
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/input/read.ts';
import { parseSource } from '../../src/input/parse.ts';
import { DEFAULT_LIMITS } from '../../src/input/types.ts';
import { KUBECTL_MISSING, kubectlDecodeMany, normalise, sameJson } from '../support/kubectl-oracle.ts';

const cmJson = (name: string, extra = '') => `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"${name}"}${extra}}`;
const cmYaml = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
const utf16 = (t: string, be = false) => {
  const b = Buffer.from('\ufeff' + t, 'utf16le');
  if (be) b.swap16();
  return b;
};

/** [what, bytes, the objects leastpriv audits (null: the file fails with an error finding)] */
const cases: [string, Buffer, unknown[] | null][] = [
  ['JSON: an escaped high surrogate alone is U+FFFD', bytes(cmJson('a\\ud800')), [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a\ufffd' } }]],
  ['JSON: an escaped low surrogate alone, in a key, is U+FFFD', bytes(cmJson('a', ',"data":{"k\\udc00":"v"}')), [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { 'k\ufffd': 'v' } }]],
  ['JSON: an escaped pair is the character', bytes(cmJson('a\\ud83d\\ude00')), [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a😀' } }]],
  ['YAML: an escaped surrogate pair is refused', bytes(cmYaml('"a\\ud83d\\ude00"')), null],
  ['YAML: an escaped surrogate as \\U is refused', bytes(cmYaml('"a\\U0000DC00"')), null],
  ['YAML: a \\U escape of an emoji is the emoji', bytes(cmYaml('"a\\U0001F600"')), [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a😀' } }]],
  ['YAML: bytes that are not UTF-8 are U+FFFD', bytes(cmYaml('"caf').trimEnd(), [0xe9], '"\ndata:\n  k: "', [0xe2, 0x82], '|', [0xc0, 0x80], '|', [0xed, 0xa0, 0x80], '"\n'), [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'caf\ufffd' }, data: { k: '\ufffd|\ufffd\ufffd|\ufffd\ufffd\ufffd' } }]],
  ['JSON: bytes that are not UTF-8 in a string are U+FFFD', bytes('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a', [0xff], '"}}'), [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a\ufffd' } }]],
  ['a second BOM at the start of a YAML file is dropped', bytes('\ufeff\ufeff' + cmYaml('a')), [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } }]],
  ['a BOM between two JSON values stops kubectl', bytes(cmJson('a') + '\ufeff' + cmJson('b')), null],
  ['UTF-16 LE JSON with a BOM', utf16(cmJson('a')), [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } }]],
  ['UTF-16 BE YAML with a BOM', utf16(cmYaml('b'), true), [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } }]],
];

function read(b: Buffer): { objects: unknown[]; failed: boolean } {
  const r = decode('f', b, DEFAULT_LIMITS.maxFileSize);
  if (!('source' in r)) return { objects: [], failed: true };
  const p = parseSource(r.source, DEFAULT_LIMITS);
  return { objects: p.objects.map((o) => o.value), failed: p.diagnostics.some((d) => !d.message.startsWith('duplicate key')) };
}

describe('encodings as kubectl decodes them', () => {
  for (const [what, b, objects] of cases) {
    it(what, () => {
      const r = read(b);
      if (objects === null) expect(r.failed).toBe(true);
      else {
        expect(r.failed).toBe(false);
        expect(r.objects).toEqual(objects);
      }
    });
  }

  it.skipIf(KUBECTL_MISSING !== undefined)('kubectl decodes each so (or refuses it)', () => {
    const ks = kubectlDecodeMany(cases.map((c) => c[1]));
    cases.forEach(([what, , objects], i) => {
      const k = ks[i]!;
      if (objects === null) expect(k.error, what).toBeDefined();
      else {
        expect(k.error, what).toBeUndefined();
        expect(k.objects.length, what).toBe(objects.length);
        k.objects.forEach((o, j) => expect(sameJson(o, normalise(objects[j])), what).toBe(true));
      }
    });
  });
});
