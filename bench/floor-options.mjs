// The parse options of src/input/tree.ts (PARSE_OPTIONS), for the floor measurement: the floor must
// parse exactly as leastpriv does. test/bench-floor.test.ts fails when the two drift apart.
const GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const GO_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
function goYamlFloats(tags) {
  return tags.map((t) => {
    if (t.tag !== 'tag:yaml.org,2002:float' || !(t.test instanceof RegExp) || /nan/i.test(t.test.source)) return t;
    return { ...t, test: t.format === 'EXP' ? GO_FLOAT_EXP : GO_FLOAT };
  });
}

export const FLOOR_PARSE_OPTIONS = {
  version: '1.1',
  customTags: goYamlFloats,
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
  strict: false,
  logLevel: 'error',
};
export const FLOOR_MAX_ALIAS_COUNT = 10_000;
