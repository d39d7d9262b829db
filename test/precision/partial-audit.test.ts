/**
 * One wrongly typed field is reported (LP002) and taken out; the rest of the object is still audited
 * (issue 15): it must not hide `runAsUser: 0` or a missing seccomp profile elsewhere in the pod.
 */
import { describe, expect, it } from 'vitest';
import { run } from './support.ts';

describe('an object with a wrongly typed field', () => {
  it('is reported at the field and audited for everything else', () => {
    const fs = run(
      `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: ns}
spec:
  hostPID: true
  containers:
    - name: c
      image: registry.example/app:1.0
      ports: [{containerPort: eighty}]
      securityContext:
        runAsUser: 0
        privileged: true
`,
      'm.yaml',
      { profile: 'pss-restricted' },
    );
    const at = (rule: string) => fs.filter((f) => f.rule === rule).map((f) => f.region.start.line);
    expect(at('invalid-field-type')).toEqual([9]);
    expect(at('pss-run-as-root-user')).toEqual([11]);
    expect(at('pss-privileged-container')).toEqual([12]);
    expect(at('pss-host-namespaces')).toEqual([5]);
    expect(fs.some((f) => f.rule === 'pss-seccomp-profile-unset')).toBe(true);
  });
  it('a wrong type on the object itself (spec a list) still leaves no crash and one shape error', () => {
    const fs = run('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec: [a]\n');
    expect(fs.filter((f) => f.rule === 'invalid-field-type').map((f) => f.region.start.line)).toEqual([6]);
    expect(fs.some((f) => f.rule === 'rule-internal-error')).toBe(false);
  });
});
