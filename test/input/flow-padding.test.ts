/**
 * The padding of under-indented flow continuations (src/input/flow-indent.ts) must never change what
 * a file means: it is used only where each padded line is inside a quoted scalar or a flow collection
 * of the padded parse. Two files kubectl 1.32 applies with a privileged container, which the padding
 * once hid (found by probing, not by the generator): the first needs its quote taken for text, the
 * second fails closed.
 */
import { describe, expect, it } from 'vitest';
import { parseSource, newSource } from '../../src/input/parse.ts';
import { DEFAULT_LIMITS } from '../../src/input/types.ts';
import { KUBECTL_MISSING, kubectlDecodeMany, normalise, sameJson } from '../support/kubectl-oracle.ts';

// (each needs padding: the annotation's continuation line is indented less than its key)
const head = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    note: "multi\n  line"\nspec:\n  containers:\n';
/** `a,"b` is a plain key: `privileged: true` after it is its sibling, not its child */
const plainKey = head + '  - name: c\n    image: i\n    securityContext:\n      a,"b:\n      privileged: true\n      z: x"\n';
/** a plain scalar's continuation line starting with `"`: the container after it is a container, not text */
const plainContinuation = head + '  - name: a\n    image: i\n    args:\n    - x\n      "y\n  - {"name":"evil","image":"i","securityContext":{"privileged":true}}\n';

const privileged = (o: unknown) => (o as { spec: { containers: { securityContext?: { privileged?: boolean } }[] } }).spec.containers.some((c) => c.securityContext?.privileged === true);

describe('padding flow continuations keeps the file as go-yaml reads it', () => {
  it('a quote inside a plain scalar is text (a,"b:)', () => {
    for (const onlyYaml of [false, true]) {
      const p = parseSource(newSource('m.yaml', plainKey), DEFAULT_LIMITS, undefined, onlyYaml);
      expect(p.diagnostics).toEqual([]);
      expect(privileged(p.objects[0]!.value)).toBe(true);
    }
  });
  it('padding that would make lines plain text is not used: the file fails closed', () => {
    const p = parseSource(newSource('m.yaml', plainContinuation), DEFAULT_LIMITS);
    expect(p.diagnostics.map((d) => [d.code, p.source.lineCounter.linePos(d.range[0]).line])).toEqual([['yaml-syntax-error', 7]]);
    expect(p.objects).toEqual([]);
  });
  it.skipIf(KUBECTL_MISSING !== undefined)('kubectl applies both with the privileged container', () => {
    const [a, b] = kubectlDecodeMany([plainKey, plainContinuation]);
    expect(privileged(a!.objects[0])).toBe(true);
    expect(privileged(b!.objects[0])).toBe(true);
    const ours = parseSource(newSource('m.yaml', plainKey), DEFAULT_LIMITS).objects.map((o) => normalise(o.value));
    expect(sameJson(ours[0], a!.objects[0])).toBe(true);
  });
});
