/**
 * The benchmark's floor must parse exactly as leastpriv does, or audit/floor compares different work.
 * (No timing here: benchmarks are never assertions in the test suite.)
 */
import { expect, it } from 'vitest';
import { PARSE_OPTIONS } from '../src/input/tree.ts';
import { DEFAULT_LIMITS } from '../src/input/types.ts';
// @ts-expect-error plain ESM script without types
import { FLOOR_MAX_ALIAS_COUNT, FLOOR_PARSE_OPTIONS } from '../bench/floor-options.mjs';

it('bench floor uses the parse options and alias limit of src/input', () => {
  expect(FLOOR_PARSE_OPTIONS).toEqual(PARSE_OPTIONS);
  expect(FLOOR_MAX_ALIAS_COUNT).toBe(DEFAULT_LIMITS.maxAliasCount);
});
