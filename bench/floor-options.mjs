// The parse options of src/input/tree.ts (PARSE_OPTIONS), for the floor measurement: the floor must
// parse exactly as leastpriv does. test/bench-floor.test.ts fails when the two drift apart.
export const FLOOR_PARSE_OPTIONS = {
  version: '1.1',
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
  strict: false,
  logLevel: 'error',
};
export const FLOOR_MAX_ALIAS_COUNT = 10_000;
