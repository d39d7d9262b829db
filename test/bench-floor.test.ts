/**
 * The benchmark's floor must parse exactly as leastpriv does, or audit/floor compares different work.
 * (No timing here: benchmarks are never assertions in the test suite.)
 */
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { PARSE_OPTIONS } from '../src/input/tree.ts';
import { DEFAULT_LIMITS } from '../src/input/types.ts';
// @ts-expect-error plain ESM script without types
import { FLOOR_MAX_ALIAS_COUNT, FLOOR_PARSE_OPTIONS } from '../bench/floor-options.mjs';

it('bench floor uses the parse options and alias limit of src/input', () => {
  const { customTags: ours, ...oursRest } = PARSE_OPTIONS;
  const { customTags: floors, ...floorRest } = FLOOR_PARSE_OPTIONS as typeof PARSE_OPTIONS;
  expect(floorRest).toEqual(oursRest);
  expect(typeof ours).toBe('function');
  expect(typeof floors).toBe('function');
  // Same scalar resolution, including go-yaml's float rules.
  const sample = '[., 1.5, e5, 1.5e3, .5, 0644, yes, on, 1_0.5, .nan, -.inf, "x"]';
  expect(parse(sample, FLOOR_PARSE_OPTIONS)).toEqual(parse(sample, PARSE_OPTIONS));
  expect(parse(sample, PARSE_OPTIONS)).toEqual(['.', 1.5, 'e5', 1500, 0.5, 420, true, true, '1_0.5', NaN, -Infinity, 'x']);
  expect(FLOOR_MAX_ALIAS_COUNT).toBe(DEFAULT_LIMITS.maxAliasCount);
});
