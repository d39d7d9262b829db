/**
 * Flux post-build substitution (src/render/substitute.ts) on values: the expressions Flux's
 * envsubst takes, `$${…}` and `$var` left alone, defaults, and what stays as written when the values
 * of substituteFrom are not known. Rendering with it: fixtures/kustomize/flux-substitute.
 */
import { describe, expect, it } from 'vitest';
import { substituteObject, variablesOf } from '../src/render/substitute.ts';

const vars = (substitute: Record<string, string>, from = false) => variablesOf({ substitute, ...(from ? { substituteFrom: [{ kind: 'ConfigMap', name: 'x' }] } : {}) })!;

describe('Flux post-build substitution', () => {
  it('substitutes ${var} and defaults; an undefined variable is empty; numbers and booleans are typed', () => {
    const v = vars({ APP: 'web', ON: 'true', N: '3', EMPTY: '' });
    const out = substituteObject(
      { metadata: { name: '${APP}-x', labels: { '${APP}': 'a' } }, spec: { on: '${ON}', n: '${N}', d: '${MISSING:=dflt}', e: '${EMPTY:-e}', f: '${EMPTY=f}', g: '${MISSING}', s: 'v${N}' } },
      v,
    );
    expect(out).toEqual({ metadata: { name: 'web-x', labels: { web: 'a' } }, spec: { on: true, n: 3, d: 'dflt', e: 'e', f: '', g: '', s: 'v3' } });
  });

  it('leaves $${var}, $var and expressions it does not model as written', () => {
    const v = vars({ HOME: '/root' });
    const out = substituteObject({ a: ['echo $${HOME} $HOME', '${HOME:1:2}', '${HOME}'] }, v);
    expect(out).toEqual({ a: ['echo ${HOME} $HOME', '${HOME:1:2}', '/root'] });
  });

  it('with substituteFrom, only the inline values: other expressions and their defaults stay', () => {
    const v = vars({ APP: 'web' }, true);
    expect(substituteObject({ a: '${APP}/${NS:=default}', b: '${NS}' }, v)).toEqual({ a: 'web/${NS:=default}', b: '${NS}' });
  });

  it('an object labelled or annotated kustomize.toolkit.fluxcd.io/substitute: disabled is left alone', () => {
    const v = vars({ APP: 'web' });
    expect(substituteObject({ metadata: { annotations: { 'kustomize.toolkit.fluxcd.io/substitute': 'disabled' } }, a: '${APP}' }, v)).toBeUndefined();
    expect(variablesOf({ wait: true })).toBeUndefined();
  });
});
