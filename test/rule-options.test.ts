/**
 * Rule options are checked against each rule's JSON Schema (meta.optionsSchema) by the subset
 * checker in src/config/rule-options.ts: every rule's schema must stay within the subset, and the
 * checker must agree with ajv (the reference implementation) on valid and invalid options.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.ts';
import { checkOptions, unsupportedKeywords } from '../src/config/rule-options.ts';

const SAMPLES: unknown[] = [
  {},
  { allow: ['NET_ADMIN'] },
  { allow: 'NET_ADMIN' },
  { allow: [1] },
  { alow: ['NET_ADMIN'] },
  { external: ['vendor-reader'] },
  { external: 'vendor-reader' },
  { level: 'baseline' },
  { level: 'restricted' },
  { level: 'strict' },
  { level: 3 },
  'baseline',
  [],
  null,
];

describe('rule options schemas', () => {
  it('every rule with options declares a schema within the supported subset, and its defaults pass it', () => {
    for (const r of RULES) {
      if (r.meta.defaultOptions) expect(r.meta.optionsSchema, `${r.meta.code} has default options but no schema`).toBeDefined();
      if (!r.meta.optionsSchema) continue;
      expect(unsupportedKeywords(r.meta.optionsSchema), r.meta.code).toEqual([]);
      if (r.meta.defaultOptions) expect(checkOptions(r.meta.optionsSchema, r.meta.defaultOptions), r.meta.code).toBeUndefined();
    }
  });
  it('the subset checker agrees with ajv on every rule schema', () => {
    const ajv = new Ajv({ strict: false });
    let compared = 0;
    for (const r of RULES) {
      if (!r.meta.optionsSchema) continue;
      const validate = ajv.compile(r.meta.optionsSchema);
      for (const v of SAMPLES) {
        expect(checkOptions(r.meta.optionsSchema, v) === undefined, `${r.meta.code} ${JSON.stringify(v)}`).toBe(validate(v));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(SAMPLES.length * 3);
  });
  it('says what is wrong, where', () => {
    const schema = { type: 'object', additionalProperties: false, properties: { allow: { type: 'array', items: { type: 'string' } } } };
    expect(checkOptions(schema, { allow: 'NET_ADMIN' })).toEqual({ path: 'allow', message: "must be a list, not string 'NET_ADMIN'" });
    expect(checkOptions(schema, { allow: ['A', 2] })).toEqual({ path: 'allow.1', message: 'must be a string, not integer 2' });
    expect(checkOptions(schema, { alow: [] })).toEqual({ path: 'alow', message: 'is not an option of this rule', unknownKey: { key: 'alow', allowed: ['allow'] } });
    expect(() => checkOptions({ oneOf: [] }, 1)).toThrow(/unsupported keyword\(s\): oneOf/);
  });
});
