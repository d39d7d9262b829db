/**
 * Hostile inputs for the fuzzer, as fast-check arbitraries. Each produces one file's bytes or text:
 * - `wrongTypes`: a valid object (objects.ts) with one to four fields replaced by a value of another
 *   type (strings, numbers incl. NaN/±Infinity/huge, booleans, null, lists, maps, `*`, `ALL`, keys such
 *   as `__proto__`/`constructor`), removed, or given an unknown sibling; written as YAML or JSON;
 * - `hostileText`: deep flow and block nesting, huge scalars, alias bombs, self-referencing anchors,
 *   duplicate keys, many documents, tags, complex keys, templates, token soup;
 * - `hostileBytes`: invalid UTF-8, NUL bytes, binary, BOMs, 0-byte files;
 * - `corpusMutation`: a real manifest with bytes deleted, duplicated, re-indented or spliced with
 *   YAML syntax characters.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { allPaths, baseObjects, setAt, type Json } from './objects.ts';

const keyNames = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', '*', 'x', 'ALL', 'items', 'kind', '<<');
const scalar: fc.Arbitrary<Json> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('*', 'ALL', 'all', 'SYS_ADMIN', 'CAP_NET_RAW', 'true', 'yes', '0', '-1', 'pods/exec', 'Localhost', 'Unconfined', 'unmasked', '', ' ', '\u0000', '💥'),
  fc.integer(),
  fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<Json> = fc.letrec<{ v: Json }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(keyNames, fc.string({ maxLength: 8 })), tie('v'), { maxKeys: 3 }),
  ),
})).v;

function toText(obj: Json, asJson: boolean): string {
  if (asJson) return JSON.stringify(obj);
  try {
    return stringify(obj, { version: '1.1', aliasDuplicateObjects: false });
  } catch {
    return JSON.stringify(obj);
  }
}

export const wrongTypes: fc.Arbitrary<string> = fc
  .tuple(
    fc.nat(),
    fc.array(fc.tuple(fc.nat(), fc.oneof(value.map((v) => ({ op: 'set' as const, v })), fc.constant({ op: 'delete' as const }), fc.tuple(keyNames, value).map(([k, v]) => ({ op: 'add' as const, k, v })))), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.boolean(),
  )
  .map(([which, edits, asJson]) => {
    const bases = baseObjects();
    let obj: Json = bases[which % bases.length]!;
    for (const [at, e] of edits) {
      const paths = allPaths(obj);
      const path = paths[at % paths.length]!;
      if (e.op === 'set') obj = setAt(obj, path, e.v) ?? null;
      else if (e.op === 'delete') obj = setAt(obj, path, undefined) ?? null;
      else {
        const target = path.reduce<Json>((c, s) => (c as Record<string | number, Json>)[s]!, obj);
        if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, e.k, { value: e.v, enumerable: true, writable: true, configurable: true });
      }
    }
    return toText(obj, asJson);
  });

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n';

/** `big`: sizes for `npm run fuzz` (up to 400 KB scalars, 3,000 documents); the suite keeps them small. */
export const hostileText = (big: boolean): fc.Arbitrary<string> => fc.oneof(
  fc.integer({ min: 1, max: 3000 }).map((n) => `${POD}spec: ${'['.repeat(n)}${']'.repeat(n)}\n`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `${POD}spec: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`),
  fc.integer({ min: 1, max: 600 }).map((n) => `${POD}spec:\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 1)}containers:`).join('\n')}\n`),
  fc.integer({ min: 1, max: 600 }).map((n) => `${POD}spec:\n  containers:\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 1)}-`).join('\n')} x\n`),
  fc.integer({ min: 1, max: big ? 400_000 : 20_000 }).map((n) => `${POD}spec:\n  containers:\n  - name: ${'n'.repeat(n)}\n    image: "${'\\u0041'.repeat(Math.min(n, 1000))}"\n`),
  fc.integer({ min: 2, max: 12 }).map((n) => {
    // billion laughs: each level refers to the previous one ten times
    const lines = ['a0: &a0 [x]'];
    for (let i = 1; i < n; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    return `${POD}spec:\n  containers: []\n  bomb:\n${lines.map((l) => '    ' + l).join('\n')}\n`;
  }),
  fc.constantFrom(
    `${POD}spec: &s {containers: [{name: c, image: i}], self: *s}\n`,
    `${POD}spec: {containers: [&c {name: c, image: i, securityContext: {<<: *c}}]}\n`,
    `${POD}spec: {containers: *missing}\n`,
    `${POD}metadata: {name: y}\nspec: {hostPID: true, hostPID: false}\n`,
    `apiVersion: v1\napiVersion: v2\nkind: Pod\n`,
    `? [a, b]\n: c\n${POD}spec: {containers: [{? {x: 1}\n : y, name: c}]}\n`,
    `${POD}spec: {containers: [{name: !!binary aGk=, image: !!timestamp 2001-12-14, securityContext: !!set {privileged}}]}\n`,
    `${POD}spec: !custom {containers: !!omap [{name: c}]}\n`,
    `%YAML 1.2\n%TAG ! tag:x,2000:\n---\n${POD}spec: {hostIPC: yes, hostPID: on}\n`,
    `${POD}spec: {containers: [{name: "{{ .Values.name }}", image: {{ .Values.image }}}]}\n`,
    `{{- if .Values.x }}\n${POD}{{- end }}\n`,
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: constructor\nmetadata: {name: x}\nrules: [{verbs: [create], resources: [pods/exec], apiGroups: [""]}]\n`,
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: __proto__\nmetadata: {name: x}\n`,
    `apiVersion: apps/v1\nkind: toString\nmetadata: {name: x}\nspec: {template: {spec: {containers: []}}}\n`,
    `apiVersion: v1\nkind: List\nitems: *nope\n`,
    `apiVersion: v1\nkind: List\nitems: [*a, &a {apiVersion: v1, kind: Pod}]\n`,
    `apiVersion: v1\nkind: PodList\nitems: [[], null, 1, {apiVersion: v1, kind: List, items: [{apiVersion: v1, kind: Pod, spec: {hostPID: true}}]}]\n`,
    `---\n---\n...\n---\n# only comments\n`,
    `"\\ud800": x\n${POD}`,
    `${POD}spec:\n\tcontainers: []\n`,
    `${POD}spec: {containers: [{name: c, securityContext: {capabilities: {add: [NET_RAW  # leastpriv-ignore unjustified-privilege\n]}}}]}\n`,
    `# leastpriv-ignore\n# leastpriv-ignore nope -- x\n# leastpriv-ignore LP201, , ,LP999 --\n${POD}`,
    '\r\n\r\n' + POD.replace(/\n/g, '\r\n') + 'spec:\r\n  hostPID: true\r\n',
    '\uFEFF' + POD + '\uFEFF',
    '\r'.repeat(1000) + POD,
    POD + 'spec: {containers: [{name: c, image: i}]}' + ' # x'.repeat(10000) + '\n',
  ),
  fc.integer({ min: 0, max: big ? 3000 : 300 }).map((n) => Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec: {hostPID: true}`).join('\n---\n')),
  fc.integer({ min: 0, max: big ? 20_000 : 2000 }).map((n) => '---\n'.repeat(n)),
  fc.array(fc.constantFrom('apiVersion: v1\n', 'kind: Pod\n', 'spec:\n', '  ', '- ', ': ', '[', ']', '{', '}', ',', '&a ', '*a', '<<: ', '!!str ', '|', '>', '"', "'", '#', '---\n', '...\n', '\n', '\t', '%YAML 1.1\n', '? ', 'containers:', 'securityContext:', 'privileged: true', 'x'), { maxLength: 60 }).map((parts) => parts.join('')),
);

const enc = new TextEncoder();
export const hostileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.constant(new Uint8Array(0)),
  fc.uint8Array({ maxLength: 2000 }),
  fc.tuple(fc.nat({ max: POD.length }), fc.uint8Array({ minLength: 1, maxLength: 4 })).map(([at, junk]) => {
    const b = enc.encode(POD);
    return new Uint8Array([...b.slice(0, at), ...junk, ...b.slice(at)]);
  }),
  fc.constantFrom(
    new Uint8Array([...enc.encode(POD), 0xff, 0xfe, 0x0a]),
    new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(POD)]),
    new Uint8Array([0xfe, 0xff, 0x00, 0x61]),
    new Uint8Array([...enc.encode(POD), 0x00]),
    new Uint8Array([0xc3, 0x28, 0x0a, ...enc.encode(POD)]),
    new Uint8Array([0xed, 0xa0, 0x80]), // encoded surrogate
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), // PNG magic
  ),
);

type Mutation = { op: 'delete' | 'dup' | 'insert' | 'indent' | 'truncate'; at: number; len: number; token: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'dup', 'insert', 'indent', 'truncate'),
  at: fc.nat(),
  len: fc.nat({ max: 200 }),
  token: fc.constantFrom(':', '- ', '  ', '\n', '[', '{', '*a', '&a ', '<<: *a\n', '!!int ', '"', "'", '#', '---\n', '\t', 'true', 'null', '[]', '{}', '?', '|\n', '%', '@', '`', '\u0085', '\u2028'),
});

function applyMutation(text: string, m: Mutation): string {
  if (text.length === 0) return m.token;
  const at = m.at % text.length;
  switch (m.op) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'dup':
      return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
    case 'insert':
      return text.slice(0, at) + m.token + text.slice(at);
    case 'indent': {
      const ls = text.lastIndexOf('\n', at) + 1;
      return m.len % 2 ? text.slice(0, ls) + ' '.repeat(1 + (m.len % 4)) + text.slice(ls) : text.slice(0, ls) + text.slice(ls).replace(/^ {1,2}/, '');
    }
    case 'truncate':
      return text.slice(0, at);
  }
}

/** Mutations of real manifests (`texts`: the corpus sample). */
export function corpusMutation(texts: string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([i, ms]) => ms.reduce(applyMutation, texts[i % texts.length]!));
}
