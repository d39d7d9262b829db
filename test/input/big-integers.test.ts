/**
 * Integers past what a JavaScript number holds exactly (2^53), and past Go's int64 and uint64, as
 * kubectl 1.32 decodes them. go-yaml takes an integer only within int64, or uint64 without a sign;
 * past that a decimal is a float and a hex, octal or binary number a string (leastpriv made a number
 * of every one). kubectl sends an integer up to 2^63 exactly, where leastpriv's number is rounded: in
 * the fields leastpriv reads (IDs and ports) the API server refuses any such value, so it is an
 * invalid-field-type error and no rule reads, compares or prints a rounded number.
 */
import { describe, expect, it } from 'vitest';
import { goResolvePlain } from '../../src/input/go-scalars.ts';
import { audit } from '../../src/engine/audit.ts';
import { KUBECTL_MISSING, kubectlDecodeMany } from '../support/kubectl-oracle.ts';

/** [plain scalar, what go-yaml makes of it: a string, or a number (as JSON.parse reads kubectl's output)] */
const scalars: [string, unknown][] = [
  ['9007199254740993', 9007199254740993],
  ['9223372036854775807', 9223372036854775807],
  ['9223372036854775808', 9223372036854775808], // uint64
  ['18446744073709551616', 18446744073709551616], // past uint64: a float
  ['+9223372036854775808', 9223372036854775808], // a sign: not uint64, a float
  ['-9223372036854775808', -9223372036854775808],
  ['-9223372036854775809', -9223372036854775809], // a float
  ['0xFFFFFFFFFFFFFFFF', 18446744073709551615],
  ['0x10000000000000000', '0x10000000000000000'],
  ['-0x8000000000000001', '-0x8000000000000001'],
  ['+0xFFFFFFFFFFFFFFFF', '+0xFFFFFFFFFFFFFFFF'],
  ['0o2000000000000000000000', '0o2000000000000000000000'],
  ['0b' + '1'.repeat(65), '0b' + '1'.repeat(65)],
  ['07777777777777777777777', 7777777777777777777777], // legacy octal past uint64: a decimal float
];

const pod = (v: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    runAsUser: ${v}\n  containers:\n  - name: c\n    image: i\n    ports:\n    - containerPort: 80\n      hostPort: ${v}\n`;

describe('integers as kubectl decodes them', () => {
  it('within int64, uint64 without a sign, else a float (decimal) or a string', () => {
    expect(scalars.map(([s]) => goResolvePlain(s))).toEqual(scalars.map(([, v]) => v));
  });

  it.skipIf(KUBECTL_MISSING !== undefined)('kubectl reads each so', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n${scalars.map(([s], i) => `  k${i}: ${s}\n`).join('')}`;
    const data = (kubectlDecodeMany([text])[0]!.objects[0] as { data: Record<string, unknown> }).data;
    expect(scalars.map((_, i) => data[`k${i}`])).toEqual(scalars.map(([, v]) => v));
  });

  for (const [what, text] of [
    ['YAML', pod('9007199254740993')],
    ['JSON', JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { securityContext: { runAsUser: 1 }, containers: [{ name: 'c', image: 'i', ports: [{ containerPort: 80, hostPort: 1 }] }] } }).replace(/"runAsUser":1/, '"runAsUser":9007199254740993').replace(/"hostPort":1/, '"hostPort":9007199254740993')],
  ] as const) {
    it(`${what}: an ID or a port past 2^53 is an invalid-field-type error, never a rounded number in a message`, () => {
      const r = audit({ sources: [{ path: `p.${what.toLowerCase()}`, text }] });
      const types = r.findings.filter((f) => f.rule === 'invalid-field-type');
      expect(types).toHaveLength(2);
      for (const f of types) expect(f.message).toMatch(/past 2\^53/);
      expect(r.findings.some((f) => f.message.includes('9007199254740992'))).toBe(false);
    });
  }

  it('the largest safe integer is an integer like any other', () => {
    const r = audit({ sources: [{ path: 'p.yaml', text: pod('9007199254740991') }] });
    expect(r.findings.filter((f) => f.rule === 'invalid-field-type')).toEqual([]);
  });
});
