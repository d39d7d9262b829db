/**
 * A key written twice (issue 15): with the same value twice kubectl applies the object as written,
 * so it is a warning; with different values kubectl keeps the last one, which is easy to misread,
 * so it stays an error. Either way the document is audited with kubectl's values.
 */
import { describe, expect, it } from 'vitest';
import { of, run } from './support.ts';

const pod = (a: string, b: string) => `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: ns}
spec:
  containers:
    - name: c
      image: registry.example/app:1.0
      securityContext:
        runAsNonRoot: true
        allowPrivilegeEscalation: false
        capabilities: {drop: [ALL]}
        seccompProfile: {type: RuntimeDefault}
        readOnlyRootFilesystem: ${a}
        readOnlyRootFilesystem: ${b}
`;

describe('duplicate keys', () => {
  it('the same value twice is a warning at the second key', () => {
    const d = of(run(pod('true', 'true')), 'yaml-syntax-error');
    expect(d.map((f) => [f.severity, f.region.start.line])).toEqual([['warning', 14]]);
    expect(d[0]!.message).toContain('same value');
  });
  it('an equal value written differently (yes / true, YAML 1.1) is still the same value', () => {
    expect(of(run(pod('yes', 'true')), 'yaml-syntax-error').map((f) => f.severity)).toEqual(['warning']);
  });
  it('different values are an error, and the last value is the one audited', () => {
    const d = of(run(pod('true', 'false')), 'yaml-syntax-error');
    expect(d.map((f) => f.severity)).toEqual(['error']);
    expect(d[0]!.message).toContain('keeps the last value');
  });
  it('a whole mapping repeated with equal contents is a warning too', () => {
    const text = pod('true', 'true').replace('        readOnlyRootFilesystem: true\n        readOnlyRootFilesystem: true\n', '        readOnlyRootFilesystem: true\n        capabilities: {drop: [ALL]}\n');
    expect(of(run(text), 'yaml-syntax-error').map((f) => f.severity)).toEqual(['warning']);
  });
});
